import { Lang } from '../clauses/text/labels';
import { remedyDaysOf } from '../clauses/clause-rules';
import { RecoveryPlanDto } from '../reporting/dto/clause-follow-up.dto';
import { RecoveryPlan } from '../reporting/entities/recovery-plan.entity';
import { isOverdue } from './breach.types';
import { BreachRow } from './breaches.repository';
import { BreachDto } from './dto/breach.dto';
import { penaltyTermsOf } from './penalty';

const iso = (time: Date | string): string => new Date(time).toISOString();

/** The API shape of a remedy request; the decision's calculation in `lang` (Swedish unless asked). */
export function toBreachDto(row: BreachRow, plans: RecoveryPlan[], today: string, lang: Lang = 'sv'): BreachDto {
  const d = row.decision;
  return {
    id: row.id, contractId: row.contractId, contractReference: row.contractReference, clauseId: row.clauseId,
    clauseNumber: Number(row.clauseNumber), clauseTitle: row.clauseTitle, supplierId: row.supplierId, supplierName: row.supplierName,
    clauseVersion: Number(row.clauseVersion), missing: row.missing, dueDate: row.dueDate, status: row.status,
    overdue: isOverdue(row.status, row.dueDate, today), requestedBy: row.requestedBy, requestedAt: iso(row.requestedAt),
    penaltyTerms: penaltyTermsOf(row.clauseType, row.parameters), remedyDays: remedyDaysOf(row.parameters),
    recoveryPlans: plans.filter((p) => p.remedyRequestId === row.id).map(RecoveryPlanDto.from),
    decision: d && {
      outcome: d.outcome, asOf: d.asOf, amountSek: Number(d.amountSek), calculation: d.calculation[lang], motivation: d.motivation,
      decidedBy: d.decidedBy, decidedAt: iso(d.decidedAt),
    },
    withdrawal: row.withdrawnAt && { reason: row.withdrawalReason ?? '', withdrawnBy: row.withdrawnBy ?? '', withdrawnAt: iso(row.withdrawnAt) },
  };
}
