import { NotificationKind } from '../notification-kinds';
import { ReminderSweep } from './sweep';
import { periodParams, supplierClauseParams } from './supplier-params';
import { daysLeft, overdueOccasion } from './supplier-reminder-rules';
import { SupplierRemindersRepository } from './supplier-reminders.repository';
import { notifySuppliers } from './supplier-sweep';

/**
 * A report past its due date: the day after, then every REMINDER_OVERDUE_REPEAT_DAYS, while it is
 * missing. Occasion k (0, 1, …) is the k-th of those; a run after missed days sends only the current one.
 */
export const reportOverdueSweep: ReminderSweep = {
  kind: NotificationKind.ReportOverdue,
  async run(dataSource, notifier, recipients, today, settings) {
    const periods = await new SupplierRemindersRepository().periodsOverdue(dataSource.manager, today);
    return notifySuppliers(dataSource, notifier, recipients, periods.flatMap((period) => {
      const k = overdueOccasion(period.dueDate, today, settings.overdueRepeatDays);
      if (k === null) return [];
      return [{
        supplierId: period.supplierId,
        occasion: {
          kind: NotificationKind.ReportOverdue,
          occasion: `period:${period.periodId}:overdue:${k}`,
          subjectType: 'reporting_period' as const,
          subjectId: period.periodId,
          contractId: period.contractId,
          params: {
            ...supplierClauseParams(period, settings.publicUrl), ...periodParams(period),
            daysOverdue: -daysLeft(period.dueDate, today), reminder: k + 1,
          },
        },
      }];
    }));
  },
};
