import { Queue } from './clients.js';
import type { BatchWatch } from './collect.js';
import { batchJobId, keys } from './job.js';
import type { redisOptions } from './redis.js';

/** A job's batches as its queue sees them, for `collect --wait`: a failed batch (no attempts left) will never come. */
export function queueBatchWatch(connection: ReturnType<typeof redisOptions>, job: string): BatchWatch & { close(): Promise<void> } {
  const queue = new Queue(keys.queue(job), { connection });
  queue.on('error', () => {}); // a lost connection fails the look that needed it
  return {
    async failure(index) {
      const id = batchJobId(job, index);
      const state = await queue.getJobState(id);
      if (state === 'failed') return (await queue.getJob(id))?.failedReason || 'no reason recorded';
      // Anything else may still finish; so may a batch not in the queue yet (enqueue adds them 500 at a time).
      return null;
    },
    close: () => queue.close(),
  };
}
