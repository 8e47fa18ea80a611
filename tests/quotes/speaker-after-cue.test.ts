import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"according to X, NAME, AGE, verb …": the name opens the reported clause', () => {
  test('an aside between commas, then a verb: the source is the phrase after "according to", the name is in the content', () => {
    const text = 'The couple met in 2019. According to the insider, Pellerin, 34, proposed during a trip to Port Elwin last month.';
    expect(quote(text, 'Pellerin')).toMatchObject({
      type: 'indirect', text: 'Pellerin, 34, proposed during a trip to Port Elwin last month', start: at(text, 'Pellerin'),
      speaker_mention: 'the insider', speaker_start: at(text, 'the insider'), speaker_kind: 'anonymous', cue: 'According to', cue_start: at(text, 'According'),
    });
  });

  test('a longer aside ("a local pilot") works the same way', () => {
    const text = 'According to the harbour board, Mara Okafor, a local pilot, will lead the crew next year.';
    expect(quote(text, 'Mara Okafor')).toMatchObject({ type: 'indirect', text: 'Mara Okafor, a local pilot, will lead the crew next year', speaker_mention: 'the harbour board' });
  });

  test('several asides (an age, "of PLACE") before the verb', () => {
    const text = 'According to the harbour police, Tomas Reyna, 19, of Port Elwin, was questioned on Sunday.';
    expect(quote(text, 'Tomas Reyna')).toMatchObject({
      type: 'indirect', text: 'Tomas Reyna, 19, of Port Elwin, was questioned on Sunday', start: at(text, 'Tomas Reyna'),
      speaker_mention: 'the harbour police', speaker_start: at(text, 'the harbour police'), cue: 'According to', cue_start: at(text, 'According'),
    });
  });

  test('a relative clause as the aside before the verb', () => {
    const text = 'According to a neighbour, Idris, who runs the ferry kiosk, is moving to the coast.';
    expect(quote(text, 'Idris')).toMatchObject({
      type: 'indirect', text: 'Idris, who runs the ferry kiosk, is moving to the coast', start: at(text, 'Idris'),
      speaker: null, speaker_mention: 'a neighbour', speaker_start: at(text, 'a neighbour'), cue: 'According to',
    });
  });

  test('asides with no finite verb after them leave the name as the source', () => {
    const text = 'According to a spokeswoman, Mara Okafor, 52, of Port Elwin, the harbour will close in May.';
    // (The content still starts at the age, as before this rule: only the speaker is asserted here.)
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', speaker: 'Mara Okafor', speaker_start: at(text, 'Mara'), cue: 'According to' }]);
  });

  test('a name in apposition with no verb after it is the source', () => {
    const text = 'According to a spokeswoman, Mara Okafor, the harbour will close in May.';
    expect(quote(text, 'the harbour')).toMatchObject({ type: 'indirect', text: 'the harbour will close in May', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: at(text, 'Mara') });
  });
});

describe('"according to" a firm whose abbreviation ends the sentence', () => {
  test('"… according to the Elwin Convention & Visitors Corp. Hotel owners estimated …": the firm is the source, the next sentence its own', () => {
    const text = 'The fair draws about 9,000 people over two days, according to the Elwin Convention & Visitors Corp. Hotel owners estimated that the last night alone brought in about $1 million.';
    expect(quote(text, 'The fair')).toMatchObject({
      type: 'indirect', text: 'The fair draws about 9,000 people over two days', start: 0, speaker: 'Elwin Convention & Visitors Corp.',
      speaker_start: at(text, 'Elwin'), speaker_kind: 'organization', cue: 'according to',
    });
    expect(quote(text, 'the last night')).toMatchObject({ speaker_mention: 'Hotel owners', speaker_start: at(text, 'Hotel owners'), cue: 'estimated' });
  });
});

describe('an anonymous source\'s closeness adjective keeps its complement after the cue', () => {
  test('"according to officials familiar with the plan": the whole description is the source', () => {
    const text = 'The ferry line will be sold to a rival, according to officials familiar with the plan.';
    expect(quote(text, 'The ferry line')).toMatchObject({
      type: 'indirect', text: 'The ferry line will be sold to a rival', start: 0, speaker: null,
      speaker_mention: 'officials familiar with the plan', speaker_start: at(text, 'officials'), speaker_kind: 'anonymous', cue: 'according to', cue_start: at(text, 'according'),
    });
  });

  test('"said a friend close to the painter": "close to …" belongs to the description', () => {
    const text = 'The show is “postponed, not cancelled,” said a friend close to the painter.';
    expect(quote(text, 'postponed')).toMatchObject({
      type: 'partial', text: 'postponed, not cancelled,', speaker_mention: 'a friend close to the painter', speaker_start: at(text, 'a friend'), speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });
  test('a person named in the complement is never the speaker: "said an aide close to Senator Ada Voss"', () => {
    const text = '“The vote can wait,” said an aide close to Senator Ada Voss.';
    expect(quote(text, 'The vote')).toMatchObject({
      type: 'direct', text: 'The vote can wait,', start: 1, speaker: null,
      speaker_mention: 'an aide close to Senator Ada Voss', speaker_start: at(text, 'an aide'), speaker_end: text.length - 1, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a family or a bare surname in the complement stays inside the description', () => {
    const text = '“They will not sell the farm,” said a source close to the Pellerins. “Nothing is decided,” said one adviser familiar with Okafor.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', text: 'They will not sell the farm,', speaker: null, speaker_mention: 'a source close to the Pellerins', speaker_start: at(text, 'a source'), speaker_kind: 'anonymous', cue: 'said' },
      { type: 'direct', text: 'Nothing is decided,', speaker: null, speaker_mention: 'one adviser familiar with Okafor', speaker_start: at(text, 'one adviser'), speaker_kind: 'anonymous', cue: 'said' },
    ]);
  });

  test('"according to people familiar with Reyna’s plans": the possessed noun ends the description', () => {
    const text = 'The bakery will move to the harbour, according to people familiar with Reyna’s plans.';
    expect(quote(text, 'The bakery')).toMatchObject({
      type: 'indirect', text: 'The bakery will move to the harbour', start: 0, speaker: null,
      speaker_mention: 'people familiar with Reyna’s plans', speaker_start: at(text, 'people'), speaker_kind: 'anonymous', cue: 'according to',
    });
  });
});

describe('"with knowledge of" after a person noun belongs to the anonymous source\'s description', () => {
  test('"According to three people with knowledge of the talks, …": the whole description is the mention', () => {
    const text = 'According to three people with knowledge of the talks, the club will sell its ground.';
    const words = 'the club will sell its ground';
    expect(quote(text, 'the club will')).toMatchObject({
      type: 'indirect', text: words, start: at(text, words), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'three people with knowledge of the talks', speaker_start: at(text, 'three'), cue: 'According to', outlet: null,
    });
  });

  test('"…, said an official with knowledge of the plan": after the cue too', () => {
    const text = 'The club will sell its ground, said an official with knowledge of the plan.';
    expect(quote(text, 'The club will')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'an official with knowledge of the plan', cue: 'said' });
  });

  test('near miss: "with" and a body is no knowledge: "two people with the team" keeps its own reading', () => {
    const text = 'According to two people with the team, the club will sell its ground.';
    expect(quote(text, 'the club will')).toMatchObject({ speaker_mention: 'two people with the team', speaker_kind: 'anonymous' });
  });
});
