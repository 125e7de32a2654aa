import { NotificationKind } from '../notification-kinds';
import { clauseMention, links } from './alert-params';
import { contractStaff, notifyEach } from './notify-each';
import { remedyOverdueAlert } from './remedy-overdue-rule';
import { StaffAlertsRepository } from './staff-alerts.repository';
import { ReminderSweep } from './sweep';

const repository = new StaffAlertsRepository();

/** REMEDY_OVERDUE: the contract's officers and the pact office hear once that a remedy period has passed undecided. */
export const remedyOverdueSweep: ReminderSweep = {
  kind: NotificationKind.RemedyOverdue,
  async run(dataSource, notifier, recipients, today, settings) {
    const due = (await repository.remedyRequestsOverdue(dataSource.manager, today)).flatMap((row) => {
      const alert = remedyOverdueAlert(row, today);
      return alert ? [{ row, alert }] : [];
    });
    if (due.length === 0) return 0;
    const staff = await contractStaff(dataSource.manager, recipients, due.map(({ row }) => row.contractId));
    return notifyEach(dataSource, notifier, due, ({ row }) => staff(row.contractId), ({ row, alert }) => ({
      kind: NotificationKind.RemedyOverdue, occasion: alert.occasion,
      subjectType: 'remedy_request', subjectId: row.remedyRequestId, contractId: row.contractId,
      params: {
        ...clauseMention(row), dueDate: row.dueDate, daysOverdue: alert.daysOverdue,
        link: links.clauseFollowUp(settings.publicUrl, row.contractId, row.clauseId),
      },
    }));
  },
};
