import { NotificationKind } from '../notification-kinds';
import { Recipient } from '../recipients.repository';
import { links } from './alert-params';
import { notifyEach } from './notify-each';
import { digestOccasion, digestsByRecipient, isoWeek } from './overdue-digest-rule';
import { StaffAlertsRepository } from './staff-alerts.repository';
import { ReminderSweep } from './sweep';

const repository = new StaffAlertsRepository();

/**
 * OVERDUE_REPORTS_DIGEST: once a week, each officer gets the overdue reports of the contracts they
 * are responsible for and the pact office those of every contract, grouped per contract. The
 * first run of the week that finds some in a recipient's scope sends it; the others find it sent.
 */
export const overdueDigestSweep: ReminderSweep = {
  kind: NotificationKind.OverdueReportsDigest,
  async run(dataSource, notifier, recipients, today, settings) {
    const contracts = await repository.overdueReportsPerContract(dataSource.manager, today);
    if (contracts.length === 0) return 0;
    const officersOf = await recipients.contractOfficersOf(dataSource.manager, contracts.map((c) => c.contractId));
    // Each reads the page of its role: the follow-up lists are the pact office's, officers see their contracts.
    const withLink = (link: string) => (recipient: Recipient) => ({ userId: recipient.userId, recipient, link });
    const pactOffice = (await recipients.pactOffice(dataSource.manager)).map(withLink(links.followUpLists(settings.publicUrl)));
    const asOfficer = withLink(links.contracts(settings.publicUrl));
    const digests = digestsByRecipient(contracts, (c) => [...(officersOf.get(c.contractId) ?? []).map(asOfficer), ...pactOffice], today);
    const week = isoWeek(today);
    return notifyEach(dataSource, notifier, digests, ({ recipient }) => [recipient.recipient], ({ recipient, digest }) => ({
      kind: NotificationKind.OverdueReportsDigest, occasion: digestOccasion(today), subjectType: 'digest', subjectId: week, contractId: null,
      params: { week, weekNumber: Number(week.slice(6)), ...digest, link: recipient.link },
    }));
  },
};
