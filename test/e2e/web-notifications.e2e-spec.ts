import { ConfigService } from '@nestjs/config';
import { Role } from '../../src/auth/role';
import { addDays, addMonths, todayInStockholm } from '../../src/common/calendar';
import { NotificationKind } from '../../src/notifications/notification-kinds';
import { Notifier } from '../../src/notifications/notifier';
import { RecipientsRepository } from '../../src/notifications/recipients.repository';
import { UsersService } from '../../src/users/users.service';
import { runCli } from '../support/cli';
import { BrowserSession, openBrowser, openSignInLink, screenshot, seriousViolations } from '../support/browser';
import { AwardedContract, createAwardedContract } from '../support/followup-factories';
import { createTestApp, TestApp } from '../support/test-app';
import { createUser, TestUser } from '../support/user-factories';

jest.setTimeout(120_000);

describe('Web interface, notifications: the unread count, the list, the switches, and when reminders went out', () => {
  let t: TestApp;
  let b: BrowserSession;
  let contract: AwardedContract;
  let supplierUser: TestUser;
  let pactUser: TestUser;
  const titles = ['Rapport ifrågasatt – första', 'Rapport ifrågasatt – andra', 'Rapport ifrågasatt – tredje'];

  beforeAll(async () => {
    t = await createTestApp();
    const today = todayInStockholm();
    // Started seven and a half months ago: its first two quarterly reports are overdue.
    contract = await createAwardedContract(t, { startDate: addDays(addMonths(today, -7), -15), endDate: addMonths(today, 17), contractingUnit: 'Påminnelsenämnden' });
    supplierUser = await createUser(t, { supplierId: contract.supplierId, name: 'Sara Svensson' });
    pactUser = await createUser(t, { role: Role.PactOffice, name: 'Pia Persson' });
    const publicUrl = t.app.get(ConfigService).get<string>('publicUrl') as string;
    // Three questioned reports, as the verification notifies them: each once, with its e-mail, each in its own transaction.
    for (const [i, title] of titles.entries()) {
      await t.dataSource.transaction(async (manager) => {
        const recipients = await t.app.get(RecipientsRepository).supplierUsers(manager, contract.supplierId);
        await t.app.get(Notifier).notify(manager, recipients, {
          kind: NotificationKind.ReportQuestioned, occasion: `placement:p${i}:questioned:2026-12-0${i + 1}`,
          subjectType: 'placement', subjectId: `p${i}`, contractId: contract.contractId,
          params: {
            supplierName: 'Städ & Service AB', referenceNumber: title.split(' – ')[1], clauseNumber: 1, reportSummary: `P-${i}`,
            reason: 'Anställningsavtal saknas.', link: `${publicUrl}/#/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}`,
          },
        });
      });
    }
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  const signInAs = async (user: TestUser) => openSignInLink(b.page, b.baseUrl, await t.app.get(UsersService).signInLink(user.id));
  const header = () => b.page.getByRole('banner');

  it('shows the supplier the unread count in the header, the list newest first, and marks one and then all read', async () => {
    const { page } = b;
    await signInAs(supplierUser);
    await header().getByRole('link', { name: 'Aviseringar, 3 olästa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
    const items = page.getByRole('list', { name: 'Aviseringar' }).getByRole('listitem');
    expect(await items.getByRole('heading', { level: 2 }).allTextContents()).toEqual([...titles].reverse().map((title) => `Oläst ${title}`));
    // The text is the e-mail's, in the person's language, folded away until asked for.
    await items.first().getByText('Visa hela meddelandet').click();
    await items.first().getByText('Skäl: Anställningsavtal saknas.', { exact: false }).waitFor();
    expect(await items.first().getByText('skickad med e-post', { exact: false }).count()).toBe(1);
    expect(await items.first().getByRole('link', { name: `Öppna: ${titles[2]}` }).getAttribute('href'))
      .toBe(`#/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-list');

    await page.getByRole('button', { name: `Markera som läst: ${titles[2]}` }).click();
    await page.getByText('Aviseringen är markerad som läst.').waitFor();
    await header().getByRole('link', { name: 'Aviseringar, 2 olästa' }).waitFor();
    expect(await items.getByRole('heading', { level: 2 }).allTextContents()).toEqual([titles[2], `Oläst ${titles[1]}`, `Oläst ${titles[0]}`]);
    expect(await page.getByRole('button', { name: `Markera som läst: ${titles[2]}` }).count()).toBe(0);

    await page.getByRole('link', { name: 'Olästa (2)' }).click();
    await page.getByRole('button', { name: `Markera som läst: ${titles[1]}` }).waitFor();
    expect(await items.count()).toBe(2);

    await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await page.getByText('Alla aviseringar är markerade som lästa.').waitFor();
    await page.getByText('Du har inga olästa aviseringar.').waitFor();
    await header().getByRole('link', { name: 'Aviseringar', exact: true }).waitFor();
    const [{ unread }] = await t.dataSource.query(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`, [supplierUser.id]);
    expect(unread).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets the supplier switch a kind off under Inställningar → Aviseringar, and the switch survives a reload', async () => {
    const { page } = b;
    await header().getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    const form = page.getByRole('region', { name: 'Aviseringar' });
    const switches = form.getByRole('checkbox');
    expect(await switches.count()).toBe(8);
    const overdue = form.getByRole('checkbox', { name: 'Rapport är försenad' });
    expect(await overdue.isChecked()).toBe(true);
    await form.getByText('Dagen efter att en rapport skulle ha lämnats', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'notification-settings');

    await overdue.uncheck();
    await form.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByText('Dina inställningar är sparade.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Rapport är försenad' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Rapport ifrågasatt' }).isChecked()).toBe(true);
    const [{ muted }] = await t.dataSource.query(`SELECT muted_notifications AS muted FROM user_account WHERE id = $1`, [supplierUser.id]);
    expect(muted).toEqual([NotificationKind.ReportOverdue]);
  });

  it('runs the day from the CLI; the pact office sees "Påminnelse skickad" on every overdue report it reminded of', async () => {
    const { page } = b;
    // Sara switched overdue reminders off above; her colleague still receives them.
    const colleague = await createUser(t, { supplierId: contract.supplierId, name: 'Kalle Kollega' });
    const overdue = await t.http.get('/api/follow-up/overdue-reports').query({ contractId: contract.contractId }).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(overdue.body.total).toBeGreaterThan(1);
    expect(overdue.body.items.map((i: { reminder: unknown }) => i.reminder)).toEqual(overdue.body.items.map(() => null));

    await runCli(t, ['daily', '--today', todayInStockholm()]);
    const reminded = async (userId: string) => (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'REPORT_OVERDUE' AND user_id = $1`, [userId]))[0].n;
    expect(await reminded(colleague.id)).toBe(overdue.body.total);
    // The switch Sara turned off in the web interface holds in the daily run.
    expect(await reminded(supplierUser.id)).toBe(0);

    await signInAs(pactUser);
    await page.getByRole('heading', { level: 1, name: 'Integrationspaktens resultat' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).click();
    const list = page.getByRole('region', { name: /^Försenade rapporter/ }).first();
    await list.getByRole('columnheader', { name: 'Påminnelse skickad' }).waitFor();
    const today = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(new Date());
    expect(await list.locator('tbody tr td:last-child').allTextContents()).toEqual(Array(overdue.body.total).fill(today));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'follow-up-reminder-sent');
  });

  it('shows staff the latest daily run on the dashboard, and what it sent per kind', async () => {
    const { page } = b;
    const [run] = (await t.http.get('/api/scheduled-runs').set('Authorization', t.auth(Role.PactOffice)).expect(200)).body.items;
    expect(run).toMatchObject({ runDate: todayInStockholm(), status: 'DONE' });
    const overdueSent = run.summary.notifications.REPORT_OVERDUE;
    expect(overdueSent).toBeGreaterThan(1);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Resultat' }).click();
    const panel = page.getByRole('region', { name: 'Påminnelser' });
    await panel.waitFor();
    const today = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(new Date());
    expect(await panel.locator('dd').allTextContents()).toEqual([today, 'Klar', expect.stringMatching(new RegExp(`^${today} \\d{2}:\\d{2}$`))]);
    const sent = panel.getByRole('table', { name: 'Skickade aviseringar per slag' });
    expect(await sent.getByRole('row').allTextContents()).toContain(`Rapport är försenad${overdueSent}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-reminders');
  });
});
