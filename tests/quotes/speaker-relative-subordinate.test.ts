import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a relative clause holding a subordinate clause inside the subject', () => {
  test('"A rigger who asked not to be named because she is still working on a harbour series said …": the head before "who" speaks', () => {
    const text = 'A rigger who asked not to be named because she is still working on a harbour series said morale was “lower than ever.”';
    expect(quote(text, 'lower than ever')).toMatchObject({
      type: 'partial', text: 'lower than ever.', speaker_mention: 'A rigger', speaker_start: at(text, 'A rigger'), cue: 'said',
    });
  });

  test('"Fans who cheered when the band played the anthem said …"', () => {
    const text = 'Fans who cheered when the band played the anthem said the night in Port Elwin was perfect.';
    expect(quote(text, 'the night')).toMatchObject({ type: 'indirect', speaker_mention: 'Fans', speaker_start: 0, cue: 'said' });
  });

  test('a subordinate clause whose own subject says it is no part of the relative clause: "when the captain said"', () => {
    const text = 'Pilots who left early when the captain said the tide was turning missed the vote.';
    expect(quote(text, 'the tide')).toMatchObject({ type: 'indirect', speaker_mention: 'the captain', cue: 'said' });
  });

  test('a subordinate clause ending in a predicate the tagger reads as an adverb: "Residents who fled because the smoke was thick said …"', () => {
    const text = 'Residents who fled because the smoke was thick said they would not return.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'they would not return', start: at(text, 'they would'), end: text.length - 1, speaker: null, speaker_mention: 'Residents', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    }]);
  });

  test('a subordinate clause ending in its pronoun subject and an auxiliary: "Residents who fled when they could said …"', () => {
    const text = 'Residents who fled when they could said they would not return.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'they would not return', start: at(text, 'they would'), speaker: null, speaker_mention: 'Residents', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    }]);
  });

  test('the pronoun right before the cue is still the subordinate clause\'s own speaker: "when they said"', () => {
    const text = 'Pilots who left early when they said the tide was turning missed the vote.';
    expect(quote(text, 'the tide')).toMatchObject({ speaker_mention: 'they', cue: 'said' });
  });

  test('a subordinate clause whose last words make no noun phrase: "after the fire spread", "although they disliked her plan"', () => {
    const fled = 'Residents who fled as the flames grew said they would not return.';
    expect(quote(fled, 'they would')).toMatchObject({ type: 'indirect', speaker_mention: 'Residents', cue: 'said' });
    const backed = 'Voters who backed Ruiz although they disliked her plan said the race was close.';
    expect(quote(backed, 'the race')).toMatchObject({ type: 'indirect', speaker_mention: 'Voters', speaker_start: 0, cue: 'said' });
  });

  test('not a clause before the "who": "councillors like Tom Arbel who have backed her" is Arbel\'s', () => {
    const text = 'The mayor leans on councillors like Tom Arbel who have endorsed her to carry the message.';
    expect(quotesOf(text).filter((q) => q.cue === 'endorsed').map((q) => q.speaker)).toEqual(['Tom Arbel']);
  });

  test('a passive keeps its usual adverbs: "The mayor was also told …" gives the mayor no report', () => {
    expect(quotesOf('The mayor was also told the plan was dead.')).toEqual([]);
  });
});

describe('"in what its studio described as …": "what" is no word of the speaker', () => {
  test('the speaker is "its studio", an organisation', () => {
    const text = 'The game was buried under reviews in what its studio described as a “coordinated attack.”';
    expect(quote(text, 'coordinated')).toMatchObject({ type: 'partial', text: 'coordinated attack.', speaker_mention: 'its studio', speaker_start: at(text, 'its studio'), speaker_kind: 'organization', cue: 'described' });
  });

  test('near miss: a description with no "what" before it keeps its words ("the studio behind the game described")', () => {
    const text = 'The studio behind the game described the reviews as a “coordinated attack.”';
    expect(quote(text, 'coordinated')).toMatchObject({ type: 'partial', speaker_mention: 'The studio behind the game', speaker_start: 0 });
  });
});

describe('a relative clause without "that": the subject after the noun it describes speaks', () => {
  test('"… missed a deadline the council now says was “…”": the speaker is the council, not the deadline', () => {
    const text = 'The builders missed a deadline the council now says was “wildly optimistic.”';
    expect(quote(text, 'wildly optimistic')).toMatchObject({
      type: 'partial', text: 'wildly optimistic.', start: at(text, 'wildly'), speaker_mention: 'the council', speaker_start: at(text, 'the council'), cue: 'says', outlet: null,
    });
  });

  test('near miss: "half the staff said" stays one phrase', () => {
    const text = 'Half the staff said they had not been paid for March.';
    expect(quote(text, 'they had not')).toMatchObject({ speaker_mention: 'Half the staff', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said' });
  });
});

describe('"and" between two adjectives before the head keeps one phrase', () => {
  test('"A dozen current and former drivers said …": the whole description', () => {
    const text = 'A dozen current and former drivers said they had been paid late.';
    expect(quote(text, 'they had been')).toMatchObject({
      type: 'indirect', text: 'they had been paid late', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A dozen current and former drivers', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: "and" between two phrases still splits them: "The mayor and the police chief said"', () => {
    const text = 'The mayor and the police chief said the road would reopen on Monday.';
    expect(quote(text, 'the road')).toMatchObject({ speaker_mention: 'the police chief', cue: 'said' });
  });
});
