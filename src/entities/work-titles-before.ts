// What before a name makes it a work's title or a creator's name: "the album Rosa Vale", "the jazz quartet
// Larkspur Row" (a title, no person) and "directed by Ana Ruiz" (a person). Kept apart from people.ts so the
// work and music vocabulary (data/work-words.json) reads in one place.
import { alternatives, CARDINAL_WORDS } from '../nlp/words.js';
import { workWords } from '../lexicon/work-words.js';
import { endsWithWord } from './ends-with-word.js';

// A work before a name: "the album Rosa Vale" (data/work-words.json before_work_name).
const WORKS = workWords('before_work_name');
// Also with a comma or a word of naming between, and the title maybe in quotation marks: "the album, Rosa Vale",
// "a podcast called The Green Room Tapes", "a show titled “Rosa Vale”".
const NAMING_WORDS = ['called', 'named', 'titled', 'entitled'];
const WORK_BEFORE = new RegExp(String.raw`\b(?:${WORKS.join('|')})(?:,|\s+(?:${NAMING_WORDS.join('|')}))?\s+[“"‘]?(?:[Tt]he\s+)?$`);
const WORK_OR_NAMING_AT_END = [...WORKS, ...WORKS.map((w) => `${w},`), ...NAMING_WORDS];
// (The pattern, anchored at the end, is tried from every position of the text before each run: its end is read first.)
// A record counted by its tracks or songs, whatever the noun after: "the 11-track record, Quiet Rooms,", "a ten-song LP called …".
// Only a count: "the fast-track scheme, Ana Ruiz said" is no record.
const TRACK_COUNT = String.raw`(?:\d+|(?:(?:${alternatives(CARDINAL_WORDS)})-)?(?:${alternatives(CARDINAL_WORDS)}))`;
const COUNTED_TRACKS_BEFORE = new RegExp(String.raw`(?<![\p{L}\d-])${TRACK_COUNT}-(?:track|song)\s+[\p{L}-]+(?:,|\s+(?:${NAMING_WORDS.join('|')}))?\s+[“"‘]?(?:[Tt]he\s+)?$`, 'iu');
// A news or talk programme named after its kind: "the station's morning programme Wake Up Lisboa" (data/work-words.json).
const TALK_PROGRAMME_BEFORE = new RegExp(String.raw`\b(?:${workWords('talk_programme_kind').join('|')})\s+(?:${workWords('names_a_programme').join('|')})\s+[“"‘]?$`);
// A band counted by its players, with a music word before: "the jazz quartet Larkspur Row", "the indie-pop duo, …".
// Without one the count is often of people: "the winning doubles duo, Ana Ruiz and …" (data/work-words.json).
const ENSEMBLES = workWords('small_ensemble');
const GENRES = workWords('music_genre');
const ENSEMBLE_OR_NAMING_AT_END = [...ENSEMBLES, ...ENSEMBLES.map((w) => `${w},`), ...NAMING_WORDS];
const ENSEMBLE_BEFORE = new RegExp(String.raw`\b(?:${GENRES.join('|')})(?:[\s-](?:${GENRES.join('|')}))?\s+(?:${ENSEMBLES.join('|')})(?:,|\s+(?:${NAMING_WORDS.join('|')}))?\s+[“"‘]?(?:[Tt]he\s+)?$`);
export const workBefore = (before: string) => {
  const bare = withoutOpening(before);
  return (endsWithWord(bare, WORK_OR_NAMING_AT_END, false) && WORK_BEFORE.test(before)) ||
    (endsWithWord(bare, ENSEMBLE_OR_NAMING_AT_END, false) && ENSEMBLE_BEFORE.test(before)) || ((before.includes('-track') || before.includes('-song')) && COUNTED_TRACKS_BEFORE.test(before)) || TALK_PROGRAMME_BEFORE.test(before);
};
// The text before a title without its opening mark and "The": 'a podcast called “The ' → 'a podcast called '.
const withoutOpening = (before: string) => (/(?:[“"‘]|\s)$/.test(before) ? before.replace(/\s*[“"‘]?(?:[Tt]he\s+)?$/, ' ') : before);
// "directed by X", "written by X": the agent of a creative verb is a person.
// (A description may stand between: "directed by the self-taught X", "written by the veteran X".)
const CREATOR_VERBS = ['directed', 'written', 'produced', 'created', 'co-written', 'penned', 'hosted', 'presented', 'narrated', 'composed', 'choreographed', 'photographed', 'interviewed', 'founded', 'illustrated', 'edited', 'sung', 'performed'];
const BY_AGENT_BEFORE = new RegExp(String.raw`\b(?:${CREATOR_VERBS.join('|')})\s+by\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,2})?$`, 'u');
// … and so is the second of two agents: "produced by Helena Marsh and Obi Tunde".
export const BY_AGENT_PAIR_BEFORE = new RegExp(String.raw`\b(?:${CREATOR_VERBS.join('|')})\s+by\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}and\s+$`, 'u');
export const byAgent = (before: string) => BY_AGENT_BEFORE.test(before);
