import { stageAndProductLists } from '../lexicon/stage-and-product-lists.js';

// data/stage-and-product-words.json: context that makes a quoted title a product's or a stage work's name.
type Place = 'product_intro' | 'product_after_title' | 'stage_context' | 'screen_context' | 'title_screen_cue';

/** The phrases (regex sources, spaces as any whitespace) or words listed in `place`. */
export function stageAndProductWords(place: Place): readonly string[] {
  const entry = stageAndProductLists()[place]!;
  return (entry.phrases ?? entry.words ?? []).map((p) => p.replace(/ /g, String.raw`\s+`));
}

/** A pattern matching any of `place`'s phrases as whole words. */
export function phrasePattern(place: Place, flags = 'iu'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d-])(?:${stageAndProductWords(place).join('|')})(?![\p{L}\d-])`, flags);
}
