import { JobbpartnerResultsDto, MatchingResultsDto, OfferedFilledDto } from './dto/matching-results.dto';
import { PenaltyResultsDto, PlacementFiguresDto, ResultsDto } from './dto/results.dto';
import { JobbpartnerMeasure } from './matching-results';
import {
  AGE_BAND_LABEL,
  CLAUSE_TYPE_LABEL,
  GENDER_LABEL,
  jobbpartnerFilledLabel,
  jobbpartnerOfferedLabel,
  MATCHING_MEASURE,
  MEASURE,
  NO_UNIT,
  NOT_HIRED_REASON_LABEL,
  PENALTY_MEASURE,
  programmeLabel,
  swedishNumber,
} from './results-labels';

const BOM = '\uFEFF';
const HEADINGS = ['Från', 'Till', 'Enhet', 'Mått', 'Uppdelning', 'Kategori', 'Värde'];
const ALL_UNITS = 'Alla enheter';

type Row = [unit: string, measure: string, split: string, category: string, value: number];

/**
 * Quotes a cell when Swedish Excel would otherwise split or misread it, and defuses text that
 * Excel would run as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The figures of measures 4–5 and full-time months for one split category. */
function placementRows(unit: string, split: string, category: string, f: PlacementFiguresDto): Row[] {
  return [
    [unit, MEASURE.offered, split, category, f.offered],
    [unit, MEASURE.filled, split, category, f.filled],
    [unit, MEASURE.counting, split, category, f.countingTowardRequirement],
    [unit, MEASURE.fullTimeMonths, split, category, f.fullTimeMonths],
  ];
}

/** The breach decisions of the period, counted by decision date. */
function penaltyRows(unit: string, p: PenaltyResultsDto): Row[] {
  return (Object.keys(PENALTY_MEASURE) as (keyof PenaltyResultsDto)[]).map((key): Row => [unit, PENALTY_MEASURE[key], 'Totalt', '', p[key]]);
}

/** A Jobbpartner measure's offered and filled for one split category. */
function jobbpartnerRows(unit: string, measure: JobbpartnerMeasure, split: string, category: string, f: OfferedFilledDto): Row[] {
  return [
    [unit, jobbpartnerOfferedLabel(measure), split, category, f.offered],
    [unit, jobbpartnerFilledLabel(measure), split, category, f.filled],
  ];
}

/** The seed's Jobbpartner measures, each split by gender, age band and establishment programme, and the recruitment events. */
function jobbpartnerSection(unit: string, j: JobbpartnerResultsDto): Row[] {
  const e = j.recruitmentEvents;
  return [
    [unit, MATCHING_MEASURE.agreementsSigned, 'Totalt', '', j.agreementsSigned],
    ...j.measures.flatMap((m): Row[] => [
      ...jobbpartnerRows(unit, m.measure, 'Totalt', '', m),
      ...m.byGender.flatMap((r) => jobbpartnerRows(unit, m.measure, 'Kön', GENDER_LABEL[r.gender], r)),
      ...m.byAgeBand.flatMap((r) => jobbpartnerRows(unit, m.measure, 'Ålder', AGE_BAND_LABEL[r.ageBand], r)),
      ...m.byEstablishmentProgramme.flatMap((r) =>
        jobbpartnerRows(unit, m.measure, 'Etableringsprogrammet', programmeLabel(r.establishmentProgramme), r),
      ),
    ]),
    [unit, MATCHING_MEASURE.events, 'Totalt', '', e.events],
    [unit, MATCHING_MEASURE.attendees, 'Totalt', '', e.attendees],
    ...e.attendeesByGender.map((r): Row => [unit, MATCHING_MEASURE.attendees, 'Kön', GENDER_LABEL[r.gender], r.attendees]),
    ...e.attendeesByAgeBand.map((r): Row => [unit, MATCHING_MEASURE.attendees, 'Ålder', AGE_BAND_LABEL[r.ageBand], r.attendees]),
    [unit, MATCHING_MEASURE.eventInterviews, 'Totalt', '', e.interviews],
    [unit, MATCHING_MEASURE.eventOffers, 'Totalt', '', e.offers],
    [unit, MATCHING_MEASURE.eventHires, 'Totalt', '', e.hires],
  ];
}

