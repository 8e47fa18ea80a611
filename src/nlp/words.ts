// Word lists the attribution rules consult. Facts about English news usage, kept in one place.
import type { Token } from '../types.js';
import { MONTHS, WEEKDAYS } from './time-words.js';
import { relativeNouns } from '../lexicon/relatives.js';
import { companyOfficers, organisationData } from '../lexicon/organisations.js';
import { honorifics } from './names.js';
import { isFormerOnlyRole, occupationWords } from '../lexicon/occupations.js';

/** Role and title words that precede or describe a speaker ("director X", "Sen. X"). */
export const ROLE_WORDS = new Set([
  // (Offices written as one hyphened word: "the paper's editor-in-chief, Mara Quill".)
  'editor-in-chief', 'commander-in-chief', 'harbourmaster', 'harbormaster',
  'director', 'producer', 'writer', 'screenwriter', 'scriptwriter', 'actor', 'actress', 'star', 'co-star', 'singer', 'rapper', 'musician',
  'comedian', 'author', 'novelist', 'filmmaker', 'showrunner', 'creator', 'composer', 'host', 'presenter', 'model',
  'designer', 'chef', 'artist', 'dancer', 'choreographer', 'critic', 'editor', 'journalist', 'reporter', 'columnist',
  'president', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'minister', 'secretary', 'chancellor', 'judge', 'justice', 'attorney', 'lawyer', 'solicitor', 'barrister', 'prosecutor', 'sheriff', 'officer',
  'detective', 'chief', 'commissioner', 'councillor', 'councilman', 'councilwoman', 'councilor', 'councilmember', 'alderperson', 'ambassador', 'spokesman',
  'spokeswoman', 'spokesperson', 'candidate', 'nominee', 'leader', 'chair', 'administrator',
  // A company's officers (data/organisations.json company_officers): "CEO Ana Ruiz", "founder Ben Ito".
  ...companyOfficers(),
  'manager', 'coach', 'captain', 'player', 'striker', 'defender', 'goalkeeper', 'midfielder', 'winger', 'full-back', 'fullback', 'centre-back', 'center-back', 'playmaker', 'quarterback', 'pitcher', 'goaltender', 'batsman', 'wicketkeeper', 'champion', 'analyst',
  // Squad positions and standing a sports report puts before a name: "Rookie Ana Ruiz scored", "Linebacker Ben Ito said",
  // "Qualifier Halloran stuns Varga".
  'rookie', 'debutant', 'newcomer', 'qualifier', 'teammate', 'linebacker', 'cornerback', 'shortstop', 'outfielder', 'infielder', 'bowler', 'flanker', 'netminder',
  // Baseball's fielding and batting positions: "Catcher Ana Ruiz said", "batter Ben Ito".
  'catcher', 'batter',
  'economist', 'professor', 'prof.', 'dr.', 'doctor', 'researcher', 'scientist', 'astronomer', 'expert', 'organiser',
  'organizer', 'campaigner', 'activist', 'general', 'gen.', 'colonel', 'lieutenant', 'sergeant', 'king', 'queen', 'prince',
  'princess', 'duke', 'duchess', 'lord', 'lady', 'sir', 'dame', 'pope', 'bishop', 'rev.', 'reverend', 'father', 'mr.', 'mrs.', 'ms.', 'miss',
  // Forms of address (nlp/names.ts HONORIFICS), in any language: "Madame Okafor", "Herr Brandt", "Señora Ruiz".
  ...honorifics(), 'mme.',
  'mr', 'mrs', 'ms', 'dr', 'vice', 'former', 'deputy', 'assistant', 'senior', 'frontman', 'frontwoman',
  'guitarist', 'drummer', 'bassist', 'vocalist', 'songwriter', 'rep', 'union', 'representative', 'general', 'manager',
  'farmer', 'teacher', 'nurse', 'owner', 'driver', 'worker', 'student', 'pastor', 'priest', 'rabbi', 'imam', 'engineer',
  'architect', 'historian', 'pilot', 'soldier', 'firefighter', 'paramedic', 'surgeon', 'physician', 'scientist', 'runner',
  'swimmer', 'cyclist', 'boxer', 'skier', 'golfer', 'jockey', 'sprinter', 'hurdler', 'athlete', 'gymnast', 'rower', 'skater', 'wrestler', 'trainer', 'referee', 'umpire', 'economist', 'banker',
  'investor', 'entrepreneur', 'photographer', 'poet', 'playwright', 'broadcaster', 'anchor', 'commentator', 'pundit',
  'strategist', 'pollster', 'consultant', 'lobbyist', 'diplomat', 'envoy', 'negotiator', 'mediator', 'premier', 'prime', 'mp', 'mep', 'mla',
  'lawmaker', 'legislator', 'delegate', 'del.', 'superintendent', 'principal', 'dean', 'provost', 'archbishop', 'cardinal',
  'astronaut', 'astronomer', 'biologist', 'physicist', 'chemist',
  // Sciences that news quotes on weather, quakes and outbreaks: "Meteorologist Ana Ruiz of the weather service said".
  'meteorologist', 'forecaster', 'climatologist', 'volcanologist', 'seismologist', 'geologist', 'hydrologist', 'epidemiologist',
  'virologist', 'immunologist', 'toxicologist', 'ecologist', 'psychologist', 'sociologist', 'criminologist', 'oceanographer', 'statistician', 'demographer', 'mogul', 'tycoon', 'billionaire', 'philanthropist',
  // Relatives and partners (data/relatives.json): "her mother Ana Ruiz", "widow Mara Okafor". Not a plural one: after
  // "The" it names a team ("The Twins said"; isPluralName), and a title before one name is singular.
  ...relativeNouns().filter((w) => !isPluralName(w)),
  'neighbour', 'neighbor', 'veteran', 'survivor', 'victim', 'witness', 'resident', 'shopkeeper', 'baker',
  'speaker', 'whip', 'recorder', 'advocate', 'alderman', 'alderwoman', 'correspondent', 'admiral', 'commodore', 'commander', 'capt.',
  'col.', 'lt.', 'sgt.', 'maj.', 'adm.', 'cmdr.', 'clerk', 'treasurer', 'comptroller', 'auditor', 'counsel', 'marshal',
  'trooper', 'chaplain', 'supervisor', 'assemblyman', 'assemblywoman', 'assemblymember', 'selectman', 'magistrate',
  // Who runs or sits on a panel: "Moderator Ben Ashby", "panellist Mara Okafor".
  'moderator', 'panellist', 'panelist', 'interviewer',
  // Screen and stage trades, and parties to a suit: "A stunt performer has sued …, claiming …".
  'performer', 'stuntman', 'stuntwoman', 'rigger', 'cinematographer', 'animator', 'stylist', 'contestant', 'influencer',
  'podcaster', 'agent', 'plaintiff', 'defendant', 'juror',
  // Hired help on a set or in a household: "a caterer at the wrap party", "the family's nanny".
  'caterer', 'bartender', 'electrician', 'chauffeur', 'bodyguard', 'housekeeper', 'nanny',
  // A seat on a body, and a police rank: "Council Member Ana Ruiz", "Board Member Ted Marsh", "Inspector Maud Lyle".
  'member', 'inspector',
  // British police ranks as news writes them, without stops: "Ch Supt Rana Obi", "Det Insp Cole", "DCI Lowe", "PC Hart".
  'supt', 'insp', 'sgt', 'dci', 'dsi', 'dcs', 'pc',
  // Trades and arts (data/occupations.json): "Trumpeter Ana Ruiz played", "cellist Ben Ito".
  ...occupationWords(),
]);

