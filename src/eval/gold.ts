import { readFileSync } from 'node:fs';
import type { Span } from '../types.js';

export interface GoldQuote extends Span {
  type: 'direct' | 'partial' | 'indirect';
  speaker: string | null;
  speakerSpan: Span | null;
  /** Whether the gold names the outlet (ent_dev/seed do; PolNeAR does not annotate outlets). */
  hasOutlet: boolean;
  outlet: string | null;
}

export interface GoldEntities {
  people: { name: string; aliases: string[] }[];
  films: { name: string; aliases: string[] }[];
  outlets: { name: string; aliases: string[] }[];
  characters: { name: string; aliases: string[] }[];
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
  entities: GoldEntities | null;
  /** The record's outlet metadata (`outlet` / `source_domain` / `publisher`), given to the extractor as ingest would. */
  outlet: string | null;
}

/** Gold offsets are Python code-point indices; quotewire's are UTF-16. */
export function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))]!;
}

/** A gold file is read whole or not at all: a scorer fed half a file would print a wrong score. */
export function loadGold(path: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path} line ${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
    }
    const problem = goldProblem(record);
    if (problem) throw new Error(`${where}: ${problem}`);
    out.push(parseGold(record));
  });
  return out;
}

/** What makes a record unusable as gold, or null: a text, and numeric spans inside it. */
function goldProblem(r: any): string | null {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return 'not a JSON object';
  if (typeof r.text !== 'string') return 'no "text" string';
  if (r.quotes !== undefined && !Array.isArray(r.quotes)) return '"quotes" is not a list';
  const length = [...r.text].length; // gold offsets count code points
  for (const [k, q] of (r.quotes ?? []).entries()) {
    if (!Number.isInteger(q?.start) || !Number.isInteger(q?.end) || q.start < 0 || q.end < q.start || q.end > length) return `quote ${k + 1}: start and end must be offsets into the text (0–${length})`;
  }
  if (r.attributions !== undefined && !Array.isArray(r.attributions)) return '"attributions" is not a list';
  return null;
}

export function parseGold(r: any): GoldArticle {
  const text: string = r.text;
  const u = codePointToUtf16(text);
  const span = (s: number | null | undefined, e: number | null | undefined): Span | null =>
    typeof s === 'number' && typeof e === 'number' ? { start: u(s), end: u(e) } : null;
  const quotes: GoldQuote[] = (r.quotes ?? []).map((q: any) => ({
    start: u(q.start), end: u(q.end), type: q.type,
    speaker: q.speaker ?? null,
    speakerSpan: span(q.speaker_start, q.speaker_end),
    hasOutlet: 'outlet' in q,
    outlet: q.outlet ?? null,
  }));
  if (Array.isArray(r.attributions)) {
    // PolNeAR: reported speech without quotation marks is every attribution whose content holds no quote.
    for (const a of r.attributions) {
      const content = cover(a.content_spans);
      if (!content) continue;
      const hasQuote = (r.quotes ?? []).some((q: any) => q.start < content[1] && q.end > content[0]);
      if (hasQuote) continue;
      const source = cover(a.source_spans);
      quotes.push({
        start: u(content[0]), end: u(content[1]), type: 'indirect',
        speaker: source ? text.slice(u(source[0]), u(source[1])) : null,
        speakerSpan: source ? { start: u(source[0]), end: u(source[1]) } : null,
        hasOutlet: false, outlet: null,
      });
    }
  }
  const named = (list: any[] | undefined, key = 'name') =>
    (list ?? []).map((e) => (typeof e === 'string' ? { name: e, aliases: [] } : { name: e[key] ?? e.name, aliases: e.aliases ?? [] }));
  const hasEntities = ['people', 'films', 'outlets', 'characters'].some((k) => Array.isArray(r[k]));
  return {
    id: String(r.id),
    text,
    quotes,
    outlet: typeof (r.outlet ?? r.source_domain ?? r.publisher) === 'string' ? (r.outlet ?? r.source_domain ?? r.publisher) : null,
    entities: hasEntities
      ? { people: named(r.people), films: named(r.films, 'title'), outlets: named(r.outlets), characters: named(r.characters) }
      : null,
  };
}

/** A discontinuous span list as its covering span. */
function cover(spans: unknown): [number, number] | null {
  if (!Array.isArray(spans) || spans.length === 0) return null;
  let s = Infinity;
  let e = -Infinity;
  for (const sp of spans) {
    if (Array.isArray(sp) && sp.length >= 2) {
      s = Math.min(s, sp[0]);
      e = Math.max(e, sp[1]);
    }
  }
  return Number.isFinite(s) ? [s, e] : null;
}
