import { IsISO8601 } from 'class-validator';

/** A calendar date written as YYYY-MM-DD. */
export const IsIsoDate = (example = '2026-03-01'): PropertyDecorator =>
  IsISO8601({ strict: true, strictSeparator: true }, { message: ({ property }) => `${property} must be a date such as ${example}` });
