import { createPdfDocument, writePageFooters } from '../common/pdf-document';
import { formatNumber } from '../clauses/text/labels';
import { drawLetterhead } from '../common/pdf-letterhead';
import { ClauseType } from '../clauses/clause.types';
import { VerificationStatus } from '../reporting/reporting.types';
import { drawUnitChart } from './annual-report-chart';
import { PlacementFiguresDto, ResultsDto } from './dto/results.dto';
import { JobbpartnerMeasureDto, OfferedFilledDto } from './dto/matching-results.dto';
import {
  AGE_BAND_LABEL,
  CLAUSE_TYPE_LABEL,
  GENDER_LABEL,
  JOBBPARTNER_MEASURE_LABEL,
  MATCHING_MEASURE,
  MEASURE,
  NO_UNIT,
  programmeLabel,
  swedishNumber,
} from './results-labels';
import { AgeBand, Gender } from '../reporting/reporting.types';
import { NotFulfilledClause } from './results.service';

const MARGIN = 50;
const PAGE_BOTTOM = 842 - MARGIN - 20;
const WIDTH = 595 - 2 * MARGIN;
const COUNTED_LABEL: Record<VerificationStatus, string> = {
  [VerificationStatus.Accepted]: 'godkända',
  [VerificationStatus.Pending]: 'ännu inte granskade',
  [VerificationStatus.Questioned]: 'ifrågasatta',
};

type Doc = PDFKit.PDFDocument;

/**
 * The annual report (årsrapport) of the pact's measures for "Social klausul i upphandling", in
 * Swedish, under the letterhead of the unit that issues it (ANNUAL_REPORT_UNIT) when it has one.
 */
export function renderAnnualReport(
  year: number,
  results: ResultsDto,
  notFulfilled: { total: number; clauses: NotFulfilledClause[] },
  letterhead: Buffer | null = null,
): Promise<Buffer> {
  const { doc, done } = createPdfDocument({
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: `Integrationspakten – årsrapport ${year}`, Author: 'Stockholms stad' },
    lang: 'sv',
  });

  drawLetterhead(doc, letterhead);
  heading(doc, year, results);
  measures(doc, results);
  placementTables(doc, results);
  unitChart(doc, results);
  clauses(doc, results, year, notFulfilled);
  jobbpartnerAndMatching(doc, results);
  writePageFooters(doc, MARGIN - 10, '', (page, of) => `Sida ${page} av ${of}`);
  doc.end();
  return done;
}

function heading(doc: Doc, year: number, results: ResultsDto): void {
  doc.font('bold').fontSize(16).text('Integrationspakten – Social klausul i upphandling');
  doc.fontSize(14).text(`Årsrapport ${year}`).moveDown(0.3);
  const counted = results.countedVerificationStatuses.map((s) => COUNTED_LABEL[s]).join(' och ');
  doc
    .font('body')
    .fontSize(9)
    .fillColor('#444')
    .text(
      `Period ${results.period.from} – ${results.period.to}, ${results.period.unit ?? 'alla förvaltningar och bolag'}. ` +
        `En upphandling räknas det år den publicerades (avbrutna räknas aldrig). Ett arbetstillfälle räknas som erbjudet ` +
        `det år det erbjöds och som tillsatt det år det började. Rapporter som räknas: ${counted}.`,
    )
    .fillColor('black')
    .moveDown();
}

function section(doc: Doc, title: string, needed = 80): void {
  if (doc.y + needed > PAGE_BOTTOM) doc.addPage();
  doc.moveDown(0.5).font('bold').fontSize(12).text(title, MARGIN).moveDown(0.3).font('body').fontSize(9);
}

