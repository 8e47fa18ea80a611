import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('words shown on a written thing before a colon', () => {
  test('a photo of a sign posted with its words after a colon quotes no one', () => {
    const text = 'Maria Lopez, a nurse, wrote that the plan was “a stopgap.” She posted a photo of a sign taped to the gate of a closed pool: “No Swimming Today!”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a stopgap.', speaker: 'Maria Lopez', cue: 'wrote' }]);
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('placards waved before a colon carry the words', () => {
    const text = 'Nurses led by Maria Lopez waved placards outside the ministry: “Hands off our pensions!”';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a caption written for one’s own photo is the poster’s words', () => {
    const text = 'Maria Lopez posted a photo of her twins with the caption: “My whole heart.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'My whole heart.', start: text.indexOf('My whole'), speaker: 'Maria Lopez', cue: 'posted' }]);
  });

  test('“sign” modifying a noun after it names no sign shown', () => {
    const text = 'Maria Lopez said she came up with the sign idea: “Nurses first, always.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'Nurses first, always.', speaker: 'Maria Lopez', cue: 'said' }]);
  });

  test('a post with its words after a colon is the poster’s', () => {
    const text = 'Maria Lopez posted on X: “We will win this fight.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'We will win this fight.', start: text.indexOf('We will'), speaker: 'Maria Lopez', cue: 'posted', cue_start: text.indexOf('posted') }]);
  });

  test('a cue after the sign is the quotation’s own', () => {
    const text = 'Maria Lopez held up a sign and shouted: “We will win this fight.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'We will win this fight.', speaker: 'Maria Lopez', cue: 'shouted', cue_start: text.indexOf('shouted') }]);
  });

  test('a banner in an opening phrase before a comma leaves the speaker’s words', () => {
    const text = 'Under a banner, Maria Lopez said: “We will win this fight.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'We will win this fight.', speaker: 'Maria Lopez', cue: 'said' }]);
  });

  // A quotation is kept whole, with its speaker, cue and offsets.
  const kept = (text: string, quote: string, speaker: string | null, mention: string | null, cue: string | null) => {
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'direct', text: quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, speaker, speaker_mention: mention, cue, outlet: null });
    if (cue) expect(qs[0]).toMatchObject({ cue_start: text.indexOf(cue) });
  };

  test('“signs” as indications after the quotation’s own cue keep the quotation', () => {
    kept('Holt said there were encouraging signs in the data: “Hospitalisations are finally falling.”', 'Hospitalisations are finally falling.', 'Holt', 'Holt', 'said');
  });

  test('signs seen, not shown, are no written thing', () => {
    kept('Governor Ana Holt saw signs of progress in the latest figures: “Hospitalisations are finally falling.”', 'Hospitalisations are finally falling.', 'Ana Holt', 'Ana Holt', null);
  });

  test('a message nearer the colon than the sign is what the colon introduces', () => {
    kept('Marta Lindqvist posted a photo of the sign to Instagram with the message: “Proud of my town today.”', 'Proud of my town today.', 'Marta Lindqvist', 'Marta Lindqvist', 'posted');
  });

  test('an organisation’s notice is its statement', () => {
    kept('The company issued a notice to shareholders on Friday: “The board has approved the merger.”', 'The board has approved the merger.', 'The company', 'The company', null);
    kept('The council posted a notice on its website on Tuesday: “All libraries will close at noon.”', 'All libraries will close at noon.', 'The council', 'The council', 'posted');
  });

  test('a speech after the unveiled plaque ends the thing', () => {
    kept('The museum unveiled a plaque honouring the nurses on Sunday with a short speech by its director: “They held this city together.”', 'They held this city together.', null, null, null);
  });

  test('a scoreboard pointed to carries no shown words', () => {
    kept('The coach pointed to the scoreboard from last season: “We lost by forty.”', 'We lost by forty.', null, 'The coach', null);
  });

  test('a banner someone stands in front of is no object of showing', () => {
    kept('The union leader, standing in front of a banner at the rally: “We will not back down.”', 'We will not back down.', null, 'The union leader', null);
  });

  test('a notice that reads carries its words (the read rule keeps notices)', () => {
    expect(quotesOf('Outside the clinic, the notice read: “Closed until further notice.”')).toEqual([]);
  });

  test('a cue reporting others showing a banner quotes no one', () => {
    expect(quotesOf('Officials said protesters carried banners outside the parliament: "Tax the landlords."')).toEqual([]);
    expect(quotesOf('Stewards said supporters held up a banner behind the goal: "Bring back our manager."')).toEqual([]);
  });

  test('a pronoun after the cue may be its own subject: the holder’s words are kept', () => {
    kept('Nadia Ferro said she held up a sign outside the court: “We are not going anywhere.”', 'We are not going anywhere.', 'Nadia Ferro', 'Nadia Ferro', 'said');
  });

  test('data that “showed signs” after the cue show no written thing', () => {
    kept('Holt said the figures showed encouraging signs: “Admissions are finally dropping.”', 'Admissions are finally dropping.', 'Holt', 'Holt', 'said');
  });

  test('a slogan on a worn T-shirt is the T-shirt’s', () => {
    expect(quotesOf('She wore a T-shirt with a slogan: "I outlasted the storm."')).toEqual([]);
  });

  test('T-shirts worn with a slogan carry the words', () => {
    expect(quotesOf('Dozens of volunteers wore T-shirts with the slogan: “No more cuts.”')).toEqual([]);
  });
});

describe('a short term naming the topic of a debate', () => {
  test('single marks after “debate over” with no cue in the sentence quote no one; the next sentence’s partial stands', () => {
    const text = 'Ana Ruiz ran in a new trainer that has revived the old debate over ‘carbon plates’. In a statement, Norvik said it was ‘deeply proud’ of Ruiz.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'deeply proud', start: text.indexOf('deeply'), speaker: 'Norvik', cue: 'said', cue_start: text.indexOf('said') }]);
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('curly double marks behave the same', () => {
    const text = 'Ana Ruiz ran in a new trainer that has revived the row about “carbon plates.” Norvik said it was “deeply proud” of Ruiz.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['deeply proud']);
  });

  test('with a cue of its own the term is the speaker’s', () => {
    const text = 'Ana Ruiz said the debate over “carbon plates” was overblown.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'carbon plates', speaker: 'Ana Ruiz', cue: 'said' }]);
  });
});

describe('a frame set off inside a relative clause', () => {
  test('“who, he said,” before a quotation reports only the quotation, a partial', () => {
    const text = 'In his closing remarks, the host Tom Baker thanked the crews and the editors, who, he said, “have had a long year.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'partial', text: 'have had a long year.', start: text.indexOf('have had'), speaker: 'Tom Baker', speaker_start: text.indexOf('he said'), cue: 'said', cue_start: text.indexOf('said') },
    ]);
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('without marks the report is the relative clause, from its pronoun', () => {
    const text = 'In his closing remarks, the host Tom Baker thanked the crews and the editors, who, he said, have had a long year.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'who, he said, have had a long year', start: text.indexOf('who,'), speaker: 'Tom Baker', cue: 'said' }]);
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('an object cue before the relative clause keeps its object, not the dangling “which”', () => {
    const text = 'Tom Baker praised the new bridge, which, he added, had cost too much.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the new bridge', speaker: 'Tom Baker', cue: 'praised' },
      { type: 'indirect', text: 'which, he added, had cost too much', start: text.indexOf('which,'), speaker: 'Tom Baker', cue: 'added' },
    ]);
  });
});
