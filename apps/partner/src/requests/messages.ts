/** Texts of this app's requests entry (the screens' own texts are in @portal/ui's requests/messages.ts). */
export const messages = {
  navLabel: 'Requests',
} as const;
