import type { TFunction } from 'i18next';
import { mobileCarriers, type MobileCarrierId } from '../../../../shared/carriers.ts';

export function toCarrier(value: string): MobileCarrierId | null {
  return mobileCarriers.find((carrier) => carrier.id === value)?.id ?? null;
}

/** "No carrier", the carriers by their own names, and "Other" in the reader's words. */
export function carrierOptions(t: TFunction<'staff'>): { value: string; label: string }[] {
  return [
    { value: '', label: t('mobile.noCarrier') },
    ...mobileCarriers.map((carrier) => ({ value: carrier.id, label: carrier.id === 'other' ? t('mobile.otherCarrierOption') : carrier.name })),
  ];
}
