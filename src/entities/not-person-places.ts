// Places that are no person: landform, division, venue and shore words, and the patterns around a name that put
// a place there ("east of Pine Hollow", "the cliffs above Gull Bay", "surfers paddled out from Rosa Point"). The
// people stage asks these when a capitalised run could be either; kept together so the place evidence reads in one file.
import { genderOfFirstName, isParticle } from '../nlp/names.js';
import { alternatives } from '../nlp/words.js';
import { cueLexicon, stateKey } from '../lexicon/cues.js';
import { isPlaceName } from '../lexicon/place-names.js';
import { placeWords } from '../lexicon/place-words.js';
import type { Token } from '../types.js';
import { sentenceBreakBefore, sentenceStopFrom } from '../text/sentence-bounds.js';
import { endsWithWord } from './ends-with-word.js';
import type { NameView } from './name-view.js';

// Last words of places named for a landform or a country's division ("Gull Flats", "Gangwon Province"; data/place-words.json).
export const GEO_TAILS = new Set([...placeWords().landform_tails, ...placeWords().division_tails]);
// … of which those no surname is end a place's name even after a given name ("Victoria Falls"; "Rosa Hills" may be hers).
export const NON_SURNAME_GEO_TAILS = new Set(placeWords().landform_tails_no_surname);
export const VENUE_TAILS = new Set(placeWords().venue_tails);
export const LONG_VENUE_TAILS = new Set(placeWords().venue_tails_long);

