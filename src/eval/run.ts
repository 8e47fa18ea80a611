import { writeFileSync } from 'node:fs';
import type { ArticleEntities, Quote, QuoteType } from '../types.js';
import { processArticle } from '../pipeline/process.js';
import { loadGold, type GoldArticle } from './gold.js';
import { scoreArticles, type EvalReport } from './score.js';
import { plural } from '../plural.js';

export const ALL_TYPES: QuoteType[] = ['direct', 'partial', 'indirect'];

export interface EvalOptions {
  types?: QuoteType[];
  errorsFile?: string;
}

/** Run the extractor on every gold text and score it. */
export function evaluate(goldPath: string, options: EvalOptions = {}): EvalReport {
  return scoreExtracted(loadGold(goldPath).map((gold) => extractGold(gold, goldPath)), options);
}

/** What the extractor finds in one gold article, ready for scoring. */
export interface EvalItem {
  gold: GoldArticle;
  quotes: Quote[];
  entities: ArticleEntities;
}

/** Run the extractor on one gold article (read from goldPath). */
export function extractGold(gold: GoldArticle, goldPath: string): EvalItem {
  const result = processArticle({ id: gold.id, path: goldPath, text: gold.text, outlet: gold.outlet });
  return { gold, quotes: result.quotes, entities: result.entities };
}

/** Score articles the extractor has already run on: the scoring half of evaluate. */
export function scoreExtracted(items: EvalItem[], options: EvalOptions = {}): EvalReport {
  const types = options.types ?? ALL_TYPES;
  const report = scoreArticles(items, types);
  report.unannotated = unannotated(items, types);
  if (options.errorsFile) writeFileSync(options.errorsFile, formatErrors(report));
  return report;
}

/**
 * Articles whose gold lists no quotation at all while the extractor finds some in quotation marks:
 * usually marks the gold's converter did not read (PolNeAR's New York Times texts write quotes as
 * ''…''). Every find there counts as a false hit, and the gold's attributions around those marks
 * count as indirect speech. The score stays as SPEC.md defines it; this says how much of it such
 * articles explain, and what the rest scores, for whichever types are scored.
 */
function unannotated(items: Parameters<typeof scoreArticles>[0], types: QuoteType[]): EvalReport['unannotated'] {
  const inMarks = (type: QuoteType) => type !== 'indirect';
  const suspect = (item: (typeof items)[number]) =>
    !item.gold.quotes.some((q) => inMarks(q.type)) && item.quotes.some((q) => inMarks(q.type));
  const gaps = items.filter(suspect);
  if (!gaps.length) return null;
  const rest = scoreArticles(items.filter((item) => !suspect(item)), types);
  return {
    articles: gaps.length,
    predicted: gaps.reduce((n, item) => n + item.quotes.filter((q) => inMarks(q.type)).length, 0),
    ids: gaps.map((item) => item.gold.id),
    without: rest.overall,
  };
}

export function parseTypes(list: string): QuoteType[] {
  const types = list.split(',').map((t) => t.trim()).filter(Boolean);
  for (const t of types) if (!ALL_TYPES.includes(t as QuoteType)) throw new Error(`--types: unknown quote type "${t}" (direct, partial, indirect)`);
  return types as QuoteType[];
}

const pct = (x: number | null) => (x === null ? '   n/a' : x.toFixed(3).padStart(6));

export function formatReport(goldPath: string, r: EvalReport): string {
  const lines = [`quotewire eval ${goldPath}: ${plural(r.articles, 'article')}, types ${r.types.join('+')}`];
  lines.push('');
  lines.push('quotes        gold  pred |  P@.3   R@.3  F1@.3 |  F1@.8  F1@ex | speaker  end2end-F1');
  // With no gold quotes of a kind, precision, recall and F1 mean nothing: say so instead of printing 1.000/0.000.
  const row = (name: string, s: EvalReport['overall']) => s.gold === 0 ? `${name.padEnd(10)}      0 ${String(s.predicted).padStart(5)} | no gold quotes of this type` :
    `${name.padEnd(10)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(5)} | ${pct(s.at['0.3'].precision)} ${pct(s.at['0.3'].recall)} ${pct(s.at['0.3'].f1)} | ${pct(s.at['0.8'].f1)} ${pct(s.at.exact.f1)} | ${pct(s.speakerAccuracy)}  ${pct(s.endToEnd.f1)}`;
  lines.push(row('all', r.overall));
  for (const [t, s] of Object.entries(r.byType)) lines.push(row(t, s!));
  if (r.unannotated) {
    const u = r.unannotated;
    lines.push('', `note: ${plural(u.articles, 'article')} ${u.articles === 1 ? 'has' : 'have'} no gold quotes in quotation marks but ${plural(u.predicted, 'predicted quotation')} (marks the gold may not annotate, e.g. ''…''); the other ${plural(r.articles - u.articles, 'article')} ${r.articles - u.articles === 1 ? 'scores' : 'score'}:`);
    lines.push(row('rest', u.without));
  }
  if (r.outlet.compared) lines.push('', `outlet accuracy: ${pct(r.outlet.accuracy)} (${r.outlet.correct}/${r.outlet.compared} matched quotes with an outlet)`);
  if (r.entities) {
    lines.push('', 'entities       tp    fp    fn |     P      R     F1');
    for (const kind of ['people', 'films', 'outlets', 'characters'] as const) {
      const e = r.entities[kind];
      lines.push(`${kind.padEnd(12)} ${String(e.tp).padStart(4)}  ${String(e.fp).padStart(4)}  ${String(e.fn).padStart(4)} | ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}`);
    }
    lines.push(`characters reported as people: ${r.entities.charactersAsPeople}`);
  }
  return lines.join('\n') + '\n';
}

export function formatErrors(r: EvalReport): string {
  const out: string[] = [];
  for (const kind of ['miss', 'false-hit', 'wrong-speaker', 'wrong-outlet'] as const) {
    const list = r.errors.filter((e) => e.kind === kind);
    out.push(`## ${kind} (${list.length})`, '');
    for (const e of list) {
      out.push(`[${e.article}] ${e.type}: ${JSON.stringify(e.text)}`);
      if (e.expected !== undefined) out.push(`  expected: ${e.expected}`);
      if (e.got !== undefined) out.push(`  got:      ${e.got}`);
      out.push(`  context:  ${e.context.replace(/\s+/g, ' ')}`, '');
    }
  }
  return out.join('\n');
}
