import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('speaker phrases', () => {
  test('a people noun from the lexicon heads a stated attitude: "backers were confident that"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Some Varga backers were confident that the zoning plan would pass next spring.';
    expect(quote(text, 'the zoning plan')).toMatchObject({
      type: 'indirect', text: 'the zoning plan would pass next spring', speaker_mention: 'Some Varga backers',
      speaker_start: at(text, 'Some Varga'), cue: 'confident that',
    });
  });

  test('a people noun from the lexicon heads a report cue: "donors hailed"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Local donors hailed the new school board budget.';
    expect(quote(text, 'the new school')).toMatchObject({
      type: 'indirect', text: 'the new school board budget', speaker_mention: 'Local donors', cue: 'hailed',
    });
  });

  test('a thing that is no person does not hail anything', () => {
    const text = 'The ferry board met in Calder on Tuesday. The agenda hailed a new era for the docks.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('bodies named in the plural speak like their singular: "two unions criticized"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Two harbour unions criticized the new fare plan.';
    expect(quote(text, 'the new fare')).toMatchObject({
      type: 'indirect', text: 'the new fare plan', speaker_mention: 'Two harbour unions', speaker_start: at(text, 'Two harbour'), cue: 'criticized',
    });
    const groups = 'The ferry board met in Calder on Tuesday. Several tenant groups praised the zoning change.';
    expect(quote(groups, 'the zoning')).toMatchObject({ type: 'indirect', text: 'the zoning change', speaker_mention: 'Several tenant groups', cue: 'praised' });
  });

  test('a plural whose singular is no body does not speak: "the tide tables criticized"', () => {
    const text = 'The ferry board met in Calder on Tuesday. The tide tables criticized the new fare plan.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('groups of people from the lexicon speak: "operatives expressed", "the camp was pleased with"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Former Varga operatives expressed doubt that the new fare plan would survive.';
    expect(quote(text, 'doubt that')).toMatchObject({
      type: 'indirect', text: 'doubt that the new fare plan would survive', speaker_mention: 'Former Varga operatives', cue: 'expressed',
    });
    const camp = 'The ferry board met in Calder on Tuesday. The Ostrander camp seemed pleased with a harbour vote.';
    expect(quote(camp, 'a harbour vote')).toMatchObject({ type: 'indirect', text: 'a harbour vote', speaker_mention: 'The Ostrander camp', cue: 'pleased with' });
  });

  test('a faction speaks like its members: "the Ostrander faction praised"', () => {
    const text = 'The ferry board met in Calder on Tuesday. The Ostrander faction praised the new berth.';
    expect(quote(text, 'the new berth')).toMatchObject({ type: 'indirect', text: 'the new berth', speaker_mention: 'The Ostrander faction', cue: 'praised' });
  });

  test('more people nouns from the lexicon: "diplomats expressed", "pastors supported"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Foreign diplomats expressed alarm over the closed harbour.';
    expect(quote(text, 'alarm over')).toMatchObject({ type: 'indirect', text: 'alarm over the closed harbour', speaker_mention: 'Foreign diplomats', cue: 'expressed' });
    const pastors = 'The ferry board met in Calder on Tuesday. Several pastors supported the zoning change.';
    expect(quote(pastors, 'the zoning')).toMatchObject({ type: 'indirect', text: 'the zoning change', speaker_mention: 'Several pastors', cue: 'supported' });
  });
});

describe('an infinitive\'s "to" is no part of the phrase before it', () => {
  test('"the only councillor to endorse Voss": the councillor endorses, the mention stops before "to"', () => {
    const text = 'The vote was close. “We need the ferry,” said Amos Tully of Elton, the only councillor to endorse Rita Voss.';
    expect(quote(text, 'Rita Voss')).toMatchObject({
      type: 'indirect', text: 'Rita Voss', speaker_mention: 'councillor', speaker_start: at(text, 'councillor to'), cue: 'endorse', cue_start: at(text, 'endorse'),
    });
  });

  test('the quotation keeps its own speaker, and a persuaded object is still no speaker of the persuader\'s', () => {
    const text = 'The vote was close. “We need the ferry,” said Amos Tully of Elton, the only councillor to endorse Rita Voss.';
    expect(quote(text, 'We need')).toMatchObject({ type: 'direct', speaker: 'Amos Tully', speaker_mention: 'Amos Tully', cue: 'said' });
    const persuaded = 'The vote is close. Councillor Amos Tully persuaded the mayor to endorse the ferry levy.';
    expect(quotesOf(persuaded).filter((q) => q.speaker === 'Amos Tully')).toEqual([]);
  });
});

