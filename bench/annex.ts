/**
 * Median time to render one tender annex (three clauses, Swedish) as PDF and as Word, after one
 * warm-up render of each.
 * Run: npm run bench:annex   (ANNEX_RUNS=50 to change the count; ANNEX_OUT=/tmp/annex keeps annex.pdf and annex.docx there)
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { ClauseType, PlacementKind, TargetGroup } from '../src/clauses/clause.types';
import { AnnexInput } from '../src/clauses/text/annex-content';
import { renderAnnexDocx } from '../src/clauses/text/annex-docx';
import { renderAnnexPdf } from '../src/clauses/text/annex-pdf';
import { Lang } from '../src/clauses/text/labels';

const JOBBTORG = { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', phone: '08-508 00 508' };

const annex: AnnexInput = {
  referenceNumber: 'AMN 2026-0178',
  title: 'Lokalvård och fönsterputs – Årsta, Älvsjö och Östermalm',
  contractingUnit: 'Arbetsmarknadsnämnden',
  date: '2026-11-29',
  draft: false,
  letterhead: null,
  clauses: [
    {
      number: 1,
      type: ClauseType.Placements,
      version: 1,
      title: 'Sysselsättningskrav för lokalvård',
      targetGroups: [TargetGroup.Newcomer, TargetGroup.ForeignBornWomen],
      parameters: {
        lines: [
          { kind: PlacementKind.Employment, count: 3, fullTimeMonths: 13.5, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 75, deadline: { contractMonth: 12 } },
          { kind: PlacementKind.Internship, count: 2, fullTimeMonths: 3.69, minLength: { value: 8, unit: 'WEEKS' }, minWorkingTimePercent: 100, deadline: { date: '2028-06-30' } },
        ],
        earlyStartWithinMonths: 6,
        earlyEndingCreditPercent: 75,
        bonus: { sekPerExtraFullTimeMonth: 20_000, maxSek: 200_000 },
        remedyDays: 30,
        penalty: { sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 },
      },
      reportingIntervalMonths: 3,
      buyerName: 'Stockholms stad',
      supportContact: JOBBTORG,
    },
    {
      number: 2,
      type: ClauseType.Dialogue,
      version: 1,
      title: 'Krav på dialog om sysselsättning',
      targetGroups: [TargetGroup.LongTermUnemployed],
      parameters: { firstMeetingWithinWeeks: 8, followUpMeetings: 2, cityContact: { unit: 'Jobbtorg Stockholm', email: 'jobbtorg@stockholm.se' } },
      reportingIntervalMonths: 6,
      buyerName: 'Stockholms stad',
      supportContact: JOBBTORG,
    },
    {
      number: 3,
      type: ClauseType.IntegrationInitiative,
      version: 1,
      title: 'Integrationsinitiativ',
      targetGroups: [TargetGroup.Youth],
      parameters: { description: 'Mentorprogram för unga i Söderort.', milestones: [{ title: 'Programmet startat', dueDate: '2027-09-30' }] },
      reportingIntervalMonths: 12,
      buyerName: 'Stockholms stad',
      supportContact: JOBBTORG,
    },
  ],
};

async function measure(format: string, render: (input: AnnexInput, lang: Lang) => Promise<Buffer>, runs: number): Promise<void> {
  const first = await render(annex, 'sv');
  if (process.env.ANNEX_OUT) writeFileSync(join(process.env.ANNEX_OUT, `annex.${format}`), first);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await render(annex, 'sv');
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`annex ${format} render: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms over ${runs} runs (${first.length} bytes, target < 50 ms)`);
}

async function main(): Promise<void> {
  const runs = Number(process.env.ANNEX_RUNS ?? 30);
  await measure('pdf', renderAnnexPdf, runs);
  await measure('docx', renderAnnexDocx, runs);
}

void main();
