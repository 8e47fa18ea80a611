import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('names the tagger splits at a letter outside ASCII', () => {
  // The tagger cuts "Petrović" into "Petrovi" + "ć"; the piece touches the word and is part of the name.
  test('"said Ana Petrović" and "Petrović said": the whole surname is the speaker', () => {
    const text = '“The ferry timetable is final,” said Ana Petrović, who chairs the harbour board.\n\n“We need two more boats,” Petrović said.';
    expect(quote(text, 'The ferry')).toMatchObject({
      type: 'direct', speaker: 'Ana Petrović', speaker_mention: 'Ana Petrović', speaker_start: at(text, 'Ana'), cue: 'said',
    });
    expect(quote(text, 'We need')).toMatchObject({
      type: 'direct', speaker: 'Ana Petrović', speaker_mention: 'Petrović', speaker_start: at(text, 'Petrović said'), cue: 'said',
    });
    // (Not every touching piece: "did" + "n't" are ASCII, and the name before them stays as it was.)
    const plain = 'Ana Reyes didn’t say the zoning map was final. “The vote comes in May,” Reyes said.';
    expect(quote(plain, 'The vote')).toMatchObject({ type: 'direct', speaker: 'Ana Reyes', speaker_mention: 'Reyes', cue: 'said' });
  });
});

