import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import { readFile } from '../ingest/index.js';
import { processOrReport, type ArticleProcessor } from '../batch/processor.js';
import type { OutputItem } from '../types.js';
import type { Batch } from './job.js';

/**
 * A batch through the same ingest and pipeline as `extract`: its items in corpus order, the
 * articles processed `parallel` at a time. A batch is small (its results are held until its partial
 * is written), so reading runs ahead of the pipeline without a bound.
 */
export async function processBatch(batch: Batch, cwd: string, processor: ArticleProcessor, parallel: number): Promise<OutputItem[]> {
  const limit = pLimit(Math.max(1, parallel));
  const pending: Promise<OutputItem>[] = [];
  for (const unit of batch.units) {
    if (unit.kind === 'error') {
      pending.push(Promise.resolve({ kind: 'error', error: unit.error }));
      continue;
    }
    await checkPresent(cwd, unit.file);
    for await (const item of readFile(unit.file, unit.relative, { baseDir: cwd, ...(unit.range ? { range: unit.range } : {}) })) {
      if (item.kind === 'error') pending.push(Promise.resolve(item));
      else {
        const article = item.article;
        pending.push(limit(() => processOrReport(processor, article)));
      }
    }
  }
  return Promise.all(pending);
}

/**
 * A file the planner saw must exist here too. If it does not (a mount missing on this machine), the
 * batch fails and is retried, perhaps elsewhere, rather than recording the file as a bad input that a
 * local run would not report.
 */
async function checkPresent(cwd: string, file: string): Promise<void> {
  try {
    await access(resolve(cwd, file), constants.F_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Other failures (a file without read permission) are the file's own: the reader reports them as a local run does.
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new Error(`cannot read ${file} on this machine (${code})`);
  }
}
