import { describe, expect, it } from 'vitest';
import { pairReaders, readerId } from './readers.ts';

describe('pairReaders', () => {
  it('pairs slot 00 with slot 01 of the same device; a lone reader has no PSAM', () => {
    expect(pairReaders(['Virtual PCD 00 00', 'Virtual PCD 00 01', 'ACS ACR39U 00 00'])).toEqual([
      { id: 'virtual-pcd-00-00', userReader: 'Virtual PCD 00 00', psamReader: 'Virtual PCD 00 01' },
      { id: 'acs-acr39u-00-00', userReader: 'ACS ACR39U 00 00', psamReader: null },
    ]);
  });

  it('explicit pairs win; what is left over is paired by the naming rule or stands alone', () => {
    const names = ['Counter PSAM 01 00', 'Counter Card 00 00', 'Counter Card 00 01'];
    expect(pairReaders(names, { pairs: [{ userReader: 'Counter Card 00 00', psamReader: 'Counter PSAM 01 00' }] })).toEqual([
      { id: 'counter-card-00-00', userReader: 'Counter Card 00 00', psamReader: 'Counter PSAM 01 00' },
      { id: 'counter-card-00-01', userReader: 'Counter Card 00 01', psamReader: null },
    ]);
  });

  it('ignores configured pairs whose readers are not there', () => {
    expect(pairReaders(['R 00 00'], { pairs: [{ userReader: 'Gone 00 00', psamReader: 'Gone 00 01' }] })).toEqual([{ id: 'r-00-00', userReader: 'R 00 00', psamReader: null }]);
  });

  it('makes URL-safe ids', () => {
    expect(readerId('Virtual PCD Bench 2 00 00')).toBe('virtual-pcd-bench-2-00-00');
  });
});
