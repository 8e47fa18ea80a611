import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureDir } from './ensure-dir.js';
import { utf8Join } from './utf8-join.js';

// Rows arrive a few hundred bytes at a time; one fs write per row kept the main thread busy with
// system calls while the workers waited for it. Chunks are gathered up to this size and written at once.
const FLUSH_AT = 64 * 1024;

/**
 * A file written under a temporary name and renamed into place by commit(), so a killed run never
 * leaves a truncated file that looks complete. Writes are gathered in memory and reach the file in
 * large pieces; nothing is visible before commit() anyway.
 */
export class AtomicFile {
  private readonly stream: WriteStream;
  private readonly tempPath: string;
  private pending: string[] = [];
  private pendingLength = 0;
  private static opened = 0;

  private constructor(readonly path: string) {
    // Unique across the machines and processes that may write the same file on a shared filesystem.
    this.tempPath = `${path}.partial-${hostname()}-${process.pid}-${++AtomicFile.opened}`;
    this.stream = createWriteStream(this.tempPath, { encoding: 'utf8' });
  }

  static async open(path: string): Promise<AtomicFile> {
    await ensureDir(dirname(path));
    const file = new AtomicFile(path);
    await new Promise<void>((resolve, reject) => {
      file.stream.once('open', () => resolve());
      file.stream.once('error', reject);
    });
    return file;
  }

  /**
   * A whole file written by `fill` and committed, or discarded if `fill` fails (the error is thrown on):
   * for a file written in one go, such as a batch's partial or the HTML report.
   */
  static async writeWhole(path: string, fill: (file: AtomicFile) => Promise<void>): Promise<void> {
    const file = await AtomicFile.open(path);
    try {
      await fill(file);
      await file.commit();
    } catch (error) {
      await file.discard();
      throw error;
    }
  }

  /** Write, honouring back-pressure. */
  async write(chunk: string): Promise<void> {
    if (!this.append(chunk)) await this.drained();
  }

  /**
   * Add a chunk without waiting: false when the file asks the writer to wait for drained() before
   * adding more (a stream that cannot await, such as a CSV formatter, pauses instead).
   */
  append(chunk: string): boolean {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    return this.pendingLength < FLUSH_AT || this.flush();
  }

  /** Resolves when the file can take more; rejects if a write failed meanwhile (a full disk), instead of waiting forever. */
  async drained(): Promise<void> {
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  private flush(): boolean {
    if (!this.pending.length) return !this.stream.writableNeedDrain;
    const chunk = this.pending.length === 1 ? this.pending[0]! : utf8Join(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    return this.stream.write(chunk);
  }

  async commit(): Promise<void> {
    await this.close();
    await rename(this.tempPath, this.path);
  }

  async discard(): Promise<void> {
    await this.close();
    await rm(this.tempPath, { force: true });
  }

  private close(): Promise<void> {
    if (this.stream.closed) return Promise.resolve();
    this.flush();
    return new Promise((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

/**
 * Removes the temporary files that runs on this machine left in dir when they were killed
 * (`NAME.partial-HOST-PID-N` whose process is gone): a killed run over a large corpus leaves
 * gigabytes of them, and neither --resume nor a fresh run would ever reuse them. Files of a
 * process still alive, or of another machine sharing the folder, are left alone: that run may
 * still be writing them. Returns the names removed.
 */
export async function removeStalePartials(dir: string): Promise<string[]> {
  const marker = `.partial-${hostname()}-`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const at = name.lastIndexOf(marker);
    const pid = at > 0 ? /^(\d+)-\d+$/.exec(name.slice(at + marker.length))?.[1] : undefined;
    if (!pid || processAlive(Number(pid))) continue;
    await rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
