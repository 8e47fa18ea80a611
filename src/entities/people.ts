import type { AnalyzedArticle, Gender, Mention, PersonEntity, Quote, Token } from '../types.js';
import { capitalisedRuns } from '../nlp/runs.js';
import { PersonRegistry, genderOfFirstName, genderOfTitle, isParticle, type Person } from '../nlp/names.js';
import { DESCRIPTORS, NOT_NAMES, ORGANIZATION_TAILS, ROLE_WORDS } from '../nlp/words.js';

// Words around a name that only people have: relatives, partners, "who", "his/her".
const PERSON_CONTEXT = /\b(?:his|her|their|partner|wife|husband|boyfriend|girlfriend|son|daughter|mother|father|brother|sister|friend|widow|fiancée?|who|whose|aged|born)\b/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof)\.?$/i;
const CUE_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|tells|added|explained|insisted|recalled|tweeted|wrote|asked|replied|admitted|revealed|confirmed|announced|claimed|argued|noted|laughed|joked)\b/;

export interface PeopleContext {
  /** Spans already taken by films, outlets and characters. */
  claimed: (start: number, end: number) => boolean;
  /** Names that are not people here (characters, film titles). */
  excluded: (name: string) => boolean;
  quotes: Quote[];
}

/**
 * Real people named in the article, merged: surname and partial mentions join the fullest name;
 * possessives and titles stripped; outlets, organisations, characters and titles left out.
 */
