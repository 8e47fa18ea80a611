import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a cue in a relative clause that holds the quotation', () => {
  test('"NAME, who told OUTLET that she had “…”": the name spoke, with that cue and outlet', () => {
    const text = 'Kel Arkwright, who told Rolling Stone in April that she had “never been the marrying type,” is engaged.';
    expect(quote(text, 'never been')).toMatchObject({
      type: 'partial', text: 'never been the marrying type,', start: at(text, 'never been'),
      speaker: 'Kel Arkwright', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Rolling Stone',
    });
  });

  test('with an adverb before the cue', () => {
    const text = 'Kel Arkwright, who once said she had “never been the marrying type,” is engaged.';
    expect(quote(text, 'never been')).toMatchObject({ type: 'partial', speaker: 'Kel Arkwright', cue: 'said', cue_start: at(text, 'said') });
  });

  test('"NAME, who tweeted on Monday, “…”": the comma right before the opening mark introduces the quotation', () => {
    const text = 'The ferry vote drew a reply from Tam Oduya, who tweeted on Monday, “See you all at the pier.”';
    expect(quote(text, 'See you')).toMatchObject({
      type: 'direct', text: 'See you all at the pier.', start: at(text, 'See you'),
      speaker: 'Tam Oduya', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'tweeted', cue_start: at(text, 'tweeted'),
    });
  });

  test('a comma that closes the relative clause before its main verb still ends it', () => {
    const text = 'Tam Oduya, who tweeted on Monday, later told the council, “See you all at the pier.”';
    expect(quote(text, 'See you')).toMatchObject({ type: 'direct', speaker: 'Tam Oduya', speaker_mention: 'Tam Oduya', cue: 'told' });
  });

  test('not when the relative clause closes before the quotation: the cue after it attributes it', () => {
    const text = 'Kel Arkwright, who told Rolling Stone about the wedding, is “very happy,” friends said.';
    expect(quote(text, 'very happy')).toMatchObject({ type: 'partial', speaker_mention: 'friends', cue: 'said', outlet: null });
  });
});

