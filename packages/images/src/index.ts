export { convertPhoto, type ConvertPhotoOptions, type ConvertedPhoto, type PhotoDerivative } from './convert-photo';
export { inspectImage, type ImageInfo, type InspectOptions } from './inspect-image';
export { IMAGE_LIMITS, type DerivativeSettings } from './image-limits';
export { UnsupportedMediaError, type UnsupportedMediaReason } from './media-errors';
export { sniffFormat, type MediaFormat, type SniffResult } from './sniff-format';
export { readExifSummary, xmpHasGps, type ExifSummary } from './exif-tags';
export { assertWebpHasNoMetadata, listWebpChunks } from './webp-chunks';
export { convertPdf, convertMedia, cleanPdf, type ConvertedPdf, type ConvertedMedia, type PdfDerivative } from './convert-pdf';
export { stripJpegMetadata } from './jpeg-segments';
