/**
 * A file-system failure in words a user can act on, with Node's code kept for searching:
 * "no such file or directory (ENOENT)" rather than a bare "ENOENT" or Node's message, which
 * repeats the path the report already names.
 */
const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

export function fsReason(error: unknown): string {
  return knownFsReason(error) ?? (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** The words for a failure of the file system's own, or null for anything else (a zlib or parse error). */
export function knownFsReason(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException).code;
  const words = code ? WORDS[code] : undefined;
  return words ? `${words} (${code})` : null;
}
