import * as money from '../../shared/i18n/money.ts';
import { formatLocale } from './i18n.ts';

/** Minor units of the company's currency, written in the page's language: "$35.00", "35,00 kr.". */
export function formatMoney(minor: number, currency: string): string {
  return money.formatMoney(minor, currency, formatLocale());
}
