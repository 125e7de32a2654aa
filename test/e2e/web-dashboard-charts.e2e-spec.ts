import { execFileSync } from 'child_process';
import type { Locator } from 'playwright-core';
import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { binary, pdfText } from '../support/documents';
import { createSupplier, orgNumber } from '../support/factories';
import { insertClause, insertContract, insertProcurement, placementsParameters, storeOutcomes } from '../support/results-factories';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * The lengths in pixels of the women's (red) and men's (blue) parts of each stacked bar on the
 * first page of a PDF, rendered by poppler at 144 dpi: one entry per bar, top to bottom.
 */
function barRuns(pdf: Buffer): { woman: number; man: number }[] {
  const ppm = execFileSync('pdftoppm', ['-r', '144', '-f', '1', '-l', '1', 'fd://0'], { input: pdf, maxBuffer: 64 << 20 });
  const [, width, height] = ppm.subarray(0, 40).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!.map(Number);
  const start = ppm.length - width * height * 3;
  const near = (i: number, [r, g, b]: number[]) => Math.abs(ppm[i] - r) + Math.abs(ppm[i + 1] - g) + Math.abs(ppm[i + 2] - b) < 30;
  const bars: { woman: number; man: number }[] = [];
  let inBar = false;
  for (let y = 0; y < height; y++) {
    let [woman, man] = [0, 0];
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      if (near(i, [0xc0, 0x39, 0x2b])) woman++;
      else if (near(i, [0x2e, 0x86, 0xc1])) man++;
    }
    // A bar's rows have both colours over long runs (the legend's squares are short); a bar is the
    // widest of its consecutive rows, so its anti-aliased edges do not count.
    const barRow = woman > 50 && man > 50;
    if (barRow && !inBar) bars.push({ woman, man });
    if (barRow) bars[bars.length - 1] = { woman: Math.max(woman, bars.at(-1)!.woman), man: Math.max(man, bars.at(-1)!.man) };
    inBar = barRow;
  }
  return bars;
}

/**
 * Issue 17: the dashboard's bars were all the same length (Kvinna 326 and Man 291 looked equal).
 * Here the rendered bars are measured against the figures: each is as long as its value on the
 * chart's one scale, whose ticks are on screen, and each chart's table holds the same numbers.
 */
