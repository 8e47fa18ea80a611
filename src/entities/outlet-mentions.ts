import type { AnalyzedArticle, Mention, OutletEntity, Quote, Token } from '../types.js';
import { namesHitPodcast } from './hit-songs.js';
import { capitalisedRuns } from '../nlp/runs.js';
import { tokensStartingBefore } from '../nlp/token-search.js';
import { jointOutletParts } from '../quotes/joint-outlets.js';
import { isBandWord, outletNeedsContext, acronymBeforeNoun, describedApartAt, pastWebDomain, isChannelNumberAt, endsWithJobKind, endsWithOutletKind, isPlatform, outletShapedName, startsWithOutletKind, isCallSign, isMediumWord, isOutletHead, isOutletNameLinkWord, isPhraseProgramme, styledOutletOpening, articleOfPersonName, kindOfOutletWord, lookupOutlet, namesAnEvent, maxOutletWords, multiWordOutlets, mayShortenToHead, namesPlaceAround, isTownAndNewspaperWord, outletOnlyAsWritten, ordinaryOutletOpensLongerName, plainWordOpensTitle, recogniseOutlet, isEditionWord, isJournal, isNewspaperWord, startsWithStaffJob, startsWithStaffPossessive, withoutKindWord, endsWithStaffPreposition } from '../lexicon/outlets.js';
import { withBroadcasterName } from '../lexicon/broadcaster-names.js';
import { NOT_NAMES } from '../nlp/words.js';
import { cueLexicon } from '../lexicon/cues.js';
import { genderOfFirstName } from '../nlp/names.js';
import { codePointBefore, isLetterOrDigitAt, unitsOf, wholeWordOffsets } from '../text/boundaries.js';
import { withoutPossessive } from '../text/possessive.js';
import { hyphenInWord } from '../nlp/name-shapes.js';
import { KeyWordFilter } from '../text/key-words.js';
import { SpanIndex } from '../text/span-index.js';
import { isTitleCase } from '../nlp/words.js';
import { isCityNotGivenName } from '../lexicon/place-names.js';
import { followsCodeNameWord, followsNicknameWord } from '../lexicon/naming-words.js';
import { talkProgrammeTitles, unquotedEpisodeProgrammes } from './talk-programmes.js';
import { key } from './films.js';
import { foldStationNumberForms } from './station-short-forms.js';
import { isMediumDescription } from '../quotes/medium-descriptions.js';
import { isCourseNoun } from '../lexicon/course-nouns.js';
import { occupationBeforeName } from './occupation-before-name.js';

