import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import { splitDecodedLines, splitLines, type DecodedLine } from '../../src/ingest/lines.js';

async function all(stream: AsyncIterable<Buffer | string>): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of splitLines(stream)) lines.push(line);
  return lines;
}

async function readlineLines(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

/** The bytes cut into chunks of `size` (cuts fall inside line ends and multi-byte characters). */
function chunked(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

describe('splitLines', () => {
  const text = '{"a":1}\n\nsecond line – café\r\nthird\rfourth “quoted”\r\r\nlast without end';

  test('splits at \\n, \\r\\n and a lone \\r, and keeps a last line without an end', async () => {
    expect(await all(Readable.from([Buffer.from(text)]))).toEqual([
      '{"a":1}', '', 'second line – café', 'third', 'fourth “quoted”', '', 'last without end',
    ]);
  });

  test('gives the lines readline gives, wherever the chunks are cut', async () => {
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      expect(await all(Readable.from(chunked(bytes, size)))).toEqual(await readlineLines(chunked(bytes, size)));
    }
  });

  test('a text ending in a line end has no empty last line; string chunks are read as well', async () => {
    expect(await all(Readable.from(['one\r', '\ntwo\n']))).toEqual(['one', 'two']);
    expect(await all(Readable.from([Buffer.alloc(0)]))).toEqual([]);
  });

  test('reads no further ahead than the line asked for', async () => {
    // 2,000 one-line chunks: readline's iterator would read up to 1,024 lines before the first is used.
    let pulled = 0;
    const source = Readable.from((function* () {
      for (let i = 0; i < 2000; i++) {
        pulled++;
        yield Buffer.from(`{"id":"n${i}","text":"Line ${i} said Ann Vell."}\n`);
      }
    })());
    const items = readCorpus(['-'], { stdin: source });
    const first = await items.next();
    expect(first.value).toMatchObject({ kind: 'article', article: { id: 'n0' } });
    expect(pulled).toBeLessThan(40);
    await items.return(undefined);
    expect(source.destroyed).toBe(true);
  });
});

describe('splitDecodedLines', () => {
  test('a line that is not valid UTF-8 is decoded as windows-1252 and flagged, wherever the chunks cut; its neighbours stay UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('naïve “one”\n', 'utf8'), Buffer.from('na\xefve \x93two\x94\r\n', 'latin1'), Buffer.from('três', 'utf8')]);
    for (const size of [1, 2, 3, 64]) {
      const lines: DecodedLine[] = [];
      for await (const line of splitDecodedLines(Readable.from(chunked(bytes, size)))) lines.push(line);
      expect(lines).toEqual([
        { text: 'naïve “one”', guessed: false },
        { text: 'naïve “two”', guessed: true },
        { text: 'três', guessed: false },
      ]);
    }
  });
});
