import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewerZone } from './viewer-zone.ts';

describe("the reader's time zone", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is read from Intl once a minute at most, however often a page asks', () => {
    const read = vi.spyOn(Intl, 'DateTimeFormat');
    const start = Date.parse('2026-12-05T09:00:00Z');
    const zone = viewerZone(start);
    expect(zone).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    read.mockClear();
    for (let visit = 0; visit < 200; visit += 1) expect(viewerZone(start + 60_000)).toBe(zone);
    expect(read).not.toHaveBeenCalled();
    // Past the minute it is read again: a phone may have crossed into another zone meanwhile.
    viewerZone(start + 60_001);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
