import { findNulCharacter } from './reject-nul-characters.pipe';

describe('findNulCharacter', () => {
  it('finds the path of a NUL character in nested input', () => {
    expect(findNulCharacter({ lines: [{ note: 'ok' }, { note: 'a\u0000b' }] }, '')).toBe('lines.1.note');
    expect(findNulCharacter('x\u0000', 'q')).toBe('q');
  });
  it('passes clean input', () => {
    expect(findNulCharacter({ name: 'Åkeri AB', count: 3, tags: ['a'] }, '')).toBeUndefined();
  });
});
