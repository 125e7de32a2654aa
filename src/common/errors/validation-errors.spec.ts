import 'reflect-metadata';
import { IsIn, IsInt, Matches, Max, MaxLength, validateSync } from 'class-validator';
import { renderText } from '../i18n';
import { flattenValidationErrors } from './validation-errors';
import './error.messages';

class Sample {
  @IsInt() @Max(10) count: unknown;
  @IsIn(['A', 'B']) kind: unknown;
  @MaxLength(5) name: unknown;
  @Matches(/^x/, { message: 'code must start with x', context: { code: 'FIELD_BLANK' } }) code: unknown;
}

const errorsOf = (values: Record<string, unknown>) => flattenValidationErrors(validateSync(Object.assign(new Sample(), values)));

describe('class-validator checks as codes', () => {
  it('maps each check to a code with the decorator’s arguments, rendered in both languages', () => {
    const fields = errorsOf({ count: 11, kind: 'C', name: 'longer', code: 'x' });
    expect(fields.map((f) => [f.field, f.codes])).toEqual([
      ['count', [{ code: 'FIELD_MAX', params: { field: 'count', max: 10 } }]],
      ['kind', [{ code: 'FIELD_NOT_ONE_OF', params: { field: 'kind', allowed: 'A, B' } }]],
      ['name', [{ code: 'FIELD_MAX_LENGTH', params: { field: 'name', max: 5 } }]],
    ]);
    expect(renderText(fields[0].codes[0], 'sv')).toBe('count får inte vara större än 10');
    expect(fields[0].messages).toEqual(['count must not be greater than 10']);
  });

  it('takes a decorator’s own code from its context', () => {
    expect(errorsOf({ count: 1, kind: 'A', name: 'a', code: 'y' })).toEqual([
      { field: 'code', codes: [{ code: 'FIELD_BLANK', params: { field: 'code' } }], messages: ['code must not be blank'] },
    ]);
  });

  it('names a check without arguments it cannot find rather than leaving a placeholder', () => {
    const [error] = validateSync(Object.assign(new Sample(), { count: 11, kind: 'A', name: 'a', code: 'x' }));
    const fields = flattenValidationErrors([{ ...error, target: undefined }]);
    expect(fields[0].codes).toEqual([{ code: 'FIELD_INVALID', params: { field: 'count' } }]);
  });
});
