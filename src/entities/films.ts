import type { AnalyzedArticle, FilmEntity } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { genderOfFirstName } from '../nlp/names.js';
import { contestShowNames } from './contest-shows.js';
import { mergeShortForms } from './short-forms.js';
import { key } from './film-gazetteer.js';
import { filmsMentioned, mentionsInsideLonger } from './film-mentions.js';
import { establishSubtitledTitles, withSubtitledKinds } from './subtitled-titles.js';
import { establishQuotedTitles } from './quoted-titles.js';
import { establishNamedTitles } from './named-titles.js';
import { establishAiredTitles } from './aired-titles.js';
import { type Established, type QuotedTitle, establisher } from './established-titles.js';

// The title tests other stages use, from the modules that hold them (importers keep importing films.js).
export { isKnownTitle, isStyledTitle, key } from './film-gazetteer.js';
export { namesOtherWork } from './other-works.js';
export { workAround, type TitleEvidence } from './quoted-title-kind.js';

/**
 * Films and TV series: gazetteer titles (ordinary-word single-word titles only with a cue), titles after
 * cues ("the film X", "X (2019)", "starred in X", quoted titles), then every bare mention of an
 * established title.
 */
export function extractFilms(doc: AnalyzedArticle, quotedTitles: QuotedTitle[] = []): FilmEntity[] {
  const found: Established = new Map();
  const establish = establisher(found);
  establishNamedTitles(doc, establish);
  establishQuotedTitles(doc, quotedTitles, found, establish);
  establishSubtitledTitles(doc.article.text, found, establish);
  establishAiredTitles(doc, found, establish);
  // "the ITV singing contest Voicebox": a televised contest named beside its kind (no person's name, outlet or firm).
  for (const { name } of contestShowNames(doc.article.text)) {
    if (!found.has(key(name)) && !lookupOutlet(name) && !isKnownOrganisation(name) && genderOfFirstName(name.split(/\s+/)[0]!) === 'unknown') establish(name, null);
  }
  const result = withSubtitledKinds(mergeShortForms(filmsMentioned(doc.article.text, found), found));
  // A bare "John Wick" inside "John Wick: Parabellum" is a mention of the longer title only.
  const inside = mentionsInsideLonger(result.flatMap((f) => f.mentions));
  const kept = result
    .map((f) => ({ ...f, mentions: f.mentions.filter((m) => !inside.has(m)) }))
    .filter((f) => f.mentions.length > 0);
  // (A film left with mentions has none inside a longer one, so no film is contained in another.)
  return kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
