import type { ReviewLetterFragment } from '@portal/graphql-types';
import type { ReactNode } from 'react';

/** The letter text with each safeguarding match marked (the flags are also listed in words). */
export function HighlightedBody({ body, flags }: { body: string; flags: ReviewLetterFragment['safeguardingFlags'] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const flag of [...flags].sort((a, b) => a.start - b.start)) {
    if (flag.start < at) continue;
    parts.push(body.slice(at, flag.start));
    parts.push(
      <mark key={flag.start} className="flag-mark">
        {body.slice(flag.start, flag.end)}
      </mark>,
    );
    at = flag.end;
  }
  parts.push(body.slice(at));
  return <p className="letter-body">{parts}</p>;
}
