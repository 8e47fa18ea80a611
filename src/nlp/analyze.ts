import winkNLP from 'wink-nlp';
import { winkModel } from './wink-model.js';
import type { AnalyzedArticle, Article, Paragraph, Sentence, Token } from '../types.js';
import { segmentParagraphs } from '../text/paragraphs.js';
import { findMarkedSpans } from '../text/quotation-marks.js';
import { genderOfFirstName, isParticle, shortGivenNameAfterFamilyName } from './names.js';
import { ROLE_WORDS } from './words.js';
import { isLetterOrDigitBefore } from '../text/boundaries.js';
import { bangsInsideNames } from '../text/bang-names.js';
import { retagBangNames } from './bang-name-tags.js';
import { retagCapitalisedQuantifierSubject, retagQuantifierSubjectAfterCue } from './quantifier-subjects.js';
import { retagBareVerbAfterPluralSubject, retagVerbAfterPluralSubject } from './plural-subject-verbs.js';
import { retagCueParticipleBeforeThat } from './cue-participles.js';
import { retagBareCueAfterQuotation, retagBareCueBeforeObject, retagCueAfterAsSubject, retagPollingBeforeVerb, retagSaidReadAsAdjective, retagSurnamesReadAsAdjectives } from './retag-speech.js';
import { retagForeignWordsInOutletNames } from './outlet-name-tags.js';
import { retagged } from './retagged.js';
import { retagAdverbsEndingNames } from './adverb-name-words.js';
import { retagGerundsOpeningNames } from './gerund-name-words.js';
import { retagVerbsEndingNames, retagVerbsOpeningNames } from './verb-name-words.js';
import { retagGerundsAfterPossessive } from './possessed-gerund-nouns.js';
import { retagDoerNounsReadAsComparatives } from './doer-nouns-after-nouns.js';
import { retagAwardModifiers } from './award-modifiers.js';
import { retagVerbAfterAgeApposition } from './verb-after-age.js';
import { retagAlthoughAsSubordinator } from './although-tag.js';
import { retagComparativeBeforeMediumNoun } from './comparative-medium-nouns.js';
import { retagCostBeforeAmount } from './cost-before-amount.js';
import { isPlatform } from '../lexicon/outlets.js';
import { isDesignatorNoun, isDesignatorOpener, isSurnameGroupNoun } from '../lexicon/letter-terms.js';
import { cueLexicon } from '../lexicon/cues.js';
import { endsAtAbbreviationBeforeQuotation } from './abbreviation-before-quotation.js';
import { unitLetterBeforeGluedStop } from './unit-letter-stop.js';
import { clockTimeBeforeGluedStop } from './clock-time-stop.js';
import { isFirmDivisionWord } from '../lexicon/firm-division-words.js';
import { joinInsideWebNames, webNameEnd } from './web-names.js';

type Wink = ReturnType<typeof winkNLP>;

let shared: Wink | undefined;

const PIPE = ['sbd', 'pos'];

/** The wink-nlp instance, loaded once per process (loading the model costs ~100 ms). */
export function winkInstance(): Wink {
  // Only the pipes the stages use: sentence boundaries and POS (lemmas come with POS). NER, negation
  // and sentiment would triple the cost per article for nothing.
  if (!shared) {
    // (The model as wink-model.ts loads it: the package's, its core read without a copy of it, and the
    // parts only NER, negation and sentiment use left empty.)
    shared = winkNLP(winkModel(PIPE), PIPE);
    // The model's own lexicon ends where the first unknown word is learnt (see inModelLexicon).
    modelLexiconSize = shared.readDoc('qqzxqjv').tokens().out(shared.its.uniqueId)[0] as number;
  }
  return shared;
}

let modelLexiconSize = 0;

/**
 * Whether a word in small letters is in the tagger's own English lexicon ("blue", "silver", "olympic"), not one
 * learnt from the articles read ("haneul"): an ordinary English word, no foreign given name.
 */
export function inModelLexicon(word: string): boolean {
  const nlp = winkInstance();
  const ids = nlp.readDoc(word.toLowerCase()).tokens().out(nlp.its.uniqueId) as number[];
  return ids.length === 1 && ids[0]! < modelLexiconSize;
}

