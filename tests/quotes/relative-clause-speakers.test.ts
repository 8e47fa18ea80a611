import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a time between a relative "who" and its cue', () => {
  test('"Okafor, who in 2010 said … “out of office by spring.”": Okafor\'s words, through "who"', () => {
    const text = 'Halvik met Okafor, who in 2010 said the plan was to see Halvik "out of office by spring."';
    expect(quote(text, 'out of office')).toMatchObject({
      type: 'partial', text: 'out of office by spring.', speaker: 'Okafor', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a season is a time too: "who last summer said", "who this winter said"', () => {
    const text = 'The rowers still back Ines Vale, their coach, who last summer said the roof was "barely standing."';
    expect(quote(text, 'barely')).toMatchObject({
      type: 'partial', text: 'barely standing.', speaker: 'Ines Vale', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'said', cue_start: at(text, 'said'),
    });
    const winter = 'The rowers still back Ines Vale, who this winter said the roof was "barely standing."';
    expect(quote(winter, 'barely')).toMatchObject({ speaker: 'Ines Vale', speaker_mention: 'who', cue: 'said' });
  });

  test('the phrase after the cue is no inverted speaker then: "who in 2019 said the boathouse needed “…”", "who on Monday told the board that …"', () => {
    const said = 'The club elected Tamsin Wrexley, who in 2019 said the boathouse needed “a new roof”.';
    expect(quote(said, 'a new roof')).toMatchObject({
      type: 'partial', text: 'a new roof', start: at(said, 'a new roof'), speaker: 'Tamsin Wrexley', speaker_mention: 'who', speaker_start: at(said, 'who'), cue: 'said', cue_start: at(said, 'said'),
    });
    const told = 'The club elected Tamsin Wrexley, who on Monday told the board that the boathouse was “beyond repair”.';
    expect(quote(told, 'beyond')).toMatchObject({ type: 'partial', text: 'beyond repair', speaker: 'Tamsin Wrexley', speaker_mention: 'who', cue: 'told', cue_start: at(told, 'told') });
  });

  test('negative: with no relative pronoun before the time, the subject before it speaks; a document before "which" lends no inverted speaker', () => {
    const plain = 'Tamsin Wrexley on Monday told the board that the boathouse was “beyond repair”.';
    expect(quote(plain, 'beyond')).toMatchObject({ speaker: 'Tamsin Wrexley', speaker_start: 0, cue: 'told' });
    expect(quotesOf('The council shelved the survey, which in 2019 said the boathouse needed “a new roof”.').filter((q) => q.speaker_mention === 'the boathouse')).toEqual([]);
  });

  test('negative: a spring that is a place still ends nothing ("the hot spring said" is no person, "Spring" no time)', () => {
    const text = 'Ines Vale, who runs the Hot Spring Lodge, said the pools were "full every weekend."';
    expect(quote(text, 'full every')).toMatchObject({ speaker: 'Ines Vale', cue: 'said' });
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

describe('a perfect\'s auxiliary between a relative "who" and its cue', () => {
  test('"Okafor, who had repeatedly described the levy as “…”": Okafor\'s words, through "who"', () => {
    const text = 'Hale met Okafor, who had repeatedly described the levy as “a tax on the poor.”';
    expect(quote(text, 'a tax on')).toMatchObject({
      type: 'partial', text: 'a tax on the poor.', speaker: 'Okafor', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'described', cue_start: at(text, 'described'),
    });
  });

  test('"Glenn Vox, who has described the plan as “…,” spoke on Monday": the clause holding the quotation is its frame', () => {
    const text = 'Glenn Vox, who has described the plan as “a reckless gamble,” spoke on Monday.';
    expect(quote(text, 'a reckless')).toMatchObject({ speaker: 'Glenn Vox', speaker_mention: 'who', cue: 'described' });
  });

  test('a relative clause closed by its comma before the cue leaves the main clause its own: the name speaks', () => {
    const text = 'Glenn Vox, who has studied the plan, described it as “a reckless gamble.”';
    expect(quote(text, 'a reckless')).toMatchObject({ speaker: 'Glenn Vox', speaker_mention: 'Glenn Vox', speaker_start: 0, cue: 'described' });
  });
});

describe('a relative clause after the speaker an inverted cue names', () => {
  test('"“…,” said Tim Weller, who added that the city had “…”": the clause\'s cue frames the quotation, "who" its mention', () => {
    const text = '“We are broke,” said Tim Weller, who added that the city had “no money left.”';
    expect(quote(text, 'no money')).toMatchObject({
      type: 'partial', speaker: 'Tim Weller', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'added', cue_start: at(text, 'added'),
    });
    expect(quote(text, 'We are broke')).toMatchObject({ speaker: 'Tim Weller', speaker_mention: 'Tim Weller', cue: 'said' });
  });

  test('a description set off by commas may come between the name and "who"', () => {
    const text = '“We are broke,” said Tim Weller, the treasurer, who added that the city had “no money left.”';
    expect(quote(text, 'no money')).toMatchObject({ speaker: 'Tim Weller', speaker_mention: 'who', cue: 'added' });
  });

  test('a relative clause on someone else the sentence names gives that person the words', () => {
    const text = '“We are broke,” said Tim Weller after meeting Ana Ruiz, who had described the fund as “empty.”';
    expect(quote(text, 'empty')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'who', cue: 'described' });
  });

  test('a relative clause closed by its comma before the quotation is no frame: the name and the later cue speak', () => {
    const text = '“We are broke,” said Tim Weller, who chairs the board, adding that the fund was “empty.”';
    expect(quote(text, 'empty')).toMatchObject({ speaker: 'Tim Weller', speaker_mention: 'Tim Weller', cue: 'adding' });
  });
});

describe('a name with its own "\'s" token after a cue is a possessive, no inverted speaker', () => {
  test('"who in 2019 said the FSU\'s first duty was … “open to every member.”": not "FSU"', () => {
    const text = 'Few in the union still trust Dace, its treasurer for six years, who in 2019 said the FSU\'s first duty was to keep the hall "open to every member."';
    expect(quote(text, 'open to every')).toMatchObject({ type: 'partial', speaker: 'Dace', speaker_mention: 'who', cue: 'said' });
  });

  test('a whole phrase with a possessive still speaks after the cue: "said Acme\'s chief, Mara Lind"', () => {
    const text = '"We are done," said Acme\'s chief, Mara Lind.';
    expect(quote(text, 'We are done')).toMatchObject({ type: 'direct', speaker: 'Mara Lind', cue: 'said' });
  });
});

describe('"A NOUN who …, and who …, said CLAUSE": two relative clauses on one speaker', () => {
  test('the noun the first relative clause belongs to speaks', () => {
    const text = 'An engineer who inspected the bridge, and who requested anonymity, said the new cables were sound.';
    expect(quote(text, 'the new cables')).toMatchObject({
      type: 'indirect', text: 'the new cables were sound', start: at(text, 'the new cables'), speaker: null, speaker_mention: 'An engineer',
      speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('the first clause set off by commas too: "The coach, who …, and who …, said"', () => {
    const text = 'The coach, who picked Oduya for the final, and who later dropped him, said he was "the hardest worker in the squad."';
    expect(quote(text, 'the hardest worker')).toMatchObject({
      type: 'partial', text: 'the hardest worker in the squad.', speaker_mention: 'The coach', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
    const named = 'Ines Farrow, who picked Oduya for the final, and who later dropped him, said he was "the hardest worker in the squad."';
    expect(quote(named, 'the hardest worker')).toMatchObject({ speaker: 'Ines Farrow', speaker_mention: 'Ines Farrow', cue: 'said' });
  });

  test('negative: a single relative clause set off by commas after a name still gives the name', () => {
    const text = 'Tomas Vallier, who ran the mill, said the town would keep it.';
    expect(quote(text, 'the town')).toMatchObject({ type: 'indirect', speaker: 'Tomas Vallier', cue: 'said' });
  });
});

describe('no inverted speaker after an auxiliary', () => {
  test('"a motion that would ask the Harbour Master to “…”": the phrase after "would ask" is its object; the outer speaker keeps the words', () => {
    const text = 'A council aide said Elwin was tabling a motion that would ask the Harbour Master to “find common ground” with the ferry crews.';
    expect(quote(text, 'find common ground')).toMatchObject({
      type: 'partial', text: 'find common ground', start: at(text, 'find'), speaker: null, speaker_mention: 'A council aide', speaker_start: 0,
      speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('negative: a plain inverted cue after a quotation still takes the name after it ("“…,” added the mayor")', () => {
    const text = '“We will rebuild,” said Mayor Ana Ruiz. “It will take time,” added the mayor.';
    expect(quote(text, 'It will')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'the mayor', speaker_start: at(text, 'the mayor'), cue: 'added' });
  });
});

describe('the phrase after "told" is its hearer', () => {
  test('"…, told reporters that …" with no subject found before the cue: the hearer is made no speaker', () => {
    const text = 'The ferry operator, a family firm since 1952, told reporters that the boat had "tipped in seconds."';
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'reporters')).toEqual([]);
  });

  test('negative: right after a quotation an inverted "told" still names the teller ("“…,” told Ruiz to the Ledger")', () => {
    const text = '“We are not done,” told Ana Ruiz to the Ledger on Friday.';
    expect(quote(text, 'We are')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', speaker_start: at(text, 'Ana'), cue: 'told' });
  });
});

describe('a quotation closing a relative clause, then the main clause\'s cue', () => {
  test('"X, whom Y called “…,” said that B": Y\'s partial, and X\'s report B', () => {
    const text = 'Dana Ostrow, whom Kessler called “a liar,” said on Tuesday that she would file a lawsuit.';
    expect(quote(text, 'a liar')).toMatchObject({ type: 'partial', text: 'a liar,', speaker: 'Kessler', cue: 'called' });
    expect(quote(text, 'she would')).toMatchObject({
      type: 'indirect', text: 'she would file a lawsuit', start: at(text, 'she would'),
      speaker: 'Dana Ostrow', speaker_mention: 'Dana Ostrow', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('negative: with no main-clause cue after the "whom" clause, only the partial', () => {
    const text = 'Dana Ostrow, whom Kessler called “a liar,” has since left the party.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker])).toEqual([['partial', 'a liar,', 'Kessler']]);
  });

  test('"X, who told the AP he would “…,” told Reuters that B": the aside\'s words keep its cue and outlet, B has the main clause\'s', () => {
    const text = 'Marko Pell, who told the AP he would “never back down,” told Reuters on Monday that the talks had failed.';
    expect(quote(text, 'never')).toMatchObject({
      type: 'partial', text: 'never back down,', speaker: 'Marko Pell', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'told', cue_start: at(text, 'told'), outlet: 'AP',
    });
    expect(quote(text, 'the talks')).toMatchObject({
      type: 'indirect', text: 'the talks had failed', speaker: 'Marko Pell', speaker_mention: 'Marko Pell', cue: 'told', cue_start: at(text, 'told Reuters'), outlet: 'Reuters',
    });
  });

  test('"X, who called A “…,” told Reuters that B": the hearer after the clause is no speaker of the quotation', () => {
    const text = 'Marko Pell, who called the offer “an insult,” told Reuters on Monday that the talks had failed.';
    expect(quote(text, 'an insult')).toMatchObject({ type: 'partial', speaker: 'Marko Pell' });
    expect(quote(text, 'the talks')).toMatchObject({ speaker: 'Marko Pell', cue: 'told', outlet: 'Reuters' });
  });

  test('negative: a quotation that is no relative clause\'s still takes the teller after it', () => {
    const text = '“We will never back down,” told Pell to the Ledger.';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: 'Pell', speaker_mention: 'Pell', cue: 'told' });
  });
});

describe('a hyphenated modifier inside the description before a relative clause', () => {
  test('"from one of the grain-exporting states, who …, said": the whole description speaks, not a noun after the cue', () => {
    const text = 'A veteran mediator from one of the grain-exporting states, who asked not to be identified because the meeting was private, said the offer was “an insult to the farmers”.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'an insult to the farmers', speaker: null, speaker_mention: 'A veteran mediator from one of the grain-exporting states', cue: 'said' }]);
  });

  test('a lone "negotiator" is a description of a person, set off by a relative clause', () => {
    const text = 'A negotiator, who asked not to be named, said “we cannot sign this”.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'we cannot sign this', speaker_mention: 'A negotiator', cue: 'said' }]);
  });

  test('negative: the noun phrase after the cue never stands in for the description (no "the offer" speaking)', () => {
    const text = 'A veteran mediator from one of the grain-exporting states, who asked not to be identified because the meeting was private, said the offer was “an insult to the farmers”.';
    expect(quotesOf(text).map((q) => q.speaker_mention)).not.toContain('the offer');
  });
});

describe('a person "of the ADJ Party" before ", who …, said"', () => {
  test('"Senator Ana Lopez of the governing Civic Movement, who chairs …, said": the senator speaks, not the party', () => {
    const text = 'Senator Ana Lopez of the governing Civic Movement, who chairs the budget committee, said that the reform was “long overdue.”';
    expect(quote(text, 'long overdue')).toMatchObject({
      type: 'partial', text: 'long overdue.', speaker: 'Ana Lopez', cue: 'said', cue_start: at(text, 'said'),
    });
  });
});

describe('a person "of" a place with one small-letter word before it', () => {
  test('"Ana Ruiz of rural Vellmark said": the one word after "of" is the place\'s modifier, so Ana Ruiz speaks', () => {
    const text = 'Ana Ruiz of rural Vellmark said the road was “closed for weeks”.';
    expect(quote(text, 'closed for weeks')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'said', cue_start: at(text, 'said') });
  });
});
