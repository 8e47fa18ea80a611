import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a time between a relative "who" and its cue', () => {
  test('"Okafor, who in 2010 said … “out of office by spring.”": Okafor\'s words, through "who"', () => {
    const text = 'Halvik met Okafor, who in 2010 said the plan was to see Halvik "out of office by spring."';
    expect(quote(text, 'out of office')).toMatchObject({
      type: 'partial', text: 'out of office by spring.', speaker: 'Okafor', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('the same report without quotation marks is indirect, with the content up to the full stop', () => {
    const text = 'Halvik met Okafor, who in 2010 said the plan was to see Halvik out of office by spring.';
    expect(quote(text, 'the plan')).toMatchObject({
      type: 'indirect', text: 'the plan was to see Halvik out of office by spring', speaker: 'Okafor', speaker_mention: 'who', cue: 'said',
    });
  });

  test('a year between the subject and the cue is a time, not the speaker: "Okafor in 2010 said"', () => {
    const text = 'Okafor in 2010 said the pier was safe.';
    expect(quote(text, 'the pier')).toMatchObject({ speaker: 'Okafor', speaker_start: 0, cue: 'said' });
    // "of 2010" names a class, part of the description.
    const cls = 'Members of the class of 2010 said the pier was safe.';
    expect(quote(cls, 'the pier')).toMatchObject({ speaker_mention: 'Members of the class of 2010' });
  });
});

describe('a description set off by commas between a name and "who"', () => {
  test('"Okafor, now the council leader, who in 2010 said … “out of office by spring.”": Okafor, with the description as role', () => {
    const text = 'Halvik still argues with Okafor, now the council leader, who in 2009 said the plan was to see Halvik "out of office by spring."';
    expect(quote(text, 'out of office')).toMatchObject({ type: 'partial', speaker: 'Okafor', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'said' });
    const plain = 'Hale met Okafor, the council leader, who said the pier was safe.';
    expect(quote(plain, 'the pier')).toMatchObject({ type: 'indirect', speaker: 'Okafor', speaker_mention: 'who', speaker_role: 'leader', cue: 'said' });
  });

  test('with no name before it, the description itself is the speaker', () => {
    const text = 'Hale met the council leader, who said the pier was safe.';
    expect(quote(text, 'the pier')).toMatchObject({ speaker: 'the council leader', speaker_mention: 'who' });
  });
});

describe('a possessive after a cue opens its clause, it names no speaker', () => {
  test('"who in 2010 said the party\'s only plan was … “out of office by spring.”": not "the party\'s"', () => {
    const text = 'Halvik still argues with Okafor, now the council leader, who in 2009 said the party\'s only plan was to see Halvik "out of office by spring."';
    expect(quote(text, 'out of office')).toMatchObject({ type: 'partial', speaker: 'Okafor', speaker_mention: 'who', cue: 'said' });
  });

  test('a whole phrase with a possessive inside still speaks: "said the harbour board\'s chair"', () => {
    const text = '"We will rebuild," said the harbour board\'s chair.';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker_mention: "the harbour board's chair", cue: 'said' });
  });
});

describe('a nested report keeps the inner speaker (the convention for quoted words inside reported words)', () => {
  test('"Okafor said the party\'s leader, Mara Lind, had called it “a mess.”": Lind called it that', () => {
    const text = 'Okafor said the party\'s leader, Mara Lind, had called it "a mess."';
    expect(quote(text, 'a mess')).toMatchObject({ type: 'partial', speaker: 'Mara Lind', speaker_start: at(text, 'Mara'), cue: 'called' });
  });
});

describe('"who" after a place in a prepositional phrase stands for the person before it', () => {
  test('"a ferry captain in the Orkney Islands who criticized …": the captain, not the islands', () => {
    const text = 'The council heard from a ferry captain in the Orkney Islands who criticized the new timetable as unworkable.';
    expect(quote(text, 'the new timetable')).toMatchObject({ type: 'indirect', text: 'the new timetable as unworkable', speaker_mention: 'who', speaker: 'a ferry captain', cue: 'criticized' });
  });

  test('after a town named without an article too: "a nurse from Kettering who …"', () => {
    const text = 'The council heard from Ana Ruiz, a nurse from Kettering who criticized the new rota as unsafe.';
    expect(quote(text, 'the new rota')).toMatchObject({ speaker_mention: 'who', cue: 'criticized' });
    expect(quote(text, 'the new rota').speaker).not.toBe('Kettering');
  });

  test('a person named after the preposition keeps "who" (negative case)', () => {
    const text = 'The council heard from a colleague of hers at the clinic, nurse Ana Ruiz, who criticized the new rota as unsafe.';
    expect(quote(text, 'the new rota').speaker).toBe('Ana Ruiz');
  });
});

describe('"A NOUN who …, and who …, said CLAUSE": two relative clauses on one speaker', () => {
  test('the noun the first relative clause belongs to speaks', () => {
    const text = 'A producer who worked with her on two films, and who asked not to be named, said Vallier had turned down more money than most.';
    expect(quote(text, 'Vallier')).toMatchObject({
      type: 'indirect', text: 'Vallier had turned down more money than most', start: at(text, 'Vallier'), speaker: null, speaker_mention: 'A producer',
      speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('negative: a single relative clause set off by commas after a name still gives the name', () => {
    const text = 'Tomas Vallier, who ran the mill, said the town would keep it.';
    expect(quote(text, 'the town')).toMatchObject({ type: 'indirect', speaker: 'Tomas Vallier', cue: 'said' });
  });
});