/**
 * Tokens, sentences and paragraphs of an article, with UTF-16 offsets into article.text.
 * One readDoc over the whole text (a call per paragraph costs more than the tagging); a sentence
 * that wink lets run across a paragraph break is cut there.
 */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const text = article.text;
  const paragraphs = segmentParagraphs(text);
  const nlp = winkInstance();
  const its = nlp.its;
  const viewFolded = hasLatinExtended(text);
  const view = winkView(text, viewFolded);
  const doc = nlp.readDoc(view);
  const all = doc.tokens();
  // Collection-level out() is far cheaper than asking each token.
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as typeof its.value) as string[]; // the typings miss lemma's addon signature
  const normals = all.out(its.normal) as string[];

  const tokens: Token[] = [];
  // Our token indexes that open a sentence after a particle's full stop wink read as an abbreviation's.
  const stopsAfterParticle = new Set<number>();
  // Our token indexes right after a firm's abbreviation joined from two of wink's tokens ("Bros.").
  const firmStops = new Set<number>();
  // wink token indices inside a site's name after its first ("." and "com" of "Tennis.com").
  const webNameInner = new Set<number>();
  // wink token index → index of our first token for it (a possessive becomes two of ours).
  const ourIndex = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    cursor += spaces[k]!.length;
    // Should wink ever skip a character it counts neither as token nor as space, find the token where it
    // is rather than let every later offset drift.
    let inView = startsWithAt(view, values[k]!, cursor);
    if (!inView) {
      cursor = realign(view, values[k]!, cursor);
      inView = startsWithAt(view, values[k]!, cursor);
    }
    // A word with a folded letter (see foldLatinExtended) takes its own letters back.
    const folded = viewFolded && inView && text.slice(cursor, cursor + values[k]!.length) !== values[k];
    const value = folded ? text.slice(cursor, cursor + values[k]!.length) : tokenText(text, values[k]!, cursor, inView);
    const start = cursor;
    cursor += value.length;
    ourIndex[k] = tokens.length;
    const type = types[k]!;
    if (type === 'tabCRLF') continue;
    // wink-nlp adds unknown words to its shared lexicon as it reads, after which "Clinton's" stays one
    // token where a fresh model splits it. Split possessives ourselves so an article's analysis never
    // depends on the articles read before it (and so on the worker count).
    if (type === 'word' && isPossessive(value)) {
      const base = value.slice(0, -2);
      tokens.push({ text: base, start, end: cursor - 2, normal: base.toLowerCase(), pos: pos[k]!, lemma: base.toLowerCase(), type });
      tokens.push({ text: value.slice(-2), start: cursor - 2, end: cursor, normal: "'s", pos: 'PART', lemma: "'s", type });
      continue;
    }
    // The possessive whose apostrophe winkView hid: give it back as one "'s" token.
    if ((value === 's' || value === 'S') && start > 0 && /['’]/.test(text[start - 1]!) && spaces[k] === ' ') {
      // After "it", "that", "there" …, the "'s" is "is" or "has", which no possessive can be: "it's late".
      const verb = CONTRACTS_IS.has(tokens[tokens.length - 1]?.normal ?? '');
      const lemma = verb ? (/^(been|got|gotten)$/i.test(values[k + 1] ?? '') ? 'have' : 'be') : "'s";
      tokens.push({ text: text.slice(start - 1, cursor), start: start - 1, end: cursor, normal: "'s", pos: verb ? 'AUX' : 'PART', lemma, type });
      continue;
    }
    // "The win had not sunk in. “…”": wink reads "in." as the abbreviation for inches, which holds after a
    // number only ("3 in."); elsewhere it is a particle and a full stop that ends the sentence.
    // "… could reach 42C. Officials agreed": a unit letter glued to a number, read as an initial.
    // "… at 5am. “No email,” she said": a clock time glued to its full stop (clock-time-stop.ts).
    // (All five read a token that ends in a full stop; most tokens do not, so skip their tests.)
    const word = value.charCodeAt(value.length - 1) !== 46 ? undefined : wordBeforeGluedStop(value, values[k - 1], values[k + 1]) ?? platformBeforeGluedStop(value, values[k - 1], values[k + 1]) ?? letterBeforeGluedStop(value, values[k - 2], pos[k - 2], values[k - 1], values[k + 1], lemmas[k + 2]) ?? unitLetterBeforeGluedStop(value, values[k - 1], spaces[k], values[k + 1]) ?? clockTimeBeforeGluedStop(value, values[k + 1]);
    if (word) {
      tokens.push({ text: value.slice(0, -1), start, end: cursor - 1, normal: value.slice(0, -1), pos: word.pos, lemma: word.lemma, type: 'word' });
      tokens.push({ text: '.', start: cursor - 1, end: cursor, normal: '.', pos: 'PUNCT', lemma: '.', type: 'punctuation' });
      stopsAfterParticle.add(tokens.length);
      continue;
    }
    // "Tennis.com", "News.com.au": a site's name and its domain are one word (web-names.ts).
    const webEnd = type === 'word' ? webNameEnd(values, spaces, k) : k;
    if (webEnd > k) {
      let end = cursor;
      for (let m = k + 1; m <= webEnd; m++) end += values[m]!.length;
      const name = text.slice(start, end);
      tokens.push({ text: name, start, end, normal: name.toLowerCase(), pos: 'PROPN', lemma: name.toLowerCase(), type });
      for (let m = k + 1; m <= webEnd; m++) {
        ourIndex[m] = tokens.length;
        webNameInner.add(m);
      }
      cursor = end;
      k = webEnd;
      continue;
    }
    // "Warner Bros. said …": wink splits "Bros" from its full stop, as it never does "Corp."; after a capitalised
    // word it is a firm's abbreviation, one token as "Corp." is (the full stop then ends a sentence only as theirs does).
    if (value === 'Bros' && values[k + 1] === '.' && spaces[k + 1] === '' && /^\p{Lu}/u.test(values[k - 1] ?? '')) {
      tokens.push({ text: 'Bros.', start, end: cursor + 1, normal: 'bros.', pos: 'PROPN', lemma: 'bros.', type });
      cursor += 1;
      k++;
      ourIndex[k] = tokens.length;
      firmStops.add(tokens.length);
      continue;
    }
    if (folded) {
      const normal = normals[k]!.length === value.length ? value.toLowerCase() : normals[k]!;
      const lemma = lemmas[k]!.toLowerCase() === values[k]!.toLowerCase() ? (lemmas[k] === values[k] ? value : value.toLowerCase()) : lemmas[k]!;
      tokens.push({ text: value, start, end: cursor, normal, pos: pos[k]!, lemma, type });
      continue;
    }
    tokens.push({ text: value, start, end: cursor, normal: normals[k]!, pos: pos[k]!, lemma: lemmas[k]!, type });
  }
  ourIndex[values.length] = tokens.length;
  retagGivenNames(tokens);
  retagNounsAfterGenitive(tokens);
  retagGerundsAfterPossessive(tokens);
  retagDoerNounsReadAsComparatives(tokens);
  retagObjectOfAccordingTo(tokens);
  retagFurtherBeforeVerb(tokens);
  retagPlaceAfterNoun(tokens);
  retagNameWordsAfterThe(tokens);
  retagCueAfterAsSubject(tokens);
  retagQuantifierSubjectAfterCue(tokens);
  retagCapitalisedQuantifierSubject(tokens);
  retagVerbAfterPluralSubject(tokens);
  retagCueParticipleBeforeThat(tokens);
  retagPollingBeforeVerb(tokens);
  retagBareCueAfterQuotation(tokens);
  retagBareCueBeforeObject(tokens);
  retagSaidReadAsAdjective(tokens);
  retagBareVerbAfterPluralSubject(tokens);
  retagSurnamesReadAsAdjectives(tokens);
  retagForeignWordsInOutletNames(tokens);
  retagAwardModifiers(tokens);
  retagAdverbsEndingNames(tokens);
  retagGerundsOpeningNames(tokens);
  retagVerbsOpeningNames(tokens);
  retagVerbsEndingNames(tokens);
  retagVerbAfterAgeApposition(tokens);
  retagAlthoughAsSubordinator(tokens);
  retagComparativeBeforeMediumNoun(tokens);
  retagCostBeforeAmount(tokens);

  const sentences: Sentence[] = [];
  const nameBangs = bangsInsideNames(text);
  retagBangNames(tokens, nameBangs);
  const spans = joinInsideWebNames(joinAfterFirmStops(joinAtGluedDots(joinAtNameBangs(doc.sentences().out(its.span) as unknown as [number, number][], tokens, ourIndex, nameBangs), tokens, ourIndex), ourIndex, firmStops), webNameInner);
  let p = 0;
  for (const [first, last] of spans) {
    let from = ourIndex[first]!;
    const to = ourIndex[last + 1]!;
    while (from < to) {
      while (p < paragraphs.length - 1 && paragraphs[p]!.end <= tokens[from]!.start) p++;
      // Cut the sentence at the end of the paragraph its first token is in.
      let end = from;
      while (end < to && tokens[end]!.start < paragraphs[p]!.end && !(end > from && (endsAtFirmAbbreviation(tokens, end) || stopsAfterParticle.has(end) || endsAtAbbreviationBeforeQuotation(tokens, end)))) end++;
      if (end === from) end = from + 1;
      sentences.push({ start: tokens[from]!.start, end: tokens[end - 1]!.end, tokenStart: from, tokenEnd: end, paragraph: paragraphOf(paragraphs, tokens[from]!.start, p) });
      from = end;
    }
  }
  return { article, paragraphs, marked: findMarkedSpans(text, paragraphs), sentences, tokens, nameBangs };
}