/**
 * A role word, or one joined to a prefix that shifts the office ("co-host", "co-chairs", "ex-president",
 * "vice-chancellor"; the tagger keeps these one token): a job before a name, not part of it.
 * (Plural only with a prefix, which no name takes: "Co-hosts Ben Ito and Ana Marsh".)
 */
export function isRoleWord(word: string): boolean {
  if (ROLE_WORDS.has(word)) return true;
  const prefix = officePrefixLength(word);
  if (prefix === 0) return false;
  const role = word.slice(prefix);
  // ("Ex-international Tom Rees": what one once was by "ex-" alone, no title by itself.)
  return ROLE_WORDS.has(role) || (role.endsWith('s') && ROLE_WORDS.has(role.slice(0, -1))) || (prefix === 3 && word.startsWith('ex-') && isFormerOnlyRole(role));
}

/** The length of a leading "co-", "ex-" or "vice-" (/^(co|ex|vice)-/), else 0: asked of most words, which are no role. */
function officePrefixLength(word: string): number {
  const c = word.charCodeAt(0);
  if (c !== 99 && c !== 101 && c !== 118) return 0; // c, e, v
  return word.startsWith('co-') || word.startsWith('ex-') ? 3 : word.startsWith('vice-') ? 5 : 0;
}

/**
 * Role words that are a title only after the body the seat is on ("Council Member Ana Ruiz", "Board
 * Member"); after a given name they are a surname ("Jan Member").
 */
