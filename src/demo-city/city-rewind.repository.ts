import { DataSource } from 'typeorm';
import { Rewind } from './build-contracts';
import { MatchingRewind } from './build-matching';

/**
 * The demo's one step outside the API: time that has passed. The API sets a remedy due date only
 * after today and dates vacancies and referrals today (as it must), so a record is first made
 * through the API, then its dates are moved back, as the passing of time would have.
 */
export class CityRewindRepository implements Rewind, MatchingRewind {
  constructor(private readonly dataSource: DataSource) {}

  async remedyDueDate(remedyRequestId: string, dueDate: string): Promise<void> {
    await this.dataSource.query(`UPDATE remedy_request SET due_date = $2 WHERE id = $1`, [remedyRequestId, dueDate]);
  }

  async referredOn(referralId: string, day: string): Promise<void> {
    await this.dataSource.query(`UPDATE referral SET referred_on = $2 WHERE id = $1`, [referralId, day]);
  }

  async vacancyDates(vacancyId: string, dates: { createdOn: string; referralDeadline: string; startDate: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE vacancy SET created_on = $2, referral_deadline = $3, start_date = $4 WHERE id = $1`,
      [vacancyId, dates.createdOn, dates.referralDeadline, dates.startDate],
    );
  }
}
