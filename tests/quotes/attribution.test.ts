import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';


describe('quote spans', () => {
  test('curly quotes: text without the marks, exact offsets', () => {
    const text = 'Coach Maria Lopez was calm.\n\n“We will win this one,” Lopez said.';
    const q = quote(text, 'We will');
    expect(q).toMatchObject({ text: 'We will win this one,', start: at(text, 'We will'), type: 'direct', speaker: 'Maria Lopez', speaker_mention: 'Lopez', cue: 'said' });
  });

  test('a nickname between a given name and a surname is no quote, even after a quote in the same paragraph', () => {
    const text = 'Mayor Tom Reed spoke first.\n\n“The bridge will open in May,” said Reed’s aide, Maria “Mia” Lopez, to the crowd.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['The bridge will open in May,']);
  });

  test('straight quotes, German „…“ and French « » quotes', () => {
    expect(quote('"The vote is final," said Senator Ann Holt.', 'The vote')).toMatchObject({ speaker: 'Ann Holt', speaker_role: 'senator' });
    expect(quote('„Wir starten jetzt“, said engineer Jonas Weber.', 'Wir starten')).toMatchObject({ text: 'Wir starten jetzt', speaker: 'Jonas Weber' });
    expect(quote('« Nous partons demain », said the minister, Claire Petit.', 'Nous partons')).toMatchObject({ text: 'Nous partons demain', speaker: 'Claire Petit' });
  });

  test('a quote nested inside a quote stays part of the outer one', () => {
    const text = '“My father always told me ‘never quit’, and I never did,” said runner Ana Costa.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'My father always told me ‘never quit’, and I never did,', speaker: 'Ana Costa' });
  });

  test('an unclosed quotation mark stops at its paragraph', () => {
    const text = 'The harvest was poor this year.\n\nFarmer Tom Reid said: “The rain came too late for the wheat\n\nPrices rose again on Monday, traders said.';
    const q = quote(text, 'The rain');
    expect(q.text).toBe('The rain came too late for the wheat');
    expect(q.speaker).toBe('Tom Reid');
  });

  test('scare quotes, nicknames and titles of works are not speech', () => {
    const text = 'The so-called “experts” were wrong again. He watched the film “Night Ferry” twice. The singer, known as “The Voice”, arrived late.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('one capitalised word after a preposition names a work, even in a speaker\'s apposition: "a fan of “Tides,”"', () => {
    const text = 'Fares rose again on Monday.\n\nDrew Lanno, a fan of “Tides,” said the ferry was late.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue])).toEqual([['indirect', 'the ferry was late', 'Drew Lanno', 'said']]);
    // A word the speaker gave something stays theirs.
    const called = 'Fares rose again on Monday.\n\nDana Okafor, who called the timetable “Ridiculous,” left early.';
    expect(quote(called, 'Ridiculous')).toMatchObject({ type: 'partial', speaker: 'Dana Okafor' });
  });

  test('quoted words in a headline are not quotes', () => {
    const text = 'Mayor calls budget ‘a disaster’\n\nThe mayor, Lena Brooks, spoke on Monday.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('partial quote inside a paraphrase', () => {
    const text = 'Economist Raj Patel said the plan was “a gamble with other people’s money” and should be dropped.';
    expect(quote(text, 'a gamble')).toMatchObject({ type: 'partial', speaker: 'Raj Patel', cue: 'said' });
  });
});

describe('attribution patterns', () => {
  test('speaker before the quote with a colon', () => {
    const text = 'Maria Lopez said: “The deal is done.”';
    expect(quote(text, 'The deal')).toMatchObject({ type: 'direct', speaker: 'Maria Lopez', speaker_start: 0, speaker_end: 11, cue: 'said', cue_start: 12 });
  });

  test('inverted "said X" with a role prefix', () => {
    const text = '“It was close,” said director Chad Morgan.';
    expect(quote(text, 'It was close')).toMatchObject({ speaker: 'Chad Morgan', speaker_role: 'director', cue: 'said', speaker_kind: 'person' });
  });

  test('apposition: "X, the city’s mayor, said"', () => {
    const text = '“We will rebuild,” Tom Reid, the city’s mayor, said.';
    expect(quote(text, 'We will rebuild')).toMatchObject({ speaker: 'Tom Reid', speaker_mention: 'Tom Reid', speaker_role: 'mayor', cue: 'said' });
  });

  test('a quote split around its attribution is two quotes with one speaker', () => {
    const text = '“The first half was poor,” coach Sofia Brandt said, “but the second was our best of the year.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The first half was poor,', 'Sofia Brandt'],
      ['but the second was our best of the year.', 'Sofia Brandt'],
    ]);
  });

  test('"told OUTLET" gives the outlet', () => {
    const text = '“The sea is the villain,” Tomas Brandt told Deadline.';
    expect(quote(text, 'The sea')).toMatchObject({ speaker: 'Tomas Brandt', cue: 'told', outlet: 'Deadline' });
  });

  test('"in an interview with OUTLET" and a pronoun in the next paragraph', () => {
    const text = 'In an interview with IndieWire, director Ruth Okafor said the edit took a year.\n\n“You fall in love with every face,” she explained.';
    expect(quote(text, 'You fall')).toMatchObject({ speaker: 'Ruth Okafor', speaker_mention: 'she', cue: 'explained', outlet: 'IndieWire' });
  });

  test('"speaking to OUTLET"', () => {
    const text = 'Speaking to The Hollywood Reporter, producer Dana Whitfield said: “We start shooting in March.”';
    expect(quote(text, 'We start')).toMatchObject({ speaker: 'Dana Whitfield', outlet: 'The Hollywood Reporter', speaker_role: 'producer' });
  });

  test('"in a statement" and "wrote on X"', () => {
    const text = 'Actor Sam Lee left the show. “I am grateful for every day on set,” Lee said in a statement. “See you soon,” he wrote on Instagram.';
    expect(quote(text, 'I am grateful')).toMatchObject({ speaker: 'Sam Lee', speaker_mention: 'Lee', cue: 'said' });
    expect(quote(text, 'See you soon')).toMatchObject({ speaker: 'Sam Lee', speaker_mention: 'he', cue: 'wrote' });
  });

  test('dash attribution', () => {
    const text = '“We are back, and we are hungry.” — Maria Lopez, after the match.';
    expect(quote(text, 'We are back')).toMatchObject({ speaker: 'Maria Lopez' });
  });

  test('a quote-only paragraph continues the previous speaker, with the mention of the attribution it continues', () => {
    const text = 'Okafor, who filmed for six years, told IndieWire that the edit was hard. Ruth Okafor is 41.\n\n“Cutting someone out feels like firing them twice,” said Ruth Okafor.\n\n“You carry every one of them home.”';
    expect(quote(text, 'You carry')).toMatchObject({ speaker: 'Ruth Okafor', speaker_mention: 'Ruth Okafor', speaker_start: text.lastIndexOf('Ruth Okafor'), cue: null });
  });

  test('pronouns go to the right earlier person by gender, not the nearest name', () => {
    const text = 'Senator Margaret Doyle met Governor Paul Hart on Friday. Hart left early.\n\n“It was a useful hour,” she said.';
    expect(quote(text, 'It was a useful')).toMatchObject({ speaker: 'Margaret Doyle', speaker_mention: 'she' });
  });

  test('surname-only mentions resolve to the full name', () => {
    const text = 'Astronomer Grace Whitaker spotted the comet first.\n\n“Then it moved,” Whitaker said.';
    expect(quote(text, 'Then it moved')).toMatchObject({ speaker: 'Grace Whitaker', speaker_mention: 'Whitaker' });
  });

  test('descriptions: anonymous and organisation speakers', () => {
    const text = '“No decision has been made,” a spokesperson for the studio said. “Two men were arrested,” police said.';
    expect(quote(text, 'No decision')).toMatchObject({ speaker_kind: 'anonymous', speaker: null, speaker_mention: 'a spokesperson for the studio' });
    expect(quote(text, 'Two men')).toMatchObject({ speaker_kind: 'organization', speaker: 'police' });
  });
});

