import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';
import { consequenceParticiples } from '../../lexicon/consequence-participles.js';

/**
 * "announced that she will not run, setting off a scramble among Democrats": a participle phrase after a comma
 * whose implied subject is the announcement itself tells what the report led to, in the writer's words; the
 * content ends before it (data/consequence-participles.json). Only after a clause with a verb of its own, and only
 * when the phrase stands alone at the end: in "was cutting jobs, closing stores, ending its pension plan and selling
 * …" or "were upset, prompting the council to act, and that a vote was near" it is one member of the speaker's list.
 * Returns the last token of the content tokens[from, to].
 */
export function endBeforeConsequence(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (tokens[k]!.text !== ',' || !hasVerb(tokens, from, k - 1)) continue;
    if (!consequenceAt(tokens, k + 1, to)) continue;
    if (ingListMember(tokens, from, k - 1) || ingListMember(tokens, k + 2, to) || commaAnd(tokens, k + 2, to)) continue;
    return k - 1;
  }
  return to;
}

/** A participle phrase of consequence (data/consequence-participles.json) opens at tokens[k], within tokens[.., to]: "ending", "setting off". */
export function consequenceAt(tokens: Token[], k: number, to: number): boolean {
  return consequenceParticiples().some((words) => words.every((w, n) => k + n <= to && tokens[k + n]!.normal === w));
}

// A sibling -ing phrase in tokens[from, to]: ", closing stores", "and selling its headquarters" (tagged verb or not:
// the tagger reads "closing" in a list as a noun).
function ingListMember(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if ((t.text === ',' || t.normal === 'and' || t.normal === 'or') && isIngForm(tokens[i + 1]!)) return true;
  }
  return false;
}

// ", and …" / ", or …" after the phrase: the sentence goes on with more of the speaker's content.
function commaAnd(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.text === ',' && (tokens[i + 1]!.normal === 'and' || tokens[i + 1]!.normal === 'or')) return true;
  return false;
}

const isIngForm = (t: Token) => /^[a-z]{2,}ing$/.test(t.text) && !/thing$/.test(t.text);
