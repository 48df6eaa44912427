import type { ChildRef } from './file-matcher.types';

/** One partner's children, chosen to collide: shared first and last names, near-identical names, accents. */
export const CHILDREN: ChildRef[] = [
  { id: 'amani-otieno', code: 'KE-0042', firstName: 'Amani', lastName: 'Otieno' },
  { id: 'baraka-otieno', code: 'KE-0043', firstName: 'Baraka', lastName: 'Otieno' },
  { id: 'imani-otieno', code: 'KE-0044', firstName: 'Imani', lastName: 'Otieno' },
  { id: 'amani-kariuki', code: 'KE-0007', firstName: 'Amani', lastName: 'Kariuki' },
  { id: 'zoe-mwangi', code: 'KE-0100', firstName: 'Zoé', lastName: 'Mwangi' },
  { id: 'grace-wanjiru', code: 'KE-1234', firstName: 'Grace', lastName: 'Wanjiru' },
  { id: 'ali-hassan', code: 'KE-0001', firstName: 'Ali', lastName: 'Hassan' },
  { id: 'marie-claire', code: 'KE-0315', firstName: 'Marie-Claire', lastName: 'Nduwimana' },
  { id: 'jean-paul', code: 'KE-0316', firstName: 'Jean Paul', lastName: 'Habimana' },
  { id: 'chloe-njeri', code: 'ke-200', firstName: 'Chloë', lastName: 'Njeri' },
  { id: 'joseph-kamau-1', code: 'KE-0500', firstName: 'Joseph', lastName: 'Kamau' },
  { id: 'joseph-kamau-2', code: 'KE-0501', firstName: 'Joseph', lastName: 'Kamau' },
];
