import type { ArticleEntities, Quote, QuoteType, Span } from '../types.js';
import type { GoldArticle, GoldQuote } from './gold.js';
import { matchSpans, prf, type Prf } from './match.js';
import { isPronoun, nameTokens, normalizeName, trimSpan } from './normalize.js';

export interface QuoteScore {
  gold: number;
  predicted: number;
  matched: { '0.3': number; '0.8': number; exact: number };
  at: { '0.3': Prf; '0.8': Prf; exact: Prf };
  speakerCorrect: number;
  /** Share of the quotes matched at .3 whose speaker is right; null when none matched. */
  speakerAccuracy: number | null;
  endToEnd: Prf;
}

export interface EntityScore extends Prf {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  articles: number;
  types: QuoteType[];
  overall: QuoteScore;
  byType: Partial<Record<QuoteType, QuoteScore>>;
  outlet: { compared: number; correct: number; accuracy: number | null };
  entities: null | { people: EntityScore; films: EntityScore; outlets: EntityScore; characters: EntityScore; charactersAsPeople: number };
  errors: EvalError[];
  /** Articles whose gold lists no quotations while the extractor finds some (see run.ts), and the score without them. */
  unannotated?: { articles: number; predicted: number; ids: string[]; without: QuoteScore } | null;
}

export interface EvalError {
  article: string;
  kind: 'miss' | 'false-hit' | 'wrong-speaker' | 'wrong-outlet';
  type: string;
  text: string;
  expected?: string | null;
  got?: string | null;
  context: string;
}

interface Tally { gold: number; predicted: number; m3: number; m8: number; mx: number; speaker: number }

/** Score predictions against gold articles as SPEC.md describes. */
export function scoreArticles(
  items: { gold: GoldArticle; quotes: Quote[]; entities: ArticleEntities }[],
  types: QuoteType[],
): EvalReport {
  const overall = tally();
  const byType = new Map<QuoteType, Tally>(types.map((t) => [t, tally()]));
  const outlet = { compared: 0, correct: 0 };
  const errors: EvalError[] = [];
  const entityTallies = { people: etally(), films: etally(), outlets: etally(), characters: etally(), charactersAsPeople: 0 };
  let withEntities = false;

  for (const { gold, quotes, entities } of items) {
    const text = gold.text;
    const goldQuotes = gold.quotes.filter((q) => types.includes(q.type));
    const predQuotes = quotes.filter((q) => types.includes(q.type));
    // Overall: matched regardless of type.
    const pairs = scoreSet(text, goldQuotes, predQuotes, overall);
    for (const [g, p] of pairs) {
      const gq = goldQuotes[g]!;
      const pq = predQuotes[p]!;
      if (!speakerRight(text, gq, pq)) {
        errors.push({ article: gold.id, kind: 'wrong-speaker', type: gq.type, text: excerpt(text, gq), expected: gq.speaker, got: pq.speaker ?? pq.speaker_mention, context: context(text, gq) });
      }
      if (gq.hasOutlet) {
        const expected = outletOf(gq.outlet, gq.speaker);
        const got = outletOf(pq.outlet, pq.speaker);
        if (expected !== null || got !== null) {
          outlet.compared++;
          if (expected === got) outlet.correct++;
          else errors.push({ article: gold.id, kind: 'wrong-outlet', type: gq.type, text: excerpt(text, gq), expected: gq.outlet, got: pq.outlet, context: context(text, gq) });
        }
      }
    }
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedP = new Set(pairs.map(([, p]) => p));
    goldQuotes.forEach((gq, g) => {
      if (!matchedG.has(g)) errors.push({ article: gold.id, kind: 'miss', type: gq.type, text: excerpt(text, gq), expected: gq.speaker, context: context(text, gq) });
    });
    predQuotes.forEach((pq, p) => {
      if (!matchedP.has(p)) errors.push({ article: gold.id, kind: 'false-hit', type: pq.type, text: pq.text.slice(0, 300), got: pq.speaker, context: context(text, pq) });
    });
    for (const type of types) {
      scoreSet(text, goldQuotes.filter((q) => q.type === type), predQuotes.filter((q) => q.type === type), byType.get(type)!);
    }
    if (gold.entities) {
      withEntities = true;
      scoreEntities(gold.entities, entities, entityTallies);
    }
  }

  return {
    articles: items.length,
    types,
    overall: finish(overall),
    byType: Object.fromEntries([...byType].map(([t, v]) => [t, finish(v)])),
    outlet: { ...outlet, accuracy: outlet.compared ? outlet.correct / outlet.compared : null },
    entities: withEntities
      ? {
          people: efinish(entityTallies.people), films: efinish(entityTallies.films),
          outlets: efinish(entityTallies.outlets), characters: efinish(entityTallies.characters),
          charactersAsPeople: entityTallies.charactersAsPeople,
        }
      : null,
    errors,
  };
}

