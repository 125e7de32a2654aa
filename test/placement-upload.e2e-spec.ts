import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const header = 'reference;kind;offeredDate;filled;startDate;endDate;earlyEndDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';
const row = (reference: string, overrides: Partial<Record<'gender' | 'workingTimePercent' | 'endDate', string>> = {}) =>
  [reference, 'EMPLOYMENT', '2026-02-01', 'ja', '2026-02-15', overrides.endDate ?? '2026-08-14', '', overrides.workingTimePercent ?? '100',
    'LONG_TERM_UNEMPLOYED', overrides.gender ?? 'WOMAN', '30-49', 'ja'].join(';');

describe('Supplier uploads placements as CSV', () => {
  let t: TestApp;
  let c: AwardedContract;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
    c = await createAwardedContract(t);
  });
  afterAll(async () => { await t.close(); });

  const upload = (content: string | Buffer, key?: string, token = t.token(Role.Supplier, c.supplierId)) => {
    const req = t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements/csv`).set('Authorization', `Bearer ${token}`);
    return (key ? req.set('Idempotency-Key', key) : req).attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), 'placeringar.csv');
  };
  const stored = async () => Number((await t.dataSource.query(`SELECT count(*) FROM placement WHERE contract_id = $1`, [c.contractId]))[0].count);

  it('stores every row of a valid file', async () => {
    const res = await upload([header, row('CSV-1'), row('CSV-2'), row('CSV-3')].join('\r\n'));
    expect(res.status).toBe(201);
    expect(res.body.stored).toBe(3);
    expect(res.body.items[0]).toMatchObject({ reference: 'CSV-1', gender: 'WOMAN', ageBand: '30-49', establishmentProgramme: true, filled: true });
    expect(await stored()).toBe(3);
    const audit = await t.dataSource.query(
      `SELECT entity_id, action, actor_role, after->>'reference' AS reference, after->>'source' AS source
       FROM audit_event WHERE entity_type = 'placement' AND entity_id = ANY($1::uuid[]) ORDER BY after->>'reference'`,
      [res.body.items.map((i: { id: string }) => i.id)],
    );
    expect(audit).toEqual(['CSV-1', 'CSV-2', 'CSV-3'].map((reference, i) => ({
      entity_id: res.body.items[i].id, action: 'CREATE', actor_role: 'supplier', reference, source: 'csv',
    })));
  });

  it('reads comma-separated files with a BOM', async () => {
    const text = [header, row('CSV-COMMA-1')].join('\n').replace(/;/g, ',');
    const res = await upload(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(res.status).toBe(201);
    expect(res.body.items[0].reference).toBe('CSV-COMMA-1');
  });

  it('stores nothing when any row is wrong, and lists an error per row', async () => {
    const before = await stored();
    const res = await upload([header, row('CSV-10'), row('CSV-11', { gender: 'OKÄNT' }), row('CSV-12'), row('CSV-1'), row('CSV-14', { workingTimePercent: '120' }), row('811218-9876')].join('\n'));
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['rows.3.gender', 'rows.6.workingTimePercent', 'rows.7.reference', 'rows.5.reference']);
    expect(res.body.fields[3].messages[0]).toContain('CSV-1 is already reported by this supplier');
    expect(JSON.stringify(res.body)).not.toContain('9876');
    expect(await stored()).toBe(before);
  });

  it('refuses a file that is not UTF-8 or has unknown columns', async () => {
    const latin1 = Buffer.from(`${header}\n${row('Å-1')}`, 'latin1');
    const res = await upload(latin1);
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ field: 'file', messages: [expect.stringContaining('UTF-8')] });

    const named = await upload(`${header};namn\n${row('CSV-20')};Anna Andersson`);
    expect(named.status).toBe(400);
    expect(named.body.fields[0].messages[0]).toContain('unknown columns: namn');
  });

  it('answers a retry with the same Idempotency-Key with the first response', async () => {
    const token = t.token(Role.Supplier, c.supplierId);
    const file = [header, row('CSV-RETRY-1'), row('CSV-RETRY-2')].join('\n');
    const first = await upload(file, 'csv-key-1', token);
    const retry = await upload(file, 'csv-key-1', token);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect((await t.dataSource.query(`SELECT count(*) FROM placement WHERE reference LIKE 'CSV-RETRY-%'`))[0].count).toBe('2');
  });

  it('needs a file', async () => {
    const res = await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements/csv`).set('Authorization', t.auth(Role.Supplier, c.supplierId));
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('file');
  });
});