/** A simple table: first column text, the rest right-aligned figures. */
function table(doc: Doc, headings: string[], rows: (string | number)[][], firstWidth = 200): void {
  const rest = (WIDTH - firstWidth) / (headings.length - 1);
  const line = (cells: (string | number)[], font: string) => {
    if (doc.y + 14 > PAGE_BOTTOM) doc.addPage();
    const y = doc.y;
    doc.font(font).fontSize(9);
    cells.forEach((cell, i) => {
      const text = typeof cell === 'number' ? swedishNumber(cell) : cell;
      const x = i === 0 ? MARGIN : MARGIN + firstWidth + (i - 1) * rest;
      doc.text(text, x, y, { width: i === 0 ? firstWidth - 4 : rest - 4, align: i === 0 ? 'left' : 'right', lineBreak: false });
    });
    doc.y = y + 13;
  };
  line(headings, 'bold');
  doc.moveTo(MARGIN, doc.y - 2).lineTo(MARGIN + WIDTH, doc.y - 2).lineWidth(0.5).stroke();
  rows.forEach((row) => line(row, 'body'));
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

const placementRow = (label: string, f: PlacementFiguresDto) => [label, f.offered, f.filled, f.fullTimeMonths];
const PLACEMENT_HEADINGS = ['', 'Erbjudna', 'Tillsatta', 'Heltidsmånader'];

function measures(doc: Doc, r: ResultsDto): void {
  section(doc, 'De fem måtten');
  table(
    doc,
    ['Mått', 'Antal'],
    [
      [MEASURE.published, r.procurements.published],
      [MEASURE.withClauses, r.procurements.withClauses],
      [MEASURE.withDialogue, r.procurements.withDialogue],
      [MEASURE.withPlacements, r.procurements.withPlacements],
      [MEASURE.offered, r.placements.offered],
      [MEASURE.filled, r.placements.filled],
      [MEASURE.counting, r.placements.countingTowardRequirement],
      [MEASURE.fullTimeMonths, r.placements.fullTimeMonths],
      [MEASURE.withIntegrationInitiative, r.procurements.withIntegrationInitiative],
    ],
    400,
  );
}

function placementTables(doc: Doc, r: ResultsDto): void {
  section(doc, 'Fördelning på kön (jämställdhetsanalys)');
  table(doc, ['Kön', ...PLACEMENT_HEADINGS.slice(1)], [
    ...r.placements.byGender.map((g) => placementRow(GENDER_LABEL[g.gender], g)),
    placementRow('Totalt', r.placements),
  ]);
  section(doc, 'Kön och etableringsprogrammet');
  table(doc, ['Kön och etableringsprogrammet', ...PLACEMENT_HEADINGS.slice(1)], [
    ...r.placements.byGenderAndProgramme
      .filter((g) => g.offered + g.filled > 0)
      .map((g) => placementRow(`${GENDER_LABEL[g.gender]}, ${programmeLabel(g.establishmentProgramme).toLowerCase()}`, g)),
    ...r.placements.byEstablishmentProgramme.map((p) => placementRow(programmeLabel(p.establishmentProgramme), p)),
  ], 240);
  section(doc, 'Ålder');
  table(doc, ['Åldersgrupp', ...PLACEMENT_HEADINGS.slice(1)], r.placements.byAgeBand.map((a) => placementRow(AGE_BAND_LABEL[a.ageBand], a)));
}

function unitChart(doc: Doc, r: ResultsDto): void {
  section(doc, 'Erbjudna och tillsatta arbetstillfällen per enhet och kön', 120);
  drawUnitChart(doc, r, { left: MARGIN, width: WIDTH, bottom: PAGE_BOTTOM });
}

function clauses(doc: Doc, r: ResultsDto, year: number, notFulfilled: { total: number; clauses: NotFulfilledClause[] }): void {
  section(doc, 'Klausulernas uppfyllelse (upphandlingar publicerade under perioden)');
  table(
    doc,
    ['Klausultyp', 'Klausuler', 'Utan rapport', 'Uppfyllda', 'I riskzonen', 'Ej uppfyllda'],
    r.clauses.map((c) => [CLAUSE_TYPE_LABEL[c.type], c.clauses, c.withoutReports, c.fulfilled, c.atRisk, c.notFulfilled]),
    120,
  );
  doc.text(
    `Heltidsmånader: ${swedishNumber(r.fullTimeMonths.delivered)} levererade av ${swedishNumber(r.fullTimeMonths.required)} som krävs` +
      (r.fullTimeMonths.committed > 0 ? ` (ytterligare ${swedishNumber(r.fullTimeMonths.committed)} avtalade men ännu inte arbetade). ` : '. ') +
      `Integrationsinitiativ: ${r.integrationInitiatives.milestonesCompleted} av ${r.integrationInitiatives.milestones} delmål uppnådda, ` +
      `${r.integrationInitiatives.participants} deltagare.`,
  );
  doc.moveDown(0.3).text(penaltyLine(r));
  section(doc, `Klausuler som inte uppfyllts (avtal som löpte ut ${year})`);
  if (notFulfilled.total === 0) {
    doc.text('Inga: alla klausuler i avtal som löpte ut under året uppfylldes.');
    return;
  }
  for (const c of notFulfilled.clauses) {
    if (doc.y + 24 > PAGE_BOTTOM) doc.addPage();
    doc.font('bold').text(`${c.referenceNumber} klausul ${c.clauseNumber} (${CLAUSE_TYPE_LABEL[c.type]}) – ${c.title}`);
    doc.font('body').text(
      `${c.unit}; ${c.supplierName ?? 'ingen leverantör'}; avtalet slutade ${c.contractEndDate}. ${shortfall(c)}`,
      MARGIN + 10,
      doc.y,
      { width: WIDTH - 10 },
    );
    doc.x = MARGIN;
  }
  if (notFulfilled.total > notFulfilled.clauses.length) {
    doc.moveDown(0.3).text(`… och ${notFulfilled.total - notFulfilled.clauses.length} till (se resultat-API:t).`);
  }
}

/** The breach decisions of the year in one Swedish sentence. */
export function penaltyLine({ penalties: p }: ResultsDto): string {
  if (p.decisions === 0) return 'Avtalsbrott: inga beslut efter begäran om rättelse under perioden.';
  return `Avtalsbrott: ${p.decisions} beslut efter begäran om rättelse, varav ${p.penaltyDecisions} om vite ` +
    `(sammanlagt ${formatNumber(p.amountSek, 'sv')} kronor) och ${p.waivedDecisions} utan vite.`;
}

/** What is missing, in one Swedish sentence. */
export function shortfall(c: NotFulfilledClause): string {
  switch (c.type) {
    case ClauseType.Placements:
      return `${c.filled} av ${c.requiredCount} arbetstillfällen tillsatta, ${swedishNumber(c.deliveredFullTimeMonths)} av ${swedishNumber(c.requiredFullTimeMonths)} heltidsmånader.`;
    case ClauseType.Dialogue:
      return `${c.meetings} av ${c.requiredMeetings} dialogmöten hållna.`;
    default:
      return `${c.milestonesCompleted} av ${c.milestones} delmål uppnådda.`;
  }
}


const YOUNG_BANDS = [AgeBand.From16To19, AgeBand.From20To24, AgeBand.From25To29];

/** One measure's offered or filled (`pick`) split by gender, young and adult, and establishment programme. */
function splitRow(m: JobbpartnerMeasureDto, pick: keyof OfferedFilledDto): (string | number)[] {
  const of = (rows: OfferedFilledDto[]) => rows.reduce((sum, r) => sum + r[pick], 0);
  return [
    measureLabel(m),
    of(m.byGender.filter((g) => g.gender === Gender.Woman)),
    of(m.byGender.filter((g) => g.gender === Gender.Man)),
    of(m.byGender.filter((g) => g.gender !== Gender.Woman && g.gender !== Gender.Man)),
    of(m.byAgeBand.filter((a) => YOUNG_BANDS.includes(a.ageBand))),
    of(m.byAgeBand.filter((a) => !YOUNG_BANDS.includes(a.ageBand))),
    of(m.byEstablishmentProgramme.filter((p) => p.establishmentProgramme)),
  ];
}
const SPLIT_HEADINGS = ['Kvinnor', 'Män', 'Övriga', '16–29', '30+', 'Etabl.'];
const SPLIT_FIRST_WIDTH = 230;
const measureLabel = (m: JobbpartnerMeasureDto) => JOBBPARTNER_MEASURE_LABEL[m.measure].replace(/^./, (c) => c.toUpperCase());

/** The seed's Jobbpartner measures and the city's matching figures of the year. */
function jobbpartnerAndMatching(doc: Doc, r: ResultsDto): void {
  const { jobbpartner: j, matching: m } = r;
  section(doc, 'Jobbpartner och matchning', 160);
  doc
    .fillColor('#444')
    .text(
      'Erbjudna och tillsatta platser genom stadens matchning: en anvisning räknas som erbjuden det år erbjudandet gjordes ' +
        'och som tillsatt det år anställningen började. Dagar till anställning räknas från annonsdagen till den dag anställningen avtalades.',
    )
    .fillColor('black')
    .moveDown(0.5);
  table(doc, ['Mått', 'Erbjudna', 'Tillsatta'], j.measures.map((x) => [measureLabel(x), x.offered, x.filled]), 300);
  doc.fillColor('#444').text('Övriga: kön annat eller ej angivet. 16–29, 30+: ålder i år. Etabl.: i etableringsprogrammet.').fillColor('black');
  section(doc, 'Tillsatta platser per kön, ålder och etableringsprogrammet');
  table(doc, ['Mått', ...SPLIT_HEADINGS], j.measures.map((x) => splitRow(x, 'filled')), SPLIT_FIRST_WIDTH);
  section(doc, 'Erbjudna platser per kön, ålder och etableringsprogrammet');
  table(doc, ['Mått', ...SPLIT_HEADINGS], j.measures.map((x) => splitRow(x, 'offered')), SPLIT_FIRST_WIDTH);
  const e = j.recruitmentEvents;
  section(doc, 'Jobbpartnerskap, rekryteringstillfällen och matchning');
  table(
    doc,
    ['Mått', 'Antal'],
    [
      [MATCHING_MEASURE.agreementsSigned, j.agreementsSigned],
      [MATCHING_MEASURE.events, e.events],
      [MATCHING_MEASURE.attendees, e.attendees],
      ...e.attendeesByGender.filter((g) => g.attendees > 0).map((g) => [`  ${GENDER_LABEL[g.gender]}`, g.attendees]),
      ...e.attendeesByAgeBand.filter((a) => a.attendees > 0).map((a) => [`  ${AGE_BAND_LABEL[a.ageBand]}`, a.attendees]),
      [MATCHING_MEASURE.eventInterviews, e.interviews],
      [MATCHING_MEASURE.eventOffers, e.offers],
      [MATCHING_MEASURE.eventHires, e.hires],
      [MATCHING_MEASURE.vacancies, m.vacancies],
      [MATCHING_MEASURE.positions, m.positions],
      [MATCHING_MEASURE.referred, m.referred],
      [MATCHING_MEASURE.interviewed, m.interviewed],
      [MATCHING_MEASURE.offered, m.offered],
      [MATCHING_MEASURE.hired, m.hired],
      [MATCHING_MEASURE.notHired, m.notHired],
      [MATCHING_MEASURE.daysToHireMedian, m.daysToHire.median ?? '–'],
      [MATCHING_MEASURE.daysToHireMean, m.daysToHire.mean ?? '–'],
      [MATCHING_MEASURE.clausePlacementsFilled, m.clausePlacementsFilled],
      [MATCHING_MEASURE.clausePlacementsThroughMatching, m.clausePlacementsThroughMatching],
      [MATCHING_MEASURE.sharePercent, Math.round(m.shareThroughMatching * 1000) / 10],
    ],
    400,
  );
  if (m.byMember.length) {
    section(doc, 'Matchning per paktmedlem (Tillfällen: rekryteringstillfällen)');
    table(
      doc,
      ['Paktmedlem', 'Lediga jobb', 'Anvisade', 'Erbjudna', 'Anställda', 'Tillfällen'],
      m.byMember.map((b) => [b.name, b.vacancies, b.referred, b.offered, b.filled, b.events]),
      175,
    );
  }
  if (m.byUnit.length) {
    section(doc, 'Matchning per enhet');
    table(
      doc,
      ['Enhet', 'Lediga jobb', 'Anvisade', 'Erbjudna', 'Anställda'],
      m.byUnit.map((u) => [u.unit ?? NO_UNIT, u.vacancies, u.referred, u.offered, u.filled]),
      175,
    );
  }
}