function scoreSet(text: string, gold: GoldQuote[], pred: Quote[], t: Tally): [number, number][] {
  const g = gold.map((q) => trimSpan(text, q));
  const p = pred.map((q) => trimSpan(text, q));
  t.gold += gold.length;
  t.predicted += pred.length;
  const pairs = matchSpans(g, p, 0.3);
  t.m3 += pairs.length;
  t.m8 += matchSpans(g, p, 0.8).length;
  t.mx += matchSpans(g, p, 'exact').length;
  for (const [gi, pi] of pairs) if (speakerRight(text, gold[gi]!, pred[pi]!)) t.speaker++;
  return pairs;
}

/** SPEC: the mention overlaps the gold mention, or the canonical name shares a name token (not for pronoun gold). */
export function speakerRight(text: string, gold: GoldQuote, pred: Quote): boolean {
  const gs = gold.speakerSpan;
  if (gs && pred.speaker_start !== null && pred.speaker_end !== null && pred.speaker_start < gs.end && pred.speaker_end > gs.start) return true;
  const goldName = gold.speaker ?? (gs ? text.slice(gs.start, gs.end) : null);
  if (!goldName || isPronoun(goldName)) return false;
  const want = nameTokens(goldName);
  for (const token of nameTokens(pred.speaker)) if (want.has(token)) return true;
  return false;
}

function outletOf(outlet: string | null, speaker: string | null): string | null {
  if (!outlet) return null;
  const o = normalizeName(outlet);
  return speaker && normalizeName(speaker) === o ? null : o;
}

type NamedEntity = { name: string; aliases: string[] };

function scoreEntities(gold: NonNullable<GoldArticle['entities']>, pred: ArticleEntities, t: ReturnType<typeof entityTallyGroup>) {
  const asNamed = {
    people: pred.people.map((p) => ({ name: p.name, aliases: p.aliases })),
    films: pred.films.map((f) => ({ name: f.title, aliases: f.aliases })),
    outlets: pred.outlets.map((o) => ({ name: o.name, aliases: [] as string[] })),
    characters: pred.characters.map((c) => ({ name: c.name, aliases: [] as string[] })),
  };
  for (const kind of ['people', 'films', 'outlets', 'characters'] as const) {
    const tp = matchEntities(gold[kind], asNamed[kind]);
    t[kind].tp += tp;
    t[kind].fp += asNamed[kind].length - tp;
    t[kind].fn += gold[kind].length - tp;
  }
  const characterNames = new Set(gold.characters.flatMap((c) => [c.name, ...c.aliases].map(normalizeName)));
  const goldPeople = new Set(gold.people.flatMap((p) => [p.name, ...p.aliases].map(normalizeName)));
  for (const p of asNamed.people) {
    const names = [p.name, ...p.aliases].map(normalizeName);
    if (names.some((n) => characterNames.has(n)) && !names.some((n) => goldPeople.has(n))) t.charactersAsPeople++;
  }
}

/** One-to-one: a prediction matches a gold entity when any of its names equals any gold name. */
export function matchEntities(gold: NamedEntity[], pred: NamedEntity[]): number {
  const goldNames = gold.map((g) => new Set([g.name, ...g.aliases].map(normalizeName)));
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const names = [p.name, ...p.aliases].map(normalizeName);
    const g = goldNames.findIndex((set, i) => !used.has(i) && names.some((n) => set.has(n)));
    if (g >= 0) {
      used.add(g);
      tp++;
    }
  }
  return tp;
}

const tally = (): Tally => ({ gold: 0, predicted: 0, m3: 0, m8: 0, mx: 0, speaker: 0 });
const etally = () => ({ tp: 0, fp: 0, fn: 0 });
const entityTallyGroup = () => ({ people: etally(), films: etally(), outlets: etally(), characters: etally(), charactersAsPeople: 0 });

function finish(t: Tally): QuoteScore {
  return {
    gold: t.gold,
    predicted: t.predicted,
    matched: { '0.3': t.m3, '0.8': t.m8, exact: t.mx },
    at: { '0.3': prf(t.m3, t.predicted, t.gold), '0.8': prf(t.m8, t.predicted, t.gold), exact: prf(t.mx, t.predicted, t.gold) },
    speakerCorrect: t.speaker,
    speakerAccuracy: t.m3 ? t.speaker / t.m3 : null,
    endToEnd: prf(t.speaker, t.predicted, t.gold),
  };
}

function efinish(t: { tp: number; fp: number; fn: number }): EntityScore {
  return { ...t, ...prf(t.tp, t.tp + t.fp, t.tp + t.fn) };
}

function excerpt(text: string, span: Span): string {
  return text.slice(span.start, span.end).slice(0, 300);
}

/** The paragraph around a span, for error analysis. */
function context(text: string, span: Span): string {
  const from = Math.max(0, text.lastIndexOf('\n', span.start - 1) + 1);
  let to = text.indexOf('\n', span.end);
  if (to < 0) to = text.length;
  return text.slice(Math.max(from, span.start - 400), Math.min(to, span.end + 400));
}
