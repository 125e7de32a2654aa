import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe('Evidence files on reports', () => {
  let t: TestApp;
  let c: AwardedContract;
  let placementId: string;
  beforeAll(async () => {
    t = await createTestApp({ EVIDENCE_MAX_BYTES: '2048' });
    c = await createAwardedContract(t);
    placementId = (await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(placementInput())).body.id;
  });
  afterAll(async () => { await t.close(); });

  const attach = (content: Buffer, name: string, reportType = 'placements', reportId = placementId) =>
    t.http.post(`/api/contracts/${c.contractId}/reports/${reportType}/${reportId}/evidence`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).attach('file', content, name);

  it('stores a PDF and a JPEG, recognised by their bytes, and serves them back', async () => {
    const pdf = await attach(PDF, 'anställningsavtal.pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ reportType: 'PLACEMENT', reportId: placementId, contentType: 'application/pdf', sizeBytes: PDF.length, fileName: 'anställningsavtal.pdf' });
    const jpeg = await attach(JPEG, 'kvitto.txt');
    expect(jpeg.body.contentType).toBe('image/jpeg');

    const list = await t.http.get(`/api/contracts/${c.contractId}/reports/placements/${placementId}/evidence`).set('Authorization', t.auth(Role.PactOffice));
    expect(list.body.map((f: { contentType: string }) => f.contentType)).toEqual(['application/pdf', 'image/jpeg']);

    const content = await t.http.get(`/api/contracts/${c.contractId}/evidence/${pdf.body.id}/content`).set('Authorization', t.auth(Role.PactOffice))
      .buffer(true).parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (d: Buffer) => chunks.push(d)); res.on('end', () => cb(null, Buffer.concat(chunks))); });
    expect(content.status).toBe(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(content.body, PDF)).toBe(0);
  });

  it('refuses content that is not PDF, PNG or JPEG, whatever its name', async () => {
    const res = await attach(Buffer.from('MZ\x90\x00 not a pdf'), 'intyg.pdf');
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('file');
  });

  it('refuses a file over the configured size limit', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]);
    expect((await attach(big, 'stor.pdf')).status).toBe(413);
  });

  it('refuses a file name holding a personal identity number', async () => {
    const res = await attach(PDF, '811218-9876.pdf');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain('9876');
  });

  it('answers 404 for a report that is not on the contract and 400 for an unknown report type', async () => {
    expect((await attach(PDF, 'a.pdf', 'placements', '6f1c2d3e-0000-4000-8000-000000000000')).status).toBe(404);
    const badType = await attach(PDF, 'a.pdf', 'invoices');
    expect(badType.status).toBe(400);
    expect(badType.body.fields[0].field).toBe('reportType');
  });
});
