import { readDataFile } from './data-file.js';

/** data/characters.json: known fictional characters and the words around a part's name. */
export interface CharacterLists {
  characters: string[];
  crewWords: string[];
  realLifeSigns: string[];
  screenWords: string[];
  partRoleNouns: string[];
  musicWorks: string[];
  musicContext: string[];
  groupNounsAfterName: string[];
  affiliationTails: string[];
  noActorBracketTails: string[];
  workNounsBeforeTitle: string[];
  actorDescriptions: string[];
  archetypeNouns: string[];
  storyLeadNouns: string[];
}

let lists: CharacterLists | undefined;

/** The lists of data/characters.json, read once. */
export function characterLists(): CharacterLists {
  lists ??= readDataFile<CharacterLists>('characters.json');
  return lists;
}
