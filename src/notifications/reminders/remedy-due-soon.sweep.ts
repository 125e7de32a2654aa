import { addDays } from '../../common/calendar';
import { NotificationKind } from '../notification-kinds';
import { ReminderSweep } from './sweep';
import { supplierClauseParams } from './supplier-params';
import { daysLeft, isDueSoon } from './supplier-reminder-rules';
import { SupplierRemindersRepository } from './supplier-reminders.repository';
import { notifySuppliers } from './supplier-sweep';

/** An open remedy request due within REMINDER_REMEDY_DUE_DAYS: once per request. */
export const remedyDueSoonSweep: ReminderSweep = {
  kind: NotificationKind.RemedyDueSoon,
  async run(dataSource, notifier, recipients, today, settings) {
    const requests = await new SupplierRemindersRepository()
      .openRemedyRequestsDueBetween(dataSource.manager, today, addDays(today, settings.remedyDueDays));
    const due = requests.filter((r) => isDueSoon(r.dueDate, today, settings.remedyDueDays));
    return notifySuppliers(dataSource, notifier, recipients, due.map((request) => ({
      supplierId: request.supplierId,
      occasion: {
        kind: NotificationKind.RemedyDueSoon,
        occasion: `remedy:${request.remedyRequestId}:due-soon`,
        subjectType: 'remedy_request',
        subjectId: request.remedyRequestId,
        contractId: request.contractId,
        params: {
          ...supplierClauseParams(request, settings.publicUrl), missing: request.missing, dueDate: request.dueDate,
          daysLeft: daysLeft(request.dueDate, today),
        },
      },
    })));
  },
};
