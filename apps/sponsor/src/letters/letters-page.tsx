import { useState } from 'react';
import { LetterDetail } from './letter-detail';
import { LetterList } from './letter-list';
import { useFocusHeading } from './use-focus-heading';
import { WriteLetter } from './write-letter';

type View = { name: 'list'; notice?: string } | { name: 'write' } | { name: 'letter'; id: string };

/** Letters to and from the sponsor's children: list, writing, and one letter at a time. */
export function LettersPage() {
  const [view, setView] = useState<View>({ name: 'list' });
  const toList = (notice?: string) => setView({ name: 'list', notice });
  const open = (id: string) => setView({ name: 'letter', id });
  useFocusHeading(view);

  if (view.name === 'write') return <WriteLetter onCancel={() => toList()} onDone={toList} onOpen={open} />;
  if (view.name === 'letter') return <LetterDetail key={view.id} id={view.id} onBack={toList} />;
  return <LetterList notice={view.notice ?? null} onWrite={() => setView({ name: 'write' })} onOpen={open} />;
}
