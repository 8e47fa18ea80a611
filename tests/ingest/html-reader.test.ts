import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { HtmlReaderUnavailable, lazyHtmlReader } from '../../src/ingest/html-reader.js';
import type { readCorpus as ReadCorpus } from '../../src/ingest/index.js';
import { collect } from '../helpers/collect.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const reader = { htmlToArticle: (() => ({ id: 'x', text: '' })) as never };

describe('lazyHtmlReader', () => {
  test('a failed load is a HtmlReaderUnavailable and is not kept: the next call loads again', async () => {
    const load = vi.fn()
      .mockRejectedValueOnce(new Error("Cannot find package 'linkedom'"))
      .mockResolvedValueOnce(reader);
    const get = lazyHtmlReader(load);
    await expect(get()).rejects.toBeInstanceOf(HtmlReaderUnavailable);
    await expect(get()).resolves.toBe(reader.htmlToArticle);
    await get();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('with the HTML reader missing', () => {
  // A fresh ingest module whose import of the HTML reader fails, as it would with linkedom missing from
  // the install. Test files share a module cache, so the mock is set up and undone around this block only.
  let readCorpus: typeof ReadCorpus;
  let Unavailable: typeof HtmlReaderUnavailable;
  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('../../src/ingest/html.js', () => {
      throw new Error("Cannot find package 'linkedom'");
    });
    ({ readCorpus } = await import('../../src/ingest/index.js'));
    ({ HtmlReaderUnavailable: Unavailable } = await import('../../src/ingest/html-reader.js'));
  });
  afterAll(() => {
    vi.doUnmock('../../src/ingest/html.js');
    vi.resetModules();
  });

  test('an HTML file ends the run with the load error instead of being reported as unreadable input', async () => {
    const file = join(tempDir('qw-noreader-'), 'page.html');
    writeFileSync(file, '<html><body><p>“The bridge reopens in May,” said engineer Tomas Lund.</p></body></html>');
    await expect(collect(readCorpus([file]))).rejects.toBeInstanceOf(Unavailable);
  });

  test('a WARC holding no response record never loads the reader', async () => {
    const file = join(tempDir('qw-noreader-'), 'requests.warc');
    const block = 'GET /bridge HTTP/1.1\r\nHost: example.invalid\r\n\r\n';
    writeFileSync(file, `WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: http://example.invalid/bridge\r\nContent-Length: ${block.length}\r\n\r\n${block}\r\n\r\n`);
    const { articles, errors } = await collect(readCorpus([file]));
    expect(articles).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('text files still read', async () => {
    const file = join(tempDir('qw-noreader-'), 'note.txt');
    writeFileSync(file, '“The bridge reopens in May,” said engineer Tomas Lund.');
    const { articles } = await collect(readCorpus([file]));
    expect(articles.map((a) => a.text)).toEqual(['“The bridge reopens in May,” said engineer Tomas Lund.']);
  });
});
