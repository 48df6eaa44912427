import { AccountKind } from '../accounts/account.entity';
import { ChildStatus, Gender } from '../children/child.entity';
import { Role } from '../users/user.entity';

/** The demo NGO shown on first start (and mirrored later by the Salesforce sandbox). Pure data. */
export const DEMO_ORGANIZATIONS = [
  { key: 'kibera', name: 'Kibera Community Trust', country: 'KE' },
  { key: 'gulu', name: 'Gulu Hope Partners', country: 'UG' },
] as const;

export const DEMO_PROJECTS = [
  { key: 'KE', org: 'kibera', name: 'Kibera Learning Centre', country: 'KE' },
  { key: 'KN', org: 'kibera', name: 'Nakuru Farm School', country: 'KE' },
  { key: 'UG', org: 'gulu', name: 'Gulu Youth Project', country: 'UG' },
] as const;

const FIRST_NAMES: Record<string, Array<[string, Gender]>> = {
  KE: [['Amani', Gender.FEMALE], ['Baraka', Gender.MALE], ['Wanjiru', Gender.FEMALE], ['Otieno', Gender.MALE], ['Akinyi', Gender.FEMALE], ['Kamau', Gender.MALE], ['Njeri', Gender.FEMALE], ['Kipchoge', Gender.MALE], ['Zawadi', Gender.FEMALE], ['Mwangi', Gender.MALE], ['Imani', Gender.FEMALE], ['Juma', Gender.MALE]],
  KN: [['Chebet', Gender.FEMALE], ['Kiprono', Gender.MALE], ['Wambui', Gender.FEMALE], ['Ochieng', Gender.MALE], ['Nafula', Gender.FEMALE], ['Kibet', Gender.MALE]],
  UG: [['Nakato', Gender.FEMALE], ['Okello', Gender.MALE], ['Achieng', Gender.FEMALE], ['Mugisha', Gender.MALE], ['Namukasa', Gender.FEMALE], ['Ssemakula', Gender.MALE], ['Atim', Gender.FEMALE], ['Opio', Gender.MALE], ['Nansubuga', Gender.FEMALE], ['Kato', Gender.MALE]],
};
const LAST_NAMES: Record<string, string[]> = {
  KE: ['Otieno', 'Mwangi', 'Kariuki', 'Odhiambo', 'Wekesa', 'Njoroge'],
  KN: ['Rotich', 'Langat', 'Cheruiyot'],
  UG: ['Okello', 'Nakabugo', 'Mukasa', 'Ocen', 'Kiggundu'],
};

export interface DemoChild {
  code: string;
  project: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  birthDate: string;
  status: ChildStatus;
}

/** Children with deterministic codes (KE-0001 …), names and birth dates between 2011 and 2020. */
export function demoChildren(): DemoChild[] {
  return DEMO_PROJECTS.flatMap((p) =>
    FIRST_NAMES[p.key].map(([firstName, gender], i) => ({
      code: `${p.key}-${String(i + 1).padStart(4, '0')}`,
      project: p.key,
      firstName,
      lastName: LAST_NAMES[p.key][i % LAST_NAMES[p.key].length],
      gender,
      birthDate: `${2011 + ((i * 7) % 10)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`,
      status: ChildStatus.ACTIVE,
    })),
  );
}

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
