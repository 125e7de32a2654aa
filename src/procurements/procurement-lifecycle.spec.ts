import { renderText } from '../common/i18n';
import './procurement.messages';
import { checkTransition, PROCUREMENT_TRANSITIONS } from './procurement-lifecycle';
import { ProcurementStatus as S } from './procurement.types';

describe('procurement lifecycle', () => {
  it.each([
    [S.Draft, S.Published],
    [S.Draft, S.Cancelled],
    [S.Published, S.Awarded],
    [S.Published, S.Cancelled],
    [S.Awarded, S.Completed],
    [S.Awarded, S.Cancelled],
  ])('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to)).toEqual({ allowed: true });
  });

  it.each([
    [S.Draft, S.Awarded, /DRAFT procurement cannot become AWARDED: only a published procurement can be awarded/],
    [S.Draft, S.Completed, /only an awarded procurement can be completed/],
    [S.Published, S.Draft, /no procurement returns to draft/],
    [S.Published, S.Published, /already PUBLISHED/],
    [S.Awarded, S.Published, /only a draft can be published/],
    [S.Completed, S.Cancelled, /completed or cancelled procurement cannot be cancelled/],
    [S.Cancelled, S.Published, /only a draft can be published/],
    [S.Cancelled, S.Cancelled, /already CANCELLED/],
  ])('refuses %s → %s and says why', (from, to, reason) => {
    const check = checkTransition(from, to);
    expect(check.allowed).toBe(false);
    const params = { referenceNumber: 'AMN 2026-0001', procurementStatus: from };
    expect(check.allowed === false && renderText({ code: check.code, params }, 'en')).toMatch(reason);
  });

  it('has no way out of the end states', () => {
    expect(PROCUREMENT_TRANSITIONS[S.Completed]).toEqual([]);
    expect(PROCUREMENT_TRANSITIONS[S.Cancelled]).toEqual([]);
  });
});