describe('a time phrase between the speaker and the cue', () => {
  test('"later Thursday" and ", on Friday" are skipped back to the speaker', () => {
    const text = 'Osric Vale later Thursday told the Harbour Gazette: “We will build the pier, and we will build it this year.”\n\nNessa Quill, who chairs the harbour board, on Friday described her plan as a “fresh start for the ferries.”';
    expect(quote(text, 'We will build')).toMatchObject({ type: 'direct', speaker: 'Osric Vale', speaker_mention: 'Osric Vale', cue: 'told', speaker_start: at(text, 'Osric') });
    expect(quote(text, 'fresh start')).toMatchObject({ type: 'partial', speaker: 'Nessa Quill', speaker_mention: 'Nessa Quill', cue: 'described' });
    expect(quotesOf(text).filter((q) => /Thursday|Friday/.test(q.speaker_mention ?? ''))).toEqual([]);
    // Unchanged: a plain "on Thursday" after the name.
    const plain = 'The ferry board met. Osric Vale on Thursday told reporters: “The pier opens in May.”';
    expect(quote(plain, 'The pier opens')).toMatchObject({ speaker: 'Osric Vale', cue: 'told' });
  });
});

describe('an opening participle before the subject', () => {
  test('"Frustrated, Brandt said she “…”" is Brandt’s, not a speaker named "Frustrated"', () => {
    const text = 'The tolls went up again. Frustrated, Tilda Brandt said she “cannot walk down the pier” without reporters asking her about the tolls.';
    expect(quote(text, 'cannot walk')).toMatchObject({ type: 'partial', text: 'cannot walk down the pier', speaker: 'Tilda Brandt' });
    // Unchanged: a short name before a comma stays the subject ("Reed, the harbour master, said").
    const named = 'The tolls went up again. Reed, the harbour master, said the pier is “falling apart.”';
    expect(quote(named, 'falling apart')).toMatchObject({ type: 'partial', speaker: 'Reed' });
  });
});

