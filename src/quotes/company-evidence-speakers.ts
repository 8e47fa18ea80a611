/**
 * "Transdev's trains stood idle. … Transdev said services would resume": a lone name the article shows elsewhere to
 * be a company's (src/entities/company-evidence-names.ts) speaks as that body, not as a person of that surname. Run
 * after the statement issuers are read, which take up a following "It said" for a name still read as a person's.
 */
import type { ExtractedQuote, Token } from '../types.js';
import { namesShownAsCompanies } from '../entities/company-evidence-names.js';

export function giveCompanyEvidencedNamesTheirBody(quotes: ExtractedQuote[], tokens: readonly Token[]): void {
  if (!quotes.some((q) => q.speaker_kind === 'person' && !q.speaker_role)) return;
  const bodies = namesShownAsCompanies(tokens);
  // (A speaker given a person's role keeps it: "the actor Halvorn" is no body.)
  for (const q of quotes) if (q.speaker_kind === 'person' && q.speaker && !q.speaker_role && bodies.has(q.speaker)) q.speaker_kind = 'organization';
}
