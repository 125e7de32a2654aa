// @ts-check
import { h } from '../dom.js';
import { formatDate, formatNumber, t, term } from '../i18n.js';
import { badge, section, table } from '../ui.js';

/** "12,5 av 24", and "(+6 planerade)" when some of it is agreed but not yet worked. */
function against(done, required, planned) {
  const of = t('followUp.of', { done: formatNumber(done), required: formatNumber(required) });
  return planned ? `${of} ${t('followUp.planned', { planned: formatNumber(planned) })}` : of;
}

/**
 * Each line of a placements clause: delivered and planned full-time months against the requirement,
 * and the head count only where the line sets one (a line may require the volume alone).
 * @param {{ lines?: any[] }} status
 */
export function linesTable(status) {
  if (!status.lines?.length) return null;
  const headCount = status.lines.some((l) => l.requiredCount !== null);
  return [
    table(t('followUp.lines'), [
      { label: t('clause.kind'), cell: (l) => term('placementKind', l.kind) },
      { label: t('followUp.fullTimeMonthsAgainst'), cell: (l) => against(l.fullTimeMonths, l.requiredFullTimeMonths, l.committedFullTimeMonths), numeric: true },
      ...(headCount ? [{
        label: t('followUp.placementsAgainst'),
        cell: (l) => (l.requiredCount === null ? t('followUp.noHeadCount') : against(l.countedPlacements, l.requiredCount, l.committedPlacements)),
        numeric: true,
      }] : []),
      { label: t('followUp.deadline'), cell: (l) => formatDate(l.deadline) },
      { label: t('followUp.status'), cell: (l) => badge('clauseStatus', l.status) },
    ], status.lines),
    h('p', { class: 'hint' }, t('followUp.plannedHint')),
  ];
}

/**
 * What each reported placement on this page of the list counts for, as the status worked it out:
 * the line, or why none, and the full-time months it earns. The status names placements by id only,
 * so the list supplies the references.
 * @param {{ lines?: any[], placements: any[] }} status
 * @param {any[]} placements the placements shown in the list
 */
export function countingSection(status, placements) {
  const outcomes = new Map(status.placements.map((o) => [o.placementId, o]));
  const rows = placements.filter((p) => outcomes.has(p.id)).map((p) => ({ reference: p.reference, ...outcomes.get(p.id) }));
  if (!rows.length) return null;
  const heading = t('followUp.counting');
  return section(heading, table(heading, [
    { label: t('placement.reference'), cell: (o) => o.reference },
    { label: t('followUp.countsToward'), cell: (o) => countsToward(status, o) },
    { label: t('followUp.delivered'), cell: (o) => formatNumber(o.deliveredFullTimeMonths), numeric: true },
    { label: t('followUp.committed'), cell: (o) => formatNumber(o.committedFullTimeMonths), numeric: true },
    { label: t('followUp.explanation'), cell: (o) => o.explanation ?? '' },
  ], rows));
}

/** The line a placement counts toward, by number and kind, or the API's reason why it counts toward none. */
function countsToward(status, o) {
  if (o.line === null) return t('followUp.notCounted', { reason: o.notCounted });
  return t('followUp.line', { number: o.line + 1, kind: term('placementKind', status.lines[o.line].kind) });
}
