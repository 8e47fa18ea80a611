import type { AnalyzedArticle, ArticleEntities, ExtractedQuote } from '../types.js';

/**
 * The quote stage: every attributed quotation in an analysed article.
 * Minimal honest placeholder until the attribution engine lands: paired double quotation marks only,
 * no speaker.
 */
export function extractQuotes(doc: AnalyzedArticle, _entities?: ArticleEntities): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  const text = doc.article.text;
  for (const m of text.matchAll(/[“"]([^“”"\n]{1,2000})[”"]/g)) {
    const start = m.index! + 1;
    const end = start + m[1]!.length;
    quotes.push({
      text: m[1]!, start, end, type: 'direct',
      speaker: null, speaker_mention: null, speaker_start: null, speaker_end: null,
      speaker_kind: null, speaker_role: null, cue: null, cue_start: null, cue_end: null,
      outlet: null, confidence: 0.1,
    });
  }
  return quotes;
}
