import { SyncConflict } from './sync-conflict.entity';
import { SyncCursor } from './sync-cursor.entity';
import { SyncLink } from './sync-link.entity';
import { SyncOutbox } from './sync-outbox.entity';
import { SyncParked } from './sync-parked.entity';

/** The sync module's tables, registered in db/entities.ts. */
export const syncEntities = [SyncCursor, SyncOutbox, SyncParked, SyncConflict, SyncLink];
