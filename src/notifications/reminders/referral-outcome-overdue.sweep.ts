import { outcomeDueOn, overdueIfReferredBefore } from '../../matching/referral-outcome';
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
    const referredBefore = overdueIfReferredBefore(today, settings.referralOutcomeDays);
    const referrals = await new MatchingNoticesRepository().awaitingOutcome(dataSource.manager, referredBefore);
    return notifySuppliers(dataSource, notifier, recipients, referrals.flatMap((referral) => {
      const dueOn = outcomeDueOn(referral.outcome, referral.referredOn, settings.referralOutcomeDays);
      const k = dueOn === null ? null : overdueOccasion(dueOn, today, settings.overdueRepeatDays);
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
            outcome: outcomeWords(referral.outcome), outcomeDueOn: dueOn, reminder: k + 1,
          },
        },
      }];
    }));
  },
};
