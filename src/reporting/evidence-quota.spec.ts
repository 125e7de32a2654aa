import { evidenceQuotaExceeded } from './evidence-quota';

const quota = { maxFilesPerReport: 3, maxBytesPerSupplier: 1000 };

describe('evidenceQuotaExceeded', () => {
  it('lets a file in up to the last one a report may hold', () => {
    expect(evidenceQuotaExceeded({ filesOnReport: 2, bytesOfSupplier: 0 }, 10, quota)).toBeUndefined();
    expect(evidenceQuotaExceeded({ filesOnReport: 3, bytesOfSupplier: 0 }, 10, quota)).toMatch(/at most 3 evidence files/);
  });

  it('lets a file in that fills the supplier quota exactly, and refuses one byte more', () => {
    expect(evidenceQuotaExceeded({ filesOnReport: 0, bytesOfSupplier: 900 }, 100, quota)).toBeUndefined();
    expect(evidenceQuotaExceeded({ filesOnReport: 0, bytesOfSupplier: 900 }, 101, quota)).toMatch(/at most 1000 bytes of evidence/);
  });
});
