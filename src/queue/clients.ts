import { createRequire } from 'node:module';

/**
 * BullMQ and ioredis, loaded with require. Both are CommonJS: imported as ES modules, Node first reads
 * every one of their ~250 files for its export names, which cost each queue process (enqueue, every
 * worker, collect) about 0.15 CPU seconds more at start-up, before a worker takes its first batch.
 */
const require = createRequire(import.meta.url);
const bullmq = require('bullmq') as typeof import('bullmq');
const ioredis = require('ioredis') as typeof import('ioredis');

export const { Queue, Worker } = bullmq;
export const { Redis } = ioredis;
export type Queue = import('bullmq').Queue;
export type Worker = import('bullmq').Worker;
export type Redis = import('ioredis').Redis;
export type { Job, RedisOptions } from 'bullmq';