describe('a place whose name opens with a descriptor', () => {
  // "New" describes people ("New coach …"), but "New Hampshire" is one name: cutting it left "Hampshire",
  // which reads as a person and took the next "she".
  test('"New Hampshire said" keeps the whole place name, and "she" after it goes to the woman before', () => {
    const text = 'Lena Ortiz, a former ferry commissioner, told reporters that the harbour fees were too high.\n\nNew Hampshire said the bridge tolls would rise.\n\n“We will appeal,” she said.\n\nRepublican Dana Holt said the zoning map was final.';
    expect(quote(text, 'the bridge tolls')).toMatchObject({ type: 'indirect', speaker: 'New Hampshire', speaker_mention: 'New Hampshire', cue: 'said' });
    expect(quote(text, 'We will appeal')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', speaker_mention: 'she', cue: 'said' });
    // A descriptor before a person's name still stays out of it.
    expect(quote(text, 'the zoning map')).toMatchObject({ type: 'indirect', speaker: 'Dana Holt', speaker_mention: 'Dana Holt', cue: 'said' });
  });
});

describe('a surname the tagger reads as another word class', () => {
  // After a capitalised given name, a capitalised word is the surname whatever its tag: "Jolly" as an
  // adverb, "Will" as an auxiliary. Cut there, the speaker was the given name alone.
  test('"Dana Jolly hopes …", "Tomas Will wrote …", and a sentence opening with the name', () => {
    const text = 'Later, Dana Jolly hopes the ferry will run in winter.\n\nThe harbour columnist Tomas Will wrote that the pier was unsafe.\n\nGreta Will clashed with the board after writing that the dredging was late.';
    expect(quote(text, 'the ferry will')).toMatchObject({ type: 'indirect', speaker: 'Dana Jolly', speaker_mention: 'Dana Jolly', speaker_start: at(text, 'Dana'), cue: 'hopes' });
    expect(quote(text, 'the pier was')).toMatchObject({ type: 'indirect', speaker: 'Tomas Will', speaker_mention: 'Tomas Will', cue: 'wrote' });
    expect(quote(text, 'the dredging')).toMatchObject({ type: 'indirect', speaker: 'Greta Will', speaker_mention: 'Greta Will', cue: 'writing' });
    // (A lower-case adverb after the name stays out of it.)
    const plain = 'Dana Jolly quickly said the ferry would run.';
    expect(quote(plain, 'the ferry')).toMatchObject({ type: 'indirect', speaker: 'Dana Jolly', speaker_mention: 'Dana Jolly', cue: 'said' });
  });
});

describe('speakers named in capitals', () => {
  // Words all in capitals are an acronym or a headline ("HPA", "FULL TEXT"), not a person: they must not
  // take the next "she".
  test('"HPA said …" is an organisation, and "she" after it goes to the woman named before', () => {
    const text = 'Councillor Ines Duarte met the harbour board on Monday.\n\nHPA said the dredging would start in May.\n\n“We will be watching every barge,” she said.';
    expect(quote(text, 'the dredging')).toMatchObject({ type: 'indirect', speaker: 'HPA', speaker_mention: 'HPA', speaker_kind: 'organization', cue: 'said' });
    expect(quote(text, 'We will be')).toMatchObject({ type: 'direct', speaker: 'Ines Duarte', speaker_mention: 'she', speaker_kind: 'person', cue: 'said' });
    // A name in capitals that opens with a given name is still a person's.
    const named = 'MARTA VELEZ said the ferry fares would rise.';
    expect(quote(named, 'the ferry')).toMatchObject({ type: 'indirect', speaker: 'MARTA VELEZ', speaker_kind: 'person', cue: 'said' });
  });
});

describe('"Councilmember" is a title before a name', () => {
  const text = 'Councilmember Dario Fenwick said the toll would drive ships away. “This is a tax on jobs,” Fenwick said.';

  test('the canonical name leaves the title out and keeps it as the role', () => {
    expect(quote(text, 'the toll would')).toMatchObject({ type: 'indirect', speaker: 'Dario Fenwick', speaker_mention: 'Dario Fenwick', speaker_start: at(text, 'Dario'), speaker_role: 'councilmember', cue: 'said' });
  });

  test('the surname alone resolves to the name without the title', () => {
    expect(quote(text, 'This is a tax')).toMatchObject({ type: 'direct', speaker: 'Dario Fenwick', speaker_mention: 'Fenwick', cue: 'said' });
  });

  test('a capitalised word that is no title stays part of the name (negative case)', () => {
    const t = 'Marion Fenwick said the toll would drive ships away.';
    expect(quote(t, 'the toll')).toMatchObject({ speaker: 'Marion Fenwick', speaker_mention: 'Marion Fenwick', speaker_role: null });
  });
});

describe('a surname alone resolves to a full name whose given name is not in our list', () => {
  const text = 'Port Elwin drama\n\nStar Halden Voss is in talks to return. “I can’t say much,” Voss said.';

  test('the canonical name is the full name used earlier', () => {
    expect(quote(text, 'I can’t')).toMatchObject({ type: 'direct', speaker: 'Halden Voss', speaker_mention: 'Voss', speaker_start: at(text, 'Voss said'), cue: 'said' });
  });

  test('an ordinary word before the surname is no given name (negative case)', () => {
    const t = 'Harbour news\n\nTeam Okafor met on Monday. “We are ready,” Okafor said.';
    expect(quote(t, 'We are ready')).toMatchObject({ type: 'direct', speaker: 'Okafor', speaker_mention: 'Okafor' });
  });

  test('a first paragraph that is a lede, not a headline, still registers the name', () => {
    const t = 'Halden Voss voted no on Tuesday. Voss said the harbour plan was rushed. “We need time,” she said.\n\nThe board meets again in May.';
    expect(quote(t, 'the harbour plan')).toMatchObject({ type: 'indirect', speaker: 'Halden Voss', speaker_mention: 'Voss', speaker_start: at(t, 'Voss said'), cue: 'said' });
  });

  test('a one-sentence first line is a headline: its words make no name (negative case)', () => {
    const t = 'Fans cheer outside Elwin Okafor rally.\n\n“We are ready,” Okafor said.';
    expect(quote(t, 'We are ready')).toMatchObject({ type: 'direct', speaker: 'Okafor', speaker_mention: 'Okafor' });
  });

  test('a title-case headline’s words make no name (negative case)', () => {
    const t = 'Corners Okafor Wins Again\n\n“We are ready,” Okafor said.';
    expect(quote(t, 'We are ready')).toMatchObject({ type: 'direct', speaker: 'Okafor', speaker_mention: 'Okafor' });
  });
});

describe('a royal title with a land: the person, not the land, speaks', () => {
  test('"Prince Alexander of Lindavia said" is Prince Alexander', () => {
    const text = 'Prince Alexander of Lindavia said the bridge would open in May.';
    expect(quote(text, 'the bridge would open')).toMatchObject({
      text: 'the bridge would open in May', type: 'indirect', speaker: 'Prince Alexander', speaker_mention: 'Alexander',
      speaker_start: at(text, 'Alexander'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"The Duke of Harwell said" is the Duke of Harwell, a person', () => {
    const text = 'The Duke of Harwell said the road was shut.';
    expect(quote(text, 'the road was shut')).toMatchObject({ speaker: 'Duke of Harwell', speaker_mention: 'Duke of Harwell', speaker_kind: 'person', speaker_start: at(text, 'Duke') });
  });

  test('not a nickname with "of": "the King of Pop" is no royal with a land', () => {
    const text = 'Mara Okafor watched the show. “It is a proud day,” the King of Pop said.';
    expect(quote(text, 'It is a proud day')).not.toMatchObject({ speaker: 'King of Pop' });
  });
});

describe('a "co-" role before a name is the role, and the surname alone later is that person', () => {
  test('"Co-host Rafe Minto … Later Minto said: “…”" is Rafe Minto, his role co-host', () => {
    const text = 'Co-host Rafe Minto opened the hour with a story about his cat. Later Minto said: “We never plan a single segment.”';
    expect(quote(text, 'We never')).toMatchObject({
      text: 'We never plan a single segment.', type: 'direct', speaker: 'Rafe Minto', speaker_mention: 'Minto',
      speaker_start: at(text, 'Minto said'), cue: 'said',
    });
    const chair = 'Co-chair Odile Varsi opened the session. Varsi said the budget would be settled by Friday.';
    expect(quote(chair, 'the budget')).toMatchObject({ type: 'indirect', speaker: 'Odile Varsi', speaker_mention: 'Varsi', cue: 'said' });
  });

  test('a plural "co-" role before two names: "Co-chairs Odile Varsi and Tam Greer" … "Greer said"', () => {
    const text = 'Co-chairs Odile Varsi and Tam Greer opened the session. Greer said the budget would be settled by Friday.';
    expect(quote(text, 'the budget')).toMatchObject({ type: 'indirect', speaker: 'Tam Greer', speaker_mention: 'Greer' });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Odile Varsi', 'Tam Greer']);
  });

  test('the role is kept apart when named after the cue: "said co-host Rafe Minto"', () => {
    const text = '“We never plan a single segment,” said co-host Rafe Minto.';
    expect(quote(text, 'We never')).toMatchObject({ speaker: 'Rafe Minto', speaker_mention: 'Rafe Minto', speaker_role: 'co-host' });
  });

  test('negative: a "co-" word that is no role ("Co-op") gives no role and no person', () => {
    const text = 'Ada Crane, who runs the Co-op store, said the shelves were empty.';
    expect(quote(text, 'the shelves')).toMatchObject({ speaker: 'Ada Crane', speaker_role: null });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Ada Crane']);
  });
});

describe('a cue word after a name in a share of things is a noun', () => {
  test('"30% of Tory claims as “false”": "claims" is no verb, "Tory" no speaker', () => {
    const text = 'The newspaper rated 30% of Tory claims as “false” or “misleading,” compared to 12% of Labour claims.';
    for (const q of quotesOf(text)) expect(q.speaker_mention).not.toBe('Tory');
    expect(quotesOf(text).some((q) => q.cue === 'claims')).toBe(false);
  });

  test('an organisation named with "of" still speaks through the same word: "The Bank of Elwin reports that …"', () => {
    const text = 'The Bank of Elwin reports that fares were “too high.”';
    expect(quote(text, 'too high')).toMatchObject({ type: 'partial', speaker: 'Bank of Elwin', cue: 'reports' });
  });
});

describe('"According to SOURCE, NAME-NAME had …": a hyphenated name opening the clause is its subject, not the source', () => {
  test('the source is the description after "according to"; the content keeps the whole name', () => {
    const text = 'According to insiders, Tara Bellweather-Okafor had been the first choice for the role and had met the director twice.';
    expect(quote(text, 'Tara')).toMatchObject({
      type: 'indirect', text: 'Tara Bellweather-Okafor had been the first choice for the role and had met the director twice', start: at(text, 'Tara'),
      speaker: null, speaker_mention: 'insiders', speaker_start: at(text, 'insiders'), speaker_kind: 'anonymous', cue: 'According to', cue_start: 0,
    });
  });

  test('negative: a hyphenated name in apposition to the source, then a comma, still names the source', () => {
    const text = 'According to the spokesman, Ruth Bellweather-Okafor, the pier will close in May.';
    expect(quote(text, 'the pier')).toMatchObject({
      type: 'indirect', text: 'the pier will close in May', speaker: 'Ruth Bellweather-Okafor', speaker_mention: 'Ruth Bellweather-Okafor', speaker_start: at(text, 'Ruth'), cue: 'According to',
    });
  });
});

describe('a seat word after a given name is a surname', () => {
  test('"Ivo Member, a baker, said …" and "said Ivo Member": the speaker is Ivo Member, who is in the people list', () => {
    const text = 'The fair opened on Monday.\n\nIvo Member, a baker, said the stalls were "too crowded".';
    expect(quote(text, 'too crowded')).toMatchObject({
      text: 'too crowded', type: 'partial', speaker: 'Ivo Member', speaker_mention: 'Ivo Member', speaker_kind: 'person', cue: 'said',
      start: at(text, 'too crowded'), end: at(text, 'too crowded') + 11,
    });
    expect(extractArticle(text).entities.people.map((p) => p.name)).toEqual(['Ivo Member']);
    const inverted = '"The stalls are too crowded," said Ivo Member.';
    expect(quote(inverted, 'The stalls')).toMatchObject({ type: 'direct', speaker: 'Ivo Member', speaker_kind: 'person', cue: 'said' });
  });

  test('near miss: after the body it sits on, "Member" is still a title', () => {
    const text = '"The stalls are too crowded," said Board Member Nia Torvald.';
    expect(quote(text, 'The stalls')).toMatchObject({ speaker: 'Nia Torvald', speaker_role: 'member', cue: 'said' });
    const bare = 'The Council Member said the stalls were "too crowded".';
    expect(quote(bare, 'too crowded')).toMatchObject({ speaker: null, speaker_mention: 'The Council Member', speaker_role: 'member', speaker_kind: 'anonymous' });
  });
});

describe('names that look like a title and a surname, places and firms that look like people', () => {
  test('"General Mills said": a known company opening with a title word speaks as the company', () => {
    const text = 'General Mills said on Monday that its profits rose sharply in the spring.';
    expect(quote(text, 'its profits')).toMatchObject({
      type: 'indirect', text: 'its profits rose sharply in the spring', speaker: 'General Mills', speaker_mention: 'General Mills', speaker_start: 0, speaker_kind: 'organization', cue: 'said',
    });
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
  });

  test('negative: a general named by title and surname is still a person ("General Brock said")', () => {
    const text = 'General Brock said on Monday that troops would withdraw from the valley.';
    expect(quote(text, 'troops')).toMatchObject({ speaker: 'Brock', speaker_mention: 'Brock', speaker_kind: 'person', cue: 'said' });
  });

  test('"Ferry operators, in Harlow, say": the place set off by commas is where they are, the group speaks', () => {
    const text = 'Ferry operators, in Harlow, say the new rules will ruin them.';
    expect(quote(text, 'the new rules')).toMatchObject({
      type: 'indirect', text: 'the new rules will ruin them', speaker_mention: 'Ferry operators', speaker_start: 0, speaker_kind: 'anonymous', cue: 'say',
    });
  });

  test('"Dock workers, in Pellam and Orrin, say": places joined by "and" (or a possessive) are skipped too, and no person', () => {
    const text = 'Dock workers, in Pellam and Orrin, say the new shifts are unsafe.';
    expect(quote(text, 'the new shifts')).toMatchObject({
      type: 'indirect', text: 'the new shifts are unsafe', speaker_mention: 'Dock workers', speaker_start: 0, speaker_kind: 'anonymous', cue: 'say',
    });
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
    const possessive = 'Dock workers, in Pellam’s Old Quarter, say the new shifts are unsafe.';
    expect(quote(possessive, 'the new shifts')).toMatchObject({ speaker_mention: 'Dock workers', speaker_kind: 'anonymous', cue: 'say' });
  });

  test('negative: a named person before the place still speaks, and an apposition naming someone is not skipped', () => {
    const text = 'Dana Reyes, in Harlow, said the new rules will ruin them.';
    expect(quote(text, 'the new rules')).toMatchObject({ speaker: 'Dana Reyes', speaker_mention: 'Dana Reyes', cue: 'said' });
    const apposition = 'The ferry captain, Ines Marrow, said the new rules will ruin them.';
    expect(quote(apposition, 'the new rules')).toMatchObject({ speaker: 'Ines Marrow', cue: 'said' });
  });

  test('"Harbor Polling shows": a pollster\'s name ending in "Polling" is an organisation, no person', () => {
    const text = 'Harbor Polling shows the mayor trailing by ten points.';
    expect(quote(text, 'the mayor')).toMatchObject({ speaker: 'Harbor Polling', speaker_mention: 'Harbor Polling', speaker_kind: 'organization', cue: 'shows' });
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
  });
});
