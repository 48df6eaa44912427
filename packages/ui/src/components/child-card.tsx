import { Card } from './card';
import { i18n, useT } from '../i18n/i18n';

export interface ChildCardProps {
  firstName: string;
  age: number;
  projectName?: string | null;
  country?: string | null;
  photoUrl?: string | null;
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n.language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One child: photo (or their initial on a coloured disc), first name, age and project. */
export function ChildCard({ firstName, age, projectName, country, photoUrl }: ChildCardProps) {
  const t = useT();
  return (
    <Card className="child-card">
      {photoUrl ? (
        <img className="child-photo" src={photoUrl} alt={t('Photo of {{firstName}}', { firstName })} loading="lazy" />
      ) : (
        <div className="child-photo child-photo-placeholder" aria-hidden="true">
          {firstName.slice(0, 1).toUpperCase()}
        </div>
      )}
      <h2>{firstName}</h2>
      <p>{t('{{count}} years old', { count: age })}</p>
      {projectName && (
        <p className="muted">
          {projectName}
          {country ? `, ${countryName(country)}` : ''}
        </p>
      )}
    </Card>
  );
}
