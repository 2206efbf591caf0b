/** A card brand as the gateway names it ("visa"), as people write it ("Visa"). */
export const brandName = (brand: string): string => brand.charAt(0).toUpperCase() + brand.slice(1);
