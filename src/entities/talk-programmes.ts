import type { AnalyzedArticle } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { workWords } from '../lexicon/work-words.js';
import { isTitleCase } from '../nlp/words.js';
import { capitalisedRuns } from '../nlp/runs.js';
import { genderOfFirstName } from '../nlp/names.js';
import { key } from './films.js';
import { guestAppearanceAround } from '../text/programme-appearances.js';
import { sentenceHolding, sentenceIndexHolding } from '../nlp/sentence-lookup.js';

/**
 * Titles in quotation marks that name a talk programme: after "on" or "episode of" in a sentence that speaks of a
 * host's monologue or a guest ("after a short monologue on “The Night Desk”, her first guest
 * …"). The guests speak on such a programme, so it is their words' outlet, not a film or show to list
 * (eval/README: the breakfast and late-night shows of sets 3, 5 and 6). Keys are the titles' keys (films.ts key);
 * every mention of one is the programme.
 */
export function talkProgrammeTitles(doc: AnalyzedArticle): ReadonlySet<string> {
  // Both the outlet and the title readers ask for an article's programmes: read once, while the spans,
  // sentences and text they come from stay the ones read.
  const cached = talkTitlesRead.get(doc);
  if (cached && cached.marked === doc.marked && cached.sentences === doc.sentences && cached.text === doc.article.text) return cached.titles;
  const titles = readTalkProgrammeTitles(doc);
  talkTitlesRead.set(doc, { marked: doc.marked, sentences: doc.sentences, text: doc.article.text, titles });
  return titles;
}

const talkTitlesRead = new WeakMap<AnalyzedArticle, { marked: AnalyzedArticle['marked']; sentences: AnalyzedArticle['sentences']; text: string; titles: ReadonlySet<string> }>();