/** The matching figures in total, per pact member and per contracting unit ("Ingen enhet" for untied vacancies). */
function matchingSection(unit: string, m: MatchingResultsDto): Row[] {
  const totals = (['vacancies', 'positions', 'referred', 'interviewed', 'offered', 'hired', 'notHired'] as const).map(
    (key): Row => [unit, MATCHING_MEASURE[key], 'Totalt', '', m[key]],
  );
  const days: Row[] = m.daysToHire.hires
    ? [
        [unit, MATCHING_MEASURE.daysToHireMedian, 'Totalt', '', m.daysToHire.median ?? 0],
        [unit, MATCHING_MEASURE.daysToHireMean, 'Totalt', '', m.daysToHire.mean ?? 0],
      ]
    : [];
  return [
    ...totals,
    ...m.notHiredByReason.map((r): Row => [unit, MATCHING_MEASURE.notHired, 'Skäl', NOT_HIRED_REASON_LABEL[r.reason], r.count]),
    ...days,
    [unit, MATCHING_MEASURE.clausePlacementsFilled, 'Totalt', '', m.clausePlacementsFilled],
    [unit, MATCHING_MEASURE.clausePlacementsThroughMatching, 'Totalt', '', m.clausePlacementsThroughMatching],
    [unit, MATCHING_MEASURE.sharePercent, 'Totalt', '', Math.round(m.shareThroughMatching * 1000) / 10],
    ...m.byMember.flatMap((b): Row[] => {
      const member = `${b.name} (${b.orgNumber})`;
      return [
        [unit, MATCHING_MEASURE.memberAgreement, 'Paktmedlem', member, b.agreementSigned ? 1 : 0],
        [unit, MATCHING_MEASURE.vacancies, 'Paktmedlem', member, b.vacancies],
        [unit, MATCHING_MEASURE.positions, 'Paktmedlem', member, b.positions],
        [unit, MATCHING_MEASURE.referred, 'Paktmedlem', member, b.referred],
        [unit, MATCHING_MEASURE.offered, 'Paktmedlem', member, b.offered],
        [unit, MATCHING_MEASURE.hired, 'Paktmedlem', member, b.filled],
        [unit, MATCHING_MEASURE.events, 'Paktmedlem', member, b.events],
      ];
    }),
    ...m.byUnit.flatMap((u): Row[] =>
      (['vacancies', 'positions', 'referred', 'offered'] as const)
        .map((key): Row => [u.unit ?? NO_UNIT, MATCHING_MEASURE[key], 'Totalt', '', u[key]])
        .concat([[u.unit ?? NO_UNIT, MATCHING_MEASURE.hired, 'Totalt', '', u.filled]]),
    ),
  ];
}