// Words before a name that make it a source or medium: "told X", "confirmed to X", "according to X", "in an interview with X".
// ("speaking in French on Radio X": the language spoken is no part of the context.)
const SOURCE_BEFORE = /(?:\btold|\btells|\btelling|\bconfirm(?:ed|s|ing)? to|according to|interview with|speaking (?:[a-z]+ly )?(?:to|with)|spoke (?:[a-z]+ly )?(?:to|with)|appeared on|appearance on|writing in|wrote in|quoted by|reported by|published by|told to|talking to|talked to|interviewed by|(?:asked|questioned|pressed) by|(?:appeared|appearing|speaking|spoke|said|says)(?: in [a-z]+)? on|(?:poll|survey|column|op-ed|editorial|article|interview|piece) (?:for|in)|commissioned by|published (?:in|by))\s+(?:the\s+)?$/i;
// "published Wednesday in the journal": where a study came out, which is no source context for a journal.
const STUDY_PUBLISHED_BEFORE = /\bpublished\b[^.]{0,30}\bin\s+(?:the\s+)?(?:(?:medical|scientific|science|peer-reviewed)\s+)?(?:journal\s+)?$/i;
// "the publisher of the Daily Ledger": a paper's publisher or editor (not "the editor of Fortune 500 filings", a name going on).
const PUBLISHER_OF_BEFORE = /\b(?:publisher|publishers|editor) of\s+(?:the\s+)?$/i;
// A critic's or writer's outlet: "reviewing the film for X", "writing for X" (the name ending there, not "for People First").
const WRITING_FOR_BEFORE = /(?:\b(?:writing|wrote|writes)|\breview(?:ing|ed|s)?(?: (?:the|a|an|it|his|her|their|its|this|that) [a-z’'-]+| it)?) for\s+(?:the\s+)?$/i;
// …or after it: "X reports", "X reported", "X's report".
// ("Deadline first reported the sale", "the Ledger broke the news": an adverb of order may come between; breaking a story is reporting it.)
const SOURCE_AFTER = /^(?:’s|'s)?\s*(?:(?:first|also|exclusively|previously|originally|earlier)\s+)?(?:reports?|reported|said|says|revealed|reveals|notes?|noted|claims?|claimed|confirmed|writes|wrote|interview|report|website|magazine|newspaper|broke the (?:news|story))\b/i;
// "The Ledger published three photographs": a paper publishing pictures or a story (not "Complex published rules").
const PUBLISHED_AFTER = /^\s+(?:published|publishes)\s+(?:[\p{L}\d]+\s+){0,2}(?:photographs?|pictures?|photos?|images?|articles?|story|stories|report|interview|extracts?|excerpts?|details|allegations|claims)\b/iu;

/**
 * News organisations named as a source or medium. Names that are also ordinary words ("Deadline",
 * "People", "Time") and names recognised only by their shape need a source context; names from
 * the gazetteer that are never ordinary words count wherever they appear.
 */
export function extractOutlets(doc: AnalyzedArticle, quotes: Quote[] = []): OutletEntity[] {
  const text = doc.article.text;
  // One entity per outlet however the article writes it ("the Redbridge Gazette", "Redbridge Gazette").
  const byName = new Map<string, OutletEntity>();
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  const add = (name: string, found: Mention) => {
    // "The Hollywood Reporter's critic" opening a sentence: the run leaves out the capital "The" that the
    // outlet's own name has ("The Hollywood Reporter", as written mid-sentence), so it is put back.
    const opensWithThe = !/^the\s/i.test(name) && capitalTheBefore(text, found.start) && !!lookupOutlet(name)?.startsWith('The ');
    const mention = opensWithThe ? { start: found.start - 4, end: found.end, text: `The ${found.text}` } : found;
    if (opensWithThe) name = `The ${name}`;
    const k = (lookupOutlet(name) ?? name.replace(/^the\s+/i, '')).toLowerCase();
    // "Hello! magazine" is the outlet Hello!: a kind word after a known name is no part of it.
    const bare = withoutKindWord(name);
    const shown = bare !== name && lookupOutlet(bare) ? bare : name;
    const entity = byName.get(k) ?? { name: shown.replace(/^the\s+/, ''), mentions: [] };
    // "The Ridgeway Times reported …" then "told The Ridgeway Times": a capital "The" inside a sentence is part of the
    // name, which a sentence's first word cannot show; the name takes it from the later mention. A "The" that opens a
    // sentence shows nothing ("told the Guardian … The Guardian later confirmed" stays Guardian).
    if (shown.startsWith('The ') && !entity.name.startsWith('The ') && !sentenceStarts.has(mention.start)) entity.name = shown;
    if (!entity.mentions.some((m) => m.start === mention.start)) entity.mentions.push(mention);
    byName.set(k, entity);
  };
  // Words an outlet name can have: the gazetteer's longest after "the", or an unknown name's six after it.
  const limit = Math.max(maxOutletWords(), 6) + 1;
  const titles = quotedTitles(doc);
  for (const run of capitalisedRuns(doc)) {
    // A word inside a longer title in quotation marks is no outlet ("Press" in the podcast “Press Start Again”,
    // "People" in “Friends Of The People Trust”); the whole title is one after a kind of news medium. (A name that is no
    // ordinary word still is: the channel in “MSNBC Live”.)
    const title = titles.overlapping(run.start, run.end)[0];
    // A nickname is no outlet either, whole or in part: supporters nicknamed him “the Late Show”.
    if (title && (title.nickname || ((title.start < run.start || title.end > run.end) && !standsOutInTitle(run.text)))) {
      const name = text.slice(title.start, title.end);
      // (From whichever of its runs comes first, the title's first word may be no run: "Off" of “Off the Clock with Rob Tally”.
      // A title in quotation marks may have small words: “Off the Clock with …” after "his podcast,".)
      if (!title.nickname && endsWithOutletKind(textBefore(text, title.start)) && (plainOutletName(name) || quotedOutletName(name))) add(name, { start: title.start, end: title.end, text: name });
      continue;
    }
    // Try the longest prefix of the run that is an outlet ("Deadline de Armas" starts with "Deadline"),
    // from the longest that has few enough words (a run of a thousand names has no outlet a thousand long).
    // ("told the BBC Scotland had been ignored": a place opening the told clause, its verb right after, is no part of it.)
    const last = run.last > run.first && /^(VERB|AUX)$/.test(doc.tokens[run.last + 1]?.pos ?? '') && cueLexicon().placeNames.has(doc.tokens[run.last]!.text) ? run.last - 1 : run.last;
    // "Britain’s Daily Telegraph": a place's possessive opening the run is no part of the outlet's name.
    const first = pastPlacePossessive(doc.tokens, run.first, last);
    // "told La Gazzetta di Bergamo", "told Radio Nacional": after a source context, a name whose form makes it a
    // paper or a station is that outlet, never a person, through a Romance link word to what it is of ("di Bergamo").
    const styledEnd = styledNameEnd(doc.tokens, first, last);
    if (styledEnd > 0) {
      const start = doc.tokens[first]!.start;
      const name = withoutPossessiveOrStop(text.slice(start, styledEnd));
      if (!lookupOutlet(name) && SOURCE_BEFORE.test(textBefore(text, start))) {
        add(name, { start, end: start + name.length, text: name });
        continue;
      }
    }
    let longest = first;
    for (let words = 1; longest < last; longest++) {
      if (doc.tokens[longest + 1]!.start > doc.tokens[longest]!.end) words++;
      if (words > limit) break;
    }
    for (let e = longest; e >= first; e--) {
      const start = doc.tokens[first]!.start;
      const end = doc.tokens[e]!.end;
      // The tagger may keep a full stop on the last word ("the Sun."): it is no part of the name.
      const surface = withoutPossessiveOrStop(text.slice(start, end));
      const known = lookupOutlet(surface);
      // "the Sun-Journal": a hyphen joined to a capitalised word goes on with the name, which is not cut there (The Sun).
      if (known && e < last && hyphenInWord(doc.tokens, e + 1) && /^\p{Lu}/u.test(doc.tokens[e + 2]?.text ?? '')) continue;
      // "Efe Cakarel, the founder of …": an agency written in capitals (EFE) is no capitalised given name with a
      // capitalised word after it in the same run.
      if (known && e < last && /^\p{Lu}\p{Ll}+$/u.test(surface) && /^\p{Lu}{2,}$/u.test(known) && /^\p{Lu}\p{Ll}/u.test(doc.tokens[e + 1]!.text)) continue;
      // The context is read only where it decides (most prefixes of most runs are no outlet at all).
      const ordinaryWord = known !== null && !/\s/.test(surface) && /^\p{Lu}\p{Ll}+$/u.test(surface) && outletOnlyAsWritten(surface);
      // A word the article uses as a surname ("Adrian Hill … Hill said") is that person, not the outlet (The Hill).
      if (ordinaryWord && usedAsSurname(text, surface)) break;
      // A nationality describing the outlet named after it is not the outlet spelled alike: "the Australian broadcaster Channel Nine".
      if (ordinaryWord && nationalityBeforeNamedOutlet(text, surface, start, end)) break;
      // "told the Red Cross", "Time Warner said", "Fortune 500": the ordinary word opens a longer name, which is no outlet
      // (whether or not the name's next word is in this run: "500", "For" of "Time For Kids"), as in a quote's outlet.
      if (ordinaryWord && e === first && ordinaryOutletOpensLongerName(doc.tokens, e)) break;
      // "Economist Lucía Herrera said": a capitalised occupation before a person's full name is her role, no outlet
      // (The Economist); the name's two words are no medium's ("People Magazine" stays the outlet).
      if (known && e === first && occupationBeforeName(doc.tokens, e, last)) break;
      // A plain word opening a longer title with "the": "Face" of the programme Face the Week.
      if (e === first && plainWordOpensTitle(doc.tokens, e)) break;
      // A plain word opening a longer title is the title's, no outlet: "Nightline" in the series “Nightline Protocol”.
      const insideTitle = !!title && end < title.end && !standsOutInTitle(surface);
      // "the ABC industrial belt": a name before a noun for land is the place's.
      if (known && namesPlaceAround(doc.tokens, first, e)) break;
      // "the AP tests", "AP classes": an acronym before a course's or exam's noun names the course, not the agency.
      if (known && /^\p{Lu}{2,}$/u.test(surface) && isCourseNoun(doc.tokens[e + 1]?.text ?? '')) break;
      // "the Fresh Air Fund": a programme named by an ordinary phrase counts only where a programme is signalled, whole.
      if (known && isPhraseProgramme(known) && (insideCapitalisedRun(text, start, end, sentenceStarts) || !programmeSignalled(text, start, end))) break;
      // "CCTV footage", "into The Ring": a name that is also a common thing in capitals needs the context too.
      const needsContext = ordinaryWord || (known !== null && outletNeedsContext(known) && surface.replace(/^the\s+/i, '') === known.replace(/^The\s+/, ''));
      // "results were published in The Lancet": a journal a study appeared in gave no one's words ("writing in" it did).
      const studyVenue = known !== null && isJournal(known) && STUDY_PUBLISHED_BEFORE.test(textBefore(text, start));
      if (known && !insideTitle && !studyVenue && (!needsContext || inSourceContext(text, start, end))) {
        // A channel or desk after the name is part of it: "BBC Radio Manchester", "Sky Sports News".
        // "Scroll.in": a site's web domain, which the tagger splits off, is part of the name as written.
        const domainEnd = e === run.last ? pastWebDomain(doc.tokens, e + 1) : e + 1;
        const written = domainEnd > e + 1 ? text.slice(start, doc.tokens[domainEnd - 1]!.end) : surface;
        const named = e < last && isMediumWord(doc.tokens[e + 1]!.text) ? withoutPossessiveOrStop(text.slice(start, doc.tokens[last]!.end)) : written;
        // ("the MTV Europe Music Awards" is an event the broadcaster holds: MTV.)
        const channel = knownNameGoingOn(text, start, namesAnEvent(named) ? surface : named);
        // (Named with plain spaces: a no-break space in "Breitbart News" names the same outlet.)
        add(channel.replace(/\s/g, ' '), { start, end: start + channel.length, text: channel });
        break;
      }
      if (known || e !== run.last) continue;
      // A broadcaster's call sign after a medium context: "on WKRB", "told KQED", "station WXYZ-FM".
      const callSign = isCallSign(surface) && (surface.includes('-') || !acronymBeforeNoun(doc.tokens, run.last)) && (inSourceContext(text, start, end) || /\b(?:on|station|radio|affiliate|channel)\s+$/i.test(textBefore(text, start)));
      // Any plain name after a kind of news medium: "the daily AS", "the music podcast “Side B”".
      // (After a kind word that is also a person's job, only an outlet-shaped name: "the broadcaster Dermot Ashe" is a person.)
      // (A title in quotation marks is a name whatever its words: "the history podcast “Salt Kings”".)
      const quotedWhole = !!title && title.start === start && title.end === end && quotedOutletName(surface);
      const afterKind = endsWithOutletKind(textBefore(text, start)) && (plainOutletName(surface) || quotedWhole) && (!endsWithJobKind(textBefore(text, start)) || outletShapedName(surface));
      // … or before one, after a possessive: "writing in his Puck newsletter", "on her Sidebar podcast" (not a platform's: "her Substack newsletter").
      const beforeKind = !afterKind && OWNER_BEFORE.test(textBefore(text, start)) && startsWithOutletKind(text.slice(end, end + 30)) && plainOutletName(surface) && !isPlatform(surface);
      // "a phone-in on Bay FM": a name that a radio band's word ends is a station wherever it stands; one ending in
      // "Radio" or "TV" is after "on" (a broadcast on it) or "station".
      const stationName = recogniseOutlet(surface) !== null && (isBandWord(lastWordOf(surface)) || (/^(?:Radio|TV)$/.test(lastWordOf(surface)) && /\b(?:on|station)\s+$/i.test(textBefore(text, start))));
      if (callSign || afterKind || beforeKind || stationName || (recogniseOutlet(surface) && inSourceContext(text, start, end))) {
        // "the podcast “Press Start Again”": a title in quotation marks is whole, whatever its words' runs.
        const named = afterKind ? quotedTitleFrom(text, start) ?? surface : surface;
        // "KIRO 7": a station's channel number after its call sign is part of its name.
        const withChannel = callSign && isChannelNumberAt(doc.tokens, run.last + 1) ? `${named} ${doc.tokens[run.last + 1]!.text}` : named;
        add(withChannel, { start, end: start + withChannel.length, text: withChannel });
        break;
      }
    }
  }
  // "Deadline's “Behind the Slate” podcast": a title with its kind of medium after it is that outlet, small words and all.
  for (const title of titles.overlapping(0, text.length)) {
    const name = text.slice(title.start, title.end);
    // ("the podcast network behind the true-crime hit “Cold Tide”": a hit in a sentence about podcasts is a podcast.)
    if (title.nickname || !(startsWithOutletKind(text.slice(title.end, title.end + 30)) || namesHitPodcast(text, title.start - 1, title.end + 1)) || genderOfFirstName(name.split(/\s+/)[0]!) !== 'unknown') continue;
    add(name, { start: title.start, end: title.end, text: name });
  }
  // A talk programme whose guests speak on it, at each of its titles in quotation marks (see talk-programmes.ts).
  const talkProgrammes = talkProgrammeTitles(doc);
  if (talkProgrammes.size) {
    for (const span of doc.marked) {
      const name = text.slice(span.start, span.end).replace(/[,.]$/, '');
      if (talkProgrammes.has(key(name))) add(name, { start: span.start, end: span.start + name.length, text: name });
    }
  }
  // … and one named without quotation marks after an episode noun, with its host or guests near.
  for (const programme of unquotedEpisodeProgrammes(doc)) add(programme.text, programme);
  // Multi-word gazetteer names wherever they stand, even where a run broke them ("Us Weekly" opening a sentence).
  const words = capitalisedWords(text);
  for (const name of multiWordOutlets()) {
    if (!mayStandIn(words, name)) continue;
    for (let from = 0, i = text.indexOf(name); i >= 0; from = i + name.length, i = text.indexOf(name, from)) {
      if (!standsApart(text, i, i + name.length)) continue;
      if (coveredByOutlet(byName, i, i + name.length)) continue;
      // "Nobody Is Above the Law": a name inside a longer run of capitalised words is that title's; "the ABC region" a place's.
      if (insideCapitalisedRun(text, i, i + name.length, sentenceStarts)) continue;
      // ("The band's new album, As It Happens, is out": a programme named by an ordinary phrase needs a programme signalled.)
      if (isPhraseProgramme(lookupOutlet(name) ?? name) && !programmeSignalled(text, i, i + name.length)) continue;
      const at = tokenStartingAt(doc.tokens, i);
      const atEnd = tokenEndingAt(doc.tokens, i + name.length);
      if (at >= 0 && atEnd >= 0 && namesPlaceAround(doc.tokens, at, atEnd)) continue;
      // The longest known name wins: "People" read from the run "People" of "People en Español" is no outlet of its own.
      dropOutletsInsideSpan(byName, i, i + name.length);
      add(name, { start: i, end: i + name.length, text: name });
    }
  }
  // Short forms in a source context: the first word of an outlet the article names in full ("Us reports" after
  // "Us Weekly"), and the last word of the article's own outlet ("told the Courier" in The Millbrook Courier).
  const short = new Map<string, string>();
  for (const o of byName.values()) {
    const words = o.name.replace(/^the\s+/i, '').split(/\s+/);
    // (Not a city: "in Sacramento" is no Sacramento Bee; nor "Edmonton" of the Edmonton Journal, a town and a newspaper's word.)
    if (words.length > 1 && /^\p{Lu}/u.test(words[0]!) && !isCityNotGivenName(words[0]!) && !isTownAndNewspaperWord(o.name)) short.set(words[0]!, o.name);
  }
  const own = doc.article.outlet?.replace(/^the\s+/i, '').split(/\s+/);
  if (own && own.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(own[own.length - 1]!)) short.set(own[own.length - 1]!, doc.article.outlet!);
  for (const [word, name] of short) {
    for (const i of wholeWordOffsets(text, word)) {
      if (coveredByOutlet(byName, i, i + word.length)) continue;
      if (/^\s+\p{Lu}/u.test(text.slice(i + word.length, i + word.length + 25)) || !inSourceContext(text, i, i + word.length)) continue;
      // "coach Jim Fox said" beside Fox Sports: after a given name the word is a person's surname.
      if (afterGivenName(text, i)) continue;
      add(name, { start: i, end: i + word.length, text: word });
    }
  }
  addHeadWordMentions(text, byName, add);
  // Outlets the quote stage named ("told IndieWire", an outlet as speaker).
  for (const q of quotes) {
    // ("Marca and AS reported": two outlets speaking together are listed each on its own.)
    const named = [q.outlet, q.speaker_kind === 'outlet' && mentionNamesSpeaker(q) ? q.speaker_mention : null].flatMap((n) => (n && jointOutletParts(n)) || [n]);
    for (const name of named) {
      if (!name || byName.has((lookupOutlet(name) ?? name.replace(/^the\s+/i, '')).toLowerCase())) continue;
      // ("The state broadcaster reported …": a medium only described names no outlet to list.)
      if (isMediumDescription(name)) continue;
      // (A short form of an outlet already listed, "Süddeutsche" for the speaker "Süddeutsche Zeitung", is that outlet.)
      if (name === q.speaker_mention && q.speaker && byName.has((lookupOutlet(q.speaker) ?? q.speaker).toLowerCase())) continue;
      if (!/\s/.test(name.trim()) && usedAsSurname(text, name.trim())) continue;
      const i = text.indexOf(name);
      // ("told the Courier" in an article of The Millbrook Courier: that word is already the article's own outlet.)
      if (i >= 0 && !coveredByOutlet(byName, i, i + name.length)) {
        // "the Portland Press Herald" with "Herald" tagged a verb: the run gave only "Portland Press", an unknown name
        // read by its shape inside the quote's whole one, which wins.
        dropUnknownOutletsInsideSpan(byName, i, i + name.length);
        add(name, { start: i, end: i + name.length, text: name });
      }
    }
  }
  foldFirstWordForms(byName);
  foldStationNumberForms(byName);
  dropOutletsInsideProgrammes(byName, talkProgrammes);
  return [...byName.values()].filter((o) => !irishArticleName(o.name) && !o.mentions.every((m) => irishArticleName(text.slice(Math.max(0, m.start - 3), m.end)))).map((o) => ({ ...o, name: withBroadcasterName(spelledOutName(o)), mentions: o.mentions.sort((a, b) => a.start - b.start) })).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * "An Post said": the Irish article "An" and one English news word name a body in Irish (the postal service), no
 * paper: an English paper's name puts "The" there ("The Post"). (A Portuguese "A Bola" opens with "A", not "An".)
 */
function irishArticleName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length === 2 && words[0] === 'An' && isNewspaperWord(words[1]!);
}

/**
 * The token after a place's possessive that opens tokens[first, last] ("Hong", "Kong", "’s" of "Hong Kong’s South
 * China Morning Post"), or `first` when the run opens otherwise (a known name holding a possessive, "People’s Daily",
 * opens with no place).
 */
/**
 * Where a name opening at tokens[first] by the form of a paper's or a station's ("La Gazzetta", "Radio Uno";
 * see styledOutletOpening) ends, as an offset: the run's end, or past a link word and the capitalised words after
 * it ("di Bergamo"); 0 for a run of another form.
 */
function styledNameEnd(tokens: readonly Token[], first: number, last: number): number {
  if (styledOutletOpening(tokens.slice(first, first + 3).map((t) => t.text)) === 0 || articleOfPersonName(tokens, first)) return 0;
  let end = last;
  // (Through every link word: "Correio do Povo da Serra".)
  while (isOutletNameLinkWord(tokens[end + 1]?.text ?? '')) {
    let k = end + 2;
    while (k < end + 5 && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) k++;
    if (k === end + 2) break;
    end = k - 1;
  }
  return tokens[end]!.end;
}

function pastPlacePossessive(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k < last && k - first <= 3; k++) {
    if (tokens[k]!.pos !== 'PART' || !/^[’']s$/.test(tokens[k]!.text)) continue;
    return cueLexicon().placeNames.has(tokens.slice(first, k).map((t) => t.text).join(' ')) ? k + 1 : first;
  }
  return first;
}

/** The word at text[i] follows a capitalised given name ("Jim " of "Jim Fox"), so it ends a person's name. */
function afterGivenName(text: string, i: number): boolean {
  const given = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, i - 20), i))?.[1];
  return !!given && genderOfFirstName(given) !== 'unknown';
}

/**
 * A gazetteer name that goes on past the run one or two words the tagger did not read as a name's ("Live" read
 * as a verb in "BBC Radio 5 Live"): the longer name, or `name` as found. Only at a known outlet, a few words read.
 */
const CLAUSE_VERB_AFTER = /^ (?:had|has|have|was|were|is|are|would|will|could|should|must|might|can|did|does|\p{Ll}+ed)\b/u;

function knownNameGoingOn(text: string, start: number, name: string): string {
  const after = /^((?: [\p{Lu}\d][\p{L}\d]*){1,2})/u.exec(text.slice(start + name.length, start + name.length + 30))?.[1];
  if (!after) return name;
  const words = after.trim().split(' ');
  for (let n = words.length; n > 0; n--) {
    const longer = `${name} ${words.slice(0, n).join(' ')}`;
    if (lookupOutlet(longer)) return longer;
  }
  // "DAZN España": a known network's edition for a country or language (not after an edition already: "CNN Brasil Chile").
  // (Not where the country opens a told clause, its verb next: "told CNN Mexico had failed him".)
  const edition = words[0]!;
  const clauseVerbNext = CLAUSE_VERB_AFTER.test(text.slice(start + name.length + 1 + edition.length, start + name.length + 40));
  if (isEditionWord(edition) && !clauseVerbNext && !isEditionWord(name.split(' ').pop()!) && lookupOutlet(name)) return `${name} ${edition}`;
  return name;
}

/**
 * A broadcaster's name inside a programme's title ("Fox" of a talk show called “Fox Sunday Desk”) is part
 * of the title: an outlet all of whose mentions lie inside a talk programme's is not listed apart.
 */
function dropOutletsInsideProgrammes(byName: Map<string, OutletEntity>, talkProgrammes: ReadonlySet<string>): void {
  if (!talkProgrammes.size) return;
  const programmeMentions = [...byName.values()].filter((o) => talkProgrammes.has(key(o.name))).flatMap((o) => o.mentions);
  for (const [k, o] of byName) {
    if (talkProgrammes.has(key(o.name))) continue;
    if (o.mentions.every((m) => programmeMentions.some((p) => p.start <= m.start && p.end >= m.end))) byName.delete(k);
  }
}

/**
 * "ET" listed with a mention "Entertainment Tonight": an outlet first met by an abbreviation the gazetteer
 * ties to its full name is named by that full name once the article spells it out.
 */
function spelledOutName(o: OutletEntity): string {
  if (!/^[A-Z][A-Z&!]{1,4}$/.test(o.name)) return o.name;
  const full = lookupOutlet(o.name)?.replace(/^the\s+/i, '');
  const spelled = full && full !== o.name ? o.mentions.find((m) => m.text.replace(/^the\s+/i, '') === full) : undefined;
  return spelled ? full! : o.name;
}

/**
 * An outlet listed by one word that is the first word of another the article names in full ("Gazzetta"
 * beside "Gazzetta dello Sport", as people fold a surname into the full name) is that outlet: its
 * mentions join the full name's entry. Not when two full names share that first word, nor for an outlet
 * known by the word alone.
 */
function foldFirstWordForms(byName: Map<string, OutletEntity>): void {
  const full = new Map<string, OutletEntity | null>();
  for (const o of byName.values()) {
    const words = o.name.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length < 2) continue;
    full.set(words[0]!, full.has(words[0]!) ? null : o);
  }
  for (const [k, o] of byName) {
    // (Not an outlet known by that one word: the BBC beside "BBC Radio 4" is listed apart.)
    const target = /\s/.test(o.name.trim()) || lookupOutlet(o.name) ? null : full.get(o.name.replace(/^the\s+/i, ''));
    if (!target) continue;
    for (const m of o.mentions) if (!target.mentions.some((x) => x.start === m.start)) target.mentions.push(m);
    byName.delete(k);
  }
}

/**
 * News shortens an outlet it has named in full to "the" and its news word: "the Chronicle" after "the
 * Northgate Chronicle" is that outlet wherever it stands. A news word that ends two of the article's outlets
 * ("the Post" beside two Posts) is left alone. "The Times", a paper of its own, stands only for a paper named
 * by its place (lexicon mayShortenToHead): "The New York Times", not "the Financial Times".
 */
function addHeadWordMentions(text: string, byName: Map<string, OutletEntity>, add: (name: string, mention: Mention) => void): void {
  const byHead = new Map<string, OutletEntity | null>();
  for (const o of byName.values()) {
    const words = o.name.replace(/^the\s+/i, '').split(/\s+/);
    const head = words[words.length - 1]!;
    if (words.length < 2 || !isOutletHead(head)) continue;
    byHead.set(head, byHead.has(head) && byHead.get(head) !== o ? null : o);
  }
  // "told The Times" after "The New York Times": the known outlet that is the news word alone joins the one named in full.
  const joined: [OutletEntity, string, OutletEntity][] = [];
  for (const [k, o] of byName) {
    const head = o.name.replace(/^the\s+/i, '');
    const full = byHead.get(head);
    if (full && full !== o && mayShortenToHead(full.name, head) && !describedApart(text, o)) joined.push([o, k, full]);
  }
  for (const [o, k, full] of joined) {
    for (const m of o.mentions) if (!full.mentions.some((x) => x.start === m.start)) full.mentions.push(m);
    byName.delete(k);
  }
  for (const [head, full] of byHead) {
    // ("the Times" after "The Irish Times" is another paper, as "The Times" is: lexicon mayShortenToHead.)
    if (!full || !mayShortenToHead(full.name, head)) continue;
    for (const i of wholeWordOffsets(text, head)) {
      if (!/\b[Tt]he\s+$/.test(text.slice(Math.max(0, i - 5), i))) continue;
      if ([...byName.values()].some((o) => o.mentions.some((x) => x.start <= i && x.end >= i + head.length))) continue;
      // "the Chronicle Building": a longer name goes on.
      if (/^\s+\p{Lu}/u.test(text.slice(i + head.length, i + head.length + 25))) continue;
      add(full.name, { start: i, end: i + head.length, text: head });
    }
  }
}

/** "The Times, a London paper,": an apposition after a mention that says which paper it is (lexicon describedApartAt). */
function describedApart(text: string, o: OutletEntity): boolean {
  return o.mentions.some((m) => describedApartAt(text, m.end));
}

/**
 * Whether a programme is signalled around text[start, end): a source context ("told", "said on"), "on", a possessive
 * before it ("NPR's", "the network's"), a programme word before or after it ("the show …", "… program"), or its host.
 */
function programmeSignalled(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start);
  return inSourceContext(text, start, end) || PROGRAMME_BEFORE.test(before) || PROGRAMME_AFTER.test(text.slice(end, end + 20));
}

