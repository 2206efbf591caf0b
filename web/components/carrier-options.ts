import { mobileCarriers, type MobileCarrierId } from '../../shared/carriers.ts';

export function toCarrier(value: string): MobileCarrierId | null {
  return mobileCarriers.find((carrier) => carrier.id === value)?.id ?? null;
}

/** "No carrier", the carriers by their own names, and "Other" in the reader's words. */
export function carrierOptions(words: { none: string; other: string }): { value: string; label: string }[] {
  return [
    { value: '', label: words.none },
    ...mobileCarriers.map((carrier) => ({ value: carrier.id, label: carrier.id === 'other' ? words.other : carrier.name })),
  ];
}
