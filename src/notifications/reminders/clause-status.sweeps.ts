import { DataSource } from 'typeorm';
import { renderReasons } from '../../common/coded-text';
import { ClauseAlertParams } from '../../mail/templates';
import { ClauseStatus } from '../../reporting/reporting.types';
import { clauseOutcomeSubject, NotificationKind } from '../notification-kinds';
import { clauseMention, links } from './alert-params';
import { ALERTING_STATUSES, OutcomeAlert, outcomeAlert, statusAlertWindow } from './clause-status-rule';
import { contractStaff, notifyEach } from './notify-each';
import { notifySuppliers } from './supplier-sweep';
import { ChangedOutcome, StaffAlertsRepository } from './staff-alerts.repository';
import { ReminderSettings, ReminderSweep } from './sweep';

const repository = new StaffAlertsRepository();

/** The outcomes whose status change alerts someone on `today`, in one query. */
async function alertsDue(dataSource: DataSource, today: string): Promise<{ row: ChangedOutcome; alert: OutcomeAlert }[]> {
  const { from, to } = statusAlertWindow(today);
  const rows = await repository.outcomesChangedBetween(dataSource.manager, ALERTING_STATUSES, from, to);
  return rows.flatMap((row) => {
    const alert = outcomeAlert(row, today);
    return alert ? [{ row, alert }] : [];
  });
}

function params(row: ChangedOutcome, settings: ReminderSettings): ClauseAlertParams {
  return {
    ...clauseMention(row), reasons: { sv: renderReasons(row.reasons, 'sv').reasons, en: renderReasons(row.reasons, 'en').reasons }, since: row.statusSince,
    link: links.clauseFollowUp(settings.publicUrl, row.contractId, row.clauseId),
  };
}

const subject = (row: ChangedOutcome) => ({ subjectType: 'clause_outcome' as const, subjectId: clauseOutcomeSubject(row), contractId: row.contractId });

/** CLAUSE_AT_RISK: the supplier's users hear that their clause turned AT_RISK, once per change. */
export const clauseAtRiskSweep: ReminderSweep = {
  kind: NotificationKind.ClauseAtRisk,
  async run(dataSource, notifier, recipients, today, settings) {
    const due = (await alertsDue(dataSource, today)).filter(({ alert }) => alert.supplier);
    return notifySuppliers(dataSource, notifier, recipients, due.map(({ row, alert }) => ({
      supplierId: row.supplierId,
      occasion: { kind: NotificationKind.ClauseAtRisk, occasion: alert.occasion, ...subject(row), params: params(row, settings) },
    })));
  },
};

/** CLAUSE_DEVIATION: the contract's officers and the pact office hear of AT_RISK and NOT_FULFILLED, once per change. */
export const clauseDeviationSweep: ReminderSweep = {
  kind: NotificationKind.ClauseDeviation,
  async run(dataSource, notifier, recipients, today, settings) {
    const due = (await alertsDue(dataSource, today)).filter(({ alert }) => alert.staff);
    if (due.length === 0) return 0;
    const staff = await contractStaff(dataSource.manager, recipients, due.map(({ row }) => row.contractId));
    return notifyEach(dataSource, notifier, due, ({ row }) => staff(row.contractId), ({ row, alert }) => ({
      kind: NotificationKind.ClauseDeviation, occasion: alert.occasion, ...subject(row),
      params: { ...params(row, settings), notFulfilled: row.status === ClauseStatus.NotFulfilled },
    }));
  },
};
