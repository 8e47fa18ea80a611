import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OutputWriter, type OutputFormat } from '../../src/export/writers.js';
import { extractArticle } from '../../src/pipeline/process.js';
import type { OutputItem } from '../../src/types.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const run = { tool: 'quotewire', version: '0.0.0', inputs: ['harbour.txt'], options: {} };
const text = '"The new quay will open before the autumn storms," said Orla Dunmore, the harbour master. ' +
  'Councillor Ben Tarrow said the budget was "stretched but sound".';

async function writeAll(formats: OutputFormat[]): Promise<string> {
  const dir = tempDir('qw-writers-');
  const writer = await OutputWriter.open(dir, { formats }, run);
  const item: OutputItem = { kind: 'result', result: extractArticle(text, { id: 'harbour.txt', path: 'harbour.txt' }) };
  await writer.write(item);
  await writer.write({ kind: 'error', error: { id: 'empty.txt', path: 'empty.txt', reason: 'no text' } });
  await writer.finish({ people: [], films: [], outlets: [] });
  return dir;
}

describe('the JSON outputs', () => {
  test('quotes.jsonl, articles.jsonl and quotewire.json hold the same serialised records', async () => {
    const dir = await writeAll(['json', 'jsonl']);
    const json = JSON.parse(readFileSync(join(dir, 'quotewire.json'), 'utf8')) as { articles: unknown[]; quotes: unknown[] };
    const quoteLines = readFileSync(join(dir, 'quotes.jsonl'), 'utf8').trimEnd().split('\n');
    const articleLines = readFileSync(join(dir, 'articles.jsonl'), 'utf8').trimEnd().split('\n');
    expect(quoteLines.length).toBeGreaterThanOrEqual(2);
    expect(quoteLines.map((l) => JSON.parse(l))).toEqual(json.quotes);
    expect(articleLines.map((l) => JSON.parse(l))).toEqual(json.articles);
    expect(JSON.parse(quoteLines[0]!)).toMatchObject({ speaker: 'Orla Dunmore', type: 'direct', text: 'The new quay will open before the autumn storms,' });
  });

  test('each format alone writes the same bytes as when written together', async () => {
    const both = await writeAll(['json', 'jsonl']);
    const jsonOnly = await writeAll(['json']);
    const jsonlOnly = await writeAll(['jsonl']);
    expect(readFileSync(join(jsonOnly, 'quotewire.json'), 'utf8')).toBe(readFileSync(join(both, 'quotewire.json'), 'utf8'));
    for (const name of ['quotes.jsonl', 'articles.jsonl']) {
      expect(readFileSync(join(jsonlOnly, name), 'utf8')).toBe(readFileSync(join(both, name), 'utf8'));
    }
  });
});
