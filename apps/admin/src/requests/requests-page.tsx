import { useState } from 'react';
import { FormsPage } from './forms-page';
import { RequestQueue } from './request-queue';
import { StaffThread } from './staff-thread';
import './requests.css';

type View = { name: 'queue' } | { name: 'request'; id: string } | { name: 'forms' };

/** Staff requests area: the queue, one request's thread, and the form editor. */
export function RequestsPage() {
  const [view, setView] = useState<View>({ name: 'queue' });
  const toQueue = () => setView({ name: 'queue' });
  if (view.name === 'request') return <StaffThread key={view.id} id={view.id} onBack={toQueue} />;
  if (view.name === 'forms') return <FormsPage onBack={toQueue} />;
  return <RequestQueue onOpen={(id) => setView({ name: 'request', id })} onForms={() => setView({ name: 'forms' })} />;
}
