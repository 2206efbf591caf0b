/** The one way the server writes a timestamp: ISO 8601 in UTC, which sorts as text. */
export function isoNow(now = new Date()): string {
  return now.toISOString();
}

export function isoAfter(milliseconds: number, from = new Date()): string {
  return new Date(from.getTime() + milliseconds).toISOString();
}

export const seconds = (n: number) => n * 1000;
export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
export const days = (n: number) => n * 86_400_000;
