import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  const publicUrl = 'https://klausuler.stockholm.se';

  it('keeps a path of the service, with its query and fragment', () => {
    expect(safeReturnTo('/#/contracts/42', publicUrl)).toBe('/#/contracts/42');
    expect(safeReturnTo('/?lang=en#/results', publicUrl)).toBe('/?lang=en#/results');
    expect(safeReturnTo('/', publicUrl)).toBe('/');
  });

  it.each([
    undefined,
    '',
    'https://evil.example/#/x',
    '//evil.example/#/x',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    '#/contracts',
    `/${'a'.repeat(2001)}`,
  ])('sends %j to the start page', (requested) => {
    expect(safeReturnTo(requested, publicUrl)).toBe('/');
  });
});
