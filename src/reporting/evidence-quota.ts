import type { EvidenceUsage } from './evidence-file.repository';
import type { Coded } from '../common/i18n';
import './report-errors.messages';

export interface EvidenceQuota {
  maxFilesPerReport: number;
  maxBytesPerSupplier: number;
}

/** Why one more file of `fileBytes` would exceed the quota, or undefined when it fits. */
export function evidenceQuotaExceeded(usage: EvidenceUsage, fileBytes: number, quota: EvidenceQuota): Coded | undefined {
  if (usage.filesOnReport + 1 > quota.maxFilesPerReport) {
    return { code: 'EVIDENCE_FILES_PER_REPORT', params: { max: quota.maxFilesPerReport, count: usage.filesOnReport } };
  }
  if (usage.bytesOfSupplier + fileBytes > quota.maxBytesPerSupplier) {
    return { code: 'EVIDENCE_BYTES_PER_SUPPLIER', params: { max: quota.maxBytesPerSupplier, stored: usage.bytesOfSupplier, bytes: fileBytes } };
  }
  return undefined;
}
