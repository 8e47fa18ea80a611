import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fsReason, knownFsReason } from '../../src/ingest/fs-reason.js';
import { readCorpus } from '../../src/ingest/index.js';
import { collect } from '../helpers/collect.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const failure = (code: string, message = `${code}: something, open 'x'`) => Object.assign(new Error(message), { code });

describe('file-system failures in words', () => {
  test('a known code is named in words with the code kept, and without the path Node repeats', () => {
    expect(fsReason(failure('EACCES'))).toBe('permission denied (EACCES)');
    expect(fsReason(failure('ENOENT'))).toBe('no such file or directory (ENOENT)');
    expect(fsReason(failure('ENOTDIR'))).toBe('a part of the path is not a directory (ENOTDIR)');
  });

  test('an unknown code stays a code, and a failure with none keeps its message', () => {
    expect(fsReason(failure('EWHATEVER'))).toBe('EWHATEVER');
    expect(fsReason(new Error('odd trouble'))).toBe('odd trouble');
    expect(knownFsReason(failure('Z_DATA_ERROR'))).toBeNull();
  });

  test('a path that does not exist and a file under a file are reported in words', async () => {
    const dir = tempDir('qw-fs-reason-');
    writeFileSync(join(dir, 'plain.txt'), '“Fine,” said Ula Brin.');
    const { errors } = await collect(readCorpus([join(dir, 'absent.txt'), join(dir, 'plain.txt', 'inside.txt')]));
    expect(errors.map((e) => e.reason)).toEqual([
      'cannot read: no such file or directory (ENOENT)',
      'cannot read: a part of the path is not a directory (ENOTDIR)',
    ]);
  });
});