const SEAT_WORDS: ReadonlySet<string> = new Set(['member']);

/** Words before a seat word that say which body or kind of seat it is, besides ORGANIZATION_HEADS. */
const SEAT_BODIES: ReadonlySet<string> = new Set([
  'assembly', 'senate', 'house', 'city', 'county', 'state', 'staff', 'cabinet', 'parliament', 'congress', 'faculty',
  'panel', 'jury', 'crew', 'cast', 'founding', 'honorary', 'life', 'associate', 'senior', 'junior', 'council', 'board',
]);

/** word (lower case) is a seat word whose capitalised word before it names no body: a surname, "Jan Member". */
export function seatWordAsSurname(word: string, before: string): boolean {
  const body = before.toLowerCase();
  return SEAT_WORDS.has(word) && /^\p{Lu}\p{Ll}/u.test(before) && !ORGANIZATION_HEADS.has(body) && !SEAT_BODIES.has(body) && !isRoleWord(body);
}

/** Heads of descriptions that stand for no named person. */
export const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'spokesperson', 'spokesman', 'spokeswoman', 'insider', 'insiders', 'friend', 'friends', 'aide', 'aides',
  'official', 'officials', 'witness', 'witnesses', 'person', 'people', 'someone', 'representative', 'rep', 'publicist',
  'adviser', 'advisor', 'advisers', 'advisors', 'resident', 'residents', 'observer', 'observers', 'expert', 'experts',
  'analyst', 'analysts', 'critic', 'critics', 'fan', 'fans', 'neighbour', 'neighbor', 'relative', 'member', 'members',
  'staffer', 'staffers', 'employee', 'employees', 'pal', 'confidant', 'onlooker', 'viewer', 'viewers', 'voter', 'voters',
  'lawmaker', 'lawmakers', 'supporter', 'supporters', 'opponent', 'opponents', 'statement', 'report', 'reports', 'study',
  'volunteer', 'volunteers', 'protester', 'protesters', 'attendee', 'attendees', 'delegate', 'delegates', 'organiser',
  // Groups the tagger reads as names when they open a sentence ("Democrats said", "Others argued").
  'democrats', 'republicans', 'independents', 'conservatives', 'liberals', 'progressives', 'americans', 'latinos',
  'hispanics', 'europeans', 'russians', 'israelis', 'palestinians', 'muslims', 'christians', 'evangelicals', 'others',
  'hundreds', 'dozens', 'thousands', 'millions',
]);

/** Heads of descriptions that stand for an organisation. */
export const ORGANIZATION_HEADS = new Set([
  'police', 'company', 'studio', 'government', 'department', 'ministry', 'agency', 'team', 'club', 'union', 'council',
  'office', 'campaign', 'committee', 'court', 'network', 'label', 'firm', 'group', 'band', 'organisers', 'organizers',
  'administration', 'white house', 'pentagon', 'kremlin', 'party', 'board', 'commission', 'university', 'school', 'hospital',
  'festival', 'academy', 'association', 'federation', 'league', 'authorities', 'prosecutors', 'investigators', 'officers',
  'troopers', 'spokespeople', 'management', 'producers', 'family',
  // A circuit's governing body ("the tour said", "the PGA Tour said"), as "the team" is a side.
  'tour',
  // Public bodies named by what they oversee ("the Danish road authority said", "the energy regulator said").
  'authority', 'regulator', 'watchdog',
  // Bodies that hear a case or examine a matter and give their finding ("the tribunal said", "the panel said").
  'tribunal', 'panel',
]);