export function extractPeople(doc: AnalyzedArticle, context: PeopleContext): PersonEntity[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const registry = new PersonRegistry();
  const found = new Map<Person, { mentions: Mention[]; titles: Set<string>; roles: Set<string> }>();
  const speakers = new Set(context.quotes.filter((q) => q.speaker_kind === 'person' && q.speaker).map((q) => q.speaker!));
  const singles: { s: number; e: number; title: string | null }[] = [];
  // News names a person in full once, then by surname: a surname used alone is evidence for the full name.
  const runs = capitalisedRuns(doc);
  const surnameAlone = new Set(runs.filter((r) => r.first === r.last && doc.tokens[r.first]!.pos === 'PROPN').map((r) => r.text));
  const record = (person: Person, s: number, e: number, title: string | null, role: string | null) => {
    const entry = found.get(person) ?? { mentions: [], titles: new Set<string>(), roles: new Set<string>() };
    entry.mentions.push({ start: tokens[s]!.start, end: tokens[e]!.end, text: text.slice(tokens[s]!.start, tokens[e]!.end) });
    if (title && HONORIFIC.test(title)) entry.titles.add(`${title} ${text.slice(tokens[s]!.start, tokens[e]!.end)}`);
    if (role) entry.roles.add(role);
    found.set(person, entry);
  };

  for (const run of runs) {
    let s = run.first;
    let e = run.last;
    // Leading titles, roles and labels: "Director Chad Stahleski", "Sen. Doyle", "Republican Donald Trump".
    let title: string | null = null;
    let role: string | null = null;
    for (let k = e - 1; k >= s; k--) {
      const w = tokens[k]!.normal;
      if (ROLE_WORDS.has(w) || DESCRIPTORS.has(w) || HONORIFIC.test(w)) {
        title = tokens[k]!.text;
        if (ROLE_WORDS.has(w) && !HONORIFIC.test(w)) role = w.replace(/\.$/, '');
        s = k + 1;
        break;
      }
    }
    if (!title && s > 0 && (ROLE_WORDS.has(tokens[s - 1]!.normal) || HONORIFIC.test(tokens[s - 1]!.normal))) {
      title = tokens[s - 1]!.text;
      if (!HONORIFIC.test(title)) role = tokens[s - 1]!.normal;
    }
    // A leading acronym is a label, not a name: "OG Kelly Clarkson".
    while (s < e && /^\p{Lu}{2,3}$/u.test(tokens[s]!.text)) s++;
    while (s <= e && isParticle(tokens[s]!.text) && /^\p{Ll}/u.test(tokens[s]!.text) === false && s === run.first && e > s && !/^\p{Lu}/u.test(tokens[s + 1]!.text)) s++;
    while (e >= s && (tokens[e]!.pos === 'PART' || tokens[e]!.text === '.')) e--;
    // Headline capitals: "Taylor Swift Questions" — a trailing common noun or verb is not part of the name.
    while (e > s && (tokens[e]!.pos === 'NOUN' || tokens[e]!.pos === 'VERB') && tokens[e - 1]!.pos === 'PROPN') e--;
    if (e < s) continue;
    // A run that starts with a claimed span ("Deadline de Armas"): keep the rest.
    while (s <= e && context.claimed(tokens[s]!.start, tokens[s]!.end)) s++;
    if (e < s || context.claimed(tokens[s]!.start, tokens[e]!.end)) continue;
    const name = text.slice(tokens[s]!.start, tokens[e]!.end);
    if (!looksLikeName(tokens, s, e) || context.excluded(name)) continue;
    if (e === s || (e === s + 1 && isParticle(tokens[s]!.text))) {
      singles.push({ s, e, title });
      continue;
    }
    const evidence =
      genderOfFirstName(tokens[s]!.text) !== 'unknown' ||
      title !== null ||
      speakers.has(name) ||
      CUE_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 80)) ||
      tokens.slice(s, e + 1).some((t) => isParticle(t.text)) ||
      surnameAlone.has(tokens[e]!.text) ||
      /\b(?:said|says|told|according to)\s*$/.test(text.slice(Math.max(0, tokens[s]!.start - 20), tokens[s]!.start)) ||
      // Two or three words the tagger reads as proper nouns, mid-sentence, with people words around:
      // "his partner Anselmo Feleppa", "Southan Morris, who …".
      (e - s <= 2 && tokens.slice(s, e + 1).every((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) && PERSON_CONTEXT.test(text.slice(Math.max(0, tokens[s]!.start - 30), tokens[e]!.end + 12)));
    if (!evidence) continue;
    const person = registry.add(name, title);
    record(person, s, e, title, role);
  }
  // One-word mentions: a known person's surname or first name, or a titled or quoted name ("Mr Wilson", "Obama").
  for (const { s, e, title } of singles) {
    const name = text.slice(tokens[s]!.start, tokens[e]!.end);
    const parts = name.split(/\s+/);
    // After an honorific a single name is a surname ("Ms. Kelly" is not Kelly Ripa).
    let person = registry.find(parts, title !== null && HONORIFIC.test(title)) ?? null;
    // "de Armas" alone still names someone: a particle is name evidence.
    if (!person && ((title && HONORIFIC.test(title)) || speakers.has(name) || parts.length > 1)) person = registry.add(name, title);
    if (person) record(person, s, e, title, null);
  }
  const pronounGender = genderFromQuotes(context.quotes);
  return [...found.entries()].map(([person, entry]) => {
    const surfaces = new Set(entry.mentions.map((m) => m.text));
    for (const t of entry.titles) surfaces.add(t);
    surfaces.delete(person.name);
    const gender: Gender = pronounGender.get(person.name) ?? (person.gender !== 'unknown' ? person.gender : [...entry.titles].map((t) => genderOfTitle(t.split(' ')[0]!)).find((g) => g !== 'unknown') ?? 'unknown');
    return {
      name: person.name,
      aliases: [...surfaces],
      gender,
      roles: [...entry.roles],
      mentions: entry.mentions.sort((a, b) => a.start - b.start),
    };
  }).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function looksLikeName(tokens: Token[], s: number, e: number): boolean {
  const words = tokens.slice(s, e + 1);
  if (words.length > 4) return false;
  if (words.some((t) => /\d/.test(t.text) || (/^\p{Lu}{2,}$/u.test(t.text) && t.text.length > 1 && words.length === 1))) return false;
  if (NOT_NAMES.has(words[0]!.normal)) return false;
  if (ORGANIZATION_TAILS.has(words[words.length - 1]!.normal)) return false;
  return words.every((t) => /^\p{Lu}/u.test(t.text) || isParticle(t.text) || t.text === '-' || t.text === '.');
}

/** "he said" attributed to a person is evidence of that person's gender. */
function genderFromQuotes(quotes: Quote[]): Map<string, Gender> {
  const votes = new Map<string, { male: number; female: number }>();
  for (const q of quotes) {
    const m = q.speaker_mention?.toLowerCase();
    if (!q.speaker || (m !== 'he' && m !== 'she')) continue;
    const v = votes.get(q.speaker) ?? { male: 0, female: 0 };
    v[m === 'he' ? 'male' : 'female']++;
    votes.set(q.speaker, v);
  }
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) out.set(name, v.male > v.female ? 'male' : v.female > v.male ? 'female' : 'unknown');
  return out;
}
