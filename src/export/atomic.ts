import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { ensureDir } from './ensure-dir.js';

/**
 * A file written under a temporary name and renamed into place by commit(), so a killed run never
 * leaves a truncated file that looks complete.
 */
export class AtomicFile {
  readonly stream: WriteStream;
  private readonly tempPath: string;
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

  /** Write, honouring back-pressure. */
  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
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
    return new Promise((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}
