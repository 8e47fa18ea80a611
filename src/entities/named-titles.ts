// Titles among the capitalised runs (no quotation marks): known ones where a cue confirms them, unknown ones after a strong cue.
import type { AnalyzedArticle } from '../types.js';
import { capitalisedRuns, type Run } from '../nlp/runs.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { genderOfFirstName } from '../nlp/names.js';
import { cueLexicon } from '../lexicon/cues.js';
import { oneWordAfterKindOfFilm } from './one-word-titles.js';
import { fitsListOfFilms, listOfFilmsBefore } from './film-lists.js';
import { afterPlayedLate, formatAppositionAfter, hasCue, isOrdinary, remadeOrAdapted } from './title-cues.js';
import { afterOpeningPhrase, afterPlayedPart, knownTitleBeforeDate, overlapsTaken, splitAtPrizeFor, splitListedTitles, subRuns, withPlaceOwner, withoutDateline, withoutYearAfter } from './title-runs.js';
import { type FilmFact, films, key, mayBeKnownTitle } from './film-gazetteer.js';
import { CUE_WORDS } from './film-cue-words.js';

const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Sens|Reps|Senator|Governor|President|Judge|Justice|Mayor)\.?$/;
const NAME_SUFFIX = /^(?:Jr|Sr)\.?$/; // (not II or III: "Ironvale III" is a film)
const SCORE = /^\d+[-–]\d+$/;
const MONTH_YEAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{4}$/;

/** Titles among the capitalised runs: known ones, with a cue where they are ordinary words, and unknown ones after a strong cue. */
export function establishNamedTitles(doc: AnalyzedArticle, establish: (surface: string, fact: FilmFact | null) => void): void {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const sentenceStarts = new Set(doc.sentences.map((x) => x.tokenStart));
  for (const whole of capitalisedRuns(doc, true).flatMap((r) => withoutDateline(text, tokens, r, sentenceStarts)).flatMap((r) => splitListedTitles(text, tokens, r)).flatMap((r) => splitAtPrizeFor(text, tokens, r)).map((r) => withoutYearAfter(text, tokens, r)).map((r) => afterPlayedPart(text, tokens, r))) {
    const run = afterOpeningPhrase(text, tokens, whole, sentenceStarts);
    // Longest titles first; a run may hold several ("a cross between The Simpsons and This Is Spinal Tap").
    const taken: number[] = [];
    const spans = subRuns(tokens, run, films().longestName);
    for (let k = 0; k < spans.length; k += 2) {
      const s = spans[k]!;
      const e = spans[k + 1]!;
      if (overlapsTaken(taken, s, e)) continue;
      // A span that is no known title can only be taken as a whole run (below): most sub-spans stop here,
      // on how they open and end.
      const whole = s === run.first && e === run.last;
      const mayBeKnown = mayBeKnownTitle(text, tokens[s]!.start, tokens[e]!.end);
      if (!mayBeKnown && !whole) continue;
      // "the US version of The Office in March": a known title and a date after it, not one unknown title.
      if (whole && !mayBeKnown && knownTitleBeforeDate(text, tokens, s, e)) continue;
      const surface = text.slice(tokens[s]!.start, tokens[e]!.end);
      const fact = mayBeKnown ? films().byName.get(key(surface)) ?? null : null;
      if (!fact && !whole) continue;
      if (namesTitle(doc, run, s, e, surface, fact, sentenceStarts)) {
        establish(fact || e !== run.last ? surface : withPlaceOwner(text, tokens, run).text, fact);
        taken.push(s, e);
      }
    }
  }
}

