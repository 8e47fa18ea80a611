import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Quote } from '../../src/types.js';
import { quotewire } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { browserAvailable, launchBrowser } from './browser.js';

const out = mkdtempSync(join(tmpdir(), 'qw-corpus-report-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!browserAvailable)('the report of corpus/ (extract --report)', () => {
  test('shows the run: pull-quotes, every quote in the table, and every quote highlighted at its offsets', async () => {
    const run = await quotewire(['extract', join(ROOT, 'corpus'), '--out', out, '--report', '-q', '--workers', '1']);
    expect(run.status).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'quotewire.json'), 'utf8')) as { articles: { id: string }[]; quotes: Quote[] };
    expect(json.quotes.length).toBeGreaterThan(20);
    const { context, close } = await launchBrowser();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const file = `file://${join(out, 'report.html')}`;
      await page.goto(file);
      await page.waitForSelector('body[data-ready]');
      expect(await page.$$('#pq-list li.pq')).toHaveLength(Math.min(12, json.quotes.length));
      await page.goto(`${file}#quotes`);
      expect(await page.textContent('#q-count')).toBe(`${json.quotes.length} of ${json.quotes.length} quotes`);
      const checked = new Set<number>();
      for (const [a, article] of json.articles.entries()) {
        await page.goto(`${file}#article/${a}`);
        await page.waitForSelector('#article h2');
        for (const [i, q] of json.quotes.entries()) {
          if (q.article_id !== article.id) continue;
          const shown = await page.$$eval(`#article-text [data-q~="${i}"]`, (n) => n.map((e) => e.textContent).join(''));
          expect(shown).toBe(q.text);
          checked.add(i);
        }
      }
      expect(checked.size).toBe(json.quotes.length);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
