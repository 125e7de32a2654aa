import { DEFAULT_SUPPORT_CONTACT } from '../../config/app-config';
import { ReportingPeriodParams, SupplierClauseParams } from '../../mail/templates';
import { ClauseContext, UnsubmittedPeriod } from './supplier-reminders.repository';

/** The clause's follow-up page in the web interface (web/js/routes.js), where the supplier reports and answers. */
export function clausePageLink(publicUrl: string, contractId: string, clauseId: string): string {
  return `${publicUrl}/#/contracts/${contractId}/clauses/${clauseId}`;
}

/**
 * The contracting unit's support contact as one line, the way the clause texts name it but without
 * a person's name (notifications keep no personal data); the city's default for an unregistered unit.
 */
export function supportContactLine(row: Pick<ClauseContext, 'supportUnit' | 'supportEmail' | 'supportPhone'>): string {
  const contact = row.supportUnit
    ? { unit: row.supportUnit, email: row.supportEmail ?? undefined, phone: row.supportPhone ?? undefined }
    : DEFAULT_SUPPORT_CONTACT;
  return [contact.unit, contact.email, contact.phone].filter(Boolean).join(', ');
}

/** What every message to a supplier about one of its clauses says. */
export function supplierClauseParams(row: ClauseContext, publicUrl: string): SupplierClauseParams {
  return {
    supplierName: row.supplierName,
    referenceNumber: row.referenceNumber,
    procurementTitle: row.procurementTitle,
    clauseNumber: Number(row.clauseNumber),
    clauseTitle: row.clauseTitle,
    supportContact: supportContactLine(row),
    link: clausePageLink(publicUrl, row.contractId, row.clauseId),
  };
}

/** The reporting period a report reminder is about. */
export function periodParams(period: UnsubmittedPeriod): ReportingPeriodParams {
  return { periodNumber: Number(period.periodNumber), periodStart: period.periodStart, periodEnd: period.periodEnd, dueDate: period.dueDate };
}