/**
 * Everyday words in small letters that wink reads, with a full stop, as an abbreviation: "in." (inches) and
 * states' or months' short forms ("Ill.", "Miss.", "Wash.", "Mass.", "Ore."). In small letters they are the
 * word, with the tag and lemma it has there.
 */
const WORDS_READ_AS_ABBREVIATIONS: ReadonlyMap<string, { pos: string; lemma: string }> = new Map([
  ['in', { pos: 'ADP', lemma: 'in' }], ['ill', { pos: 'ADJ', lemma: 'ill' }], ['miss', { pos: 'VERB', lemma: 'miss' }],
  ['wash', { pos: 'VERB', lemma: 'wash' }], ['mass', { pos: 'NOUN', lemma: 'mass' }], ['ore', { pos: 'NOUN', lemma: 'ore' }],
  ['no', { pos: 'INTJ', lemma: 'no' }], ['sat', { pos: 'VERB', lemma: 'sit' }], ['sun', { pos: 'NOUN', lemma: 'sun' }],
  ['wed', { pos: 'VERB', lemma: 'wed' }], ['fig', { pos: 'NOUN', lemma: 'fig' }],
]);

/**
 * The word of a token such as "in." or "ill." that wink read as one abbreviation where it is a word and a full
 * stop ("the news had not sunk in. The crew …", "she felt ill. “…”"): not after a number ("3 in."), and before
 * a capitalised word or a quotation mark that opens the next sentence, or at the text's end.
 */
