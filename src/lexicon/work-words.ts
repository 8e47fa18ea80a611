import { readDataFile } from './data-file.js';

/**
 * Where a work noun counts (data/work-words.json places): before a quoted title, after a title and a
 * genre word, beside a film's name, right after a film's title, before a work's name, a work
 * that is no film (before or after its title), also naming a talk programme, or the kind of a talk programme;
 * and the kind of a speaker's own medium whose name follows in apposition.
 */
export type WorkWordPlace =
  | 'before_quoted_title'
  | 'after_title_and_genre'
  | 'film_cue'
  | 'after_film_title'
  | 'before_work_name'
  | 'other_work'
  | 'other_work_after_title'
  | 'names_a_programme'
  | 'live_show_context'
  | 'small_ensemble'
  | 'music_genre'
  | 'before_one_word_title'
  | 'talk_programme_kind'
  | 'title_in_apposition'
  | 'prize_for_film'
  | 'festival_context'
  | 'counted_works'
  | 'contest_show_kind'
  | 'examples_not_screen'
  | 'own_medium_kind'
  | 'network_genre'
  | 'performed_before_title'
  | 'maker_of_work'
  | 'music_maker'
  | 'screen_releaser';

interface WorkWordData {
  places: Record<WorkWordPlace, string>;
  words: Record<string, WorkWordPlace[]>;
}

let byPlace: Map<WorkWordPlace, string[]> | undefined;

/** Every word of data/work-words.json that counts in `place`, in the file's order (lower case). */
export function workWords(place: WorkWordPlace): readonly string[] {
  byPlace ??= load();
  return byPlace.get(place)!;
}

function load(): Map<WorkWordPlace, string[]> {
  const data = readDataFile<WorkWordData>('work-words.json');
  const lists = new Map(Object.keys(data.places).map((place) => [place as WorkWordPlace, [] as string[]]));
  for (const [word, places] of Object.entries(data.words)) {
    for (const place of places) {
      const list = lists.get(place);
      // A misspelt place would drop its word silently: fail at load instead.
      if (!list) throw new Error(`data/work-words.json: "${word}" counts in unknown place "${place}"`);
      list.push(word);
    }
  }
  return lists;
}
