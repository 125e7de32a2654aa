import { DataSource } from 'typeorm';
import { NotificationKind } from '../notification-kinds';
import { Notifier, Occasion } from '../notifier';
import { Recipient, RecipientsRepository } from '../recipients.repository';

/** Occasions notified per transaction: a failure loses little work, and locks stay short. */
const PER_TRANSACTION = 100;

/** An occasion for the users of one supplier. */
export interface SupplierOccasion {
  supplierId: string;
  occasion: Occasion<NotificationKind>;
}

/**
 * Notifies each supplier's users of their occasions, in transactions of a hundred; the users of a
 * supplier are read once per transaction (not once per occasion). Returns how many notifications
 * were new: occasions already notified count nothing, so a repeated or racing run is harmless.
 */
export async function notifySuppliers(
  dataSource: DataSource, notifier: Notifier, recipients: RecipientsRepository, occasions: SupplierOccasion[],
): Promise<number> {
  let created = 0;
  for (let at = 0; at < occasions.length; at += PER_TRANSACTION) {
    created += await dataSource.transaction(async (manager) => {
      const users = new Map<string, Recipient[]>();
      let count = 0;
      for (const { supplierId, occasion } of occasions.slice(at, at + PER_TRANSACTION)) {
        if (!users.has(supplierId)) users.set(supplierId, await recipients.supplierUsers(manager, supplierId));
        count += await notifier.notify(manager, users.get(supplierId)!, occasion);
      }
      return count;
    });
  }
  return created;
}
