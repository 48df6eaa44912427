import { AccountKind } from '../accounts/account.entity';
import { ChildStatus, Gender } from '../children/child.entity';
import { Role } from '../users/user.entity';
import { demoData } from '@portal/salesforce-sandbox';

/** The demo NGO shown on first start, the same as the Salesforce sandbox's seed. Pure data. */
export const DEMO_ORGANIZATIONS = [
  { key: 'kibera', name: 'Kibera Community Trust', country: 'KE' },
  { key: 'gulu', name: 'Gulu Hope Partners', country: 'UG' },
] as const;

export const DEMO_PROJECTS = [
  { key: 'KE', org: 'kibera', name: 'Kibera Learning Centre', country: 'KE' },
  { key: 'KN', org: 'kibera', name: 'Nakuru Farm School', country: 'KE' },
  { key: 'UG', org: 'gulu', name: 'Gulu Youth Project', country: 'UG' },
] as const;

export interface DemoChild {
  code: string;
  project: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  birthDate: string;
  status: ChildStatus;
}

const STATUS: Record<string, ChildStatus> = { Sponsored: ChildStatus.ACTIVE, Available: ChildStatus.WAITING, Departed: ChildStatus.DEPARTED };

/**
 * The demo children, taken from the Salesforce sandbox's seed: the CRM is the system of record, so
 * the first sync finds the same children (by code) and changes nothing.
 */
export function demoChildren(): DemoChild[] {
  return Object.entries(demoData.DEMO_CHILDREN).flatMap(([project, children]) =>
    children.map((c) => ({
      code: c.code,
      project,
      firstName: c.firstName,
      lastName: c.lastName,
      gender: c.gender === 'Female' ? Gender.FEMALE : Gender.MALE,
      birthDate: c.birthdate,
      status: STATUS[c.status],
    })),
  );
}

/** The day every demo sponsorship started, as in the sandbox. */
export const DEMO_SPONSORSHIP_START = demoData.DEMO_SPONSORSHIP_START;

export const DEMO_ACCOUNTS = [
  { key: 'miller', name: 'Miller household', kind: AccountKind.HOUSEHOLD },
  { key: 'dubois', name: 'Famille Dubois', kind: AccountKind.HOUSEHOLD },
  { key: 'okoro', name: 'Okoro Engineering Ltd', kind: AccountKind.ORGANIZATION },
] as const;

export interface DemoUser {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  locale: string;
  org?: string;
  account?: string;
  /** Codes of the children this sponsor supports. */
  sponsors?: string[];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.portal', firstName: 'Grace', lastName: 'Admin', role: Role.STAFF_ADMIN, locale: 'en' },
  { email: 'reviewer@demo.portal', firstName: 'Samuel', lastName: 'Reviewer', role: Role.STAFF, locale: 'en' },
  { email: 'partner.kenya@demo.portal', firstName: 'Esther', lastName: 'Wanjiku', role: Role.PARTNER, locale: 'en', org: 'kibera' },
  { email: 'partner.uganda@demo.portal', firstName: 'Moses', lastName: 'Okello', role: Role.PARTNER, locale: 'en', org: 'gulu' },
  { email: 'anna.miller@demo.portal', firstName: 'Anna', lastName: 'Miller', role: Role.SPONSOR, locale: 'en', account: 'miller', sponsors: ['KE-0001', 'KE-0002', 'UG-0001'] },
  { email: 'claire.dubois@demo.portal', firstName: 'Claire', lastName: 'Dubois', role: Role.SPONSOR, locale: 'fr', account: 'dubois', sponsors: ['KE-0003', 'KN-0001', 'UG-0002', 'UG-0003'] },
  { email: 'james.okoro@demo.portal', firstName: 'James', lastName: 'Okoro', role: Role.SPONSOR, locale: 'en', account: 'okoro', sponsors: ['KE-0004', 'KE-0005', 'UG-0004'] },
];
