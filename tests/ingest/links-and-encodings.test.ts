import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import { collect } from '../helpers/collect.js';

const dir = mkdtempSync(join(tmpdir(), 'qw-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a corpus directory of links and two-byte text', () => {
  test('UTF-16 text with a byte-order mark is read, links to files and folders are followed, a loop ends, a broken link is reported', async () => {
    const store = join(dir, 'store');
    const corpus = join(dir, 'corpus');
    mkdirSync(store);
    mkdirSync(corpus);
    // Windows "Unicode" text: UTF-16LE with its mark.
    writeFileSync(join(corpus, 'notepad.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“We are ready,” said Ana Ruiz.', 'utf16le')]));
    writeFileSync(join(store, 'kept.txt'), '“The pier is safe,” Bo Lee said.');
    mkdirSync(join(store, 'more'));
    writeFileSync(join(store, 'more', 'deep.txt'), '“Late again,” said Cara Diaz.');
    symlinkSync(join(store, 'kept.txt'), join(corpus, 'linked.txt'));
    symlinkSync(join(store, 'more'), join(corpus, 'folder'));
    symlinkSync(corpus, join(corpus, 'loop'));
    symlinkSync(join(store, 'gone.txt'), join(corpus, 'broken.txt'));
    const { articles, errors } = await collect(readCorpus([corpus]));
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['folder/deep.txt', '“Late again,” said Cara Diaz.'],
      ['linked.txt', '“The pier is safe,” Bo Lee said.'],
      ['notepad.txt', '“We are ready,” said Ana Ruiz.'],
    ]);
    expect(errors.map((e) => [e.path, e.reason])).toEqual([[join(corpus, 'broken.txt'), 'cannot read: a symbolic link to a missing file (ENOENT)']]);
  });
});

describe('JSONL in windows-1252 and a named broken link', () => {
  test('a JSONL line that is not valid UTF-8 reads as windows-1252 with the note on that record only', async () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, Buffer.concat([
      Buffer.from('{"id":"m1","text":"\\"Gr\xfc\xdfe,\\" said Z\xf6e Lambert."}\n', 'latin1'),
      Buffer.from('{"id":"m2","text":"“Hej,” said Åke Holm."}\n', 'utf8'),
    ]));
    const { articles, errors } = await collect(readCorpus([file]));
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.id, a.line, a.text, a.note])).toEqual([
      ['m1', 1, '"Grüße," said Zöe Lambert.', 'not valid UTF-8; decoded as windows-1252'],
      ['m2', 2, '“Hej,” said Åke Holm.', undefined],
    ]);
  });

  test('a broken link named directly is reported as a link to a missing file, as inside a folder', async () => {
    const link = join(dir, 'named-broken.txt');
    symlinkSync(join(dir, 'never.txt'), link);
    const { articles, errors } = await collect(readCorpus([link, join(dir, 'absent.txt')]));
    expect(articles).toEqual([]);
    expect(errors.map((e) => [e.path, e.reason])).toEqual([
      [link, 'cannot read: a symbolic link to a missing file (ENOENT)'],
      [join(dir, 'absent.txt'), 'cannot read: no such file or directory (ENOENT)'],
    ]);
  });
});
