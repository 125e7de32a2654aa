import { startOfDayInStockholm, todayInStockholm } from '../common/calendar';
import { FieldError } from '../common/errors/api-error';

/**
 * A procurement may be registered as published on an earlier day (a contract already running when
 * it came into the product), never on a day still to come.
 */
export function checkPublicationDay(publishedOn: string, today: string): FieldError[] {
  if (publishedOn <= today) return [];
  return [{ field: 'publishedOn', messages: [`publishedOn ${publishedOn} must not be after today ${today}`] }];
}

/** A contract cannot start before its procurement was published. */
export function checkContractStart(startDate: string, publishedOn: string): FieldError[] {
  if (startDate >= publishedOn) return [];
  return [{ field: 'startDate', messages: [`startDate ${startDate} must not be before the publication date ${publishedOn}`] }];
}

/**
 * The stored publication moment: now when published today, so a body-less publish stays what it
 * was; the start of the day in Stockholm for an earlier day, so the results count it on that day.
 */
export function publicationMoment(publishedOn: string, now: Date): Date {
  return publishedOn === todayInStockholm(now) ? now : startOfDayInStockholm(publishedOn);
}
