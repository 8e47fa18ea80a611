import type { htmlToArticle as HtmlToArticle } from './html.js';

/**
 * The reader could not be loaded (a dependency such as linkedom missing): a broken install, not bad
 * input, so readers let it end the run instead of reporting each HTML file as unreadable.
 */
export class HtmlReaderUnavailable extends Error {
  constructor(cause: unknown) {
    super(`cannot load the HTML reader (is the install complete?): ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'HtmlReaderUnavailable';
  }
}

type HtmlModule = { htmlToArticle: typeof HtmlToArticle };

/**
 * A getter for the HTML reader that loads it on first use and keeps it. A failed load is not kept,
 * so a later call tries again rather than repeating a stale failure.
 */
export function lazyHtmlReader(load: () => Promise<HtmlModule>): () => Promise<typeof HtmlToArticle> {
  let loading: Promise<HtmlModule> | undefined;
  return async () => {
    loading ??= load();
    try {
      return (await loading).htmlToArticle;
    } catch (error) {
      loading = undefined;
      throw new HtmlReaderUnavailable(error);
    }
  };
}
