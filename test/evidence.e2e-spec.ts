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
    t = await createTestApp({ EVIDENCE_MAX_BYTES: '2048', EVIDENCE_MAX_FILES_PER_REPORT: '20' });
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

  const fetchContent = (fileId: string, contractId = c.contractId) =>
    t.http.get(`/api/contracts/${contractId}/evidence/${fileId}/content`).set('Authorization', t.auth(Role.PactOffice));

  it('stores and serves a file under a name whose extension matches its detected type', async () => {
    const polyglot = await attach(Buffer.concat([PDF, Buffer.from('<html><script>alert(1)</script></html>')]), 'poly.html');
    expect(polyglot.status).toBe(201);
    expect(polyglot.body).toMatchObject({ contentType: 'application/pdf', fileName: 'poly.html.pdf' });
    const res = await fetchContent(polyglot.body.id);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="poly.html.pdf"; filename*=UTF-8''poly.html.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a file stored before names followed the type under such a name', async () => {
    const stored = await attach(JPEG, 'bild.jpg');
    await t.dataSource.query(`UPDATE evidence_file SET file_name = 'gammal.html' WHERE id = $1`, [stored.body.id]);
    expect((await fetchContent(stored.body.id)).headers['content-disposition']).toContain(`filename*=UTF-8''gammal.html.jpg`);
  });

  it('gives a name with % and non-ASCII letters an ASCII stand-in and the real name in filename*', async () => {
    const stored = await attach(PDF, '100% klart – åäö.pdf');
    expect(stored.body.fileName).toBe('100% klart – åäö.pdf');
    const disposition = (await fetchContent(stored.body.id)).headers['content-disposition'];
    expect(disposition).toBe(`attachment; filename="100_ klart _ ___.pdf"; filename*=UTF-8''${encodeURIComponent('100% klart – åäö.pdf')}`);
  });

  it.each([
    ['100% klart.pdf', '100% klart.pdf'],
    ['avtal; bilaga 2.pdf', 'avtal; bilaga 2.pdf'],
    ['"citat" och \'apostrof\'.pdf', 'citat och \'apostrof\'.pdf'],
    ['rad\nbrytning\r.pdf', 'radbrytning.pdf'],
    ['Отчёт №1.pdf', 'Отчёт №1.pdf'],
    ['تقرير العمل.pdf', 'تقرير العمل.pdf'],
    ['報告書 (2026).pdf', '報告書 (2026).pdf'],
  ])('round-trips the name %j: stored as %j and downloaded under it, with an ASCII stand-in beside', async (sent, stored) => {
    const res = await attach(PDF, sent);
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe(stored);
    const disposition = String((await fetchContent(res.body.id)).headers['content-disposition']);
    const [, fallback, encoded] = /^attachment; filename="([\x20-\x7e]*)"; filename\*=UTF-8''([A-Za-z0-9%!._~-]+)$/.exec(disposition) ?? [];
    expect(fallback).not.toMatch(/["\\%]/);
    expect(decodeURIComponent(encoded)).toBe(stored);
  });

  it('answers 404 for a report that is not on the contract and 400 for an unknown report type', async () => {
    expect((await attach(PDF, 'a.pdf', 'placements', '6f1c2d3e-0000-4000-8000-000000000000')).status).toBe(404);
    const badType = await attach(PDF, 'a.pdf', 'invoices');
    expect(badType.status).toBe(400);
    expect(badType.body.fields[0].field).toBe('reportType');
  });
});

describe('Evidence quotas', () => {
  let t: TestApp;
  let c: AwardedContract;
  const placements: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ EVIDENCE_MAX_BYTES: '2048', EVIDENCE_MAX_FILES_PER_REPORT: '3', EVIDENCE_MAX_BYTES_PER_SUPPLIER: '4096' });
    c = await createAwardedContract(t);
    for (let i = 0; i < 3; i++) {
      placements.push((await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`)
        .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(placementInput())).body.id);
    }
  });
  afterAll(async () => { await t.close(); });

  const attach = (reportId: string, content: Buffer, name = 'intyg.pdf') =>
    t.http.post(`/api/contracts/${c.contractId}/reports/placements/${reportId}/evidence`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).attach('file', content, name);
  const stored = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM evidence_file WHERE supplier_id = $1`, [c.supplierId]))[0].n);

  it('refuses a file over EVIDENCE_MAX_FILES_PER_REPORT with a 413 naming the quota, even when sent at once', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => attach(placements[0], PDF)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 413, 413]);
    const refused = results.find((r) => r.status === 413)!;
    expect(refused.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(refused.body.message).toContain('EVIDENCE_MAX_FILES_PER_REPORT');
    expect(await stored()).toBe(3);
  });

  it('refuses a file over EVIDENCE_MAX_BYTES_PER_SUPPLIER across its reports, even when sent at once', async () => {
    const file = Buffer.concat([PDF, Buffer.alloc(1500 - PDF.length, 0x20)]);
    const before = Number((await t.dataSource.query(`SELECT coalesce(sum(size_bytes), 0) AS b FROM evidence_file WHERE supplier_id = $1`, [c.supplierId]))[0].b);
    const fits = Math.floor((4096 - before) / file.length);
    const results = await Promise.all([placements[1], placements[1], placements[2], placements[2]].map((id) => attach(id, file)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(fits);
    expect(results.filter((r) => r.status === 413).every((r) => r.body.message.includes('EVIDENCE_MAX_BYTES_PER_SUPPLIER'))).toBe(true);
    const after = Number((await t.dataSource.query(`SELECT sum(size_bytes) AS b FROM evidence_file WHERE supplier_id = $1`, [c.supplierId]))[0].b);
    expect(after).toBeLessThanOrEqual(4096);
  });
});
