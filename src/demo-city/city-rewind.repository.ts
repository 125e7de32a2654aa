import { DataSource } from 'typeorm';
import { Rewind } from './build-contracts';

/**
 * The demo's one step outside the API: a remedy period that ran out. The API sets a due date only
 * after today (as it must), so an overdue or decided remedy request is first made through the API,
 * then its due date is moved back, as the passing of time would have.
 */
export class CityRewindRepository implements Rewind {
  constructor(private readonly dataSource: DataSource) {}

  async remedyDueDate(remedyRequestId: string, dueDate: string): Promise<void> {
    await this.dataSource.query(`UPDATE remedy_request SET due_date = $2 WHERE id = $1`, [remedyRequestId, dueDate]);
  }
}
