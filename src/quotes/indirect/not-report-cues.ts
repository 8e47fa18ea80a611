import type { Token } from '../../types.js';
import type { IndirectQuote } from './report-sentence.js';
import { isTimeWord } from '../../nlp/time-words.js';
import { scoreWords } from '../../lexicon/score-words.js';
import { isOnlyParticiple } from '../../lexicon/irregular-participles.js';
import { cueObjectSenses } from '../../lexicon/cue-object-senses.js';
import { pluralNounForm } from './plural-noun-cues.js';
import { prospectiveReport } from './prospective-reports.js';
import { actObject } from './act-objects.js';
import { anonymityMotive } from './anonymity-fears.js';
import { agreementOnQuestion } from './agreement-on-questions.js';
import { possessedGerund } from './possessed-gerunds.js';
import { obligedAct } from './obliged-acts.js';
import { beliefAsMotive } from './motive-beliefs.js';
import { failedAct } from './failed-acts.js';
import { signedDocumentAsks } from './signed-documents.js';

/**
 * A cue word that, where it stands, reports nothing. Two shapes:
 * - a participle of an irregular verb right after a noun it modifies: "Replays shown on the big screen
 *   appeared to …", "the letters written by staff were …" (only forms that cannot be a past tense, so "Officials
 *   said …" is untouched), but not after an auxiliary and a time phrase ("has this week written to …");
 * - "hit back" of a score, not of words: "Leeds hit back through a penalty" (only with a score word in its
 *   clause, so "hit back in a statement that …" still reports);
 * - a cue after "fail to" ("after failing to agree a new lease"): nothing said or agreed;
 * - a participle after a petition ("a petition, signed by …, asking …"): what the document asks, no one's report.
 * Asked twice: by reportsByCue before a cue opens a report (so it starts nothing there), and by findIndirect
 * on every report's cue, for the reports other finders build (accounts, nominal and object-cue reports).
 */
export function notAReportCue(tokens: Token[], i: number): boolean {
  return participleOnNoun(tokens, i) || sportingHitBack(tokens, i) || objectOfOtherSense(tokens, i) || claimedPrize(tokens, i) || actObject(tokens, i) || anonymityMotive(tokens, i) || agreementOnQuestion(tokens, i) || writesForOutlet(tokens, i) || onlyPlaceAfter(tokens, i) || productRecall(tokens, i) || participleAfterArticle(tokens, i) || pluralNounForm(tokens, i) || prospectiveReport(tokens, i) || possessedGerund(tokens, i) || obligedAct(tokens, i) || beliefAsMotive(tokens, i) || failedAct(tokens, i) || signedDocumentAsks(tokens, i);
}

/**
 * "a deal worth a reported £410 million", "an estimated 3,000 fans", "an alleged plot": a participle right after
 * "a"/"an" modifies the noun or amount after it, so it reports nothing ("a spokesman reported …" has a noun
 * between the article and the cue, and is untouched).
 */
function participleAfterArticle(tokens: Token[], i: number): boolean {
  return /^(a|an)$/.test(tokens[i - 1]?.normal ?? '') && /ed$/.test(tokens[i]!.normal);
}

/**
 * "applauded from her chair.", "cheered at the rally.": a place or time phrase right after the cue and no verb
 * or "that" before the sentence ends, so nothing is reported ("said at the rally that …" and "said in Leeds the
 * talks would resume" still report, and so does a cue after its report: "…, she said on Monday.").
 */
