import { useCallback, useEffect, useRef, useState } from 'react';
import { useT, i18n } from '@portal/ui';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What a save returns: null when saved, else why not (shown next to the indicator). */
export type SaveResult = string | null;

const RETRY_MS = 5000;

/**
 * Saves `value` a moment after it stops changing (one save at a time; the newest value wins), retries
 * after a failure, and saves what is left when the screen closes. `flush` saves now and tells whether
 * the newest value is saved.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<SaveResult>, opts: { enabled: boolean; delayMs?: number }) {
  const t = useT();
  const key = JSON.stringify(value);
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef({ value, key, enabled: opts.enabled, save });
  latest.current = { value, key, enabled: opts.enabled, save };
  // What is already stored: the initial value of an existing draft counts as saved.
  const savedKey = useRef<string>(key);
  const running = useRef<Promise<boolean> | null>(null);

  const run = useCallback((): Promise<boolean> => {
    if (running.current) return running.current.then(() => run());
    const { value: v, key: k, save: doSave } = latest.current;
    if (k === savedKey.current) return Promise.resolve(true);
    setState('saving');
    const attempt = (async () => {
      try {
        const why = await doSave(v);
        if (why) {
          setProblem(why);
          setState('error');
          return false;
        }
        savedKey.current = k;
        setProblem(null);
        setState('saved');
        return true;
      } catch {
        setProblem(t('We could not reach the server.'));
        setState('error');
        return false;
      } finally {
        running.current = null;
      }
    })();
    running.current = attempt;
    return attempt.then((ok) => (ok && latest.current.key !== savedKey.current && latest.current.enabled ? run() : ok));
  }, []);

  useEffect(() => {
    if (!opts.enabled || key === savedKey.current) return;
    const timer = setTimeout(() => void run(), opts.delayMs ?? 1200);
    return () => clearTimeout(timer);
  }, [key, opts.enabled, opts.delayMs, run]);

  useEffect(() => {
    if (state !== 'error' || !opts.enabled) return;
    const timer = setTimeout(() => void run(), RETRY_MS);
    return () => clearTimeout(timer);
  }, [state, opts.enabled, run]);

  // Leaving the screen keeps what was typed last.
  useEffect(
    () => () => {
      if (latest.current.enabled && latest.current.key !== savedKey.current) void run();
    },
    [run],
  );

  const flush = useCallback(() => run(), [run]);
  return { state, problem, flush };
}

/** "Saving…" / "Saved" / "Not saved", announced politely. */
export function saveStatusText(state: SaveState, problem: string | null): string {
  if (state === 'saving') return i18n.t('Saving…');
  if (state === 'saved') return i18n.t('Saved');
  if (state === 'error') return i18n.t('Not saved: {{problem}}', { problem: problem ?? i18n.t('please try again.') });
  return '';
}
