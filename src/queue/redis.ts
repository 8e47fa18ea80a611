import { Redis, type RedisOptions } from './clients.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * ioredis options from a redis:// or rediss:// URL. Commands wait through a Redis restart instead of
 * failing (maxRetriesPerRequest: null, which BullMQ's workers need anyway), and reconnection goes on
 * with a capped back-off.
 */
export function redisOptions(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--redis: "${url}" is not a URL (e.g. redis://host:6379/0)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`--redis: "${url}" is not a redis:// or rediss:// URL`);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(100 * times, 2000),
  };
}

/** The --redis value: the flag, then QUOTEWIRE_REDIS, then the local default. */
export function redisUrl(flag?: string): string {
  return flag ?? process.env.QUOTEWIRE_REDIS ?? DEFAULT_REDIS_URL;
}

/**
 * A client for a one-shot command (enqueue, status, collect): it fails at once with a clear message
 * when Redis cannot be reached, instead of retrying for ever as a worker does.
 */
export async function connectOnce(url: string): Promise<Redis> {
  const client = new Redis({ ...redisOptions(url), lazyConnect: true, maxRetriesPerRequest: 2, retryStrategy: () => null });
  let cause: Error | null = null;
  client.on('error', (error: Error) => (cause ??= error)); // reported below, or by the command that failed
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new Error(`cannot reach Redis at ${url}: ${(cause ?? (error as Error)).message}`);
  }
  return client;
}
