/**
 * Every call across a host boundary returns a Result: only an error's message survives
 * Electron IPC, so errors travel as data with a stable code and a Chinese message.
 */
export type ErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'io_error'
  | 'disk_full'
  | 'read_only'
  | 'template_error'
  | 'unsupported_input'
  | 'too_large'
  | 'decode_error'
  | 'timeout'
  /** The draft changed elsewhere (another window or tab) since this copy was loaded. */
  | 'stale'
  /** The browser host's token is missing or wrong. */
  | 'unauthorized'
  /** A call from another origin or addressed to another host name. */
  | 'forbidden'
  /** The host could not be reached at all (set by the renderer, never by a host). */
  | 'offline'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

/**
 * What the library had to repair or could not do in the background (a damaged draft set aside, a
 * failed daily backup), in Chinese, handed out once with whichever call comes next.
 */
export interface LibraryWarnings {
  libraryWarnings?: string[];
}

export type Result<T> = ({ ok: true; value: T } | { ok: false; error: AppError }) & LibraryWarnings;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside services; handlers turn it into a failed Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

/** An error's own words, whatever was thrown: for logs and messages that wrap it. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