function wordBeforeGluedStop(value: string, before: string | undefined, after: string | undefined): { pos: string; lemma: string } | undefined {
  const word = value.endsWith('.') ? WORDS_READ_AS_ABBREVIATIONS.get(value.slice(0, -1)) : undefined;
  if (!word || !before || /\d/.test(before)) return undefined;
  // A paragraph break ends the sentence as a capital after it does ("… to step in.⏎⏎“…”").
  return after === undefined || /^[\p{Lu}"“‘'\n\r]/u.test(after) ? word : undefined;
}

/**
 * "… posted on X. He later told …": wink reads a one-letter platform and its full stop as an initial, which
 * would join the post to the next sentence. After "on" or "via" and before a capitalised word or a quotation
 * mark (or the text's end), it is the platform and a full stop that ends the sentence.
 */
function platformBeforeGluedStop(value: string, before: string | undefined, after: string | undefined): { pos: string; lemma: string } | undefined {
  if (!/^\p{Lu}\.$/u.test(value) || !isPlatform(value.slice(0, -1)) || !before || !/^(on|via)$/i.test(before)) return undefined;
  return after === undefined || /^[\p{Lu}"“‘']/u.test(after) ? { pos: 'PROPN', lemma: value.slice(0, -1).toLowerCase() } : undefined;
}

// Prepositions that never open a clause (unlike "after", "before", "since"): the name after one is their object.
const OBJECT_ONLY_PREPOSITIONS = new Set(['about', 'of', 'on', 'with', 'to', 'from', 'by', 'against', 'into', 'at', 'toward', 'towards', 'featuring']);

/**
 * "They chose Plan B. Voters agreed.": wink reads a lone capital and its full stop as a name's initial, which
 * joins two sentences. It is a letter and a full stop that ends the sentence after a common noun that a letter
 * names one of ("backed Plan B. Dr. Lena Park said"), or before a plural noun for a group of people in capitals
 * ("… shows Brand X. Organisers said …"), which no name's initial precedes ("John F. Kennedy said").
 * Such nouns and group nouns are also given names and surnames ("Judge Wing K. Lee", "Joe C. Banks"), so
 * the noun must read as one: written in small letters, or after a determiner, "of", "on" or a common noun
 * ("the bakery Grade C."), never opening the sentence or after a title; and before a group noun, no known
 * given name and no capitalised word before it ("Coach Joe C. Banks said", "Tyra M. Banks.").
 * After a capitalised designator noun, a group noun with a speech verb after it opens a sentence even then
 * ("… had no Plan B. Residents said …"), unless it is also a surname; after a given name it never does, since
 * a surname may be any plural noun ("Dana R. Neighbors said", "Sam J. Riders said").
 */
function letterBeforeGluedStop(value: string, beforeBefore: string | undefined, beforeBeforePos: string | undefined, before: string | undefined, after: string | undefined, afterAfterLemma: string | undefined): { pos: string; lemma: string } | undefined {
  if (!/^\p{Lu}\.$/u.test(value) || !before || !/^\p{L}\p{Ll}+$/u.test(before)) return undefined;
  const letter = { pos: 'PROPN', lemma: value.slice(0, -1).toLowerCase() };
  const groupAfter = !!after && /^\p{Lu}\p{Ll}+s$/u.test(after) && (cueLexicon().peopleNouns.has(after.toLowerCase()) || cueLexicon().agentNouns.has(after.toLowerCase()));
  // A group of people speaking right after a designator noun, "… Plan B. Residents said …":
  // a new sentence's subject and its cue, unless the noun is also a surname ("Tyra M. Banks said").
  const groupSpeaks = groupAfter && !!afterAfterLemma && cueLexicon().speech.has(afterAfterLemma) && !isSurnameGroupNoun(after!);
  if (isDesignatorNoun(before)) {
    const readsAsNoun = /^\p{Ll}/u.test(before) || (!!beforeBefore && (isDesignatorOpener(beforeBefore) || (beforeBeforePos === 'NOUN' && /^\p{Ll}/u.test(beforeBefore))));
    return (readsAsNoun || (groupSpeaks && !!beforeBefore && /^\p{Ll}/u.test(beforeBefore))) && (after === undefined || /^[\p{Lu}"“‘']/u.test(after)) ? letter : undefined;
  }
  if (!/^\p{Lu}/u.test(before) || !groupAfter) return undefined;
  if (!beforeBefore || /^\p{Lu}/u.test(beforeBefore)) return undefined;
  // After a given name the capital is a middle initial even before a speech verb: "Dana R. Neighbors said".
  // (Not when a preposition that opens no clause governs the name: "a talk about Malcolm X. Organisers said"
  // — the name is its object, so it cannot be the subject of the speech verb; "After Dana R. Neighbors said" can.)
  if (groupSpeaks && OBJECT_ONLY_PREPOSITIONS.has(beforeBefore)) return letter;
  return genderOfFirstName(before) === 'unknown' ? letter : undefined;
}

/** A sentence opens at tokens[k] after a lone capital's full stop (letterBeforeGluedStop): "… chose Plan B. Voters …". */
export function endsAtLetterStop(tokens: Token[], k: number): boolean {
  const stop = tokens[k - 1];
  const letter = tokens[k - 2];
  return stop?.text === '.' && !!letter && letter.end === stop.start && !!letterBeforeGluedStop(letter.text + '.', tokens[k - 4]?.text, tokens[k - 4]?.pos, tokens[k - 3]?.text, tokens[k]?.text, tokens[k + 1]?.lemma);
}

/** A sentence opens at tokens[k] after a one-letter platform's full stop (platformBeforeGluedStop): "… posted on X. He …". */
export function endsAtPlatformStop(tokens: Token[], k: number): boolean {
  const stop = tokens[k - 1];
  const platform = tokens[k - 2];
  return stop?.text === '.' && !!platform && platform.end === stop.start && !!platformBeforeGluedStop(platform.text + '.', tokens[k - 3]?.text, tokens[k]?.text);
}

/** The abbreviations that end a firm's name: "Acme Corp.", "Harlow & Finch Co.", "Warner Bros.". */
const FIRM_ABBREVIATIONS = new Set(['corp.', 'inc.', 'co.', 'ltd.', 'bros.']);

/**
 * A new sentence opens at tokens[k] after a firm's abbreviation that the splitter read as no sentence end
 * ("… according to the Elwin Visitors Corp. Hotel owners estimated …"): a capitalised word followed by one
 * in small letters. A title or a name after it keeps the sentence ("Acme Corp. President Dana Reyes",
 * "Acme Inc. CEO Dana Reyes said"), as does a word in small letters ("Acme Corp. spokesman").
 */
export function endsAtFirmAbbreviation(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  const next = tokens[k + 1];
  if (!FIRM_ABBREVIATIONS.has(prev.text.toLowerCase()) || !next) return false;
  const t = tokens[k]!;
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ROLE_WORDS.has(t.normal) && !isFirmDivisionWord(t.text) && /^\p{Ll}+$/u.test(next.text) && next.pos !== 'PUNCT';
}

/**
 * Wink's sentences with its cut after a firm's abbreviation it split ("Warner Bros. | said …") undone; the
 * sentence loop then cuts there only where endsAtFirmAbbreviation says a new sentence opens.
 */
function joinAfterFirmStops(spans: [number, number][], ourIndex: Int32Array, firmStops: Set<number>): [number, number][] {
  if (firmStops.size === 0) return spans;
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && firmStops.has(ourIndex[prev[1] + 1]!)) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * Wink's sentences (spans of its token indices) with a cut after the "!" of a name ("She told E! | News
 * that …") undone: the sentence runs on into the next one.
 */
function joinAtNameBangs(spans: [number, number][], tokens: Token[], ourIndex: Int32Array, bangs: Set<number>): [number, number][] {
  if (bangs.size === 0) return spans;
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const lastToken = prev ? tokens[ourIndex[prev[1] + 1]! - 1] : undefined;
    if (prev && lastToken && lastToken.text === '!' && bangs.has(lastToken.start)) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * Wink's sentences with a cut at a full stop glued between digits undone: "posted at 12.03am on Friday"
 * splits into "12", ".", "03am", and the stop there ends no sentence. Nor does one glued between a word and a
 * web address's ending in small letters: "eldiario.es reported", "Actualite.cd said" name one site.
 */
function joinAtGluedDots(spans: [number, number][], tokens: Token[], ourIndex: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const dot = prev ? ourIndex[prev[1] + 1]! - 1 : -1;
    const before = tokens[dot - 1];
    const next = tokens[ourIndex[span[0]]!];
    // (Nor one inside a dotted abbreviation, a lone capital before it and a capital's piece after: the states
    // "N.M.", "W.Va." of a party tag, "Sen. Ana Ruiz, D-N.M., said", which wink cuts after "N.".)
    const glued = dot > 0 && tokens[dot]!.text === '.' && !!before && !!next && before.end === tokens[dot]!.start && next.start === tokens[dot]!.end && ((/\d$/.test(before.text) && /^\d/.test(next.text)) || (/\p{L}$/u.test(before.text) && /^\p{Ll}{2,4}$/u.test(next.text)) || (/^\p{Lu}$/u.test(before.text) && /^\p{Lu}\p{Ll}?\.?$/u.test(next.text)));
    if (prev && glued) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * The model reads some given names as other words: "Ted" (a verb, 129 times in 840 political
 * articles), "said Will Okafor" (a modal), "Grant Hale". Before a capitalised proper noun, a known given
 * name is a proper noun too, except a modal opening a sentence ("Will Lee run?").
 */
function retagGivenNames(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' || t.pos === 'PUNCT') continue;
    const c = t.text.charCodeAt(0);
    if (c < 65 || c > 90 || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    const next = tokens[i + 1]!;
    if (next.pos !== 'PROPN' || !/^\p{Lu}/u.test(next.text) || genderOfFirstName(t.text) === 'unknown') continue;
    const prev = tokens[i - 1];
    const opensSentence = !prev || /^[.!?“"‘(:—–-]$/.test(prev.text) || prev.text.includes('\n');
    if (opensSentence && t.pos === 'AUX') continue;
    tokens[i] = retagged(t, 'PROPN', t.normal);
  }
  // "Da Silva", "Da Costa": the model reads the particle as the article ("Da" → "the"); before a capitalised
  // proper noun it opens a name, spelt as written.
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isParticle(t.text) || t.normal === t.text.toLowerCase()) continue;
    const next = tokens[i + 1]!;
    if (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) tokens[i] = { ...retagged(t, 'PROPN', t.text.toLowerCase()), normal: t.text.toLowerCase() };
  }
  // The model reads short given names after a family name as other words: "Li Na" (a particle), "Wu Ye".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' && shortGivenNameAfterFamilyName(tokens, i)) tokens[i] = retagged(t, 'PROPN', t.normal);
  }
}

/**
 * The model reads some nouns after a genitive as verbs when an adjective or adverb stands between:
 * "the county's earlier claim that …" ("claim" a verb). After "NAME's" and at most two modifiers, a word
 * in its base or "-s" form heads the genitive's noun phrase: no verb follows a possessive. (Participles
 * stay verbs, "the board's newly approved plan", as does the "'s" of "has" or "is" before one, "the
 * driver's fled"; "let's go" is no genitive. A word with an object after it is a verb too: irregular
 * participles share their base form, "the council's just cut the budget", "the mayor's recently quit it".)
 */
function retagNounsAfterGenitive(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Ll}+$/u.test(t.text) || (t.normal !== t.lemma && t.normal !== t.lemma + 's')) continue;
    let k = i - 1;
    while (k > i - 3 && k > 0 && /^(ADJ|ADV)$/.test(tokens[k]!.pos)) k--;
    const genitive = tokens[k];
    if (k === i - 1 || !genitive || genitive.pos !== 'PART' || genitive.normal !== "'s" || tokens[k - 1]?.normal === 'let') continue;
    if (startsObject(tokens[i + 1])) continue;
    tokens[i] = retagged(t, 'NOUN');
  }
}

/**
 * The model reads "to" after "according" as an infinitive's and a bare noun after it as a verb: "according to
 * police, who said …", "according to reports". "According to" takes a noun phrase, never a verb, so a
 * lower-case word tagged as a verb there, alone before a mark or "who", is a noun (and "to" the preposition).
 */
function retagObjectOfAccordingTo(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.normal !== 'according' || tokens[i + 1]!.normal !== 'to') continue;
    const t = tokens[i + 2]!;
    // (Only a lone word closing the phrase, or one a sender follows: "according to figures from …";
    // "according to polling by …", "interviews with …" are read well as they are by the rules after.)
    const after = tokens[i + 3];
    // (A gerund is left to the rules on gerund sources: "according to sailing" is an activity, no source.)
    if (t.pos !== 'VERB' || !/^\p{Ll}+$/u.test(t.text) || /ing$/.test(t.normal)) continue;
    if (after && after.pos !== 'PUNCT' && !/^(who|which|from)$/.test(after.normal)) continue;
    tokens[i + 1] = retagged(tokens[i + 1]!, 'ADP');
    tokens[i + 2] = retagged(t, 'NOUN', t.normal);
  }
}

