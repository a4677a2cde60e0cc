import { describe, expect, it } from 'vitest';
import { applyFaultPatch, FaultError, NO_FAULTS, parseFaultFlags } from './faults.ts';

describe('fault switches', () => {
  it('parses repeated and comma-separated --fault flags', () => {
    expect(parseFaultFlags(['dropAckRate=0.2,latencyMs=50', 'reorder=true'])).toEqual({ dropAckRate: '0.2', latencyMs: '50', reorder: 'true' });
    expect(() => parseFaultFlags(['dropAckRate'])).toThrow(FaultError);
  });

  it('applies a validated patch; outageSeconds becomes an absolute end', () => {
    const f = applyFaultPatch({ ...NO_FAULTS }, { dropAckRate: '0.25', reorder: 'true', outageSeconds: 5, backPressureStatus: '429' }, 1_000);
    expect(f).toMatchObject({ dropAckRate: 0.25, reorder: true, outageUntil: 6_000, backPressureStatus: 429 });
    expect(applyFaultPatch(f, { outageSeconds: 0 }, 2_000).outageUntil).toBe(0);
  });

  it('names the bad switch', () => {
    expect(() => applyFaultPatch({ ...NO_FAULTS }, { errorRate: 2 }, 0)).toThrow(/errorRate must be between 0 and 1/);
    expect(() => applyFaultPatch({ ...NO_FAULTS }, { latencyMs: 'slow' }, 0)).toThrow(/latencyMs must be a number/);
    expect(() => applyFaultPatch({ ...NO_FAULTS }, { backPressureStatus: 500 }, 0)).toThrow(/429 or 503/);
    expect(() => applyFaultPatch({ ...NO_FAULTS }, { reorder: 'maybe' }, 0)).toThrow(/reorder must be true or false/);
    expect(() => applyFaultPatch({ ...NO_FAULTS }, { chaos: 1 }, 0)).toThrow(/unknown fault switch 'chaos'/);
  });
});
