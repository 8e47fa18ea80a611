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
  // (Not a cue in the present, which sorts people by a view they hold rather than tells what they said:
  // "Voters who say the economy matters most were divided" is a poll's group, the whole phrase the source.)
  if (presentForm(tokens[cue]!)) return to;
  const groups = verbGroups(tokens, from, to);
  // The content's own verb comes first; each later group is the main verb unless a clause opener
  // ("that", "and", "who" …) opens it or the group before takes a bare clause ("heard shots were fired"),
  // and the last group left is the main verb in any case: the sentence needs one.
  const open = groups.filter((g, n) => n > 0 && !g.opened);
  for (let n = 0; n < open.length; n++) {
    const g = open[n]!;
    const previous = groups[groups.indexOf(g) - 1]!;
    if (n < open.length - 1 && takesBareClause(tokens[previous.head]!)) continue;
    // (Nor a lone verb ending the object of the verb before, when an auxiliary and its participle come later:
    // "… who revealed that she used a private email address while in office was sentenced" has a noun
    // mis-tagged in "address", the main verb is "was sentenced".)
    if (endsObjectBefore(tokens, previous, g) && open.slice(n + 1).some(later => auxiliaryAndVerb(tokens, later))) continue;
    // (Nor when the main verb is the subject's own speech or stance, "Fans who said X backed Y", "… who
    // said X were irritated about Y": the sentence attributes that to the whole phrase, relative and all.)
    if (ownStance(tokens, g, to)) return to;
    // (The comma or mark before it stays out.)
    let end = g.start - 1;
    while (end > from && tokens[end]!.pos === 'PUNCT') end--;
    // (A cut leaving no verb leaves no clause either: "Hacker who revealed a password admits …" reported a thing.)
    return groups[0]!.start <= end ? end : to;
  }
  return to;
}

/** g is one verb closing a determiner's phrase right after the group before: "used a private email address". */
function endsObjectBefore(tokens: Token[], previous: VerbGroup, g: VerbGroup): boolean {
  if (g.start !== g.head || tokens[g.start]!.pos !== 'VERB' || g.start - previous.head < 3) return false;
  if (tokens[previous.head + 1]!.pos !== 'DET') return false;
  for (let k = previous.head + 2; k < g.start; k++) if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) return false;
  return true;
}

/** The group is an auxiliary with its verb: "was sentenced", "has resigned". */
function auxiliaryAndVerb(tokens: Token[], g: VerbGroup): boolean {
  return tokens[g.start]!.pos === 'AUX' && g.head > g.start && tokens[g.head]!.pos === 'VERB';
}

/** A verb in its present form: "say", "says", "agree". */
function presentForm(verb: Token): boolean {
  return verb.normal === verb.lemma || verb.normal === verb.lemma + 's' || verb.normal === verb.lemma + 'es';
}

/** The group is a verb of speech, report or stance, or "be" with an adjective of attitude: "supported", "were irritated". */
function ownStance(tokens: Token[], g: VerbGroup, to: number): boolean {
  const lex = cueLexicon();
  const head = tokens[g.head]!;
  if (lex.speech.has(head.lemma) || lex.report.has(head.lemma) || lex.plainStances.has(head.lemma)) return true;
  const after = g.head + 1 <= to ? tokens[g.head + 1] : undefined;
  const adjective = head.lemma === 'be' ? after : head.pos === 'VERB' && tokens[g.head - 1]?.lemma === 'be' ? head : undefined;
  return !!adjective && lex.attitudes.has(adjective.normal);
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
