// Domain endings we recognise without "http" or "www". Endings that are also everyday words
// ("in", "me", "be", "it", "de", "ca" as in "Ca va") are left out: a letter typed without a space
// after a full stop ("school.In the morning") would otherwise read as a link.
export const BARE_DOMAIN_TLDS = [
  'com', 'org', 'net', 'info', 'biz', 'io', 'co', 'uk', 'fr', 'ke', 'ug', 'tz', 'rw', 'ng', 'gh', 'za',
  'cm', 'sn', 'ci', 'cd', 'bf', 'ml', 'ht', 'ph', 'eu', 'nl', 'ch', 'tv', 'ly', 'xyz', 'online', 'site',
  'app', 'dev', 'edu', 'gov', 'africa', 'church', 'ngo',
];

// Endings accepted when the dot is spelled out ("example dot com", "exemple point fr").
export const SPELLED_TLDS = ['com', 'org', 'net', 'fr', 'info', 'io', 'co', 'uk', 'ke', 'ug', 'tz', 'be', 'ca', 'ch'];

// Webmail providers: "amani at gmail.com" is an address even though "at" is an ordinary word.
export const MAIL_PROVIDERS = [
  'gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'aol', 'proton',
  'protonmail', 'orange', 'wanadoo', 'free', 'laposte', 'sfr', 'gmx', 'mail', 'yandex', 'zoho',
];
