import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep, basename, normalize } from 'node:path';
import picomatch from 'picomatch';
import { formatOf } from './format.js';

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
export async function* walkInputs(paths: string[], filter: WalkFilter = {}): AsyncGenerator<InputFile | { file: string; error: string }> {
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
      yield { file: input, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walkDirectory(input)) {
        const rel = relative(input, file).split(sep).join('/');
        if (formatOf(file) && wanted(rel)) yield { file, relative: rel };
      }
    } else {
      const rel = normalize(input).split(sep).join('/');
      if (wanted(rel)) yield { file: input, relative: rel };
    }
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path);
    else if (entry.isFile()) yield path;
  }
}
