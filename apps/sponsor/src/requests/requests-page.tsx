import { RequestsArea } from '@portal/ui';

/** Requests to the NGO: the shared requester screens (forms, my requests, threads). */
export function RequestsPage() {
  // The document's language until users choose theirs in settings (i18n adds it).
  return <RequestsArea />;
}
