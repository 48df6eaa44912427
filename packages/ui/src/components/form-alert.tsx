import type { ReactNode } from 'react';

/** A form's problem summary: a live region that is always present, so screen readers announce new text. */
export function FormAlert({ id, messages, children }: { id?: string; messages: readonly string[]; children?: ReactNode }) {
  return (
    <div id={id} role="alert" className="alert">
      {messages.length === 1 && <p>{messages[0]}</p>}
      {messages.length > 1 && (
        <ul>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {messages.length > 0 && children}
    </div>
  );
}

/** Good news after an action, announced politely. Always present so the announcement is not lost. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="notice">
      {message && <p>{message}</p>}
    </div>
  );
}
