// Capitalised words in quotation marks taken as titles when the article names films already or gives another form of them.
import type { AnalyzedArticle } from '../types.js';
import { type FilmFact, films, headsAndTails, key } from './film-gazetteer.js';
import { type Established, type QuotedTitle } from './established-titles.js';

/**
 * Capitalised words in quotation marks are as often a slogan or a scare quote (“Mostly True”) as a title.
 * One with no evidence of its own is a title in an article that names films already (a programme a
 * politician spoke on is no such sign), or beside a title it is a short or long form of (“Idol” and
 * “American Idol”).
 */
export function establishQuotedTitles(doc: AnalyzedArticle, quotedTitles: QuotedTitle[], found: Established, establish: (surface: string, fact: FilmFact | null) => void): void {
  const text = doc.article.text;
  // The quote stage's spans already end before a closing comma or full stop; a title of its own that ends
  // in one keeps it (“E.T.”), or the gazetteer would not know it.
  const quoted = quotedTitles.map((q) => ({ ...q, surface: text.slice(q.start, q.end) }));
  const aboutFilms = [...found.values()].some((f) => !f.fact || f.fact.kind === 'film') || quoted.some((q) => q.evidence === 'work' || q.evidence === 'emphasis' || (q.evidence === 'known' && films().byName.get(key(q.surface))?.kind === 'film'));
  // Through sets of the titles and of their first and last words, not by comparing every pair.
  const evident = new Set(quoted.filter((q) => q.evidence).map((q) => key(q.surface)).concat([...found.keys()]));
  const partsOfEvident = new Set([...evident].flatMap(headsAndTails));
  const shortForm = (k: string) => partsOfEvident.has(k) || headsAndTails(k).some((part) => evident.has(part));
  // "The canvas, “Tidewater No. 4,”" names an artwork; the same name's short form ("the “Tidewater” series")
  // is that artist's series of pictures, no show.
  const art = new Set(quoted.filter((q) => ARTWORK_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))).map((q) => key(q.surface)));
  const artParts = new Set([...art].flatMap(headsAndTails));
  for (const q of quoted) {
    if (art.size && (art.has(key(q.surface)) || artParts.has(key(q.surface)))) continue;
    // "advertised on buses as “The Loudest Show in Town”": what a work is promoted as is its slogan, no title.
    if (q.evidence !== 'known' && SLOGAN_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))) continue;
    // "the film's “Final Bell” poster campaign": words before a campaign's, slogan's or hashtag's noun name that promotion.
    if (q.evidence !== 'known' && PROMOTION_AFTER.test(text.slice(q.end, q.end + 40))) continue;
    if (!q.evidence && !aboutFilms && !shortForm(key(q.surface))) continue;
    establish(q.surface, films().byName.get(key(q.surface)) ?? null);
  }
}

const ARTWORK_BEFORE = /\b(?:painting|paintings|canvas|canvases|sculpture|portrait|triptych|diptych|mural|drawing|watercolou?r|etching|lithograph|artwork|print)[ \t]*,?[ \t]*(?:titled[ \t]+|called[ \t]+)?["“‘']$/iu;

// A promotion's noun after the closing mark, maybe after one word of its medium ("poster", "ad", "marketing").
const PROMOTION_AFTER = /^[”"’']?,?[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:campaigns?|slogans?|taglines?|hashtags?)\b/u;

// A verb of promotion, up to six words of where or how, then "as" and the opening mark.
const SLOGAN_BEFORE = /\b(?:promoted|advertised|billed|marketed|pitched|touted|branded|sold)(?:[ \t]+[\p{L}\d’'-]+){0,6}?,?[ \t]+as[ \t]+["“‘']$/iu;
