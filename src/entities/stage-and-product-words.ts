import { readFileSync } from 'node:fs';

// data/stage-and-product-words.json: context that makes a quoted title a product's or a stage work's name.
type Place = 'product_intro' | 'product_after_title' | 'stage_context' | 'screen_context' | 'title_screen_cue';
interface Data { [place: string]: { about: string; phrases?: string[]; words?: string[] } }

let data: Data | undefined;

/** The phrases (regex sources, spaces as any whitespace) or words listed in `place`. */
export function stageAndProductWords(place: Place): readonly string[] {
  data ??= JSON.parse(readFileSync(new URL('../../data/stage-and-product-words.json', import.meta.url), 'utf8')) as Data;
  const entry = data[place]!;
  return (entry.phrases ?? entry.words ?? []).map((p) => p.replace(/ /g, String.raw`\s+`));
}

/** A pattern matching any of `place`'s phrases as whole words. */
export function phrasePattern(place: Place, flags = 'iu'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d-])(?:${stageAndProductWords(place).join('|')})(?![\p{L}\d-])`, flags);
}
