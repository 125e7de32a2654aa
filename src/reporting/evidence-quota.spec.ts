import { evidenceQuotaExceeded } from './evidence-quota';

const quota = { maxFilesPerReport: 3, maxBytesPerSupplier: 1000 };

describe('evidenceQuotaExceeded', () => {
  it('lets a file in up to the last one a report may hold', () => {
    expect(evidenceQuotaExceeded({ filesOnReport: 2, bytesOfSupplier: 0 }, 10, quota)).toBeUndefined();
    expect(evidenceQuotaExceeded({ filesOnReport: 3, bytesOfSupplier: 0 }, 10, quota)).toEqual({ code: 'EVIDENCE_FILES_PER_REPORT', params: { max: 3, count: 3 } });
  });

  it('lets a file in that fills the supplier quota exactly, and refuses one byte more', () => {
    expect(evidenceQuotaExceeded({ filesOnReport: 0, bytesOfSupplier: 900 }, 100, quota)).toBeUndefined();
    expect(evidenceQuotaExceeded({ filesOnReport: 0, bytesOfSupplier: 900 }, 101, quota)).toEqual({ code: 'EVIDENCE_BYTES_PER_SUPPLIER', params: { max: 1000, stored: 900, bytes: 101 } });
  });
});