describe('indirect speech', () => {
  test('"X said (that) …" with the content span', () => {
    const text = 'Mayor Alicia Reyes said that the library hours would return in the autumn.';
    expect(quote(text, 'the library hours')).toMatchObject({ type: 'indirect', text: 'the library hours would return in the autumn', speaker: 'Alicia Reyes', cue: 'said' });
  });

  test('"X told OUTLET (that) …"', () => {
    const text = 'Peter Vos told the Lakeview Ledger that he would return to talks on Monday.';
    expect(quote(text, 'he would return')).toMatchObject({ type: 'indirect', speaker: 'Peter Vos', cue: 'told', outlet: 'Lakeview Ledger' });
  });

  test('outlets as speakers: "according to X, …" and "X reports that …"', () => {
    const text = 'According to Variety, the sequel will shoot in Malta. Deadline reports that the budget has doubled.';
    expect(quote(text, 'the sequel')).toMatchObject({ type: 'indirect', speaker: 'Variety', speaker_kind: 'outlet', cue: 'According to' });
    expect(quote(text, 'the budget')).toMatchObject({ type: 'indirect', speaker: 'Deadline', speaker_kind: 'outlet', cue: 'reports' });
  });

  test('"…, X said." closes the sentence', () => {
    const text = 'The bridge will reopen in May, the transport minister, Ines Duarte, said.';
    expect(quote(text, 'The bridge')).toMatchObject({ type: 'indirect', text: 'The bridge will reopen in May', speaker: 'Ines Duarte' });
  });
});

