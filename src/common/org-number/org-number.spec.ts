import { checkOrgNumber, luhnValid } from './org-number';

describe('luhnValid', () => {
  it.each(['5560360793', '2120000142', '5566778899'])('accepts %s', (digits) => {
    expect(luhnValid(digits)).toBe(true);
  });
  it.each(['5560360794', '2120000141'])('refuses %s', (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });
});

describe('checkOrgNumber', () => {
  it.each([
    ['556036-0793', '556036-0793'],
    ['5560360793', '556036-0793'],
    [' 556036 0793 ', '556036-0793'],
    ['16556036-0793', '556036-0793'],
    ['212000-0142', '212000-0142'],
  ])('normalises %p to %p', (input, normalised) => {
    expect(checkOrgNumber(input)).toEqual({ valid: true, normalised });
  });

  it('refuses a wrong check digit', () => {
    expect(checkOrgNumber('556036-0794')).toEqual({ valid: false, code: 'ORG_NUMBER_CHECK_DIGIT', reason: 'has a wrong check digit' });
  });

  it.each(['55603607', '556036-07930', 'ABCDEF-GHIJ', '', '19556036-0793'])('refuses the malformed %p', (input) => {
    expect(checkOrgNumber(input)).toMatchObject({ valid: false, reason: expect.stringMatching(/NNNNNN-NNNN/) });
  });

  it('refuses a personal identity number, even with a valid check digit', () => {
    // 811218-9876 is the Tax Agency's published test personnummer.
    expect(checkOrgNumber('811218-9876')).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/personal identity number/),
    });
  });
});
