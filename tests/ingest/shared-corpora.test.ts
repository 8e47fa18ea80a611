import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeBytes, readCorpus } from '../../src/ingest/index.js';
import { htmlToArticle } from '../../src/ingest/html.js';
import { collect } from '../helpers/collect.js';
import { SHARED } from '../helpers/paths.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const corpora = join(SHARED, 'corpora');
const C1 = /[\u0080-\u009f]/;

describe('WARC files from other projects', () => {
  test('per-record gzip, gzip-encoded body and revisit: one article, no empty revisit page', async () => {
    const { articles, errors } = await collect(readCorpus([join(corpora, 'warc', 'warcio-example.warc.gz')]));
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ url: 'http://example.com/', title: 'Example Domain' });
    expect(articles[0]!.text).toMatch(/^This domain is (?:for use in illustrative examples|established to be used for illustrative examples)/);
  });

  test('chunked transfer encoding leaves no chunk sizes in the text', async () => {
    const { articles } = await collect(readCorpus([join(corpora, 'warc', 'warcio-example-iana.org-chunked.warc')]));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.url).toMatch(/^http:\/\/(www\.)?iana\.org\/$/); // the page's canonical link
    expect(articles[0]!.text).not.toMatch(/(^|\n)[0-9a-f]{2,4}\r?\n/);
    expect(articles[0]!.text).toContain('Internet Assigned Numbers Authority');
  });

  test('a truncated WARC: the readable record is ingested, the damage reported on the article itself (one id, one item)', async () => {
    const { articles, errors } = await collect(readCorpus([join(corpora, 'warc', 'resiliparse-clipped.warc.gz')]));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.authors).toEqual(['Brandon Caldwell']);
    expect((articles[0]!.text.match(/“/g) ?? []).length).toBeGreaterThanOrEqual(10);
    expect(articles[0]!.warning).toBe('truncated WARC record: 75207 of 88275 bytes (file cut off)');
    expect(errors).toEqual([]);
  });

  test('redirects, requests and resources are skipped: only the two 200 HTML pages', async () => {
    const { articles, errors } = await collect(readCorpus([join(corpora, 'warc', 'ukwa-IAH-urls-wget.warc.gz')]));
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.url)).toEqual(['https://archive.org/', 'https://archive.org/']);
  });
});

describe('encodings', () => {
  test('no U+FFFD and no C1 control in any correctly encoded file', async () => {
    const files = ['golf.de-augusta.html', 'automobilwoche.de-VW-Betriebsversammlung.html', 'winfuture.de-NASA.html', 'charset_normalizer-sample-french-1.cp1252.txt', 'qq-meta-gb2312-but-utf8/source.html'];
    const { articles, errors } = await collect(readCorpus(files.map((f) => join(corpora, 'encodings', f))));
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      expect(a.text, a.path).not.toContain('\uFFFD');
      expect(C1.test(a.text), a.path).toBe(false);
      expect(a.text.charCodeAt(0), a.path).not.toBe(0xfeff);
    }
    expect(articles[0]!.text).toMatch(/„[^“]+“/); // German quotation marks survive
    expect(articles[3]!.text).toMatch(/œ/); // 0x9C in windows-1252
    expect(articles[3]!.text).toMatch(/«/);
    expect(articles[4]!.title).toBe('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网');
  });

  test("trafilatura's boilerplate snippets stay out of the three German pages", async () => {
    const expected = JSON.parse(readFileSync(join(corpora, 'encodings', 'trafilatura-evaldata.json'), 'utf8')) as Record<string, { file: string; without?: string[] }>;
    for (const entry of Object.values(expected)) {
      const { articles } = await collect(readCorpus([join(corpora, 'encodings', entry.file)]));
      for (const snippet of entry.without ?? []) expect(articles[0]!.text, entry.file).not.toContain(snippet);
    }
  });
});

describe("Readability's test pages", () => {
  const pages = readdirSync(join(corpora, 'readability-pages'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  test.each(pages)('%s: title, byline and date as expected', (page) => {
    const dir = join(corpora, 'readability-pages', page);
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title: string; byline: string | null; publishedTime: string | null };
    const a = htmlToArticle(decodeBytes(readFileSync(join(dir, 'source.html'))).text, { id: page, path: dir });
    expect(a.title).toBe(expected.title);
    if (expected.byline) expect(a.authors.join(', ')).toContain(expected.byline.replace(/^By /, '').trim().split(/\s+/)[0]);
    if (expected.publishedTime) expect(a.date).toBe(expected.publishedTime);
    expect(a.text.length).toBeGreaterThan(500);
    expect(a.text).not.toMatch(/[a-z][.!?]["”][A-Z]/); // paragraphs are not glued at closing quotes
  });
});

describe('article-extraction benchmark (its own metric)', () => {
  // A page per turn of the event loop, and the scorer run without blocking it, so vitest's worker reads
  // its RPC replies meanwhile (see tests/helpers/yield-between-tests.ts).
  test('F1 ≥ 0.95 and quote_recall ≥ 0.99 over the 40 pages', async () => {
    const bench = join(corpora, 'extraction-benchmark');
    const out = tempDir('qw-bench-');
    for (const file of readdirSync(join(bench, 'html'))) {
      const html = decodeBytes(gunzipSync(readFileSync(join(bench, 'html', file)))).text;
      writeFileSync(join(out, file.replace(/\.html\.gz$/, '.txt')), htmlToArticle(html, { id: file, path: file }).text);
      await setImmediate();
    }
    const report = join(out, 'score.json');
    const { stdout: printed } = await promisify(execFile)('python3', [join(bench, 'score_extraction.py'), out, '--ground-truth', join(bench, 'ground-truth.json'), '--n-bootstrap', '50', '--json', report], { encoding: 'utf8' });
    const f1 = Number(/F1=([\d.]+)/.exec(printed)![1]);
    const quoteRecall = Number(/quote_recall[^=]*= ([\d.]+)/.exec(printed)![1]);
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(quoteRecall).toBeGreaterThanOrEqual(0.99);
  });
});
