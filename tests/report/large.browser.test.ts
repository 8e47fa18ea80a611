import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { largeInput } from './large.js';

const dir = mkdtempSync(join(tmpdir(), 'qw-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!browserAvailable)('a report of 50,000 quotes', () => {
  test('becomes interactive within a few seconds and searches, filters and opens articles without freezing', async () => {
    const input = largeInput(5000, 10);
    expect(input.quotes).toHaveLength(50_000);
    const file = join(dir, 'report.html');
    const html = renderReport(input);
    writeFileSync(file, html);
    // The floor: the same page whose script only parses the embedded data. Timing the report against it
    // in the same browser keeps the check about our script, not about how busy the machine is.
    const floorFile = join(dir, 'floor.html');
    const scriptAt = html.lastIndexOf('<script>');
    writeFileSync(floorFile, html.slice(0, scriptAt) +
      `<script>JSON.parse(document.getElementById('qw-data').textContent);document.body.setAttribute('data-ready','true')</script></body></html>`);
    const { context, close } = await launchBrowser();
    try {
      const page = await context.newPage();
      const timeToReady = async (path: string) => {
        const started = Date.now();
        await page.goto(`file://${path}`);
        await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
        return Date.now() - started;
      };
      await timeToReady(floorFile); // the first load also warms the browser up
      const floor = await timeToReady(floorFile);
      const ready = await timeToReady(file);
      console.log(`50,000-quote report: ${(statSync(file).size / 1e6).toFixed(1)} MB, interactive after ${ready} ms; reading and parsing its data alone ${floor} ms`);
      // Building the views may cost about as much again as reading the data, never seconds more.
      expect(ready).toBeLessThan(2 * floor + 2000);
      expect(await page.$$('#pq-list li.pq')).toHaveLength(12);

      await page.goto(`file://${file}#quotes`);
      await page.waitForSelector('body[data-ready]');
      expect(await page.textContent('#q-count')).toBe('50,000 of 50,000 quotes');
      expect(await page.$$('#q-rows tr')).toHaveLength(50);
      // The longest step a user can trigger: a first text search over every quote.
      const took = await page.evaluate(async () => {
        const t0 = performance.now();
        const box = document.getElementById('f-text') as HTMLInputElement;
        box.value = 'number 4321-7,';
        box.dispatchEvent(new Event('input'));
        await new Promise((r) => setTimeout(r, 130));
        return performance.now() - t0;
      });
      expect(await page.textContent('#q-count')).toBe('1 of 50,000 quotes');
      expect(took).toBeLessThan(1000);
      await page.click('#f-reset');
      await page.fill('#f-speaker', 'Ana Ruiz 17');
      await page.waitForTimeout(300);
      const expected = input.quotes.filter((q) => q.speaker!.toLowerCase().includes('ana ruiz 17')).length;
      expect(await page.textContent('#q-count')).toBe(`${expected.toLocaleString('en')} of 50,000 quotes`);

      const q = input.quotes[43_210]!;
      await page.goto(`file://${file}#article/4321/43210`);
      await page.waitForSelector('#article-text .focus');
      expect(await page.$$eval('#article-text [data-q~="43210"]', (n) => n.map((e) => e.textContent).join(''))).toBe(q.text);
      const png = await page.screenshot({ path: join(dir, 'report-large-article.png') });
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await close();
    }
  });
});
