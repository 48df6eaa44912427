import { Role } from '../users/user.entity';
import { canManage, invitableRoles } from './people.policy';

const viewer = (role: Role, extra: Partial<{ isAccountAdmin: boolean; accountId: string }> = {}) => ({
  userId: 'u', kind: 'person' as const, scopes: [], role, partnerOrganizationId: null, accountId: extra.accountId ?? null, isAccountAdmin: extra.isAccountAdmin ?? false,
});

describe('people policy', () => {
  it.each([
    [viewer(Role.STAFF_ADMIN), [Role.STAFF_ADMIN, Role.STAFF, Role.PARTNER, Role.SPONSOR]],
    [viewer(Role.STAFF), [Role.PARTNER, Role.SPONSOR]],
    [viewer(Role.SPONSOR, { isAccountAdmin: true, accountId: 'a' }), [Role.SPONSOR]],
    [viewer(Role.SPONSOR), []],
    [viewer(Role.PARTNER), []],
  ])('%o may invite %o', (v, roles) => {
    expect(invitableRoles(v)).toEqual(roles);
  });

  it.each([
    [viewer(Role.STAFF_ADMIN), { role: Role.STAFF, accountId: null }, true],
    [viewer(Role.STAFF), { role: Role.STAFF_ADMIN, accountId: null }, false],
    [viewer(Role.STAFF), { role: Role.SPONSOR, accountId: 'a' }, true],
    [viewer(Role.SPONSOR, { isAccountAdmin: true, accountId: 'a' }), { role: Role.SPONSOR, accountId: 'a' }, true],
    [viewer(Role.SPONSOR, { isAccountAdmin: true, accountId: 'a' }), { role: Role.SPONSOR, accountId: 'b' }, false],
    [viewer(Role.SPONSOR, { isAccountAdmin: true, accountId: 'a' }), { role: Role.PARTNER, accountId: 'a' }, false],
    [viewer(Role.SPONSOR, { accountId: 'a' }), { role: Role.SPONSOR, accountId: 'a' }, false],
  ])('%o manages %o: %s', (v, person, expected) => {
    expect(canManage(v, person)).toBe(expected);
  });
});
