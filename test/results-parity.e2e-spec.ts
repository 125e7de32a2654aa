import { binary, pdfText } from './support/documents';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { Role } from '../src/auth/role';
import { ClauseType } from '../src/clauses/clause.types';
import { addDays, todayInStockholm } from '../src/common/calendar';
import type { ClauseStatusDto } from '../src/reporting/dto/clause-follow-up.dto';
import type { ResultsDto } from '../src/results/dto/results.dto';
import { months } from '../src/results/results-assembly';
import { MEASURE } from '../src/results/results-labels';
import { TallyFoldingService } from '../src/results/tally-folding.service';
import { BuiltClause, buildWorld, worldArb } from './support/results-parity-world';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Issue 12: the results only sum what the rules stored (src/reporting/clause-outcomes.ts), so for
 * any world of contracts and reports they must say what the live status of each clause says. A
 * rule changed in one place changes both sides; what this catches is a second definition drifting
 * (a query, the storing of an earning, the assembly, the exports), before and after the tallies
 * are folded.
 */


const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const swedish = (text: string) => Number(text.replace(',', '.'));

describe('Results parity: the results sum what the clause statuses say', () => {
  let t: TestApp;
  // The service stores outcomes as of the day of the report and /status without asOf evaluates
  // today: the two agree within a Stockholm day (a run across midnight would compare two days).
  const today = todayInStockholm();
  /** Years around today's (2026: 2025 is `y(-1)`). */
  const y = (offset: number) => Number(today.slice(0, 4)) + offset;
  /**
   * Every generated date falls in these years (contracts start up to 40 months back and end up to
   * 31 months ahead); the whole span is also the period of the clause counts.
   */
  const SPAN: [string, string] = [`${y(-6)}-01-01`, `${y(3)}-12-31`];
  /**
   * Partitions of SPAN: whole years; cut at an odd day, at a month edge and around one single
   * month; cut at another odd day and at today (worked time stops there, future starts begin).
   */
  const PARTITIONS: [string, string][][] = [
    [[SPAN[0], `${y(-3)}-12-31`], [`${y(-2)}-01-01`, `${y(-2)}-12-31`], [`${y(-1)}-01-01`, `${y(-1)}-12-31`], [`${y(0)}-01-01`, `${y(0)}-12-31`], [`${y(1)}-01-01`, SPAN[1]]],
    [[SPAN[0], `${y(-1)}-03-16`], [`${y(-1)}-03-17`, `${y(-1)}-05-31`], [`${y(-1)}-06-01`, `${y(-1)}-06-30`], [`${y(-1)}-07-01`, SPAN[1]]],
    [[SPAN[0], `${y(-2)}-02-10`], [`${y(-2)}-02-11`, addDays(today, -1)], [today, SPAN[1]]],
  ];

  const results = async (from: string, to: string, unit: string): Promise<ResultsDto> =>
    (await t.http.get('/api/results').query({ from, to, unit }).set('Authorization', t.auth(Role.PactOffice)).expect(200)).body;

  const statusOf = async (c: BuiltClause, asOf?: string): Promise<ClauseStatusDto> =>
    (await t.http.get(`/api/contracts/${c.contractId}/clauses/${c.clauseId}/status`).query(asOf ? { asOf } : {})
      .set('Authorization', t.auth(Role.PactOffice)).expect(200)).body;

  /** Each clause's status today (no asOf), or as of an earlier day. */
  type Statuses = Map<BuiltClause, ClauseStatusDto>;
  const statusesOn = async (clauses: BuiltClause[], asOf?: string): Promise<Statuses> =>
    new Map(await Promise.all(clauses.map(async (c) => [c, await statusOf(c, asOf)] as const)));

  /** Full-time months the statuses say the clauses' counted placements delivered. */
  const deliveredIn = (clauses: BuiltClause[], statuses: Statuses) =>
    sum(clauses.flatMap((c) => statuses.get(c)!.placements.filter((p) => p.line !== null).map((p) => p.deliveredFullTimeMonths)));

  /** A sum of `pieces` figures each rounded to 0.1 against the unrounded figure it should be; a failure shows both. */
  const expectWithinRounding = (what: Record<string, unknown>, got: number, want: number, pieces: number) => {
    const shown = (n: number) => Math.round(n * 1000) / 1000;
    const close = Math.abs(got - want) <= 0.05 * pieces + 1e-9;
    expect({ ...what, fullTimeMonths: shown(got) }).toEqual({ ...what, fullTimeMonths: shown(close ? got : want) });
  };

  /** The past month ends among the partitions' cuts: the results up to one hold what was delivered by that day. */
  const PAST_MONTH_ENDS = [...new Set(PARTITIONS.flat().map(([, to]) => to))].filter((to) => addDays(to, 1).endsWith('-01') && to < today);

  /** One unit's results against its clauses' statuses today and on the past month ends. */
  async function expectParity(unit: string, clauses: BuiltClause[], statuses: Statuses, past: Map<string, Statuses>): Promise<void> {
    const of = (c: BuiltClause) => statuses.get(c)!;
    const lines = clauses.flatMap((c) => of(c).lines ?? []);
    const whole = await results(SPAN[0], SPAN[1], unit);

    const byStatus = (type: ClauseType) => {
      const typed = clauses.filter((c) => c.type === type).map((c) => of(c).status);
      const count = (status: string) => typed.filter((s) => s === status).length;
      return { type, clauses: typed.length, fulfilled: count('FULFILLED'), atRisk: count('AT_RISK'), notFulfilled: count('NOT_FULFILLED') };
    };
    expect({ unit, clauses: whole.clauses.map(({ type, clauses, fulfilled, atRisk, notFulfilled }) => ({ type, clauses, fulfilled, atRisk, notFulfilled })) })
      .toEqual({ unit, clauses: Object.values(ClauseType).map(byStatus) });
    expect({ unit, fullTimeMonths: whole.fullTimeMonths }).toEqual({
      unit,
      fullTimeMonths: {
        required: months(sum(lines.map((l) => l.requiredFullTimeMonths))),
        delivered: months(sum(lines.map((l) => l.fullTimeMonths))),
        committed: months(sum(lines.map((l) => l.committedFullTimeMonths))),
        requiredPlacements: sum(lines.map((l) => l.requiredCount ?? 0)),
        filledPlacements: sum(lines.map((l) => l.countedPlacements)),
      },
    });

    // Per placement: what the statuses count and deliver, and when it started (the results' period of a filled placement).
    const counted = clauses.flatMap((c) => of(c).placements.filter((p) => p.line !== null).map((p) => ({
      ...p, startDate: c.placements.find((built) => built.id === p.placementId)!.startDate!,
    })));
    const delivered = deliveredIn(clauses, statuses);
    for (const partition of [[SPAN], ...PARTITIONS]) {
      const pieces = await Promise.all(partition.map(([from, to]) => results(from, to, unit)));
      expectWithinRounding({ unit, partition }, sum(pieces.map((r) => r.placements.fullTimeMonths)), delivered, pieces.length);
      // Booked in the months worked: the pieces up to a past month end sum what had been delivered by that day.
      for (const [i, [, to]] of partition.entries()) {
        const then = past.get(to);
        if (then) expectWithinRounding({ unit, upTo: to }, sum(pieces.slice(0, i + 1).map((r) => r.placements.fullTimeMonths)), deliveredIn(clauses, then), i + 1);
      }
      expect({ unit, partition, counting: pieces.map((r) => r.placements.countingTowardRequirement) }).toEqual({
        unit, partition, counting: partition.map(([from, to]) => counted.filter((p) => p.startDate >= from && p.startDate <= to).length),
      });
    }
  }

  /** The CSV and the annual report of one year and unit print the JSON's figures. */
  async function expectExportsToAgree(year: string, unit: string): Promise<void> {
    const json = await results(`${year}-01-01`, `${year}-12-31`, unit);
    const placementClauses = json.clauses.find((c) => c.type === ClauseType.Placements)!;

    const csv = await t.http.get('/api/results.csv').query({ from: `${year}-01-01`, to: `${year}-12-31`, unit })
      .set('Authorization', t.auth(Role.PactOffice)).buffer(true).parse(binary).expect(200);
    const rows: string[][] = parse((csv.body as Buffer).toString('utf8').slice(1), { delimiter: ';', record_delimiter: '\r\n' });
    const value = (measure: string, category = '') => swedish(rows.find((r) => r[3] === measure && r[5] === category)![6]);
    expect({
      delivered: value('Heltidsmånader som levererats'),
      required: value('Heltidsmånader som krävs'),
      fulfilled: value('Uppfyllda klausuler', 'Platser'),
      placementMonths: value(MEASURE.fullTimeMonths),
      filled: value(MEASURE.filled),
    }).toEqual({
      delivered: json.fullTimeMonths.delivered, required: json.fullTimeMonths.required, fulfilled: placementClauses.fulfilled,
      placementMonths: json.placements.fullTimeMonths, filled: json.placements.filled,
    });

    const pdf = await t.http.get('/api/results/annual-report.pdf').query({ year, unit })
      .set('Authorization', t.auth(Role.PactOffice)).buffer(true).parse(binary).expect(200);
    const text = pdfText(pdf.body as Buffer, ['-layout']);
    const figure = (pattern: RegExp) => swedish(text.match(pattern)?.[1] ?? 'missing');
    expect({
      placementMonths: figure(new RegExp(`${MEASURE.fullTimeMonths}\\s+([\\d,]+)`)),
      filled: figure(/5\. Tillsatta arbetstillfällen\s+(\d+)/),
      delivered: figure(/Heltidsmånader: ([\d,]+) levererade/),
      required: figure(/levererade av ([\d,]+) som krävs/),
      fulfilled: figure(/Platser\s+\d+\s+\d+\s+(\d+)/),
    }).toEqual({
      placementMonths: json.placements.fullTimeMonths, filled: json.placements.filled,
      delivered: json.fullTimeMonths.delivered, required: json.fullTimeMonths.required, fulfilled: placementClauses.fulfilled,
    });
  }

  beforeAll(async () => { t = await createTestApp({}, { acceptLanguage: 'en' }); });
  afterAll(() => t.close());

  it('agrees for random contracts and reports, before and after folding the tallies, and in the CSV and the annual report', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(worldArb(today), async (world) => {
        // Each run (and each shrink) has units of its own, so the results of one unit are this world's alone.
        run += 1;
        const units = Array.from({ length: world.units }, (_, i) => `Paritetsenhet ${run}-${i + 1}`);
        const clauses = await buildWorld(t, world, units);
        const statuses = await statusesOn(clauses);
        const past = new Map(await Promise.all(PAST_MONTH_ENDS.map(async (day) => [day, await statusesOn(clauses, day)] as const)));
        const check = () => Promise.all(units.map((unit) => expectParity(unit, clauses.filter((c) => c.unit === unit), statuses, past)));

        await check();
        await t.app.get(TallyFoldingService).foldAll();
        await check();
        const first = world.contracts[0];
        await expectExportsToAgree(first.publishedOn.slice(0, 4), units[first.unit]);
      }),
      // A failure is shrunk for what is left of 90 s, then reported as far as it got (rather than the test timing out).
      { numRuns: 8, seed: 12_2026, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  }, 150_000);
});
