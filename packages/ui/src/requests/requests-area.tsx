import { useState } from 'react';
import { currentLanguage } from '../i18n/i18n';
import { MyRequests } from './my-requests';
import { messages } from './messages';
import { NewRequest } from './new-request';
import { RequestThread } from './request-thread';
import { useRouter } from '../router/router';

type View = { name: 'list'; notice?: string } | { name: 'new' } | { name: 'request'; id: string; notice?: string };

/** The requester's requests screen (sponsor and partner apps): list, a new request, one request's thread. */
/** `language` picks the forms' names; by default the language the portal is shown in. */
export function RequestsArea({ language = currentLanguage() }: { language?: string }) {
  // A notification links to "requests/<id>": open that request first.
  const { path } = useRouter();
  const linked = /^requests\/([^/]+)$/.exec(path)?.[1];
  const [view, setView] = useState<View>(linked ? { name: 'request', id: decodeURIComponent(linked) } : { name: 'list' });
  const toList = () => setView({ name: 'list' });
  if (view.name === 'new') return <NewRequest language={language} onCancel={toList} onOpened={(id) => setView({ name: 'request', id, notice: messages.sent })} />;
  if (view.name === 'request') return <RequestThread key={view.id} id={view.id} language={language} notice={view.notice ?? null} onBack={toList} />;
  return <MyRequests language={language} notice={view.notice ?? null} onNew={() => setView({ name: 'new' })} onOpen={(id) => setView({ name: 'request', id })} />;
}
