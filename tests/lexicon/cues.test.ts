import { describe, expect, test } from 'vitest';
import { cueLexicon } from '../../src/lexicon/cues.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('object-cue word lists in data/cues.json', () => {
  test('particles, plain and past stances and that-only noun cues load as Sets and Maps', () => {
    const lex = cueLexicon();
    expect([...lex.objectParticles.get('vote')!]).toEqual(['for', 'against', 'to']);
    expect(lex.objectParticles.get('lash')!.has('out')).toBe(true);
    expect(lex.plainStances.has('oppose')).toBe(true);
    expect(lex.pastStances.get('favored')).toBe('favor');
    expect(lex.thatOnlyNounCues.has('estimates')).toBe(true);
    expect(lex.movedBefore.get('back')!.has('into')).toBe(true);
    expect(lex.notCueBefore.get('back')!.has('up')).toBe(true);
  });

  test('an object noun of another sense right after its verb undoes the cue too; the verbs of addressing lead an occasion', () => {
    const lex = cueLexicon();
    for (const noun of lex.objectCueOtherSenses.get('voice')!) expect(lex.notCueBefore.get('voice')!.has(noun)).toBe(true);
    expect(lex.notCueBefore.get('voice')!.has('concern')).toBe(false);
    expect(lex.notCueBefore.get('know')!.has('as')).toBe(true);
    for (const verb of lex.addressingVerbs) expect(lex.occasionLeads.has(verb)).toBe(true);
    expect(lex.occasionLeads.has('in')).toBe(true);
    expect(lex.occasionLeads.has('said')).toBe(false);
  });

  test('a word that names an object property is no entry: "constructor"', () => {
    const lex = cueLexicon();
    expect(lex.objectParticles.get('constructor')).toBeUndefined();
    expect(lex.pastStances.get('constructor')).toBeUndefined();
  });
});


describe('refusal verbs and segment-leaving adjectives in data/cues.json', () => {
  test('the verbs of refusing (by lemma, any form) withhold the question; a verb of saying reports it (negative case)', () => {
    const reports = (text: string) => extractArticle(text).quotes.filter((q) => q.type === 'indirect').map((q) => q.text);
    for (const verb of ['declined', 'declines', 'refused', 'refuses']) expect(reports(`Ana Ruiz ${verb} to say whether the shop would reopen.`)).toEqual([]);
    expect(reports('Ana Ruiz said the shop would reopen in May.')).toEqual(['the shop would reopen in May']);
    expect(cueLexicon().refusalVerbs.has('say')).toBe(false);
  });

  test('"another", "separate", "earlier" leave the segment under way; "later" ("later in the episode") does not', () => {
    const lex = cueLexicon();
    for (const word of ['another', 'separate', 'earlier']) expect(lex.segmentLeavingAdjectives.has(word)).toBe(true);
    expect(lex.segmentLeavingAdjectives.has('later')).toBe(false);
  });
});

describe('question words in data/cues.json', () => {
  test('question_words open a clause; question_topic_words join them as openers of a question', () => {
    const lexicon = cueLexicon();
    expect(lexicon.questionWords.has('whether')).toBe(true);
    expect(lexicon.questionWords.has('about')).toBe(false);
    expect(lexicon.questionOpeners.has('whether')).toBe(true);
    expect(lexicon.questionOpeners.has('regarding')).toBe(true);
    expect(lexicon.questionOpeners.has('to')).toBe(false);
  });
});