function onlyPlaceAfter(tokens: Token[], i: number): boolean {
  // (Only a verb after its subject: a noun the tagger reads as a verb may head a longer phrase, "responses to
  // questions on the subject during …".)
  const before = tokens[i - 1];
  if (tokens[i]!.pos !== 'VERB' || !before || /^(ADP|DET|ADJ|PART)$/.test(before.pos) || before.normal === 'to' || !cueObjectSenses().emptyAfterPrepositions.has(tokens[i + 1]?.normal ?? '')) return false;
  // (Not a cue after its report: "…, the company said on Tuesday." — a comma or quotation mark before it in its sentence.)
  for (let k = i - 1; k >= 0; k--) {
    if (/^[.;:!?]$/.test(tokens[k]!.text)) break;
    if (/^[,"”’']$/.test(tokens[k]!.text)) return false;
  }
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A colon opens what is said: "spoke on Tuesday: the levy goes".)
    if (t.text === ':') return false;
    if (/^[.;!?]$/.test(t.text)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'that' || /^[,"“‘']$/.test(t.text)) return false;
  }
  return true;
}

/**
 * "is recalling about 400,000 heaters", "recalled 12,000 cars": a product recall, a count of things taken back,
 * not a memory told. Only a number (maybe after "about", "nearly" …) and a noun right after the verb.
 */
function productRecall(tokens: Token[], i: number): boolean {
  if (!/^recall(s|ed|ing)?$/.test(tokens[i]!.normal)) return false;
  let k = i + 1;
  while (k < i + 4 && tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'ADP' || /^(about|nearly|some|roughly|around|almost|over|than|more|up|to)$/.test(tokens[k]!.normal))) k++;
  if (tokens[k]?.pos !== 'NUM') return false;
  while (tokens[k]?.pos === 'NUM') k++;
  return tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ';
}

/**
 * "wrote for “Northern Lights”", "has written for The Atlantic", "writes for Vogue": a job on a paper or show,
 * not words reported. Only with no "that" clause after it, so "wrote for the paper that …" still reports.
 */
function writesForOutlet(tokens: Token[], i: number): boolean {
  if (!/^(write|writes|wrote|written|writing)$/.test(tokens[i]!.normal) || tokens[i + 1]?.normal !== 'for') return false;
  const next = tokens[i + 2];
  if (!next || !(/^[\p{Lu}"“‘']/u.test(next.text) || (next.normal === 'the' && /^\p{Lu}/u.test(tokens[i + 3]?.text ?? '')))) return false;
  for (let k = i + 2; k < tokens.length && k < i + 12; k++) {
    if (/^[.;:!?]$/.test(tokens[k]!.text)) break;
    if (tokens[k]!.normal === 'that') return false;
  }
  return true;
}

/**
 * "citing an unnamed official" names a source, not what was said; "showing footage filmed …" and "showed
 * advertisers a schedule" display a thing. Only when the object's head noun says so, so "citing low growth"
 * and "a poll showing her ahead" still report.
 */
function objectOfOtherSense(tokens: Token[], i: number): boolean {
  const verb = tokens[i]!.normal;
  const cite = /^cit(e|es|ed|ing)$/.test(verb);
  if (!cite && !/^show(s|ed|n|ing)?$/.test(verb)) return false;
  const senses = cueObjectSenses();
  for (let k = i + 1; k < tokens.length && k < i + 6; k++) {
    const t = tokens[k]!;
    // (Not a compound's first noun, "film sales", nor the subject of a reported clause: "The survey showed
    // customers want …" — a participle phrase after the noun, "footage filmed from the bridge", is no clause.)
    if ((cite ? senses.citeSources.has(t.normal) : senses.pictures.has(t.normal) || senses.audiences.has(t.normal)) && tokens[k + 1]?.pos !== 'NOUN') return !clauseVerbAt(tokens, k + 1);
    if (!/^(DET|ADJ|NUM|PROPN|NOUN|ADV)$/.test(t.pos) && t.normal !== "'s") return false;
  }
  return false;
}

const ORDINAL = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/;

/**
 * "claimed the title", "claimed the jackpot", "claimed his third victory of the season": winning a prize, not saying something.
 * Victory/win/lead only after an ordinal, since "claimed victory" of an election reports a statement.
 */
function claimedPrize(tokens: Token[], i: number): boolean {
  if (!/^claim(s|ed|ing)?$/.test(tokens[i]!.normal)) return false;
  const { prizes, rankedPrizes } = cueObjectSenses();
  let ranked = false;
  for (let k = i + 1; k < tokens.length && k < i + 6; k++) {
    const t = tokens[k]!;
    // (Not a prize that is a clause's subject: "claimed the prize was rigged" reports.)
    if (!/^(NOUN|VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && (prizes.has(t.normal) || (ranked && rankedPrizes.has(t.normal)))) return true;
    if (ORDINAL.test(t.normal)) ranked = true;
    else if (!/^(DET|ADJ|NUM|PROPN|NOUN|ADV|PRON)$/.test(t.pos) && t.normal !== "'s") return false;
  }
  return false;
}

/** A finite verb at tokens[k] opening a clause's predicate, not a participle phrase ("filmed from", "taken after"). */
function clauseVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^(VERB|AUX)$/.test(t.pos)) return false;
  return !(/(ed|en|ing)$/.test(t.normal) && tokens[k + 1]?.pos === 'ADP');
}

function participleOnNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isOnlyParticiple(t.normal)) return false;
  const before = tokens[i - 1];
  // (A noun the tagger may read as a name where it opens the sentence: "Replays shown …".)
  return (before?.pos === 'NOUN' || before?.pos === 'PROPN') && !afterAuxiliary(tokens, i);
}

const AUXILIARY = /^(has|have|had|'s|'ve|'d|is|are|was|were|be|been|being)$/;
// What may stand in a time phrase between the auxiliary and its participle: "has this week", "have for decades".
const TIME_PHRASE_WORD = /^(this|last|next|that|the|a|few|several|many|some|all|for|in|over|during|since|throughout|recent|past|decades|hours|centuries|ages)$/;

/** "The mayor has this week written to …": the participle is the clause's verb, its noun a time word. */
function afterAuxiliary(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (AUXILIARY.test(t.normal)) return k < i - 1;
    if (!(t.pos === 'ADV' || t.pos === 'NUM' || isTimeWord(t.normal) || TIME_PHRASE_WORD.test(t.normal))) return false;
  }
  return false;
}

function sportingHitBack(tokens: Token[], i: number): boolean {
  if (!/^hit(s|ting)?$/.test(tokens[i]!.normal) || tokens[i + 1]?.normal !== 'back') return false;
  const { nouns, infinitives } = scoreWords();
  // Look through the clause ("hit back through a late penalty, but …" ends at the comma).
  for (let k = i + 2; k < tokens.length && k < i + 12; k++) {
    const t = tokens[k]!;
    if (/^(,|;|:|\.|that|but|—)$/.test(t.normal) || t.pos === 'PUNCT') return false;
    if (/^\d+-\d+$/.test(t.normal) || (t.pos === 'NUM' && /^[-–]$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.pos === 'NUM')) return true;
    if (t.normal === 'to' && infinitives.has(tokens[k + 1]?.normal ?? '')) return true;
    if (/^(through|thru|with|via)$/.test(t.normal)) { // (wink writes "through" as "thru".)
      for (let m = k + 1; m < k + 5 && m < tokens.length; m++) {
        if (nouns.has(tokens[m]!.normal)) return true;
        if (!/^(DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(tokens[m]!.pos)) break;
      }
    }
  }
  return false;
}

/**
 * "He said two sensors had reported back after the storm": a cue inside another report's content whose
 * own content opens on a particle (back, in, out, off) has no clause of its own; it is part of the outer
 * report.
 */
export function particleInsideReport(tokens: Token[], reports: readonly IndirectQuote[], q: IndirectQuote): boolean {
  const cue = q.frame.cueToken;
  const particle = tokens[cue + 1];
  if (!particle || !/^(back|in|out|off)$/.test(particle.normal) || q.start !== particle.start) return false;
  return reports.some((outer) => outer !== q && outer.start <= q.frame.cueStart && outer.end >= q.end);
}
