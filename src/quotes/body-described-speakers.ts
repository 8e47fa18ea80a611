/**
 * "The start-up Vocalis said …. Later, Vocalis said …": a name the article introduces by a noun for a kind of
 * company or group is the body's at every mention, so a speaker read as a person by that name is the body
 * (src/entities/body-described-names.ts). A speaker with a role of their own ("the actor Vocalis") keeps it; a role
 * that is also a kind of body ("the pollster Deltapoll", data/organisations.json job_kind_nouns) was the body's kind.
 */
import type { ExtractedQuote, Token } from '../types.js';
import { namesDescribedAsBodies } from '../entities/body-described-names.js';
import { namesSpeakingAsIt } from '../entities/statement-it-names.js';
import { isJobKindNoun } from '../entities/job-kind-bodies.js';
import { isBodyDescriptionHead } from '../lexicon/organisations.js';
import { readsAsPersonsName } from './described-body-names.js';

export function giveBodyDescribedNamesTheirBody(quotes: ExtractedQuote[], tokens: readonly Token[], text: string): void {
  if (!quotes.some((q) => q.speaker_kind === 'person')) return;
  // (… and so is a name giving a statement that speaks of itself as "it": "In a statement, Chirply said it …".)
  const bodies = new Set([...namesDescribedAsBodies(tokens, text), ...namesSpeakingAsIt(text)]);
  for (const q of quotes) {
    if (q.speaker_kind !== 'person' || !q.speaker || !bodies.has(q.speaker)) continue;
    // (A role that is the body's own description, "the promoter Crestfall Live", is no person's role, unless the
    // name reads as a person's: "the seasoned broadcaster Fenwick Oduya" is his job.)
    const describedBody = !!q.speaker_role && isBodyDescriptionHead(q.speaker_role) && !readsAsPersonsName(q.speaker.split(/\s+/));
    if (q.speaker_role && !isJobKindNoun(q.speaker_role) && !describedBody) continue;
    Object.assign(q, { speaker_kind: 'organization', speaker_role: null });
  }
}
