import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role';
import { createTestApp, TestApp } from '../support/test-app';
import { BOUNDARY, deepJson, deepQuery, multipartAttack } from './input-attacks';
import { fillPath, OpenApiDocument, Operation, operations } from './openapi-fuzz';

/** Cases per route and kind; `npm run fuzz` raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
jest.setTimeout(60_000 + RUNS * 3_000);

async function rowCounts(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT (SELECT count(*) FROM evidence_file) AS evidence, (SELECT count(*) FROM placement) AS placements, (SELECT count(*) FROM audit_event) AS audit`,
  );
  return JSON.stringify(row);
}

function expectErrorShape(res: { status: number; body: Record<string, unknown> }, allowed: number[], label: string): void {
  if (!allowed.includes(res.status)) throw new Error(`${label} answered ${res.status} (expected ${allowed.join('/')}): ${JSON.stringify(res.body).slice(0, 300)}`);
  const body = res.body;
  if (body.statusCode !== res.status || typeof body.error !== 'string' || typeof body.message !== 'string') {
    throw new Error(`${label} answered ${res.status} outside the error shape: ${JSON.stringify(body).slice(0, 300)}`);
  }
}

describe('Size and shape attacks: multipart limits and nesting depth on every route', () => {
  let t: TestApp;
  let ops: Operation[];
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000000' }, { acceptLanguage: 'en' });
    ops = operations((await t.http.get('/api/docs-json')).body as OpenApiDocument);
  });
  afterAll(async () => { await t.close(); });

  it('refuses every multipart attack on every upload route with 400 or 413 in the error shape, storing nothing', async () => {
    const uploads = ops.filter((o) => o.multipart);
    expect(uploads.length).toBeGreaterThanOrEqual(2);
    let cases = 0;
    for (const op of uploads) {
      await fc.assert(
        fc.asyncProperty(multipartAttack, async (attack) => {
          cases++;
          const before = await rowCounts(t.dataSource);
          const res = await t.http[op.method.toLowerCase() as 'post' | 'put'](fillPath(op.path, { reportType: 'placements' })).set('Authorization', t.auth(Role.Admin))
            .set('Content-Type', `multipart/form-data; boundary=${BOUNDARY}`).send(attack.body);
          expectErrorShape(res, attack.statuses, `${op.path} with ${attack.label}`);
          expect(await rowCounts(t.dataSource)).toBe(before);
        }),
        { numRuns: RUNS },
      );
    }
    expect(cases).toBeGreaterThan(0);
  });

  it('answers JSON nested too deep with a 400 naming the body on every route that takes JSON', async () => {
    let cases = 0;
    for (const op of ops.filter((o) => o.bodySchema && !o.multipart)) {
      await fc.assert(
        fc.asyncProperty(deepJson, async ({ label, json }) => {
          cases++;
          const res = await t.http[op.method.toLowerCase() as 'post'](fillPath(op.path, {})).set('Authorization', t.auth(Role.Admin))
            .set('Content-Type', 'application/json').send(json);
          expectErrorShape(res, [400], `${op.method} ${op.path} with ${label}`);
          expect(res.body.fields).toEqual([{
            field: '(body)', messages: [expect.stringContaining('deeper than 32 levels')], codes: [{ code: 'FIELD_TOO_DEEP', params: { field: '(body)', max: 32 } }],
          }]);
        }),
        { numRuns: Math.max(2, Math.floor(RUNS / 4)) },
      );
    }
    expect(cases).toBeGreaterThan(0);
  });

  it('answers deep or repeated query keys on every list route with a 400 (431 when over 16 kB) in the error shape', async () => {
    for (const op of ops.filter((o) => o.method === 'GET' && o.queryParams.some((q) => q.name === 'offset'))) {
      await fc.assert(
        fc.asyncProperty(deepQuery, async (query) => {
          const res = await t.http.get(`${fillPath(op.path, {})}?${query}`).set('Authorization', t.auth(Role.Admin));
          // A query string over Node's 16 kB header limit is refused by its parser: a JSON 431.
          expectErrorShape(res, [400, 431], `${op.path}?${query.slice(0, 80)}…`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('keeps answering normally after the attacks', async () => {
    await t.http.get('/api/health').expect(200);
    await t.http.get('/api/suppliers').set('Authorization', t.auth(Role.Officer)).expect(200);
  });
});
