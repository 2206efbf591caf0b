/**
 * A Mantine NumberInput's value as a number. With a fixed decimal scale the field answers "50.00"
 * (trailing zeros) as a string, not a number, so strings are read too; empty or unreadable is null.
 */
export function typedNumber(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