/** Whether tokens s..e of a run, written `surface`, are a title here. */
function namesTitle(doc: AnalyzedArticle, run: Run, s: number, e: number, surface: string, fact: FilmFact | null, sentenceStarts: Set<number>): boolean {
  const text = doc.article.text;
  const tokens = doc.tokens;
  // (A known title after "a remake of", "a sequel to", "the US version of" is that work: "the US version of The
  // Office". Not an unknown name there: "a sequel to Operation Sandstorm" is as often a plan or a bill.)
  // (Whether a list of films opens right before the run's first word: hasCue and the unknown-title test below both ask.)
  let listedMemo: boolean | undefined;
  const listed = () => (listedMemo ??= s === run.first && listOfFilmsBefore(text, tokens[s]!.start) && fitsListOfFilms(text, tokens, s, e));
  const cued = fact && remadeOrAdapted(tokens, s) ? 'strong' : hasCue(tokens, s, e, text, run.first, listed);
  // An unknown title needs a strong cue (below): most runs are no title and have none.
  if (!fact && cued !== 'strong') return false;
  const single = e === s || (e === s + 1 && tokens[s]!.normal === 'the');
  if (lookupOutlet(surface)) return false;
  // Part of a hyphenated name is no title ("Carrie-Anne Moss").
  if (/^[-‐]\p{Lu}/u.test(text.slice(tokens[e]!.end, tokens[e]!.end + 2)) || /\p{Lu}[\p{Ll}]*[-‐]$/u.test(text.slice(Math.max(0, tokens[s]!.start - 12), tokens[s]!.start))) return false;
  // "the Titanic": a one-word title after a lower-case article is the thing it names, unless a cue follows.
  if (fact && e === s && tokens[s - 1]?.text === 'the' && !CUE_WORDS.has(tokens[e + 1]?.normal ?? '')) return false;
  const ordinary = fact?.ordinary === true || isOrdinary(tokens[e]!);
  // Capitalised mid-sentence and followed by a film word, an ordinary word is the title: "his Mummy premiere".
  const midSentence = !sentenceStarts.has(s) && !(sentenceStarts.has(s - 1) && /^["“‘(]$/.test(tokens[s - 1]!.text));
  // One word of a longer name is no title without a film word beside it ("Control" in "the Bureau of
  // Flood Control"); beside "and" or a comma it is one of a list ("Castaway and Forrest Gump").
  const joined = (k: number) => k < run.first || k > run.last || !/^\p{Lu}/u.test(tokens[k]!.text);
  const insideName = single && !(joined(s - 1) && joined(e + 1)) && cued !== 'strong' && cued !== 'after';
  if (fact) return !insideName && (!single || cued === 'strong' || !ordinary || (cued === 'after' && midSentence));
  // An unknown title needs a strong cue and more than one word, or a year: "the film Night Ferry", "Salt (2010)".
  // A person's name after a cue is no unknown title ("her debut, Jess Okonedo, …"); known titles such as "Jackie Brown" are in the gazetteer.
  // … nor is a name with a title or a suffix ("Sen. Claire McCaskill", "Cuba Gooding Jr."), nor a date ("July 2013").
  // ("Les Heures Creuses": a foreign article that is also a given name opens a title of three words or more.)
  // A score is no title: "lost the series 3-0 to Australia" reports a result after "series".
  if (SCORE.test(tokens[s]!.text) || (tokens[s]!.pos === 'NUM' && /^[-–]$/.test(tokens[s + 1]?.text ?? '') && tokens[s + 2]?.pos === 'NUM')) return false;
  const personLike = (e - s <= 2 && genderOfFirstName(tokens[s]!.text) !== 'unknown' && !(e - s === 2 && FOREIGN_ARTICLES.has(tokens[s]!.text))) || PERSON_TITLE.test(tokens[s]!.text) || NAME_SUFFIX.test(tokens[e]!.text) || MONTH_YEAR.test(surface);
  return cued === 'strong' && (!personLike || formatAppositionAfter(tokens, e)) && !isKnownOrganisation(surface) && s === run.first && e === run.last && (e > s || /^\s*\((?:19|20)\d\d\)/.test(text.slice(tokens[e]!.end, tokens[e]!.end + 8)) || oneWordAfterKindOfFilm(text, tokens, s) || afterPlayedLate(text, tokens, s, e) || (tokens[s]!.pos === 'PROPN' && !cueLexicon().outletKindNationalities.has(tokens[s]!.text) && !cueLexicon().nationalityNouns.has(tokens[s]!.text) && listed()));
}

// Articles of French, Spanish and Italian titles that people also bear as given names ("Les", "La").
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(['Les', 'Le', 'La', 'Los', 'Las', 'El', 'Il']);
