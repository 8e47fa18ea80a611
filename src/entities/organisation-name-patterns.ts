// Words and patterns that make a capitalised run an organisation's, an event's or a product's name rather than a
// person's: business and club tails ("Norvik Semiconductors", "Ellesmere Rovers"), "<body word> of/for …",
// organisation nouns heading an apposition, names joined by "&". The people stage asks these; kept beside
// organisation-name-words.ts so the organisation evidence reads in one place.
import { INSTITUTION_WORDS, ORGANIZATION_HEADS, ORGANIZATION_TAILS } from '../nlp/words.js';
import { isKnownOrganisation, organisationData } from '../lexicon/organisations.js';
import { endsWithWord } from './ends-with-word.js';
import type { NameView } from './name-view.js';

// Business words that end company names ("Norvik Semiconductors"), beyond the shared organisation tails.
export const BUSINESS_TAILS = new Set(['semiconductor', 'semiconductors', 'electronics', 'chemicals', 'petroleum', 'steel', 'mining', 'telecom', 'software', 'therapeutics', 'biosciences', 'robotics', 'aerospace', 'automotive', 'properties', 'resources', 'solutions', 'services', 'networks', 'games', 'pharma', 'bancorp', 'gmbh', 'ag', 'plc', 'inc', 'ltd',
  // Research and advisory firms: "Counterpoint Research", "CCS Insight", "Oxford Economics".
  'research', 'insight', 'insights', 'analytics', 'consulting', 'consultancy', 'associates', 'advisors', 'advisers', 'economics', 'intelligence', 'labs', 'laboratories', 'analysis',
  // Game, media and animation studios: "Harbour Interactive", "Jade Crane Animation".
  'interactive', 'animation',
  // Sports clubs: "Ellesmere Rovers", "Bolton Wanderers", "Glasgow Rangers", "Derby County".
  'rovers', 'wanderers', 'rangers', 'athletic', 'albion', 'hotspur', 'town', 'county', 'harriers', 'argyle', 'orient', 'olympic', 'olympique', 'sporting',
  // Leagues and governing bodies: "the Northern Netball League", "the Caledonian Rowing Federation"; a sport's
  // body named by the sport ("Global Rowing", "Coastal Athletics") and a firm's "International".
  'league', 'federation', 'confederation', 'athletics', 'rowing', 'cycling', 'swimming', 'gymnastics', 'sailing', 'triathlon', 'international',
  // Events named by their kind: "Milan Design Week", "the Harbour Arts Festival", "the Nordic Climate Summit".
  'week', 'festival', 'summit', 'expo', 'biennale', 'championships', 'marathon',
  // Event promoters and charities named by their kind: "Larkspur Events", "the Kidney Society".
  'events', 'promotions', 'society']);

// Organisation words before "of": "Association of", "Federation of", "Society of".
export const ORG_OF = new Set(['federation', 'society', 'confederation', 'alliance', 'coalition', 'bureau', 'commission', 'board', 'chamber', 'museum', 'order', 'league', 'institute', 'association', 'union', 'university', 'ministry', 'department', 'bank', 'council', 'office', 'academy', 'school', 'college', 'church', 'agency', 'committee']);

// "<Body head> of <Field> and " right before a run: "the Department of Agriculture and Land Stewardship".
export const JOINED_BODY_NAME_BEFORE = /\b(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:and|&)\s+$/u;

// Rounds of a contest before "of": "the final of", "Saturday's semi-final of" name a competition or a contest show after them.
export const CONTEST_OF = new Set(['final', 'finals', 'semi-final', 'semi-finals', 'semifinal', 'semifinals', 'quarter-final', 'quarter-finals', 'quarterfinal', 'quarterfinals']);

// Last words of utility companies: "Harbour Power", "Tri-County Electric", "Northfield Gas", "Cedar Water" (with
// a given name first it is a surname: "Ana Power").
export const UTILITY_TAILS = new Set(['power', 'electric', 'gas', 'water', 'utility', 'utilities', 'hydro']);

