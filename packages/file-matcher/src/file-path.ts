/** A file's own name without its extension, and the folder names above it, nearest first. */
export interface FileLocation {
  baseName: string;
  folders: string[];
}

/** Splits "KE-0042/photo1.jpg" (with or without a separate folder path) into base name and folders. */
export function locateFile(fileName: string, folderPath = ''): FileLocation {
  const segments = `${folderPath}/${fileName}`.split(/[\\/]+/).filter((s) => s.trim().length > 0);
  const name = segments.pop() ?? '';
  // "ke-0042 (1).jpg" → "ke-0042 (1)"; a trailing part of up to five characters, one a letter, is an extension.
  const baseName = name.replace(/\.(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,5}$/, '');
  return { baseName, folders: segments.reverse() };
}
