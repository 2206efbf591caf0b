/**
 * The test gateway's card numbers, as a card processor's test mode has them: one that always
 * succeeds, one that is always declined, and one that asks for a second step (as 3-D Secure
 * does) that the customer approves or fails on the test gateway's own page, and one whose charges
 * succeed but whose refunds are refused (to see a refund fail). Any other number is
 * refused when the card is saved: the test gateway charges nothing real.
 */
export const testCards = {
  succeeds: '4242424242424242',
  declines: '4000000000000002',
  secondStep: '4000002500003155',
  refundFails: '4000000000005126',
} as const;

export type TestCardBehaviour = keyof typeof testCards;

/** What a test card does when charged, or null for a number the test gateway does not know. */
export function testCardBehaviour(number: string): TestCardBehaviour | null {
  const digits = cardDigits(number);
  for (const [behaviour, card] of Object.entries(testCards)) if (card === digits) return behaviour as TestCardBehaviour;
  return null;
}

/** The digits of a card number as typed, without spaces or dashes. */
export function cardDigits(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/** Whether a number passes the Luhn check every card number passes. */
export function passesLuhn(number: string): boolean {
  const digits = cardDigits(number);
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The card's brand from its first digits, as a processor names it. */
export function cardBrand(number: string): string {
  const digits = cardDigits(number);
  if (digits.startsWith('4')) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  return 'card';
}

/** A number in groups of four, for showing. */
export function groupedCardNumber(number: string): string {
  return cardDigits(number).replace(/(\d{4})(?=\d)/g, '$1 ');
}