const PROGRAMME_BEFORE = /(?:\bon|['’]s|\b(?:program|programme|show|broadcast)|\b(?:host|hosts|presenter|anchor|episode|edition) of)\s+(?:the\s+)?[“"‘]?$/i;
const PROGRAMME_AFTER = /^[”"’]?,?\s+(?:program|programme|show|host|presenter|anchor|episode|segment|interview|broadcast)\b/i;

/**
 * Whether text[start, end) stands inside a longer run of capitalised words, a title's ("Nobody Is Above the Law"):
 * a capitalised word right before it (not "The", a possessive, or a function word opening the sentence) or after it.
 */
function insideCapitalisedRun(text: string, start: number, end: number, sentenceStarts: ReadonlySet<number>): boolean {
  const before = /(\p{Lu}[\p{L}\d-]*) +$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (before && before[1] !== 'The') {
    const at = start - before[0].length;
    if (!(sentenceStarts.has(at) && NOT_NAMES.has(before[1]!.toLowerCase()))) return true;
  }
  return /^ +\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) && !/^ +(?:The|A|An)\b/.test(text.slice(end, end + 5));
}

/** The token that starts at `offset`, or -1. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const k = tokensStartingBefore(tokens, offset);
  return k < tokens.length && tokens[k]!.start === offset ? k : -1;
}

/** The token that ends at `offset`, or -1. */
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  const k = tokensStartingBefore(tokens, offset) - 1;
  return k >= 0 && tokens[k]!.end === offset ? k : -1;
}

/**
 * Whether a quote's speaker mention names its speaker, sharing a word with the name: "the Ledger" for the
 * Harbour Ledger, not an interview's "Q" standing for the medium that asks.
 */
function mentionNamesSpeaker(q: Quote): boolean {
  // ("the newspaper" for The Courier Journal shares only the article, which names nothing.)
  const words = new Set((q.speaker ?? '').toLowerCase().split(/\s+/).filter((w) => w !== 'the'));
  return (q.speaker_mention ?? '').toLowerCase().split(/\s+/).some((w) => words.has(w));
}

/**
 * Spans in quotation marks that read as titles: up to eight words, every one capitalised but small function
 * words (“Press Start Again”), without the comma or full stop American style puts inside the marks. Speech
 * in quotation marks (“I told the Ledger everything”) is none.
 */
function quotedTitles(doc: AnalyzedArticle): SpanIndex<QuotedTitle> {
  const text = doc.article.text;
  const spans: QuotedTitle[] = [];
  for (const span of doc.marked) {
    const inner = text.slice(span.start, span.end).replace(/[,.]$/, '');
    const words = inner.split(/\s+/);
    if (words.length > 8 || !isTitleCase(words)) continue;
    const paragraph = doc.paragraphs[span.paragraph]!;
    const nickname = followsNicknameWord(text, span, paragraph) || followsCodeNameWord(text, span, paragraph);
    spans.push({ start: span.start, end: span.start + inner.length, nickname });
  }
  return new SpanIndex(spans, (x) => x.start, (x) => x.end);
}

/** A title in quotation marks, and whether a nickname or code-name word gives it ("nicknamed “the Late Show”"). */
interface QuotedTitle {
  start: number;
  end: number;
  nickname: boolean;
}

/** A known outlet whose name is no capitalised ordinary word ("MSNBC", "BBC News", not "Press" or "People"). */
function standsOutInTitle(name: string): boolean {
  return lookupOutlet(name) !== null && !/^\p{Lu}\p{Ll}+$/u.test(name);
}

/** The 30 characters before `start`, where a source context stands ("according to the …"). */
function textBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 30), start);
}

