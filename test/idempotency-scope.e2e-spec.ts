import { Role } from '../src/auth/role';
import { TokenService } from '../src/auth/token.service';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * An Idempotency-Key belongs to the supplier (any of its tokens) and to the route the request
 * reaches, however its path is spelled; another supplier's token never reaches it.
 */
describe('Idempotency keys per supplier and per route', () => {
  let t: TestApp;
  let a: AwardedContract;
  let b: AwardedContract;
  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await createAwardedContract(t), await createAwardedContract(t)];
  });
  afterAll(async () => { await t.close(); });

  const tokenFor = (supplierId: string, subject?: string) => t.app.get(TokenService).issue({ role: Role.Supplier, supplierId, subject });
  const placementsPath = (c: AwardedContract) => `/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`;
  const post = (path: string, token: string, key: string, body: Record<string, unknown>) =>
    t.http.post(path).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', key).send(body);
  const stored = async (reference: string) =>
    Number((await t.dataSource.query(`SELECT count(*) FROM placement WHERE reference = $1`, [reference]))[0].count);

  it('replays for a new token of the same supplier', async () => {
    const body = placementInput();
    const first = await post(placementsPath(a), tokenFor(a.supplierId), 'new-token-key', body);
    const retry = await post(placementsPath(a), tokenFor(a.supplierId), 'new-token-key', body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await stored(body.reference as string)).toBe(1);
  });

  it.each([
    ['an upper-case path segment', (path: string) => path.replace('/api/contracts/', '/api/Contracts/')],
    ['upper-case UUIDs', (path: string) => path.replace(a.contractId, a.contractId.toUpperCase()).replace(a.clauseIds[0], a.clauseIds[0].toUpperCase())],
    ['a trailing slash', (path: string) => `${path}/`],
  ])('replays a retry spelled with %s instead of storing a duplicate', async (_name, spell) => {
    const token = tokenFor(a.supplierId);
    const body = placementInput();
    const key = `spelling-${body.reference}`;
    const first = await post(placementsPath(a), token, key, body);
    const retry = await post(spell(placementsPath(a)), token, key, body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    expect(await stored(body.reference as string)).toBe(1);
  });

  it('never gives one supplier another’s stored record, even with the same token subject and key', async () => {
    const aBody = placementInput();
    const bBody = placementInput();
    const first = await post(placementsPath(a), tokenFor(a.supplierId, 'erp-integration'), 'shared-key', aBody);
    expect(first.status).toBe(201);

    const ownWrite = await post(placementsPath(b), tokenFor(b.supplierId, 'erp-integration'), 'shared-key', bBody);
    expect(ownWrite.status).toBe(201);
    expect(ownWrite.headers['idempotent-replayed']).toBeUndefined();
    expect(ownWrite.body.id).not.toBe(first.body.id);
    expect(ownWrite.body.reference).toBe(bBody.reference);

    const replayAttempt = await post(placementsPath(a), tokenFor(b.supplierId, 'erp-integration'), 'shared-key', aBody);
    expect(replayAttempt.status).toBe(404);
    expect(JSON.stringify(replayAttempt.body)).not.toContain(first.body.id);
  });

  it('keys the same route of another contract apart', async () => {
    const other = await createAwardedContract(t, { supplierId: a.supplierId });
    const token = tokenFor(a.supplierId);
    const first = await post(placementsPath(a), token, 'per-contract-key', placementInput());
    const onOther = await post(placementsPath(other), token, 'per-contract-key', placementInput());
    expect(first.status).toBe(201);
    expect(onOther.status).toBe(201);
    expect(onOther.body.contractId).toBe(other.contractId);
  });
});
