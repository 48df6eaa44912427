import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/global-id';
import { isPartner, isStaff } from '../../auth/viewer';
import { UploadStatus } from '../media/media.entity';
import { mediaRuntime } from '../media/media-runtime';
import type { LetterAttachment } from './letter-photo.entity';
import { Letter } from './letter.entity';
import { auditScanAccess, SCAN_DOWNLOADED, SCAN_VIEWED, scanOf } from './letter-scans';

const URL_SECONDS = 300;

/** The scan of a child's handwritten letter, as a metadata-free WebP (and a PDF scan's every page as a cleaned PDF); links are signed, short-lived and audited. */
@ObjectType({ description: "The scan or photo of a child's handwritten letter (metadata removed)." })
export class LetterScan {
  attachment: LetterAttachment;
  letter: Letter;

  @Field(() => ID)
  get id(): string {
    return toGlobalId('LetterAttachment', this.attachment.id);
  }

  @Field({ description: 'False while the uploaded file is still being converted.' })
  get ready(): boolean {
    return this.attachment.width !== null;
  }

  @Field(() => Int, { nullable: true })
  get width(): number | null {
    return this.attachment.width;
  }

  @Field(() => Int, { nullable: true })
  get height(): number | null {
    return this.attachment.height;
  }

  @Field(() => Int, { nullable: true, description: 'Pages of a PDF scan, which downloads whole (the view shows page 1); null for a photo or image scan, or while processing.' })
  get pageCount(): number | null {
    return this.attachment.documentKey ? this.attachment.pageCount : null;
  }
}

@Resolver(() => LetterScan)
export class LetterScanResolver {
  @FieldResolver(() => String, { nullable: true, description: 'A signed link to view the scan (5 minutes); every handing-out is audited. Null until ready.' })
  async url(@Root() s: LetterScan, @Ctx() ctx: Context): Promise<string | null> {
    if (!s.ready) return null;
    await auditScanAccess(ctx, s.letter, SCAN_VIEWED);
    return mediaRuntime(ctx.services).storage.presignGet(s.attachment.storageKey, { expiresSeconds: URL_SECONDS });
  }

  @FieldResolver(() => String, { nullable: true, description: 'A signed link to a small preview (5 minutes), audited as a view. Null until ready.' })
  async thumbnailUrl(@Root() s: LetterScan, @Ctx() ctx: Context): Promise<string | null> {
    if (!s.ready || !s.attachment.thumbnailKey) return null;
    await auditScanAccess(ctx, s.letter, SCAN_VIEWED);
    return mediaRuntime(ctx.services).storage.presignGet(s.attachment.thumbnailKey, { expiresSeconds: URL_SECONDS });
  }

  @FieldResolver(() => String, { nullable: true, description: 'A signed link that downloads the scan as a file (5 minutes): the whole PDF (every page) for a PDF scan, else the WebP; audited as a download. Ask for it only when downloading.' })
  async downloadUrl(@Root() s: LetterScan, @Ctx() ctx: Context): Promise<string | null> {
    if (!s.ready) return null;
    await auditScanAccess(ctx, s.letter, SCAN_DOWNLOADED);
    const child = await ctx.loaders.byId.Child.load(s.letter.childId);
    const day = (s.letter.submittedAt ?? s.letter.createdAt).toISOString().slice(0, 10);
    const { documentKey, storageKey } = s.attachment;
    const [key, ext] = documentKey ? [documentKey, 'pdf'] : [storageKey, 'webp'];
    return mediaRuntime(ctx.services).storage.presignGet(key, { expiresSeconds: URL_SECONDS, downloadName: `letter-from-${child?.code ?? 'child'}-${day}.${ext}` });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the uploaded file could not be used (staff and the partner).' })
  async problem(@Root() s: LetterScan, @Ctx() ctx: Context): Promise<string | null> {
    if (s.ready || !(isStaff(ctx.viewer) || isPartner(ctx.viewer)) || !s.attachment.uploadId) return null;
    const upload = await ctx.loaders.byId.Upload.load(s.attachment.uploadId);
    return upload && (upload.status === UploadStatus.FAILED || upload.status === UploadStatus.DUPLICATE) ? upload.reason : null;
  }
}

@Resolver(() => Letter)
export class LetterScanFieldResolver {
  @FieldResolver(() => LetterScan, { nullable: true, description: "The scan of a child's letter, when the partner uploaded one." })
  async scan(@Root() l: Letter, @Ctx() ctx: Context): Promise<LetterScan | null> {
    const attachment = await scanOf(ctx, l.id);
    return attachment ? Object.assign(new LetterScan(), { attachment, letter: l }) : null;
  }
}
