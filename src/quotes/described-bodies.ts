/**
 * "the club", "the paper", "the statement" as speakers: a definite description of a body, an outlet or a
 * document stands for the one named just before it (data/organisations.json described_bodies, statement_documents).
 */
import type { ExtractedQuote, Token } from '../types.js';
import { isBodyDescriptionHead, isClubTail, isKnownOrganisation, isMembersHead, isNameOfHead, isPersonDescriptionHead, organisationData } from '../lexicon/organisations.js';
import { kindOfOutletWord, lookupOutlet, outletKindByName, recogniseOutlet } from '../lexicon/outlets.js';
import { lastOutletBefore } from './earlier-outlets.js';
import { placeWords } from '../lexicon/place-words.js';
import { bodyKindNameWords } from '../lexicon/body-kind-name-words.js';
import { inModelLexicon } from '../nlp/analyze.js';
import { genderOfFirstName, isGivenNameToken, isHonorific } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isNationShortForm } from '../lexicon/sport-governing-bodies.js';
import { sportGoverningBody } from './sport-governing-bodies.js';
import { tokensStartingBefore } from '../nlp/token-search.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { CAPITALISED_WORD_BEFORE, NO_LETTER_BEFORE, WORD_BOUNDARY, literalMatchIn, literalMatches } from '../text/literal-matches.js';
import { documentIssuer, unnamedPersonIssuer } from './document-issuers.js';
import { isDocumentHead } from './described-speakers.js';
import { operatorNamedBefore } from './operator-named-before.js';
import { bodyNamedAfterNoun } from './body-named-after-noun.js';
import { acronymEndsInNoun } from './acronym-body-nouns.js';
import { isOutletKindAlsoPersonJob } from '../lexicon/outlet-kind-words.js';

type Place = { sentenceAt: (offset: number) => { start: number; end: number } };

/** How many paragraph breaks back the named body may be. */
const MAX_PARAGRAPHS_BACK = 1;

/** How many sentences before the quote's own (in its paragraph) may open with the body's name. */
const MAX_SENTENCES_BACK = 2;

/** Where the article's paragraph breaks (blank lines) lie, found once per article rather than once per quote pair. */
type ParagraphBreaks = readonly { start: number; end: number }[];