// First words of place names ("Col de la Madeleine", "Lake Geneva", "Mount Kenya", "Rio Grande").
export const GEO_HEADS = new Set(['Col', 'Mont', 'Mount', 'Mt', 'Lac', 'Lake', 'Loch', 'Lago', 'Rue', 'Via', 'Piazza', 'Plaza', 'Place', 'Port', 'Puerto', 'Porto', 'Cap', 'Cape', 'Cabo', 'Pic', 'Pico', 'Monte', 'Rio', 'Río', 'Isla', 'Isle', 'Ile', 'Île', 'Val', 'Valle', 'Fort', 'Bay', 'Gulf', 'Strait', 'Sierra', 'Costa', 'Playa', 'Bois', 'Forêt', 'Passo', 'Paso', 'Pass', 'Puente', 'Gare', 'Estação', 'Stazione', 'Bahnhof', 'Schloss', 'Castello', 'Château', 'Chateau', 'Palazzo', 'Palais', 'Parc', 'Parque', 'Camp', 'Cathedral', 'Abbey',
  // Arabic "gate" opens straits, quarters and towns ("Bab al-Hawa", "Bab el-Oued").
  'Bab',
  // A saint's name opens towns and cities in Spanish and Portuguese ("San Pedro de Macorís", "São Paulo"); neither word is a given name.
  'San', 'São',
  // Stadiums named in their own language open with the word: "Estadio da Luz", "Stade de France", "Stadio Olimpico".
  'Estadio', 'Estádio', 'Stade', 'Stadio', 'Stadion',
  // "New Jersey", "North Philadelphia", "South Carolina", "Greater Manchester".
  'New', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Greater', 'Central']);
// "the River Wensum", "Lough Neagh": a water's first word that a person may be given too ("River Phoenix"; data/place-words.json water_heads).
export const WATER_HEADS = new Set(placeWords().water_heads);

// A place told by where it lies from another: "east of Pine Hollow", "miles north-west of Tarrant" (data/place-words.json bearings).
export const BEARING_OF_BEFORE = new RegExp(String.raw`\b(?:${alternatives(placeWords().bearings)})\s+of\s+$`, 'i');
// … or by the division it is: "police in the canton of Valais", "the state of Georgia" (even a given name is the place there).
export const DIVISION_OF_BEFORE = new RegExp(String.raw`\bthe\s+(?:${alternatives([...placeWords().division_tails, 'state', 'emirate', 'kingdom', 'republic'])})\s+of\s+$`);
// … or by the part of a place it is: "branches in south Leeds", "across north Tarrant" (a bearing in lower case after a preposition).
export const BEARING_PART_BEFORE = new RegExp(String.raw`\b(?:in|across|around|from|of|to|throughout)\s+(?:${alternatives(placeWords().bearings)})\s+$`);
// … or above, below or overlooking it: "the hills above Millbrook", "the cliffs overlooking Gull Bay". Those words
// also rank people ("ranks above Dorran Vell"), so only with a place word before them or ending the name (see aboveAPlace).
const HEIGHT_BEFORE = new RegExp(String.raw`\b(?:${alternatives(placeWords().height_prepositions)})\s+$`);
// (A verb of standing and a word of distance may come between: "whose house stands above", "a cottage high above".)
const PLACE_ABOVE_BEFORE = new RegExp(String.raw`\b(?:${alternatives(placeWords().places_above)})\s+(?:(?:${alternatives(placeWords().position_words)})\s+){0,2}(?:${alternatives(placeWords().height_prepositions)})\s+$`, 'i');
// Settlement tails that are common surnames too ("ranks above Haneul Park") mark a place only with a place word before.
export const SURNAME_TAILS = new Set(placeWords().surname_tails);
const SETTLEMENT_TAILS = new Set(placeWords().settlement_tails.filter((w) => !SURNAME_TAILS.has(w)));
// A shore's last word that no surname is ("Point", "Beach", "Bay", "Head", "Cove"; data/place-words.json shore_tails,
// none that is a given name too): after a known given name it still tells a place by its context.
export const SHORE_TAILS = new Set(placeWords().shore_tails.filter((w) => genderOfFirstName(w[0]!.toUpperCase() + w.slice(1)) === 'unknown'));
// Prepositions that place a shore's name: "at Rosa Point", "off Clara Head", "between Lena Bay and Ash Cove".
// (Not "to": "went to Adam Beach", "sent to Michael Bay" give to a person. "near"/"from" only with a second
// sign of the shore, SHORE_CONTEXT: "fans queued near Michael Bay" is by him.)
export const SHORE_PLACE_BEFORE = /\b(?:at|off|in|between|along|around|outside|towards|past|beyond)\s+(?:the\s+)?$/;
export const SHORE_LOOSE_BEFORE = /\b(?:near|from)\s+(?:the\s+)?$/;
// "a warehouse on Spike Island", "a bar on Clara Quay": "on" places an island's or a landing's name (data/place-words.json on_shore_tails).
const ON_SHORE_TAILS = new Set(placeWords().on_shore_tails);
const ON_BEFORE = /\bon\s+$/;
// Water and shore words in the sentence that make "near"/"from" a shore's: "surfers paddled out from Rosa Point".
export const SHORE_CONTEXT = /\b(?:surf\w*|swim\w*|beach\w*|coast\w*|shore\w*|water|waters|sea|ocean|waves?|tide|boats?|sail\w*|fish\w*|lifeguards?|harbou?r|bay|cove|headland|cliffs?)\b/i;
// "Michael Bay, who", "Edith Head for her", "Michael Bay and his crew": a person's context after the name.
export const SHORE_PERSON_AFTER = /^(?:\s*,\s*who\b|\s+(?:for|and)\s+(?:her|his)\b)/;
// Words after a shore's name that make it a place's or a club's: "Rosa Point Beach", "Rosa Point Surf Club".
export const SHORE_NAME_AFTER = /^\s+(?:Surf|Life|Club|Beach|Lighthouse|Reserve|Marina|Jetty|Pier|Harbour|Harbor|Lifesaving|Lifeguards?|Sailing|Yacht|Boat|Rowing|Caravan|Holiday)\b/;

// "Le Tambour, one of the oldest cinemas in Lyon": a name set beside "one of the … cinemas" is that
// venue's (data/place-words.json venue_plurals); "one of the cinema's owners" names no venue's kind and stays a person's.
const ONE_OF_VENUES_AFTER = new RegExp(String.raw`^,\s+one\s+of\s+the\s+(?:[\p{Ll}\d-]+\s+){0,4}?(?:${alternatives(placeWords().venue_plurals)})(?![\p{L}'’])`, 'u');

/** Whether the text right after a name (from its end) sets it beside "one of the … cinemas/theatres/bars". */
export function venueByOneOfApposition(after: string): boolean {
  return ONE_OF_VENUES_AFTER.test(after);
}

/** The sentence around text[start, end) with the name itself left out (so the name's own shore word is no context). */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(sentenceBreakBefore(text, start), 0);
  const stop = sentenceStopFrom(text, end);
  return text.slice(from, start) + ' ' + text.slice(end, stop < 0 ? text.length : stop);
}

/**
 * A run after "above", "below" or "overlooking" that names a place: with a place before the word ("the hills
 * above Cedar Grove"), a landform's or settlement's word ending the name ("overlooking Gull Bay") or a listed
 * place; not a bare name ("ranks above Dorran Vell", "ranks above Haneul Park": Park ends surnames too).
 */
export function aboveAPlace(before: string, name: string, lastWord: string): boolean {
  if (!HEIGHT_BEFORE.test(before)) return false;
  return PLACE_ABOVE_BEFORE.test(before) || SETTLEMENT_TAILS.has(lastWord) || GEO_TAILS.has(lastWord) || isPlaceName(name);
}

/** Whether a name's second word is a place's ("Madre", "Nevada", "Bay"), so no surname. */
export function placeLikeWord(token: Token): boolean {
  return GEO_TAILS.has(token.normal) || SETTLEMENT_TAILS.has(token.normal) || cueLexicon().placeNames.has(token.text) || GEO_HEADS.has(token.text);
}

// Prepositions before a place: "in New Orleans", "near Lisbon".
export const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'across', 'outside', 'inside', 'around', 'throughout'];
export const PLACE_BEFORE = new RegExp(String.raw`\b(?:${PLACE_PREPOSITIONS.join('|')})\s+(?:the\s+)?$`);
// "in nearby Lorain", "from neighbouring Elyria": a word placing a town beside the story's keeps it a place.
const NEARBY_PLACE_BEFORE = /\b(?:in|at|from|near|outside)\s+(?:nearby|neighbou?ring|downtown)\s+$/;

