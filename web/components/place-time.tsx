import { zoneName } from '../../shared/i18n/format.ts';
import { companyClock, formatDate, formatDateTime, formatTime } from '../lib/format.ts';
import { formatLocale } from '../lib/i18n.ts';

interface PlaceTimeProps {
  at: string;
  /** The place's IANA zone; its time is shown on its clock, its zone named when not the reader's. Without it, the company's clock. */
  zone?: string | undefined;
  show?: 'dateTime' | 'date' | 'time';
}

const formatters = { dateTime: formatDateTime, date: formatDate, time: formatTime };

/** A moment as a `<time>` element; hovering names the zone in full ("Central European Summer Time"). */
export function PlaceTime({ at, zone, show = 'dateTime' }: PlaceTimeProps) {
  const date = new Date(at);
  const title = Number.isNaN(date.getTime()) ? undefined : zoneName(date, { locale: formatLocale(), zone: zone ?? companyClock() }, 'long');
  return (
    <time dateTime={at} title={title}>
      {formatters[show](at, zone)}
    </time>
  );
}
