import { startOfDayInStockholm, todayInStockholm } from '../common/calendar';
import { CodedFieldError, fieldError } from '../common/errors/validation-errors';
import './procurement.messages';

/**
 * A procurement may be registered as published on an earlier day (a contract already running when
 * it came into the product), never on a day still to come.
 */
export function checkPublicationDay(publishedOn: string, today: string): CodedFieldError[] {
  if (publishedOn <= today) return [];
  return [fieldError('publishedOn', 'PUBLISHED_ON_AFTER_TODAY', { publishedOn, today })];
}

/** A contract cannot start before its procurement was published. */
export function checkContractStart(startDate: string, publishedOn: string): CodedFieldError[] {
  if (startDate >= publishedOn) return [];
  return [fieldError('startDate', 'START_BEFORE_PUBLICATION', { startDate, publishedOn })];
}

/**
 * The stored publication moment: now when published today, so a body-less publish stays what it
 * was; the start of the day in Stockholm for an earlier day, so the results count it on that day.
 */
export function publicationMoment(publishedOn: string, now: Date): Date {
  return publishedOn === todayInStockholm(now) ? now : startOfDayInStockholm(publishedOn);
}
