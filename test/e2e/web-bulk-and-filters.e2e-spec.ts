import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createContractingUnit } from '../support/contracting-unit-factories';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, reportPlacement } from '../support/web-factories';

jest.setTimeout(120_000);

type Contract = Awaited<ReturnType<typeof awardedPlacementsContract>>;

describe('Web interface, pact office: accepts many questioned reports at once; filters stay in the address', () => {
  let t: TestApp;
  let b: BrowserSession;
  let first: Contract;
  let second: Contract;

  /** Reports a placement and questions it, through the API. */
  async function questioned(contract: Contract, reference: string): Promise<void> {
    await reportPlacement(t, contract, reference, 'WOMAN');
    const [{ id }] = await t.dataSource.query(`SELECT id FROM placement WHERE reference = $1`, [reference]);
    const res = await t.http.put(`/api/contracts/${contract.contractId}/reports/placements/${id}/verification`)
      .set('Authorization', t.auth(Role.PactOffice)).send({ status: 'QUESTIONED', reason: 'Anställningsavtal saknas' });
    expect(res.status).toBe(200);
  }
  const accepted = async (): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM placement WHERE verification_status = 'ACCEPTED'`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    await createContractingUnit(t);
    first = await awardedPlacementsContract(t, 1);
    second = await awardedPlacementsContract(t, 2);
    for (const ref of ['SSAB-1-01', 'SSAB-1-02', 'SSAB-1-03']) await questioned(first, ref);
    for (const ref of ['SSAB-2-01', 'SSAB-2-02']) await questioned(second, ref);
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('filters the follow-up lists by supplier, found by typing; the filter survives a reload', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).click();
    await page.getByRole('table', { name: 'Ifrågasatta rapporter (5)' }).waitFor();
    const filters = page.getByRole('search', { name: 'Filter' });
    await filters.getByLabel('Beställande nämnd').selectOption('Arbetsmarknadsnämnden');
    await filters.getByLabel('Sök på namn eller organisationsnummer').fill('Service 1');
    await filters.getByRole('radio', { name: /Städ & Service 1 AB/ }).check();
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByRole('table', { name: 'Ifrågasatta rapporter (3)' }).waitFor();
    expect(page.url()).toContain(`supplierId=${first.supplierId}`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('table', { name: 'Ifrågasatta rapporter (3)' }).waitFor();
    expect(await page.getByRole('radio', { name: /Städ & Service 1 AB/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Beställande nämnd').inputValue()).toBe('Arbetsmarknadsnämnden');
  });

  it('selects every report on the page and accepts them at once', async () => {
    const { page } = b;
    const region = page.getByRole('region', { name: 'Ifrågasatta rapporter (3)' });
    const table = region.getByRole('table', { name: 'Ifrågasatta rapporter (3)' });
    const button = region.getByRole('button', { name: /^Godkänn markerade/ });
    expect(await button.isDisabled()).toBe(true);
    await table.getByLabel('Markera alla på sidan').check();
    await region.getByRole('button', { name: 'Godkänn markerade (3)' }).waitFor();
    await table.getByLabel('Markera Plats SSAB-1-02').uncheck();
    await region.getByRole('button', { name: 'Godkänn markerade (2)' }).waitFor();
    expect(await table.getByLabel('Markera alla på sidan').isChecked()).toBe(false);
    await table.getByLabel('Markera alla på sidan').check();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pact-office-bulk-accept');
    await region.getByRole('button', { name: 'Godkänn markerade (3)' }).click();
    await page.getByText('Godkända rapporter: 3.').waitFor();
    expect(await accepted()).toBe(3);
    // Still filtered to the first supplier, whose questioned reports are all accepted now.
    await page.getByRole('heading', { name: 'Ifrågasatta rapporter (0)' }).waitFor();

    await page.getByRole('link', { name: 'Rensa filter' }).click();
    const rest = page.getByRole('region', { name: 'Ifrågasatta rapporter (2)' });
    await rest.getByLabel('Markera Plats SSAB-2-01').check();
    await rest.getByRole('button', { name: 'Godkänn markerade (1)' }).click();
    await page.getByText('Godkända rapporter: 1.').waitFor();
    await page.getByRole('table', { name: 'Ifrågasatta rapporter (1)' }).getByText('SSAB-2-02').waitFor();
    expect(await accepted()).toBe(4);
  });

  it('accepts reports still waiting for a verdict the same way', async () => {
    const { page } = b;
    await reportPlacement(t, second, 'SSAB-2-10', 'MAN');
    await reportPlacement(t, second, 'SSAB-2-11', 'WOMAN');
    await page.reload();
    const waiting = page.getByRole('region', { name: 'Rapporter att granska (2)' });
    await waiting.getByLabel('Markera alla på sidan').check();
    expect(await seriousViolations(page)).toEqual([]);
    await waiting.getByRole('button', { name: 'Godkänn markerade (2)' }).click();
    await page.getByText('Godkända rapporter: 2.').waitFor();
    await page.getByRole('heading', { name: 'Rapporter att granska (0)' }).waitFor();
    expect(await accepted()).toBe(6);
  });

  it('searches and filters the contracts list, and keeps the filters on reload', async () => {
    const { page } = b;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('heading', { level: 2, name: /AMN 2026-0101/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /AMN 2026-0102/ }).waitFor();
    const filters = page.getByRole('search', { name: 'Filter' });
    await filters.getByLabel('Sök på diarienummer, titel eller leverantör').fill('Service 2');
    await filters.getByLabel('Avtalets läge').selectOption('ACTIVE');
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/q=Service\+2/);
    await page.getByRole('heading', { level: 2, name: /AMN 2026-0102/ }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /AMN 2026-0101/ }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /AMN 2026-0102/ }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /AMN 2026-0101/ }).count()).toBe(0);
    expect(await page.getByLabel('Sök på diarienummer, titel eller leverantör').inputValue()).toBe('Service 2');

    await page.getByLabel('Avtalets läge').selectOption('ENDED');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByText('Inga träffar.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('filters procurements by the awarded supplier, kept on reload', async () => {
    const { page } = b;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Upphandlingar' }).click();
    await page.getByRole('link', { name: 'AMN 2026-0101' }).waitFor();
    const filters = page.getByRole('search', { name: 'Filter' });
    await filters.getByLabel('Sök på namn eller organisationsnummer').fill('Service 2');
    await filters.getByRole('radio', { name: /Städ & Service 2 AB/ }).check();
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(new RegExp(`supplierId=${second.supplierId}`));
    await page.reload();
    await page.getByRole('link', { name: 'AMN 2026-0102' }).waitFor();
    expect(await page.getByRole('link', { name: 'AMN 2026-0101' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