describe('partial quotes without a cue', () => {
  test('take the named subject of their sentence, with no cue of their own', () => {
    const text = 'Mayor Lena Brooks wants the count to be “on the up and up” before Friday.';
    expect(quote(text, 'on the up')).toMatchObject({ type: 'partial', speaker: 'Lena Brooks', cue: null, cue_start: null });
  });
});

describe('a colon introduction after an "Asked …" clause', () => {
  test('a cue inside the question is not the frame; the main clause’s subject speaks', () => {
    const text = 'Tom Reyes lost again. Asked whether Mara Okafor would start next week, Reyes was blunt: “Of course she will.”';
    expect(quote(text, 'Of course')).toMatchObject({
      text: 'Of course she will.', start: at(text, 'Of course'), type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes was'),
    });
  });

  test('"When asked" opens such a clause too', () => {
    const text = 'Tom Reyes lost again. When asked if Mara Okafor would speak next, Reyes was curt: “Not today, and not tomorrow.”';
    expect(quote(text, 'Not today')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes was') });
  });

  test('a cue after the clause’s comma is still the frame (negative case)', () => {
    const text = 'Asked whether the pier would reopen, Tom Reyes said, “Not this year, and maybe not next.”';
    expect(quote(text, 'Not this year')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', speaker_start: at(text, 'Tom Reyes'), cue: 'said', cue_start: at(text, 'said') });
  });
});

describe('speaker kind agrees with the people list for bodies named like people', () => {
  const kinds = (text: string) => quotesOf(text).map((q) => [q.text, q.speaker, q.speaker_mention, q.speaker_kind, q.outlet]);

  test('a country alone speaks as a government, an organisation ("Portugal said")', () => {
    expect(kinds('Portugal said the border talks had "stalled".')).toEqual([['stalled', 'Portugal', 'Portugal', 'organization', null]]);
  });

  test('negative: a country that is also a given name, or after a title, stays a person ("Georgia said", "Mr. Holland said")', () => {
    expect(kinds('Georgia said the border talks had "stalled".')).toEqual([['stalled', 'Georgia', 'Georgia', 'person', null]]);
    expect(kinds('Mr. Holland said the border talks had "stalled".')).toEqual([['stalled', 'Holland', 'Holland', 'person', null]]);
  });

  test('negative: a surname that is a country, linked to the full name, stays the person', () => {
    expect(kinds('Tom Holland starred. Holland said the shoot was "fun".')).toEqual([['fun', 'Tom Holland', 'Holland', 'person', null]]);
  });

  test('a name holding an institution\'s word is an organisation ("Harwell College London said")', () => {
    expect(kinds('Harwell College London said the study was "robust".')).toEqual([['robust', 'Harwell College London', 'Harwell College London', 'organization', null]]);
  });

  test('a name after a kind of news medium is that outlet, speaker and outlet ("the news agency Pressa reported")', () => {
    expect(kinds('The news agency Pressa reported that the talks had "stalled".')).toEqual([['stalled', 'Pressa', 'Pressa', 'outlet', 'Pressa']]);
  });

  test('negative: a person after a medium word that is their job stays a person ("the podcast host Ana Ruiz said")', () => {
    expect(kinds('The podcast host Ana Ruiz said the talks had "stalled".')).toEqual([['stalled', 'Ana Ruiz', 'Ana Ruiz', 'person', null]]);
  });
});

describe('a record capitalised as its sentence opens is an unnamed source, like any description', () => {
  test('"Memos show …", "Records show …": no canonical speaker, the words are the mention, kind anonymous', () => {
    for (const [text, mention] of [['Memos show that the agency ignored the warnings.', 'Memos'], ['Records show that the agency ignored the warnings.', 'Records']] as const) {
      expect(quote(text, 'the agency')).toMatchObject({ type: 'indirect', text: 'the agency ignored the warnings', speaker: null, speaker_mention: mention, speaker_start: 0, speaker_kind: 'anonymous', cue: 'show' });
    }
  });

  test('negative: a label whose name ends in "Records" is still the label', () => {
    const text = 'Harbour Records said the album would be delayed until spring.';
    expect(quote(text, 'the album')).toMatchObject({ speaker: 'Harbour Records', speaker_kind: 'organization', cue: 'said' });
  });
});

describe('a city named alone as a speaker', () => {
  test('"“…,” Pyongyang said in a statement": a government, kind organization', () => {
    const text = '"We reject the claims," Pyongyang said in a statement.';
    expect(quote(text, 'We reject')).toMatchObject({ speaker: 'Pyongyang', cue: 'said', speaker_kind: 'organization' });
  });

  test('negative: a city that is a surname, with an age after it, is a person', () => {
    const text = '"It is hard," said Boston, 34, who asked that her surname not be used.';
    expect(quote(text, 'It is hard')).toMatchObject({ speaker: 'Boston', cue: 'said', speaker_kind: 'person' });
  });
});

describe('a listed firm’s name in a person’s shape', () => {
  test('a firm written with its ’s speaks, not someone of that surname named later', () => {
    const text = 'Christie’s said the vase sold for $2 million. “A fine result,” said Ada Christie, a spokeswoman.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', text: 'the vase sold for $2 million', speaker: 'Christie’s', speaker_mention: 'Christie’s', speaker_kind: 'organization', cue: 'said' });
  });

  test('a listed firm’s name described as a person is the person’s', () => {
    const text = 'Dean Witter, the firm’s founder, told clients in 1930 that “the customer is king.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'the customer is king.', speaker: 'Witter', cue: 'told' }]);
  });
});

