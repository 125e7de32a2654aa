import { addDays } from '../../common/calendar';
import { NotificationKind } from '../notification-kinds';
import { ReminderSweep } from './sweep';
import { periodParams, supplierClauseParams } from './supplier-params';
import { daysLeft, isDueSoon } from './supplier-reminder-rules';
import { SupplierRemindersRepository } from './supplier-reminders.repository';
import { notifySuppliers } from './supplier-sweep';

/** A report due within REMINDER_REPORT_DUE_DAYS: once per reporting period. */
export const reportDueSoonSweep: ReminderSweep = {
  kind: NotificationKind.ReportDueSoon,
  async run(dataSource, notifier, recipients, today, settings) {
    const periods = await new SupplierRemindersRepository().periodsDueBetween(dataSource.manager, today, addDays(today, settings.reportDueDays));
    const due = periods.filter((p) => isDueSoon(p.dueDate, today, settings.reportDueDays));
    return notifySuppliers(dataSource, notifier, recipients, due.map((period) => ({
      supplierId: period.supplierId,
      occasion: {
        kind: NotificationKind.ReportDueSoon,
        occasion: `period:${period.periodId}:due-soon`,
        subjectType: 'reporting_period',
        subjectId: period.periodId,
        contractId: period.contractId,
        params: { ...supplierClauseParams(period, settings.publicUrl), ...periodParams(period), daysLeft: daysLeft(period.dueDate, today) },
      },
    })));
  },
};