function paragraphBreaks(text: string): ParagraphBreaks {
  return [...text.matchAll(/\n\s*\n/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** How many breaks end at or before `to`: the breaks in text[0, to) when text[to] is no space (a token starts there). */
function breaksBefore(breaks: ParagraphBreaks, to: number): number {
  let lo = 0, hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]!.end <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Gives quotes whose speaker is only "the NOUN" the body or outlet that noun stands for: "Kestrel Motors cut
 * 300 jobs, the company said" (the sentence's subject), "… according to the Harbour Ledger. The paper reported …"
 * (the outlet before), and "“…,” the statement read" after words attributed to X in a statement (X's).
 */
export function resolveDescribedBodies(quotes: ExtractedQuote[], text: string, tokens: Token[], place: Place): void {
  const { outlet: outletNouns, body: bodyNouns } = organisationData().described_bodies;
  const documents = new Set(organisationData().statement_documents);
  let breaks: ParagraphBreaks | undefined;
  const order = quotes.map((_, i) => i).sort((a, b) => (quotes[a]!.speaker_start ?? quotes[a]!.start) - (quotes[b]!.speaker_start ?? quotes[b]!.start));
  for (const i of order) {
    const q = quotes[i]!;
    const noun = describedNoun(q);
    if (!noun) continue;
    const at = q.speaker_start!;
    breaks ??= paragraphBreaks(text);
    const earlier = order.map((j) => quotes[j]!).filter((p) => p !== q && p.speaker && (p.speaker_start ?? p.start) < at && near(breaks!, p.speaker_start ?? p.start, at));
    const latest = earlier[earlier.length - 1];
    let found: { speaker: string; kind: 'organization' | 'outlet' | ExtractedQuote['speaker_kind']; outlet?: string | null } | null = null;
    const outletNoun = outletNounOf(noun, outletNouns);
    if (outletNoun) {
      // ("The network said" never stands for the Harbour Ledger, a newspaper: the outlet's kind must fit the noun.)
      const p = [...earlier].reverse().find((e) => e.speaker_kind === 'outlet' && outletFits(outletNoun, e.speaker!));
      const named = outletNamedBefore(text, breaks, at, (name) => outletFits(outletNoun, name)) ?? (p ? null : knownOutletWordBefore(text, tokens, breaks, at, outletNoun));
      if (named && (!p || named.start > (p.speaker_start ?? p.start))) found = { speaker: named.name, kind: 'outlet' };
      // (One that spoke before carries its outlet on: "TVP rejected the finding. The broadcaster said …" is TVP
      // answering, carried by no outlet, as its words before were.)
      else if (p) found = { speaker: p.speaker!, kind: 'outlet', outlet: p.outlet };
      // ("Cookline dropped the host. “…,” the network said": with no outlet named before, a network or a
      // broadcaster is also a body, the subject of the sentence before, as "the company" would be.)
      else if (bodyKindNameWords(noun).length) {
        const people = new Set(quotes.filter((e) => e.speaker_kind === 'person').map((e) => e.speaker!));
        const subject = subjectBody(text, tokens, place, at, noun, people);
        if (subject) found = { speaker: subject.name, kind: 'organization' };
      }
      // ("Jade Okafor has left the series, the broadcaster confirmed. ¶ ITV said …": with none named before, an outlet
      // of that kind speaking by its name later in the passage is the one the news opened with, as laterSpeakingBody.)
      if (!found) {
        const later = laterSpeakingOutlet(quotes, breaks, at, outletNoun);
        if (later) found = { speaker: later.speaker!, kind: 'outlet', outlet: later.outlet };
      }
    } else if (bodyNouns.includes(noun)) {
      const p = [...earlier].reverse().find((e) => e.speaker_kind === 'organization' && !describedNoun(e) && bodyFits(noun, e.speaker!, text));
      const people = new Set(quotes.filter((e) => e.speaker_kind === 'person' && !loneNonName(text, e.speaker!)).map((e) => e.speaker!));
      const subject = subjectBody(text, tokens, place, at, noun, people);
      // (The subject found inside the mention of the one that spoke is that body, as written when it spoke: "The
      // Montana Republican Party said …" keeps its "The".)
      const sameAsSpoken = !!subject && !!p && p.speaker_start !== null && p.speaker_end !== null && subject.start >= p.speaker_start && subject.start < p.speaker_end;
      // ("Jiwoo has left the group, the company confirmed. … Starlane Entertainment said …": one unlisted word is as
      // often the person the news is about; a body of that kind named in full speaking later in the passage is the company.)
      const later = subject && loneUnlistedWord(subject.name) ? laterSpeakingBody(quotes, breaks, at, noun, text) : null;
      if (later) found = { speaker: later, kind: 'organization' };
      else if (subject && !sameAsSpoken && (!p || subject.start > (p.speaker_start ?? p.start))) found = { speaker: subject.name, kind: 'organization' };
      else if (p) found = { speaker: p.speaker!, kind: 'organization' };
      // ("A failure at Meridian Airways … . The airline said": a body named anywhere before whose name says its kind.)
      const kindNamed = kindNamedBefore(text, breaks, at, noun);
      const foundAt = Math.max(subject?.start ?? -1, p ? p.speaker_start ?? p.start : -1);
      // (Not a part of the longer name that speaker was read as: "the United Nations Office for the Coordination of …".)
      const inside = p && kindNamed && p.speaker_end !== null && kindNamed.start < p.speaker_end;
      if (kindNamed && kindNamed.start > foundAt && !inside && !people.has(kindNamed.name)) found = { speaker: kindNamed.name, kind: 'organization' };
      // ("founded the group Friends of the Wendle … According to the group": a body introduced by the noun and its name.)
      const introduced = bodyNamedAfterNoun(text, windowStart(breaks, at), at, noun);
      if (introduced && introduced.start > Math.max(foundAt, kindNamed?.start ?? -1) && !people.has(introduced.name)) found = { speaker: introduced.name, kind: 'organization' };
      // ("The bus, operated by Transportes Rioja Norte, … . The bus company said": a company may be the operator named before.)
      const operator = organisationData().described_bodies.company_nouns.includes(noun) ? operatorNamedBefore(text, windowStart(breaks, at), at) : null;
      if (operator && operator.start > Math.max(foundAt, kindNamed?.start ?? -1) && !people.has(operator.name) && bodyFits(noun, operator.name)) found = { speaker: operator.name, kind: 'organization' };
      // ("Havenraad said one lock stayed shut. ¶ “…,” the agency said": the last one to speak, in the paragraph
      // before, by one word that is no given name and no surname after one, is the body the noun takes up.)
      if (!found && latest && latest.speaker_kind === 'person' && latest.speaker === latest.speaker_mention && !latest.speaker_role && loneNonName(text, latest.speaker!) && bodyFits(noun, latest.speaker!, text)) found = { speaker: latest.speaker!, kind: 'organization' };
      // ("The adaptation has lost its lead, the production company confirmed. ¶ Harbour Films said …": with no body of
      // the kind before, one of that kind speaking by its name in the passage after is the one the news opened with.)
      // (Only one speaking after the description's own words: "The club said a district court … had found" names
      // no club in the court.)
      const named = found ? null : laterSpeakingBody(quotes, breaks, Math.max(at, q.end), noun, text);
      if (named && !subject && !p) found = { speaker: named, kind: 'organization' };
    } else if (documents.has(noun)) {
      // ("Westbridge City confirmed the sale in a statement. “…,” the statement read": the one who issued it in the
      // sentence before, even where someone else spoke earlier; else words given in it earlier.)
      const issuer = documentIssuer(text, tokens, place, at, noun);
      // (An issuer that is itself a description, "…, the club said in a statement", is whoever that stood for.)
      // (Only a name it stood for: "a group of parents sent a letter" leaves the letter its own words.)
      const spoke = issuer && quotes.find((p) => p !== q && p.speaker && /^\p{Lu}/u.test(p.speaker) && p.speaker_start === issuer.start);
      if (spoke) found = { speaker: spoke.speaker!, kind: spoke.speaker_kind };
      // ("A Lumen spokesperson said in a statement …": words the unnamed one issued stay theirs, unnamed.)
      else if (issuer && unnamedPersonIssuer(issuer)) found = null;
      else if (issuer && /^\p{Lu}/u.test(issuer.name)) found = { speaker: issuer.name, kind: issuer.kind === 'person' ? 'person' : 'organization' };
      else if (latest && latest.speaker !== q.speaker_mention && issuedInOwnRun(text, place, earlier, at, noun)) found = { speaker: latest.speaker!, kind: latest.speaker_kind };
    }
    // (An outlet speaking carries itself as the outlet, as "the Ledger reported" does.)
    // (The noun was read as the role of one unnamed, "the union"; named, the body has none.)
    if (found && q.speaker_role === noun) q.speaker_role = null;
    // (An outlet that is the description itself, "The magazine said" read as a medium (medium-descriptions.ts), is none yet.)
    // ("According to the paper, he declined them": the noun is the whole source, so an outlet read from it before —
    // the last paper named anywhere, or a word of its name — gives way to the one it stands for.)
    const ownOutlet = !q.outlet || q.outlet === q.speaker_mention || /^according\b/i.test(q.cue ?? '');
    if (found) Object.assign(q, { speaker: found.speaker, speaker_kind: found.kind }, found.kind === 'outlet' && outletNoun && ownOutlet ? { outlet: found.outlet === undefined ? found.speaker : found.outlet } : {});
    // ("…, the broadcaster confirmed" with no outlet named: the description, a body as "the network" is, not a
    // person whose job is broadcasting; roles.ts gave it no person named without that job.)
    else if (outletNoun && q.speaker_kind === 'anonymous' && isOutletKindAlsoPersonJob(noun) && /^the\s+\p{L}+$/iu.test(q.speaker_mention!)) Object.assign(q, { speaker: q.speaker_mention, speaker_kind: 'organization', speaker_role: null });
  }
}

/**
 * Whether a speaker taken for a person is one capitalised word that is no given name and never a surname after
 * one ("Orbitel said …, the company said"): a body's name as much as a person's, so "the company" may stand for it.
 */
function loneNonName(text: string, speaker: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(speaker) || genderOfFirstName(speaker) !== 'unknown') return false;
  return !literalMatchIn(text, speaker, CAPITALISED_WORD_BEFORE, WORD_BOUNDARY);
}

/** One to three capitalised words after a name's first word: "Media" after "Brennan". */
const CAPITALISED_WORDS_AFTER = /(?:[ \t]+\p{Lu}[\p{L}'&-]*){1,3}/uy;

/** One capitalised word that is no listed organisation: "Jiwoo", not "Orbitel Group" nor a listed "Apple". */
function loneUnlistedWord(name: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(name) && !isKnownOrganisation(name);
}

/** A body of the noun's kind, named in two words or more, that speaks by name after `at` in the same passage. */
function laterSpeakingBody(quotes: ExtractedQuote[], breaks: ParagraphBreaks, at: number, noun: string, text: string): string | null {
  const later = quotes
    .filter((e) => e.speaker_kind === 'organization' && e.speaker && e.speaker_mention === e.speaker && /\s/.test(e.speaker) && (e.speaker_start ?? e.start) > at && near(breaks, at, e.speaker_start ?? e.start) && bodyFits(noun, e.speaker, text))
    .sort((a, b) => (a.speaker_start ?? a.start) - (b.speaker_start ?? b.start));
  return later[0]?.speaker ?? null;
}

/** A mention by an outlet's name ("ITV", "Channel 4", "The Guardian"), not a description ("The network"). */
const OUTLET_BY_NAME = /^(?![Tt]he\s+\p{Ll})\p{Lu}/u;

/** The first outlet fitting `noun` that speaks by its own name after `at`, in the same passage (near). */
function laterSpeakingOutlet(quotes: ExtractedQuote[], breaks: ParagraphBreaks, at: number, noun: string): ExtractedQuote | null {
  const later = quotes
    .filter((e) => e.speaker_kind === 'outlet' && e.speaker && e.speaker_mention && OUTLET_BY_NAME.test(e.speaker_mention) && (e.speaker_start ?? e.start) > at && near(breaks, at, e.speaker_start ?? e.start) && outletFits(noun, e.speaker))
    .sort((a, b) => (a.speaker_start ?? a.start) - (b.speaker_start ?? b.start));
  return later[0] ?? null;
}

/** The noun of a quote's speaker that is only "the NOUN" and stands for no one resolved yet. */
function describedNoun(q: ExtractedQuote): string | null {
  if (q.speaker_start === null || !q.speaker_mention || (q.speaker !== null && q.speaker !== q.speaker_mention)) return null;
  // "said a statement from the network": a document from a described body is that body's words.
  const issued = /^(?:a|an|the)\s+(?:joint\s+)?(\p{L}+)\s+from\s+(the\s+\p{L}+(?:\s+\p{L}+)?)$/iu.exec(q.speaker_mention);
  if (issued && isDocumentHead(issued[1]!.toLowerCase())) return describedNoun({ ...q, speaker_mention: issued[2]! });
  // "the bureau's field office", "the company's legal unit": a body's own part speaks for the body described.
  const part = /^the\s+(\p{L}+)['’]s\s+(?:\p{L}+\s+)?(\p{L}+)$/iu.exec(q.speaker_mention);
  if (part) {
    const { body, units } = organisationData().described_bodies;
    const owner = part[1]!.toLowerCase();
    return body.includes(owner) && units.includes(part[2]!.toLowerCase()) ? owner : null;
  }
  const kindModified = modifiedKindNoun(q.speaker_mention);
  if (kindModified) return kindModified;
  const m = /^the\s+(?:(\p{L}+)\s+)?(\p{L}+)$/iu.exec(q.speaker_mention);
  if (!m) return nationOrFieldOutletNoun(q.speaker_mention);
  const noun = m[2]!.toLowerCase();
  if (!m[1]) return noun;
  // "the trade publication", "the news agency": a kind word before an outlet noun still describes an outlet
  // (an agency only as "news/wire agency": "the agency", "the trade agency" are as often government bodies).
  const { outlet, outlet_modifiers: modifiers, modified_outlet_only: modifiedOnly, agency_modifiers: agencyModifiers } = organisationData().described_bodies;
  const modifier = m[1]!.toLowerCase();
  // "the governing body": a body noun of two words (organisations.json described_bodies.body).
  if (organisationData().described_bodies.body.includes(`${modifier} ${noun}`)) return `${modifier} ${noun}`;
  // "the central bank", "the regional council": the body of that kind named before.
  if (organisationData().described_bodies.body_modifiers.includes(modifier) && organisationData().described_bodies.body.includes(noun)) return noun;
  // "the bus company", "the ferry operator": what a company runs leaves it the company.
  const { service_modifiers: services, company_nouns: companyNouns } = organisationData().described_bodies;
  if (services.includes(modifier) && companyNouns.includes(noun)) return noun;
  const fits = modifiedOnly.includes(noun) ? agencyModifiers.includes(modifier) : modifiers.includes(modifier) && outlet.includes(noun);
  return fits ? `${modifier} ${noun}` : nationOrFieldOutletNoun(q.speaker_mention);
}

/**
 * "The French daily", "the French sports daily", "the Italian business paper": an outlet's kind noun after a
 * nation's adjective or words saying its field (outlet_modifiers) describes the outlet named before; its noun.
 * ("the rival paper" is another one: only listed words.)
 */
function nationOrFieldOutletNoun(mention: string): string | null {
  const m = /^the\s+((?:[\p{L}-]+\s+){1,3})(\p{Ll}+)$/iu.exec(mention);
  const { outlet, outlet_modifiers: modifiers } = organisationData().described_bodies;
  if (!m || !outlet.includes(m[2]!)) return null;
  const words = m[1]!.trim().split(/\s+/);
  const nations = cueLexicon().outletKindNationalities;
  return words.every((w) => nations.has(w) || modifiers.includes(w)) ? m[2]! : null;
}

/**
 * "the hospital trust", "the national federation", "the Scottish Championship club": words before a noun whose
 * body must name its kind (self_named_nouns), or a competition's capitalised name before a team noun, leave the
 * noun: the body of that kind named before (data/organisations.json described_body_kinds).
 */
function modifiedKindNoun(mention: string): string | null {
  const m = /^the\s+((?:\p{L}+\s+){1,3})(\p{Ll}+)$/u.exec(mention);
  if (!m) return null;
  const kinds = organisationData().described_body_kinds;
  const noun = m[2]!;
  if (kinds.self_named_nouns.includes(noun)) return noun;
  const modifiers = m[1]!.trim().split(/\s+/);
  return kinds.team_nouns.includes(noun) && modifiers.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? noun : null;
}

/** The outlet noun a described mention ends in, when it is one ("trade publication" → "publication"; "news agency" → "agency"). */
function outletNounOf(described: string, outletNouns: readonly string[]): string | null {
  const [first, second] = described.split(' ');
  if (!second) return outletNouns.includes(first!) ? first! : null;
  return second;
}

/** Whether an outlet so named may be "the NOUN": its kind, where known, is the noun's (a paper is no network). */
function outletFits(noun: string, name: string): boolean {
  const wanted = kindOfOutletWord(noun);
  const kind = outletKindByName(name);
  return !wanted || !kind || wanted === kind;
}

/** The description a sport's governing body is taken up by ("World Rowing … the governing body said"). */
const GOVERNING_BODY = 'governing body';

let placeTails: Set<string> | undefined;

/**
 * Whether a named body may be "the NOUN": never a place ("Harlow Bay flooded …, the council said"), save a club
 * whose last word ends places' names too, for a team noun ("Harrowfield Town … the club said"; club_tails); a club
 * never a company ("Rovers owner Castell Group"); a council, a ministry, a board, a party or a campaign only
 * a name saying so or a listed organisation, and "the governing body" a sport's governing body too ("World
 * Rowing") (data/organisations.json described_body_kinds).
 */
function bodyFits(noun: string, name: string, text?: string): boolean {
  const kinds = organisationData().described_body_kinds;
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  const w = placeWords();
  placeTails ??= new Set([...w.settlement_tails, ...w.landform_tails, ...w.division_tails]);
  // ("Harrowfield Town have sacked …. The club said": a club's tail that ends places' names too is the club's after "the club".)
  const club = kinds.team_nouns.includes(noun) && isClubTail(last.toLowerCase());
  if (words.length > 1 && placeTails.has(last.toLowerCase()) && !isKnownOrganisation(name) && !club) return false;
  if (kinds.team_nouns.includes(noun) && kinds.company_tails.includes(last)) return false;
  if (kinds.civic_nouns.includes(noun)) return words.some((x) => kinds.civic_name_words.includes(x)) || isKnownOrganisation(name) || acronymEndsInNoun(name, noun, text);
  // ("Wade Hollis said …. The party wrote": a party or a campaign only one whose name says so.)
  // ("World Aquatics", "Athletics Canada": a nation's or the world's name beside a sport's says it governs the sport.)
  if (kinds.self_named_nouns.includes(noun)) return words.some((x) => bodyKindNameWords(noun).includes(x) || x.toLowerCase() === noun) || isKnownOrganisation(name) || (noun === GOVERNING_BODY && sportGoverningBody(words));
  return true;
}

/**
 * The latest name before `end` of two to four capitalised words on one line whose first word is `word`
 * ("Brennan Media" for "Brennan"), none of the others a given name or a role; else null.
 */
function longerNameBefore(text: string, word: string, end: number): string | null {
  let found: string | null = null;
  for (const m of literalMatches(text.slice(0, end), word, NO_LETTER_BEFORE, CAPITALISED_WORDS_AFTER)) {
    const rest = m.after![0].trim().split(/\s+/);
    if (rest.some((w) => isRoleWord(w.toLowerCase()) || isHonorific(w.toLowerCase()) || genderOfFirstName(w) !== 'unknown')) continue;
    // (A headline capitalises every word: "Streamwave Shares Jump After …" holds no longer name.)
    if (titleCaseLine(text, m.start)) continue;
    // (A possessive ends the name: "Halcyon Pictures' remake" names Halcyon Pictures.)
    found = `${word} ${rest.join(' ')}`.replace(/['’]s?$/u, '');
  }
  return found;
}

/** Whether the line holding offset `at` is a headline's: four words or more, none of four letters or more in small letters. */
function titleCaseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const words = text.slice(from, to < 0 ? text.length : to).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 4 && !words.some((w) => w.length >= 4 && /^\p{Ll}/u.test(w));
}

/** Where the text MAX_PARAGRAPHS_BACK paragraphs before offset `at` starts. */
function windowStart(breaks: ParagraphBreaks, at: number): number {
  const count = breaksBefore(breaks, at);
  return count > MAX_PARAGRAPHS_BACK ? breaks[count - 1 - MAX_PARAGRAPHS_BACK]!.start : 0;
}

/** Whether no more than MAX_PARAGRAPHS_BACK paragraph breaks lie between two offsets (both where tokens start). */
function near(breaks: ParagraphBreaks, from: number, to: number): boolean {
  return Math.max(0, breaksBefore(breaks, to) - breaksBefore(breaks, from)) <= MAX_PARAGRAPHS_BACK;
}

/**
 * "Northfield Rovers have suspended …, the club said": two or more capitalised words opening the sentence of
 * `at` (or the one before, in the same paragraph), then a verb, none a given name, an outlet's or a place's name.
 */
function subjectBody(text: string, tokens: Token[], place: Place, at: number, noun: string, people: Set<string>): { name: string; start: number } | null {
  const here = place.sentenceAt(at);
  const spans = [here];
  for (let n = 0, cur = here; n < MAX_SENTENCES_BACK && cur.start > 0; n++) {
    const before = place.sentenceAt(Math.max(0, cur.start - 2));
    if (before.start >= cur.start || /\n\s*\n/.test(text.slice(before.end, cur.start))) break;
    spans.push((cur = before));
  }
  for (const span of spans) {
    let k = tokensStartingBefore(tokens, span.start);
    if (k >= tokens.length) continue;
    // ("The Coastal Maritime Alliance said …": the article before a body's name is no part of it.)
    if (tokens[k]!.normal === 'the' && tokens[k + 1] && /^\p{Lu}/u.test(tokens[k + 1]!.text)) k++;
    // ("Streaming service StreamNest lost …, the company said": the kind of business before the name is no part of it.)
    k = afterBusinessKindPrefix(tokens, k, span.end);
    const first = k;
    // ("Apple TV+ has renewed …, the streamer announced": a listed body's whole name, whatever its marks, then a verb.)
    const known = knownNameThenVerb(text, tokens, k, span.end);
    if (known && !people.has(known.name) && bodyFits(noun, known.name)) return known;
    // ("The WMO published a report. The organisation warned …": a body's initials, three letters or more (two are as often a country, "the US"), as the subject of a verb.)
    const initials = tokens[k]!.text;
    if (/^\p{Lu}{3,6}$/u.test(initials) && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX') && !recogniseOutlet(initials) && !cueLexicon().placeNames.has(initials) && !isNationShortForm(initials) && !people.has(initials) && bodyFits(noun, initials, text)) return { name: initials, start: tokens[k]!.start };
    while (k < tokens.length && tokens[k]!.start < span.end && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && tokens[k]!.pos === 'PROPN' && !isGivenNameToken(tokens[k]!) && !isRoleWord(tokens[k]!.normal) && !isHonorific(tokens[k]!.normal)) k++;
    if (k === first || tokens[k]?.pos !== 'VERB' && tokens[k]?.pos !== 'AUX' && !appositionHeaded(tokens, k, span.end, noun) && !officerNamedAfter(tokens, k, span.end) && !relativeClauseThenVerb(tokens, k, span.end)) continue;
    let name = text.slice(tokens[first]!.start, tokens[k - 1]!.end);
    // (One word may be a person's surname: "Ruiz added" after "Ana Ruiz"; a body's one-word name is named so nowhere.)
    // (… nor a common word the tagger takes for a name as it opens the sentence: "Shares fell …, the company said".)
    // (Unless a longer name opening with it was named before: "Halcyon Pictures' remake … Halcyon put …".)
    const longer = k - first === 1 ? longerNameBefore(text, name, span.start) : null;
    if (k - first === 1 && inModelLexicon(name) && !longer) continue;
    if (k - first === 1 && literalMatchIn(text.slice(0, span.end), name, CAPITALISED_WORD_BEFORE, WORD_BOUNDARY)) continue;
    // (One word opening a longer name used before is that body's short form: "Brennan Media owns … Brennan cut …".)
    if (longer) name = longer;
    // (Not a person who speaks in the article, nor a run a title opens: "Mayor Tove Rask rejected …".)
    if (recogniseOutlet(name) || cueLexicon().placeNames.has(name) || people.has(name) || !bodyFits(noun, name)) continue;
    return { name, start: tokens[first]!.start };
  }
  return null;
}

/**
 * "Streaming service StreamNest", "the streaming service StreamNest": one or two words opening the sentence whose last,
 * in small letters, is a business's kind (a body description's head no person's), before a capitalised word: where
 * the name starts; else `k`. (Not "Airline Skyvane": a capitalised kind may be the name's own first word.)
 */
function afterBusinessKindPrefix(tokens: Token[], k: number, end: number): number {
  let j = k;
  if (tokens[j]?.normal === 'the') j++;
  for (let n = 0; n < 2 && j + n < tokens.length && tokens[j + n]!.start < end; n++) {
    const word = tokens[j + n]!;
    const next = tokens[j + n + 1];
    if (!/^\p{Ll}/u.test(word.text) || !isBodyDescriptionHead(word.normal) || isPersonDescriptionHead(word.normal)) continue;
    return next && next.start < end && /^\p{Lu}\p{L}/u.test(next.text) ? j + n + 1 : k;
  }
  return k;
}

/** The most tokens a listed body's name runs to at a sentence's opening ("Apple", "TV", "+"). */
const MAX_KNOWN_NAME_TOKENS = 5;

/** A listed organisation's name (data/organisations.json) of tokens[k, …) before `end`, then a verb: its name and start; else null. */
function knownNameThenVerb(text: string, tokens: Token[], k: number, end: number): { name: string; start: number } | null {
  for (let e = Math.min(tokens.length - 1, k + MAX_KNOWN_NAME_TOKENS); e > k; e--) {
    if (tokens[e - 1]!.end > end || (tokens[e]!.pos !== 'VERB' && tokens[e]!.pos !== 'AUX')) continue;
    const name = text.slice(tokens[k]!.start, tokens[e - 1]!.end);
    if (isKnownOrganisation(name)) return { name, start: tokens[k]!.start };
  }
  return null;
}

/**
 * "The Wisconsin Education Association Council, the state's largest teachers union, praised …": an apposition
 * set off after the name, opening at tokens[k], whose last word is the description's noun, says what the body is.
 */
function appositionHeaded(tokens: Token[], k: number, end: number, noun: string): boolean {
  if (tokens[k]?.text !== ',') return false;
  let j = k + 1;
  while (j < tokens.length && tokens[j]!.start < end && tokens[j]!.text !== ',' && j - k <= 8) j++;
  if (tokens[j]?.text !== ',' || j <= k + 1) return false;
  const head = tokens[j - 1]!.normal;
  // ("Greyline Audio, a podcast network, …, the company confirmed": a network, a carmaker, a label is a company; a
  // head a person may be too, "an events promoter", says nothing.)
  return head === noun || (organisationData().described_bodies.company_nouns.includes(noun) && isBodyDescriptionHead(head) && !isPersonDescriptionHead(head));
}

/** The most tokens a relative clause set off after a body's name may run to. */
const MAX_RELATIVE_CLAUSE_TOKENS = 20;

/**
 * "Crunchyroll, which bought the rights last spring, will release …": a "which" clause set off by commas after
 * the name, opening at tokens[k], then a verb: the name is still that verb's subject.
 */
function relativeClauseThenVerb(tokens: Token[], k: number, end: number): boolean {
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.normal !== 'which') return false;
  let j = k + 2;
  while (j < tokens.length && tokens[j]!.start < end && tokens[j]!.text !== ',' && j - k <= MAX_RELATIVE_CLAUSE_TOKENS) j++;
  return tokens[j]?.text === ',' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX');
}

/**
 * "Cirrus Systems chief executive Nadia Farrokhzad spoke": a body's name before an officer's title a company has
 * (data/organisations.json company_officers) and a capitalised name is the body that officer serves.
 */
function officerNamedAfter(tokens: Token[], k: number, end: number): boolean {
  const officers = organisationData().company_officers;
  let j = k;
  if (tokens[j]?.normal === 'chief') j++;
  if (!tokens[j] || tokens[j]!.start >= end || !officers.includes(tokens[j]!.normal)) return false;
  return !!tokens[j + 1] && tokens[j + 1]!.start < end && /^\p{Lu}\p{Ll}/u.test(tokens[j + 1]!.text);
}

/** Whether the latest attribution's sentence, or what follows it up to `at`, says its words were given in the document ("said in a statement"). */
/**
 * Whether the latest speaker of `earlier` gave words "in a NOUN" in one of their quotes that run up to it: "In an
 * open letter, X wrote that …. “…,” he wrote. The letter continued: …" is still X's letter, though the quote right
 * before names no letter. (Someone else speaking in between ends the run.)
 */
function issuedInOwnRun(text: string, place: Place, earlier: ExtractedQuote[], at: number, noun: string): boolean {
  const speaker = earlier[earlier.length - 1]?.speaker;
  for (let k = earlier.length - 1; k >= 0 && earlier[k]!.speaker === speaker; k--) if (issuedIn(text, place, earlier[k]!, at, noun)) return true;
  return false;
}

function issuedIn(text: string, place: Place, latest: ExtractedQuote, at: number, noun: string): boolean {
  const from = place.sentenceAt(latest.speaker_start ?? latest.start).start;
  let inNoun = IN_NOUN.get(noun);
  if (!inNoun) IN_NOUN.set(noun, (inNoun = new RegExp(`\\bin\\s+(?:a|an|its|his|her|their|the)\\s+(?:\\p{L}+\\s+)?${noun}\\b`, 'iu')));
  return inNoun.test(text.slice(from, at));
}

/** "in a NOUN", "in its NOUN" by the document's noun (a description noun of the data), each built once. */
const IN_NOUN = new Map<string, RegExp>();

/** Small words a sentence may open with before a body's name ("At Meridian Airways …"): no part of it. */
const OPENING_SMALL_WORDS = /^(?:(?:The|A|An|At|In|On|For|From|By|With|And|But|Of|To|After|Before|Since)[ \t]+)+/u;

/**
 * The last body named in the text before `at`, within MAX_PARAGRAPHS_BACK paragraphs, whose name ends in a word
 * saying it is what `noun` describes (data/body-kind-name-words.json: "Meridian Airways" for "the airline"),
 * the words before it capitalised and no given name or role.
 */
function kindNamedBefore(text: string, breaks: ParagraphBreaks, at: number, noun: string): { name: string; start: number } | null {
  const words = bodyKindNameWords(noun);
  if (!words.length) return null;
  const count = breaksBefore(breaks, at);
  let back = MAX_PARAGRAPHS_BACK;
  // ("Harbour Bank did not respond. ¶ The bank’s shares fell. ¶ The bank said …": a paragraph that speaks of "the
  // NOUN" again carries the description on, so the name may lie one paragraph further back.)
  const { mentions, re } = kindNamePatterns(noun, words);
  while (count > back && mentions.test(text.slice(breaks[count - 1 - back]!.end, count - back < breaks.length ? breaks[count - back]!.start : at))) back++;
  const from = count > back ? breaks[count - 1 - back]!.start : 0;
  let last: { name: string; start: number } | null = null;
  for (const m of text.slice(from, at).matchAll(re)) {
    const headWord = m[1]?.trim().split(/\s+/).filter((w) => !/^(?:of|for|the)$/.test(w)).pop()?.toLowerCase();
    const headed = !!headWord && (isMembersHead(headWord) || isNameOfHead(headWord));
    const skip = m[1] && !headed ? m[1].length : 0;
    const opening = skip + (OPENING_SMALL_WORDS.exec(m[0].slice(skip))?.[0].length ?? 0);
    const before = m[0].slice(opening).split(/\s+/).slice(0, -1).filter((w) => w && !/^(?:of|for|the)$/.test(w));
    // (A role word right before the kind word describes the body, not a person: "Westmoor General Hospital".)
    if (!before.length || before.some((w, n) => (isRoleWord(w.toLowerCase()) && n < before.length - 1) || isHonorific(w.toLowerCase()) || genderOfFirstName(w) !== 'unknown')) continue;
    // ("A Met Office report found …": after "a/an" the name modifies a noun; the body itself is not spoken of.)
    if (/(?:^|[ \t])an?[ \t]+$/iu.test(text.slice(from, from + m.index!) + m[0].slice(skip, opening))) continue;
    // ("The Met Office said the agency …": a sentence naming the body that also speaks of "the NOUN" means another one.)
    const rest = text.slice(from + m.index! + m[0].length, at);
    if (mentions.test(rest.slice(0, rest.search(/[.!?](?=\s|$)/u) + 1 || rest.length))) continue;
    last = { name: m[0].slice(opening), start: from + m.index! + opening };
  }
  return last;
}

/** kindNamedBefore's patterns for each description noun, built once: "the NOUN" and a name ending in its kind words. */
const KIND_NAME_PATTERNS = new Map<string, { mentions: RegExp; re: RegExp }>();

function kindNamePatterns(noun: string, words: readonly string[]): { mentions: RegExp; re: RegExp } {
  let patterns = KIND_NAME_PATTERNS.get(noun);
  if (patterns) return patterns;
  const mentions = new RegExp(`\\bthe[ \\t]+${regExpLiteral(noun)}\\b`, 'iu');
  // (A body's head and "of" may come first: "the Korean Confederation of Trade Unions" is one name, not "Trade Unions".)
  // (Its words may be joined by "and": "the Competition and Markets Authority" is one name, not "Markets Authority".)
  // (Its place or field may follow with "of": "the Reserve Bank of Nordmark", "the Eastham Chamber of Commerce".)
  const re = new RegExp(`(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'&-]*[ \\t]+){1,3}(?:of|for)[ \\t]+(?:the[ \\t]+)?)?((?:\\p{Lu}[\\p{L}'&-]*[ \\t]+(?:(?:and|&)[ \\t]+(?=\\p{Lu}))?){1,3})(?:${words.map(regExpLiteral).join('|')})(?:[ \\t]+of[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}'&-]*(?:[ \\t]+\\p{Lu}[\\p{L}'&-]*){0,2})?(?![\\p{L}'’-]|[ \\t]+\\p{Lu})`, 'gu');
  KIND_NAME_PATTERNS.set(noun, (patterns = { mentions, re }));
  return patterns;
}

/**
 * "Variety reported the news first. …, according to the trade.": a known outlet of one word (which the run of
 * capitalised words outletNamedBefore reads leaves out), named last before `at` within as many paragraphs, fitting the noun's kind.
 */
function knownOutletWordBefore(text: string, tokens: Token[], breaks: ParagraphBreaks, at: number, noun: string): { name: string; start: number } | null {
  const name = lastOutletBefore(tokens, tokensStartingBefore(tokens, at), kindOfOutletWord(noun));
  if (!name || !outletFits(noun, name)) return null;
  const count = breaksBefore(breaks, at);
  const from = count > MAX_PARAGRAPHS_BACK ? breaks[count - 1 - MAX_PARAGRAPHS_BACK]!.start : 0;
  const start = text.lastIndexOf(name, at);
  if (start < from) return null;
  // (Opening a sentence, a one-word name is the outlet only as its verb's subject: "People familiar with …" is no magazine.)
  const k = tokensStartingBefore(tokens, start);
  const opens = k === 0 || /^[.!?”"]$/.test(tokens[k - 1]!.text) || text.slice(tokens[k - 1]!.end, start).includes('\n');
  if (opens && !/\s/.test(name) && tokens[k + 1]?.pos !== 'VERB') return null;
  // (Nor the tail of a longer name: "the journal Neurology Today" is no Today.)
  if (!opens && /^\p{Lu}/u.test(tokens[k - 1]!.text)) return null;
  return { name: lookupOutlet(name) ?? name, start };
}

/**
 * The last outlet named in the text before `at`, within MAX_PARAGRAPHS_BACK paragraphs: a run of capitalised
 * words an outlet's name reads as ("a 2021 report by the Harbour Ledger").
 */
function outletNamedBefore(text: string, breaks: ParagraphBreaks, at: number, fits: (name: string) => boolean): { name: string; start: number } | null {
  const count = breaksBefore(breaks, at);
  const from = count > MAX_PARAGRAPHS_BACK ? breaks[count - 1 - MAX_PARAGRAPHS_BACK]!.start : 0;
  let last: { name: string; start: number } | null = null;
  for (const m of text.slice(from, at).matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}’'-]*)+/gu)) {
    // ("the Communist Party’s People’s Daily": an owner's possessive before the outlet's own name is no part of it.)
    const words = m[0].split(/\s+/);
    let name: string | null = null;
    for (let i = 0; i < words.length - 1 && !name; i++) if (/[’']s$/.test(words[i]!)) name = recogniseOutlet(words.slice(i + 1).join(' '));
    name ??= recogniseOutlet(m[0]);
    if (name && fits(name)) last = { name, start: from + m.index! };
  }
  return last;
}
