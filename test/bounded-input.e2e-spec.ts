import { AddressInfo, connect } from 'net';
import type { Server } from 'http';
import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

/** Sends raw bytes to the server and returns what it answered, as text. */
async function rawRequest(server: Server, bytes: Buffer): Promise<string> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

function expectJsonError(res: { status: number; body: Record<string, unknown> }, status: number): void {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) });
}

describe('Bounded input: multipart limits, JSON depth, offsets, malformed request targets, CSP', () => {
  let t: TestApp;
  let c: AwardedContract;
  let evidencePath: string;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
    c = await createAwardedContract(t);
    const placementId = (await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(placementInput())).body.id;
    evidencePath = `/api/contracts/${c.contractId}/reports/placements/${placementId}/evidence`;
  });
  afterAll(async () => { await t.close(); });

  const upload = (path = evidencePath) => t.http.post(path).set('Authorization', t.auth(Role.Supplier, c.supplierId));

  it('refuses a multipart request with 1 MB text fields with a 413 naming the field limit', async () => {
    let request = upload();
    for (let i = 0; i < 20; i++) request = request.field(`note${i}`, 'x'.repeat(1024 * 1024));
    const res = await request.attach('file', PDF, 'intyg.pdf');
    expectJsonError(res, 413);
    expect(res.body.message).toContain('10240 bytes');
  });

  it('refuses more text fields, parts or files than a form has, with a 400 naming the limit', async () => {
    let manyFields = upload();
    for (let i = 0; i < 50; i++) manyFields = manyFields.field(`f${i}`, 'x');
    const fields = await manyFields.attach('file', PDF, 'intyg.pdf');
    expectJsonError(fields, 400);
    expect(fields.body.message).toContain('at most 5 text fields');

    const files = await upload().attach('file', PDF, 'a.pdf').attach('file', PDF, 'b.pdf');
    expectJsonError(files, 400);
    expect(files.body.message).toContain('at most 1 file');

    const wrongField = await upload().attach('document', PDF, 'a.pdf');
    expectJsonError(wrongField, 400);
    expect(wrongField.body.message).toContain('"file"');
  });

  it('applies the same limits to the CSV upload', async () => {
    let request = upload(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements/csv`);
    for (let i = 0; i < 3; i++) request = request.field(`note${i}`, 'x'.repeat(100 * 1024));
    expectJsonError(await request.attach('file', Buffer.from('reference\n'), 'a.csv'), 413);
  });

  it('ignores part headers beyond the limit instead of failing', async () => {
    const boundary = 'b0undary';
    const headers = Array.from({ length: 500 }, (_, i) => `X-Extra-${i}: ${i}\r\n`).join('');
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="intyg.pdf"\r\nContent-Type: application/pdf\r\n${headers}\r\n`),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await upload().set('Content-Type', `multipart/form-data; boundary=${boundary}`).send(body);
    expect(res.status).toBeLessThan(500);
  });

  it('answers JSON nested 3 000 deep with a 400 naming the body, before parsing it', async () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const res = await t.http.post('/api/suppliers').set('Authorization', t.auth(Role.Admin)).set('Content-Type', 'application/json').send(`{"name":${deep}}`);
    expectJsonError(res, 400);
    expect(res.body.fields).toEqual([
      { field: '(body)', messages: ['the JSON body is nested deeper than 32 levels'], codes: [{ code: 'FIELD_TOO_DEEP', params: { field: '(body)', max: 32 } }] },
    ]);
  });

  it('answers a form-encoded body nested 3 000 deep or with thousands of parameters in the error shape, never a 500', async () => {
    const nested = await t.http.post('/api/suppliers').set('Authorization', t.auth(Role.Admin))
      .set('Content-Type', 'application/x-www-form-urlencoded').send(`name${'[a]'.repeat(3000)}=x`);
    expectJsonError(nested, 400);
    const many = await t.http.post('/api/suppliers').set('Authorization', t.auth(Role.Admin))
      .set('Content-Type', 'application/x-www-form-urlencoded').send(Array.from({ length: 3000 }, (_, i) => `p${i}=1`).join('&'));
    expect(many.status).toBeGreaterThanOrEqual(400);
    expect(many.status).toBeLessThan(500);
    expect(many.body.statusCode).toBe(many.status);
  });

  it('answers deep or repeated query parameters with a 400, never a 500', async () => {
    const nested = await t.http.get(`/api/suppliers?${'a'}${'[b]'.repeat(3000)}=1`).set('Authorization', t.auth(Role.Officer));
    expectJsonError(nested, 400);
    const repeated = await t.http.get(`/api/suppliers?${Array(1500).fill('q=x').join('&')}`).set('Authorization', t.auth(Role.Officer));
    expectJsonError(repeated, 400);
    expect(repeated.body.fields[0].field).toBe('q');
  });

  it.each(['9223372036854775807', '1e400', '1000000001'])('answers offset=%s with a 400 naming offset', async (offset) => {
    const res = await t.http.get(`/api/suppliers?offset=${offset}`).set('Authorization', t.auth(Role.Officer));
    expectJsonError(res, 400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['offset']);
  });

  it('answers limit=9223372036854775807 with a 400 naming limit', async () => {
    const res = await t.http.get('/api/suppliers?limit=9223372036854775807').set('Authorization', t.auth(Role.Officer));
    expectJsonError(res, 400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['limit']);
  });

  it('answers a request target with raw non-ASCII bytes with a JSON 400 that says to percent-encode', async () => {
    const answer = await rawRequest(t.app.getHttpServer(), Buffer.from('GET /api/suppliers?q=städ HTTP/1.1\r\nHost: localhost\r\n\r\n', 'utf8'));
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('--data-urlencode') });
  });

  it('answers oversized request headers with a JSON 431', async () => {
    const answer = await rawRequest(t.app.getHttpServer(), Buffer.from(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`));
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect(JSON.parse(answer.split('\r\n\r\n')[1]).statusCode).toBe(431);
  });

  it('serves the app with script-src and style-src self only; only the Swagger UI keeps inline', async () => {
    for (const path of ['/', '/js/app.js', '/api/health']) {
      const csp = (await t.http.get(path)).headers['content-security-policy'];
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self';");
      expect(csp).not.toContain('unsafe-inline');
    }
    const docs = (await t.http.get('/api/docs')).headers['content-security-policy'];
    expect(docs).toContain("script-src 'self' 'unsafe-inline'");
  });
});
