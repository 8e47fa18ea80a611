import cliProgress from 'cli-progress';
import { plural } from '../plural.js';

/** Progress on stderr: a live bar on a TTY, a plain line every few seconds otherwise, nothing when quiet. */
export interface Progress {
  /** One article done: its quotes and roughly how many input bytes it came from. */
  tick(quotes: number, bytes: number): void;
  stop(): void;
}

export function createProgress(options: { quiet: boolean; stream?: NodeJS.WriteStream; totalBytes?: number }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { tick: () => {}, stop: () => {} };
  const started = Date.now();
  let articles = 0;
  let quotes = 0;
  let bytes = 0;
  const rate = () => (articles / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  // The ETA scales elapsed time by the share of input bytes read (an estimate: markup and
  // compression make bytes and text differ).
  const eta = () => {
    const total = options.totalBytes ?? 0;
    if (!total || !bytes) return '?';
    const seconds = Math.max(0, ((Date.now() - started) / 1000) * (total / Math.min(bytes, total) - 1));
    return seconds < 90 ? `${Math.round(seconds)}s` : `${Math.round(seconds / 60)}min`;
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: 'quotewire | {value} articles | {rate} articles/s | {quotes} quotes | {duration_formatted} elapsed | ETA {remaining}', hideCursor: true, noTTYOutput: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { rate: '0', quotes: 0, remaining: '?' });
    return {
      tick(q, b) { articles++; quotes += q; bytes += b; bar.update(articles, { rate: rate(), quotes, remaining: eta() }); },
      stop() { bar.stop(); },
    };
  }
  let lastLog = started;
  return {
    tick(q, b) {
      articles++;
      quotes += q;
      bytes += b;
      if (Date.now() - lastLog >= 5000) {
        lastLog = Date.now();
        stream.write(`quotewire: ${plural(articles, 'article')}, ${plural(quotes, 'quote')}, ${rate()} articles/s, ETA ${eta()}\n`);
      }
    },
    stop() {},
  };
}
