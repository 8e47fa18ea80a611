// The typed records that flow between quotewire's stages:
// ingest → text → nlp → quotes → entities → export.
// All offsets are UTF-16 code-unit indices into Article.text (SPEC.md).

/** A half-open span [start, end) of Article.text. */
export interface Span {
  start: number;
  end: number;
}

/** One input article, as produced by the ingest stage. */
export interface Article {
  /** Stable, readable id: the record's own id, else the path relative to the input root (+ `:line` / `@offset`). */
  id: string;
  /** The input file the article came from, as given on the command line (or `-` for stdin). */
  path: string;
  /** 1-based line for JSONL records, 1-based index for JSON arrays. */
  line?: number;
  /** Byte offset of the WARC record in its (decompressed) file. */
  offset?: number;
  url?: string | null;
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
  authors?: string[];
  /** The text that every offset indexes. */
  text: string;
  /** Bytes of input this article was read from (progress estimates only). */
  sourceBytes?: number;
  /** Damage to the input the article was still read from ("truncated WARC record: …"), shown on its row. */
  warning?: string;
  /** How the input was read when that was a guess ("not valid UTF-8; decoded as windows-1252"): shown on its row, counted on stderr, not damage. */
  note?: string;
  /** Phrases the HTML set in italics or as a citation (<i>, <em>, <cite>): candidate titles of works. */
  emphasis?: string[];
}

/** An input (a file, a line, a record) that could not be turned into an article. */
export interface InputError {
  /** Id the article would have had, when one can be derived (path, path:line, path@offset). */
  id: string;
  path: string;
  line?: number;
  offset?: number;
  reason: string;
}

export type IngestItem =
  | { kind: 'article'; article: Article }
  | { kind: 'error'; error: InputError };

// ---------------------------------------------------------------- text + nlp

export interface Paragraph extends Span {
  index: number;
}

export interface Token extends Span {
  /** The token as written (text.slice(start, end)). */
  text: string;
  /** Lower-cased normal form from wink-nlp. */
  normal: string;
  /** Universal POS tag from wink-nlp (PROPN, VERB, PRON, PUNCT, …). */
  pos: string;
  lemma: string;
  /** wink-nlp token type: word, punctuation, number, emoji, tabCRLF, … */
  type: string;
}

export interface Sentence extends Span {
  /** Index range [tokenStart, tokenEnd) into AnalyzedArticle.tokens. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

/** A stretch of text between quotation marks (offsets of the words inside, marks excluded). */
export interface MarkedSpan {
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (close === end when the paragraph ended first). */
  open: number;
  close: number;
  paragraph: number;
  /** The paragraph ended before a closing mark (news convention for a quote running on). */
  runsOn: boolean;
  single: boolean;
}

/** An article after the text and nlp stages. */
export interface AnalyzedArticle {
  article: Article;
  paragraphs: Paragraph[];
  /** Every stretch between quotation marks, found once for the quote and entity stages. */
  marked: readonly Readonly<MarkedSpan>[];
  sentences: Sentence[];
  tokens: Token[];
  /** Offsets of the "!" that belong to a name ("E! News") and end no sentence, found once. */
  nameBangs: ReadonlySet<number>;
}

// ---------------------------------------------------------------- quotes

export type QuoteType = 'direct' | 'partial' | 'indirect';
export type SpeakerKind = 'person' | 'organization' | 'outlet' | 'anonymous';

/** A quotation as the quote stage finds it (ids are attached by the pipeline). */
export interface ExtractedQuote {
  /** The quoted words, without the enclosing quotation marks: text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  type: QuoteType;
  speaker: string | null;
  speaker_mention: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_kind: SpeakerKind | null;
  speaker_role: string | null;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  outlet: string | null;
  confidence: number;
}

/** A quote record as exported (SPEC.md): quotes.csv / quotes.jsonl. */
export interface Quote extends ExtractedQuote {
  id: string;
  article_id: string;
  /** Pull-quote score 0..1 and its reasons (pullquote stage). */
  pullquote?: number;
  pullquote_reasons?: string[];
  pullquote_text?: string;
  profanity?: boolean;
}

// ---------------------------------------------------------------- entities

export interface Mention extends Span {
  text: string;
}

export type Gender = 'male' | 'female' | 'unknown';

export interface PersonEntity {
  /** Canonical name: the fullest form in the article. */
  name: string;
  aliases: string[];
  gender?: Gender;
  roles?: string[];
  mentions: Mention[];
}

export interface FilmEntity {
  title: string;
  aliases: string[];
  year?: number | null;
  kind?: 'film' | 'tv';
  /** People linked to the film where the text says so. */
  people?: { name: string; relation: 'director' | 'cast' | 'writer' | 'producer' }[];
  mentions: Mention[];
}

export interface OutletEntity {
  name: string;
  mentions: Mention[];
}

export interface CharacterEntity {
  name: string;
  actor?: string | null;
  film?: string | null;
  mentions: Mention[];
}

export interface ArticleEntities {
  people: PersonEntity[];
  films: FilmEntity[];
  outlets: OutletEntity[];
  characters: CharacterEntity[];
}

// ---------------------------------------------------------------- results

/** Everything quotewire found in one article. */
export interface ArticleResult {
  article: Article;
  quotes: Quote[];
  entities: ArticleEntities;
}

// ---------------------------------------------------------------- corpus-wide entity rows

/** One row of people.csv: a person merged across the corpus. */
export interface PersonRow {
  name: string;
  aliases: string[];
  gender: Gender;
  roles: string[];
  article_count: number;
  mention_count: number;
  quote_count: number;
}

/** One row of films.csv. */
export interface FilmRow {
  title: string;
  year: number | null;
  aliases: string[];
  article_count: number;
  mention_count: number;
  /** "Len Wiseman (director)", "Keanu Reeves (cast)". */
  people: string[];
}

/** One row of outlets.csv. */
export interface OutletRow {
  name: string;
  article_count: number;
  mention_count: number;
  /** Quotes given to or reported by this outlet (quote.outlet or an outlet speaker). */
  quote_count: number;
}

/** What the batch runner hands to the writers, in corpus order: a processed article or a rejected input. */
export type OutputItem =
  | { kind: 'result'; result: ArticleResult }
  | { kind: 'error'; error: InputError };
