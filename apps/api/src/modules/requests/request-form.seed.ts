import type { EntityManager } from 'typeorm';
import { RequestAudience, RequestForm } from './request-form.entity';
import { RequestFieldType as T, type FieldDefinition } from './request-validation';

const f = (key: string, label: string, type: T, required: boolean, helpText: string | null = null, options: string[] = []): FieldDefinition => ({ key, label, type, required, helpText, options });

/** The demo NGO's request forms (pure data). */
export const DEMO_REQUEST_FORMS: Array<Pick<RequestForm, 'nameEn' | 'nameFr' | 'audience' | 'responseDays' | 'fields'>> = [
  {
    nameEn: 'Change my address',
    nameFr: 'Changer mon adresse',
    audience: RequestAudience.SPONSOR,
    responseDays: 5,
    fields: [
      f('street', 'Street and number', T.TEXT, true),
      f('postcode', 'Postcode', T.TEXT, true),
      f('city', 'City', T.TEXT, true),
      f('country', 'Country', T.SELECT, true, null, ['United Kingdom', 'France', 'Belgium', 'Switzerland', 'Other']),
      f('moving_date', 'Moving date', T.DATE, false, 'From when should we write to the new address?'),
    ],
  },
  {
    nameEn: 'Question about my child',
    nameFr: 'Question sur mon enfant',
    audience: RequestAudience.SPONSOR,
    responseDays: 7,
    fields: [
      f('child_name', 'Which child?', T.TEXT, true, 'The first name of the child you sponsor.'),
      f('question', 'Your question', T.LONG_TEXT, true, 'We answer within a week; some questions need the project team.'),
      f('may_share', 'You may share my question with the project team', T.CHECKBOX, false),
    ],
  },
  {
    nameEn: 'Report a problem at the project',
    nameFr: 'Signaler un problème au projet',
    audience: RequestAudience.PARTNER,
    responseDays: 3,
    fields: [
      f('category', 'What kind of problem?', T.SELECT, true, null, ['Safety', 'Building or equipment', 'Health', 'Funding', 'Other']),
      f('happened_on', 'When did it happen?', T.DATE, true),
      f('description', 'What happened', T.LONG_TEXT, true, 'Do not write children’s full names here.'),
      f('people_affected', 'How many people are affected?', T.NUMBER, false),
      f('photo', 'Photo or document', T.ATTACHMENT, false, 'A PDF or a photo, up to 10 MB.'),
    ],
  },
];

/** Seeds the demo forms (inside the demo seed's transaction). */
export async function seedRequestForms(em: EntityManager): Promise<void> {
  for (const form of DEMO_REQUEST_FORMS) await em.save(em.create(RequestForm, { ...form, active: true }));
}
