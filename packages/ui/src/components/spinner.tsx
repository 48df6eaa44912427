/** A busy indicator with a text label that screen readers announce. */
export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <span className="spinner" role="status">
      {label}
    </span>
  );
}