describe('a relative clause after the object of another cue holds the quotation', () => {
  test('"thanked NAME, who told X that “…”" takes the relative clause\'s cue and speaker', () => {
    const text = 'The harbour master thanked Mara Okafor, who told reporters that the new pier was “a gift to Port Elwin.”';
    expect(quote(text, 'a gift')).toMatchObject({
      type: 'partial', text: 'a gift to Port Elwin.', start: at(text, 'a gift'), speaker: 'Mara Okafor', speaker_mention: 'who', speaker_start: at(text, 'who told'), cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('after "said NAME, who told …" the relative clause frames the quotation too: the same person, through "who"', () => {
    const text = '“It was a long winter,” said Mara Okafor, who told reporters that the new pier was “a gift to Port Elwin.”';
    expect(quote(text, 'a gift')).toMatchObject({ type: 'partial', speaker: 'Mara Okafor', speaker_mention: 'who', cue: 'told', cue_start: at(text, 'told') });
  });
});

describe('quoted words after a cue of speech not given are the outer speaker’s', () => {
  test('"A spokesperson for X said the studio did not comment on “…”": the spokesperson, not the studio', () => {
    const text = 'A spokesperson for Dockline said the studio did not comment on “rumoured deals.”';
    expect(quote(text, 'rumoured deals')).toMatchObject({
      text: 'rumoured deals.', type: 'partial', speaker: null, speaker_mention: 'A spokesperson for Dockline', speaker_start: 0,
      speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"… said the mayor declined to discuss “…”": a refusal speaks no words either', () => {
    const text = 'Tom Reyes said the mayor declined to discuss “the pier business” with anyone.';
    expect(quote(text, 'the pier business')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', speaker_mention: 'Tom Reyes', cue: 'said' });
  });

  test('a nested cue that was given keeps its words: "said his brother had always called it “…”"', () => {
    const text = 'Tom Reyes said his brother had always called it “the worst pier in Ohio.”';
    expect(quote(text, 'the worst pier')).toMatchObject({ speaker_mention: 'his brother', cue: 'called' });
  });

  test('a streamer’s name ending in a plus sign is whole: "A spokesperson for Dockline+ said …"', () => {
    const text = 'A spokesperson for Dockline+ said the studio did not comment on “rumoured deals.”';
    expect(quote(text, 'rumoured deals')).toMatchObject({ speaker_mention: 'A spokesperson for Dockline+', speaker_start: 0, cue: 'said' });
  });
});

describe('a body in a relative clause holding the quotation: "confirmed by the Varga family, who said that … “…”"', () => {
  test('the family (an organisation\'s head noun) speaks the partial, through "who"', () => {
    const text = 'The sale of the farm was confirmed by the Varga family, who said in a note to neighbours that the old barn was "too cold to keep cattle in, and too costly to heat."';
    expect(quote(text, 'too cold')).toMatchObject({
      type: 'partial', text: 'too cold to keep cattle in, and too costly to heat.', start: at(text, 'too cold'), speaker: 'the Varga family', speaker_mention: 'who',
      speaker_start: at(text, 'who'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('negative: a description of people in the relative clause is still passed over ("slamming rivals who think they can “…”")', () => {
    const text = 'The governor opened her speech by slamming rivals who think they can "outsource" the harbour budget.';
    expect(quotesOf(text).find((q) => q.text === 'outsource')?.speaker_mention).not.toBe('rivals');
  });
});

describe('a cue coordinated inside a "while" clause with a subject of its own', () => {
  test('"X called it “…,” while Y gave it one star and summed it up as “…”": the second quotation is Y\'s', () => {
    const text = 'In a column, Ana Ruiz called it “a triumph,” while the Courier’s Tom Bell gave it one star and summed it up as “a very long nap.”';
    expect(quote(text, 'a triumph')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'called' });
    expect(quote(text, 'a very long nap')).toMatchObject({
      type: 'partial', start: at(text, 'a very long nap'), speaker: 'Tom Bell', speaker_mention: 'Tom Bell',
      speaker_start: at(text, 'Tom Bell'), speaker_kind: 'person', cue: 'summed', cue_start: at(text, 'summed'),
    });
  });

  test('"dismissed it as “…”" is a cue too', () => {
    const text = 'Ana Ruiz praised the cast, while Tom Bell dismissed it as “a fantasy.”';
    expect(quote(text, 'a fantasy')).toMatchObject({ type: 'partial', speaker: 'Tom Bell', cue: 'dismissed', cue_start: at(text, 'dismissed') });
  });

  test('near miss: a comma closing the "while" clause before "and" leaves the sentence\'s subject the speaker', () => {
    const text = 'Ana Ruiz smiled while the crowd cheered, and called the win “a gift.”';
    expect(quote(text, 'a gift')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', speaker_start: 0, cue: 'called' });
  });
});

describe('a work named before the quotation is passed over even when a name with "!" lies between', () => {
  test('"X, which airs “Title,” said in a statement to E! News that … “…”": the company speaks', () => {
    const text = 'Lantern Network, which airs “The Night Ferry,” said in a statement to E! News that Osei had turned down a new contract in March and that the network “wishes her every success.”';
    expect(quote(text, 'wishes her')).toMatchObject({
      text: 'wishes her every success.', type: 'partial', start: at(text, 'wishes her'), speaker: 'Lantern Network', speaker_mention: 'Lantern Network',
      speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: 'E! News',
    });
  });

  test('near miss: a real exclamation between the title and the quotation still ends the sentence', () => {
    const text = 'Lantern Network airs “The Night Ferry” on Sundays! Fans said the finale was “a triumph.”';
    expect(quote(text, 'a triumph')).toMatchObject({ type: 'partial', speaker_mention: 'Fans', cue: 'said' });
  });
});

describe('a colon after an inverted frame\'s relative clause is the main cue\'s', () => {
  test('"Said NAME, who has long called X “…”: “…”": the colon quotation takes "Said", the label stays the relative cue\'s', () => {
    const text = 'Said Ilse Marnov, who has long called the tunnel plan “a sandcastle”: “I am not moving.”';
    expect(quote(text, 'I am not')).toMatchObject({
      type: 'direct', text: 'I am not moving.', start: at(text, 'I am not'), speaker: 'Ilse Marnov', speaker_mention: 'Ilse Marnov',
      speaker_start: at(text, 'Ilse'), cue: 'Said', cue_start: 0,
    });
    expect(quote(text, 'a sandcastle')).toMatchObject({ type: 'partial', text: 'a sandcastle', speaker: 'Ilse Marnov', speaker_mention: 'who', cue: 'called', cue_start: at(text, 'called') });
  });

  test('also with the label unquoted, or a that-clause closing the relative clause', () => {
    const named = 'Said Ilse Marnov, who has long called the tunnel plan a sandcastle: “I am not moving.”';
    expect(quote(named, 'I am not')).toMatchObject({ type: 'direct', speaker: 'Ilse Marnov', speaker_mention: 'Ilse Marnov', cue: 'Said', cue_start: 0 });
    const clause = 'Said Ilse Marnov, who wrote last year that the tunnel plan was doomed: “I am not moving.”';
    expect(quote(clause, 'I am not')).toMatchObject({ type: 'direct', speaker: 'Ilse Marnov', speaker_mention: 'Ilse Marnov', cue: 'Said', cue_start: 0 });
  });

  test('negative: a relative cue whose own words the colon opens keeps them ("who wrote on Monday: “…”")', () => {
    const text = 'Said Ilse Marnov, who wrote on Monday: “I am not moving.”';
    expect(quote(text, 'I am not')).toMatchObject({ type: 'direct', speaker: 'Ilse Marnov', speaker_mention: 'who', cue: 'wrote', cue_start: at(text, 'wrote') });
  });

  test('negative: no inverted frame on the relative clause\'s name, no change ("The mayor thanked NAME, who called …: “…”")', () => {
    const text = 'The mayor thanked Ilse Marnov, who has long called the tunnel plan “a sandcastle”: “I am not moving.”';
    expect(quote(text, 'I am not')).toMatchObject({ type: 'direct', speaker: 'Ilse Marnov', speaker_mention: 'who', cue: 'called' });
  });
});

describe('words quoted in a relative clause on a document are the document\'s', () => {
  test('"She referred to a report that called X “…”": the report, not the one who referred to it', () => {
    const text = 'Tova Renn spoke last. She referred to a report that called the ferry contract “a windfall for insiders.”';
    expect(quote(text, 'a windfall')).toMatchObject({
      type: 'partial', text: 'a windfall for insiders.', start: at(text, 'a windfall'), speaker: null, speaker_mention: 'a report',
      speaker_start: at(text, 'a report'), speaker_kind: 'anonymous', cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('"cited a memo which described X as “…”": the memo, with its naming verb', () => {
    const text = 'Tova Renn cited a memo which described the ferry contract as “a windfall for insiders.”';
    expect(quote(text, 'a windfall')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'a memo', speaker_kind: 'anonymous', cue: 'described', cue_start: at(text, 'described') });
  });

  test('negative: a document the subject puts out is theirs ("is releasing an ad that urges …"), and so after a speech verb ("a letter that says …")', () => {
    const ad = 'Tova Renn is releasing an ad that urges voters to “stay home” on polling day.';
    expect(quote(ad, 'stay home')).toMatchObject({ type: 'partial', speaker: 'Tova Renn' });
    const letter = 'Tova Renn released a letter from her surgeon that says she is in “excellent shape” for the race.';
    expect(quote(letter, 'excellent shape')).toMatchObject({ type: 'partial', speaker: 'Tova Renn' });
  });

  test('negative: a person before "who" keeps the relative clause\'s words as a person\'s; a thing that is no document names no speaker', () => {
    const person = 'Tova Renn, who called the ferry contract “a windfall for insiders,” left early.';
    expect(quote(person, 'a windfall')).toMatchObject({ speaker: 'Tova Renn', speaker_mention: 'who', cue: 'called' });
    const thing = 'Tova Renn backed a motion that called for “a full audit.”';
    expect(quotesOf(thing).some((q) => q.speaker_mention === 'a motion')).toBe(false);
  });
});

describe('"begin as"/"start as" tells where a thing came from, no speech', () => {
  test('"the singer said the record, NAME, had begun as “…”" is the singer\'s, cue "said"', () => {
    const text = 'Maya Stone released her new album on Friday. Speaking on the radio, the singer said the nine-track record, Blue Rooms, had begun as "a pile of demos I never meant to finish."';
    expect(quote(text, 'a pile')).toMatchObject({
      type: 'partial', text: 'a pile of demos I never meant to finish.', start: at(text, 'a pile'),
      speaker: 'Maya Stone', speaker_mention: 'the singer', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"started as" too', () => {
    const text = 'Maya Stone released her new album on Friday. The singer said the record, Blue Rooms, had started as "a joke between friends."';
    expect(quote(text, 'a joke')).toMatchObject({ type: 'partial', speaker: 'Maya Stone', speaker_mention: 'The singer', cue: 'said' });
  });

  test('"began" alone before a colon stays a cue', () => {
    const text = 'Maya Stone took the stage at nine. She began: "We are here to win."';
    expect(quote(text, 'We are')).toMatchObject({ type: 'direct', speaker: 'Maya Stone', speaker_mention: 'She', cue: 'began' });
  });
});

describe('an interview named right after the quotation, in its sentence', () => {
  test('"called the ruling “a joke” in an interview with OUTLET" gives the words that outlet', () => {
    const text = 'Ada Berg was furious. Berg called the ruling “a joke” in an interview with CNN.';
    expect(quote(text, 'a joke')).toMatchObject({ text: 'a joke', start: at(text, 'a joke'), type: 'partial', speaker: 'Ada Berg', cue: 'called', outlet: 'CNN' });
  });

  test('an interview opening the next sentence is not the quotation\'s', () => {
    const text = 'Ada Berg said: “It is over.” In an interview with CNN, Tom Lee said it was not.';
    expect(quote(text, 'It is over')).toMatchObject({ speaker: 'Ada Berg', outlet: null });
    expect(quote(text, 'it was not')).toMatchObject({ speaker: 'Tom Lee', outlet: 'CNN' });
  });
});

describe('a written piece and who it came from, before the colon that opens its words', () => {
  test('"X read a note that NAME wrote …: “…”": the writer speaks when the cue before takes the piece as its object', () => {
    const text = 'The defence read out a note that Carla Brun wrote her landlord in June: “Fix the boiler.”';
    expect(quote(text, 'Fix the')).toMatchObject({
      type: 'direct', text: 'Fix the boiler.', start: at(text, 'Fix the'),
      speaker: 'Carla Brun', speaker_mention: 'Carla Brun', speaker_start: at(text, 'Carla Brun'), cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    });
  });

  test('"The letter that NAME received from X said: “…”": the sender speaks, never the receiver', () => {
    const text = 'The email that Omar Diallo received from the housing office said: “Your appeal has failed.”';
    expect(quote(text, 'Your appeal')).toMatchObject({
      type: 'direct', text: 'Your appeal has failed.', speaker: 'the housing office', speaker_mention: 'the housing office', speaker_start: at(text, 'the housing office'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"… received from NAME, APPOSITION, said: “…”": the name before the apposition speaks', () => {
    const text = 'The notice Ines Farrow received from Paul Greer, the landlord\'s agent, said: “You must leave by May.”';
    expect(quote(text, 'You must')).toMatchObject({
      type: 'direct', text: 'You must leave by May.', speaker: 'Paul Greer', speaker_mention: 'Paul Greer', speaker_start: at(text, 'Paul Greer'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"… received from X last week said: “…”": the sender, without the time', () => {
    const text = 'The email that Omar Diallo received from the housing office on Monday said: “Your appeal has failed.”';
    expect(quote(text, 'Your appeal')).toMatchObject({
      type: 'direct', speaker: 'the housing office', speaker_mention: 'the housing office', speaker_start: at(text, 'the housing office'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"A memo, sent to staff by NAME, said: “…”": the sender speaks through the memo', () => {
    const text = 'The notice, sent to tenants by Paul Greer, said: “The lift is out of order.”';
    expect(quote(text, 'The lift')).toMatchObject({ type: 'direct', speaker: 'Paul Greer', speaker_mention: 'Paul Greer', speaker_start: at(text, 'Paul Greer'), cue: 'said', cue_start: at(text, 'said') });
    const memo = 'The memo, sent to staff by Paul Greer, said: “The lift is out of order.”';
    expect(quote(memo, 'The lift')).toMatchObject({ type: 'direct', speaker: 'Paul Greer', speaker_mention: 'The memo', speaker_start: 0, cue: 'said', cue_start: at(memo, 'said') });
  });

  test('"A memo sent to staff on DAY read: “…”": the memo, never the weekday', () => {
    const text = 'An email sent to staff on Thursday read: “The car park is closed.”';
    expect(quote(text, 'The car')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'An email', speaker_start: 0, cue: 'read', cue_start: at(text, 'read') });
  });
});

describe('a cue after a comma and "then" shares the sentence\'s subject', () => {
  test('", then said" / ", later said"', () => {
    const text = 'The mayor toured the flooded street, then said the repairs would be “a matter of weeks.”';
    expect(quote(text, 'a matter')).toMatchObject({
      type: 'partial', text: 'a matter of weeks.', speaker: null, speaker_mention: 'The mayor', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
    const later = 'Ines Coll left the hearing early, later said the ruling was “a disgrace.”';
    expect(quote(later, 'a disgrace')).toMatchObject({ type: 'partial', speaker: 'Ines Coll', cue: 'said', cue_start: at(later, 'said') });
  });
});

describe('"and that “…”" after a name inside the report goes back to the outer report verb', () => {
  test('"It said the raids by Marc Delorme had continued despite patrols, and that “…”": the partial is the outer speaker\'s', () => {
    const text = 'The ministry said the plan would take a year. It said the raids by Marc Delorme had continued despite patrols, and that “every other option has failed.”';
    expect(quote(text, 'every other')).toMatchObject({ text: 'every other option has failed.', start: at(text, 'every other'), type: 'partial', speaker_mention: 'It', cue: 'said', cue_start: at(text, 'said the raids') });
  });

  test('a quotation right after the inner verb\'s own "that" stays that verb\'s (near miss)', () => {
    const text = 'The ministry said Marc Delorme had warned that “every other option has failed.”';
    expect(quote(text, 'every other')).toMatchObject({ type: 'partial', speaker: 'Marc Delorme', cue: 'warned' });
  });
});

describe('a participle describing a preposition\'s noun ("in a message posted online") frames no quotation', () => {
  test('"thanked fans in a message posted online, calling X “…”": the sentence\'s subject speaks, cue "calling"', () => {
    const text = 'Rhian Soto thanked fans in a note posted online, calling her years at the theatre “a gift.”';
    const q = quotesOf(text).find((x) => x.type === 'partial');
    expect(q).toMatchObject({ text: 'a gift.', speaker: 'Rhian Soto', speaker_mention: 'Rhian Soto', speaker_start: 0, cue: 'calling' });
  });

  test('near miss: the subject\'s own "posted online, calling …" stays with that subject and cue', () => {
    const text = '“It was a gift,” Rhian Soto posted online, calling the theatre “my home.”';
    expect(quotesOf(text).find((x) => x.type === 'partial')).toMatchObject({ text: 'my home.', speaker: 'Rhian Soto', cue: 'posted' });
  });
});
