import { externalId, field, lookup, object } from './field-builders';
import type { ObjectDef } from './schema-types';

// The slice of the NGO's org the portal reads and writes. Custom key prefixes are made up but
// shaped like real ones (a0 + base-62 character).

const user = object({
  name: 'User',
  label: 'User',
  labelPlural: 'Users',
  keyPrefix: '005',
  custom: false,
  nameField: field('Name', 'string', { createable: false, updateable: false, calculated: true, label: 'Full Name' }),
  fields: [
    field('Username', 'string', { required: true, unique: true }),
    field('FirstName', 'string'),
    field('LastName', 'string', { required: true }),
    field('Email', 'email', { required: true }),
    field('IsActive', 'boolean', { defaultValue: true }),
  ],
});

const account = object({
  name: 'Account',
  label: 'Account',
  labelPlural: 'Accounts',
  keyPrefix: '001',
  custom: false,
  nameField: field('Name', 'string', { required: true, label: 'Account Name' }),
  fields: [
    field('Type', 'picklist', { picklistValues: ['Partner', 'Household', 'Organization'], label: 'Account Type' }),
    field('BillingCountry', 'string', { length: 80 }),
    field('BillingCountryCode', 'string', { length: 2 }),
    field('Phone', 'phone'),
    field('Website', 'url'),
    externalId('Portal_Id__c'),
  ],
});

const contact = object({
  name: 'Contact',
  label: 'Contact',
  labelPlural: 'Contacts',
  keyPrefix: '003',
  custom: false,
  // Compound name: computed from FirstName and LastName, never written directly.
  nameField: field('Name', 'string', { createable: false, updateable: false, calculated: true, label: 'Full Name' }),
  fields: [
    field('FirstName', 'string', { length: 40 }),
    field('LastName', 'string', { length: 80, required: true }),
    field('Salutation', 'picklist', { picklistValues: ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'] }),
    field('Email', 'email', { length: 80 }),
    field('Phone', 'phone'),
    field('MailingCountry', 'string', { length: 80 }),
    lookup('AccountId', 'Account', { label: 'Account ID' }),
    externalId('Portal_Id__c'),
  ],
});

const project = object({
  name: 'Project__c',
  label: 'Project',
  labelPlural: 'Projects',
  keyPrefix: 'a01',
  custom: true,
  nameField: field('Name', 'string', { required: true, length: 80, label: 'Project Name' }),
  fields: [
    externalId('Project_Code__c', { length: 10 }),
    lookup('Partner__c', 'Account', { relationshipName: 'Partner__r' }),
    field('Location__c', 'string', { length: 80 }),
    field('Country_Code__c', 'string', { length: 2 }),
    field('Active__c', 'boolean', { defaultValue: true }),
  ],
});

const child = object({
  name: 'Child__c',
  label: 'Child',
  labelPlural: 'Children',
  keyPrefix: 'a02',
  custom: true,
  nameField: field('Name', 'string', { required: true, length: 80, label: 'Child Name' }),
  fields: [
    externalId('Child_Code__c', { length: 20 }),
    field('First_Name__c', 'string', { length: 80 }),
    field('Last_Name__c', 'string', { length: 80 }),
    field('Birthdate__c', 'date'),
    field('Gender__c', 'picklist', { picklistValues: ['Female', 'Male'] }),
    field('Status__c', 'picklist', { picklistValues: ['Available', 'Sponsored', 'Departed'], defaultValue: 'Available' }),
    lookup('Project__c', 'Project__c'),
  ],
});

const sponsorship = object({
  name: 'Sponsorship__c',
  label: 'Sponsorship',
  labelPlural: 'Sponsorships',
  keyPrefix: 'a03',
  custom: true,
  nameField: field('Name', 'string', { createable: false, updateable: false, autoNumber: 'SP-{00000}', label: 'Sponsorship Number' }),
  fields: [
    lookup('Sponsor__c', 'Contact', { required: true, nillable: false }),
    lookup('Child__c', 'Child__c', { required: true, nillable: false }),
    field('Start_Date__c', 'date'),
    field('End_Date__c', 'date'),
    field('Active__c', 'boolean', { defaultValue: true }),
    field('Monthly_Amount__c', 'currency'),
    externalId('Portal_Id__c'),
  ],
});

const letter = object({
  name: 'Letter__c',
  label: 'Letter',
  labelPlural: 'Letters',
  keyPrefix: 'a04',
  custom: true,
  nameField: field('Name', 'string', { createable: false, updateable: false, autoNumber: 'L-{000000}', label: 'Letter Number' }),
  fields: [
    externalId('Portal_Id__c'),
    lookup('Sponsorship__c', 'Sponsorship__c'),
    lookup('Sponsor__c', 'Contact'),
    lookup('Child__c', 'Child__c'),
    field('Direction__c', 'picklist', { picklistValues: ['Sponsor to Child', 'Child to Sponsor'] }),
    field('Status__c', 'picklist', {
      picklistValues: ['Draft', 'Submitted', 'Screening', 'Changes Requested', 'Approved', 'Rejected', 'Printed', 'Delivered'],
      defaultValue: 'Draft',
    }),
    field('Subject__c', 'string'),
    field('Body__c', 'textarea'),
    field('Language__c', 'string'),
    field('Photo_Count__c', 'int'),
    field('Sent_At__c', 'datetime'),
  ],
});

/** Every object the sandbox serves, in describeGlobal order. */
export const OBJECT_DEFINITIONS: readonly ObjectDef[] = [account, contact, project, child, sponsorship, letter, user];
