import { addDays } from '../../common/calendar';
import { ClauseParameters, ClauseType, DialogueParameters, IntegrationInitiativeParameters, PlacementsParameters } from '../../clauses/clause.types';
import { formatNumber, LABELS, Lang } from '../../clauses/text/labels';
import { lineDeadline } from '../../reporting/placements-progress';

const WORDS = {
  sv: {
    line: (months: string, kind: string, count: number | undefined, deadline: string) =>
      `${months} heltidsmånader ${kind}${count ? ` (minst ${count} platser)` : ''}, påbörjade senast ${deadline}`,
    dialogue: (first: string, followUps: number) =>
      `Ett första dialogmöte med Beställaren senast ${first} och ${followUps} uppföljningsmöten under avtalstiden`,
    milestone: (title: string, due: string) => `Delmål ”${title}” senast ${due}`,
  },
  en: {
    line: (months: string, kind: string, count: number | undefined, deadline: string) =>
      `${months} full-time months of ${kind}${count ? ` (at least ${count} placements)` : ''}, started by ${deadline}`,
    dialogue: (first: string, followUps: number) =>
      `A first dialogue meeting with the buyer by ${first} and ${followUps} follow-up meetings during the contract`,
    milestone: (title: string, due: string) => `Milestone “${title}” by ${due}`,
  },
} as const;

/** The clause's obligation in short, with the dates of this contract: one item per line, meeting series or milestone. */
export function obligationInShort(
  type: ClauseType, params: ClauseParameters, contract: { startDate: string; endDate: string }, lang: Lang,
): string[] {
  const w = WORDS[lang];
  switch (type) {
    case ClauseType.Placements: {
      const period = { contractStart: contract.startDate, contractEnd: contract.endDate, today: contract.startDate };
      return (params as PlacementsParameters).lines.map((line) =>
        w.line(formatNumber(line.fullTimeMonths, lang), LABELS[lang].volumeKinds[line.kind], line.count, lineDeadline(line, period)));
    }
    case ClauseType.Dialogue: {
      const p = params as DialogueParameters;
      return [w.dialogue(addDays(contract.startDate, p.firstMeetingWithinWeeks * 7), p.followUpMeetings)];
    }
    case ClauseType.IntegrationInitiative: {
      const p = params as IntegrationInitiativeParameters;
      return [p.description, ...p.milestones.map((m) => w.milestone(m.title, m.dueDate))];
    }
  }
}
