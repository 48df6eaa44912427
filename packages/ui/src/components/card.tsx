import type { HTMLAttributes } from 'react';

/** A white panel with a border and a soft shadow. */
export function Card({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={['card', className ?? ''].filter(Boolean).join(' ')} {...rest} />;
}
