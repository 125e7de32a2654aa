import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { NotificationKind } from '../notification-kinds';
import { Notifier } from '../notifier';
import { RecipientsRepository } from '../recipients.repository';

/** What the sweeps need to know of the configuration. */
export interface ReminderSettings {
  /** Days before a report's due date it is reminded of (N). */
  reportDueDays: number;
  /** An overdue report is reminded again every this many days (M). */
  overdueRepeatDays: number;
  remedyDueDays: number;
  letterExpiringDays: number;
  checkInDays: number;
  /** A check-in is due this many months after the last one (as src/pact-members/check-ins.service.ts computes it). */
  checkInOverdueMonths: number;
  /** A referral's outcome is due this many days after it was made (REFERRAL_OUTCOME_DAYS). */
  referralOutcomeDays: number;
  /** The address users open; every notification's `link` starts with it. */
  publicUrl: string;
}

export function reminderSettings(
  config: Pick<AppConfig, 'reminders' | 'checkInOverdueMonths' | 'referralOutcomeDays' | 'publicUrl'>,
): ReminderSettings {
  return {
    ...config.reminders, checkInOverdueMonths: config.checkInOverdueMonths, referralOutcomeDays: config.referralOutcomeDays,
    publicUrl: config.publicUrl,
  };
}

/** One kind of reminder the daily run sends: finds what is due on `today` and notifies. */
export interface ReminderSweep {
  /** A name for the run summary. */
  kind: NotificationKind | string;
  /**
   * Finds what is due on `today` and notifies, in its own transaction(s); returns how many
   * notifications were new. Must be idempotent: running again on the same or a later day sends
   * nothing twice (the occasion keys see to that).
   */
  run(dataSource: DataSource, notifier: Notifier, recipients: RecipientsRepository, today: string, settings: ReminderSettings): Promise<number>;
}
