import fc from 'fast-check';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role';
import { createTestApp, TestApp } from '../support/test-app';
import { badPathParam, fillPath, invalidBody, invalidValue, OpenApiDocument, Operation, operations } from './openapi-fuzz';

/** Cases per route and kind; `npm run fuzz` raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
jest.setTimeout(30_000 + RUNS * 2_000);

/** Every table's content, except counters that change on every request by design. */
async function fingerprint(dataSource: DataSource): Promise<string> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('rate_limit_counter') ORDER BY 1`,
  );
  const sums = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await dataSource.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`);
      return `${name}:${row.n}:${row.h}`;
    }),
  );
  return sums.join('\n');
}

function expectErrorShape(status: number, body: Record<string, unknown>, label: string): void {
  if (status >= 500) throw new Error(`${label} answered ${status}: ${JSON.stringify(body).slice(0, 500)}`);
  if (status < 400) return;
  const shapeOk =
    body.statusCode === status &&
    typeof body.error === 'string' &&
    typeof body.message === 'string' &&
    (body.fields === undefined ||
      (Array.isArray(body.fields) && body.fields.every((f) => typeof f.field === 'string' && Array.isArray(f.messages))));
  if (!shapeOk) throw new Error(`${label} answered ${status} outside the error shape: ${JSON.stringify(body).slice(0, 500)}`);
}

describe('Bad-input fuzzing of every route in the OpenAPI document', () => {
  let t: TestApp;
  let ops: Operation[];
  let requests = 0;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000000' }, { acceptLanguage: 'en' });
    const doc = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
    ops = operations(doc);
    (globalThis as Record<string, unknown>).__fuzzDoc = doc;
  });
  afterAll(async () => {
    process.stderr.write(`fuzz: ${requests} requests over ${ops.length} routes (FUZZ_RUNS=${RUNS})\n`);
    await t.close();
  });

  const doc = () => (globalThis as Record<string, unknown>).__fuzzDoc as OpenApiDocument;

  async function send(op: Operation, path: string, body?: unknown, contentType?: string) {
    requests++;
    let request = t.http[op.method.toLowerCase() as 'get'](path).set('Authorization', t.auth(Role.Admin));
    if (contentType) request = request.set('Content-Type', contentType);
    if (body !== undefined) request = request.send(body as object);
    return request;
  }

  async function checkWrite(op: Operation, label: string, run: () => Promise<{ status: number; body: Record<string, unknown> }>) {
    const writes = op.method !== 'GET';
    const before = writes ? await fingerprint(t.dataSource) : '';
    const res = await run();
    expectErrorShape(res.status, res.body, label);
    if (writes && res.status >= 400) {
      const after = await fingerprint(t.dataSource);
      if (after !== before) throw new Error(`${label} was refused with ${res.status} but changed the database`);
    }
  }

  it('finds routes to fuzz', () => {
    expect(ops.length).toBeGreaterThanOrEqual(5);
  });

  it('never answers 500 or leaves the error shape for a bad JSON body, and stores nothing', async () => {
    let cases = 0;
    for (const op of ops.filter((o) => o.bodySchema)) {
      await fc.assert(
        fc.asyncProperty(invalidBody(doc(), op.bodySchema!), async (body) => {
          cases++;
          const json = JSON.stringify(body);
          await checkWrite(op, `${op.method} ${op.path} with ${json.slice(0, 200)}`, () =>
            send(op, fillPath(op.path, {}), json, 'application/json'),
          );
        }),
        { numRuns: RUNS },
      );
    }
    expect(cases).toBeGreaterThan(0);
  });

  it('answers a malformed path parameter with a 400 naming it', async () => {
    let cases = 0;
    for (const op of ops.filter((o) => o.pathParams.length)) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...op.pathParams), badPathParam, async (param, value) => {
          cases++;
          const res = await send(op, fillPath(op.path, { [param]: value }), op.bodySchema ? {} : undefined);
          expectErrorShape(res.status, res.body, `${op.method} ${op.path} with ${param}=${value}`);
          expect([400, 404]).toContain(res.status);
        }),
        { numRuns: RUNS },
      );
    }
    expect(cases).toBeGreaterThan(0);
  });

  it('survives bad query parameters', async () => {
    for (const op of ops.filter((o) => o.queryParams.length)) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...op.queryParams.map((q) => q.name)), invalidValue, async (name, value) => {
          const query = new URLSearchParams({ [name]: typeof value === 'string' ? value.slice(0, 2000) : JSON.stringify(value) ?? '' });
          const res = await send(op, `${fillPath(op.path, {})}?${query}`);
          expectErrorShape(res.status, res.body, `${op.method} ${op.path}?${name}=…`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('refuses wrong content types and oversized bodies without storing anything', async () => {
    for (const op of ops.filter((o) => o.method !== 'GET')) {
      const path = fillPath(op.path, {});
      await checkWrite(op, `${op.method} ${op.path} as text/plain`, () => send(op, path, 'name=Bygg AB', 'text/plain'));
      await checkWrite(op, `${op.method} ${op.path} as XML`, () => send(op, path, '<supplier><name>Bygg</name></supplier>', 'application/xml'));
      await checkWrite(op, `${op.method} ${op.path} with broken JSON`, () => send(op, path, '{"a":', 'application/json'));
      await checkWrite(op, `${op.method} ${op.path} with a 5 MB body`, () =>
        send(op, path, JSON.stringify({ name: 'x'.repeat(5_000_000) }), 'application/json'),
      );
      await checkWrite(op, `${op.method} ${op.path} with broken multipart`, () =>
        send(op, path, '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc', 'multipart/form-data; boundary=x'),
      );
    }
  });

  it('keeps answering normally after the fuzzing', async () => {
    await t.http.get('/api/health').expect(200);
    await t.http.get(`/api/suppliers/${randomUUID()}`).set('Authorization', t.auth(Role.Officer)).expect(404);
  });
});
