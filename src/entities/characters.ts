import { isOfficeField } from '../nlp/office-fields.js';
import { characterLists } from '../lexicon/character-lists.js';
import { abbreviatedHonorificAlternatives } from '../lexicon/abbreviated-honorifics.js';
import { genderOfFirstName, isHonorificOrAddressTitle } from '../nlp/names.js';
import { PERSON_POSSESSIVES, ROLE_WORDS, alternatives } from '../nlp/words.js';
import type { AnalyzedArticle, CharacterEntity, FilmEntity, Mention, PersonEntity } from '../types.js';
import { matchAllByLine } from '../text/lines.js';
import { rememberLastText } from '../text/last-text.js';
import { KeyWordFilter } from '../text/key-words.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { isCityNotGivenName, isPlaceName } from '../lexicon/place-names.js';
import { relativeNouns } from '../lexicon/relatives.js';
import { contextWords } from '../lexicon/context-words.js';
import { titleContexts } from '../lexicon/title-contexts.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { animalNouns, namesTeamContestOrSchool } from './non-person-names.js';
import { introducedAsPart, namesNetworkOrCountry } from './not-character-names.js';
import { archetypeNouns, archetypeParts, storyLeadParts, workPossessiveParts, workPossessivePartsAfter } from './archetype-parts.js';
import { actorInTheRoleParts } from './actor-in-the-role.js';
import { synopsisParts } from './synopsis-parts.js';
import { puppetParts } from './puppet-parts.js';
import { relatedParts } from './related-parts.js';
import { laterCastPairs } from './later-cast-pairs.js';
import { isNationalityWord } from '../lexicon/nationalities.js';
import { sentenceContaining } from '../nlp/sentence-lookup.js';
import { sentenceBreakBefore, sentenceStopFrom } from '../text/sentence-bounds.js';

/** Well-known fictional characters (data/characters.json). */
function knownCharacters(): string[] {
  return characterLists().characters;
}

/** The text tells of a real life put on screen ("biopic", "the true story of"): data/characters.json realLifeSigns. */
function tellsRealLife(text: string): boolean {
  return realLifeSign().test(text.toLowerCase());
}

let realLifeSignPattern: RegExp | undefined;

/** Any real-life sign as a whole phrase (no letter or hyphen either side), one pattern built once. */
function realLifeSign(): RegExp {
  if (!realLifeSignPattern) {
    // (The signs are words, escaped so that a stop or bracket in one stays a character.)
    const signs = characterLists().realLifeSigns.map((sign) => regExpLiteral(sign));
    realLifeSignPattern = new RegExp(String.raw`(?<![\p{L}-])(?:${signs.join('|')})(?![\p{L}-])`, 'u');
  }
  return realLifeSignPattern;
}

