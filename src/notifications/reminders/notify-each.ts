import { DataSource, EntityManager } from 'typeorm';
import { Notifier, Occasion } from '../notifier';
import { Recipient, RecipientsRepository } from '../recipients.repository';

/**
 * Notifies each due item in a transaction of its own, so one occasion's failure or a racing run
 * holds back no other; returns how many notifications were new.
 */
export async function notifyEach<T>(
  dataSource: DataSource, notifier: Notifier, due: T[], recipientsOf: (item: T) => Recipient[], occasionOf: (item: T) => Occasion,
): Promise<number> {
  let sent = 0;
  for (const item of due) {
    sent += await dataSource.transaction((manager) => notifier.notify(manager, recipientsOf(item), occasionOf(item)));
  }
  return sent;
}

/** The staff told about a contract: its responsible officers and the pact office, read once for all `contractIds`. */
export async function contractStaff(
  manager: EntityManager, recipients: RecipientsRepository, contractIds: string[],
): Promise<(contractId: string) => Recipient[]> {
  const officersOf = await recipients.contractOfficersOf(manager, [...new Set(contractIds)]);
  const pactOffice = await recipients.pactOffice(manager);
  return (contractId) => [...(officersOf.get(contractId) ?? []), ...pactOffice];
}
