import type { RunningWorker } from '../queue/worker.js';

/** How often a stopping worker checks its Redis connection. */
const CHECK_MS = 250;

/**
 * A stopping queue worker finishes its batches in hand, and finishing one ends with writes to Redis
 * (its statistics, BullMQ's completion), which wait for Redis to come back. If Redis stays away for
 * `graceSeconds` in a row, waiting longer would hang the shutdown for ever: `giveUp` is called with
 * the batches left unfinished (BullMQ hands them to another worker once their lock lapses). A slow
 * batch on a reachable Redis is never cut short. Returns a function that cancels the watch.
 */
export function giveUpWithoutRedis(worker: RunningWorker, graceSeconds: number, giveUp: (unfinished: string[]) => void): () => void {
  // Clock time, not a count of checks: with --workers 1 the pipeline holds this thread, checks come late.
  let awaySince: number | null = null;
  const timer = setInterval(() => {
    awaySince = worker.redisReady() ? null : (awaySince ?? Date.now());
    if (awaySince !== null && Date.now() - awaySince >= graceSeconds * 1000) {
      clearInterval(timer);
      giveUp(worker.inHand());
    }
  }, CHECK_MS);
  return () => clearInterval(timer);
}