/**
 * Singular nouns for a body or an online account that, right before a name, make it that body's name:
 * "the band Harbour Lights", "the fan account Lund Updates" (a surname in it makes no person).
 */
export const BODY_KIND_WORDS: ReadonlySet<string> = new Set([
  'company', 'firm', 'studio', 'label', 'band', 'group', 'charity', 'agency', 'network', 'club', 'team', 'union',
  'account', 'page', 'channel',
  // Trading venues and online services: "the crypto exchange Tallcoin told", "the lending platform Brightfund".
  'exchange', 'platform', 'marketplace', 'startup', 'start-up',
]);

// Maps, not object literals, for every table looked up by a word of the text: an object answers
// "constructor" or "toString" from its prototype.
export const PRONOUN_GENDER: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'self'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['i', 'self'], ['we', 'plural'],
]);

/** Each object pronoun and the subject pronoun of the same person or thing: "To them, …" is their view, "asked him" asks he. */
export const SUBJECT_OF_OBJECT: ReadonlyMap<string, string> = new Map([
  ['him', 'he'], ['her', 'she'], ['them', 'they'], ['me', 'i'], ['us', 'we'], ['it', 'it'], ['you', 'you'],
]);

/** Reflexive pronouns of someone other than speaker and listener: "called himself a …". */
export const THIRD_PERSON_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Pronouns that stand for a body or a group rather than one person: "declined to say whether it would …". */
export const BODY_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their']);

/** Subject pronouns of persons, which open a clause of their own ("said after the meeting she would …"). */
export const PERSONAL_SUBJECTS = /^(he|she|they|we|i)$/;

/** Subject pronouns of persons and "it": the subject of a clause ("said Wednesday it would …"). */
export const SUBJECT_PRONOUNS = /^(he|she|they|we|i|it)$/;

/** Every subject pronoun, "you" included. */
export const SUBJECT_PRONOUNS_WITH_YOU = /^(he|she|they|we|i|you|it)$/;

/**
 * A capitalised word that reads as a plural name, as a team's or a band's does after "The" ("Pelicans",
 * "Harriers"); not one ending in "ss" or a possessive ("Ross", "Reyes's"). A surname takes no article.
 */
export function isPluralName(word: string): boolean {
  return /\p{Ll}[^s'’]s$/u.test(word);
}

/** The possessive determiners of someone other than speaker and listener: "his spokesman", "its board". */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Articles and third-person possessives, which open a noun phrase about something named: "a speech", "her address". */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', ...THIRD_PERSON_POSSESSIVES]);

/** NOUN_PHRASE_OPENERS and the demonstratives "this", "that": "this season's coach", "that interview". */
export const DETERMINERS: ReadonlySet<string> = new Set([...NOUN_PHRASE_OPENERS, 'this', 'that']);

/** The possessive determiners of a person other than speaker and listener, not "its": "his role", "their film". */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set([...THIRD_PERSON_POSSESSIVES].filter((w) => w !== 'its'));

/**
 * Auxiliaries and the adverbs news puts between a subject and its verb: a word that can stand where a noun would
 * ("the mayor has labeled", "the board once called") but names no thing.
 */
export const AUXILIARIES_AND_MID_ADVERBS: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'might',
  'may', 'must', 'can', 'did', 'does', 'do', 'once', 'also', 'still', 'already', 'often', 'never', 'even', 'just', 'then',
  'later', 'since', 'first', 'previously', 'recently', 'repeatedly', 'publicly', 'famously', 'reportedly',
]);

/** Possessive determiners: "his spokesman", "your show" (also the words a * of a venue phrase stands for). */
export const POSSESSIVES: ReadonlySet<string> = new Set([...THIRD_PERSON_POSSESSIVES, 'our', 'my', 'your']);

/** Words as the alternatives of a regular expression ("his|her|their|its"), for a pattern that reads them among others. */
export const alternatives = (...lists: Iterable<string>[]): string => lists.flatMap((list) => [...list]).join('|');

