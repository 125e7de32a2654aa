import { ApiProperty } from '@nestjs/swagger';

/** When reminders about a follow-up list's row went out: the latest, and how many occasions in all. */
export class ReminderSentDto {
  @ApiProperty({ example: '2027-03-31T04:00:12.345Z', description: 'When the latest notification about the row was written (to anyone)' })
  lastSentAt: string;

  @ApiProperty({ example: 2, description: 'Distinct occasions (a reminder repeated while a report stays overdue counts each time), whoever received them' })
  count: number;
}

/** The `reminder` property every follow-up list item carries. */
export const REMINDER_PROPERTY = {
  type: ReminderSentDto,
  nullable: true,
  description: 'When a reminder or alert about this row last went out, and how many; null when none has',
} as const;
