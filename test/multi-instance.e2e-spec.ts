import { getStorageToken } from '@nestjs/throttler';
import { randomBytes } from 'crypto';
import { Role } from '../src/auth/role';
import { BatchedThrottlerStorage } from '../src/common/rate-limit/batched-throttler.storage';
import { migrations } from '../migrations';
import { supplierInput, orgNumber } from './support/factories';
import { createAwardedContract, placementInput } from './support/followup-factories';
import { createAppOn, createEmptyDatabase, TestApp } from './support/test-app';

describe('Several instances on one database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let instances: TestApp[];
  const secret = randomBytes(32).toString('hex');

  beforeAll(async () => {
    database = await createEmptyDatabase();
    // Started together on an empty database: both run migrations at start.
    instances = await Promise.all([createAppOn(database.url, {}, secret), createAppOn(database.url, {}, secret)]);
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.close()));
    await database.drop();
  });

  it('applies every migration exactly once when instances start together', async () => {
    const rows = await instances[0].dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((r: { name: string }) => r.name)).toEqual(migrations.map((m) => m.name));
  });

  it('lets one instance read what the other wrote, with the same tokens', async () => {
    const [a, b] = instances;
    const created = await a.http
      .post('/api/suppliers')
      .set('Authorization', a.auth(Role.Officer))
      .send(supplierInput({ orgNumber: orgNumber(800) }))
      .expect(201);
    const read = await b.http.get(`/api/suppliers/${created.body.id}`).set('Authorization', a.auth(Role.Officer)).expect(200);
    expect(read.body.orgNumber).toBe(orgNumber(800));
  });

  it('stores one report when the same Idempotency-Key reaches both instances at once', async () => {
    const [a, b] = instances;
    const contract = await createAwardedContract(a);
    const path = `/api/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}/placements`;
    const token = a.auth(Role.Supplier, contract.supplierId);
    const body = placementInput();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).http.post(path).set('Authorization', token).set('Idempotency-Key', 'retry-7f3a').send(body),
      ),
    );
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(responses.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(ids.size).toBe(1);
    const stored = await a.dataSource.query('SELECT count(*)::int AS n FROM placement WHERE reference = $1', [body.reference]);
    expect(stored[0].n).toBe(1);
  });

  it('shares rate-limit counters between instances, as of their last flush', async () => {
    const [a, b] = await Promise.all([
      createAppOn(database.url, { RATE_LIMIT_PER_MINUTE: '4' }, secret),
      createAppOn(database.url, { RATE_LIMIT_PER_MINUTE: '4' }, secret),
    ]);
    // Each instance counts in memory and flushes in batches: once the instance that served a request
    // has flushed, and then the other, the next request on either is limited exactly (requests
    // closer together are limited within the bound test/rate-limit-sharing states).
    const flush = (instance: TestApp) => instance.app.get<BatchedThrottlerStorage>(getStorageToken()).flush();
    try {
      const token = a.auth(Role.PactOffice);
      const statuses: number[] = [];
      for (const [served, other] of [[a, b], [b, a], [a, b], [b, a], [a, b], [b, a]]) {
        statuses.push((await served.http.get('/api/suppliers').set('Authorization', token)).status);
        await flush(served);
        await flush(other);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
