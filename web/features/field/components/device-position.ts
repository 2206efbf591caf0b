import type { Position } from '../../../../shared/features/field/field.contract.ts';

/** How long we wait for the device to say where it is before clocking without it. */
const positionTimeoutMs = 8_000;

/**
 * Where the device is, when the person allows it; null when they refuse, the device cannot tell,
 * or it takes too long: clocking in never waits on a position.
 */
export function devicePosition(): Promise<Position | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    // Some browsers never answer a prompt left open; our own timer carries on without it.
    const timer = setTimeout(() => resolve(null), positionTimeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        clearTimeout(timer);
        resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude, accuracy: position.coords.accuracy });
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
      { enableHighAccuracy: true, timeout: positionTimeoutMs, maximumAge: 60_000 },
    );
  });
}
