import { zoneName } from '../../shared/i18n/format.ts';
import { formatDate, formatDateTime, formatTime } from '../lib/format.ts';
import { formatLocale } from '../lib/i18n.ts';

interface PlaceTimeProps {
  at: string;
  /** The place's IANA zone; its time is shown on its clock, its zone named when not the reader's. */
  zone?: string | undefined;
  show?: 'dateTime' | 'date' | 'time';
}

const formatters = { dateTime: formatDateTime, date: formatDate, time: formatTime };

/** A moment as a `<time>` element; hovering names the zone in full ("Central European Summer Time"). */
export function PlaceTime({ at, zone, show = 'dateTime' }: PlaceTimeProps) {
  const date = new Date(at);
  const title = zone && !Number.isNaN(date.getTime()) ? zoneName(date, { locale: formatLocale(), zone }, 'long') : undefined;
  return (
    <time dateTime={at} title={title}>
      {formatters[show](at, zone)}
    </time>
  );
}
