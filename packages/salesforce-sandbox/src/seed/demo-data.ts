/** The demo NGO the portal shows, as plain data keyed by stable codes (align names here, nowhere else). */

export interface DemoPartner {
  key: string;
  name: string;
  country: string;
  countryCode: string;
}

export interface DemoProject {
  code: string;
  name: string;
  location: string;
  partnerKey: string;
  countryCode: string;
}

export interface DemoChild {
  code: string;
  firstName: string;
  lastName: string;
  birthdate: string;
  gender: 'Female' | 'Male';
  status: 'Available' | 'Sponsored' | 'Departed';
}

export interface DemoSponsor {
  key: string;
  household: { name: string; type: 'Household' | 'Organization'; country: string };
  firstName: string;
  lastName: string;
  email: string;
  children: string[];
}

export const DEMO_PARTNERS: DemoPartner[] = [
  { key: 'kibera-trust', name: 'Kibera Community Trust', country: 'Kenya', countryCode: 'KE' },
  { key: 'gulu-hope', name: 'Gulu Hope Partners', country: 'Uganda', countryCode: 'UG' },
];

export const DEMO_PROJECTS: DemoProject[] = [
  { code: 'KE', name: 'Kibera Learning Centre', location: 'Kibera', partnerKey: 'kibera-trust', countryCode: 'KE' },
  { code: 'KN', name: 'Nakuru Farm School', location: 'Kibera', partnerKey: 'kibera-trust', countryCode: 'KE' },
  { code: 'UG', name: 'Gulu Youth Project', location: 'Gulu', partnerKey: 'gulu-hope', countryCode: 'UG' },
];

const KENYAN_NAMES: [string, string, DemoChild['gender']][] = [
  ['Amani', 'Otieno', 'Female'],
  ['Baraka', 'Mwangi', 'Male'],
  ['Chiku', 'Wanjiru', 'Female'],
  ['Daudi', 'Kamau', 'Male'],
  ['Eshe', 'Achieng', 'Female'],
  ['Faraji', 'Njoroge', 'Male'],
  ['Gathoni', 'Mutua', 'Female'],
  ['Hamisi', 'Omondi', 'Male'],
  ['Imani', 'Wambui', 'Female'],
  ['Jabari', 'Kiprono', 'Male'],
  ['Kioni', 'Atieno', 'Female'],
  ['Lemayian', 'Sane', 'Male'],
];

const NAKURU_NAMES: [string, string, DemoChild['gender']][] = [
  ['Makena', 'Chebet', 'Female'],
  ['Nuru', 'Kiptoo', 'Male'],
  ['Pendo', 'Jepkosgei', 'Female'],
  ['Rafiki', 'Cheruiyot', 'Male'],
  ['Subira', 'Rotich', 'Female'],
  ['Tumaini', 'Langat', 'Male'],
];

const UGANDAN_NAMES: [string, string, DemoChild['gender']][] = [
  ['Akello', 'Okello', 'Female'],
  ['Opio', 'Ocen', 'Male'],
  ['Apio', 'Acan', 'Female'],
  ['Okot', 'Odongo', 'Male'],
  ['Lamaro', 'Atim', 'Female'],
  ['Komakech', 'Ojok', 'Male'],
  ['Aber', 'Anena', 'Female'],
  ['Ocaya', 'Oryem', 'Male'],
  ['Adong', 'Laker', 'Female'],
  ['Okwera', 'Olanya', 'Male'],
];

const SPONSORED = new Set(['KE-0001', 'KE-0002', 'KE-0003', 'KE-0004', 'KE-0005', 'KN-0001', 'UG-0001', 'UG-0002', 'UG-0003', 'UG-0004']);

function children(prefix: string, names: [string, string, DemoChild['gender']][]): DemoChild[] {
  return names.map(([firstName, lastName, gender], i) => {
    const code = `${prefix}-${String(i + 1).padStart(4, '0')}`;
    // Deterministic birthdays between 2011 and 2018.
    const birthdate = `${2011 + (i % 8)}-${String((i * 5) % 12 + 1).padStart(2, '0')}-${String((i * 7) % 28 + 1).padStart(2, '0')}`;
    return { code, firstName, lastName, birthdate, gender, status: SPONSORED.has(code) ? 'Sponsored' : 'Available' };
  });
}

/** Children per project code. */
export const DEMO_CHILDREN: Record<string, DemoChild[]> = {
  KE: children('KE', KENYAN_NAMES),
  KN: children('KN', NAKURU_NAMES),
  UG: children('UG', UGANDAN_NAMES),
};

export const DEMO_SPONSORS: DemoSponsor[] = [
  {
    key: 'anna',
    household: { name: 'Miller household', type: 'Household', country: 'United States' },
    firstName: 'Anna',
    lastName: 'Miller',
    email: 'anna.miller@demo.portal',
    children: ['KE-0001', 'KE-0002', 'UG-0001'],
  },
  {
    key: 'claire',
    household: { name: 'Famille Dubois', type: 'Household', country: 'France' },
    firstName: 'Claire',
    lastName: 'Dubois',
    email: 'claire.dubois@demo.portal',
    children: ['KE-0003', 'KN-0001', 'UG-0002', 'UG-0003'],
  },
  {
    key: 'james',
    household: { name: 'Okoro Engineering Ltd', type: 'Organization', country: 'United Kingdom' },
    firstName: 'James',
    lastName: 'Okoro',
    email: 'james.okoro@demo.portal',
    children: ['KE-0004', 'KE-0005', 'UG-0004'],
  },
];

/** Every sponsorship in the demo started on this date. */
export const DEMO_SPONSORSHIP_START = '2023-01-01';
