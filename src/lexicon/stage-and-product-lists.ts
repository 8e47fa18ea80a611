import { readDataFile } from './data-file.js';

/** data/stage-and-product-words.json: per place in the text, phrases (regex sources) or words. */
export interface StageAndProductLists { [place: string]: { about: string; phrases?: string[]; words?: string[] } }

let lists: StageAndProductLists | undefined;

/** The lists of data/stage-and-product-words.json, read once. */
export function stageAndProductLists(): StageAndProductLists {
  lists ??= readDataFile<StageAndProductLists>('stage-and-product-words.json');
  return lists;
}
