import { PlacementsParameters } from '../clauses/clause.types';
import { stableJson } from '../common/fingerprint';
import { Coded } from '../common/i18n';
import { countedReport, PlacementOutcome, Period, startsEarly } from './placements-progress';

/**
 * What a placements clause's outcome needs of its reports, as sums: every figure the status rule
 * reads of the placements is a count or a sum of what each placement, judged alone, contributes.
 * So the outcome of a clause with one report more is the stored summary plus that report's
 * contribution, judged by the same rule — no need to read the clause's other reports again. A
 * summary holds for the day it was made (delivered time grows with the days, a start date passes).
 */
export interface PlacementsSummary {
  /** Reports that count: not withdrawn, not questioned. */
  reports: number;
  /** Counted reports offered or started within the early-start window. */
  earlyStarts: number;
  /** Per line of the clause's parameters, in their order. */
  lines: LineTally[];
  /** Placements counted toward no line, per distinct why. */
  notCounted: NotCountedTally[];
}

export interface LineTally {
  /** Placements counted toward the line. */
  counted: number;
  /** Of those, started by the summary's day. */
  begun: number;
  /** Of those, ended early without the model's condition: their places are to be filled again. */
  refill: number;
  /** Full-time months delivered. */
  delivered: number;
  /** Full-time months agreed but not yet worked. */
  committed: number;
}

export interface NotCountedTally {
  why: Coded;
  count: number;
  /** The earliest offer date among them: the reasons list whys in the order they first arose. */
  firstOffered: string;
}

export function emptySummary(params: PlacementsParameters): PlacementsSummary {
  return { reports: 0, earlyStarts: 0, lines: params.lines.map(() => ({ counted: 0, begun: 0, refill: 0, delivered: 0, committed: 0 })), notCounted: [] };
}

/** What one judged placement adds to its clause's summary on `period.today`. */
export function contributionOf(params: PlacementsParameters, outcome: PlacementOutcome, period: Period, earlyStartDue: string): PlacementsSummary {
  const summary = emptySummary(params);
  const p = outcome.placement;
  if (countedReport(p)) summary.reports = 1;
  if (startsEarly(p, earlyStartDue)) summary.earlyStarts = 1;
  if (outcome.line !== null && outcome.earning) {
    const begun = p.startDate! <= period.today;
    summary.lines[outcome.line] = {
      counted: 1, begun: begun ? 1 : 0, refill: begun && outcome.earning.toRefill ? 1 : 0,
      delivered: outcome.earning.delivered, committed: outcome.earning.committed,
    };
  }
  if (outcome.notCounted) summary.notCounted = [{ why: outcome.notCounted, count: 1, firstOffered: p.offeredDate }];
  return summary;
}

/** Two summaries of the same clause on the same day as one. */
export function addSummaries(a: PlacementsSummary, b: PlacementsSummary): PlacementsSummary {
  const notCounted = new Map(a.notCounted.map((t) => [whyKey(t.why), { ...t }]));
  for (const t of b.notCounted) {
    const same = notCounted.get(whyKey(t.why));
    if (!same) notCounted.set(whyKey(t.why), { ...t });
    else Object.assign(same, { count: same.count + t.count, firstOffered: t.firstOffered < same.firstOffered ? t.firstOffered : same.firstOffered });
  }
  return {
    reports: a.reports + b.reports,
    earlyStarts: a.earlyStarts + b.earlyStarts,
    lines: a.lines.map((l, i) => {
      const m = b.lines[i];
      return { counted: l.counted + m.counted, begun: l.begun + m.begun, refill: l.refill + m.refill, delivered: l.delivered + m.delivered, committed: l.committed + m.committed };
    }),
    notCounted: [...notCounted.values()].sort((x, y) => byText(x.firstOffered, y.firstOffered) || byText(whyKey(x.why), whyKey(y.why))),
  };
}

/** A why's identity, whatever order its parameters come back in from jsonb. */
const whyKey = (why: Coded): string => stableJson(why);

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
