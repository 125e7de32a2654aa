import fc from 'fast-check';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role';
import { AwardedContract, createAwardedContract, placementInput } from '../support/followup-factories';
import { createMember } from '../support/pact-members-factories';
import { personalNumberVariant, PersonalNumberVariant } from '../support/personal-number-variants';
import { createTestApp, TestApp } from '../support/test-app';

/** Cases per route; `npm run fuzz` raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
jest.setTimeout(60_000 + RUNS * 3_000);

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const CSV_HEADER = 'reference;kind;offeredDate;filled;startDate;endDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';
const csvRow = (reference: string) => `${reference};EMPLOYMENT;2026-02-01;ja;2026-02-15;2026-08-14;100;LONG_TERM_UNEMPLOYED;WOMAN;25-29;nej`;

/** Every table's rows, except the rate-limit counters that every request changes by design. */
async function fingerprint(dataSource: DataSource): Promise<string> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limit_counter' ORDER BY 1`,
  );
  const sums = await Promise.all(tables.map(async ({ name }) => {
    const [row] = await dataSource.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`);
    return `${name}:${row.n}:${row.h}`;
  }));
  return sums.join('\n');
}

interface Target {
  name: string;
  /** The field the 400 must name. */
  field: string | RegExp;
  ascii?: boolean;
  send(text: string): Promise<{ status: number; body: Record<string, unknown> }>;
}

describe('Personal identity numbers, however written, are refused on every route and role', () => {
  let t: TestApp;
  let c: AwardedContract;
  let memberId: string;
  let placementId: string;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000000' }, { acceptLanguage: 'en' });
    c = await createAwardedContract(t);
    memberId = (await createMember(t)).id as string;
    placementId = (await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(placementInput())).body.id;
  });
  afterAll(async () => { await t.close(); });

  const supplier = () => t.auth(Role.Supplier, c.supplierId);
  const clause = (i: number) => `/api/contracts/${c.contractId}/clauses/${c.clauseIds[i]}`;
  const targets = (): Target[] => [
    { name: 'placement reference (supplier)', field: 'reference', send: (x) => t.http.post(`${clause(0)}/placements`).set('Authorization', supplier()).send(placementInput({ reference: x })) },
    { name: 'meeting participants (supplier)', field: 'participants', send: (x) => t.http.post(`${clause(1)}/dialogue-meetings`).set('Authorization', supplier())
      .send({ meetingKind: 'FIRST', heldOn: '2026-02-10', participants: `HR-chef, ${x}`, outcome: 'Två platser' }) },
    { name: 'check-in notes (pact office)', field: 'notes', send: (x) => t.http.post(`/api/pact-members/${memberId}/check-ins`).set('Authorization', t.auth(Role.PactOffice))
      .send({ heldOn: '2026-03-01', participants: ['Integrationspaktens kansli'], notes: x }) },
    { name: 'check-in follow-up action (pact office)', field: 'followUpActions.0', send: (x) => t.http.post(`/api/pact-members/${memberId}/check-ins`).set('Authorization', t.auth(Role.PactOffice))
      .send({ heldOn: '2026-03-01', participants: ['Kansliet'], followUpActions: [x] }) },
    { name: 'supplier city (officer)', field: 'city', send: (x) => t.http.patch(`/api/suppliers/${c.supplierId}`).set('Authorization', t.auth(Role.Officer)).send({ city: x }) },
    { name: 'query q (officer)', field: 'query.q', send: (x) => t.http.get('/api/suppliers').query({ q: x }).set('Authorization', t.auth(Role.Officer)) },
    { name: 'Idempotency-Key (supplier)', field: 'Idempotency-Key', ascii: true, send: (x) => t.http.post(`${clause(0)}/placements`).set('Authorization', supplier())
      .set('Idempotency-Key', x.trim() || 'k').send(placementInput()) },
    { name: 'evidence file name (supplier)', field: 'file', send: (x) => t.http.post(`/api/contracts/${c.contractId}/reports/placements/${placementId}/evidence`)
      // The multipart parser keeps only what follows the last slash: a folder part never reaches the service.
      .set('Authorization', supplier()).attach('file', PDF, `${x.replace(/[\\/]/g, '_')}.pdf`) },
    { name: 'CSV cell (supplier)', field: /^rows\.2\.reference$/, send: (x) => t.http.post(`${clause(0)}/placements/csv`).set('Authorization', supplier())
      .attach('file', Buffer.from(`${CSV_HEADER}\n${csvRow(x)}\n`), 'placements.csv') },
  ];

  it.each(targets().map((target) => [target.name]))('%s', async (name) => {
    const target = targets().find((candidate) => candidate.name === name)!;
    let cases = 0;
    await fc.assert(fc.asyncProperty(personalNumberVariant({ ascii: target.ascii }), async ({ text, date }: PersonalNumberVariant) => {
      cases++;
      const before = await fingerprint(t.dataSource);
      const res = await target.send(text);
      const label = `${name} with ${JSON.stringify(text)}`;
      expect({ label, status: res.status }).toEqual({ label, status: 400 });
      const fields = (res.body.fields as { field: string; messages: string[] }[]).map((f) => f.field);
      expect(fields.some((f) => (typeof target.field === 'string' ? f === target.field : target.field.test(f)))).toBe(true);
      expect(String(res.body.message)).toContain('personal identity number');
      const echoed = JSON.stringify(res.body);
      expect(echoed).not.toContain(date);
      if (text.trim().length > 4) expect(echoed).not.toContain(text.trim());
      expect(await fingerprint(t.dataSource)).toBe(before);
    }), { numRuns: RUNS });
    expect(cases).toBe(RUNS);
  });

  it('refuses the file name the issue found stored: 900101<TAB>1239.pdf, stored as 9001011239.pdf after cleaning', async () => {
    const evidenceCount = async () => Number((await t.dataSource.query(`SELECT count(*) FROM evidence_file`))[0].count);
    const before = await evidenceCount();
    const res = await t.http.post(`/api/contracts/${c.contractId}/reports/placements/${placementId}/evidence`)
      .set('Authorization', supplier()).attach('file', PDF, '900101\t1239.pdf');
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('file');
    expect(await evidenceCount()).toBe(before);
  });

  it('does not repeat a number from the path of an unknown route, nor take one as a request id', async () => {
    const res = await t.http.get('/api/people/19900101-1239').set('Authorization', t.auth(Role.Officer)).set('X-Request-Id', '900101-1239');
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toMatch(/900101|1239/);
    expect(res.headers['x-request-id']).not.toContain('900101');
  });

  it('still accepts UUIDs, ISO dates, organisation numbers and ordinary references', async () => {
    const res = await t.http.post(`${clause(0)}/placements`).set('Authorization', supplier()).set('Idempotency-Key', randomUUID())
      .send(placementInput({ reference: `ANST-0042-${randomUUID().slice(0, 4)}`, offeredDate: '2026-02-01' }));
    expect(res.status).toBe(201);
    const search = await t.http.get('/api/suppliers').query({ q: '556036-0793' }).set('Authorization', t.auth(Role.Officer));
    expect(search.status).toBe(200);
  });
});