/**
 * The model reads "further" before a verb as a verb: "“…,” he further explained", "she further noted that
 * …". Followed at once by an inflected verb ("explained", "wrote", "notes") it is the adverb (the verb "further" takes an
 * object: "to further the talks").
 */
function retagFurtherBeforeVerb(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.normal !== 'further' || t.pos !== 'VERB') continue;
    const next = tokens[i + 1]!;
    if (next.pos === 'VERB' && (next.normal !== next.lemma || /(?:ed|s)$/.test(next.normal))) tokens[i] = retagged(t, 'ADV', 'further');
  }
}

/**
 * The model reads "there" and "here" after a noun as a pronoun, a subject of their own: "Officials there
 * said …", "Polls here show …". Between a noun and a verb they tell where the noun is, an adverb. (Before an
 * auxiliary "there" may open a clause of its own: "in the valley there are three mills".)
 */
function retagPlaceAfterNoun(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if ((t.normal !== 'there' && t.normal !== 'here') || t.pos !== 'PRON') continue;
    if (/^(NOUN|PROPN)$/.test(tokens[i - 1]!.pos) && tokens[i + 1]!.pos === 'VERB') tokens[i] = retagged(t, 'ADV');
  }
}

/**
 * The model reads a capitalised participle inside a name as a verb: "the Associated Press reported …"
 * ("Associated" a verb, so "Press" alone looked like the speaker and the frame broke). After "the" and
 * before a capitalised proper noun, a capitalised word is part of that name: no verb follows "the" (nor "a":
 * "A Downing Street spokesperson said", where "Downing" read as a verb left the mention "Street spokesperson").
 */
