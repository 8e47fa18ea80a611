import { readFileSync } from 'node:fs';

interface VoicedPartData {
  screenWords: string[];
  archetypeNouns: string[];
  actorDescriptions: string[];
}

let data: VoicedPartData | undefined;

function voicedPartData(): VoicedPartData {
  if (!data) {
    const own = JSON.parse(readFileSync(new URL('../../data/voiced-parts.json', import.meta.url), 'utf8')) as { screenWords: string[] };
    const characters = JSON.parse(readFileSync(new URL('../../data/characters.json', import.meta.url), 'utf8')) as { archetypeNouns: string[]; actorDescriptions: string[] };
    data = { screenWords: own.screenWords, archetypeNouns: characters.archetypeNouns, actorDescriptions: characters.actorDescriptions };
  }
  return data;
}

let screenPattern: RegExp | undefined;

/** The sentence is about a screen or recorded work ("In the English version", "the animated film"): data/voiced-parts.json. */
export function namesVoicedWork(sentence: string): boolean {
  screenPattern ??= new RegExp(String.raw`(?<![\p{L}-])(?:${voicedPartData().screenWords.join('|')})(?![\p{L}-])`, 'u');
  return screenPattern.test(sentence.toLowerCase());
}

/** A stock part of a genre story, "the villain", "the sidekick" (data/characters.json archetypeNouns). */
export function isArchetypeNoun(word: string): boolean {
  return voicedPartData().archetypeNouns.includes(word);
}

/** A word describing a performer before their name, "newcomer Ada Ruiz", "actor Tom Hale" (data/characters.json actorDescriptions). */
export function isActorDescription(word: string): boolean {
  return voicedPartData().actorDescriptions.includes(word);
}
