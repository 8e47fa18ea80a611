import { readFileSync } from 'node:fs';
import { genderOfFirstName } from '../nlp/names.js';
import type { AnalyzedArticle, CharacterEntity, Mention } from '../types.js';

let known: string[] | undefined;

/** Well-known fictional characters (data/characters.json). */
function knownCharacters(): string[] {
  known ??= (JSON.parse(readFileSync(new URL('../../data/characters.json', import.meta.url), 'utf8')) as { characters: string[] }).characters;
  return known;
}

// "plays X", "starring as X", "the role of X", "the character X", "X (Actor Name)".
const NAME = String.raw`(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}`;
const ROLE_CUE = new RegExp(String.raw`\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying|voices|voiced|voicing|(?:stars?|starred|starring|cast|appears?|appeared|returns?|returned|returning|reprises?|reprised|reprising)[ \t]+(?:(?:his|her|their)[ \t]+role[ \t]+)?as|role[ \t]+(?:of|as)|character(?:[ \t]+of)?)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:(?!(?:for|with|in|on|at|to|and|against|alongside|opposite|by|from|into|under|over|down|off|out|up|himself|herself|themselves|itself)\b)\p{Ll}[\p{Ll}-]+[ \t]+){0,3}(${NAME})`, 'gu');
const PAREN_ACTOR = new RegExp(String.raw`(${NAME})[ \t]+\((\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:de[ \t]+|van[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,3})\)`, 'gu');

export interface CharacterCandidate {
  name: string;
  actor: string | null;
}

/** Fictional characters the text signals as such, linked to the actor where stated. */
export function extractCharacters(doc: AnalyzedArticle, isPersonName: (name: string) => boolean, isTitle: (name: string) => boolean): CharacterEntity[] {
  const text = doc.article.text;
  const found = new Map<string, CharacterCandidate>();
  for (const name of knownCharacters()) if (mentionsOf(text, name).length) found.set(name, { name, actor: null });
  for (const m of text.matchAll(ROLE_CUE)) {
    const name = tidy(m[1]!);
    if (!name || isPersonName(name)) continue;
    const actor = actorBefore(text, m.index!);
    found.set(name, { name, actor });
  }
  for (const m of text.matchAll(PAREN_ACTOR)) {
    const name = tidy(m[1]!);
    if (!name || /^(?:The|A|An)$/.test(name) || isPersonName(name) || isTitle(name)) continue;
    found.set(name, { name, actor: m[2]! });
  }
  const characters: CharacterEntity[] = [];
  for (const c of found.values()) {
    if (portrayedPerson(text, c.name, found)) continue;
    const mentions = mentionsOf(text, c.name);
    if (mentions.length) characters.push({ name: c.name, actor: c.actor, film: null, mentions });
  }
  // "Bond" inside every "James Bond" is the same character.
  return characters.filter((c) => !characters.some((o) => o !== c && c.mentions.every((m) => o.mentions.some((n) => n.start <= m.start && n.end >= m.end))));
}

/**
 * A biopic's subject is a real person: "as Darin" after "the crooner Bobby Darin" names the person played,
 * not a fictional character. A one-word name counts when the text also gives it with a first name that is
 * not itself a known character.
 */
function portrayedPerson(text: string, name: string, found: Map<string, CharacterCandidate>): boolean {
  if (/\s/.test(name)) return false;
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)[ \t]+${name}\b`, 'gu'))) {
    if (genderOfFirstName(m[1]!) !== 'unknown' && !found.has(`${m[1]} ${name}`)) return true;
  }
  return false;
}

/** Strip a possessive and a trailing function word; keep "The Director" capitalised as written. */
function tidy(name: string): string {
  return name.replace(/[’']s$/, '').replace(/\s+(?:In|On|At|And|Of)$/, '').replace(/[.,]$/, '').replace(/^the\s+/, 'the ').trim().replace(/^the /, 'The ');
}

function actorBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 80), at);
  const m = /(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de\s+)?\p{Lu}[\p{L}'’.-]+){1,2})(?:,[^,]{0,40},|,)?\s*(?:who\s+)?$/u.exec(before);
  return m ? m[1]! : null;
}

function mentionsOf(text: string, name: string): Mention[] {
  const out: Mention[] = [];
  const forms = [name, name.replace(/^The /, 'the ')];
  for (const form of new Set(forms)) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(form, from);
      if (i < 0) break;
      from = i + form.length;
      if (/[\p{L}]/u.test(text[i - 1] ?? ' ') || /[\p{L}]/u.test(text[i + form.length] ?? ' ')) continue;
      out.push({ start: i, end: i + form.length, text: form });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