// A capitalised word followed by one of these within three words is an organisation's name (see extractPeople).
const ORG_WORDS = String.raw`(?:chief|executive|executives|spokesperson|spokesman|spokeswoman|ceo|cfo|founder|co-founder|head|boss|shares|stock|board|headquarters|employees|staff|customers|investors|shareholders|revenue|revenues|profit|profits|sales|subsidiary|unit|division|plant|factory|factories|stores|brand)\b`;
// (Not before "producer": a host or a star has an "executive producer" — "Harrow's longtime executive producer, Simone Adler".)
export const ORG_WORD_AFTER = new RegExp(String.raw`(\p{Lu}[\p{L}\p{N}&-]*)(?:[’']s)?[ \t]+(?:\p{Ll}+[ \t]+){0,2}` + ORG_WORDS + String.raw`(?![ \t]+producers?\b)`, 'gu');
// Staff of a programme or broadcaster, right after its name (no word between: "Dana Holt is a presenter" names a person).
export const PROGRAMME_STAFF_AFTER = /(\p{Lu}[\p{L}\p{N}&-]*)(?:[’']s)?[ \t]+(?:co-)?(?:presenters?|newsreaders?)\b/gu;
export const PROGRAMME_STAFF = /[ \t](?:co-)?(?:presenters?|newsreaders?)\b/;
// The cheap test for a line that may hold ORG_WORD_AFTER (which never crosses a line break).
export const ORG_WORD = new RegExp(String.raw`[ \t]` + ORG_WORDS);

// National sports bodies named for their sport and country: "Athletics Kenya", "Swimming Australia", "Cycling Ireland".
export const SPORT_BODY_HEADS = new Set(['Athletics', 'Swimming', 'Cycling', 'Rowing', 'Rugby', 'Football', 'Tennis', 'Hockey', 'Netball', 'Cricket', 'Golf', 'Gymnastics', 'Triathlon', 'Basketball', 'Volleyball', 'Sailing', 'Boxing', 'Judo', 'Badminton', 'Canoeing', 'Diving', 'Equestrian']);

// The opening of a body's name joined by "and" before its last word: "Centers for Disease Control and ", "Ministry of Trade and ",
// or a comma list of its fields: "Department for Culture, Media and ".
// The head must be a body's ("Centers", "Ministry"), not a person's place: "Sen. Jon Tester of Montana and Manchin".
const NAME_WITH_AND_BEFORE = /(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+){1,4}and\s+$/u;
// Heads of bodies named "X of/for Y and Z" beside ORGANIZATION_HEADS and INSTITUTION_WORDS.
const BODY_HEADS_BEFORE_OF = new Set(['centers', 'centres', 'center', 'centre', 'bureau', 'institute']);

/** Whether the text before a lone word ends a body's name and its "and": "the Centers for Disease Control and ". */
export function bodyNameWithAndBefore(before: string): boolean {
  const head = NAME_WITH_AND_BEFORE.exec(before)?.[1]?.toLowerCase();
  return !!head && (ORGANIZATION_HEADS.has(head) || INSTITUTION_WORDS.has(head) || BODY_HEADS_BEFORE_OF.has(head));
}

// ", the largest international fan coalition," / ", a Boston charity.": the apposition's last word, no preposition or relative word before it.
// (… or before a relative clause: ", the expedition company that organised the climb, said".)
export const APPOSITION_HEAD = /^,\s+(?:the|a|an)\s+(?:(?!(?:of|for|at|in|on|with|who|which|that|and|to)\s)[\p{L}'’-]+\s+){0,4}(\p{Ll}+)(?:\s*[,.;]|\s+(?:that|which)\s)/u;

/** Nouns for a body of people besides the organisation tails: "charity", "nonprofit", "fan club". */
const BODY_NOUNS = new Set(['charity', 'nonprofit', 'non-profit', 'club', 'collective', 'movement', 'network', 'federation', 'society', 'league', 'union']);

// A firm's or service's nouns that may head an apposition before "said": ", the electricity provider, said".
export const SERVICE_APPOSITION_HEADS = new Set(['provider', 'supplier', 'operator', 'distributor', 'generator', 'retailer', 'company', 'firm', 'group', 'giant', 'producer', 'utility', 'utilities', 'cooperative', 'co-op', 'station', 'plant', 'grid']);

let kindNouns: Set<string> | undefined;

/**
 * Whether the text after a name is an apposition headed by an organisation's noun: ", the largest fan coalition,",
 * or by a kind of business or group (data/organisations.json kind_nouns): ", the Dutch dredging firm,".
 */
export function organisationInApposition(after: string): boolean {
  const head = APPOSITION_HEAD.exec(after)?.[1];
  kindNouns ??= new Set(organisationData().kind_nouns);
  return !!head && (ORGANIZATION_TAILS.has(head) || ORG_OF.has(head) || BODY_NOUNS.has(head) || kindNouns.has(head));
}

/** A company's verb for what it sells, or "sold as", right before a name: the name is a product's. */
export const PRODUCT_BEFORE = /\b(?:(?:which|that)\s+(?:makes|made|sells|sold|markets|manufactures|produces)|(?:sold|marketed|branded)\s+(?:as|under)|makers?\s+of)\s+$/;

/** The name at text[start, end) is joined by "&" to a capitalised word before or after it. */
export function joinedByAmpersand(text: string, start: number, end: number): boolean {
  return AMPERSAND_AFTER.test(text.slice(end, end + 4)) || AMPERSAND_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

const AMPERSAND_AFTER = /^ ?& ?\p{Lu}/u;
const AMPERSAND_BEFORE = /\p{Lu}[\p{L}.'’-]* ?& ?$/u;

/** "Doctors Without Borders", "Save the Children": the name is the end of a known body's name that the words before it open. */
export function endsKnownOrganisation(before: string, name: string): boolean {
  const words = before.trimEnd().split(/\s+/).slice(-3);
  if (!before.endsWith(' ') || !words.length) return false;
  for (let k = words.length - 1; k >= 0; k--) if (isKnownOrganisation(`${words.slice(k).join(' ')} ${name}`)) return true;
  return false;
}

/** "Athletics Ireland", "Rowing Canada": a sport's name opening a run of several words heads a governing body's name. */
export function sportBodyName({ tokens, s, e }: NameView): boolean {
  return e > s && SPORT_BODY_HEADS.has(tokens[s]!.text);
}

/** "the Centre for Policy Studies": the run after "<organisation word> for" is part of that body's name. */
export function organisationBeforeFor({ before, givenName }: NameView, runBefore: string): boolean {
  // "the International Fund for Animal Welfare", "the Centre for Policy Studies": after "<organisation word> for" too
  // (an organisation's word only: "a lawyer for Ana Ruiz" names a person).
  const forOrganisation = [before, runBefore].map((b) => (endsWithWord(b, ['for'], true) ? /\b(\p{Lu}\p{Ll}+)\s+for\s+(?:the\s+)?$/u.exec(b) : null)).find((m) => m) ?? null;
  return !!forOrganisation && (ORGANIZATION_TAILS.has(forOrganisation[1]!.toLowerCase()) || ORG_OF.has(forOrganisation[1]!.toLowerCase())) && !givenName;
}
