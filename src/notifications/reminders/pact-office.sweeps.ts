import { DataSource } from 'typeorm';
import { checkInsDueBy } from '../../pact-members/check-in-due';
import { addDays } from '../../common/calendar';
import { NotificationKind } from '../notification-kinds';
import { links } from './alert-params';
import { checkInAlert, LetterAlert, letterAlert, letterAlertWindow } from './pact-member-rule';
import { CurrentLetterRow, StaffAlertsRepository } from './staff-alerts.repository';
import { ReminderSettings, ReminderSweep } from './sweep';

const repository = new StaffAlertsRepository();

/** The current letters the pact office hears of on `today`, of one kind. */
async function lettersDue<K extends LetterAlert['kind']>(
  dataSource: DataSource, today: string, settings: ReminderSettings, kind: K,
): Promise<{ row: CurrentLetterRow; alert: Extract<LetterAlert, { kind: K }> }[]> {
  const { from, to } = letterAlertWindow(today, settings.letterExpiringDays);
  const rows = await repository.currentLettersEndingBetween(dataSource.manager, from, to);
  return rows.flatMap((row) => {
    const alert = letterAlert(row, today, settings.letterExpiringDays);
    return alert?.kind === kind ? [{ row, alert: alert as Extract<LetterAlert, { kind: K }> }] : [];
  });
}

const letterParams = (row: CurrentLetterRow, settings: ReminderSettings) => ({
  memberName: row.memberName, orgNumber: row.orgNumber, letterVersion: Number(row.version), validTo: row.validTo,
  link: links.member(settings.publicUrl, row.memberId),
});

/** LETTER_EXPIRING: the pact office hears once that a member's letter of intent ends within N days. */
export const letterExpiringSweep: ReminderSweep = {
  kind: NotificationKind.LetterExpiring,
  async run(dataSource, notifier, recipients, today, settings) {
    const due = await lettersDue(dataSource, today, settings, 'expiring');
    if (due.length === 0) return 0;
    const pactOffice = await recipients.pactOffice(dataSource.manager);
    let sent = 0;
    for (const { row, alert } of due) {
      sent += await dataSource.transaction((manager) => notifier.notify(manager, pactOffice, {
        kind: NotificationKind.LetterExpiring, occasion: alert.occasion, subjectType: 'letter_of_intent', subjectId: row.letterId,
        contractId: null, params: { ...letterParams(row, settings), daysLeft: alert.daysLeft },
      }));
    }
    return sent;
  },
};

/** LETTER_EXPIRED: the pact office hears once that a member's letter ended without a newer one. */
export const letterExpiredSweep: ReminderSweep = {
  kind: NotificationKind.LetterExpired,
  async run(dataSource, notifier, recipients, today, settings) {
    const due = await lettersDue(dataSource, today, settings, 'expired');
    if (due.length === 0) return 0;
    const pactOffice = await recipients.pactOffice(dataSource.manager);
    let sent = 0;
    for (const { row, alert } of due) {
      sent += await dataSource.transaction((manager) => notifier.notify(manager, pactOffice, {
        kind: NotificationKind.LetterExpired, occasion: alert.occasion, subjectType: 'letter_of_intent', subjectId: row.letterId,
        contractId: null, params: { ...letterParams(row, settings), daysSinceEnd: alert.daysSinceEnd },
      }));
    }
    return sent;
  },
};

/** CHECK_IN_DUE: the pact office hears once per due day that a current member's annual check-in is near or overdue. */
export const checkInDueSweep: ReminderSweep = {
  kind: NotificationKind.CheckInDue,
  async run(dataSource, notifier, recipients, today, settings) {
    const rows = await checkInsDueBy(dataSource.manager, today, settings.checkInOverdueMonths, addDays(today, settings.checkInDays));
    const due = rows.flatMap((row) => {
      const alert = checkInAlert(row.memberId, row.dueOn, today, settings.checkInDays);
      return alert ? [{ row, alert }] : [];
    });
    if (due.length === 0) return 0;
    const pactOffice = await recipients.pactOffice(dataSource.manager);
    let sent = 0;
    for (const { row, alert } of due) {
      sent += await dataSource.transaction((manager) => notifier.notify(manager, pactOffice, {
        kind: NotificationKind.CheckInDue, occasion: alert.occasion, subjectType: 'pact_member', subjectId: row.memberId, contractId: null,
        params: {
          memberName: row.name, orgNumber: row.orgNumber, lastCheckInOn: row.lastCheckInOn, dueOn: row.dueOn,
          overdue: alert.daysLeft < 0, daysLeft: Math.max(alert.daysLeft, 0), daysOverdue: Math.max(-alert.daysLeft, 0),
          link: links.member(settings.publicUrl, row.memberId),
        },
      }));
    }
    return sent;
  },
};
