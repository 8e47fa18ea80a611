import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inProcessProcessor } from '../../src/batch/processor.js';
import { collectJob, FailedBatchError } from '../../src/queue/collect.js';
import type { JobSettings } from '../../src/queue/job.js';
import { writePartial } from '../../src/queue/partials.js';
import { processBatch } from '../../src/queue/process-batch.js';
import type { OutputItem } from '../../src/types.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

// collect --wait without Redis: the partials appear (or fail) while it runs, as workers would make them.
const tmp = () => tempDir('qw-wait-');

function settingsFor(partialsDir: string, batches: number): JobSettings {
  return {
    name: 'wait', version: 'test', inputs: ['a.jsonl', 'b.jsonl'], cwd: partialsDir, partialsDir, batches, fingerprint: 'x',
    formats: ['csv', 'jsonl'], include: [], exclude: [], formulaSafe: true, emitText: false, pullquotes: 3, clean: false, batchSize: 1,
  };
}

async function batchItems(): Promise<OutputItem[][]> {
  const dir = tmp();
  writeFileSync(join(dir, 'a.jsonl'), '{"id":"first","text":"“The ferry will run all winter,” said port captain Milo Varga."}\n');
  writeFileSync(join(dir, 'b.jsonl'), '{"id":"second","text":"“We ordered two more boats,” Varga added on Friday."}\n');
  const processor = inProcessProcessor();
  const batch = (index: number, file: string) => processBatch({ index, units: [{ kind: 'file', file, relative: file }] }, dir, processor, 1);
  return [await batch(0, 'a.jsonl'), await batch(1, 'b.jsonl')];
}

describe('collect --wait', () => {
  test('merges each batch once it lands, in batch order, into the same files as a collect after the workers', async () => {
    const [zero, one] = await batchItems();
    const partials = tmp();
    const watched: number[] = [];
    const waiting = collectJob(settingsFor(partials, 2), join(partials, 'out'), { wait: { failure: async (i) => (watched.push(i), null) } });
    // Batch 1 finishes first; batch 0 a little later: rows still come out in batch order.
    await writePartial(partials, { batch: 1, worker: 'w2' }, one!);
    await new Promise((r) => setTimeout(r, 120));
    await writePartial(partials, { batch: 0, worker: 'w1' }, zero!);
    const summary = await waiting;
    expect(summary.articles).toBe(2);
    expect(summary.quotes).toBe(2);
    expect(watched).toContain(0);
    const after = await collectJob(settingsFor(partials, 2), join(partials, 'again'));
    expect(after.missing).toEqual([]);
    for (const name of ['quotes.csv', 'articles.csv', 'quotes.jsonl', 'people.csv', 'pullquotes.csv']) {
      expect(readFileSync(join(partials, 'out', name), 'utf8'), name).toBe(readFileSync(join(partials, 'again', name), 'utf8'));
    }
    const quotes = readFileSync(join(partials, 'out', 'quotes.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; speaker: string; cue: string; type: string });
    expect(quotes.map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([
      ['The ferry will run all winter,', 'direct', 'Milo Varga', 'said'],
      ['We ordered two more boats,', 'direct', 'Varga', 'added'],
    ]);
  });

  test('a batch that failed for good ends the wait with its reason and writes no files', async () => {
    const [zero] = await batchItems();
    const partials = tmp();
    await writePartial(partials, { batch: 0, worker: 'w1' }, zero!);
    const out = join(partials, 'out');
    const waiting = collectJob(settingsFor(partials, 2), out, { wait: { failure: async (i) => (i === 1 ? 'disk full' : null) } });
    await expect(waiting).rejects.toThrow(FailedBatchError);
    await expect(waiting).rejects.toThrow(/batch 1 failed for good \(disk full\)/);
    expect(existsSync(join(out, 'quotes.csv'))).toBe(false);
  });

  test('--wait and --partial together are refused', async () => {
    await expect(collectJob(settingsFor(tmp(), 1), tmp(), { partial: true, wait: { failure: async () => null } })).rejects.toThrow(/give one of them/);
  });
});
