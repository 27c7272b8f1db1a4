import { describe, expect, it } from 'vitest';
import { ChurnMeter } from './churn-limit';

describe('ChurnMeter', () => {
  const meterAt = (clock: { t: number }) => new ChurnMeter({ records: 100, windowMs: 1000, perBatch: 60 }, () => clock.t);

  it('stays under the limit while changes are spread out, and trips once a window holds too many', () => {
    const clock = { t: 0 };
    const meter = meterAt(clock);
    for (let i = 0; i < 20; i++) {
      clock.t += 100; // 60 a second: old batches keep leaving the window
      expect(meter.add(6)).toBe(false);
    }
    clock.t += 100;
    expect(meter.add(50)).toBe(true); // 9 × 6 still inside + 50 > 100
  });

  it('counts a storm as one full rescan, so one burst alone never trips it', () => {
    const clock = { t: 0 };
    const meter = meterAt(clock);
    expect(meter.add(100_000)).toBe(false);
    clock.t += 100;
    expect(meter.add(100_000)).toBe(true);
  });

  it('forgets batches older than the window', () => {
    const clock = { t: 0 };
    const meter = meterAt(clock);
    expect(meter.add(50)).toBe(false);
    expect(meter.add(50)).toBe(false);
    clock.t = 1000;
    expect(meter.add(50)).toBe(false);
    expect(meter.add(50)).toBe(false);
    clock.t = 1001;
    expect(meter.add(1)).toBe(true);
  });
});
