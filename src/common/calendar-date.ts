import { registerDecorator, ValidationArguments } from 'class-validator';

/** True for a real calendar date written `YYYY-MM-DD` (so 2026-02-30 is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date `YYYY-MM-DD` without time or zone, as contracts, reports and letters are dated. */
export function IsCalendarDate(example = '2026-03-01'): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: isCalendarDate,
        defaultMessage: (args: ValidationArguments) => `${args.property} must be a calendar date in the form YYYY-MM-DD, such as ${example}`,
      },
    });
}
