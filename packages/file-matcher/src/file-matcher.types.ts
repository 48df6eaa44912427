/** A child the uploading partner may attach files to; the list is always that partner's own children. */
export interface ChildRef {
  id: string;
  code: string;
  firstName: string;
  lastName: string;
}

/** One uploaded file: its name, the folder it came from (if any) and a QR payload read from the image. */
export interface FileInput {
  fileName: string;
  folderPath?: string;
  qrPayload?: string | null;
}

export type MatchStatus = 'MATCHED' | 'NEEDS_ATTENTION' | 'UNMATCHED';

/** A child the file may belong to, with how sure we are (0..1) and why, in plain language. */
export interface MatchCandidate {
  childId: string;
  confidence: number;
  reason: string;
}

/** The verdict for one file; childId is set only when status is MATCHED. */
export interface MatchResult {
  status: MatchStatus;
  childId: string | null;
  confidence: number;
  reason: string;
  candidates: MatchCandidate[];
}
