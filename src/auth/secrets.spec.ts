import { hashOfSecret, newSecret, sameSecret } from './secrets';

describe('secrets', () => {
  it('are 32 random bytes in base64url, different each time', () => {
    const one = newSecret();
    expect(one).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(one);
  });

  it('are stored as their sha256 in hex, never as themselves', () => {
    expect(hashOfSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compare equal only when identical, whatever the length', () => {
    expect(sameSecret('same', 'same')).toBe(true);
    expect(sameSecret('same', 'sama')).toBe(false);
    expect(sameSecret('short', 'longer one')).toBe(false);
    expect(sameSecret('', 'x')).toBe(false);
  });
});