function retagNameWordsAfterThe(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || (!ARTICLES.has(tokens[i - 1]!.normal) && tokens[i - 2]?.normal !== 'the')) continue;
    const next = tokens[i + 1]!;
    if (ARTICLES.has(tokens[i - 1]!.normal) && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) tokens[i] = retagged(t, 'PROPN', t.normal);
    // "The Red Cross said …": a name's capitalised last word after "the" and a proper noun, in running text
    // (a small word follows), is no verb either; nor is a middle word before another proper noun ("the Marlow
    // Falls Courier", a town's name and a paper's word).
    else if (i >= 2 && tokens[i - 2]!.normal === 'the' && tokens[i - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i - 1]!.text) && (/^\p{Ll}/u.test(next.text) || (next.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(next.text)))) {
      tokens[i] = retagged(t, 'PROPN', t.normal);
      // (Read as a verb, the name made the model take a following "said" for an adjective.)
      if (next.normal === 'said' && next.pos === 'ADJ') tokens[i + 1] = retagged(next, 'VERB', 'say');
    }
  }
}

/** The articles no verb follows: "the Associated Press", "a Downing Street spokesperson". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** A token that opens a verb's object ("cut the budget", "quit it"): no noun head is followed by one. */
function startsObject(t: Token | undefined): boolean {
  return !!t && /^(DET|PRON|NUM|PROPN)$/.test(t.pos);
}

