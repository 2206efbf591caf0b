import type { InspectionScale } from './inspections.contract.ts';

/**
 * The overall score, 0–100, from the areas' ratings; areas not rated do not count, and with no
 * rated area there is no score. On 1–5 it is the average as a percentage of 5 (4, 5 → 90); on pass or
 * fail, the share of areas passed (2 of 3 → 67). Rounded half up to a whole percent. Shared so the
 * form can show the score the server will store.
 */
export function inspectionScore(scale: InspectionScale, ratings: readonly (number | null)[]): number | null {
  const rated = ratings.filter((r): r is number => r !== null);
  if (rated.length === 0) return null;
  const sum = rated.reduce((total, r) => total + r, 0);
  // Integer arithmetic first, so 12.5 is exactly half and rounds up rather than by float luck.
  const [numerator, denominator] = scale === 'five_point' ? [sum * 100, rated.length * 5] : [sum * 100, rated.length];
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
