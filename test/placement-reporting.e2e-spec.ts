import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract, createFollowUpSupplier, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Supplier reports placements', () => {
  let t: TestApp;
  let c: AwardedContract;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
    c = await createAwardedContract(t);
    base = `/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`;
  });
  afterAll(async () => { await t.close(); });

  const post = (body: Record<string, unknown>, token = t.token(Role.Supplier, c.supplierId), key?: string) => {
    const req = t.http.post(base).set('Authorization', `Bearer ${token}`);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const placementCount = async () => Number((await t.dataSource.query(`SELECT count(*) FROM placement`))[0].count);

  describe('refuses personal identity numbers anywhere in the payload, without storing or echoing them', () => {
    it.each([
      ['short with hyphen', { reference: '811218-9876' }, 'reference'],
      ['short without separator', { reference: '8112189876' }, 'reference'],
      ['with century and hyphen', { reference: '19811218-9876' }, 'reference'],
      ['with century, no separator', { reference: '198112189876' }, 'reference'],
      ['a coordination number', { reference: '701063-2391' }, 'reference'],
      ['inside another field', { targetGroup: 'NEWCOMER 811218-9876' }, 'targetGroup'],
      ['in a field that should not exist', { note: 'Anna, pnr 19811218-9876, började i maj' }, 'note'],
      ['as a JSON number', { workingTimePercent: 8112189876 }, 'workingTimePercent'],
    ])('%s', async (_name, overrides, field) => {
      const before = await placementCount();
      const res = await post(placementInput(overrides));
      expect(res.status).toBe(400);
      expect(res.body.fields).toMatchObject([{ field, messages: [expect.stringContaining('personal identity number')] }]);
      expect(JSON.stringify(res.body)).not.toMatch(/9876|2391/);
      expect(await placementCount()).toBe(before);
    });

    it('never writes the number to the log', async () => {
      const written: string[] = [];
      const capture = (chunk: unknown) => { written.push(String(chunk)); return true; };
      const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
      const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
      try {
        expect((await post(placementInput({ reference: '811218-9876' }))).status).toBe(400);
      } finally {
        out.mockRestore();
        err.mockRestore();
      }
      expect(written.join('')).not.toContain('9876');
    });

    it('leaves no trace in the audit trail', async () => {
      const [{ count }] = await t.dataSource.query(`SELECT count(*) FROM audit_event WHERE before::text LIKE '%9876%' OR after::text LIKE '%9876%'`);
      expect(Number(count)).toBe(0);
    });
  });

  it('answers 400 naming the field for bad input', async () => {
    const res = await post(placementInput({ ageBand: '18-25', workingTimePercent: 0 }));
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['ageBand', 'workingTimePercent']);
    const unfilled = await post(placementInput({ startDate: undefined }));
    expect(unfilled.status).toBe(400);
    expect(unfilled.body.fields).toMatchObject([{ field: 'startDate', messages: ['startDate is required for a filled placement'] }]);
  });

  it('stores the placement with its audit row, which holds the placement as answered', async () => {
    const created = await post(placementInput({ reference: 'REVISION-1' }));
    expect(created.status).toBe(201);
    const [audit] = await t.dataSource.query(
      `SELECT actor_role, entity_type, action, before, after FROM audit_event WHERE entity_id = $1`, [created.body.id],
    );
    expect(audit).toEqual({ actor_role: 'supplier', entity_type: 'placement', action: 'CREATE', before: null, after: created.body });
  });

  describe('stores neither placement nor audit row for a report it refuses', () => {
    const auditCount = async () => Number((await t.dataSource.query(`SELECT count(*) FROM audit_event WHERE entity_type = 'placement'`))[0].count);
    it.each([
      ['a kind the clause does not have', () => base, {}, { kind: 'INTERNSHIP' }, 400, 'kind'],
      ['a dialogue clause', () => base.replace(c.clauseIds[0], c.clauseIds[1]), {}, {}, 400, 'clauseId'],
      ['a kind the clause does not have, with an Idempotency-Key', () => base, { key: 'refused-kind' }, { kind: 'INTERNSHIP' }, 400, 'kind'],
    ])('%s', async (_name, path, { key }: { key?: string }, overrides, status, field) => {
      const [placements, audits] = [await placementCount(), await auditCount()];
      const req = t.http.post(path()).set('Authorization', t.auth(Role.Supplier, c.supplierId));
      const res = await (key ? req.set('Idempotency-Key', key) : req).send(placementInput(overrides));
      expect(res.status).toBe(status);
      expect(res.body.fields[0].field).toBe(field);
      expect([await placementCount(), await auditCount()]).toEqual([placements, audits]);
    });

    it('another supplier’s contract, answered 404', async () => {
      const [placements, audits] = [await placementCount(), await auditCount()];
      const other = await createFollowUpSupplier(t);
      expect((await post(placementInput(), t.token(Role.Supplier, other))).status).toBe(404);
      expect([await placementCount(), await auditCount()]).toEqual([placements, audits]);
    });
  });

  it('refuses a reference the supplier already used on another of its contracts, naming it', async () => {
    const other = await createAwardedContract(t, { supplierId: c.supplierId });
    expect((await post(placementInput({ reference: 'DUBBEL-1' }))).status).toBe(201);
    const again = await t.http.post(`/api/contracts/${other.contractId}/clauses/${other.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(placementInput({ reference: 'DUBBEL-1' }));
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('Reference DUBBEL-1 is already reported by this supplier');

    // Another supplier may use the same reference: references are unique per supplier.
    const elsewhere = await createAwardedContract(t, { supplierId: await createFollowUpSupplier(t) });
    const theirs = await t.http.post(`/api/contracts/${elsewhere.contractId}/clauses/${elsewhere.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, elsewhere.supplierId)).send(placementInput({ reference: 'DUBBEL-1' }));
    expect(theirs.status).toBe(201);
  });

  it('lets the database settle parallel reports of one reference without a key: one stored, the rest 409', async () => {
    const body = placementInput({ reference: 'KAPPLOPP-1' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect((await t.dataSource.query(`SELECT count(*) FROM placement WHERE reference = 'KAPPLOPP-1'`))[0].count).toBe('1');
  });

  it('returns the first response for a retry with the same Idempotency-Key and stores nothing new', async () => {
    const token = t.token(Role.Supplier, c.supplierId);
    const body = placementInput({ reference: 'RETRY-1' });
    const first = await post(body, token, 'key-retry-1');
    const retry = await post(body, token, 'key-retry-1');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect((await t.dataSource.query(`SELECT count(*) FROM placement WHERE reference = 'RETRY-1'`))[0].count).toBe('1');

    const different = await post(placementInput({ reference: 'RETRY-2' }), token, 'key-retry-1');
    expect(different.status).toBe(422);
    const badKey = await post(placementInput(), token, 'x'.repeat(201));
    expect(badKey.status).toBe(400);
    expect(badKey.body.fields[0].field).toBe('Idempotency-Key');
  });

  it('stores exactly one report for 50 parallel submissions with one Idempotency-Key', async () => {
    const token = t.token(Role.Supplier, c.supplierId);
    const body = placementInput({ reference: 'PARALLELL-1' });
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(body, token, 'key-parallel-1')));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    expect((await t.dataSource.query(`SELECT count(*) FROM placement WHERE reference = 'PARALLELL-1'`))[0].count).toBe('1');
    expect((await t.dataSource.query(`SELECT count(*) FROM audit_event WHERE entity_id = $1`, [responses[0].body.id]))[0].count).toBe('1');
  });
});