/** A possessive right before a name: "his " in "his Puck newsletter" (not "the": "the Springfield newspaper" is a town's). */
const OWNER_BEFORE = /\b(?:his|her|their|my|our)\s+$/i;

/** An article right before a name: "a " in "a Variety reporter". */
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;

/** Whether some outlet already has a mention covering text[start, end). */
function coveredByOutlet(byName: Map<string, OutletEntity>, start: number, end: number): boolean {
  return [...byName.values()].some((o) => o.mentions.some((m) => m.start <= start && m.end >= end));
}

/** Whether text[start, end) has no letter or digit right before or right after it (a whole name, not part of a word). */
function standsApart(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[start - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
}

/** Whether the word "The", capitalised and whole, stands right before `start` ("The " of "The Hollywood Reporter's critic"). */
function capitalTheBefore(text: string, start: number): boolean {
  return start >= 4 && text.startsWith('The ', start - 4) && !isLetterOrDigitAt(text, start - 5);
}

/** Drops every outlet's mentions that lie inside text[start, end), and the outlets left with none (a longer name wins). */
function dropOutletsInsideSpan(byName: Map<string, OutletEntity>, start: number, end: number): void {
  for (const [k, o] of byName) {
    o.mentions = o.mentions.filter((m) => m.start < start || m.end > end);
    if (!o.mentions.length) byName.delete(k);
  }
}

/** Drops the outlets the gazetteer does not know (read by their shape) all of whose mentions lie inside [start, end). */
function dropUnknownOutletsInsideSpan(byName: Map<string, OutletEntity>, start: number, end: number): void {
  for (const [k, o] of byName) {
    if (lookupOutlet(o.name) || o.mentions.some((m) => m.start < start || m.end > end)) continue;
    byName.delete(k);
  }
}

/**
 * Whether a source context stands before text[start, end) or after it. (Two helpers rather than closures
 * made afresh for every prefix of every run.)
 */
/** The last word of a name: "FM" of "Bay FM". */
function lastWordOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

function inSourceContext(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start);
  const after = text.slice(end, end + 25);
  // ("a Variety reporter": the outlet's staff, after an article.)
  return SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(text.slice(end, end + 40)) || (PUBLISHER_OF_BEFORE.test(before) && !/^\s+[\p{Lu}\d]/u.test(after)) || PUBLISHED_AFTER.test(after) || frontsWriter(text, start, end) || (WRITING_FOR_BEFORE.test(before) && !/^\s+\p{Lu}/u.test(after)) || (endsWithOutletKind(before) && !(endsWithJobKind(before) && /^\s+\p{Lu}/u.test(after))) || startsWithStaffPossessive(after) || (ARTICLE_BEFORE.test(before) && startsWithStaffJob(after)) || (endsWithStaffPreposition(before) && !/^\s+\p{Lu}/u.test(after)) || possessiveBeforePerson(after);
}

