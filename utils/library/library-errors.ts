/** Typed failures of the library, so the UI can say what happened instead of showing a raw DOMException. */

export type LibraryErrorCode = 'quota' | 'write' | 'open' | 'invalid';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LibraryError';
  }
}

/** The browser refused the write for lack of space. The transaction was rolled back: older entries are intact. */
export class LibraryQuotaError extends LibraryError {
  constructor(cause?: unknown) {
    super('quota', 'Not enough storage space to save to the library; nothing was changed.', { cause });
    this.name = 'LibraryQuotaError';
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
}

/** Map whatever IndexedDB threw (a request error, or the transaction's abort reason) to a typed library error. */
export function asLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  // Chrome reports a full disk as QuotaExceededError; Firefox has used NS_ERROR_DOM_QUOTA_REACHED for the same case.
  const name = errorName(error);
  const inner = errorName((error as { cause?: unknown } | null)?.cause);
  if ([name, inner].some((n) => n === 'QuotaExceededError' || n === 'NS_ERROR_DOM_QUOTA_REACHED')) {
    return new LibraryQuotaError(error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new LibraryError('write', `The library could not be written: ${detail}`, { cause: error });
}
