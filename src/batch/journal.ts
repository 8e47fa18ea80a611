import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ensureDir } from '../export/ensure-dir.js';
import { join } from 'node:path';
import type { Article, ArticleResult } from '../types.js';

interface Entry {
  hash: string;
  offset: number;
  length: number;
}

/**
 * Every processed article's result, appended as it completes, in the output directory. A resumed run
 * reuses the results whose article id and content hash match, so its final files equal those of an
 * uninterrupted run. Only offsets are kept in memory; results are read back on demand.
 */
export class Journal {
  private constructor(
    private readonly handle: FileHandle,
    private readonly entries: Map<string, Entry>,
    private size: number,
  ) {}

  static path(outDir: string): string {
    return join(outDir, '.quotewire', 'journal.jsonl');
  }

  /** Open the journal; with resume, index what an earlier run left (a torn last line is dropped). */
  static async open(outDir: string, resume: boolean): Promise<Journal> {
    const path = Journal.path(outDir);
    await ensureDir(join(outDir, '.quotewire'));
    const entries = new Map<string, Entry>();
    let size = 0;
    if (resume) size = await indexJournal(path, entries);
    const handle = await open(path, resume ? 'a+' : 'w+');
    if (resume) await handle.truncate(size);
    return new Journal(handle, entries, size);
  }

  async lookup(article: Article): Promise<ArticleResult | null> {
    const entry = this.entries.get(article.id);
    if (!entry || entry.hash !== contentHash(article)) return null;
    const buffer = Buffer.alloc(entry.length);
    await this.handle.read(buffer, 0, entry.length, entry.offset);
    return (JSON.parse(buffer.toString('utf8')) as { result: ArticleResult }).result;
  }

  async append(article: Article, result: ArticleResult): Promise<void> {
    const line = Buffer.from(JSON.stringify({ id: article.id, hash: contentHash(article), result }) + '\n', 'utf8');
    const offset = this.size;
    this.size += line.length;
    await this.handle.write(line, 0, line.length, offset);
    this.entries.set(article.id, { hash: contentHash(article), offset, length: line.length - 1 });
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** Content hash of everything that determines an article's result. */
export function contentHash(article: Article): string {
  const { text, ...meta } = article;
  return createHash('sha1').update(JSON.stringify(meta)).update('\0').update(text).digest('hex');
}

async function indexJournal(path: string, entries: Map<string, Entry>): Promise<number> {
  let offset = 0;
  let goodEnd = 0;
  let pending = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path)) {
      pending = Buffer.concat([pending, chunk as Buffer]);
      let newline: number;
      while ((newline = pending.indexOf(10)) >= 0) {
        const line = pending.subarray(0, newline);
        try {
          const { id, hash } = JSON.parse(line.toString('utf8')) as { id: string; hash: string };
          entries.set(id, { hash, offset, length: line.length });
          goodEnd = offset + line.length + 1;
        } catch {
          return goodEnd; // a torn line: everything after it is discarded
        }
        offset += line.length + 1;
        pending = pending.subarray(newline + 1);
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return goodEnd;
}
