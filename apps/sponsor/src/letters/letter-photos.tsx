import { useApolloClient, useQuery } from '@apollo/client/react';
import { RemoveLetterPhotoDocument, SponsorLetterPhotosDocument } from '@portal/graphql-types';
import { useSession, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { config } from '../config';

export const MAX_PHOTOS = 3;

const uploadUrl = (letterId: string) => `${new URL('/letters/photos', new URL(config.apiUrl, window.location.href)).href}?letterId=${encodeURIComponent(letterId)}`;

/**
 * Up to 3 photos with a letter: each goes to every draft written together (the bytes to the photo
 * endpoint, never through GraphQL), where its metadata, location included, is removed.
 */
export function LetterPhotos({ letterIds }: { letterIds: string[] }) {
  const t = useT();
  const id = useId();
  const client = useApolloClient();
  const { fetchWithSession } = useSession();
  const { data, refetch } = useQuery(SponsorLetterPhotosDocument, { variables: { id: letterIds[0] ?? '' }, skip: letterIds.length === 0 });
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const photos = data?.letter?.photos ?? [];

  async function add(file: File | undefined) {
    if (!file || busy) return;
    setBusy(true);
    setNote(t('Adding the photo…'));
    try {
      for (const letterId of letterIds) {
        const res = await fetchWithSession(uploadUrl(letterId), { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file });
        const json = (await res.json().catch(() => ({}))) as { userErrors?: Array<{ message: string }> };
        if (!res.ok) return setNote(json.userErrors?.[0]?.message ?? t('We could not add this photo.'));
      }
      await refetch();
      setNote(t('Photo added.'));
    } catch {
      setNote(t('We could not add this photo. Check your connection and try again.'));
    } finally {
      setBusy(false);
    }
  }

  /** Removes the photo at this place from every draft written together (each has its own copy, in the same order). */
  async function remove(index: number) {
    if (busy) return;
    setBusy(true);
    setNote(t('Removing the photo…'));
    try {
      for (const letterId of letterIds) {
        const { data: current } = await client.query({ query: SponsorLetterPhotosDocument, variables: { id: letterId }, fetchPolicy: 'network-only' });
        const photo = current?.letter?.photos[index];
        if (!photo) continue;
        const { data: removed } = await client.mutate({ mutation: RemoveLetterPhotoDocument, variables: { input: { photoId: photo.id } } });
        const problem = removed?.removeLetterPhoto.userErrors[0]?.message;
        if (problem) return setNote(problem);
      }
      await refetch();
      setNote(t('Photo removed.'));
    } catch {
      setNote(t('We could not remove this photo. Check your connection and try again.'));
    } finally {
      setBusy(false);
    }
  }

  if (letterIds.length === 0) {
    return <p className="muted">{t('Choose a child and write a few words: then you can add up to {{max}} photos.', { max: MAX_PHOTOS })}</p>;
  }
  return (
    <div className="field letter-photos">
      <label htmlFor={`${id}-photo`}>{t('Photos ({{count}} of {{max}})', { count: photos.length, max: MAX_PHOTOS })}</label>
      <span id={`${id}-hint`} className="field-hint">
        {t('Location and camera details are removed from photos before anyone sees them.')}
      </span>
      {photos.length > 0 && (
        <ul className="photo-list" aria-label={t('Attached photos')}>
          {photos.map((p, i) => (
            <li key={p.id}>
              <img src={p.url} alt={t('Photo {{number}}', { number: i + 1 })} width={Math.round((p.width / p.height) * 96)} height={96} />
              <button type="button" className="link-button" aria-disabled={busy || undefined} onClick={() => void remove(i)}>
                {t('Remove photo {{n}}', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-photo`}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/tiff"
        aria-describedby={`${id}-hint ${id}-note`}
        disabled={busy || photos.length >= MAX_PHOTOS}
        onChange={(e) => {
          void add(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <p id={`${id}-note`} role="status" className="muted">
        {note}
      </p>
    </div>
  );
}