/** Words whose "'s" can only be a contracted "is" or "has": pronouns take no possessive "'s". */
const CONTRACTS_IS = new Set(['it', 'he', 'she', 'that', 'this', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'why']);

/** "Clinton's" / "Clinton’s": a word of three or more characters ending in an apostrophe and s. */
function isPossessive(value: string): boolean {
  const n = value.length;
  if (n <= 2) return false;
  const last = value.charCodeAt(n - 1);
  const apostrophe = value.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

/**
 * The text wink-nlp reads: the same length, with the apostrophe of a possessive ('s, ’s) turned into a
 * space. wink-nlp learns every unknown token into its shared lexicon, and once it has seen
 * "Clinton's" whole it stops splitting it, which changes the tags of the words around it in later
 * articles. Without the apostrophe there is nothing to learn, so an article's analysis does not
 * depend on the articles read before it. Spaces wink drops without counting them (form feed, vertical
 * tab, U+2028/2029, U+3000, U+FEFF and a few more) become plain spaces: left as they are, every offset after
 * one would be off by one. Very long words are broken (LONG_WORD). Offsets are unaffected; token text is
 * read from the article.
 */
export function winkView(text: string, extended = hasLatinExtended(text)): string {
  // (blankForWink only turns apostrophes and spaces into spaces, so whether the text holds a Latin
  // Extended letter holds for its view too; the caller who has tested it already passes the answer on.)
  const view = extended ? foldLatinExtended(blankForWink(text)) : blankForWink(text);
  return mayHaveLongWord(view) ? view.replace(LONG_WORD, breakLongWord) : view;
}

/**
 * What text.replace(/(?<=[\p{L}\p{N}])['’](?=[sS]\b)|[\v\f\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/gu, ' ')
 * gives, read by character code: the regex tried its lookbehind at every character of every article.
 */
function blankForWink(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const blank = c === 39 || c === 0x2019 ? isPossessiveApostrophe(text, i) : c < 0x0b ? false : c <= 0x0c || (c >= 0x1680 && isUncountedSpace(c));
    if (!blank) continue;
    out += text.slice(from, i) + ' ';
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The text with each letter of Latin Extended-A/B and Additional (Ż, ł, Ș, ő …) replaced by its Latin-1
 * base letter of the same case (Z, l, S, o): wink's tokenizer ends a word at any letter past U+00FF, so
 * "Żuławski" came out as "Ż", "u", "ł", "awski". Each is one UTF-16 unit, so offsets stay put; the tokens
 * take their text from the article.
 */
function hasLatinExtended(text: string): boolean {
  return /[\u0100-\u024f\u1e00-\u1eff]/.test(text);
}

function foldLatinExtended(view: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    if (c < 0x100 || !((c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff))) continue;
    const base = latinBase(view[i]!);
    if (base === null) continue;
    out += view.slice(from, i) + base;
    from = i + 1;
  }
  return from === 0 ? view : out + view.slice(from);
}

// Letters whose base no canonical decomposition gives.
const UNDECOMPOSED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', Ŀ: 'L', ŀ: 'l', Ŋ: 'N', ŋ: 'n', Œ: 'E', œ: 'e', Ɨ: 'I', ƚ: 'l' };

function latinBase(letter: string): string | null {
  const first = letter.normalize('NFD')[0]!;
  if (first !== letter && first.charCodeAt(0) < 0x80 && /\p{L}/u.test(first)) return first;
  return UNDECOMPOSED[letter] ?? (/\p{Lu}/u.test(letter) ? 'X' : /\p{Ll}/u.test(letter) ? 'x' : null);
}

/** The apostrophe at i of "Clinton's", "2020’s": after a letter or digit, before an "s" or "S" that ends a word. */
function isPossessiveApostrophe(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  if (s !== 115 && s !== 83) return false;
  // \b after the "s": the end of the text or a character outside [A-Za-z0-9_].
  const after = text.charCodeAt(i + 2);
  if (after === 95 || (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)) return false;
  return isLetterOrDigitBefore(text, i);
}

/** The spaces wink-nlp drops without counting them, at or above U+1680 (see winkView). */
function isUncountedSpace(c: number): boolean {
  return c === 0x1680 || c === 0x2000 || c === 0x2001 || (c >= 0x2006 && c <= 0x2008) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

// The model tests each word with a regex that takes time in the square of its length: a 300,000-character
// "word" (an inline image's base64, a minified script left in by extraction) took 44 seconds. A run of
// 256 characters with no space gets a space at its end, as often as needed; shorter runs (URLs) stay whole.
const LONG_WORD = /\S{256}(?=\S)/gu;

/**
 * Whether some run of more than 256 UTF-16 units holds none of the common spaces. LONG_WORD tried a match
 * at every character of every article (2-3% of the pipeline's time); this loop is a fifth of that, and
 * the regex runs only where a match is possible (a run of 257 non-spaces is such a run here too).
 */
function mayHaveLongWord(view: string): boolean {
  let run = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0) run = 0;
    else if (++run > 256) return true;
  }
  return false;
}

