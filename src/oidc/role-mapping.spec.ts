import { Role } from '../auth/role';
import { mappedRole, parseRoleMap, roleClaimValues } from './role-mapping';

describe('OIDC role mapping', () => {
  const map = parseRoleMap('sc-admins=admin, sc-pact=pact_office,sc-officers=officer');

  it('reads group=role entries in order', () => {
    expect(map).toEqual([
      { value: 'sc-admins', role: Role.Admin },
      { value: 'sc-pact', role: Role.PactOffice },
      { value: 'sc-officers', role: Role.Officer },
    ]);
    expect(parseRoleMap(undefined)).toEqual([]);
    expect(parseRoleMap('  ')).toEqual([]);
  });

  it('maps a group to the matching unit, which is city staff', () => {
    expect(parseRoleMap('sc-jobbtorg=matcher')).toEqual([{ value: 'sc-jobbtorg', role: Role.Matcher }]);
  });

  it('splits an entry at its last "=", so a directory group name may hold "="', () => {
    expect(parseRoleMap('CN=sc-admins=admin')).toEqual([{ value: 'CN=sc-admins', role: Role.Admin }]);
  });

  it.each(['sc-admins', '=admin', 'sc-suppliers=supplier', 'sc=root', 'a=admin,'])('refuses "%s", naming the variable', (text) => {
    expect(() => parseRoleMap(text)).toThrow(/OIDC_ROLE_MAP/);
  });

  it('gives the role of the first entry of the map the person holds, whatever the claim order', () => {
    expect(mappedRole({ groups: ['sc-officers', 'sc-admins'] }, 'groups', map)).toBe(Role.Admin);
    expect(mappedRole({ groups: ['other', 'sc-officers'] }, 'groups', map)).toBe(Role.Officer);
    expect(mappedRole({ groups: ['other'] }, 'groups', map)).toBeUndefined();
    expect(mappedRole({}, 'groups', map)).toBeUndefined();
    expect(mappedRole({ groups: ['sc-admins'] }, 'groups', [])).toBeUndefined();
  });

  it('reads a single string, a list, or a dotted path into nested claims', () => {
    expect(roleClaimValues({ role: 'sc-pact' }, 'role')).toEqual(['sc-pact']);
    expect(roleClaimValues({ groups: ['a', 7, 'b'] }, 'groups')).toEqual(['a', 'b']);
    expect(roleClaimValues({ realm_access: { roles: ['sc-pact'] } }, 'realm_access.roles')).toEqual(['sc-pact']);
    expect(roleClaimValues({ 'http://schemas.example/role': 'x' }, 'http://schemas.example/role')).toEqual(['x']);
    expect(roleClaimValues({ groups: { admin: true } }, 'groups')).toEqual([]);
  });
});
