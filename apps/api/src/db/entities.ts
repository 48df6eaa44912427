import { Account } from '../modules/accounts/account.entity';
import { User } from '../modules/users/user.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { PartnerOrganization } from '../modules/partners/partner-organization.entity';
import { Project } from '../modules/projects/project.entity';
import { Child } from '../modules/children/child.entity';
import { Sponsorship } from '../modules/sponsorships/sponsorship.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { OneTimeToken } from '../modules/identity/one-time-token.entity';
import { MailOutbox } from '../modules/mail/mail-outbox.entity';
import { ApiToken } from '../modules/api-tokens/api-token.entity';
import { RecoveryCode } from '../modules/two-factor/recovery-code.entity';
import { syncEntities } from '../modules/sync/sync.entities';
import { Letter } from '../modules/letters/letter.entity';
import { LetterAttachment } from '../modules/letters/letter-photo.entity';
import { Approval } from '../modules/approvals/approval.entity';
import { Media, Upload, UploadBatch } from '../modules/media/media.entity';

export const entities = [Account, User, RefreshToken, PartnerOrganization, Project, Child, Sponsorship, AuditEvent, OneTimeToken, MailOutbox, ApiToken, RecoveryCode, ...syncEntities, Letter, Approval, UploadBatch, Upload, Media, LetterAttachment];