describe('Web interface, pact office: charts whose bars are as long as their figures', () => {
  let t: TestApp;
  let b: BrowserSession;

  /** `offered` placements of one gender offered in 2025, the first `filled` of them started; age bands and the programme in turn. */
  async function placements(on: { supplierId: string; contractId: string; clauseId: string }, gender: string, offered: number, filled: number): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO placement (supplier_id, contract_id, clause_id, reference, kind, offered_date, filled, start_date, end_date,
         working_time_percent, target_group, gender, age_band, establishment_programme, verification_status, created_by)
       SELECT $1, $2, $3, $4 || '-' || i, 'EMPLOYMENT', DATE '2025-01-10' + (i % 300), i <= $6,
         CASE WHEN i <= $6 THEN DATE '2025-01-20' + (i % 300) END, CASE WHEN i <= $6 THEN DATE '2025-01-20' + (i % 300) + 180 END,
         100, 'NEWCOMER', $4::placement_gender, (ARRAY['16-19', '20-24', '25-29', '30-49', '50+'])[1 + i % 5]::placement_age_band, i % 3 = 0,
         'ACCEPTED', 'test'
       FROM generate_series(1, $5::int) i`,
      [on.supplierId, on.contractId, on.clauseId, gender, offered, filled],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    const supplierId = (await createSupplier(t, { name: 'Städ & Service AB', orgNumber: orgNumber(41) })).id;
    const procurement = await insertProcurement(t.dataSource, { reference: 'SF-2025-1', unit: 'Fastighetskontoret', status: 'AWARDED', publishedAt: '2025-01-05T09:00:00Z' });
    const clauseId = await insertClause(t.dataSource, procurement, 1, 'PLACEMENTS', placementsParameters(10, 60));
    const contractId = await insertContract(t.dataSource, procurement, supplierId, '2025-01-01', '2027-12-31');
    await placements({ supplierId, contractId, clauseId }, 'WOMAN', 326, 291);
    await placements({ supplierId, contractId, clauseId }, 'MAN', 291, 184);
    await storeOutcomes(t.dataSource, '2025-12-31');
    b = await openBrowser(t);
    await signIn(b.page, b.baseUrl, t.token(Role.PactOffice));
    await b.page.goto(`${b.baseUrl}/#/dashboard?from=2025-01-01&to=2025-12-31`);
    await b.page.getByRole('heading', { level: 1, name: 'Integrationspaktens resultat' }).waitFor();
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  /** Each bar's width as a share of its track, with the value it draws and the chart's scale maximum. */
  async function bars(chart: Locator): Promise<{ value: number; share: number; max: number }[]> {
    const max = Number(await chart.locator('.chart-plot').getAttribute('data-scale-max'));
    return Promise.all((await chart.locator('.chart-bar').all()).map(async (bar) => {
      const [own, track] = await Promise.all([bar.boundingBox(), bar.locator('xpath=..').boundingBox()]);
      return { value: Number(await bar.getAttribute('data-value')), share: own!.width / track!.width, max };
    }));
  }
  const chart = (name: string) => b.page.locator(`figure[data-chart="${name}"]`);

  it('draws Kvinna 326 and Man 291 in proportion, on a visible scale from 0 to 400', async () => {
    const gender = chart('gender');
    const drawn = await bars(gender);
    expect(drawn.map((bar) => bar.value)).toEqual([326, 291, 291, 184, 0, 0, 0, 0]);
    expect(drawn[0].max).toBe(400);
    for (const bar of drawn) expect(Math.abs(bar.share - bar.value / bar.max)).toBeLessThan(0.01);
    // Offered: woman against man, 326 against 291, within 2 %.
    expect(drawn[0].share / drawn[2].share).toBeGreaterThan((326 / 291) * 0.98);
    expect(drawn[0].share / drawn[2].share).toBeLessThan((326 / 291) * 1.02);
    const ticks = gender.locator('.chart-tick');
    expect(await ticks.allTextContents()).toEqual(['0', '100', '200', '300', '400']);
    for (const tick of await ticks.all()) expect(await tick.isVisible()).toBe(true);
    // The number is written at each bar.
    expect(await gender.locator('.chart-value').allTextContents()).toEqual(['326', '291', '291', '184', '0', '0', '0', '0']);
    expect(await gender.locator('.chart-value').first().isVisible()).toBe(true);
  });

  it('draws age bands and the programme on their own scales, every bar as long as its figure', async () => {
    for (const name of ['age-band', 'programme', 'unit']) {
      const drawn = await bars(chart(name));
      expect(drawn.length).toBeGreaterThan(1);
      expect(drawn.some((bar) => bar.value > 0)).toBe(true);
      for (const bar of drawn) expect({ name, ...bar, off: Math.abs(bar.share - bar.value / bar.max) < 0.01 }).toMatchObject({ off: true });
    }
    // 617 offered in five age bands, 123 or 124 each: bars of equal figures are equally long, and distinct from 0.
    const ages = await bars(chart('age-band'));
    expect(ages.filter((bar, i) => i % 2 === 0).reduce((sum, bar) => sum + bar.value, 0)).toBe(617);
  });

  it('has each chart’s figures in a table for screen readers, under the chart’s caption', async () => {
    const table = b.page.getByRole('table', { name: 'Erbjudna och tillsatta platser per kön under perioden, antal' });
    expect(await table.getByRole('row', { name: /Kvinna/ }).locator('td').allTextContents()).toEqual(['326', '291']);
    expect(await table.getByRole('row', { name: /Man/ }).locator('td').allTextContents()).toEqual(['291', '184']);
    const units = b.page.getByRole('table', { name: 'Erbjudna och tillsatta platser per upphandlande enhet under perioden, antal' });
    expect(await units.getByRole('row', { name: /Fastighetskontoret/ }).locator('td').allTextContents()).toEqual(['617', '475']);
    // The drawing itself is hidden from screen readers, which read the table.
    expect(await chart('gender').locator('.chart-plot').getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the trend per quarter, the points at their figures, with every quarter in the table', async () => {
    const trend = chart('trend-placements');
    const table = b.page.getByRole('table', { name: 'Platser per kvartal, 2023 K1–2025 K4, antal' });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe('2023 K1' + '00');
    // Every placement of 2025 appears in its quarter; none before.
    const offered = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(offered.slice(0, 8)).toEqual(Array(8).fill('0'));
    expect(offered.slice(8).map(Number).reduce((a, c) => a + c, 0)).toBe(617);
    const svg = trend.locator('svg.chart-svg');
    const [top, bottom] = (await svg.getAttribute('data-plot'))!.split(' ').map(Number);
    const max = Number(await svg.getAttribute('data-scale-max'));
    const points = await Promise.all((await svg.locator('[data-series="offered"] [data-value]').all()).map(async (point) => ({
      value: Number(await point.getAttribute('data-value')),
      height: (bottom - Number(await point.getAttribute('data-cy'))) / (bottom - top),
    })));
    expect(points).toHaveLength(12);
    for (const point of points) expect(Math.abs(point.height - point.value / max)).toBeLessThan(0.001);
    const procurements = b.page.getByRole('table', { name: 'Upphandlingar per kvartal, 2023 K1–2025 K4, antal' });
    expect(await procurements.getByRole('row', { name: /2025 K1/ }).locator('td').allTextContents()).toEqual(['1', '0', '1']);
  });

  it('gives the annual report’s chart the same scale: an axis with its ticks, the figure at each bar', async () => {
    const pdf: Buffer = (await t.http.get('/api/results/annual-report.pdf?year=2025').set('Authorization', t.auth(Role.PactOffice))
      .buffer(true).parse(binary).expect(200)).body;
    const text = pdfText(pdf, ['-layout']);
    const chart = text.slice(text.indexOf('Erbjudna och tillsatta arbetstillfällen per enhet och kön'));
    expect(chart).toContain('Fastighetskontoret');
    expect(chart).toMatch(/erbj\. 617[\s\S]+tills\. 475/);
    expect(chart).toMatch(/\b0\s+200\s+400\s+600\s+800\b/);
    // Rendered, the bars are as long as their figures: women's part and the whole, offered against filled.
    const runs = barRuns(pdf);
    expect(runs).toHaveLength(2);
    const [offered, filled] = runs;
    expect(offered.woman / filled.woman).toBeCloseTo(326 / 291, 1);
    expect((offered.woman + offered.man) / (filled.woman + filled.man)).toBeCloseTo(617 / 475, 1);
    expect(offered.woman / offered.man).toBeCloseTo(326 / 291, 1);
  });

  it('stays clean for axe', async () => {
    expect(await seriousViolations(b.page)).toEqual([]);
    await screenshot(b.page, 'pact-office-charts');
  });
});
