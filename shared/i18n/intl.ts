/**
 * Intl's formatters, each made once per locale and options and then reused. Making one costs
 * far more than using it (a DateTimeFormat with a zone: about 120 µs to make, under 1 µs to use,
 * on Node 24), and a schedule or an invoice list formats hundreds of times per draw.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const made = new Map<string, Formatter>();
// Zones and locales come from the data, so the map is bounded in case they are many.
const most = 1000;

function once<T extends Formatter>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  const known = made.get(key);
  if (known) return known as T;
  // A zone or currency Intl does not know throws here, before anything is kept.
  const formatter = make();
  if (made.size >= most) made.clear();
  made.set(key, formatter);
  return formatter;
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return once('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function listFormat(locale: string | undefined, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return once('list', locale, options, () => new Intl.ListFormat(locale, options));
}
