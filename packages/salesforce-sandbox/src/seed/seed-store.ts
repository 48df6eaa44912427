import type { SalesforceStore, WriteContext } from '../store/store';
import { DEMO_CHILDREN, DEMO_PARTNERS, DEMO_PROJECTS, DEMO_SPONSORS, DEMO_SPONSORSHIP_START } from './demo-data';

/** Inserts the demo NGO (partners, projects, children, sponsors, sponsorships) in one transaction. */
export function seedDemoData(store: SalesforceStore, ctx: WriteContext = {}): void {
  store.transaction(() => {
    const partnerIds = new Map<string, string>();
    for (const partner of DEMO_PARTNERS) {
      const account = store.create(
        'Account',
        { Name: partner.name, Type: 'Partner', BillingCountry: partner.country, BillingCountryCode: partner.countryCode, Portal_Id__c: `partner-${partner.key}` },
        ctx,
      );
      partnerIds.set(partner.key, account.Id);
    }
    const childIds = new Map<string, string>();
    for (const project of DEMO_PROJECTS) {
      const created = store.create(
        'Project__c',
        {
          Name: project.name,
          Project_Code__c: project.code,
          Location__c: project.location,
          Country_Code__c: project.countryCode,
          Partner__c: partnerIds.get(project.partnerKey),
        },
        ctx,
      );
      for (const child of DEMO_CHILDREN[project.code] ?? []) {
        const record = store.create(
          'Child__c',
          {
            Name: `${child.firstName} ${child.lastName}`,
            Child_Code__c: child.code,
            First_Name__c: child.firstName,
            Last_Name__c: child.lastName,
            Birthdate__c: child.birthdate,
            Gender__c: child.gender,
            Status__c: child.status,
            Project__c: created.Id,
          },
          ctx,
        );
        childIds.set(child.code, record.Id);
      }
    }
    for (const sponsor of DEMO_SPONSORS) {
      const account = store.create(
        'Account',
        { Name: sponsor.household.name, Type: sponsor.household.type, BillingCountry: sponsor.household.country },
        ctx,
      );
      const contact = store.create(
        'Contact',
        {
          FirstName: sponsor.firstName,
          LastName: sponsor.lastName,
          Email: sponsor.email,
          AccountId: account.Id,
          MailingCountry: sponsor.household.country,
          Portal_Id__c: `sponsor-${sponsor.key}`,
        },
        ctx,
      );
      for (const code of sponsor.children) {
        store.create(
          'Sponsorship__c',
          { Sponsor__c: contact.Id, Child__c: childIds.get(code), Start_Date__c: DEMO_SPONSORSHIP_START, Active__c: true },
          ctx,
        );
      }
    }
  });
}