/** Cardinal numbers in words, as they count things in news copy ("a ten-song LP", "the twelve-track album"). */
export const CARDINAL_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
];

/** Possessive pronouns before a noun, without "your": "her spokeswoman". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([...POSSESSIVES].filter((w) => w !== 'your'));

/** Each possessive pronoun (POSSESSIVE_PRONOUNS) and the subject pronoun of the same owner: "his claim" is what he claimed. */
export const SUBJECT_OF_POSSESSIVE: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['our', 'we'], ['my', 'i']]);

/**
 * The possessives that make a programme or publication a person's own ("her podcast", "our show"): not
 * "its" (a company's) nor "your" (the reader's, or the listener's in a quotation).
 */
export const OWNER_POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVES].filter((w) => w !== 'its' && w !== 'your'));

/** Small words a title leaves in lower case: "Keeping Up with the Neighbours", "Salt & Pepper Nights". (entities/stage-context.ts keeps its own, wider STAGE_TITLE_SMALL_WORDS.) */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'from', 'by', '&']);

/** Every word capitalised (or a number) but a title's small words: the words read as a title. */
export function isTitleCase(words: readonly string[]): boolean {
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** Words that are capitalised at the start of a sentence but never part of a name. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'if', 'in', 'on', 'at', 'for', 'to', 'of', 'with', 'by', 'from', 'as', 'after',
  'before', 'when', 'while', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', ...POSSESSIVES, 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'yes', 'no', 'not', 'now',
  'then', 'still', 'also', 'speaking', 'according', 'asked', 'meanwhile', 'however', 'although', 'though', 'since',
  // Clause openers glued to a name at a sentence's start: "Because Delia stayed".
  'because', 'unless',
  ...WEEKDAYS, ...MONTHS, 'mr', 'mrs', 'ms', 'dr', 'one', 'two',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'just', 'only', 'even', 'last', 'next',
  'yesterday', 'today', 'tomorrow', 'tonight', 'earlier', 'later',
]);

/** Capitalised words that describe a person before the name ("Republican Donald Trump", "Miss Universe X"). */
export const DESCRIPTORS = new Set([
  'republican', 'democrat', 'democratic', 'gop', 'independent', 'labour', 'tory', 'conservative', 'liberal', 'green',
  // (Career stages: "Rookie Devon Pratt caught the pass", "Retired Mark Hale said" — the stage is no part of the name.)
  'rookie', 'freshman', 'sophomore', 'retired',
  'rival', 'fellow', 'veteran', 'longtime', 'new', 'incoming', 'outgoing', 'acting', 'interim', 'late', 'universe',
  'u.s.', 'us', 'american', 'british', 'french', 'german', 'presidential', 'nominee', 'candidate', 'hopeful',
  // A character's younger self in a flashback: "Young Maren hides".
  'young',
]);

/**
 * Words of an institution's name anywhere in it, which no person's name holds: "Imperial College London",
 * "Harwell University Medical Center". (Shared by the people list and the quote speaker's kind.)
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['university', 'college', 'institute', 'hospital', 'academy', 'polytechnic', 'seminary', 'conservatory', 'conservatoire', 'clinic']);

/**
 * Last words of organisation names, which are never people: "Harbour Line Productions", "the Census Bureau"
 * (data/organisations.json organization_tails).
 */
export const ORGANIZATION_TAILS: ReadonlySet<string> = new Set(organisationData().organization_tails);

/**
 * Last words of services, watchdogs and assemblies ("the Salvation Army", "the Coast Guard", "Plan International",
 * "the Royal Society"), which are also surnames ("Nora Guard", "Ana Museum"): a body's only when no listed given
 * name or title opens the name. So are trade guilds: "the Writers Guild", but "Tom Guild" is a person.
 */
export const SERVICE_TAILS: ReadonlySet<string> = new Set(['army', 'navy', 'corps', 'guard', 'watch', 'international', 'society', 'museum', 'parliament', 'assembly', 'guild']);

/** Words that open a clause of time: "as she left", "while the gulls circled", "after the vote closed". */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'as', 'while', 'before']);

