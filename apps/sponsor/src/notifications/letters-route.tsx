import { useItemSeen, useRouter } from '@portal/ui';
import { LetterDetail } from '../letters/letter-detail';
import { LettersPage } from '../letters/letters-page';

/** "letters/<id>" (the link in a notification or its email) opens that letter and marks its notifications seen; "letters" the list. */
export function LettersRoute() {
  const { path, navigate } = useRouter();
  const id = /^letters\/([A-Za-z0-9_-]+)$/.exec(path)?.[1];
  useItemSeen(id);
  if (id) return <LetterDetail key={id} id={id} onBack={() => navigate('letters')} />;
  return <LettersPage />;
}