function readTalkProgrammeTitles(doc: AnalyzedArticle): Set<string> {
  const text = doc.article.text;
  const out = new Set<string>();
  for (const span of doc.marked) {
    if (span.runsOn) continue;
    const title = text.slice(span.start, span.end).replace(/[,.]$/, '');
    const titleWords = title.split(/\s+/);
    if (titleWords.length > 6 || !/^\p{Lu}/u.test(title) || !isTitleCase(titleWords)) continue;
    const before = text.slice(Math.max(0, span.open - 40), span.open);
    // Someone speaking on a broadcaster's programme: "said on NBC's “…”", "told CNN's “…”".
    if (SPOKEN_ON_BEFORE.test(before)) {
      out.add(key(title));
      continue;
    }
    if (filmWordBefore().test(before)) continue;
    // A guest's appearance on it: "on “…,” where the host, Ann Lee, asked", "in an interview on “…,” the show hosted by …".
    if (guestAppearanceAround(before, text.slice(span.end, span.end + 80))) {
      out.add(key(title));
      continue;
    }
    // Someone who hosts a programme named right after: "who anchors the channel's nightly show “…”".
    if (HOSTED_PROGRAMME_BEFORE.test(text.slice(Math.max(0, span.open - 70), span.open))) {
      out.add(key(title));
      continue;
    }
    const sentence = sentenceHolding(doc.sentences, span.open);
    if (!sentence) continue;
    // … or with the speaker's description between: "said Rep. Ana Ruiz, a Maine Democrat, on NBC's “…”".
    if (COMMA_ON_OWNER_BEFORE.test(before) && SPEECH_VERB.test(text.slice(sentence.start, span.open))) {
      out.add(key(title));
      continue;
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    // A sentence that opens on the programme and has its host or a guest's words: "On “…,” host Ana Ruiz …", "On “…,” the senator put it bluntly: “…”".
    if (/^\s*On\s*$/.test(text.slice(sentence.start, span.open)) && hostedOrSpoken(text.slice(span.close + 1, sentence.end))) {
      out.add(key(title));
      continue;
    }
    // (Not an appearance still to come: "had planned to read the poem on the cookery programme “…” tomorrow" says nothing there.)
    if (onOrEpisodeOfBefore().test(before) && talkWords().test(sentenceText) && !APPEARANCE_TO_COME.test(sentenceText)) out.add(key(title));
  }
  return out;
}

/**
 * A verb of speaking and "on", or "told", then a broadcaster's possessive right before the title: "said on NBC's",
 * "told CNN's" (not a day's: "spoke on Wednesday's “…”" needs a talk word, as below). The broadcaster's name makes the title its programme, the verb makes it
 * where the words were said (a drama is starred in, not spoken on).
 */
const SPOKEN_ON_BEFORE = /\b(?:(?:said|says|saying|spoke|speaking|argued|insisted|warned|added)\s+on|told|tells)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’])\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}['’]s\s*$/u;

/**
 * A verb of hosting, up to three words, and a programme noun right before the title: "has presented the station's
 * breakfast programme “…”", "anchors the evening show “…”". A host speaks on a programme; a drama is starred in.
 * (The noun is needed: "hosted a screening of “…”" names a film.)
 */
const HOSTED_PROGRAMME_BEFORE = /\b(?:hosts|hosted|hosting|co-hosts|co-hosted|co-hosting|anchors|anchored|anchoring)\s+(?:[\p{L}’'-]+\s+){0,3}(?:program|programme|show|podcast|newscast)\s*,?\s*$/u;

/** ", on NBC's" right before the title. */
const COMMA_ON_OWNER_BEFORE = /,\s*on\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}['’]s\s*$/u;

const SPEECH_VERB = /\b(?:said|says|told|tells|asked|argued|insisted|warned)\b/;

/** A plan or a date ahead in the sentence: the appearance it names has not happened, so nothing was said there yet. */
const APPEARANCE_TO_COME = /\b(?:will|plans?|planned|planning|(?:is|was|are|were) (?:due|scheduled|set) to|next (?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** After a programme that opens the sentence: its host, or someone speaking (a cue verb, or words in quotation marks). */
const HOSTED_OR_SPOKEN = /\b(?:host|co-host|guest|said|says|told|tells|asked)\b|[“"]/;

/** An actor's part: "On “…,” X plays a nurse" is a drama, whoever in it speaks. */
const ACTING_VERB = /\b(?:plays|played|playing|stars|starred|starring|portrays|portrayed|portraying)\b/;

/** A speech verb in a relative clause describes a character or someone else: "a nurse who says very little". */
const RELATIVE_SPEECH = /\b(?:who|that|which)\s+(?:\w+\s+)?(?:said|says|told|tells|asked)\b/g;

/** The rest of a sentence opening "On “…”," has a host or someone speaking there, and no actor playing a part. */
function hostedOrSpoken(rest: string): boolean {
  return !ACTING_VERB.test(rest) && HOSTED_OR_SPOKEN.test(rest.replace(RELATIVE_SPEECH, ''));
}

let onOrEpisodeOfPattern: RegExp | undefined;

/**
 * "on “…”", "episode of “…”", "on Thursday's “…”", "on the late-night program “…”": the title is where something was said or done (the episode
 * nouns are cues.json episode_nouns, which also open a programme's segment). A bare "of" is not enough: "the
 * cast of “…”", "the chorus of “…”" name a film or a song even beside a talk word.
 */
function onOrEpisodeOfBefore(): RegExp {
  onOrEpisodeOfPattern ??= new RegExp(String.raw`\b(?:on|(?:${[...cueLexicon().episodeNouns].join('|')})\s+of)\s+(?:[\p{L}’'-]+\s+){0,3}$`, 'u');
  return onOrEpisodeOfPattern;
}

let filmWordPattern: RegExp | undefined;

/**
 * A film or a drama named as such right before the title: "on the set of his film “…”" (data/work-words.json
 * film_cue, less the words a talk programme is also called, names_a_programme: "on the show “…”").
 */
function filmWordBefore(): RegExp {
  if (!filmWordPattern) {
    const programmeWords = new Set(workWords('names_a_programme'));
    const filmWords = workWords('film_cue').filter((word) => !programmeWords.has(word));
    filmWordPattern = new RegExp(String.raw`(?<![\p{L}-])(?:${filmWords.join('|')})\s+$`, 'iu');
  }
  return filmWordPattern;
}

let talkWordPattern: RegExp | undefined;

/** Any of the talk-show words (cues.json talk_show_words) as whole words, in any case. */
function talkWords(): RegExp {
  talkWordPattern ??= new RegExp(String.raw`(?<![\p{L}-])(?:${cueLexicon().talkShowWords.join('|')})(?![\p{L}-])`, 'iu');
  return talkWordPattern;
}

let episodeOfPattern: RegExp | undefined;

/**
 * Programmes named without quotation marks after an episode noun, with a host or a guest in that sentence or
 * the next: "he appears on a 1983 episode of Harbour Beat, joking with the host. “…,” he said"
 * (the guests speak on it: an outlet, eval/README). A drama's episode has no host: "In the latest episode of
 * Harbor Lights, Nora tells Sam …" stays unlisted. Spans of the titles, as written.
 */
export function unquotedEpisodeProgrammes(doc: AnalyzedArticle): { start: number; end: number; text: string }[] {
  const text = doc.article.text;
  // (Cheap guard: most articles name no episode at all.)
  if (!/\b(?:episode|edition|instal|install|broadcast|taping|telecast)/i.test(text)) return [];
  episodeOfPattern ??= new RegExp(String.raw`\b(?:${[...cueLexicon().episodeNouns].join('|')})\s+of\s+$`, 'u');
  const out: { start: number; end: number; text: string }[] = [];
  for (const run of capitalisedRuns(doc, true)) {
    if (!episodeOfPattern.test(text.slice(Math.max(0, run.start - 30), run.start))) continue;
    const title = run.text.replace(/[’']s$/, '');
    const words = title.split(/\s+/);
    if (words.length > 6 || !isTitleCase(words) || genderOfFirstName(words[0]!) !== 'unknown') continue;
    const at = sentenceIndexHolding(doc.sentences, run.start);
    if (at < 0) continue;
    const next = doc.sentences[at + 1];
    const around = text.slice(doc.sentences[at]!.start, (next ?? doc.sentences[at]!).end);
    if (talkWords().test(around) || HOST_OR_GUEST.test(around)) out.push({ start: run.start, end: run.start + title.length, text: title });
  }
  return out;
}

/** A programme's host or guest named as such. */
const HOST_OR_GUEST = /\b(?:host|hosts|co-host|presenter|guest|guests|interviewer|studio audience)\b/i;
