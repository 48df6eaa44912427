export {
  MAX_PRESIGN_SECONDS, ObjectNotFoundError,
  type ObjectListing, type ObjectStat, type ObjectStorage, type PresignedRequest, type PresignGetOptions,
  type PresignPartOptions, type PresignPutOptions, type UploadedPart, type CompletedPart, type PutOptions,
} from './object-storage';
export { assertSafeKey, assertSafePrefix, InvalidObjectKeyError } from './object-key';
export { LocalObjectStorage, UploadTooLargeError, type LocalObjectStorageOptions } from './local-object-storage';
export { createLocalStorageHandler } from './local-storage-handler';
export { S3ObjectStorage, type S3ObjectStorageOptions } from './s3-object-storage';
