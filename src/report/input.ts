import type { ArticleResult, Quote } from '../types.js';

/** One article as the report shows it; text is null when the run's output does not hold it. */
export interface ReportArticle {
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  outlet: string | null;
  path: string;
  text: string | null;
  /** Titles of the films the article mentions (the report's film filter). */
  films: string[];
}

/** Everything the HTML report is built from: a run's articles and quote records. */
export interface ReportInput {
  /** Shown in the page header, e.g. the run's inputs. */
  label: string;
  articles: ReportArticle[];
  quotes: Quote[];
}

/** A report input straight from pipeline results (library use and tests). */
export function reportInputFromResults(results: ArticleResult[], label = 'quotewire'): ReportInput {
  return {
    label,
    articles: results.map(({ article, entities }) => reportArticle(article, article.text, entities.films)),
    quotes: results.flatMap((r) => r.quotes),
  };
}

/** The report's view of an article record (from pipeline results or a run's articles). */
export function reportArticle(
  a: { id: string; title?: string | null; url?: string | null; date?: string | null; outlet?: string | null; path: string },
  text: string | null,
  films: { title: string }[],
): ReportArticle {
  return { id: a.id, title: a.title ?? null, url: a.url ?? null, date: a.date ?? null, outlet: a.outlet ?? null, path: a.path, text, films: films.map((f) => f.title) };
}
