import { multipartLimitException, multipartLimits } from './multipart-limits';

describe('multipartLimitException', () => {
  const limits = multipartLimits(2048);

  it.each([
    ['LIMIT_FILE_SIZE', 413, '2048 bytes'],
    ['LIMIT_FIELD_VALUE', 413, '10240 bytes'],
    ['LIMIT_FIELD_COUNT', 400, 'at most 5 text fields'],
    ['LIMIT_FILE_COUNT', 400, 'at most 1 file'],
    ['LIMIT_PART_COUNT', 400, 'at most 6 parts'],
    ['LIMIT_FIELD_KEY', 400, '100 bytes'],
    ['LIMIT_UNEXPECTED_FILE', 400, '"file"'],
  ])('answers %s with %i naming the limit', (code, status, text) => {
    const exception = multipartLimitException(code, 'ignored', limits);
    expect(exception.getStatus()).toBe(status);
    expect(exception.message).toContain(text);
  });

  it('answers the parser\'s own errors with a 400 and never echoes a multer message naming a field', () => {
    expect(multipartLimitException(undefined, 'Unexpected end of form', limits).message).toContain('Unexpected end of form');
    const named = multipartLimitException('LIMIT_FIELD_NESTING', 'Field name nesting too deep: 811218-9876[a][b]', limits);
    expect(named.getStatus()).toBe(400);
    expect(named.message).not.toContain('9876');
  });
});
