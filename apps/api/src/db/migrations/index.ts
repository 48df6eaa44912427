import { Init1795598079470 } from './1795598079470-Init';

/** Every migration, in order. The schema is built only by these (never `synchronize`). */
export const migrations = [Init1795598079470];
