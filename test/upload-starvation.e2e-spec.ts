import { AddressInfo } from 'net';
import request from 'supertest';
import { Role } from '../src/auth/role';
import { MAX_CSV_ROWS } from '../src/reporting/placements-csv';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const header = 'reference;kind;offeredDate;filled;startDate;endDate;earlyEndDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';
const csv = (prefix: string) => [header, ...Array.from({ length: MAX_CSV_ROWS }, (_, i) =>
  `${prefix}-${i};EMPLOYMENT;2026-02-01;ja;2026-02-15;2026-08-14;;100;LONG_TERM_UNEMPLOYED;${i % 2 ? 'WOMAN' : 'MAN'};30-49;nej`)].join('\n');

/**
 * Twelve full-size uploads from one supplier at once, on a real listening server: the supplier's
 * excess uploads are refused at once, and meanwhile another supplier reports and health answers.
 */
describe('One supplier’s uploads do not starve the others', () => {
  let t: TestApp;
  let busy: AwardedContract;
  let other: AwardedContract;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp({ CSV_UPLOADS_PER_SUPPLIER: '2' }, { acceptLanguage: 'en' });
    [busy, other] = [await createAwardedContract(t), await createAwardedContract(t)];
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => { await t.close(); });

  it('refuses the excess uploads with 429 and Retry-After, stores the accepted ones whole, and keeps serving others', async () => {
    const uploads = Array.from({ length: 12 }, (_, n) =>
      request(base).post(`/api/contracts/${busy.contractId}/clauses/${busy.clauseIds[0]}/placements/csv`)
        .set('Authorization', t.auth(Role.Supplier, busy.supplierId))
        .attach('file', Buffer.from(csv(`BULK${n}`)), `placeringar-${n}.csv`)
        .then((res) => ({ n, res })));
    let uploading = true;
    const settled = Promise.all(uploads).finally(() => { uploading = false; });

    const health: { status: number; ms: number }[] = [];
    const polling = (async () => {
      while (uploading) {
        const started = Date.now();
        const res = await request(base).get('/api/health');
        health.push({ status: res.status, ms: Date.now() - started });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const report = await request(base).post(`/api/contracts/${other.contractId}/clauses/${other.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, other.supplierId)).send(placementInput());
    const results = await settled;
    await polling;

    expect(report.status).toBe(201);
    expect(health.length).toBeGreaterThan(0);
    expect(health.filter((h) => h.status !== 200)).toEqual([]);

    expect(results.map(({ res }) => res.status).sort()).toEqual([201, 201, ...Array(10).fill(429)]);
    const accepted = results.filter(({ res }) => res.status === 201);
    const refused = results.filter(({ res }) => res.status === 429);
    for (const { res } of refused) {
      expect(res.headers['retry-after']).toBe('10');
      expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'UPLOADS_BUSY', params: { seconds: 10 } });
    }
    for (const { n, res } of accepted) {
      expect(res.body.stored).toBe(MAX_CSV_ROWS);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM placement WHERE reference LIKE $1`, [`BULK${n}-%`]);
      expect(count).toBe(MAX_CSV_ROWS);
    }
    const [{ count: refusedRows }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM placement WHERE split_part(reference, '-', 1) = ANY($1::text[])`,
      [refused.map(({ n }) => `BULK${n}`)],
    );
    expect(refusedRows).toBe(0);

    const again = await request(base).post(`/api/contracts/${busy.contractId}/clauses/${busy.clauseIds[0]}/placements/csv`)
      .set('Authorization', t.auth(Role.Supplier, busy.supplierId)).attach('file', Buffer.from(csv('AFTER')), 'placeringar.csv');
    expect(again.status).toBe(201);
    process.stdout.write(`health during uploads: ${health.length} polls, max ${Math.max(...health.map((h) => h.ms))} ms\n`);
  }, 240_000);
});
