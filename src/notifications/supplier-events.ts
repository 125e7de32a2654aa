import { EntityManager } from 'typeorm';
import { NotificationKind, SubjectType } from './notification-kinds';
import { Notifier } from './notifier';
import { RecipientsRepository } from './recipients.repository';
import { supplierClauseParams, clausePageLink } from './reminders/supplier-params';
import { SupplierRemindersRepository } from './reminders/supplier-reminders.repository';

/** The questioned report, as the verification has it. */
export interface QuestionedReport {
  /** Its table: placement, dialogue_meeting, initiative_progress. */
  subjectType: Extract<SubjectType, 'placement' | 'dialogue_meeting' | 'initiative_progress'>;
  reportId: string;
  contractId: string;
  clauseId: string;
  /** Which report, in the supplier's own terms and without personal data (a placement's reference, a date). */
  summary: string;
  reason: string;
  verifiedAt: Date;
}

/**
 * What the buyer's and the pact office's decisions tell the supplier's users, written in the
 * transaction of the decision: a rolled-back decision tells no one.
 */
export class SupplierEvents {
  private readonly context = new SupplierRemindersRepository();

  constructor(
    private readonly notifier: Notifier,
    private readonly recipients: RecipientsRepository,
    private readonly publicUrl: string,
  ) {}

  /** A remedy request (begäran om rättelse) was issued: what is missing, by when. */
  async remedyRequested(manager: EntityManager, remedyRequestId: string): Promise<number> {
    const request = await this.context.remedyRequest(manager, remedyRequestId);
    return this.notifier.notify(manager, await this.recipients.supplierUsers(manager, request.supplierId), {
      kind: NotificationKind.RemedyRequested,
      occasion: `remedy:${remedyRequestId}:requested`,
      subjectType: 'remedy_request',
      subjectId: remedyRequestId,
      contractId: request.contractId,
      params: { ...supplierClauseParams(request, this.publicUrl), missing: request.missing, dueDate: request.dueDate },
    });
  }

  /** The pact office questioned a report; each questioning (its time) is an occasion of its own. */
  async reportQuestioned(manager: EntityManager, report: QuestionedReport): Promise<number> {
    const clause = await this.context.clause(manager, report.contractId, report.clauseId);
    return this.notifier.notify(manager, await this.recipients.supplierUsers(manager, clause.supplierId), {
      kind: NotificationKind.ReportQuestioned,
      occasion: `${report.subjectType}:${report.reportId}:questioned:${report.verifiedAt.toISOString()}`,
      subjectType: report.subjectType,
      subjectId: report.reportId,
      contractId: report.contractId,
      params: {
        supplierName: clause.supplierName, referenceNumber: clause.referenceNumber, clauseNumber: Number(clause.clauseNumber),
        reportSummary: report.summary, reason: report.reason, link: clausePageLink(this.publicUrl, report.contractId, report.clauseId),
      },
    });
  }
}
