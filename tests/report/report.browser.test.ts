import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { rankPullquotes } from '../../src/pullquotes/index.js';
import { renderReport, reportInputFromResults } from '../../src/report/index.js';
import type { Quote } from '../../src/types.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { fixtureResults } from './fixtures.js';

// With a headline that reports: its words are an indirect quote in headline case, which no pull-quote list shows.
const results = [
  ...fixtureResults(),
  extractArticle('Harbour Board Says Ferry Fares Will Rise in Spring\n\nFares on the island ferries will go up by a tenth in April, the harbour board said on Monday.', { id: 'news/fares' }),
];
const quotes: Quote[] = results.flatMap((r) => r.quotes);
const dir = mkdtempSync(join(tmpdir(), 'qw-report-'));
const file = join(dir, 'report.html');
writeFileSync(file, renderReport(reportInputFromResults(results, 'fixtures')));

/** The quote's text as the article view shows it: every highlighted piece that belongs to quote i. */
const highlightedText = (page: Page, i: number) =>
  page.$$eval(`#article-text [data-q~="${i}"]`, (nodes) => nodes.map((n) => n.textContent).join(''));

describe.skipIf(!browserAvailable)('the HTML report in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-ready]');
  });
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the top pull-quotes are the best-scored quotes, with their paste-ready text; clean only leaves out profanity', async () => {
    const cards = await page.$$eval('#pq-list li.pq', (lis) => lis.map((li) => ({ id: li.getAttribute('data-quote'), text: li.querySelector('blockquote')!.textContent })));
    const best = rankPullquotes(quotes, { limit: 12 });
    expect(cards.map((c) => c.id)).toEqual(best.map((q) => q.id));
    const headline = quotes.find((q) => q.pullquote_reasons?.includes('headline-case'));
    expect(headline?.text).toBe('Ferry Fares Will Rise in Spring');
    expect(cards.some((c) => c.id === headline!.id)).toBe(false);
    expect(cards[0]!.text).toBe(best[0]!.pullquote_text);
    const profane = quotes.filter((q) => q.profanity).map((q) => q.id);
    expect(profane.length).toBeGreaterThan(0);
    expect(cards.some((c) => profane.includes(c.id))).toBe(true);

    await page.check('#pq-clean');
    const clean = await page.$$eval('#pq-list li.pq', (lis) => lis.map((li) => li.getAttribute('data-quote')));
    expect(clean).toEqual(rankPullquotes(quotes, { limit: 12, clean: true }).map((q) => q.id));
    expect(clean.some((id) => profane.includes(id!))).toBe(false);
    await page.uncheck('#pq-clean');
  });

  test('a copy button copies the quote with its attribution', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.locator('#pq-list li.pq').first().locator('button.copy');
    const expected = rankPullquotes(quotes, { limit: 1 })[0]!.pullquote_text!;
    expect(await button.getAttribute('data-copy')).toBe(expected);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('search and every filter narrow the quote table to the matching quotes', async () => {
    await page.goto(`file://${file}#quotes`);
    await page.waitForSelector('body[data-ready]');
    const rowIds = () => page.$$eval('#q-rows tr', (trs) => trs.map((tr) => tr.getAttribute('data-quote')));
    const ids = (qs: Quote[]) => qs.map((q) => q.id);
    expect(await rowIds()).toEqual(ids(quotes));

    const settle = () => page.waitForTimeout(300);
    await page.fill('#f-text', 'STORMS');
    await settle();
    expect(await rowIds()).toEqual(ids(quotes.filter((q) => q.text.toLowerCase().includes('storms'))));
    expect(await page.textContent('#q-count')).toBe(`1 of ${quotes.length} quotes`);

    await page.click('#f-reset');
    await page.fill('#f-speaker', 'porter');
    await settle();
    expect(await rowIds()).toEqual(ids(quotes.filter((q) => q.speaker === 'Jane Porter')));

    await page.click('#f-reset');
    await page.fill('#f-outlet', 'Variety');
    await settle();
    expect(await rowIds()).toEqual(ids(quotes.filter((q) => q.outlet === 'Variety')));

    await page.click('#f-reset');
    await page.fill('#f-film', 'salt line');
    await settle();
    expect(await rowIds()).toEqual(ids(quotes.filter((q) => q.article_id === 'film/salt-line')));

    await page.click('#f-reset');
    await page.fill('#f-article', 'Reyes enjoys');
    await settle();
    expect(await rowIds()).toEqual(ids(quotes.filter((q) => q.article_id === 'sport/reyes')));

    await page.click('#f-reset');
    await page.selectOption('#f-type', 'direct');
    expect(await rowIds()).toEqual(ids(quotes.filter((q) => q.type === 'direct')));
    await page.click('#f-reset');
  });

  test('the article view highlights every quote at exactly its JSON offsets and marks the speakers', async () => {
    for (const [a, result] of results.entries()) {
      await page.goto(`file://${file}#article/${a}`);
      await page.waitForSelector('#article-text');
      expect(await page.textContent('#article-text')).toBe(result.article.text);
      for (const q of result.quotes) {
        expect(await highlightedText(page, quotes.indexOf(q))).toBe(q.text);
        expect(q.text).toBe(result.article.text.slice(q.start, q.end));
      }
      const speakers = await page.$$eval('#article-text .speaker', (nodes) => nodes.map((n) => n.textContent));
      const mentions = [...new Set(result.quotes.filter((q) => q.speaker_start !== null).map((q) => result.article.text.slice(q.speaker_start!, q.speaker_end!)))];
      expect(speakers.sort()).toEqual(mentions.sort());
    }
  });

  test('markup in an article, a quote, a title or a URL shows as text and never runs', async () => {
    const a = results.findIndex((r) => r.article.id === 'news/buses');
    await page.goto(`file://${file}#article/${a}`);
    await page.waitForSelector('#article-text');
    expect(await page.textContent('#article h2')).toBe('Bus plan <b>under fire</b>');
    expect(await page.textContent('#article-text')).toContain('<script>window.__pwned = 1</script>');
    expect(await page.$$('#article-text script, #article-text img, #article b')).toHaveLength(0);
    expect(await page.$$('#article a[href^="javascript"]')).toHaveLength(0);
    await page.goto(`file://${file}#quotes`);
    await page.fill('#f-text', 'pwned');
    await page.waitForTimeout(300);
    expect(await page.$$eval('#q-rows tr', (trs) => trs.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });

  test('a person view lists their quotes and articles; the overview renders to a screenshot', async () => {
    await page.goto(`file://${file}#person/${encodeURIComponent('Jane Porter')}`);
    await page.waitForSelector('#person h2');
    const listed = await page.$$eval('#person ol q', (qs) => qs.map((q) => q.textContent));
    expect(listed).toEqual(quotes.filter((q) => q.speaker === 'Jane Porter').map((q) => q.text));
    expect(await page.$$eval('#person ul a', (as) => as.map((a) => a.textContent))).toEqual(['Bus plan <b>under fire</b>']);
    await page.goto(`file://${file}#overview`);
    await page.waitForSelector('body[data-ready]');
    // (In the test's own folder: a test run leaves nothing in the user's output/.)
    const png = await page.screenshot({ path: join(dir, 'report-fixtures.png'), fullPage: true });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
