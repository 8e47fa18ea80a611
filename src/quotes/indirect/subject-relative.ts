import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { perceptionClauseVerbs } from '../../lexicon/perception-clause-verbs.js';
import { beforeAuxiliaries } from './relative-pronouns.js';

/**
 * The content of a cue in a "who" clause that restricts the sentence's subject, cut where the main
 * clause's verb starts: "Residents who said they heard shots were interviewed by police" reports "they
 * heard shots". The clause hangs on a noun with no comma, and no verb stands before it in the sentence
 * (else the main clause has its verb already: "Police interviewed residents who said they heard shots
 * were fired" keeps it all). tokens[from, to] is the content; returns its new last token.
 */
export function endBeforeSubjectMainVerb(tokens: Token[], cue: number, lo: number, from: number, to: number): number {
  const who = beforeAuxiliaries(tokens, cue - 1, lo);
  if (who <= lo || tokens[who]!.normal !== 'who') return to;
  const noun = tokens[who - 1]!;
  if (!(/^(NOUN|PROPN)$/.test(noun.pos) || /^(those|people|others)$/.test(noun.normal))) return to;
  for (let k = lo; k < who; k++) if (/^(VERB|AUX)$/.test(tokens[k]!.pos)) return to;
  const groups = verbGroups(tokens, from, to);
  // The content's own verb comes first; each later group is the main verb unless a clause opener
  // ("that", "and", "who" …) opens it or the group before takes a bare clause ("heard shots were fired"),
  // and the last group left is the main verb in any case: the sentence needs one.
  const open = groups.filter((g, n) => n > 0 && !g.opened);
  for (let n = 0; n < open.length; n++) {
    const g = open[n]!;
    const previous = groups[groups.indexOf(g) - 1]!;
    if (n < open.length - 1 && takesBareClause(tokens[previous.head]!)) continue;
    // (The comma or mark before it stays out.)
    let end = g.start - 1;
    while (end > from && tokens[end]!.pos === 'PUNCT') end--;
    return end;
  }
  return to;
}

interface VerbGroup { start: number; head: number; opened: boolean }

/** Runs of auxiliaries and finite verbs in tokens[from, to] ("had been harmed", "sat"); not a participle ("holding") nor "to" and its verb. */
function verbGroups(tokens: Token[], from: number, to: number): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let opened = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    const verbal = t.pos === 'AUX' || t.pos === 'VERB';
    const last = groups[groups.length - 1];
    if (verbal && last && continues(tokens, k, last.head)) { last.head = k; continue; }
    if (verbal && !/ing$/.test(t.normal) && tokens[k - 1]?.normal !== 'to') {
      groups.push({ start: k, head: k, opened });
      opened = false;
      continue;
    }
    if (CLAUSE_OPENERS.has(t.normal) || t.pos === 'SCONJ') opened = true;
  }
  return groups;
}

/** tokens[k] goes on the group whose last word is the auxiliary tokens[head], past adverbs and "not" ("had never been harmed"); a verb after a verb opens a new group ("harmed sat"). */
function continues(tokens: Token[], k: number, head: number): boolean {
  if (tokens[head]!.pos !== 'AUX') return false;
  for (let j = k - 1; j > head; j--) if (!/^(ADV|PART)$/.test(tokens[j]!.pos)) return false;
  return true;
}

function takesBareClause(verb: Token): boolean {
  const lex = cueLexicon();
  return lex.speech.has(verb.lemma) || lex.report.has(verb.lemma) || perceptionClauseVerbs().has(verb.lemma);
}

/** Words opening a clause inside the content, whose verb is that clause's, not the main one. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'if', 'whether', 'because', 'and', 'but', 'or', 'as', 'than', 'what', 'how', 'why']);
