import { useT } from '../i18n/i18n';

/** A busy indicator with a text label that screen readers announce. */
export function Spinner({ label }: { label?: string }) {
  const t = useT();
  return (
    <span className="spinner" role="status">
      {label ?? t('Loading…')}
    </span>
  );
}