/**
 * Whether `surface` at text[start, end) is a nationality (cues.json outlet_kind_nationalities) standing before a
 * kind of outlet (outlets.json nounKinds, maybe after one modifier) whose name follows ("the Australian broadcaster
 * Channel Nine", "the Irish public broadcaster RTÉ"), or after "a"/"an" ("an Australian newspaper reported"): an
 * adjective, not the outlet whose name is that word (The Australian). "The Australian newspaper reported" stays it.
 */
function nationalityBeforeNamedOutlet(text: string, surface: string, start: number, end: number): boolean {
  if (!cueLexicon().outletKindNationalities.has(surface)) return false;
  const words = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(end, end + 40));
  if (!words) return false;
  // The kind word right after the nationality, or after one modifier ("public broadcaster").
  const kindEnd = kindOfOutletWord(words[1]!) !== null ? end + words[0].indexOf(words[1]!) + words[1]!.length : words[2] && kindOfOutletWord(words[2]) !== null ? end + words[0].length : -1;
  if (kindEnd < 0) return false;
  return /^\s+(?:the\s+)?[“"‘]?\p{Lu}/u.test(text.slice(kindEnd, kindEnd + 8)) || /\ban?\s+$/i.test(textBefore(text, start));
}

/**
 * "In Variety, Ida Strand was kinder, writing that …": a sentence opening with "In" and the name, then a person's
 * full name (a given name we know) as the subject, and a verb of the piece (WRITER_VERB) before the sentence ends:
 * the outlet where that writer's piece ran. (Not "In Time, Ida Strand became …".)
 */
