import { describe, expect, it } from 'vitest';
import { claimInstance } from './single-instance';

describe('claimInstance', () => {
  it('stops the copy that was there before, so only the newest runs', () => {
    const world = {} as typeof globalThis;
    const first = claimInstance(world);
    const second = claimInstance(world);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
  });

  it('lets a stopped copy go without touching its successor', () => {
    const world = {} as typeof globalThis;
    const first = claimInstance(world);
    const second = claimInstance(world);
    first.abort();
    const third = claimInstance(world);
    expect(second.signal.aborted).toBe(true);
    expect(third.signal.aborted).toBe(false);
  });
});
