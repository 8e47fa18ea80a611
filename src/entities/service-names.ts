// A name right after a noun that describes a firm by its service ("property website Rightmove said", "the
// booking app Tripwell", "the insurer Halvard") is the firm's: people are described by roles, not by these nouns.
import { nonPersonNameWords } from '../lexicon/non-person-name-words.js';
import { alternatives } from '../nlp/words.js';

let serviceBefore: RegExp | undefined;

/** Whether `before` (the text right before a name) ends with a service noun written in lower case. */
export function afterServiceNoun(before: string): boolean {
  if (!serviceBefore) {
    serviceBefore = new RegExp(String.raw`(?:^|[\s(])(?:${alternatives(nonPersonNameWords().service_nouns!)})\s+$`);
  }
  return serviceBefore.test(before);
}

let onlineVenueBefore: RegExp | undefined;

/**
 * Whether `before` (the text right before a name) makes it a web forum people post on: "netizens on Dana Board",
 * "the online community Ruby Lane" (data/non-person-names.json online_venue_before). Such a venue is named like a
 * person as often as not, so a given name opening it keeps no person; `after` with a possessive does ("a post on
 * Tom Reed's page").
 */
export function onlineVenueName(before: string, after: string): boolean {
  onlineVenueBefore ??= new RegExp(String.raw`(?:^|[\s(])(?:${alternatives(nonPersonNameWords().online_venue_before!.map((p) => p.replace(/ /g, String.raw`\s+`)))})\s+$`, 'i');
  return onlineVenueBefore.test(before) && !/^['’]s?\b/u.test(after);
}
