import { readDataFile } from './data-file.js';

/** The named lists of data/context-words.json (each section's note there says where it counts). */
export type ContextWordList =
  | 'speech_after_role'
  | 'work_people_after_title'
  | 'screen_word_before_title'
  | 'film_people_after_product_noun'
  | 'screen_or_stage_sentence'
  | 'unnaming_before_fans'
  | 'data_source_nouns'
  | 'painting_verbs'
  | 'painted_word_things'
  | 'words_described_nouns'
  | 'reading_as_verbs'
  | 'chanting_crowds'
  | 'bare_crowds'
  | 'crowd_counts'
  | 'compared_title_before'
  | 'film_feat_before_title';

let lists: Record<string, { words: string[] }> | undefined;

/** The words of one list of data/context-words.json, in the file's order. */
export function contextWords(list: ContextWordList): readonly string[] {
  lists ??= readDataFile<Record<string, { words: string[] }>>('context-words.json');
  const section = lists[list];
  // A misspelt list name would match nothing silently: fail at load instead.
  if (!section) throw new Error(`data/context-words.json has no list "${list}"`);
  return section.words;
}
