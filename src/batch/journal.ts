import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ensureDir } from '../export/ensure-dir.js';
import { join } from 'node:path';
import type { Article, ArticleResult } from '../types.js';
import { describeProducer, sameProducer, type Producer } from './producer.js';

interface Entry {
  hash: string;
  offset: number;
  length: number;
}

/**
 * Every processed article's result, appended as it completes, in the output directory. A resumed run
 * reuses the results whose article id and content hash match, so its final files equal those of an
 * uninterrupted run. Only offsets are kept in memory; results are read back on demand. Appends go
 * through a buffered stream (one system call per many articles, not one each); a killed run loses at
 * most the unflushed tail, which a resumed run simply processes again.
 *
 * The first line records the producer (version and build fingerprint). A resumed run with another
 * producer is refused: its output would mix two versions' results, unlike an uninterrupted run's.
 */
export class Journal {
  private drained: Promise<void> | null = null;

  private constructor(
    private readonly reader: FileHandle | null,
    private readonly writer: WriteStream,
    private readonly entries: Map<string, Entry>,
  ) {}

  static path(outDir: string): string {
    return join(outDir, '.quotewire', 'journal.jsonl');
  }

  /**
   * Open the journal; with resume, index what an earlier run left (a torn last line is dropped), and
   * refuse a journal another producer wrote.
   */
  static async open(outDir: string, resume: boolean, producer: Producer): Promise<Journal> {
    const path = Journal.path(outDir);
    await ensureDir(join(outDir, '.quotewire'));
    const entries = new Map<string, Entry>();
    let reader: FileHandle | null = null;
    let size = 0;
    if (resume) {
      const index = await indexJournal(path, entries);
      if (index.end > 0) refuseOtherProducer(path, index.producer, producer);
      size = index.end;
      reader = await open(path, 'a+');
      await reader.truncate(size);
    }
    const writer = createWriteStream(path, { flags: resume ? 'r+' : 'w', start: size });
    await new Promise<void>((resolve, reject) => {
      writer.once('open', () => resolve());
      writer.once('error', reject);
    });
    if (size === 0) writer.write(JSON.stringify({ producer }) + '\n');
    return new Journal(reader, writer, entries);
  }

  /** The result an earlier run recorded for this article, if its content is unchanged. */
  async lookup(article: Article): Promise<ArticleResult | null> {
    const entry = this.entries.get(article.id);
    if (!this.reader || !entry || entry.hash !== contentHash(article)) return null;
    const buffer = Buffer.alloc(entry.length);
    await this.reader.read(buffer, 0, entry.length, entry.offset);
    return (JSON.parse(buffer.toString('utf8')) as { result: ArticleResult }).result;
  }

  async append(article: Article, result: ArticleResult): Promise<void> {
    if (!this.writer.write(JSON.stringify({ id: article.id, hash: contentHash(article), result }) + '\n')) {
      // Many articles append at once: they share one wait for the buffer to drain.
      this.drained ??= new Promise<void>((resolve) => this.writer.once('drain', () => {
        this.drained = null;
        resolve();
      }));
    }
    if (this.drained) await this.drained;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.writer.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await this.reader?.close();
  }
}

/** Content hash of everything that determines an article's result. */
export function contentHash(article: Article): string {
  const { text, ...meta } = article;
  return createHash('sha1').update(JSON.stringify(meta)).update('\0').update(text).digest('hex');
}

function refuseOtherProducer(path: string, recorded: Producer | null, current: Producer): void {
  if (recorded && sameProducer(recorded, current)) return;
  const writer = recorded ? describeProducer(recorded) : 'a quotewire that did not record its version';
  throw new Error(
    `--resume: ${path} was written by ${writer}; this is ${describeProducer(current)}. ` +
      'Resuming would mix the results of both in one output. Finish the run with the quotewire that started it, ' +
      'or run again without --resume to start over.',
  );
}

interface JournalIndex {
  /** Where the last whole line ends (0: nothing usable). */
  end: number;
  producer: Producer | null;
}

async function indexJournal(path: string, entries: Map<string, Entry>): Promise<JournalIndex> {
  let producer: Producer | null = null;
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
          const record = JSON.parse(line.toString('utf8')) as { id: string; hash: string; producer?: Producer };
          if (offset === 0 && record.producer) producer = record.producer;
          else entries.set(record.id, { hash: record.hash, offset, length: line.length });
          goodEnd = offset + line.length + 1;
        } catch {
          return { end: goodEnd, producer }; // a torn line: everything after it is discarded
        }
        offset += line.length + 1;
        pending = pending.subarray(newline + 1);
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { end: goodEnd, producer };
}
