import { thingNameWords } from '../lexicon/thing-name-words.js';

// "Premier Lotteries Ireland, which runs the National Lottery, said": a name set off by ", which" and a verb a body
// does to a thing it keeps going (data/thing-names.json operated_thing_verbs) is that body's; a person takes "who".
// (Only those verbs: "… fired Ana Ruiz, which angered fans" is a "which" for the whole clause.)
let pattern: RegExp | undefined;

/** Whether the text right after a name opens with ", which runs", ", which owns" …. */
export function bodyRelativeAfter(after: string): boolean {
  pattern ??= new RegExp(String.raw`^,\s+which\s+(?:${thingNameWords().operated_thing_verbs!.join('|')})\b`);
  return pattern.test(after);
}