// The Arabic article joined by a hyphen inside a name ("Deir al-Balah", "Majed al-Khulaifi").
const ARABIC_ARTICLE = /(?:^|\s)(?:al|el|ad|ar|as|ash|at|az|an|ath)-\p{Lu}/u;

/** Places: "in New Orleans", "from Lisbon", "in nearby Lorain" — a run after a place preposition is a person only with a given name or a title. */
export function placeAfterPlacePreposition({ text, tokens, s, e, title, name, before, givenName }: NameView): boolean {
  // (A particle in small letters keeps it a name, "in van der Berg's studio"; a capitalised one opens a
  // place as often: "in Van Nuys", "in Le Mans".)
  if (!title && endsWithWord(before, PLACE_PREPOSITIONS, true) && PLACE_BEFORE.test(before) && !givenName && !tokens.slice(s, e + 1).some((t) => isParticle(t.text) && /^\p{Ll}/u.test(t.text)) && !/^(?:\p{Lu}\.)+$/u.test(tokens[s]!.text)) return true;
  // (… but Arabic's hyphened article opens towns as often as surnames: "in Deir al-Balah", "near Khan al-Ahmar";
  // after a place preposition with no given name it is a place's, unless a possessive makes it someone's.)
  if (!title && !givenName && endsWithWord(before, PLACE_PREPOSITIONS, true) && PLACE_BEFORE.test(before) && ARABIC_ARTICLE.test(name) && !/^['’]/u.test(text.slice(tokens[e]!.end, tokens[e]!.end + 1))) return true;
  return !title && NEARBY_PLACE_BEFORE.test(before) && !givenName;
}

/** A given name and a shore's or settlement's last word that name a place: "at Rosa Point", "the Rosa Point Surf Club". */
export function shoreOrSettlementName({ text, tokens, clues, s, e, title, name, before, givenName }: NameView): boolean {
  // "at Rosa Point", "off Clara Head", "between Lena Bay and …", "the Rosa Point Surf Club": a given name and a
  // shore's or settlement's last word name a place when a place preposition comes before or a place's or club's
  // word follows; "Rosa Point said", a speaker or a possessive ("at Michael Bay's home") stays a person.
  if (!title && e > s && SHORE_TAILS.has(tokens[e]!.normal) && givenName && !clues.speakers.has(name) && !/^['’]/u.test(text.slice(tokens[e]!.end, tokens[e]!.end + 1)) && !SHORE_PERSON_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 20)) && (SHORE_PLACE_BEFORE.test(before) || (ON_SHORE_TAILS.has(tokens[e]!.normal) && ON_BEFORE.test(before)) || (SHORE_LOOSE_BEFORE.test(before) && SHORE_CONTEXT.test(sentenceAround(text, tokens[s]!.start, tokens[e]!.end))) || SHORE_NAME_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 20)))) return true;
  // "the Rosa Point Surf Life Saving Club" cut short: a shore's last word inside a name that runs on is a place's or a club's.
  return !title && e > s + 1 && givenName && tokens.slice(s + 1, e).some((t) => SHORE_TAILS.has(t.normal) && genderOfFirstName(t.text) === 'unknown');
}

// "at Lincoln Square", "in Grace Avenue": a street's or square's last word (data/place-words.json street_tails_after_at) after "at" or "in".
const STREET_TAILS_AFTER_AT = new Set(placeWords().street_tails_after_at);
const AT_OR_IN_BEFORE = /\b(?:at|in)\s+(?:the\s+)?$/;

/**
 * "a news conference at Lincoln Square", "a flat in Grace Avenue": after "at" or "in", a name ending in a street's or
 * square's word is the place even when it opens with a given name (a name without one is a place there already, see
 * placeAfterPlacePreposition). A speaker's name, a possessive ("at Tom Street's home") or "who" after it keeps the person.
 */
export function streetAfterAtOrIn({ text, tokens, clues, s, e, title, name, before, givenName }: NameView): boolean {
  if (title || e === s || !givenName || !STREET_TAILS_AFTER_AT.has(tokens[e]!.normal) || !AT_OR_IN_BEFORE.test(before) || clues.speakers.has(name)) return false;
  const after = text.slice(tokens[e]!.end, tokens[e]!.end + 20);
  return !/^['’]/u.test(after) && !SHORE_PERSON_AFTER.test(after);
}

/**
 * A town named before its US state: "grew up in Franklin Ridge, Ohio", "a plant outside Cedar Falls, Iowa." — a
 * name followed by a comma and a state's name or postal abbreviation (data/cues.json state_abbreviations) that ends
 * the phrase is a place. Not a list ("Ann Cole, Virginia Lee and …", "Tom, Georgia and Ann") nor a speaker.
 */
export function placeBeforeState({ text, tokens, clues, e, title, name }: NameView): boolean {
  if (title || clues.speakers.has(name)) return false;
  const m = STATE_AFTER.exec(text.slice(tokens[e]!.end, tokens[e]!.end + 40));
  if (!m) return false;
  const states = cueLexicon().stateAbbreviations;
  // (Two-letter postal codes only in capitals: "OH", "TX"; a written name in its own case: "Ohio", "New Mexico".)
  return [m[1]!, m[1]!.split(/\s+/)[0]!].some((w) => states.has(stateKey(w)) && (stateKey(w).length > 2 || /^\p{Lu}+$/u.test(w)) && STATE_ENDS.test(m[0]!.slice(m[0]!.indexOf(w) + w.length) + text.slice(tokens[e]!.end + m[0]!.length, tokens[e]!.end + m[0]!.length + 12)));
}
// ", Ohio", ", New Mexico", ", Okla.", ", TX": up to two capitalised words after the comma.
const STATE_AFTER = /^,[ \t]+(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)/u;
// What may follow the state: punctuation, the end, or a lower-case word other than a list's "and"/"or".
const STATE_ENDS = /^(?:\s*$|[,.;:!?)'’"”]|\s+(?!and\b|or\b|&)\p{Ll})/u;
