import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inProcessProcessor } from '../../src/batch/processor.js';
import { processBatch } from '../../src/queue/process-batch.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

describe('a batch through the pipeline', () => {
  const dir = tempDir('qw-batch-');
  writeFileSync(join(dir, 'feed.jsonl'), ['{"id":"a","text":"“Tides are early this year,” said harbour master Ewa Lindqvist."}', '{"id":"b" oops', '{"id":"c","text":"No quotes here."}'].join('\n'));

  test('units read from the job directory, ranges respected, items in order, bad lines as errors', async () => {
    const items = await processBatch({ index: 0, units: [
      { kind: 'error', error: { id: 'gone.txt', path: 'gone.txt', reason: 'cannot read: ENOENT' } },
      { kind: 'file', file: 'feed.jsonl', relative: 'feed.jsonl', range: { from: 0, to: 2, byteOffset: 0 } },
    ] }, dir, inProcessProcessor(), 2);
    expect(items.map((i) => (i.kind === 'result' ? i.result.article.id : `error ${i.error.id}`))).toEqual(['error gone.txt', 'a', 'error feed.jsonl:2']);
    const a = items[1]!;
    expect(a.kind === 'result' && a.result.quotes.map((q) => [q.text, q.speaker])).toEqual([['Tides are early this year,', 'Ewa Lindqvist']]);
  });

  test('a file missing on this machine fails the batch (to be retried), it is not a bad input', async () => {
    await expect(processBatch({ index: 1, units: [{ kind: 'file', file: 'elsewhere.jsonl', relative: 'elsewhere.jsonl' }] }, dir, inProcessProcessor(), 1))
      .rejects.toThrow(/cannot read elsewhere\.jsonl on this machine \(ENOENT\)/);
  });
});
