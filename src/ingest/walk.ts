import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep, basename, normalize } from 'node:path';
import picomatch from 'picomatch';
import { formatOf } from './format.js';
import { fsReason } from './fs-reason.js';

export interface InputFile {
  /** Path to open. */
  file: string;
  /** Readable id base: relative to the directory given, or the file path as given. */
  relative: string;
}

export interface WalkFilter {
  include?: string[];
  exclude?: string[];
}

/**
 * Every supported file under the given paths, in a deterministic order (each argument in turn,
 * entries sorted by code unit). Files of other kinds inside directories are passed over; a file
 * named explicitly is always taken (and rejected later if unsupported).
 */
export async function* walkInputs(paths: string[], filter: WalkFilter = {}): AsyncGenerator<InputFile | { file: string; relative: string; error: string }> {
  const included = filter.include?.length ? picomatch(filter.include, { dot: true }) : null;
  const excluded = filter.exclude?.length ? picomatch(filter.exclude, { dot: true }) : null;
  const wanted = (rel: string) => (!included || included(rel) || included(basename(rel))) && !(excluded && (excluded(rel) || excluded(basename(rel))));
  for (const input of paths) {
    if (input === '-') {
      yield { file: '-', relative: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield { file: input, relative: normalize(input).split(sep).join('/'), error: `cannot read: ${await statFailure(input, error)}` };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walkDirectory(input, new Set())) {
        if (typeof file !== 'string') {
          // Its id like its neighbours': relative to the folder given (the folder itself keeps its path).
          yield { ...file, relative: file.file === input ? normalize(input).split(sep).join('/') : relative(input, file.file).split(sep).join('/') };
          continue;
        }
        const rel = relative(input, file).split(sep).join('/');
        if (formatOf(file) && wanted(rel)) yield { file, relative: rel };
      }
    } else {
      const rel = normalize(input).split(sep).join('/');
      if (wanted(rel)) yield { file: input, relative: rel };
    }
  }
}

/**
 * Files under a directory, following symbolic links (a corpus is often a farm of links), each directory
 * once (`seen` holds real paths, so a link back up ends the loop). A directory that cannot be listed and
 * a link that leads nowhere are reported, not passed over.
 */
async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<string | { file: string; error: string }> {
  let entries;
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { file: dir, error: `cannot read directory: ${fsReason(error)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path, seen);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      let target;
      try {
        target = await stat(path);
      } catch (error) {
        // Only a link to a file the run would read is worth a line.
        if (formatOf(path)) {
          yield { file: path, error: `cannot read: ${linkFailure(error)}` };
        }
        continue;
      }
      if (target.isDirectory()) yield* walkDirectory(path, seen);
      else if (target.isFile()) yield path;
    }
  }
}

/**
 * Why stat() failed on a path, saying so when the path is a symbolic link: "no such file" for a link
 * that is there (ls lists it) sends the user looking for the wrong thing. The same words whether the
 * link is named or met inside a folder.
 */
export async function statFailure(path: string, error: unknown): Promise<string> {
  try {
    if ((await lstat(path)).isSymbolicLink()) return linkFailure(error);
  } catch {
    // Not there at all: the plain reason.
  }
  return fsReason(error);
}

function linkFailure(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'a symbolic link to a missing file (ENOENT)' : `${fsReason(error)} (a symbolic link)`;
}
