import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadRunOutput, reportData, writeReport } from '../../src/report/index.js';
import { quotewire } from '../helpers/cli.js';
import { fixtureResults } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'qw-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our fixture articles as a JSONL corpus, extracted by the built CLI. */
async function extractFixtures(out: string, extra: string[] = []): Promise<void> {
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, fixtureResults().map((r) => JSON.stringify({ id: r.article.id, title: r.article.title, text: r.article.text })).join('\n') + '\n');
  const run = await quotewire(['extract', corpus, '--out', out, '-q', '--workers', '1', ...extra]);
  expect(run.stderr).toBe('');
}

describe("a run's output as a report", () => {
  test('articles come with their texts from the journal, and quotes point at them', async () => {
    const out = join(dir, 'out');
    await extractFixtures(out);
    const input = await loadRunOutput(out);
    const expected = fixtureResults();
    expect(input.articles.map((a) => a.id)).toEqual(expected.map((r) => r.article.id));
    expect(input.articles.map((a) => a.text)).toEqual(expected.map((r) => r.article.text));
    expect(input.articles[0]!.films).toEqual(['Salt Line']);
    const data = reportData(input);
    expect(data.quotes.map((q) => q.text)).toEqual(expected.flatMap((r) => r.quotes.map((q) => q.text)));
    for (const q of data.quotes) expect(data.articles[q.a]!.text!.slice(q.start, q.end)).toBe(q.text);
  });

  test('texts/ (--emit-text) serves when the journal is gone; a text of the wrong length is never used', async () => {
    const out = join(dir, 'emit');
    await extractFixtures(out, ['--emit-text']);
    rmSync(join(out, '.quotewire'), { recursive: true });
    writeFileSync(join(out, 'texts', 'news%2Fbuses.txt'), 'changed since the run');
    const input = await loadRunOutput(out);
    // Its input file still exists, so the run's inputs supply the true text.
    expect(input.articles.map((a) => a.text)).toEqual(fixtureResults().map((r) => r.article.text));
    rmSync(join(dir, 'corpus.jsonl'));
    const without = await loadRunOutput(out);
    expect(without.articles.map((a) => a.text === null)).toEqual([false, true, false]);
  });

  test('`quotewire report` writes report.html next to the output, or where --out says', async () => {
    const out = join(dir, 'cli');
    await extractFixtures(out);
    const run = await quotewire(['report', '--input', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('report of 3 articles (3 with text)');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<script type="application/json" id="qw-data">');
    mkdirSync(join(dir, 'elsewhere'));
    expect((await quotewire(['report', '--input', out, '--out', join(dir, 'elsewhere', 'r.html')])).status).toBe(0);
    expect(readFileSync(join(dir, 'elsewhere', 'r.html'), 'utf8')).toBe(html);
    const missing = await quotewire(['report', '--input', join(dir, 'nothing-here')]);
    expect(missing.status).toBe(1);
    // The path once, the reason in words, and what to do.
    expect(missing.stderr).toBe(`quotewire: cannot read ${join(dir, 'nothing-here', 'quotewire.json')}: no such file or directory (ENOENT); the report is built from an extract run's output folder, written with the json format (the default csv,json has it)\n`);
    mkdirSync(join(dir, 'broken-run'));
    writeFileSync(join(dir, 'broken-run', 'quotewire.json'), '{"articles": [');
    expect((await quotewire(['report', '--input', join(dir, 'broken-run')])).stderr).toMatch(/^quotewire: .*broken-run\/quotewire\.json is not valid JSON: /);
  });

  test('writeReport counts what it wrote', async () => {
    const out = join(dir, 'out');
    expect(await writeReport({ input: out, out: join(out, 'r2.html') })).toEqual({ articles: 3, quotes: fixtureResults().flatMap((r) => r.quotes).length, withText: 3 });
  });
});
