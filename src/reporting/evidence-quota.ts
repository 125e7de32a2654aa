import type { EvidenceUsage } from './evidence-file.repository';

export interface EvidenceQuota {
  maxFilesPerReport: number;
  maxBytesPerSupplier: number;
}

/** Why one more file of `fileBytes` would exceed the quota, or undefined when it fits. */
export function evidenceQuotaExceeded(usage: EvidenceUsage, fileBytes: number, quota: EvidenceQuota): string | undefined {
  if (usage.filesOnReport + 1 > quota.maxFilesPerReport) {
    return `A report may hold at most ${quota.maxFilesPerReport} evidence files (EVIDENCE_MAX_FILES_PER_REPORT); this one holds ${usage.filesOnReport}`;
  }
  if (usage.bytesOfSupplier + fileBytes > quota.maxBytesPerSupplier) {
    return `A supplier may hold at most ${quota.maxBytesPerSupplier} bytes of evidence (EVIDENCE_MAX_BYTES_PER_SUPPLIER); ` +
      `${usage.bytesOfSupplier} are stored and this file has ${fileBytes}`;
  }
  return undefined;
}
