import { principalOf, Role } from '../../auth/role';
import { idempotencyRoute } from './idempotency-scope';

describe('principalOf (the idempotency scope)', () => {
  it('is the supplier for supplier tokens, whatever their subject', () => {
    expect(principalOf({ role: Role.Supplier, sub: 'erp', supplierId: 'a', via: 'dev-token' })).toBe('supplier:a');
    expect(principalOf({ role: Role.Supplier, sub: 'erp', supplierId: 'b', via: 'dev-token' })).toBe('supplier:b');
    expect(principalOf({ role: Role.Supplier, sub: 'other-token', supplierId: 'a', via: 'dev-token' })).toBe('supplier:a');
  });

  it('is role and subject for other roles', () => {
    expect(principalOf({ role: Role.PactOffice, sub: 'anna', via: 'dev-token' })).toBe('pact_office:anna');
    expect(principalOf({ role: Role.Officer, sub: 'anna', via: 'dev-token' })).not.toBe(principalOf({ role: Role.PactOffice, sub: 'anna', via: 'dev-token' }));
  });
});

describe('idempotencyRoute', () => {
  const template = '/api/contracts/:contractId/clauses/:clauseId/placements';
  const contractId = '0b7f3a51-2c4d-4e8f-9a6b-1c2d3e4f5a6b';
  const clauseId = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

  it('names the template and the parameters, sorted by name', () => {
    expect(idempotencyRoute('post', template, { contractId, clauseId })).toBe(
      `POST ${template} clauseId=${clauseId} contractId=${contractId}`,
    );
  });

  it('is the same for upper-case UUIDs', () => {
    expect(idempotencyRoute('POST', template, { contractId: contractId.toUpperCase(), clauseId })).toBe(
      idempotencyRoute('POST', template, { contractId, clauseId }),
    );
  });

  it('differs per contract and per template', () => {
    const other = { contractId: clauseId, clauseId };
    expect(idempotencyRoute('POST', template, other)).not.toBe(idempotencyRoute('POST', template, { contractId, clauseId }));
    expect(idempotencyRoute('POST', `${template}/csv`, { contractId, clauseId })).not.toBe(idempotencyRoute('POST', template, { contractId, clauseId }));
  });

  it('keeps parameters that are not UUIDs as given', () => {
    expect(idempotencyRoute('POST', '/api/x/:type', { type: 'Placement' })).toBe('POST /api/x/:type type=Placement');
  });
});
