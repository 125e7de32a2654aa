import { findIllFormedText } from './reject-ill-formed-text.pipe';

describe('findIllFormedText', () => {
  it('finds the path of a NUL character in nested input', () => {
    expect(findIllFormedText({ lines: [{ note: 'ok' }, { note: 'a\u0000b' }] }, '')).toBe('lines.1.note');
    expect(findIllFormedText('x\u0000', 'q')).toBe('q');
  });
  it('finds a lone surrogate, in a value or a key', () => {
    expect(findIllFormedText({ contactEmail: '\ud800' }, '')).toBe('contactEmail');
    expect(findIllFormedText({ ['a\udc00']: 1 }, '')).toBe('a\udc00');
  });
  it('passes clean input, emoji included', () => {
    expect(findIllFormedText({ name: 'Åkeri AB 🙂', count: 3, tags: ['a'] }, '')).toBeUndefined();
  });
});
