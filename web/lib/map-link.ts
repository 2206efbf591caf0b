/** A map search for an address, one line or several; opens in a new tab, or the map app on a phone that has one. */
export function mapSearchUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.replace(/\s*\n\s*/g, ', '))}`;
}
