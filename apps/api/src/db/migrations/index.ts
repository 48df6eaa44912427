import { Init1795598079470 } from './1795598079470-Init';
import { AuditEvents1795599053627 } from './1795599053627-AuditEvents';
import { IdentityLifecycle1795599501980 } from './1795599501980-IdentityLifecycle';
import { ApiTokens1795599792852 } from './1795599792852-ApiTokens';
import { TwoFactor1795600043829 } from './1795600043829-TwoFactor';
import { SyncTables1795600340673 } from './1795600340673-SyncTables';
import { Letters1795601083244 } from './1795601083244-Letters';
import { Media1795601420506 } from './1795601420506-Media';
import { UploadMultipart1796423966962 } from './1796423966962-UploadMultipart';
import { ProjectUpdates1796423998534 } from './1796423998534-ProjectUpdates';
import { Notifications1796424017719 } from './1796424017719-Notifications';
import { SyncConflictResolution1796424236685 } from './1796424236685-SyncConflictResolution';
import { Requests1796424287611 } from './1796424287611-Requests';
import { LetterPhotos1796427179749 } from './1796427179749-LetterPhotos';
import { LetterScans1796434807020 } from './1796434807020-LetterScans';
import { DocumentLibrary1796434847782 } from './1796434847782-DocumentLibrary';
import { MediaDocuments1796434926194 } from './1796434926194-MediaDocuments';
import { LetterScanDocuments1796439222317 } from './1796439222317-LetterScanDocuments';

/** Every migration, in order. The schema is built only by these (never `synchronize`). */
export const migrations = [Init1795598079470, AuditEvents1795599053627, IdentityLifecycle1795599501980, ApiTokens1795599792852, TwoFactor1795600043829, SyncTables1795600340673, Letters1795601083244, Media1795601420506, UploadMultipart1796423966962, ProjectUpdates1796423998534, Notifications1796424017719, SyncConflictResolution1796424236685, Requests1796424287611, LetterPhotos1796427179749, LetterScans1796434807020, DocumentLibrary1796434847782, MediaDocuments1796434926194, LetterScanDocuments1796439222317];
