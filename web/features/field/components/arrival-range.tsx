import { PlaceTime } from '../../../components/place-time.tsx';

/** "09:00" or "08:30 – 10:00": the arrival the customer was given, on the location's clock. */
export function ArrivalRange({ from, to, zone }: { from: string; to: string; zone: string }) {
  if (from === to) return <PlaceTime at={from} zone={zone} show="time" />;
  return (
    <>
      <PlaceTime at={from} zone={zone} show="time" /> – <PlaceTime at={to} zone={zone} show="time" />
    </>
  );
}
