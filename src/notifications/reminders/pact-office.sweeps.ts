import { addDays } from '../../common/calendar';
import { checkInsDueBy } from '../../pact-members/check-in-due';
import { NotificationKind } from '../notification-kinds';
import { links } from './alert-params';
import { notifyEach } from './notify-each';
import { checkInAlert, letterAlert, LetterAlert, letterAlertWindow } from './pact-member-rule';
import { StaffAlertsRepository } from './staff-alerts.repository';
import { ReminderSweep } from './sweep';

const repository = new StaffAlertsRepository();

/**
 * LETTER_EXPIRING or LETTER_EXPIRED: the pact office hears once that a member's current letter of
 * intent ends within N days, or has ended without a newer one.
 */
function letterSweep(kind: NotificationKind.LetterExpiring | NotificationKind.LetterExpired, alerting: LetterAlert['kind']): ReminderSweep {
  return {
    kind,
    async run(dataSource, notifier, recipients, today, settings) {
      const { from, to } = letterAlertWindow(today, settings.letterExpiringDays);
      const due = (await repository.currentLettersEndingBetween(dataSource.manager, from, to)).flatMap((row) => {
        const alert = letterAlert(row, today, settings.letterExpiringDays);
        return alert?.kind === alerting ? [{ row, alert }] : [];
      });
      if (due.length === 0) return 0;
      const pactOffice = await recipients.pactOffice(dataSource.manager);
      return notifyEach(dataSource, notifier, due, () => pactOffice, ({ row, alert }) => {
        const letter = {
          memberName: row.memberName, orgNumber: row.orgNumber, letterVersion: Number(row.version), validTo: row.validTo,
          link: links.member(settings.publicUrl, row.memberId),
        };
        const common = { occasion: alert.occasion, subjectType: 'letter_of_intent' as const, subjectId: row.letterId, contractId: null };
        return alert.kind === 'expiring'
          ? { kind: NotificationKind.LetterExpiring, ...common, params: { ...letter, daysLeft: alert.daysLeft } }
          : { kind: NotificationKind.LetterExpired, ...common, params: { ...letter, daysSinceEnd: alert.daysSinceEnd } };
      });
    },
  };
}

export const letterExpiringSweep = letterSweep(NotificationKind.LetterExpiring, 'expiring');
export const letterExpiredSweep = letterSweep(NotificationKind.LetterExpired, 'expired');

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
    return notifyEach(dataSource, notifier, due, () => pactOffice, ({ row, alert }) => ({
      kind: NotificationKind.CheckInDue, occasion: alert.occasion, subjectType: 'pact_member', subjectId: row.memberId, contractId: null,
      params: {
        memberName: row.name, orgNumber: row.orgNumber, lastCheckInOn: row.lastCheckInOn, dueOn: row.dueOn,
        overdue: alert.daysLeft < 0, daysLeft: Math.max(alert.daysLeft, 0), daysOverdue: Math.max(-alert.daysLeft, 0),
        link: links.member(settings.publicUrl, row.memberId),
      },
    }));
  },
};