describe('a relative clause between the subject and the cue', () => {
  test('the speaker is the phrase "who" follows, not the last noun of the clause: "an official who spoke … to discuss internal plans said"', () => {
    const text = 'The ferry board met in Calder on Tuesday. A harbour official who asked not to be named ahead of the talks on internal plans said, "The pier will close in May."';
    expect(quote(text, 'The pier will')).toMatchObject({
      type: 'direct', text: 'The pier will close in May.', speaker: null, speaker_mention: 'A harbour official',
      speaker_start: at(text, 'A harbour official'), speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said,'),
    });
  });

  test('names inside the clause are not the speaker: "Many of the wardens who backed Tomas Ruiz or Dana Reyes argued"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Many of the wardens who backed Tomas Ruiz or Dana Reyes argued that the fares were too high.';
    expect(quote(text, 'the fares')).toMatchObject({
      type: 'indirect', text: 'the fares were too high', speaker: null, speaker_mention: 'Many of the wardens',
      speaker_start: at(text, 'Many of'), cue: 'argued',
    });
  });

  test('a name after a preposition before "who" is not the speaker: "Supporters of Tomas Ruiz who …", "Voters in Elwin who …"', () => {
    const supporters = 'The ferry board met in Calder on Tuesday. Supporters of Tomas Ruiz who gathered outside the hall said the levy was unfair.';
    expect(quote(supporters, 'the levy')).toMatchObject({
      type: 'indirect', text: 'the levy was unfair', speaker: null, speaker_mention: 'Supporters of Tomas Ruiz', speaker_start: at(supporters, 'Supporters'), cue: 'said',
    });
    const voters = 'The ferry board met in Calder on Tuesday. Voters in Port Elwin who backed the levy said the fares were fair.';
    expect(quote(voters, 'the fares')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'Voters in Port Elwin', speaker_start: at(voters, 'Voters'), cue: 'said' });
    // A name that heads the phrase is still the speaker.
    const aides = 'The ferry board met in Calder on Tuesday. Two aides to Mayor Tomas Ruiz who attended the vote said the levy was unfair.';
    expect(quote(aides, 'the levy')).toMatchObject({ type: 'indirect', speaker_mention: 'Two aides to Mayor Tomas Ruiz', speaker_start: at(aides, 'Two aides'), cue: 'said' });
  });

  test('an apposition holding the clause keeps its name, and a pronoun after "when" is its own subject', () => {
    const apposition = 'Mara Okafor, a pilot who flew for the Harbour Board, said the pier was safe.';
    expect(quote(apposition, 'the pier')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: 0, cue: 'said' });
    const when = 'Mara Okafor joined the Harbour Board in 2019. The pilot who flew the night ferry became known across Port Elwin when she said the pier was unsafe.';
    expect(quote(when, 'the pier')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(when, 'she said'), cue: 'said' });
  });

  test('a name inside a "whose" clause is not the speaker: "Duarte, whose firm, Tidewell, runs …, said"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Ines Duarte, whose firm, Tidewell, runs the night ferries, said the pier would close in May.';
    expect(quote(text, 'the pier')).toMatchObject({
      type: 'indirect', text: 'the pier would close in May', speaker: 'Ines Duarte', speaker_mention: 'Ines Duarte', speaker_start: at(text, 'Ines'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('before "who" or "whose", a body named in an apposition is not the speaker: "Brill, a director of the Harbour Party, who …, said"', () => {
    const who = 'The ferry board met in Calder on Tuesday. Hana Brill, a retired director at the Harbour Board, who grew up in Port Elwin, said the fares were too high.';
    expect(quote(who, 'the fares')).toMatchObject({
      type: 'indirect', text: 'the fares were too high', speaker: 'Hana Brill', speaker_mention: 'Hana Brill', speaker_start: at(who, 'Hana'), speaker_role: 'retired director', cue: 'said',
    });
    const whose = 'The ferry board met in Calder on Tuesday. Hana Brill, a retired director at the Harbour Party, whose family fished the bay for a century, said the fares were too high.';
    expect(quote(whose, 'the fares')).toMatchObject({ type: 'indirect', speaker: 'Hana Brill', speaker_start: at(whose, 'Hana'), cue: 'said' });
  });

  test('a body right before "which" or "who" still speaks when no name comes before it', () => {
    const board = 'The ferry board met in Calder on Tuesday. The Harbour Board, which runs the night ferries, said the pier would close in May.';
    expect(quote(board, 'the pier')).toMatchObject({ type: 'indirect', speaker: 'Harbour Board', speaker_start: at(board, 'Harbour Board'), cue: 'said' });
    const pilot = 'The ferry board met in Calder on Tuesday. A pilot for the Harbour Board, who asked not to be named, said the pier would close in May.';
    // (The pilot speaks: the body after "for the" is the description's, not the speaker.)
    expect(quote(pilot, 'the pier')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'A pilot for the Harbour Board', speaker_start: at(pilot, 'A pilot'), cue: 'said' });
  });
});

describe('a description that ends in a quoted title', () => {
  const text = 'The priciest prop of the year: a driver on the set of the spy film “Lowlight” told the Boston Globe that the studio had rented a yacht for one shot, because “the first two boats looked too cheap.”';

  test('"a driver on the set of the film “T” told OUTLET …": the description through the closing mark speaks, not the outlet', () => {
    const mention = 'a driver on the set of the spy film “Lowlight”';
    expect(quote(text, 'the first two')).toMatchObject({
      text: 'the first two boats looked too cheap.', type: 'partial', speaker: null, speaker_mention: mention, speaker_kind: 'anonymous',
      speaker_start: at(text, mention), speaker_end: at(text, mention) + mention.length, cue: 'told', outlet: 'Boston Globe',
    });
  });

  test('a trade on a set heads a description: "a caterer on the set of …"', () => {
    const catered = 'A caterer on the set of the musical “Low Tide” told the Boston Globe that the cast had eaten “only soup for a month.”';
    expect(quote(catered, 'only soup')).toMatchObject({ speaker_mention: 'A caterer on the set of the musical “Low Tide”', speaker_kind: 'anonymous', cue: 'told', outlet: 'Boston Globe' });
  });

  test('a title right after the preposition: "The producers of “Tin Harbour” said CLAUSE" reports, the description through the title speaking', () => {
    const text = 'The producers of “Tin Harbour” said the show would return next spring.';
    expect(quote(text, 'the show')).toMatchObject({
      text: 'the show would return next spring', type: 'indirect', start: at(text, 'the show'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'The producers of “Tin Harbour”', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a thing described through a title ("The sequel to “T”") speaks for no one', () => {
    const text = 'The sequel to “Tin Harbour” said the show would return next spring.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'The sequel to “Tin Harbour”')).toBe(false);
  });

  test('a title after a noun that is no person names no speaker: "the film “T” told …" is left as it was', () => {
    const film = 'Critics agree the spy film “Lowlight” told its story well, and the studio called it “a bargain.”';
    expect(quote(film, 'a bargain')).toMatchObject({ speaker_mention: 'the studio', cue: 'called' });
  });
});

describe('a dash attribution to a description in small letters', () => {
  test('"“…” — the same driver, who asked not to be named, in the same interview": the description speaks', () => {
    const text = 'A driver on the set told the Boston Globe that the yacht was “never even started.”\n\n“We never even turned the engine on.” — the same driver, who asked not to be named, in the same interview';
    expect(quote(text, 'We never even')).toMatchObject({
      type: 'direct', speaker_mention: 'the same driver', speaker_start: at(text, 'the same driver'), speaker_kind: 'anonymous', cue: '—', cue_start: at(text, '— the same'),
    });
  });

  test('"“…” — director NAME, on …": a role before the name', () => {
    const text = 'The week in quotes.\n\nQuote of the week: “I would shoot it all again.” — director Mara Okafor, on her new film';
    expect(quote(text, 'I would shoot')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', cue: '—' });
  });

  test('a dash before words that are no description attributes nothing: "— a line he repeated often"', () => {
    const text = 'The mayor opened the pier on Monday. “Build it and they will sail” — a line he repeated often — drew applause.';
    expect(quotesOf(text).filter((q) => q.cue === '—')).toHaveLength(0);
  });
});

describe('an opening phrase that runs into the subject with no comma', () => {
  test('"Beside the fountain the warden read: “…”": the subject is "the warden", not the phrase before', () => {
    const text = 'Beside the fountain the warden read: “The park closes at dusk from Monday.”';
    expect(quote(text, 'The park')).toMatchObject({
      text: 'The park closes at dusk from Monday.', type: 'direct', speaker: null, speaker_mention: 'the warden',
      speaker_start: at(text, 'the warden'), cue: 'read',
    });
  });

  test('negative: an article after a preposition stays in the description ("A guard for the park said")', () => {
    const text = 'A guard for the park said: “The gates close at dusk from Monday.”';
    expect(quote(text, 'The gates')).toMatchObject({ speaker: null, speaker_mention: 'A guard for the park', cue: 'said' });
  });

  test('negative: inside a clause, the article after a noun opens a relative, not the subject ("the kind of closure the council warned about")', () => {
    expect(quotesOf('Wardens said it was the kind of closure the council warned about in its spring plan.').map((q) => q.text)).toEqual(['it was the kind of closure the council warned about in its spring plan']);
  });
});

describe('the author after a document, after the cue: "said a statement from the Okonjo family"', () => {
  test('the phrase runs through the author, as it does before a cue; a named author speaks', () => {
    const family = '“She loved this town,” said a statement from the Okonjo family on Friday.';
    expect(quote(family, 'She loved')).toMatchObject({ type: 'direct', speaker_mention: 'a statement from the Okonjo family', speaker_start: at(family, 'a statement'), cue: 'said' });
    const senator = '“She loved this town,” said a letter by Senator Ned Park.';
    expect(quote(senator, 'She loved')).toMatchObject({ type: 'direct', speaker: 'Ned Park', speaker_start: at(senator, 'Ned Park'), speaker_kind: 'person', cue: 'said' });
  });

  test('negative: a statement read out by someone stays the statement, the reader no author', () => {
    const text = 'The Okonjo family thanked the crews. “She loved this town,” said a statement read out by her cousin, Ned Park.';
    expect(quote(text, 'She loved')).toMatchObject({ speaker: null, speaker_mention: 'a statement', cue: 'said' });
  });
});
