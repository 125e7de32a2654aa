import { Role } from '../auth/role';
import { UserStatus } from '../users/entities/user-account.entity';
import {
  answerDelayMs,
  codeMatches,
  codeRequestedMessage,
  hashOfCode,
  maySignInByCode,
  newSignInCode,
  REQUEST_ANSWER_MS,
  signInCodeKey,
} from './sign-in-code-rules';

const USER = '0b6c2f9e-6d1a-4a7e-9a43-1c2b3d4e5f60';

describe('sign-in codes', () => {
  it('are six digits, leading zeros kept, and spread over the whole range', () => {
    const codes = Array.from({ length: 2000 }, newSignInCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((c) => c < '100000')).toBe(true);
    expect(codes.some((c) => c >= '900000')).toBe(true);
  });

  it('are stored as an HMAC that needs the server secret and differs per user', () => {
    const key = signInCodeKey('a signing secret of at least 32 characters');
    const hash = hashOfCode(key, USER, '042137');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(hashOfCode(signInCodeKey('another signing secret, 32 characters'), USER, '042137'));
    expect(hash).not.toBe(hashOfCode(key, '11111111-6d1a-4a7e-9a43-1c2b3d4e5f60', '042137'));
    expect(codeMatches(key, USER, '042137', hash)).toBe(true);
    expect(codeMatches(key, USER, '042138', hash)).toBe(false);
    expect(codeMatches(key, USER, '42137', hash)).toBe(false);
  });

  it('are sent only to suppliers’ users who are not disabled', () => {
    expect(maySignInByCode({ role: Role.Supplier, status: UserStatus.Active })).toBe(true);
    expect(maySignInByCode({ role: Role.Supplier, status: UserStatus.Invited })).toBe(true);
    expect(maySignInByCode({ role: Role.Supplier, status: UserStatus.Disabled })).toBe(false);
    for (const role of [Role.Admin, Role.Officer, Role.PactOffice]) expect(maySignInByCode({ role, status: UserStatus.Active })).toBe(false);
  });

  it('answer every request after the same time, whatever work it took', () => {
    expect(answerDelayMs(0)).toBe(REQUEST_ANSWER_MS);
    expect(answerDelayMs(40)).toBe(REQUEST_ANSWER_MS - 40);
    expect(answerDelayMs(REQUEST_ANSWER_MS + 5)).toBe(0);
  });

  it('answer in Swedish unless the browser asks for English', () => {
    expect(codeRequestedMessage(undefined)).toMatch(/^Om adressen hör till ett konto/);
    expect(codeRequestedMessage('sv-SE,sv;q=0.9,en;q=0.8')).toMatch(/^Om adressen/);
    expect(codeRequestedMessage('en-GB,en;q=0.9')).toMatch(/^If the address belongs/);
  });
});
