import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Journal } from '../../src/batch/journal.js';
import { buildFingerprint } from '../../src/batch/producer.js';
import type { Article, ArticleResult } from '../../src/types.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const tmp = () => tempDir('qw-journal-');
const article: Article = { id: 'pier.txt', path: 'pier.txt', text: '“The pier opens in June,” said Ana Kell.' };
const result = { article, quotes: [] } as unknown as ArticleResult;
const v1 = { version: '1.0.0', build: 'aaaaaaaaaaaaaaaa' };

async function journalOf(dir: string, producer = v1): Promise<void> {
  const journal = await Journal.open(dir, false, producer);
  await journal.append(article, result);
  await journal.close();
}

describe('the resume journal records what produced it', () => {
  test('its first line names the producer', async () => {
    const dir = tmp();
    await journalOf(dir);
    const first = readFileSync(Journal.path(dir), 'utf8').split('\n')[0];
    expect(JSON.parse(first)).toEqual({ producer: v1 });
  });

  test('the same producer resumes and reuses the recorded result', async () => {
    const dir = tmp();
    await journalOf(dir);
    const journal = await Journal.open(dir, true, v1);
    expect(await journal.lookup(article)).toEqual(result);
    await journal.close();
  });

  test('another version or build is refused, naming both, and the journal is left as it was', async () => {
    const dir = tmp();
    await journalOf(dir);
    const before = readFileSync(Journal.path(dir), 'utf8');
    await expect(Journal.open(dir, true, { version: '1.1.0', build: v1.build })).rejects.toThrow(
      /was written by quotewire 1\.0\.0 \(build aaaaaaaa\); this is quotewire 1\.1\.0 \(build aaaaaaaa\).*without --resume to start over/,
    );
    await expect(Journal.open(dir, true, { version: v1.version, build: 'bbbbbbbbbbbbbbbb' })).rejects.toThrow(/this is quotewire 1\.0\.0 \(build bbbbbbbb\)/);
    expect(readFileSync(Journal.path(dir), 'utf8')).toBe(before);
  });

  test('a journal with results but no producer line (an older quotewire) is refused', async () => {
    const dir = tmp();
    await journalOf(dir);
    const lines = readFileSync(Journal.path(dir), 'utf8').split('\n');
    writeFileSync(Journal.path(dir), lines.slice(1).join('\n'));
    await expect(Journal.open(dir, true, v1)).rejects.toThrow(/written by a quotewire that did not record its version/);
  });

  test('no journal yet (or only a torn first line): resume starts one, with the producer line', async () => {
    const dir = tmp();
    const journal = await Journal.open(dir, true, v1);
    await journal.append(article, result);
    await journal.close();
    expect(JSON.parse(readFileSync(Journal.path(dir), 'utf8').split('\n')[0])).toEqual({ producer: v1 });
    writeFileSync(Journal.path(dir), '{"produ');
    const again = await Journal.open(dir, true, v1);
    expect(await again.lookup(article)).toBeNull();
    await again.close();
    expect(readFileSync(Journal.path(dir), 'utf8')).toBe(JSON.stringify({ producer: v1 }) + '\n');
  });
});

describe('the build fingerprint', () => {
  test('changes when a rule file changes, and only then', () => {
    const code = tmp();
    const data = tmp();
    writeFileSync(join(code, 'main.js'), 'export const x = 1;');
    writeFileSync(join(data, 'cues.json'), '{"verbs":["say"]}');
    writeFileSync(join(data, 'notes.txt'), 'not read');
    const before = buildFingerprint(code, data);
    expect(buildFingerprint(code, data)).toBe(before);
    writeFileSync(join(data, 'notes.txt'), 'still not read');
    expect(buildFingerprint(code, data)).toBe(before);
    writeFileSync(join(data, 'cues.json'), '{"verbs":["say","tell"]}');
    expect(buildFingerprint(code, data)).not.toBe(before);
  });

  test('changes when the code changes', () => {
    const code = tmp();
    const data = tmp();
    writeFileSync(join(code, 'main.js'), 'export const x = 1;');
    const before = buildFingerprint(code, data);
    writeFileSync(join(code, 'main.js'), 'export const x = 2;');
    expect(buildFingerprint(code, data)).not.toBe(before);
  });
});