/** The results as one row per figure: UTF-8 with BOM, `;` separated, CRLF, as Swedish Excel opens it. */
export function resultsCsv(results: ResultsDto): string {
  const unit = results.period.unit ?? ALL_UNITS;
  const p = results.placements;
  const rows: Row[] = [
    ...(['published', 'withClauses', 'withDialogue', 'withPlacements', 'withIntegrationInitiative'] as const).map(
      (key): Row => [unit, MEASURE[key], 'Totalt', '', results.procurements[key]],
    ),
    ...placementRows(unit, 'Totalt', '', p),
    ...p.byGender.flatMap((r) => placementRows(unit, 'Kön', GENDER_LABEL[r.gender], r)),
    ...p.byAgeBand.flatMap((r) => placementRows(unit, 'Ålder', AGE_BAND_LABEL[r.ageBand], r)),
    ...p.byEstablishmentProgramme.flatMap((r) => placementRows(unit, 'Etableringsprogrammet', programmeLabel(r.establishmentProgramme), r)),
    ...p.byGenderAndAgeBand.flatMap((r) =>
      placementRows(unit, 'Kön och ålder', `${GENDER_LABEL[r.gender]}, ${AGE_BAND_LABEL[r.ageBand]}`, r),
    ),
    ...p.byGenderAndProgramme.flatMap((r) =>
      placementRows(unit, 'Kön och etableringsprogrammet', `${GENDER_LABEL[r.gender]}, ${programmeLabel(r.establishmentProgramme).toLowerCase()}`, r),
    ),
    ...results.clauses.flatMap((c): Row[] => [
      [unit, 'Klausuler', 'Klausultyp', CLAUSE_TYPE_LABEL[c.type], c.clauses],
      [unit, 'Klausuler utan rapporter', 'Klausultyp', CLAUSE_TYPE_LABEL[c.type], c.withoutReports],
      [unit, 'Uppfyllda klausuler', 'Klausultyp', CLAUSE_TYPE_LABEL[c.type], c.fulfilled],
      [unit, 'Klausuler i riskzonen', 'Klausultyp', CLAUSE_TYPE_LABEL[c.type], c.atRisk],
      [unit, 'Ej uppfyllda klausuler', 'Klausultyp', CLAUSE_TYPE_LABEL[c.type], c.notFulfilled],
    ]),
    [unit, 'Heltidsmånader som krävs', 'Totalt', '', results.fullTimeMonths.required],
    [unit, 'Heltidsmånader som levererats', 'Totalt', '', results.fullTimeMonths.delivered],
    [unit, 'Heltidsmånader som avtalats men ännu inte arbetats', 'Totalt', '', results.fullTimeMonths.committed],
    [unit, 'Arbetstillfällen som krävs', 'Totalt', '', results.fullTimeMonths.requiredPlacements],
    [unit, 'Arbetstillfällen som tillsatts', 'Totalt', '', results.fullTimeMonths.filledPlacements],
    [unit, 'Integrationsinitiativ: delmål', 'Totalt', '', results.integrationInitiatives.milestones],
    [unit, 'Integrationsinitiativ: uppnådda delmål', 'Totalt', '', results.integrationInitiatives.milestonesCompleted],
    [unit, 'Integrationsinitiativ: deltagare', 'Totalt', '', results.integrationInitiatives.participants],
    ...penaltyRows(unit, results.penalties),
    ...results.units.flatMap((u): Row[] => [
      [u.unit, MEASURE.withClauses, 'Totalt', '', u.procurements.withClauses],
      [u.unit, MEASURE.withDialogue, 'Totalt', '', u.procurements.withDialogue],
      [u.unit, MEASURE.withPlacements, 'Totalt', '', u.procurements.withPlacements],
      ...placementRows(u.unit, 'Totalt', '', u),
      ...u.byGender.flatMap((r) => placementRows(u.unit, 'Kön', GENDER_LABEL[r.gender], r)),
      ...penaltyRows(u.unit, u.penalties),
    ]),
    ...results.suppliers.flatMap((s): Row[] => [
      ...placementRows(unit, 'Leverantör', `${s.name} (${s.orgNumber})`, s),
      ...s.byGender.flatMap((r) => placementRows(unit, 'Leverantör och kön', `${s.name} (${s.orgNumber}), ${GENDER_LABEL[r.gender]}`, r)),
    ]),
    ...results.pactMembers.flatMap((m): Row[] => [
      ...placementRows(unit, 'Paktmedlem', `${m.name} (${m.orgNumber})`, m),
      ...m.byGender.flatMap((r) => placementRows(unit, 'Paktmedlem och kön', `${m.name} (${m.orgNumber}), ${GENDER_LABEL[r.gender]}`, r)),
    ]),
    ...jobbpartnerSection(unit, results.jobbpartner),
    ...matchingSection(unit, results.matching),
  ];
  const { from, to } = results.period;
  const lines = [
    HEADINGS.join(';'),
    ...rows.map(([u, measure, split, category, value]) =>
      [from, to, u, measure, split, category].map(csvCell).concat(swedishNumber(value)).join(';'),
    ),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
