import { useMutation, useQuery } from '@apollo/client/react';
import { PartnerAssignUploadChildDocument, UploadChildSearchDocument, type NeedsAttentionUploadFragment } from '@portal/graphql-types';
import { Button, FormAlert, TextField, useDebouncedValue, useT } from '@portal/ui';
import { useId, useState } from 'react';

type Child = { id: string; firstName: string; lastName: string | null; code: string; photoUrl: string | null };
const childLabel = (c: Child) => `${c.firstName} ${c.lastName ?? ''}`.trim() + ` (${c.code})`;

/** Files the matcher was not sure about: the partner assigns the right child in one click. */
export function NeedsAttentionList({ uploads, onFixed }: { uploads: NeedsAttentionUploadFragment[]; onFixed: () => void }) {
  const t = useT();
  const id = useId();
  if (uploads.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="needs-attention">
      <h3 id={`${id}-h`}>{t('Needs attention')}</h3>
      <p className="muted">{t('We could not tell with confidence which child these files show. Choose the child.')}</p>
      <ul className="attention-list">
        {uploads.map((u) => (
          <NeedsAttentionItem key={u.id} upload={u} onFixed={onFixed} />
        ))}
      </ul>
    </section>
  );
}

function NeedsAttentionItem({ upload, onFixed }: { upload: NeedsAttentionUploadFragment; onFixed: () => void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 300);
  const { data } = useQuery(UploadChildSearchDocument, { variables: { search: term }, skip: !term });
  const [assign, { loading }] = useMutation(PartnerAssignUploadChildDocument);
  const [problems, setProblems] = useState<string[]>([]);
  const suggested = upload.candidates.map((c) => c.child).filter((c): c is Child => !!c);
  const found = term ? (data?.children.nodes ?? []) : [];
  const choices = [...suggested, ...found.filter((c) => !suggested.some((s) => s.id === c.id))];

  async function choose(child: Child) {
    if (loading) return;
    try {
      const { data: result } = await assign({ variables: { input: { uploadId: upload.id, childId: child.id } } });
      const errors = result?.assignUploadChild.userErrors ?? [];
      if (errors.length) return setProblems(errors.map((e) => e.message));
      setProblems([]);
      onFixed();
    } catch {
      setProblems([t('We could not save the choice. Check your connection and try again.')]);
    }
  }

  return (
    <li className="attention-item card">
      {upload.media && <img className="attention-thumb" src={upload.media.thumbnailUrl} alt={t('Photo from {{file}}', { file: upload.fileName })} width={120} />}
      <div>
        <p>
          <strong>{upload.fileName}</strong>
          {upload.folderPath && <span className="muted"> {t('in')} {upload.folderPath}</span>}
        </p>
        {upload.reason && <p className="muted">{upload.reason}</p>}
        <FormAlert messages={problems} />
        <TextField label={t('Find the child for {{file}}', { file: upload.fileName })} hint={t('By child code or name')} type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
        {term && found.length === 0 && data && <p className="muted">{t('No children match “')}{term}”.</p>}
        <div className="attention-choices">
          {choices.map((child) => (
            <Button key={child.id} variant="secondary" onClick={() => void choose(child)} aria-disabled={loading || undefined}>
              {child.photoUrl && <img className="choice-photo" src={child.photoUrl} alt="" width={32} height={32} />}
              {t('This is {{child}}', { child: childLabel(child) })}
            </Button>
          ))}
        </div>
      </div>
    </li>
  );
}
