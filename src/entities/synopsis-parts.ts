// Parts a synopsis introduces when the work itself opens the sentence: "“Tidewater,” directed by Ada Lune,
// follows an elderly ferryman, Tomas, who hides a young deserter, Ida Brant, on his boat." Reviews name a film
// by its quoted title (or "the film"), may put a crew clause before the verb, and describe each part before its
// name: every described name in that sentence is a part. (A report or an inquiry "follows" real people: only a
// work's title or genre word opens a synopsis, and a documentary's subject is a real person.)
import { sentenceEndFrom } from '../text/sentence-end.js';

// (A stage play's or musical's parts are characters too.)
const GENRE = String.raw`\b(?:series|show|film|movie|drama|sitcom|thriller|comedy|miniseries|anime|novel|book|play|musical)`;
const QUOTED_TITLE = String.raw`[“"]\p{Lu}[^“”"\n]{0,60}?[”"]`;
// ", directed by Ada Lune," / a novel's ", by the author Ada Lune," between the work and its verb; the author
// may carry an origin or a kind first: ", by the Welsh author Ada Lune," / ", by the debut novelist …,".
const CREW_CLAUSE = String.raw`(?:,?[ \t]+(?:(?:directed|written|created|produced)[ \t]+)?by[ \t]+(?:the[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:author|writer|novelist|director)[ \t]+)?\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2},)?`;
// ", a romance set on a Greek island," : the work described in apposition before its verb.
const WORK_APPOSITION = String.raw`(?:,?[ \t]+an?[ \t]+[^,.;:“”"\n]{1,60},)?`;
const SYNOPSIS_OPENING = new RegExp(String.raw`(?:${GENRE}|${QUOTED_TITLE})${CREW_CLAUSE}${WORK_APPOSITION}[ \t]+(?:follows|centres[ \t]+on|centers[ \t]+on|revolves[ \t]+around|tells[ \t]+the[ \t]+story[ \t]+of)[ \t]`, 'gu');
// "In the film, the young Viktor clashes with his coach, Erik Lund": a sentence set inside the work is its plot.
const INSIDE_THE_WORK = new RegExp(String.raw`(?:^|[.!?]["”’]?[ \t]+|\n)In[ \t]+(?:the|this|that)[ \t]+(?:series|show|film|movie|drama|sitcom|thriller|comedy|miniseries|novel),[ \t]`, 'gu');
// "In one chapter Nell's cousin, Jem, …": a chapter or scene is inside a work only once a synopsis has opened.
const IN_ONE_PART = new RegExp(String.raw`(?:^|[.!?]["”’]?[ \t]+|\n)In[ \t]+(?:one|another|a[ \t]+later|the[ \t]+final|the[ \t]+opening)[ \t]+(?:chapter|scene|episode),?[ \t]`, 'gu');
// "a fictional Russian grandmaster, Dmitri Volkov" / "a fictional banker named Otto Crane": a name described as
// fictional is a part wherever it stands.
const FICTIONAL_PART = new RegExp(String.raw`\bfictional[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?[\p{L}'’-]+(?:,|[ \t]+(?:named|called))[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?=[ \t]*[,.;:)]|$)`, 'gu');
const DOCUMENTARY_BEFORE = /\bdocumentar(?:y|ies)\b[^.!?]{0,20}$/;
// "The book follows a miner, Jim Brody, …" is as often a biography's subject: a book opens a synopsis only in an
// article that calls a work fiction somewhere ("the novel", "a children's book", "picture book").
const FICTION_NAMED = /\b(?:novels?|novella|fiction|children['’]s[ \t]+book|picture[ \t]+book)\b/i;
// "an elderly ferryman, Tomas," / "two sisters, June Vane and Ada Vane,": a determiner, a description in small
// letters, a comma and the name (one word or two), closed by punctuation.
// A title the article writes before the name stays part of it: "the villain, Dr. Halloran," (not the part "Dr").
export const PART_TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Capt|Sgt|Rev)\.[ \t]+|(?:Doctor|Sister|Brother|Father|Mother|Captain|Inspector|Detective|Professor|Uncle|Aunt|Ser|Sir|Lord|Lady|Dame|King|Queen|Prince|Princess)[ \t]+)`;
const PART_NAME = String.raw`${PART_TITLE}?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?`;
// "and her rival Dominic Fenwick,": a possessive's relation straight before the name, no comma between, is a part too.
const RELATION_PART = new RegExp(String.raw`(?<![\p{L}'’-])(?:his|her|their)[ \t]+((?:[\p{Ll}'’-]+[ \t]+){0,2}[\p{Ll}'’-]+)[ \t]+(${PART_NAME})(?=[ \t]*[,.;:)]|$)`, 'gu');
// "follows 12-year-old Nell Ashby and …": a name an age describes, straight after the synopsis verb.
const AGED_NAME_FIRST = new RegExp(String.raw`^(?:an?[ \t]+)?\d{1,2}-year-old[ \t]+(${PART_NAME})(?=[ \t]*[,.;:)]|[ \t]+(?:and|as|who)[ \t])`, 'u');
// "follows Pip, a lamplighter's apprentice, and …": the name straight after the synopsis verb, described after it.
// (A rank before it stays out, as the rest of the article calls the part: "follows Detective Lila Marsh, a …" is Lila Marsh.)
const NAME_THEN_DESCRIPTION = new RegExp(String.raw`^${PART_TITLE}?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?),[ \t]+(?:an?|the|his|her|their)[ \t]+([^,.;:“”"\n]{1,60}?)(?=[ \t]*[,.;:]|[ \t]+(?:and|who|whose)[ \t])`, 'u');
// "follows siblings Harriet and Conrad Ashgrove": two given names sharing the surname after them, each a part. A kin
// word says they are one family (not "follows Ada and Ben Ito", where Ada may have her own surname elsewhere).
const KIN_PAIR_FIRST = new RegExp(String.raw`^(?:(?:the|two|teenage|young|orphaned|estranged|twin)[ \t]+){0,2}(?:siblings|twins|sisters|brothers|cousins)[ \t]+(\p{Lu}\p{Ll}+)[ \t]+and[ \t]+(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+)(?=[ \t]*[,.;:)]|[ \t]+(?:as|who|whose)[ \t]|$)`, 'u');
// "follows Mika and the pilot Jun Oba through the war": two parts straight after the synopsis verb, the second
// described with no comma (a small word of the sentence, or punctuation, closes its name).
const NAME_AND_DESCRIBED_NAME = new RegExp(String.raw`^${PART_TITLE}?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)[ \t]+and[ \t]+(?:the|an?|his|her|their)[ \t]+((?:[\p{Ll}'’-]+[ \t]+){0,2}[\p{Ll}'’-]+)[ \t]+(${PART_NAME})(?=[ \t]*[,.;:)]|[ \t]+(?:through|across|as|in|on|into|from|to|who|whose|after|during|over)[ \t]|$)`, 'u');
// (In a synopsis, a part's possessive is a determiner too: "Nell's cousin, Jem,".)
const DESCRIBED_PART = new RegExp(String.raw`(?<![\p{L}'’-])(?:a|an|the|two|three|his|her|their|its|\p{Lu}\p{Ll}+['’]s)[ \t]+((?:[\p{Ll}'’-]+[ \t]+){0,3}[\p{Ll}'’-]+),[ \t]+(${PART_NAME})(?:[ \t]+and[ \t]+(${PART_NAME}))?(?=[ \t]*[,.;:)]|$)`, 'gu');
// "follows a young reporter, Ada, and her editor, …" is a part; "… interviews the director, Ida Brant," is crew.
const CREW_WORDS = /\b(?:director|producer|writer|screenwriter|creator|showrunner|host|presenter|star|co-star|composer|editor|actor|actress|narrator|cinematographer|critic|reviewer)\b/;

/** The described names in a synopsis sentence opened by a work's title or genre word, or set "In the film,"; and names described as fictional. */
export function synopsisParts(text: string): string[] {
  const parts: string[] = [];
  if (text.includes('fictional')) for (const m of text.matchAll(FICTIONAL_PART)) if (!parts.includes(m[1]!)) parts.push(m[1]!);
  if (!/\b(?:follows|centres|centers|revolves|tells)\b|\bIn (?:the|this|that) /.test(text)) return parts;
  const openings = [...text.matchAll(SYNOPSIS_OPENING)];
  const inside = [...text.matchAll(INSIDE_THE_WORK), ...(openings.length ? text.matchAll(IN_ONE_PART) : [])];
  for (const m of [...openings, ...inside]) {
    if (DOCUMENTARY_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    if (/^book\b/.test(m[0]) && !FICTION_NAMED.test(text)) continue;
    const from = m.index! + m[0].length;
    const end = sentenceEndFrom(text, from);
    // The closing stop belongs to the sentence: a name right before it is still closed by punctuation.
    const sentence = text.slice(from - 1, Math.min(text.length, end + 1));
    const aged = openings.includes(m) ? AGED_NAME_FIRST.exec(text.slice(from)) : null;
    if (aged && !parts.includes(aged[1]!)) parts.push(aged[1]!);
    const described = openings.includes(m) ? NAME_THEN_DESCRIPTION.exec(text.slice(from)) : null;
    if (described && !CREW_WORDS.test(described[2]!) && !parts.includes(described[1]!)) parts.push(described[1]!);
    const pair = openings.includes(m) ? NAME_AND_DESCRIBED_NAME.exec(text.slice(from)) : null;
    if (pair && !CREW_WORDS.test(pair[2]!)) for (const name of [pair[1]!, pair[3]!]) if (!parts.includes(name)) parts.push(name);
    const kin = openings.includes(m) ? KIN_PAIR_FIRST.exec(text.slice(from)) : null;
    if (kin) for (const name of [kin[1]!, kin[2]!]) if (!parts.includes(name)) parts.push(name);
    for (const d of sentence.matchAll(DESCRIBED_PART)) {
      if (CREW_WORDS.test(d[1]!)) continue;
      for (const name of [d[2], d[3]]) if (name && !parts.includes(name)) parts.push(name);
    }
    for (const d of sentence.matchAll(RELATION_PART)) if (!CREW_WORDS.test(d[1]!) && !parts.includes(d[2]!)) parts.push(d[2]!);
  }
  return parts;
}
