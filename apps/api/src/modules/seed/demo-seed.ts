import type { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Child } from '../children/child.entity';
import { PartnerOrganization } from '../partners/partner-organization.entity';
import { Project } from '../projects/project.entity';
import { Sponsorship } from '../sponsorships/sponsorship.entity';
import { Role, User, UserStatus } from '../users/user.entity';
import { hashPassword } from '../../auth/password';
import { seedRequestForms } from '../requests/request-form.seed';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PROJECTS, DEMO_SPONSORSHIP_START, DEMO_USERS, demoChildren } from './demo-data';

/** Seeds the demo NGO into an empty database, in one transaction. Returns false when data exists. */
export async function seedDemoData(dataSource: DataSource, password: string): Promise<boolean> {
  if ((await dataSource.getRepository(User).count()) > 0) return false;
  const passwordHash = await hashPassword(password);
  await dataSource.transaction(async (em) => {
    const orgs = new Map<string, PartnerOrganization>();
    for (const o of DEMO_ORGANIZATIONS) {
      orgs.set(o.key, await em.save(em.create(PartnerOrganization, { name: o.name, country: o.country, salesforceId: null })));
    }
    const projects = new Map<string, Project>();
    for (const p of DEMO_PROJECTS) {
      const org = orgs.get(p.org)!;
      projects.set(p.key, await em.save(em.create(Project, { name: p.name, code: p.key, country: p.country, partnerOrganizationId: org.id, salesforceId: null })));
    }
    const children = new Map<string, Child>();
    for (const c of demoChildren()) {
      const entity = em.create(Child, {
        code: c.code,
        firstName: c.firstName,
        lastName: c.lastName,
        birthDate: c.birthDate,
        gender: c.gender,
        status: c.status,
        projectId: projects.get(c.project)!.id,
        photoKey: null,
        salesforceId: null,
      });
      children.set(c.code, await em.save(entity));
    }
    const accounts = new Map<string, Account>();
    for (const a of DEMO_ACCOUNTS) {
      accounts.set(a.key, await em.save(em.create(Account, { name: a.name, kind: a.kind, salesforceId: null })));
    }
    for (const u of DEMO_USERS) {
      const user = await em.save(
        em.create(User, {
          email: u.email,
          firstName: u.firstName,
          lastName: u.lastName,
          displayName: `${u.firstName} ${u.lastName}`,
          locale: u.locale,
          role: u.role,
          passwordHash,
          status: UserStatus.ACTIVE,
          isAccountAdmin: u.role === Role.SPONSOR,
          accountId: u.account ? accounts.get(u.account)!.id : null,
          partnerOrganizationId: u.org ? orgs.get(u.org)!.id : null,
          salesforceId: null,
        }),
      );
      for (const code of u.sponsors ?? []) {
        await em.save(
          em.create(Sponsorship, {
            sponsorId: user.id,
            childId: children.get(code)!.id,
            startDate: DEMO_SPONSORSHIP_START,
            endDate: null,
            active: true,
            salesforceId: null,
          }),
        );
      }
    }
    await seedRequestForms(em);
  });
  return true;
}
