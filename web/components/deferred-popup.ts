import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * A popup (menu, popover) whose code loads only when someone reaches for it, so Mantine's popup code stays out
 * of a page's first load. Pointing at or focusing the light trigger fetches the code; choosing it (a click,
 * Enter or Space) swaps in the real popup, which takes the focus and opens (`useOpenedOnArrival`).
 */
export function useDeferredPopup<M>(load: () => Promise<M>) {
  const [loaded, setLoaded] = useState<M | null>(null);
  const warm = () => {
    // A failed fetch (no signal) leaves the light trigger in place; the next choice tries again.
    load().catch(() => undefined);
  };
  const trigger = {
    onPointerEnter: warm,
    onFocus: warm,
    onClick: () => {
      load().then(setLoaded, () => undefined);
    },
  };
  return [loaded, trigger] as const;
}

/**
 * The opened state of a popup swapped in for its light trigger: it arrives open, its target focused first so that
 * closing it (Escape, a choice) gives the focus back there, as though it had been there all along.
 */
export function useOpenedOnArrival<T extends HTMLElement>(): [RefObject<T | null>, boolean, (opened: boolean) => void] {
  const target = useRef<T>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    target.current?.focus();
    setOpened(true);
  }, []);
  return [target, opened, setOpened];
}