/** Words that open a subordinate clause: "when …", "because …", "as …". */
export const SUBORDINATORS = new Set([...TIME_SUBORDINATORS, 'because', 'if', 'since', 'once', 'although', 'though', 'unless', 'until', 'whenever']);

/** The subordinators among CONTRASTING_JOINERS: "…, while Lee insisted …", "…, although the board denied it". */
export const CONTRASTING_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though']);

/**
 * Words that open a clause contrasting with the one before: "A, but the mayor said B", "…, while Lee insisted …".
 * A clause they open has a subject of its own, often a second speaker.
 */
export const CONTRASTING_JOINERS: ReadonlySet<string> = new Set(['but', 'yet', ...CONTRASTING_SUBORDINATORS]);

/**
 * The contrasting joiners that set a second speaker beside the first at the same time: "…,” while Reyes told the
 * board that …". Narrower on purpose: after "although" or "though" the clause concedes a point, as often the
 * writer's own ("…, though polls suggest otherwise") as a second speaker's; "but" is read on its own.
 */
export const SIMULTANEOUS_CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas']);

/** Words for a share of a group ("42%", "a third", "the majority"): with "of" or alone, a share of those polled. */
export const SHARE_WORDS = /^(?:%|percent|half|third|thirds|quarter|quarters|fifth|fifths|majority|minority)$/;

/** Amount words a verb of saying takes as its object: "said little", "said nothing about it", "said more than he meant to". */
export const SAID_AMOUNT_WORDS: ReadonlySet<string> = new Set(['nothing', 'little', 'much', 'more', 'less', 'something', 'anything', 'everything', 'plenty', 'enough']);

/** Quantifiers that stand for a group of people before its verb: "most say", "many fear", "both oppose". */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'all', 'both', 'others']);

/** A plural noun or name: "critics", "Democrats"; not a word in -ss ("the press") or a possessive. */
export function isPluralNoun(t: Token): boolean {
  return /^(NOUN|PROPN)$/.test(t.pos) && /[^s'’]s$/.test(t.normal);
}

/** A group of people right before its verb: a plural, a count or share, a quantifier or "who" ("tenants who …"). */
export function groupWord(t: Token): boolean {
  return isPluralNoun(t) || t.pos === 'NUM' || SHARE_WORDS.test(t.normal) || GROUP_QUANTIFIERS.has(t.normal) || t.normal === 'who';
}

// A Set rather than a regex literal, which would be a new RegExp object at every call (asked of most tokens).
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'"]);

/** One quotation mark, opening or closing, as the tokenizer writes it: the one definition the stages share. */
export function isQuoteMarkText(text: string): boolean {
  return QUOTE_MARKS.has(text);
}

/** Quotation marks only, one or more run together ("”’" closing a quotation inside a quotation). */
export function isQuoteMarkRun(text: string): boolean {
  if (!text) return false;
  for (const c of text) if (!QUOTE_MARKS.has(c)) return false;
  return true;
}

/** Polls, surveys, studies, data, records and pictures ("Replays showed …"): sources that "show" or "find" something, no one's name when capitalised. */
export const EVIDENCE_WORDS: ReadonlySet<string> = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'data', 'results', 'figures', 'numbers', 'report', 'reports', 'analysis', 'records', 'documents', 'footage', 'video', 'videos', 'replay', 'replays', 'images', 'photos', 'photographs', 'pictures', 'recordings', 'research', 'statistics', 'estimates', 'review', 'audit', 'findings', 'tallies', 'logs', 'filings']);

/** Evidence words for pictures: the one "by" them took the picture and vouches for nothing ("Photographs by NAME showed …"). */
export const PICTURE_EVIDENCE_WORDS: ReadonlySet<string> = new Set(['footage', 'video', 'videos', 'images', 'photos', 'photographs', 'pictures']);

/** Post-nominal letters, which follow a full name and are no part of it: counsel's rank ("Amy Bell KC"), a seat in a parliament or assembly ("Tom Hale MP"), British honours, degrees. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MLA', 'MPP', 'TD', 'MEP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'CH', 'OM', 'FRS', 'PhD', 'DPhil']);
