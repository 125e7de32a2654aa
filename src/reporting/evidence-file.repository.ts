import { EntityManager } from 'typeorm';
import { ReportType } from './reporting.types';

/** Arbitrary constant naming the evidence quota lock among PostgreSQL advisory locks. */
const EVIDENCE_QUOTA_LOCK = 7_114_104;

/** How much evidence a report and its supplier already hold. */
export interface EvidenceUsage {
  filesOnReport: number;
  bytesOfSupplier: number;
}

/**
 * Takes the supplier's evidence lock for the rest of the transaction, then reads its usage: two
 * uploads of the same supplier check and store one after the other, so both cannot pass a quota
 * that only one fits in.
 */
export async function lockedEvidenceUsage(manager: EntityManager, supplierId: string, reportType: ReportType, reportId: string): Promise<EvidenceUsage> {
  await manager.query(`SELECT pg_advisory_xact_lock(${EVIDENCE_QUOTA_LOCK}, hashtext($1))`, [supplierId]);
  const [row] = await manager.query(
    `SELECT count(*) FILTER (WHERE report_type = $2 AND report_id = $3)::int AS "filesOnReport",
            coalesce(sum(size_bytes), 0)::bigint AS "bytesOfSupplier"
       FROM evidence_file WHERE supplier_id = $1`,
    [supplierId, reportType, reportId],
  );
  return { filesOnReport: row.filesOnReport, bytesOfSupplier: Number(row.bytesOfSupplier) };
}
