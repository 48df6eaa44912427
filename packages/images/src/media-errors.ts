/** Why a file was refused; stable so the API can turn it into a user error code. */
export type UnsupportedMediaReason = 'unsupported-format' | 'undecodable' | 'too-large' | 'not-a-photo';

/** Thrown for any upload the image pipeline will not process; the message is fit to show the uploader. */
export class UnsupportedMediaError extends Error {
  readonly code = 'UNSUPPORTED_MEDIA';

  constructor(
    readonly reason: UnsupportedMediaReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UnsupportedMediaError';
  }
}

export const ACCEPTED_FORMATS_TEXT = 'upload JPEG, PNG, WebP, TIFF, HEIC or PDF';
