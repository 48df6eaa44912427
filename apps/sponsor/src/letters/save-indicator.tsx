import { saveStatusText, type SaveState } from './use-autosave';

/** The draft's save state next to the buttons; a live region so screen readers hear "Saved". */
export function SaveIndicator({ state, problem }: { state: SaveState; problem: string | null }) {
  return (
    <p role="status" aria-live="polite" className={`save-indicator save-${state}`}>
      {saveStatusText(state, problem)}
    </p>
  );
}