function breakLongWord(run: string): string {
  const cut = run.length - (/[\udc00-\udfff]$/.test(run) ? 2 : 1);
  return run.slice(0, cut) + ' '.repeat(run.length - cut);
}

/**
 * The article's text of the token wink read as `value` at offset `at`: `value` itself where the view holds
 * it there and it has no space (the view differs from the text only where winkView put a space), which
 * saves a new string per token.
 */
function tokenText(text: string, value: string, at: number, inView: boolean): string {
  return inView && !value.includes(' ') ? value : text.slice(at, at + value.length);
}

/**
 * view.startsWith(value, at) for an offset at >= 0, read by character code: a builtin call per token cost
 * more than the few comparisons (most tokens are short words).
 */
function startsWithAt(view: string, value: string, at: number): boolean {
  const from = Math.min(at, view.length);
  if (from + value.length > view.length) return false;
  for (let j = 0; j < value.length; j++) if (view.charCodeAt(from + j) !== value.charCodeAt(j)) return false;
  return true;
}

/** Where wink's token value stands in the view, a few characters after `from` at most (else `from`). */
function realign(view: string, value: string, from: number): number {
  const at = view.indexOf(value, from);
  return at >= 0 && at - from <= 8 ? at : from;
}

function paragraphOf(paragraphs: Paragraph[], offset: number, hint: number): number {
  let p = Math.min(hint, paragraphs.length - 1);
  while (p > 0 && paragraphs[p]!.start > offset) p--;
  while (p < paragraphs.length - 1 && paragraphs[p]!.end <= offset) p++;
  return Math.max(0, p);
}