describe('a lone city’s name after "said" that is a person’s', () => {
  test('an age closing the sentence makes it a person: "“…,” said Boston, 41."', () => {
    const text = '“We lost the roof in an hour,” said Boston, 41.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'We lost the roof in an hour,', start: 1, speaker: 'Boston', speaker_mention: 'Boston', speaker_start: at(text, 'Boston'), speaker_kind: 'person', cue: 'said', outlet: null }]);
  });

  test('a later "she" for the same name makes the inverted one a person', () => {
    const text = '“The buses are back,” said Wellington. “I can get to work again,” she said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', speaker: 'Wellington', speaker_mention: 'Wellington', speaker_kind: 'person', cue: 'said' },
      { type: 'direct', speaker: 'Wellington', speaker_mention: 'she', speaker_kind: 'person', cue: 'said' },
    ]);
  });

  test('near miss: the city itself speaking stays a body, and a lone "said Wellington." too', () => {
    expect(quotesOf('Boston said it would appeal the ruling. “We will win,” he said.')[0]).toMatchObject({ type: 'indirect', speaker: 'Boston', speaker_kind: 'organization' });
    expect(quotesOf('“The buses are back,” said Wellington.')[0]).toMatchObject({ speaker: 'Wellington', speaker_kind: 'organization' });
    expect(quotesOf('The rate rose to 3.5 percent, said Denver.')[0]).toMatchObject({ speaker: 'Denver' });
  });
});
