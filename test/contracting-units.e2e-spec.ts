import { Role } from '../src/auth/role';
import { ContractingUnitsService } from '../src/contracting-units/contracting-units.service';
import { contractingUnitInput, createContractingUnit, uploadLetterhead } from './support/contracting-unit-factories';
import { corruptPng, jpegHeader, pngImage } from './support/images';
import { createTestApp, TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('Contracting units: the support contact and letterhead of each unit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());
  const officer = () => t.auth(Role.Officer);

  it('registers a unit once per Idempotency-Key and lists it for the pact office', async () => {
    const sameOfficer = officer();
    const send = () => t.http.post('/api/contracting-units').set('Authorization', sameOfficer).set('Idempotency-Key', 'unit-1')
      .send(contractingUnitInput({ name: 'Socialnämnden' }));
    const first = await send().expect(201);
    expect(first.body).toMatchObject({
      name: 'Socialnämnden',
      supportContact: { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', name: 'Anna Lind', email: 'jobbtorg@stockholm.se', phone: '08-508 00 508' },
      letterhead: null,
    });
    const again = await send().expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);

    const list = await t.http.get('/api/contracting-units?q=social').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([first.body.id]);
    await t.http.get(`/api/contracting-units/${first.body.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
  });

  it('refuses a second unit of the same name in another letter case (409)', async () => {
    await createContractingUnit(t, { name: 'Kulturnämnden' });
    const res = await t.http.post('/api/contracting-units').set('Authorization', officer()).send(contractingUnitInput({ name: 'KULTURNÄMNDEN' })).expect(409);
    expect(res.body.message).toMatch(/Kulturnämnden already exists/);
  });

  it.each([
    [{ supportContact: undefined }, 'supportContact'],
    [{ supportContact: 'Jobbtorg' }, 'supportContact'],
    [{ supportContact: { name: 'Anna Lind' } }, 'supportContact.unit'],
    [{ supportContact: { unit: 'Jobbtorg', email: 'inte en adress' } }, 'supportContact.email'],
    [{ supportContact: { unit: 'Jobbtorg', phone: 'ring mig' } }, 'supportContact.phone'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ penaltySek: 1 }, 'penaltySek'],
  ])('refuses %j with a 400 naming %s', async (overrides, field) => {
    const res = await t.http.post('/api/contracting-units').set('Authorization', officer()).send(contractingUnitInput(overrides)).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('replaces the whole support contact on PATCH and records each change in the audit trail', async () => {
    const unit = await createContractingUnit(t, { name: 'Stadsbyggnadsnämnden' });
    const res = await t.http.patch(`/api/contracting-units/${unit.id}`).set('Authorization', officer())
      .send({ supportContact: { unit: 'Stadsbyggnadskontoret', email: 'sbk@stockholm.se' } }).expect(200);
    expect(res.body.supportContact).toEqual({ unit: 'Stadsbyggnadskontoret', name: null, email: 'sbk@stockholm.se', phone: null });
    expect(res.body.name).toBe('Stadsbyggnadsnämnden');
    for (const body of [{ name: null }, { supportContact: null }]) {
      const refused = await t.http.patch(`/api/contracting-units/${unit.id}`).set('Authorization', officer()).send(body).expect(400);
      expect(refused.body.fields.map((f: { field: string }) => f.field)).toContain(Object.keys(body)[0]);
    }
    await uploadLetterhead(t, unit.id, pngImage(300, 80));
    await t.http.delete(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', officer()).expect(204);

    const audit = await t.http.get(`/api/audit?entityType=contracting_unit&entityId=${unit.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['REMOVE_LETTERHEAD', 'SET_LETTERHEAD', 'UPDATE', 'CREATE']);
    expect(audit.body.items[2].before.supportContact.phone).toBe('08-508 00 508');
  });

  it('stores a PNG letterhead and serves it back byte for byte', async () => {
    const unit = await createContractingUnit(t, { name: 'Utbildningsnämnden' });
    const image = pngImage(600, 160);
    const set = await uploadLetterhead(t, unit.id, image, 'Utbildning logga.png');
    expect(set.letterhead).toMatchObject({ mediaType: 'image/png', width: 600, height: 160 });
    const got = await t.http.get(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', t.auth(Role.PactOffice))
      .buffer(true).parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); })
      .expect(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.body as Buffer, image)).toBe(0);

    const jpeg = await uploadLetterhead(t, unit.id, jpegHeader(800, 200), 'logga.jpg');
    expect(jpeg.letterhead).toMatchObject({ mediaType: 'image/jpeg', width: 800, height: 200 });
  });

  it('refuses a letterhead that is not a PNG or JPEG, is corrupt, too large, or missing', async () => {
    const unit = await createContractingUnit(t, { name: 'Idrottsnämnden' });
    const put = () => t.http.put(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', officer());
    const pdf = await put().attach('file', Buffer.from('%PDF-1.7\n%…'), 'logo.png').expect(400);
    expect(pdf.body.fields).toMatchObject([{ field: 'file', messages: [expect.stringMatching(/PNG or JPEG/)] }]);
    const corrupt = await put().attach('file', corruptPng(), 'logo.png').expect(400);
    expect(corrupt.body.fields[0].messages[0]).toBe('file is not a readable PNG image');
    await put().attach('file', Buffer.concat([pngImage(10, 10), Buffer.alloc(512 * 1024)]), 'big.png').expect(413);
    const none = await put().field('note', 'ingen fil').expect(400);
    expect(none.body.fields[0].field).toBe('file');

    const after = await t.http.get(`/api/contracting-units/${unit.id}`).set('Authorization', officer()).expect(200);
    expect(after.body.letterhead).toBeNull();
    await t.http.get(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', officer()).expect(404);
    await t.http.delete(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', officer()).expect(404);
  });

  it('gives the documents of a procurement its unit’s contact and letterhead, found whatever the letter case', async () => {
    const unit = await createContractingUnit(t, { name: 'Exploateringsnämnden', supportContact: { unit: 'Exploateringskontoret', email: 'expl@stockholm.se' } });
    const logo = pngImage(300, 80);
    await uploadLetterhead(t, unit.id, logo);
    const units = t.app.get(ContractingUnitsService);
    const facts = await units.forProcurement(' exploateringsNÄMNDEN ');
    expect(facts.supportContact).toEqual({ unit: 'Exploateringskontoret', email: 'expl@stockholm.se' });
    expect(facts.letterhead).toMatchObject({ mediaType: 'image/png', width: 300, height: 80 });
    expect(Buffer.compare(facts.letterhead!.image, logo)).toBe(0);
    await expect(units.supportContactFor('EXPLOATERINGSNÄMNDEN')).resolves.toEqual(facts.supportContact);

    await expect(units.supportContactFor('Okänd nämnd')).resolves.toEqual({ unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', phone: '08-508 00 508' });
    await expect(units.forProcurement('Okänd nämnd')).resolves.toEqual({
      supportContact: { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', phone: '08-508 00 508' },
      letterhead: null,
    });
  });

  it('answers 404 for an unknown unit and 400 naming a malformed id', async () => {
    await t.http.get(`/api/contracting-units/${UNKNOWN}`).set('Authorization', officer()).expect(404);
    await t.http.patch(`/api/contracting-units/${UNKNOWN}`).set('Authorization', officer()).send({ name: 'Ny' }).expect(404);
    await t.http.put(`/api/contracting-units/${UNKNOWN}/letterhead`).set('Authorization', officer()).attach('file', pngImage(20, 10), 'a.png').expect(404);
    const bad = await t.http.get('/api/contracting-units/not-a-uuid').set('Authorization', officer()).expect(400);
    expect(bad.body.fields[0].field).toBe('id');
  });

  it('lets the pact office read but not write, and refuses every route to suppliers (403)', async () => {
    const unit = await createContractingUnit(t, { name: 'Miljö- och hälsoskyddsnämnden' });
    await uploadLetterhead(t, unit.id, pngImage(100, 40));
    const pact = t.auth(Role.PactOffice);
    await t.http.post('/api/contracting-units').set('Authorization', pact).send(contractingUnitInput({ name: 'Annan' })).expect(403);
    await t.http.patch(`/api/contracting-units/${unit.id}`).set('Authorization', pact).send({ name: 'Annan' }).expect(403);
    await t.http.delete(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', pact).expect(403);

    const supplier = t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001');
    await t.http.get('/api/contracting-units').set('Authorization', supplier).expect(403);
    await t.http.get(`/api/contracting-units/${unit.id}`).set('Authorization', supplier).expect(403);
    await t.http.get(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', supplier).expect(403);
    await t.http.post('/api/contracting-units').set('Authorization', supplier).send(contractingUnitInput({ name: 'Annan' })).expect(403);
    await t.http.patch(`/api/contracting-units/${unit.id}`).set('Authorization', supplier).send({ name: 'Annan' }).expect(403);
    await t.http.put(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', supplier).attach('file', pngImage(20, 10), 'a.png').expect(403);
    await t.http.delete(`/api/contracting-units/${unit.id}/letterhead`).set('Authorization', supplier).expect(403);
  });
});
