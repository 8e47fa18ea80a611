import { readDataFile } from './data-file.js';

interface VoicedPartData {
  screenWords: string[];
  archetypeNouns: string[];
  actorDescriptions: string[];
}

let data: VoicedPartData | undefined;

function voicedPartData(): VoicedPartData {
  if (!data) {
    const own = readDataFile<{ screenWords: string[] }>('voiced-parts.json');
    const characters = readDataFile<{ archetypeNouns: string[]; actorDescriptions: string[] }>('characters.json');
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
