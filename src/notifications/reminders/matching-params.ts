import { PlacementKind, TargetGroup } from '../../clauses/clause.types';
import { MailWords, ReferralParams, VacancyParams } from '../../mail/templates';
import { ReferralOutcome } from '../../matching/matching.types';
import { KIND_WORDS, TARGET_GROUP_WORDS } from '../../reporting/placement-columns';
import { ReferralNotice, VacancyNotice } from './matching-notices.repository';

/** The vacancy's page in the web interface (web/js/routes.js): the matcher refers there, the employer records outcomes. */
export function vacancyPageLink(publicUrl: string, vacancyId: string): string {
  return `${publicUrl}/#/vacancies/${vacancyId}`;
}

/** The steps a referral may still be at when its outcome is overdue, as the web interface names them. */
const PENDING_OUTCOME_WORDS: Partial<Record<ReferralOutcome, MailWords>> = {
  [ReferralOutcome.Referred]: { sv: 'anvisad', en: 'referred' },
  [ReferralOutcome.Interviewed]: { sv: 'intervjuad', en: 'interviewed' },
  [ReferralOutcome.Offered]: { sv: 'erbjuden plats', en: 'offered' },
};

export function outcomeWords(outcome: string): MailWords {
  return PENDING_OUTCOME_WORDS[outcome as ReferralOutcome] ?? { sv: outcome, en: outcome };
}

/** Target groups listed in each language ("Nyanlända, Långtidsarbetslösa"). */
export function targetGroupsWords(groups: string[]): MailWords {
  const words = groups.map((group) => TARGET_GROUP_WORDS[group as TargetGroup]);
  return { sv: words.map((w) => w.sv).join(', '), en: words.map((w) => w.en).join(', ') };
}

export function vacancyParams(row: VacancyNotice, publicUrl: string): VacancyParams {
  return {
    employerName: row.employerName, vacancyTitle: row.title, kind: KIND_WORDS[row.kind as PlacementKind], district: row.district,
    link: vacancyPageLink(publicUrl, row.vacancyId),
  };
}

export function referralParams(row: ReferralNotice): ReferralParams {
  return { code: row.code, referredOn: row.referredOn, targetGroup: TARGET_GROUP_WORDS[row.targetGroup as TargetGroup] };
}
