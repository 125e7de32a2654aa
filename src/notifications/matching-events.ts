import { EntityManager } from 'typeorm';
import { NotificationKind } from './notification-kinds';
import { Notifier } from './notifier';
import { RecipientsRepository } from './recipients.repository';
import { MatchingNoticesRepository } from './reminders/matching-notices.repository';
import { referralParams, targetGroupsWords, vacancyParams } from './reminders/matching-params';

/**
 * What the matching tells people as it happens, written in the transaction of the change: a
 * vacancy to the city's matching unit, a referral to the employer's users. A rolled-back change tells no one.
 */
export class MatchingEvents {
  private readonly notices = new MatchingNoticesRepository();

  constructor(
    private readonly notifier: Notifier,
    private readonly recipients: RecipientsRepository,
    private readonly publicUrl: string,
  ) {}

  /** A supplier or a pact member posted a vacancy: every active matcher hears of it. */
  async vacancyPosted(manager: EntityManager, vacancyId: string): Promise<number> {
    const vacancy = await this.notices.vacancy(manager, vacancyId);
    return this.notifier.notify(manager, await this.recipients.matchers(manager), {
      kind: NotificationKind.NewVacancy,
      occasion: `vacancy:${vacancyId}:posted`,
      subjectType: 'vacancy',
      subjectId: vacancyId,
      contractId: vacancy.contractId,
      params: {
        ...vacancyParams(vacancy, this.publicUrl), positions: Number(vacancy.positions), startDate: vacancy.startDate,
        referralDeadline: vacancy.referralDeadline, targetGroups: targetGroupsWords(vacancy.targetGroups),
      },
    });
  }

  /**
   * A candidate was referred: the supplier's users hear the code. A pact member's vacancy has no
   * users in the service (the city records its outcomes), so nobody is told.
   */
  async candidateReferred(manager: EntityManager, referralId: string): Promise<number> {
    const referral = await this.notices.referral(manager, referralId);
    if (!referral.supplierId) return 0;
    return this.notifier.notify(manager, await this.recipients.supplierUsers(manager, referral.supplierId), {
      kind: NotificationKind.NewReferral,
      occasion: `referral:${referralId}:referred`,
      subjectType: 'referral',
      subjectId: referralId,
      contractId: referral.contractId,
      params: { ...vacancyParams(referral, this.publicUrl), ...referralParams(referral) },
    });
  }
}