function frontsWriter(text: string, start: number, end: number): boolean {
  if (!/(?:^|[.!?]["'”’]?\s|\n)\s*In\s+$/.test(textBefore(text, start))) return false;
  const after = text.slice(end, end + 200);
  const given = /^,\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u.exec(after)?.[1];
  return !!given && genderOfFirstName(given) !== 'unknown' && WRITER_VERB.test(after.split(/[.!?](?:\s|$)/)[0]!);
}

/** What a writer does in a piece: "wrote", "writing that", "called it", "described", "argued", "praised", "gave it". */
const WRITER_VERB = /\b(?:wr(?:ote|ites|iting)|review(?:ed|s|ing)|call(?:ed|s|ing)|describ(?:ed|es|ing)|argu(?:ed|es|ing)|prais(?:ed|es|ing)|gave it)\b/;

/** "the Telegraph’s Ivo Brant": a possessive right before a person's full name (a given name we know, a surname) names the writer's outlet. */
function possessiveBeforePerson(after: string): boolean {
  const given = /^[’']s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u.exec(after)?.[1];
  return !!given && genderOfFirstName(given) !== 'unknown';
}

/** The title in quotation marks opening at `start` (right after its opening mark), up to its closing mark, or null. */
function quotedTitleFrom(text: string, start: number): string | null {
  if (!/[“"‘]/.test(text[start - 1] ?? '')) return null;
  const title = /^[^“”"‘’.!?\n]{1,60}(?=[”"’])/.exec(text.slice(start, start + 61))?.[0];
  // (American style keeps a comma inside the marks: "the podcast “Tide Talk,” she said".)
  const name = title?.trim().replace(/[,;:]+$/, '');
  return name && plainOutletName(name) ? name : null;
}

/** A title in quotation marks as an outlet's name: up to eight words, title case (checked by quotedTitles), no given name first. */
function quotedOutletName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 8 && /^[\p{Lu}\d]/u.test(words[0]!) && !(NOT_NAMES.has(words[0]!.toLowerCase()) && words.length === 1) && genderOfFirstName(words[0]!) === 'unknown';
}

/** One to four capitalised words (or a number), the first no given name, weekday or month: "AS", "Side B", "Der Standard". */
function plainOutletName(surface: string): boolean {
  const words = surface.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  // A plural ends the name of a list or event, not of an outlet: "the weekly Harbour League Rankings".
  if (words.length > 1 && /\p{Ll}{3}s$/u.test(words[words.length - 1]!)) return false;
  // (A name in capitals is no function word: "the daily AS".)
  const functionWord = NOT_NAMES.has(words[0]!.toLowerCase()) && /\p{Ll}/u.test(words[0]!);
  return !functionWord && genderOfFirstName(words[0]!) === 'unknown';
}

/**
 * The matches of [A-Z][A-Za-z0-9]* in a text, left to right. Every plain capitalised word of a name (ASCII letters and
 * digits, "Weekly" in "Us Weekly") is one of them wherever the name stands with no letter or digit either
 * side, as the gazetteer loop requires: one match over the text rules out most names before any search.
 */
export function capitalisedWords(text: string): Set<string> {
  return OUTLET_KEYS.wordsOf(text);
}

/** False when `name` cannot stand in the text as a whole word: its longest plain capitalised word is not there. */
export function mayStandIn(textWords: Set<string>, name: string): boolean {
  return OUTLET_KEYS.mayBeIn(textWords, name);
}

// Outlet names hold digits too ("Channel 4 News").
const OUTLET_KEYS = new KeyWordFilter('A-Za-z0-9');

/** .replace(/[’']s$/, '').replace(/\.$/, ''), with each replace run only where the ending allows it (this runs for every prefix of every run). */
function withoutPossessiveOrStop(phrase: string): string {
  const out = withoutPossessive(phrase);
  return out.endsWith('.') ? out.slice(0, -1) : out;
}

/** The article writes the word after a given name ("Adrian Hill"): it is someone's surname there. */
export function usedAsSurname(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // What matchAll(/(\p{Lu}\p{Ll}+)\s+WORD(?![\p{L}\p{N}])/gu) finds, from the word's occurrences backwards
  // instead of a regex tried at every capital letter of the article. Matches do not overlap: a word
  // occurrence that serves as the capitalised word of the next match ("Hill Hill") is skipped, as there.
  let matchedTo = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isLetterOrDigitAt(text, at + word.length)) continue;
    const from = capitalisedWordBefore(text, at);
    if (from < 0 || from < matchedTo) continue;
    matchedTo = at + word.length;
    if (genderOfFirstName(text.slice(from, whiteSpaceBefore(text, at))) !== 'unknown') return true;
  }
  return false;
}

/** The start of the white space that ends at `at`. */
function whiteSpaceBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Where /\p{Lu}\p{Ll}+\s+/u ends exactly at `at`, or -1: a capital, lower-case letters, white space. */
function capitalisedWordBefore(text: string, at: number): number {
  const spaceStart = whiteSpaceBefore(text, at);
  if (spaceStart === at) return -1;
  let i = spaceStart;
  for (let cp = codePointBefore(text, i); cp !== undefined && LOWER.test(String.fromCodePoint(cp)); cp = codePointBefore(text, i)) i -= unitsOf(cp);
  const capital = codePointBefore(text, i);
  if (i === spaceStart || capital === undefined || !UPPER.test(String.fromCodePoint(capital))) return -1;
  return i - unitsOf(capital);
}

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
