import { useEffect, useState } from 'react';

/** The current time, renewed every `intervalMs` while `active`, for clocks and "open for" counters. */
export function useNow(intervalMs = 60_000, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const timer = window.setInterval(() => { setNow(Date.now()); }, intervalMs);
    return () => { window.clearInterval(timer); };
  }, [intervalMs, active]);
  return now;
}
