import cliProgress from 'cli-progress';

/** Progress on stderr: a live bar on a TTY, a plain line every few seconds otherwise, nothing when quiet. */
export interface Progress {
  tick(quotes: number): void;
  stop(): void;
}

export function createProgress(options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { tick: () => {}, stop: () => {} };
  const started = Date.now();
  let articles = 0;
  let quotes = 0;
  const rate = () => (articles / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: 'quotewire | {value} articles | {rate} articles/s | {quotes} quotes | {duration_formatted}', hideCursor: true, noTTYOutput: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { rate: '0', quotes: 0 });
    return {
      tick(q) { articles++; quotes += q; bar.update(articles, { rate: rate(), quotes }); },
      stop() { bar.stop(); },
    };
  }
  let lastLog = started;
  return {
    tick(q) {
      articles++;
      quotes += q;
      if (Date.now() - lastLog >= 5000) {
        lastLog = Date.now();
        stream.write(`quotewire: ${articles} articles, ${quotes} quotes, ${rate()} articles/s\n`);
      }
    },
    stop() {},
  };
}