// ("who plays Ida's younger sister, Mara Quill,": a part described through another part's name.)
const PART_OWNER = String.raw`\p{Lu}\p{Ll}+['’]s`;
// ("played the Dunmore family's butler, Oswin Tate,": a family or house named by its surname owns the part too;
// "plays the Warden's son, Pip,": so does a part the article names by its title, when a relative or part noun follows.)
const FAMILY_OWNER = String.raw`the[ \t]+(?:(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:family|clan|household|dynasty)|\p{Lu}\p{Ll}+)['’]s`;
// (Before a name with no comma, only a relative or a story role is described so: "plays Nora's daughter Mia Cole",
// "voices Pip's grumpy best friend Captain Barnacle", not "played Chopin's second Ballade".)
// "plays X", "starring as X", "the role of X", "the character X", "X (Actor Name)". An honorific with its
// stop opens the name: "Dr. Ansel", "Mrs. Hobbs" (the stop would otherwise end it at "Dr").
// (The pronoun "I" opens no name: "every character, even the ones I did not play".)
// (A hyphen and a number end a machine's name: "the android Mara-9", not "Mara-".)
const NAME = String.raw`(?:[Tt]he[ \t]+|(?:${abbreviatedHonorificAlternatives()})\.[ \t]+)?(?!I(?![\p{L}'’.-]))\p{Lu}[\p{L}'’-]*(?:(?<=-)\d+)?(?:[ \t]+(?:of[ \t]+|de[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}`;
// ("joined the show in 1989 as X", "returned in 2004 as X": a year may stand between the verb and "as".)
// ("joined the cast … as" takes a part only as a description or a bare name: in "as producer X left" the "as" opens a clause.)
// ("the play coach X drew up": "play" after a determiner is a noun, no role verb.)
// ("character actor X" is a kind of actor, no part.)
// ("her turn as the matriarch X", "his performance as X": a turn or performance as someone is a part, like a role.)
// ("the role-playing game X", "a well-played match", "the gravel-voiced frontman of X": a play or voice word after a
// hyphen is half of a compound, no role verb.)
const ROLE_CUE = new RegExp(String.raw`\b(?:(?<!\b(?:the|a|an|this|that|his|her|their|its|whose)[ \t]+|-)(?:play|plays)|(?<!-)played|(?<!-)playing|portray|portrays|portrayed|portraying|(?<!-)(?:voices|voiced|voicing)|(?:stars?|starred|starring|cast|appears?|appeared|returns?|returned|returning|reprises?|reprised|reprising)[ \t]+(?:(?:${alternatives(PERSON_POSSESSIVES)})[ \t]+role[ \t]+|in[ \t]+(?:19|20)\d\d[ \t]+)?as|(?:joins?|joined|joining)[ \t]+the[ \t]+(?:show|series|soap|drama|sitcom)(?:[ \t]+in[ \t]+(?:19|20)\d\d)?[ \t]+as(?=[ \t]+(?:(?:the|a|an|his|her|their|its)[ \t]|\p{Lu}))|(?:joins?|joined|joining)[ \t]+the[ \t]+cast(?:[ \t]+(?:this|last|next)[ \t]+(?:year|season|series)|[ \t]+in[ \t]+(?:(?:the|its)[ \t]+\p{Ll}+[ \t]+(?:season|series)|(?:season|series)[ \t]+(?:\p{Ll}+|\d+)))?[ \t]+as(?=[ \t]+(?:(?:the|a|an|his|her|their|its)[ \t]|\p{Lu}))|role[ \t]+(?:of|as)|(?:turn|performance)[ \t]+as|character(?![ \t]+(?:actor|actress|actors|actresses)\b)(?:[ \t]+of|,)?|(?:the[ \t]+)?voice[ \t]+of)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:${PART_OWNER}[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?:${alternatives([...relativeNouns(), ...characterLists().partRoleNouns])})[ \t]+(?=\p{Lu}))?(?:(?!(?:for|with|in|on|at|to|and|against|alongside|opposite|by|from|into|under|over|down|off|out|up|himself|herself|themselves|itself)\b)\p{Ll}[\p{Ll}'’-]+[ \t]+){0,3}(${NAME})`, 'gu');
// A stem every ROLE_CUE match holds in its cue ("play", "voic(es)", "star(ring)", "(re)turn", "role", …).
const ROLE_CUE_STEM = /play|portray|voic|star|cast|appear|turn|repris|join|role|performance|character/;
// A possessive and an ordinal right before a name a play verb takes count the player's matches ("his sixth Test",
// "her 100th cap"); "played the first Doctor" names a part.
// A date right after a place played: "on Friday", "tonight", "next month", "in June", "on 14 May".
const TOUR_DATE_AFTER = /^[ \t]+(?:on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}[ \t]+\p{Lu}\p{Ll}+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|tonight|tomorrow|(?:next|this|last)[ \t]+(?:week|weekend|month|year|summer|spring|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/u;
const COUNTED_MATCH_BEFORE = /\b(?:his|her|their)[ \t]+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[ \t]+$/;
// "stars Ada Obi as the club owner Sam Reyes": a job between "as" and the part's name describes the part (after an
// article, so "as well as Sam Reyes" stays out; no preposition, so "as a nurse in London" names no part).
const PART_DESCRIPTION = String.raw`(?:(?:the|a|an|his|her|their)[ \t]+(?:(?!(?:for|with|in|on|at|to|of|and|or|against|alongside|opposite|by|from|into|under|over|who|whose|that)\b)\p{Ll}[\p{Ll}'’-]+[ \t]+){1,3})?`;
// "as Sam “Big Sam” Reyes": a nickname in quotation marks inside the part's name (groups: nickname, surname).
const NICKNAME_AND_SURNAME = String.raw`(?:[ \t]+[“"]([^“”"\n]{1,30})[”"][ \t]+(\p{Lu}[\p{L}'’-]*))?`;
// Verbs that put an actor in a part without "star": "bring back", "cast", "recast" (their forms).
const CASTING_VERB = String.raw`(?:(?:brings?|brought|bringing)[ \t]+back|(?:re)?cast(?:s|ing)?)`;
const CASTING_VERB_AT_START = new RegExp(String.raw`^${CASTING_VERB}\b`, 'u');
// "The film stars Ada Obi as Nkechi, a trader": a verb of casting, the actor's full name, "as" and the part's name,
// closed by punctuation or a small word of the sentence going on.
// ("cast" is left out: "the party cast Ana Ruiz as Speaker" names an office.)
// ("The English dub features Ana Ruiz as Mio": "features" only after a work's noun, as "the festival features
// Ana Ruiz as host" names no part.)
// ("will bring back Ana Ruiz as Nell Vane", "has cast Ana Ruiz as Nell Vane": a revival's or a casting's verb, kept
// only in a sentence that names a screen work besides that verb: see castingInScreenSentence.)
// A time clause may follow the part's name: "recast Lena Ortiz as Maya after one season", "as Nell until her exit".
// ("The sequel was to star Ana Ruiz as Nell Vane", "will star …": the infinitive after "to", "will" or "would" casts alike.)
const PART_TIME_WORDS = 'after|before|until|following|since|when';
const STARS_ACTOR_AS = new RegExp(String.raw`\b(?:stars|starred|starring|co-stars|(?<=\b(?:to|will|would)[ \t]+)star|(?<=\b(?:dub|cast|film|movie|series|show|version|sequel|remake|adaptation|episode|production)[ \t]+(?:also[ \t]+)?)(?:features|featured)|${CASTING_VERB})[ \t]+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,2})[ \t]+as[ \t]+${PART_DESCRIPTION}(${NAME})${NICKNAME_AND_SURNAME}(?=[ \t]*[,.;:)]|[ \t]+(?:in|opposite|alongside|and|who|with|${PART_TIME_WORDS})\b|$)`, 'gu');
/**
 * "bring back" and "cast" put an actor in a part only in a sentence about a screen work ("The series will bring back
 * Ana Ruiz as Nell Vane"); "the party cast Ana Ruiz as Speaker" and "the club brought back Ana Ruiz as Director" name
 * offices. The verb itself ("cast" is a screen word) does not count.
 */
function castingInScreenSentence(text: string, start: number, end: number, match: string): boolean {
  const verb = CASTING_VERB_AT_START.exec(match);
  if (!verb) return true;
  const sentence = sentenceAround(text, start, end);
  const at = sentence.indexOf(match);
  const withoutVerb = at < 0 ? sentence : sentence.slice(0, at) + sentence.slice(at + verb[0].length);
  return namesScreenWork(withoutVerb);
}

// "Keanu Reeves as John Wick in John Wick": a full name, "as", a name and "in" a title (checked against the films found).
const AS_IN = new RegExp(String.raw`(?:(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,2})|\p{Ll}+)[ \t]+as[ \t]+(${NAME})[ \t]+in[ \t]+`, 'gu');
// "came as the haunted sea captain Tom Vail in “Iron Bay”", "spent five seasons as Sheriff Ada Cole on the NBC drama
// “Cole Creek”": "as", maybe a description of the part, the part's name and "in"/"on" a title in quotation marks (checked
// against the films found, so "as the club's new coach Ana Ruiz in “…”" needs a screen title to be a part).
const AS_PART_IN_QUOTED_TITLE = new RegExp(String.raw`\bas[ \t]+(?:(?:the|a|an)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,4})?(${NAME})[ \t]+(?:in|on)[ \t]+(?:the[ \t]+(?:[\p{L}-]+[ \t]+){0,3})?[“"]`, 'gu');
// "The Ballerina character", "the Joker character": a name followed by the word "character".
// "who stars in the BBC thriller “Cold Tide” as Inspector Ruth Pell,": a casting verb, "in", a quoted title and
// "as" the part's name (like "plays PART in TITLE"); the title in quotation marks keeps "stars in Leeds as a child" out.
const STARS_IN_TITLE_AS = new RegExp(String.raw`\b(?:stars|starred|starring|co-stars)[ \t]+in[ \t]+[^.;!?“”"\n]{0,60}[“"][^”"\n]{1,80}[”"],?[ \t]+as[ \t]+(${NAME})(?=[ \t]*[,.;:)]|[ \t]+(?:in|opposite|alongside|and|who|with)\b|$)`, 'gu');
// "as Tom's friend, the painter Leo Marsh": the apposed part's name may follow a description of its own (an article
// and one or two small words), as "the foreman Tom Kilbride" does alone.
const APPOSED_DESCRIPTION = String.raw`(?:(?:the|a|an)[ \t]+(?:(?!(?:for|with|in|on|at|to|of|and|or|by|from|who|whose|that)\b)\p{Ll}[\p{Ll}'’-]+[ \t]+){1,2})?`;
// "who plays the ship's engineer, Tova Rask," (or "returned as Tova's twin, Ida Rask,"): a role verb, a description of the part and the part's name in
// apposition, closed by punctuation (so "plays the piano, Mara Okafor said" names no part).
// (Groups: the owner's possessive when a name opens the description, the description, the part's name.)
// ("has been cast as Ruth's estranged son, Samuel": a casting's "cast as" in the passive names the part too.)
// ("a cameo as the ferryman, Abel Crane,", "stars as the village doctor, Ines Hale,": a part taken "as" is set off the same way.)
const ROLE_APPOSITION = new RegExp(String.raw`\b(?:play|plays|played|playing|portrays?|portrayed|portraying|voices|voiced|voicing|(?:returns?|returned|returning)(?:[ \t]+in[ \t]+(?:19|20)\d\d)?[ \t]+as|(?:cameo|stars?|starred|starring|appears?|appeared)[ \t]+as|(?<=\b(?:been|was|were|is|be)[ \t]+)cast[ \t]+as)[ \t]+(?:(${FAMILY_OWNER}|${PART_OWNER})|the|a|an|${alternatives(PERSON_POSSESSIVES)})[ \t]+((?:[\p{Ll}'’-]+[ \t]+){0,3}[\p{Ll}'’-]+),[ \t]+${APPOSED_DESCRIPTION}(${NAME})(?=[ \t]*[,.;:)]|$)`, 'gu');
// "plays Chopin's nocturnes, Beethoven, and Bach": the name after the comma opens a list, no apposition.
// (Not when a verb follows that name: ", and Reyes plays the ghost" opens a new clause.)
const LIST_GOES_ON = /^[ \t]*,[ \t]+(?:and|or)[ \t]+\p{Lu}(?![\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]+(?:plays|played|playing|portrays|portrayed|voices|voiced|is|was|will|takes|took|stars|starred|appears|appeared|returns|returned)\b)/u;
// "singled out Ines Calvo as the youngest sister, Marisela.": an actor's full name, "as", a description of the part
// and the part's name in apposition, closed by punctuation (only in an article that names a film or show).
const ACTOR_AS_APPOSITION = new RegExp(String.raw`(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,2})[ \t]+as[ \t]+(?:the|a|an|${alternatives(PERSON_POSSESSIVES)}|${PART_OWNER})[ \t]+(?:[\p{Ll}'’-]+[ \t]+){0,3}[\p{Ll}'’-]+,[ \t]+${APPOSED_DESCRIPTION}(${NAME})(?=[ \t]*[,.;:)]|$)`, 'gu');
// "The series follows two estranged sisters, June Vane and Ada Vane, who …": a work's synopsis names its parts in
// apposition to a description of them (a documentary's subject is a real person: no documentary word here).
const SYNOPSIS = /\b(?:series|show|film|movie|drama|sitcom|thriller|comedy|miniseries|novel)[ \t]+(?:follows|centres[ \t]+on|centers[ \t]+on|revolves[ \t]+around|tells[ \t]+the[ \t]+story[ \t]+of)[ \t]+(?:[\p{Ll}\d'’-]+[ \t]+){0,4}[\p{Ll}'’-]+,[ \t]+(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+)(?:[ \t]+and[ \t]+(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+))?(?=[ \t]*[,.;:)]|$)/gu;
// "the gull Captain Rusk, is voiced by Ana Ruiz", "Mrs. Pruitt is played by Ana Ruiz", "Rusk, voiced by Ana Ruiz,":
// a name that a named actor plays or voices is a part (without an auxiliary, only after a comma). (The actor's
// words hold no stop but an initial's: "Ana B. Ruiz." ends the sentence, not the name.)
// (Not "portrayed by": "portrayed by Fox News as a puppet" describes a real person or body.)
// ("His daughter Wren, the show's narrator, is played by the newcomer Ana Ruiz": a description of the part may
// follow its name, and a description of the actor may precede theirs; so may one by another part's name: "Ada
// Brill, Mara's loyal brother, is played by …".)
// ("Agnes is played by newcomer Ivy Tran": a word describing the actor, data/characters.json actorDescriptions, may open the agent.)
// ("Maren, the daughter played by Ana Ruiz, …": a relative or a part's place in the story may stand right before "played by".)
// ("the nurse Ella Brand, played for 20 years by Joan Pike", "Harry Vane, who was played by …": a span of time may stand
// between "played" and "by", and a relative "who" before the auxiliary.)
const PASSIVE_ROLE = new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME})(?:,[ \t]+(?:the|a|an|${alternatives(PERSON_POSSESSIVES)}|\p{Lu}[\p{L}-]+['’]s)[ \t]+[^,.;:!?“”"\n]{1,40}?(?=,))?(?:,[ \t]+(?:the|a|an|${alternatives(PERSON_POSSESSIVES)})[ \t]+(?:[\p{Ll}'’-]+[ \t]+){0,2}(?:${alternatives([...relativeNouns(), ...characterLists().partRoleNouns])})[ \t]+|,[ \t]+|,?[ \t]+(?:who[ \t]+)?(?:is|was|are|were|will[ \t]+be|has[ \t]+been|had[ \t]+been|is[ \t]+being|was[ \t]+being)[ \t]+(?:(?:also|now|again|once|originally|still)[ \t]+)?)(voiced|played)[ \t]+(?:(?:for|since)[ \t]+(?:[\p{L}\d-]+[ \t]+){1,3}?)?by[ \t]+(?:the[ \t]+(?:[\p{Ll}-]+[ \t]+){1,2}|(?:${characterLists().actorDescriptions.join('|')})[ \t]+)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+)?\p{Lu}(?:\.|[\p{L}'’-]+)){0,1}[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+)?\p{Lu}[\p{L}'’-]+)`, 'gu');
// "… is played by Rob Lane and Denise by Tam Ruiz": a second part and its actor after a cast note, the verb left out.
const GAPPED_PART_AFTER = new RegExp(String.raw`^[ \t]+and[ \t]+(${NAME})[ \t]+by[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})(?=[ \t]*[,.;:)]|[ \t]*$)`, 'u');
// "portrayed by Fox News hosts as a puppet", "cast by critics as a villain": "as" soon after the agent describes.
// "the voice actor behind the fox Pip in the film": the name a voice is behind is a part when a work follows
// ("in" or a comma; "the voice behind the campaign" names none).
const VOICE_BEHIND = new RegExp(String.raw`(?:\b[Tt]he[ \t]+)?\bvoice(?:[ \t]+(?:actor|actress|artist|talent))?[ \t]+behind[ \t]+(?:(?:the|a)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2})?(${NAME})(?=[ \t]+in[ \t]+(?:the[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,2}(?:film|movie|series|show|game|sitcom|cartoon|[“"‘]))`, 'gu');
const AS_AFTER_AGENT = /^(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+as\b/u;
const SPEAKS_AFTER = /^[ \t]*,[^.;]{0,60}?\b(?:said|says|told|tells|added|wrote)\b/;
// "remembered as Sister Brandt, the strict matron in the drama …": a name someone is known as, described as a
// part in a film or show, is that part (a person known by a nickname is described otherwise).
const KNOWN_AS_PART = new RegExp(String.raw`\b(?:known|remembered|famous|beloved)[ \t]+as[ \t]+(${NAME}),[ \t]+(?:the|a|an)[ \t]+((?:[\p{Ll}'’-]+[ \t]+){0,4})(?:in|of|on|from)[ \t]+(?:(?:the|a|an|${alternatives(PERSON_POSSESSIVES)})[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,2}?(?:sitcom|series|film|movie|show|soap|drama|comedy|franchise|musical|miniseries)\b`, 'gu');
// Crew and billing words: "known as Kit, the director of the film" describes a person.
// "…playing two brothers on the show. He was Gil Harker, a crooked banker, from 1995 until…": an actor who
// "was" a described name for a span of years, right after a sentence about playing, was that part.
const WAS_PART_FOR_YEARS = new RegExp(String.raw`(?:^|[.!?]["”’]?[ \t]+|\n)(?:He|She|They)[ \t]+(?:was|were)[ \t]+(${NAME}),[ \t]+(?:a|an|the)[ \t]+[^,.;:!?“”"\n]{1,60},[ \t]+(?:from|between|in)[ \t]+(?:19|20)\d\d\b`, 'gu');
const PLAYING_BEFORE = /\b(?:play|plays|played|playing|role|roles|part|parts)\b[^.!?]*[.!?]["”’]?[ \t]+$/;
// … where that sentence is about the screen or the stage: "played in the band for years" tells of no part.
const SCREEN_OR_STAGE_BEFORE = new RegExp(String.raw`\b(?:${contextWords('screen_or_stage_sentence').join('|')})\b[^.!?]*[.!?]["”’]?[ \t]+$`);

let groupNounPattern: RegExp | undefined;

function groupNounAfter(following: string): boolean {
  groupNounPattern ??= new RegExp(String.raw`^[ \t]+(?:${characterLists().groupNounsAfterName.join('|')})(?![\p{L}-])`, 'u');
  return groupNounPattern.test(following);
}

// (Not "character actor": a kind of actor, "Veteran character actor Ida Lane" names no part.)
const NAME_CHARACTER = new RegExp(String.raw`(${NAME})[ \t]+character\b(?![ \t]+(?:actor|actress|actors|actresses)\b)`, 'gu');
// ("Vera (played by Nadia Okafor) tells …": the bracket may say the actor plays or voices the part.)
// (After "played by" a lower-case descriptor may come first, "(played by newcomer Ines Marlow)", and an age after,
// "(played by Ines Marlow, 19)".)
const PAREN_ACTOR = new RegExp(String.raw`(${NAME})[ \t]+\((?:((?:played|voiced)[ \t]+by)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:\p{Ll}[\p{Ll}-]+[ \t]+){0,2})?(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:de[ \t]+|van[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,3})(?:,[ \t]*\d{1,2})?\)`, 'gu');
// AS_IN, NAME_CHARACTER and PAREN_ACTOR never cross a line break and try a match at nearly every letter, so
// they run only on the lines holding words all their matches hold (most lines have none). ROLE_CUE opens
// with its cue words, which the regex engine finds fast by itself: it runs over the whole text.
// AS_IN wants "as", a name (NAME) and "in": its own tail, tested first. (The tail opens on "as", which the
// regex engine finds fast; AS_IN opens on any word and so tries a match at every word of the line.)
const AS_NAME_IN = new RegExp(String.raw`[ \t]as[ \t]+${NAME}[ \t]+in[ \t]`, 'u');
const MAY_AS_IN = (line: string) => AS_NAME_IN.test(line);
// ROLE_APPOSITION wants a comma and a space, and a role verb: every one of them holds "play", "portray",
// "voic" or "return", or " as " after a cameo, star or appear (a comma alone let nearly every line through, and the regex then tried each word of it).
const MAY_ROLE_APPOSITION = (line: string) => line.includes(', ') && (line.includes('play') || line.includes('portray') || line.includes('voic') || line.includes('return') || line.includes('cast as') || (line.includes(' as ') && (line.includes('cameo') || line.includes('star') || line.includes('appear'))));
// PASSIVE_ROLE wants "voiced by" or "played by"; it opens on a name, so it tries a match at every capital.
const MAY_PASSIVE_ROLE = (line: string) => line.includes(' by ') && (line.includes('played') || line.includes('voiced'));
// "The series follows Nell Ashby and her editor Ada Vane.": a screen work's synopsis naming its parts outright, the
// second maybe after a relation to the first. Only a full name whose first word is a given name (not "follows South
// Carolina Rep. …"), and not in an article telling a real life (a biopic's or a documentary's subjects are people).
const SYNOPSIS_NAMED = /\b(?:series|show|film|movie|drama|sitcom|thriller|miniseries|novel)[ \t]+(?:follows|centres[ \t]+on|centers[ \t]+on|revolves[ \t]+around)[ \t]+(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+)(?:[ \t]+and[ \t]+(?:(?:his|her|their)[ \t]+(?:[\p{Ll}-]+[ \t]+){1,2})?(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+))?(?=[ \t]*[,.;:)]|[ \t]+(?:as|who|through)\b|$)/gu;
// "The drama, filmed in Cornwall, centres on widowed farmer Nell Price", "It centres on Nell Price, …", "Its story follows
// …": the same synopsis with an aside after its subject, a description before the name, or the show called "it" or
// its story; read only in an article about a show (a title found and an actor credited: see SHOW_CREDIT).
const SHOW_SYNOPSIS = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]his)[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:series|show|film|movie|drama|sitcom|thriller|miniseries|story|plot|storyline)|(?<![\p{L}'’-])It)(?:,[^,.;:\n]{1,60},)?[ \t]+(?:follows|centres[ \t]+on|centers[ \t]+on|revolves[ \t]+around)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:(?!(?:and|or|of|in|on|at|to|for|with|who)\b)[\p{Ll}-]+[ \t]+){0,3}?(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+)(?=[ \t]*[,.;:)]|[ \t]+(?:as|who|through)\b|$)/gu;
// An actor credited in the article: "starring Ana Ruiz", "Ana Ruiz stars", "with Ana Ruiz in the lead".
const SHOW_CREDIT = /\b(?:stars|starring|starred|co-stars|plays|playing|in[ \t]+the[ \t]+lead|lead[ \t]+role|leads[ \t]+the[ \t]+cast)\b/u;
const MAY_SHOW_SYNOPSIS = (line: string) => line.includes('follows') || line.includes('centres') || line.includes('centers') || line.includes('revolves');
const MAY_SYNOPSIS_NAMED = (line: string) => MAY_SHOW_SYNOPSIS(line) && SYNOPSIS_WORK_WORD.test(line);
// SYNOPSIS wants a comma and one of its verbs of telling the story.
const MAY_SYNOPSIS = (line: string) => line.includes(', ') && (line.includes('follows') || line.includes('centres') || line.includes('centers') || line.includes('revolves') || line.includes('tells')) && SYNOPSIS_WORK_WORD.test(line);
// … and the word for the work that opens it.
const SYNOPSIS_WORK_WORD = /\b(?:series|show|film|movie|drama|sitcom|thriller|comedy|miniseries|novel)[ \t]/;
// KNOWN_AS_PART wants "as " and one of its four words before it ("as " alone let through most lines).
const MAY_KNOWN_AS_PART = (line: string) => line.includes('as ') && (line.includes('known') || line.includes('remembered') || line.includes('famous') || line.includes('beloved')) && WORK_KIND_WORD.test(line);
// KNOWN_AS_PART ends on a word for a kind of work ("sitcom", "series", …): without one, a line has no match.
const WORK_KIND_WORD = /\b(?:sitcom|series|film|movie|show|soap|drama|comedy|franchise|musical|miniseries)\b/;
// Every match of STARS_ACTOR_AS and STARS_IN_TITLE_AS holds "star" (stars, starred, starring, co-stars) or "featur" and " as "
// (the filter they had): in a news article few lines do, and the two patterns, slow to compile, are often never run.
const MAY_STARS_AS = (line: string) => line.includes(' as ') && (line.includes('star') || line.includes('featur') || line.includes('cast') || line.includes(' back '));
// AS_PART_IN_QUOTED_TITLE ends on an opening quotation mark.
const MAY_AS_PART_IN_QUOTED_TITLE = (line: string) => line.includes('as ') && (line.includes('“') || line.includes('"'));
// PART_OF_ACTOR_WHO_PLAYED wants "the actor, actress or performer who": " who " alone let through a line in four.
const MAY_PART_OF_ACTOR_WHO_PLAYED = (line: string) => line.includes(' who ') && (line.includes('actor') || line.includes('actress') || line.includes('performer'));
// WAS_PART_FOR_YEARS wants "He", "She" or "They" and a year (19xx or 20xx) besides "was" or "were".
const MAY_WAS_PART_FOR_YEARS = (line: string) => (line.includes(' was ') || line.includes(' were ')) && (line.includes('He') || line.includes('She') || line.includes('They')) && YEAR_DIGITS.test(line);
const YEAR_DIGITS = /(?:19|20)\d\d/;
// PAREN_ACTOR wants a space, then a bracket opening on a capital: most brackets open asides in small letters.
const MAY_PAREN_ACTOR = (line: string) => /[ \t]\((?:played by |voiced by )?\p{Lu}|\((?:played|voiced) by /u.test(line);

let partRoleNouns: ReadonlySet<string> | undefined;

/**
 * "who plays Ida's younger sister, Mara Quill,": a description opened by another name's possessive
 * describes a part only when it ends on a relative or a part's place in the story (data/characters.json
 * partRoleNouns) and the apposed name looks like a person's (two capitalised words or a known given name).
 * "played Arsenal's youth team, Hale End," names a team; "plays Chopin's nocturnes, Beethoven," a composer.
 */
function ownerDescribesPart(description: string, name: string, titledOwner = false): boolean {
  partRoleNouns ??= new Set([...relativeNouns(), ...characterLists().partRoleNouns]);
  const last = description.split(/[ \t]+/).at(-1)!;
  const noun = partRoleNouns.has(last) || (last.endsWith('s') && partRoleNouns.has(last.slice(0, -1)));
  if (!noun) return false;
  if (titledOwner) return true;
  const words = name.replace(LEADING_THE_OR_HONORIFIC, '').split(/[ \t]+/);
  return words.length >= 2 || name !== words.join(' ') || genderOfFirstName(words[0]!) !== 'unknown';
}

let musicWorks: ReadonlySet<string> | undefined;
let musicContext: RegExp | undefined;

/** "the rabbit Pip": an animal noun and a one-word name (compiled on first use). */
let animalPart: RegExp | undefined;

/** The one-word owner of a relative a part is ("Quill's brother "), at the end of a role cue's words. */
const RELATIVE_OWNER_BEFORE = new RegExp(String.raw`(\p{Lu}\p{Ll}+)['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?:${alternatives(relativeNouns())})[ \t]+$`, 'u');

/** Whether the text gives a one-word name after another capitalised word ("Detective Mara Quill" for "Quill"). */
function namedInFull(text: string, name: string): boolean {
  return new RegExp(String.raw`\p{Lu}[\p{L}'’-]*[ \t]+${regExpLiteral(name)}(?![\p{L}'’-])`, 'u').test(text);
}

/** Whether the text names `name` as an actor: "Vaughn plays", "Vaughn, who stars". */
function playsSomeone(text: string, name: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}'’-])${regExpLiteral(name)}(?:,[ \t]+who)?[ \t]+(?:also[ \t]+)?(?:plays|played|portrays|portrayed|voices|voiced|stars|starred|co-stars)\b`, 'u').test(text);
}

/**
 * "plays Chopin's Ballades", "played Bach's Partitas at the recital": a name opened by a possessive and going on
 * is a composer's pieces when the next word names a kind of piece or the sentence is about music
 * (data/characters.json musicWorks, musicContext).
 */
function namesMusic(text: string, start: number, end: number, name: string): boolean {
  const words = name.split(/[ \t]+/);
  musicWorks ??= new Set(characterLists().musicWorks);
  if (namedPiece(words)) return true;
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+['’]s$/u.test(words[0]!)) return false;
  if (musicWorks.has(words[1]!.toLowerCase())) return true;
  musicContext ??= new RegExp(String.raw`\b(?:${characterLists().musicContext.join('|')})\b`, 'i');
  return musicContext.test(sentenceAround(text, start, end));
}

/**
 * "plays the Goldberg Variations", "the Moonlight Sonata": a name ending in a kind of piece names the piece, no part.
 * (Not after a given name: "plays Lena Waltz" is a part whose surname is a dance.)
 */
function namedPiece(words: readonly string[]): boolean {
  const bare = words[0] === 'The' || words[0] === 'the' ? words.slice(1) : words;
  return bare.length >= 2 && musicWorks!.has(bare[bare.length - 1]!.toLowerCase()) && genderOfFirstName(bare[0]!) === 'unknown';
}

/** The sentence around [start, end): from the last stop before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const open = sentenceBreakBefore(text, start) + 1;
  const stop = sentenceStopFrom(text, end, { lineBreak: true });
  return text.slice(open, stop < 0 ? text.length : stop);
}

let screenWordPattern: RegExp | undefined;

/** Whether a sentence names a screen or stage work ("film", "series", "episode"): data/characters.json screenWords. */
function namesScreenWork(sentence: string): boolean {
  screenWordPattern ??= new RegExp(String.raw`(?<![\p{L}-])(?:${characterLists().screenWords.join('|')})(?![\p{L}-])`, 'u');
  return screenWordPattern.test(sentence.toLowerCase());
}

/**
 * namesScreenWork and tellsRealLife of the whole article, kept for the article read last. Each is asked of the
 * whole text again for every "played by" candidate and on each pass, and each answer costs a lower-cased copy of
 * the article and a pattern tried at each of its offsets.
 */
const articleNamesScreenWork = rememberLastText(namesScreenWork);
const articleTellsRealLife = rememberLastText(tellsRealLife);

/**
 * "Rusk, voiced by Ana Ruiz" names a part; "played by" does only in a sentence about a screen or stage work that
 * tells of no real life ("played by Glenn Gould in 1955", "played by Djokovic in the final", "in the biopic" name
 * real things). Never when "as" follows the agent ("played by critics as a villain") or the name then speaks.
 */
let archetypeBefore: RegExp | undefined;

function passiveRoleIsPart(text: string, start: number, end: number, verb: string): boolean {
  if (AS_AFTER_AGENT.test(text.slice(end, end + 40))) return false;
  // (The name speaks when the clause after the agent closes on a cue: "Rusk, played by X in the film, said".)
  if (SPEAKS_AFTER.test(text.slice(end, end + 80).replace(/^[^,.!?"“]*/, ''))) return false;
  if (verb === 'voiced') return true;
  const sentence = sentenceAround(text, start, end);
  if (tellsRealLife(sentence)) return false;
  // "The father, Elias Vane, is played by …", "His daughter Wren … is played by …": a part described by its
  // place in the story, in an article about a screen or stage work, though this sentence names none.
  // "Jordan, played by Ana Ruiz, flees to Kenya.": a sentence opened by a name set off as played by an actor is
  // a cast note in such an article too, whatever else the name may be (a place, a given name).
  const storyOnly = articleNamesScreenWork(text) && !articleTellsRealLife(text);
  // "Wren is played by Ana Ruiz": a name an auxiliary says a named actor plays is a cast note in such an article too.
  // "introduced the villain Lord Castle, played by Ana Ruiz": a story's stock part before the name says it is one.
  archetypeBefore ??= new RegExp(String.raw`(?<![\p{L}-])the[ \t]+(?:${alternatives(archetypeNouns())})[ \t]+$`, 'u');
  if (archetypeBefore.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "Kessler said Elena Voss, played by Claire Hadley, would die.": a full name set off by commas around "played by"
  // and a named actor is a cast note even in a short text that names no screen work, unless it tells of real life.
  if (castNoteSetOff(text, start, end) && !articleTellsRealLife(text)) return true;
  return namesScreenWork(sentence) || PART_PLAYED_IN_SENTENCE.test(sentence) || (storyOnly && (DESCRIBED_PART_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || castNoteOpensSentence(text, start, end) || AUX_PLAYED_BY.test(text.slice(start, end))));
}

// "She plays Nora, and Maeve, her sister, is played by Ana Cole": a sentence that has someone play a named part
// is a cast note, so another name in it a named actor plays is a part too (present or future playing only: "played
// Nadal in the final" tells of a match).
const PART_PLAYED_IN_SENTENCE = /(?<![\p{L}-])(?:plays|playing|will[ \t]+play|stars[ \t]+as|starring[ \t]+as|portrays)[ \t]+\p{Lu}[\p{Ll}'’-]+/u;

/** "Jordan, played by Ana Ruiz, …" opening a sentence: the name, a comma, "played by" and the actor set off by a comma. */
function castNoteOpensSentence(text: string, start: number, end: number): boolean {
  return /^[^,]+,[ \t]+played[ \t]+by[ \t]/u.test(text.slice(start, end)) && /^,/.test(text.slice(end, end + 1)) && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * "Elena Voss, played by Claire Hadley," or "Maggie, played by actress Rosa Quill,": a comma before "played by" and
 * one right after the actor, with a full name for the part or a word saying the agent acts. (A lone name played by
 * someone, "Jordan, played by Mara Quill,", may be a place or a side and needs a screen work in the article.)
 */
function castNoteSetOff(text: string, start: number, end: number): boolean {
  const m = /^(\p{Lu}[^, \t]*(?:[ \t]+\p{Lu}[^, \t]*)?),[ \t]+played[ \t]+by[ \t]+(\p{Ll}+[ \t]+)?/u.exec(text.slice(start, end));
  if (!m || !/^,/.test(text.slice(end, end + 1))) return false;
  return /[ \t]/.test(m[1]!) || (m[2] !== undefined && characterLists().actorDescriptions.includes(m[2].trim()));
}

const AUX_PLAYED_BY = /[ \t](?:is|was|are|were|will[ \t]+be|has[ \t]+been|had[ \t]+been|is[ \t]+being|was[ \t]+being)[ \t]+(?:(?:also|now|again|once|originally|still)[ \t]+)?played[ \t]+by[ \t]/u;

const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’]?[ \t]+|\n)$/u;

// "The father, " or "His daughter " right before a name: the part's place in the story.
const DESCRIBED_PART_BEFORE = new RegExp(String.raw`(?:^|[.!?]["”’]?[ \t]+|\n)(?:The|${alternatives([...PERSON_POSSESSIVES].map((w) => w[0]!.toUpperCase() + w.slice(1)))})[ \t]+[\p{Ll}-]+,?[ \t]+$`, 'u');

export interface CharacterCandidate {
  name: string;
  actor: string | null;
  /** Another name the part goes by ("known as Ironveil"): its mentions are the part's. */
  alias?: string;
}


/** "Mirela (Hanne Osei) and Tobias (Rafe Lund)": a bracketed name beside another such pair is a cast list, parts even where a title reader took one. */
function pairedParenParts(text: string, m: RegExpMatchArray): boolean {
  const end = m.index! + m[0].length;
  return PAREN_PAIR_AFTER.test(text.slice(end, end + 80)) || PAREN_PAIR_BEFORE.test(text.slice(Math.max(0, m.index! - 80), m.index!));
}

const PAREN_PAIR_AFTER = /^(?:,|[ \t]+and)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]+\(\p{Lu}[^()\n]*\)/u;
const PAREN_PAIR_BEFORE = /\(\p{Lu}[^()\n]*\)(?:,|,?[ \t]+and)[ \t]+$/u;

let affiliationTailPattern: RegExp | undefined;

/** "(Green Party)", "(Harbour Council)": the bracket's last word is a party's or a body's (data/characters.json affiliationTails). */
function affiliationTail(inner: string): boolean {
  affiliationTailPattern ??= new RegExp(String.raw`[ \t](?:${characterLists().affiliationTails.map(regExpLiteral).join('|')})$`, 'u');
  return affiliationTailPattern.test(inner);
}

let noActorTailPattern: RegExp | undefined;
let workNounBeforePattern: RegExp | undefined;

/** "PFD (Personal Financial Disclosure)": the bracket's capitalised words spell the capitals before it, an expansion. */
export function spellsInitials(name: string, inner: string): boolean {
  // ("the NWC (…)": the initials are the name's last word.)
  name = name.split(/[ \t]+/).at(-1)!;
  if (!/^\p{Lu}{2,}$/u.test(name)) return false;
  const initials = inner.split(/[ \t-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.toLowerCase() === name.toLowerCase();
}

/**
 * A bare bracket after a name that names no actor playing it: an expansion of the initials before it ("the CRF
 * (Capital Reserve Form)"), a publisher's, document's or body's name ("(Larkspur Books)", "(Green Party)"), or any
 * bracket after a written work's title ("her memoir Salt Roads (Larkspur Books)"). `before` is the text before the name.
 */
export function bareBracketNamesNoActor(before: string, name: string, inner: string): boolean {
  noActorTailPattern ??= new RegExp(String.raw`(?:^|[ \t])(?:${characterLists().noActorBracketTails.map(regExpLiteral).join('|')})\.?$`, 'u');
  workNounBeforePattern ??= new RegExp(String.raw`\b(?:${characterLists().workNounsBeforeTitle.map(regExpLiteral).join('|')})[ \t]+["“‘']?$`, 'iu');
  return spellsInitials(name, inner) || affiliationTail(inner) || noActorTailPattern.test(inner) || workNounBeforePattern.test(before);
}

/** A name right before a bracket naming an actor ("Mirela (Hanne Osei)", "Rourke (played by …)"). */
const PAREN_ACTOR_AFTER = /^[ \t]+\((?:(?:played|voiced)[ \t]+by[ \t]|\p{Lu}[^()\n]*\))/u;

/** Fictional characters the text signals as such, linked to the actor where stated. */
export function extractCharacters(doc: AnalyzedArticle, isPersonName: (name: string) => boolean, isTitle: (name: string) => boolean, titles: Mention[] = []): CharacterEntity[] {
  const text = doc.article.text;
  const found = new Map<string, CharacterCandidate>();
  for (const m of matchAllByLine(text, AS_IN, MAY_AS_IN)) {
    const end = m.index! + m[0].length;
    const name = tidy(m[2]!);
    if (!name || isPersonName(name) || !titles.some((t) => t.start === end)) continue;
    found.set(name, { name, actor: m[1] ?? actorBefore(text, m.index! + m[0].indexOf(' as ')) });
  }
  for (const m of matchAllByLine(text, AS_PART_IN_QUOTED_TITLE, MAY_AS_PART_IN_QUOTED_TITLE)) {
    const end = m.index! + m[0].length;
    const name = tidy(m[1]!);
    if (!name || found.has(name) || isTitle(name) || !titles.some((t) => t.start >= end - 1 && t.start <= end + 1)) continue;
    found.set(name, { name, actor: actorBefore(text, m.index!) });
  }
  for (const m of matchAllByLine(text, NAME_CHARACTER, (line) => line.includes('character'))) {
    // "Holmes' character", "Reeves's character": the actor's, not a character's name.
    if (/(?:[’']s?|s[’'])$/.test(m[1]!)) continue;
    const name = tidy(m[1]!);
    if (!name || /^(?:The|A|An|This|That|His|Her|Their)$/.test(name) || isPersonName(name)) continue;
    if (!found.has(name)) found.set(name, { name, actor: null });
  }
  // "Uncle Walt, the family's eldest, will not return; the actor who played him retired": the name the
  // sentence opens with is the part that actor played. (Not in a story of a real life: there it is a person;
  // nor a name opening with a given name, "Tom Wells, the director, said the actor who played him …": a person's.)
  if (text.includes(' who ') && !articleTellsRealLife(text)) {
    for (const m of matchAllByLine(text, PART_OF_ACTOR_WHO_PLAYED, MAY_PART_OF_ACTOR_WHO_PLAYED)) {
      const name = tidy(m[1]!);
      if (name && /\s/.test(name) && genderOfFirstName(name.split(' ')[0]!) === 'unknown' && !isPersonName(name) && !found.has(name)) found.set(name, { name, actor: null });
    }
  }
  const words = CHARACTER_KEYS.wordsOf(text);
  // (A one-word part followed by a surname is a person's given name: "said Trinity Jones" names no part.)
  for (const name of knownCharacters()) if (!found.has(name) && CHARACTER_KEYS.mayBeIn(words, name) && mentionsOf(text, name).some((m) => /\s/.test(name) || !GIVEN_NAME_OF_PERSON_AFTER.test(text.slice(m.end, m.end + 30)))) found.set(name, { name, actor: null });
  // (ROLE_CUE crosses no line break and opens at each word boundary: only lines holding a cue word's stem are read.)
  for (const m of matchAllByLine(text, ROLE_CUE, (line) => ROLE_CUE_STEM.test(line))) {
    // "plays Harry's father", "plays Mr. Vale's nephew": the name owns the part, it is none.
    if (/[’']s$/.test(m[1]!)) continue;
    // "the voice of the Austin band Dry Creek": a name before a group noun qualifies it, no part.
    if (groupNounAfter(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    // "played the Crane family's lawyer": a surname owning a family, no part (the apposed name is, below).
    if (/^[ \t]+(?:family|clan|household|dynasty)['’]s\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    // "portrayed Mr. Vale as a bully": a description of a person, no part.
    if (m[0].startsWith('portray') && /^[ \t]+as\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
    // "plays Chopin's Ballades on her new album": a composer's pieces, no part.
    if (namesMusic(text, m.index!, m.index! + m[0].length, m[1]!)) continue;
    const name = tidy(m[1]!);
    // "the voice of the Denver Hawks", "played the Denver Hawks on Sunday": a city and a plural is a team a
    // broadcaster calls or a side plays against, no part; so is a name ending in a team's word ("the Harbor City
    // Kings": non-person-names.ts, which keeps such names from people too).
    // (After "played the", two capitalised words or more ending in a plural are a side too: "the Denver Hawks".)
    // (After "played the", only in a sentence of a match: "played the Three Kings in the pageant" is a part.)
    const afterPlayedThe = PLAYED_THE.test(m[0].slice(0, m[0].length - m[1]!.length));
    // (One capitalised plural after "played the" is a side only with a score, a weekday or a result: "played the
    // Rovers on Saturday and won 2-0", not "played the Furies in the school's Greek tragedy".)
    const teamLike = namesTeamContestOrSchool(name, text) || (afterPlayedThe && pluralTeamName(name));
    const oneWordSide = afterPlayedThe && oneWordPlural(name) && sportsContextAround(text, m.index!, m.index! + m[0].length, MATCH_RESULT_CONTEXT);
    if (name && (oneWordSide || teamOfCity(name) || (teamLike && (!afterPlayedThe || sportsContextAround(text, m.index!, m.index! + m[0].length))))) continue;
    // "The band plays Madrid on Friday", "due to play Lisbon on Tuesday": a place played on a date is a tour date,
    // no part ("plays Kenya, a pilot" is one).
    if (name && /^play/.test(m[0]) && isPlaceName(name) && TOUR_DATE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
    // "played Glastonbury", "played Wimbledon": a known festival or venue played is no part.
    if (!name || isPersonName(name) || isKnownOrganisation(name)) continue;
    // "plays a fictional Russian grandmaster": a nationality describes the part, it is no name.
    if (isNationalityWord(name)) continue;
    // "playing only his sixth Test", "played her first Wimbledon": a counted match or event, no part.
    if (COUNTED_MATCH_BEFORE.test(m[0].slice(0, m[0].length - m[1]!.length))) continue;
    const actor = actorBefore(text, m.index!) ?? found.get(name)?.actor ?? null;
    found.set(name, { name, actor });
    // "Tomas Reyes plays Quill's brother Eli" after "Detective Mara Quill": the part's relative lives in the same story, so
    // an owner the text names in full is a part too (unless named as playing or starring: "Vaughn plays …" is the actor's).
    const owner = RELATIVE_OWNER_BEFORE.exec(m[0].slice(0, m[0].length - m[1]!.length))?.[1];
    if (owner && !found.has(owner) && namedInFull(text, owner) && !playsSomeone(text, owner) && !isKnownOrganisation(owner)) found.set(owner, { name: owner, actor: null });
  }
  for (const m of matchAllByLine(text, VOICE_BEHIND, (line) => line.includes(' behind ') && line.includes('voice'))) {
    const name = tidy(m[1]!);
    if (!name || found.has(name) || isPersonName(name) || isKnownOrganisation(name)) continue;
    found.set(name, { name, actor: actorBefore(text, m.index!) });
  }
  for (const m of matchAllByLine(text, STARS_ACTOR_AS, MAY_STARS_AS)) {
    // (With a nickname inside, the part is the given name and surname; the nickname is another name for it.)
    const name = tidy(m[4] ? `${m[2]!} ${m[4]}` : m[2]!);
    if (!name || isPersonName(name) || isTitle(name)) continue;
    if (!castingInScreenSentence(text, m.index!, m.index! + m[0].length, m[0])) continue;
    found.set(name, { name, actor: m[1]!, ...(m[3] ? { alias: m[3] } : {}) });
    // "…, and Tomas Reid as Father Aske, the priest …": the billing's later pairs in the same sentence.
    for (const pair of laterCastPairs(text, m.index! + m[0].length)) {
      const part = tidy(pair.part);
      if (part && !isPersonName(part) && !isTitle(part) && !found.has(part)) found.set(part, { name: part, actor: pair.actor });
    }
  }
  for (const m of matchAllByLine(text, STARS_IN_TITLE_AS, MAY_STARS_AS)) {
    const name = tidy(m[1]!);
    if (!name || found.has(name) || isPersonName(name) || isTitle(name)) continue;
    found.set(name, { name, actor: actorBefore(text, m.index!) });
  }
  for (const m of matchAllByLine(text, ROLE_APPOSITION, MAY_ROLE_APPOSITION)) {
    const name = tidy(m[3]!);
    if (!name || isPersonName(name)) continue;
    if (LIST_GOES_ON.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
    // (A part named by its title owns one: "the Warden's son, Pip" needs only the relative or part noun.)
    if (m[1] && !/^the[ \t].*(?:family|clan|household|dynasty)['’]s$/.test(m[1]) && !ownerDescribesPart(m[2]!, name, m[1].startsWith('the'))) continue;
    found.set(name, { name, actor: actorBefore(text, m.index!) ?? found.get(name)?.actor ?? null });
  }
  if (titles.length) {
    for (const m of matchAllByLine(text, ACTOR_AS_APPOSITION, (line) => line.includes(' as ') && line.includes(', '))) {
      const name = tidy(m[2]!);
      if (!name || isPersonName(name) || /^(?:The|A|An|This|That|In|On|At)\s/.test(m[1]!)) continue;
      // ("named Ines Calvo as the head of sales, Tomas Varga, its founder, said": the name after the comma speaks.)
      if (SPEAKS_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
      if (!found.has(name)) found.set(name, { name, actor: m[1]! });
    }
  }
  for (const m of matchAllByLine(text, PASSIVE_ROLE, MAY_PASSIVE_ROLE)) {
    const name = tidy(m[1]!);
    if (!name || /^(?:The|A|An|This|That|His|Her|Their|It|He|She|They)$/.test(name) || isPersonName(name) || isTitle(name) || isKnownOrganisation(name)) continue;
    if (!passiveRoleIsPart(text, m.index!, m.index! + m[0].length, m[2]!)) continue;
    found.set(name, { name, actor: found.get(name)?.actor ?? m[3]! });
    // "Gary is played by Rob Lane and Denise by Tam Ruiz": "and NAME by ACTOR" leaves out "is played", another cast note.
    const gapped = AUX_PLAYED_BY.test(m[0]) ? GAPPED_PART_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80)) : null;
    const other = gapped && tidy(gapped[1]!);
    if (other && !isPersonName(other) && !isTitle(other) && !isKnownOrganisation(other) && !found.has(other)) found.set(other, { name: other, actor: gapped[2]! });
  }
  for (const m of matchAllByLine(text, SYNOPSIS, MAY_SYNOPSIS)) {
    for (const part of [m[1], m[2]]) {
      const name = part && tidy(part);
      if (name && !isPersonName(name) && !found.has(name)) found.set(name, { name, actor: null });
    }
  }
  if (!articleTellsRealLife(text) && !/\bdocu/i.test(text)) {
    // (Both synopsis shapes take a full name opening with a given name, no person's and no part found yet.)
    const newSynopsisPart = (name: string) => genderOfFirstName(name.split(' ')[0]!) !== 'unknown' && !isPersonName(name) && !found.has(name);
    for (const m of matchAllByLine(text, SYNOPSIS_NAMED, MAY_SYNOPSIS_NAMED)) {
      for (const part of [m[1], m[2]]) {
        const name = part && tidy(part);
        if (name && newSynopsisPart(name)) found.set(name, { name, actor: null });
      }
    }
    if (titles.length > 0 && SHOW_CREDIT.test(text)) {
      for (const m of matchAllByLine(text, SHOW_SYNOPSIS, MAY_SHOW_SYNOPSIS)) {
        const name = tidy(m[1]!);
        if (name && newSynopsisPart(name) && !playsSomeone(text, name)) found.set(name, { name, actor: null });
      }
    }
  }
  // "“Tidewater,” directed by …, follows an elderly ferryman, Tomas, who hides a deserter, Ida Brant, …": a title opens the synopsis.
  for (const name of synopsisParts(text)) {
    if (!isPersonName(name) && !isTitle(name) && !isKnownOrganisation(name) && !found.has(name)) found.set(name, { name, actor: null });
  }
  // "the puppets Bramble the Badger and Mrs Whiskers": a puppet is a part, whatever its name looks like.
  for (const name of puppetParts(text)) if (!isTitle(name) && !isKnownOrganisation(name) && !found.has(name)) found.set(name, { name, actor: null });
  // "Her on-screen husband, Frank", "her estranged daughter Chloe" after a part: a part's relative is a part.
  // (Only after a part with its actor named: "Lomax … his wife, Jean" is a real family however Lomax was read.)
  for (const name of articleTellsRealLife(text) ? [] : relatedParts(text, (owner) => !!found.get(owner)?.actor)) if (!isPersonName(name) && !isTitle(name) && !found.has(name)) found.set(name, { name, actor: null });
  // "Mara Quell, the vigilante known as Ironveil", "Ed Lyle as the villain the Pale Regent", "Ida Lund's Wren, believed dead":
  // parts named through a genre archetype or an actor's possessive, in an article about a screen work.
  const screenArticle = !articleTellsRealLife(text) && (titles.length > 0 || articleNamesScreenWork(text));
  if (screenArticle) {
    const screenWork = (start: number, end: number, inSentence: boolean) => !inSentence || namesScreenWork(sentenceAround(text, start, end));
    for (const part of archetypeParts(text, screenWork, isTitle)) if (!isPersonName(part.name)) found.set(part.name, { name: part.name, actor: part.actor ?? found.get(part.name)?.actor ?? null, ...(part.alias ? { alias: part.alias } : {}) });
    const screenSentence = (start: number, end: number) => {
      const sentence = sentenceAround(text, start, end);
      return namesScreenWork(sentence) ? sentence : null;
    };
    for (const part of storyLeadParts(text, screenSentence, isTitle)) if (!isPersonName(part.name) && !found.has(part.name)) found.set(part.name, part);
  }
  // "the rabbit Pip in the 1990s “Meadowbrook” films": an animal's noun and a name, in a sentence about a screen work, is a part.
  if (text.includes('the ')) {
    animalPart ??= new RegExp(String.raw`(?<![\p{L}-])the[ \t]+(?:${alternatives([...animalNouns()])})[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|[ \t]+\p{Lu})`, 'gu');
    for (const m of text.matchAll(animalPart)) {
      const name = m[1]!;
      if (found.has(name) || isTitle(name) || isKnownOrganisation(name) || !namesScreenWork(sentenceAround(text, m.index!, m.index! + m[0].length))) continue;
      found.set(name, { name, actor: null });
    }
  }
  // "its matriarch, the pub landlady Maggie Doyle, ending the run of the actress Ada Lane in the role": the described name is the part.
  for (const part of actorInTheRoleParts(text)) if (!isPersonName(part.name) && !isTitle(part.name) && !isKnownOrganisation(part.name)) found.set(part.name, { name: part.name, actor: found.get(part.name)?.actor ?? part.actor });
  for (const part of workPossessiveParts(text, isTitle)) if (!isPersonName(part.name) && !found.has(part.name)) found.set(part.name, { name: part.name, actor: null });
  for (const part of workPossessivePartsAfter(text, screenArticle, isTitle)) if (!isPersonName(part.name) && !found.has(part.name)) found.set(part.name, { name: part.name, actor: null });
  for (const m of matchAllByLine(text, KNOWN_AS_PART, MAY_KNOWN_AS_PART)) {
    const name = tidy(m[1]!);
    if (!name || isPersonName(name) || m[2]!.split(/\s+/).some((w) => characterLists().crewWords.includes(w))) continue;
    if (!found.has(name)) found.set(name, { name, actor: null });
  }
  for (const m of matchAllByLine(text, WAS_PART_FOR_YEARS, MAY_WAS_PART_FOR_YEARS)) {
    const name = tidy(m[1]!);
    const at = m.index! + m[0].indexOf(m[1]!);
    const before = text.slice(Math.max(0, at - 300), at).replace(/(?:He|She|They)[ \t]+(?:was|were)[ \t]+$/, '');
    if (!name || isPersonName(name) || !PLAYING_BEFORE.test(before) || !SCREEN_OR_STAGE_BEFORE.test(before)) continue;
    if (!found.has(name)) found.set(name, { name, actor: null });
  }
  for (const m of matchAllByLine(text, PAREN_ACTOR, MAY_PAREN_ACTOR)) {
    const name = tidy(m[1]!);
    // (With "played by" the bracket says the name is a part even where a film reader took it for a title:
    // "In the show, Captain Rourke (played by …)"; linkCharacters drops that title.)
    if (!name || /^(?:The|A|An)$/.test(name) || isPersonName(name) || (isTitle(name) && !m[2] && !pairedParenParts(text, m))) continue;
    // "Abide With Me (played by …)": a capitalised function word inside the run names a song's or a work's title, no part.
    if (/\s(?:With|Of|The|And|In|On|To|For|At|From|Me|My|You|Your)(?:\s|$)/.test(name)) continue;
    // "Ana Ruiz (Green Party)": a bare bracket ending in a body's word gives an affiliation, no actor.
    // "Salt Roads (Larkspur Books)", "the CRF (Capital Reserve Form)": a publisher, a document or an expansion, no actor.
    if (!m[2] && (bareBracketNamesNoActor(text.slice(Math.max(0, m.index! - 40), m.index!), name, m[3]!) || isKnownOrganisation(m[3]!))) continue;
    found.set(name, { name, actor: m[3]! });
  }
  // A drama's recap names a part in full once ("his old partner, Eamon Gillespie") and the cast by surname
  // ("Tom Hale, who plays Gillespie"): the part is the full name. In a biopic the full name is the real
  // person played (portrayedPerson), so only where the text tells of no real life.
  // (Read only when there is a part to look up: most articles name none.)
  // (Only in an article that names a title or a screen or stage work: "Julien Ferrand spoke first … a stand-in playing Ferrand"
  // names a real person by full name and surname, and portrayedPerson drops the part.)
  const calledBy = new Map<string, string>();
  if (found.size > 0 && !articleTellsRealLife(text) && (titles.length > 0 || articleNamesScreenWork(text))) {
    for (const c of [...found.values()]) {
      // ("Detective Marsh is played by …" after "Detective Lila Marsh": a rank and a surname call the part by its full name.)
      const ranked = rankedSurname(c.name);
      const full = fullNameOfPart(text, ranked ?? c.name);
      if (!full) continue;
      if (ranked) {
        if (!found.has(full)) found.set(full, { name: full, actor: c.actor });
        continue;
      }
      found.set(full, { name: full, actor: found.get(full)?.actor ?? c.actor });
      // ("Wren and Agnes Dahl": the text may never write "Wren Dahl"; the part is met at "Wren".)
      calledBy.set(full, c.name);
      // (A first name's mentions join the full name later, withFirstNameMentions; a surname's in the merge below.)
      if (full.startsWith(c.name + ' ')) found.delete(c.name);
    }
  }
  const characters: CharacterEntity[] = [];
  for (const c of found.values()) {
    if (portrayedPerson(text, c.name, found)) continue;
    if (namesNetworkOrCountry(c.name) && !introducedAsPart(text, c.name)) continue;
    let mentions = mentionsOf(text, c.name);
    if (!mentions.length && calledBy.has(c.name)) mentions = mentionsOf(text, calledBy.get(c.name)!);
    // ("the vigilante known as Ironveil": the masked name is the same part; written inside a film's title it is the title's,
    // and inside the name's own mention, "Sam “Big Sam” Reyes", it is already counted.)
    if (c.alias && mentions.length) mentions = [...mentions, ...mentionsOf(text, c.alias).filter((m) => !titles.some((t) => t.start <= m.start && m.end <= t.end) && !mentions.some((n) => n.start <= m.start && m.end <= n.end))].sort((a, b) => a.start - b.start);
    if (mentions.length) characters.push({ name: c.name, actor: c.actor, film: null, mentions });
  }
  // "Bond" inside every "James Bond" is the same character, and so is "Bond" alone once "James Bond" is named.
  const kept = characters.filter((c) => !characters.some((o) => o !== c && c.mentions.every((m) => o.mentions.some((n) => n.start <= m.start && n.end >= m.end))));
  return kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start).flatMap((c) => {
    const full = kept.find((o) => o !== c && (o.name.endsWith(' ' + c.name) || o.name.endsWith(' ' + rankedSurname(c.name))) && !/^The /.test(c.name)) ?? partOfFirstName(text, c, kept);
    if (!full) return [c];
    for (const m of c.mentions) if (!full.mentions.some((n) => n.start <= m.start && n.end >= m.end)) full.mentions.push(m);
    full.mentions.sort((a, b) => a.start - b.start);
    return [];
  }).map((c) => withSurnameMentions(text, withFirstNameMentions(text, c)));
}

/**
 * A part found by its first name alone ("I would have played Ros …") is the part named in full with that first name
 * ("Ros Keane"), when it is the only such part and the text never gives the first name with another surname.
 */
function partOfFirstName(text: string, c: CharacterEntity, parts: CharacterEntity[]): CharacterEntity | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(c.name)) return undefined;
  const withIt = parts.filter((o) => o !== c && o.name.split(' ').length === 2 && o.name.startsWith(c.name + ' '));
  if (withIt.length !== 1) return undefined;
  const surname = withIt[0]!.name.slice(c.name.length + 1);
  const others = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])${c.name}[ \t]+(\p{Lu}[\p{L}'’-]*)`, 'gu'))].some((m) => m[1] !== surname);
  return others ? undefined : withIt[0];
}

/**
 * A part named in full ("the foreman Tom Kilbride") is called by its surname too ("walks away from Kilbride"): a lone
 * surname is that part, unless the text gives it with another given name (a real person or another part).
 */
function withSurnameMentions(text: string, c: CharacterEntity): CharacterEntity {
  const words = c.name.split(' ');
  if (words.length !== 2 || genderOfFirstName(words[0]!) === 'unknown' || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[1]!)) return c;
  const surname = words[1]!;
  const others = [...text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*)[ \t]+${surname}(?![\p{L}'’-])`, 'gu'))].some((m) => m[1] !== words[0]);
  if (others) return c;
  const lone = mentionsOf(text, surname).filter((m) => !c.mentions.some((n) => n.start <= m.start && m.end <= n.end) && !/\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(text.slice(Math.max(0, m.start - 20), m.start)) && !/^[ \t]+\p{Lu}/u.test(text.slice(m.end, m.end + 2)));
  if (!lone.length) return c;
  return { ...c, mentions: [...c.mentions, ...lone].sort((a, b) => a.start - b.start) };
}

/**
 * A part named in full ("Maura Quinlan") is called by its first name too ("I will miss Maura"): a lone
 * first name is that part, unless the text gives the same first name with another surname.
 */
function withFirstNameMentions(text: string, c: CharacterEntity): CharacterEntity {
  const words = c.name.split(' ');
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || genderOfFirstName(words[0]!) === 'unknown') return c;
  const first = words[0]!;
  const others = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])${first}[ \t]+(\p{Lu}[\p{L}'’-]*)`, 'gu'))].some((m) => m[1] !== words[1]);
  if (others) return c;
  // (Not a mention it has already: a part met only by its first name, "Wren and Agnes Dahl".)
  const lone = mentionsOf(text, first).filter((m) => !c.mentions.some((n) => n.start === m.start) && !/^[ \t]+\p{Lu}/u.test(text.slice(m.end, m.end + 2)) && !/\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(text.slice(Math.max(0, m.start - 20), m.start)));
  if (!lone.length) return c;
  return { ...c, mentions: [...c.mentions, ...lone].sort((a, b) => a.start - b.start) };
}

/**
 * A biopic's subject is a real person: "as Darin" after "the crooner Bobby Darin" names the person played,
 * not a fictional character. A one-word name counts when the text also gives it with a first name that is
 * not itself a known character.
 */
function portrayedPerson(text: string, name: string, found: Map<string, CharacterCandidate>): boolean {
  // "will play the late singer Ana Ruiz": one who has died is a real person, whoever plays them. (Only in the
  // playing phrase: "the funeral of the late Gus Moreno" in a story about the part is that part.)
  const escaped = regExpLiteral(name);
  if (new RegExp(String.raw`\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+the\s+late\s+(?:[\p{Ll}-]+\s+){0,2}${escaped}(?![\p{L}'’-])`, 'u').test(text)) return true;
  // "plays the singer Nina Vale in the biopic “Vale”": a part played in a sentence about a real life is the person.
  if (playedInRealLifeSentence(text, name)) return true;
  // (An honorific and a surname count as the surname: "Mr. Vale" after "Dario K. Vale" is that person.)
  const bare = name.replace(HONORIFIC_WITH_STOP, '');
  if (/\s/.test(bare)) return false;
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\.)?[ \t]+${bare}\b`, 'gu'))) {
    if (genderOfFirstName(m[1]!) !== 'unknown' && !found.has(`${m[1]} ${bare}`)) return true;
  }
  return false;
}

// A role verb, then maybe a description of the part, right before its name: "plays the singer ", "portrayed ".
const PLAYED_BEFORE = /\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying|as)[ \t]+(?:(?:the|a|an)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3})?$/u;

/**
 * Whether some sentence plays `name` (a role verb right before it) and bears a real-life sign (data/characters.json
 * realLifeSigns: "in the biopic “Vale”", "the real-life story"): the part is the real person. A part played in a
 * sentence with no such sign stays a part, though the article elsewhere speaks of a biopic.
 */
function playedInRealLifeSentence(text: string, name: string): boolean {
  if (!articleTellsRealLife(text)) return false;
  return mentionsOf(text, name).some((m) => {
    if (!PLAYED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) return false;
    // ("…, now plays the detective Ada Cole in the series “…”": the work the part is played in is named after it, and
    // it must be the real-life one.)
    const sentence = sentenceAround(text, m.start, m.end);
    const after = sentence.slice(sentence.indexOf(name) + name.length);
    const work = WORK_PLAYED_IN.exec(after);
    return tellsRealLife(work ? work[0] : sentence);
  });
}

// The work named right after a part's name: "in the biopic “Vale”", "in “Vale”, a biopic".
const WORK_PLAYED_IN = /^[ \t]*,?[ \t]*(?:in|on)[ \t]+[^.;!?]{0,60}/u;

/**
 * The one full name the text gives a one-word part with: a capitalised first word right before it that is
 * no rank, honorific or function word ("Detective Constance Vail" → "Constance Vail"), or for a given name a
 * surname right after it ("Carla" → "Carla Mott"). Two different full names (two sisters "June Mott" and
 * "Carla Mott" for "Mott") leave the part as named.
 */
function fullNameOfPart(text: string, name: string): string | null {
  if (/\s/.test(name) || !/^\p{Lu}\p{Ll}+$/u.test(name)) return null;
  const fulls = new Set<string>();
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)[ \t]+${name}(?![\p{L}'’-])`, 'gu'))) {
    const first = m[1]!.toLowerCase();
    if (ROLE_WORDS.has(first) || OPENING_FUNCTION_WORDS.has(first) || isHonorificOrAddressTitle(first)) continue;
    // "Director of Sales and Marketing Trinity Jones": an office's field (data/office-fields.json) opens no name.
    if (isOfficeField(first)) continue;
    // A sentence's first word may be any capitalised word ("When Gillespie …"): there only a given name counts.
    if (/(?:^|[.!?]["”’']?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index! - 4), m.index!)) && genderOfFirstName(m[1]!) === 'unknown') continue;
    fulls.add(`${m[1]} ${name}`);
  }
  // A part cast by its first name ("who plays Carla") after the full name ("June Mott and Carla Mott").
  if (genderOfFirstName(name) !== 'unknown') {
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}'’.-])${name}[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])`, 'gu'))) {
      const last = m[1]!.toLowerCase();
      if (!OPENING_FUNCTION_WORDS.has(last) && !ROLE_WORDS.has(last)) fulls.add(`${name} ${m[1]}`);
    }
  }
  {
    // "two sisters, Wren and Agnes Dahl": given names joined by "and" before one surname share it.
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}'’.-])${name}[ \t]+and[ \t]+(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])`, 'gu'))) {
      if (genderOfFirstName(m[1]!) !== 'unknown' && genderOfFirstName(m[2]!) === 'unknown' && !ROLE_WORDS.has(m[2]!.toLowerCase())) fulls.add(`${name} ${m[2]}`);
    }
  }
  return fulls.size === 1 ? [...fulls][0]! : null;
}

// A capitalised surname right after a word: ' Jones', ' Okafor-Hale' (not a sentence's next word).
const GIVEN_NAME_OF_PERSON_AFTER = /^[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}'’])/u;

const HONORIFIC_WITH_STOP = new RegExp(String.raw`^(?:${abbreviatedHonorificAlternatives()})\.[ \t]+`);
// The same, its stop optional, or "The": what opens a part's name before its own words ("Dr Ansel", "The Pale Regent").
const LEADING_THE_OR_HONORIFIC = new RegExp(String.raw`^(?:The|${abbreviatedHonorificAlternatives()})\.?[ \t]+`);

/** Strip a possessive and a trailing function word; keep "The Director" capitalised as written. */
function tidy(name: string): string {
  return withoutRankBeforeFullName(name).replace(/[’']s$/, '').replace(/\s+(?:In|On|At|And|Of)$/, '').replace(/[.,]$/, '').replace(/^the\s+/, 'the ').trim().replace(/^the /, 'The ');
}

/** The surname of a part called by a rank and a surname ("Detective Marsh" → "Marsh"), else null. */
function rankedSurname(name: string): string | null {
  const words = name.split(' ');
  return words.length === 2 && ROLE_WORDS.has(words[0]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) ? words[1]! : null;
}

/**
 * A rank or role before a character's full name is no part of it, as with people ("Captain Idris Vale" is
 * Idris Vale); before a single name it is how the character is called ("Captain Rusk", "Mrs. Pruitt").
 */
function withoutRankBeforeFullName(name: string): string {
  const words = name.split(/\s+/);
  // (Ranks of two words too: "Detective Inspector Rhea Vance".)
  let first = 0;
  while (words.length - first >= 3 && ROLE_WORDS.has(words[first]!.toLowerCase())) first++;
  return words.slice(first).join(' ');
}

// Words between an actor and the role verb: "Reeves will play", "Reeves, who also plays", "Moss is set to play".
// A sentence's opening name, then in the same sentence "the actor who played him" (her, them).
const PART_OF_ACTOR_WHO_PLAYED = new RegExp(String.raw`(?:^|[.!?]["”’]?[ \t]+)(${NAME})(?=[,;][^.!?\n]{0,120}?\bthe[ \t]+(?:actor|actress|performer)[ \t]+who[ \t]+(?:plays|played|voices|voiced|portrays|portrayed)[ \t]+(?:him|her|them)\b)`, 'gmu');

const AUX = String.raw`(?:(?:who|will|would|is|was|has|had|have|been|also|again|once|now|to|set|going|famously|previously|originally|still|first|later|provides?|provided|providing|lends?|lent|lending|does|do|did)\s+)*`;
const ACTOR_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de\s+|van\s+|von\s+)?\p{Lu}[\p{L}'’.-]+){0,2})(?:[’']s)?(?:,[^,.;!?]{0,40},|,)?\s*${AUX}$`, 'u');

let prizeForPart: RegExp | undefined;

/**
 * The winner of a prize for a part, the sentence's subject (data/title-contexts.json prize_verbs): "Ada Voss, the
 * film's star, won best actress for her turn as …", "Ada Voss was nominated for voicing …".
 */
function prizeWinnerBefore(before: string): RegExpExecArray | null {
  prizeForPart ??= new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|,\s+)(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de\s+|van\s+|von\s+)?\p{Lu}[\p{L}'’.-]+){1,2})(?:,[^,.;!?]{0,40},)?,?\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:${titleContexts().prize_verbs.join('|')})\b[^.;!?“”"]{0,60}\bfor\s+(?:(?:${alternatives(PERSON_POSSESSIVES)})\s+)?$`, 'u');
  return prizeForPart.exec(before);
}

/** The actor named right before a role cue: "Keanu Reeves plays", "Reeves, who plays", "Moss will play" (or a prize's winner for it). */
function actorBefore(text: string, at: number): string | null {
  const m = ACTOR_BEFORE.exec(text.slice(Math.max(0, at - 80), at)) ?? prizeWinnerBefore(text.slice(Math.max(0, at - 160), at));
  if (!m) return null;
  const name = m[1]!;
  // A sentence-opening function word is not an actor ("The", "She", "In").
  const lower = name.toLowerCase();
  return name === lower.charAt(0).toUpperCase() + lower.slice(1) && OPENING_FUNCTION_WORDS.has(lower) ? null : name;
}

/** Function words a sentence may open with, capitalised, that are no actor's name. */
const OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'in', 'on', 'at', 'and', 'but', ...PERSON_POSSESSIVES, 'this', 'that', 'who', 'as']);

/** What joins a character to the film right after it: ", in the new film ", " from his sitcom ", " of ". */
const FILM_AFTER_PART = new RegExp(String.raw`^,?\s+(?:in|from|of)\s+(?:(?:the|a|an|this|that|${alternatives(PERSON_POSSESSIVES)})\s+)?(?:(?:new|latest|upcoming|forthcoming|original|first|second|third|next|last|hit|classic|\d{4})\s+)*(?:(?:film|movie|series|show|sequel|prequel|spin-?off|remake|reboot|franchise|sitcom|drama|thriller|comedy|musical|biopic|adaptation|documentary|blockbuster)\s+)?$`);

/**
 * Characters linked to the people and films the text names with them: the actor becomes the person's
 * canonical name ("Reeves" → "Keanu Reeves"; a name that is no person found is dropped), and the film is
 * the title right after the character ("John Wick in John Wick", "Pacey in Dawson's Creek", "Pacey from X"),
 * right before it ("Dawson's Creek's Pacey") or the only title named in a sentence that names the character
 * with a role cue. Films gain the actor as cast.
 */
export function linkCharacters(doc: AnalyzedArticle, characters: CharacterEntity[], films: FilmEntity[], people: PersonEntity[]): { characters: CharacterEntity[]; films: FilmEntity[] } {
  const text = doc.article.text;
  // The actor as a person found in the article; a leading label is dropped ("Star Benedict Amos" → "Benedict Amos").
  const personOf = (name: string): string | null => {
    const words = name.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      const p = people.find((x) => x.name === tail || x.aliases.includes(tail));
      if (p) return p.name;
    }
    return null;
  };
  // A title that is only a part's name before its actor's bracket ("In the film Mirela (Hanne Osei) and …") was the part.
  const partKeys = new Set(characters.map((c) => c.name.toLowerCase()));
  const namesPartOnly = (f: FilmEntity) => partKeys.has(f.title.toLowerCase()) && f.mentions.every((m) => PAREN_ACTOR_AFTER.test(text.slice(m.end, m.end + 40)));
  films = films.filter((f) => !namesPartOnly(f));
  const filmMentions = films.flatMap((film) => film.mentions.map((m) => ({ film, m })));
  const linked = characters.map((c) => {
    const actor = c.actor ? personOf(c.actor) : null;
    let film: FilmEntity | null = null;
    for (const cm of c.mentions) {
      const sentence = sentenceContaining(doc.sentences, cm.start, cm.end);
      if (!sentence) continue;
      const inSentence = filmMentions.filter(({ m }) => m.start >= sentence.start && m.end <= sentence.end);
      const after = inSentence.find(({ m }) => m.start >= cm.end && FILM_AFTER_PART.test(text.slice(cm.end, m.start)));
      const before = inSentence.find(({ m }) => m.end <= cm.start && /^[’']s\s+$/.test(text.slice(m.end, cm.start)));
      const cued = ROLE_WORD.test(text.slice(sentence.start, sentence.end)) ? new Set(inSentence.map(({ film: f }) => f)) : new Set<FilmEntity>();
      film = after?.film ?? before?.film ?? (cued.size === 1 ? [...cued][0]! : null);
      if (film) break;
    }
    return { ...c, actor, film: film?.title ?? null };
  });
  const cast = new Map<string, string[]>();
  for (const c of linked) if (c.actor && c.film) cast.set(c.film, [...(cast.get(c.film) ?? []), c.actor]);
  const withCast = films.map((f) => {
    const actors = (cast.get(f.title) ?? []).filter((a) => !(f.people ?? []).some((p) => p.name === a));
    return actors.length ? { ...f, people: [...(f.people ?? []), ...[...new Set(actors)].map((name) => ({ name, relation: 'cast' as const }))] } : f;
  });
  return { characters: linked, films: withCast };
}

const ROLE_WORD = /\b(?:plays?|played|playing|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|as|role|character)\b/;

// A known character may be in the text only if the longest capitalised word of its name is ("The" left out).
const CHARACTER_KEYS = new KeyWordFilter('A-Za-z', 'The');

function mentionsOf(text: string, name: string): Mention[] {
  const out: Mention[] = [];
  // "The Joker" is also written "the Joker"; other names have one form.
  const forms = name.startsWith('The ') ? new Set([name, name.replace(/^The /, 'the ')]) : [name];
  for (const form of forms) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(form, from);
      if (i < 0) break;
      from = i + form.length;
      if (/[\p{L}]/u.test(text[i - 1] ?? ' ') || /[\p{L}]/u.test(text[i + form.length] ?? ' ')) continue;
      out.push({ start: i, end: i + form.length, text: form });
    }
  }
  // "Sam “Big Sam” Reyes": a two-word name written with a nickname inside is a mention of the name.
  const words = name.split(' ');
  if (words.length === 2) {
    const nicknamed = new RegExp(String.raw`(?<![\p{L}'’-])${regExpLiteral(words[0]!)}[ \t]+[“"][^“”"\n]{1,30}[”"][ \t]+${regExpLiteral(words[1]!)}(?![\p{L}'’-])`, 'gu');
    for (const m of text.matchAll(nicknamed)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

const PLAYED_THE = /\bplay(?:s|ed|ing)?[ \t]+the[ \t]+$/;

// Words of a match in the sentence of "played the …": a score, a weekday, a result, a season or a fixture.
const SPORTS_CONTEXT = /\b(?:\d+\s*[-–]\s*\d+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|beat|beats|beaten|defeat|defeated|defeats|won|win|wins|lost|loses|lose|tied|drew|season|seasons|game|games|match|matches|playoffs?|league|victory|loss|tournament|semifinal|quarterfinal|final|innings|quarter|overtime|halftime|home|away|twice|points?|goals?|score|scored|coach|fans)\b/i;

/**
 * Whether the sentence around "played the NAME" reads as a match ("played the Tacoma Gulls on Sunday and lost"),
 * not a part ("played the Weird Sisters in the school play").
 */
function sportsContextAround(text: string, start: number, end: number, context: RegExp = SPORTS_CONTEXT): boolean {
  const from = Math.max(0, text.lastIndexOf('.', start) + 1, start - 150);
  const stop = text.slice(end).search(/[.!?](?:\s|$)/);
  return context.test(text.slice(from, stop < 0 ? Math.min(text.length, end + 150) : end + stop));
}

// The narrower words of a match for a one-word side: a score, a weekday, a result.
const MATCH_RESULT_CONTEXT = /\b(?:\d+\s*[-–]\s*\d+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|beat|beats|beaten|defeated|won|lost|tied|drew)\b/;

/** One capitalised plural word ("Rovers", "Falcons"), not a possessive. */
function oneWordPlural(name: string): boolean {
  return /^\p{Lu}\p{Ll}*[^s'’\s]s$/u.test(name);
}

/** Two capitalised words or more ending in a plural ("Denver Hawks", "Harbor Point Gulls"), not a possessive. */
function pluralTeamName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && /\p{Ll}[^s'’]s$/u.test(words.at(-1)!);
}

/** A city's name and a plural ("Denver Hawks", "Los Angeles Lakers"): a sports team's name. */
function teamOfCity(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && /\p{Ll}s$/u.test(words.at(-1)!) && isCityNotGivenName(words.slice(0, -1).join(' '));
}
