import { addDays } from '../../common/calendar';
import { NotificationKind } from '../notification-kinds';
import { MatchingNoticesRepository } from './matching-notices.repository';
import { outcomeWords, referralParams, vacancyParams } from './matching-params';
import { ReminderSweep } from './sweep';
import { overdueOccasion } from './supplier-reminder-rules';
import { notifySuppliers } from './supplier-sweep';

/**
 * A referral still REFERRED, INTERVIEWED or OFFERED when its outcome was due (REFERRAL_OUTCOME_DAYS
 * after the referral): the supplier's users hear the day after, then every
 * REMINDER_OVERDUE_REPEAT_DAYS, as for an overdue report; a run after missed days sends only the current one.
 */
export const referralOutcomeOverdueSweep: ReminderSweep = {
  kind: NotificationKind.ReferralOutcomeOverdue,
  async run(dataSource, notifier, recipients, today, settings) {
    const referrals = await new MatchingNoticesRepository().awaitingOutcome(dataSource.manager, addDays(today, -settings.referralOutcomeDays));
    return notifySuppliers(dataSource, notifier, recipients, referrals.flatMap((referral) => {
      const outcomeDueOn = addDays(referral.referredOn, settings.referralOutcomeDays);
      const k = overdueOccasion(outcomeDueOn, today, settings.overdueRepeatDays);
      if (k === null || !referral.supplierId) return [];
      return [{
        supplierId: referral.supplierId,
        occasion: {
          kind: NotificationKind.ReferralOutcomeOverdue,
          occasion: `referral:${referral.referralId}:outcome-overdue:${k}`,
          subjectType: 'referral' as const,
          subjectId: referral.referralId,
          contractId: referral.contractId,
          params: {
            ...vacancyParams(referral, settings.publicUrl), ...referralParams(referral),
            outcome: outcomeWords(referral.outcome), outcomeDueOn, reminder: k + 1,
          },
        },
      }];
    }));
  },
};
