import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"According to OUTLET, PERSON said …": the person speaks, to the outlet', () => {
  const text = 'Port Elwin reacted quickly. According to state news agency Harbour Wire, deputy minister Tom Reed called the plan "a gift to smugglers" and said its author had "no right to speak for the port." The Harbour Board declined to comment.';

  test('both partial quotes are the minister\'s, given to the agency named after its kind', () => {
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.text === 'a gift to smugglers')).toMatchObject({ type: 'partial', start: text.indexOf('a gift'), speaker: 'Tom Reed', speaker_mention: 'Tom Reed', cue: 'called', outlet: 'Harbour Wire' });
    expect(quotes.find((q) => q.text.startsWith('no right'))).toMatchObject({ type: 'partial', speaker: 'Tom Reed', cue: 'said', cue_start: text.indexOf('said its'), outlet: 'Harbour Wire' });
  });

  test('words quoted to the end of a sentence are not the next sentence\'s', () => {
    const plain = 'Mara Okafor said the harbour plan was "dead on arrival." The Harbour Board declined to comment.';
    expect(quotesOf(plain).find((q) => q.type === 'partial')).toMatchObject({ text: 'dead on arrival.', speaker: 'Mara Okafor', cue: 'said' });
  });

  test('a source that is no outlet gives no outlet', () => {
    const other = 'According to the Harbour Board, deputy minister Tom Reed called the plan "a gift to smugglers" at a meeting.';
    expect(quotesOf(other).find((q) => q.type === 'partial')).toMatchObject({ speaker: 'Tom Reed', cue: 'called', outlet: null });
  });
});

describe('"Per OUTLET, …" and "According to a report in OUTLET, …" open a sentence as "according to OUTLET" does', () => {
  test('"Per Variety, X called …": the person\'s words, given to the outlet', () => {
    const text = 'Per Variety, Mara Okafor called the script “a mess.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a mess.', speaker: 'Mara Okafor', cue: 'called', outlet: 'Variety' }]);
  });

  test('"According to a report in the Harbour Gazette, X said …"', () => {
    const text = 'According to a report in the Harbour Gazette, Tom Reed said the ferry would close.';
    expect(quotesOf(text).find((q) => q.text === 'the ferry would close')).toMatchObject({ type: 'indirect', speaker: 'Tom Reed', cue: 'said', outlet: 'Harbour Gazette' });
  });

  test('"Per year, …" names no outlet', () => {
    const text = 'Per year, Ada Kim said the cost was “too high.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', speaker: 'Ada Kim', outlet: null }]);
  });
});

describe('"according to a report in/by OUTLET": the outlet the piece ran in is the source', () => {
  test('at the opening, the outlet speaks, its name the mention, the content from the clause', () => {
    const text = 'According to a new report by Reuters, the Harbour Board will sell the ferry.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the Harbour Board will sell the ferry', start: text.indexOf('the Harbour'), speaker: 'Reuters', speaker_mention: 'Reuters', speaker_start: text.indexOf('Reuters'), speaker_kind: 'outlet', cue: 'According to', outlet: 'Reuters',
    }]);
  });

  test('closing the sentence: "…, according to an article in The Atlantic."', () => {
    const text = 'The Harbour Board will sell the ferry, according to an article in The Atlantic.';
    expect(quotesOf(text)).toMatchObject([{ text: 'The Harbour Board will sell the ferry', speaker: 'The Atlantic', speaker_kind: 'outlet', outlet: 'The Atlantic' }]);
  });

  test('no outlet: a report by a body that is none, or a known name inside a longer one', () => {
    const board = 'According to a report by the Harbour Board, the ferry will be sold.';
    expect(quotesOf(board)).toMatchObject([{ text: 'the ferry will be sold', speaker_mention: 'a report', speaker_kind: 'anonymous', outlet: null }]);
    const firm = 'The ferry will be sold, according to a report from Reuters Harbour Analytics.';
    expect(quotesOf(firm)).toMatchObject([{ text: 'The ferry will be sold', speaker_mention: 'a report', outlet: null }]);
  });
});

describe('"Speaking to OUTLET, PERSON, a long description, said …"', () => {
  test('the outlet opening the sentence gets the words however long the speaker\'s description', () => {
    const text = 'Speaking to Reuters, Hana Ostrowska, an analyst at Baltic Bank in Riga, said exporters needed cheaper power.';
    expect(quotesOf(text)[0]).toMatchObject({ text: 'exporters needed cheaper power', type: 'indirect', start: text.indexOf('exporters'), speaker: 'Hana Ostrowska', cue: 'said', outlet: 'Reuters' });
  });

  test('the participle describes its own clause only: another speaker joined by "while" gets no outlet', () => {
    const text = 'Speaking to Reuters on Monday, Ruiz said the ferry was safe, while Okoye insisted in a statement that it was "a disaster waiting to happen."';
    const [ruiz, okoye] = quotesOf(text);
    expect(ruiz).toMatchObject({ type: 'indirect', text: 'the ferry was safe', speaker: 'Ruiz', cue: 'said', outlet: 'Reuters' });
    expect(okoye).toMatchObject({ type: 'partial', text: 'a disaster waiting to happen.', speaker: 'Okoye', cue: 'insisted', outlet: null });
  });

  test('a participle opener that speaks to no outlet gives none (negative case)', () => {
    const text = 'Speaking to farmers, Hana Ostrowska, an analyst at Baltic Bank in Riga, said exporters needed cheaper power.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', speaker: 'Hana Ostrowska', outlet: null });
  });
});

describe('"Per OUTLET, CLAUSE.": "per" opening a sentence is a source cue like "according to"', () => {
  test('the clause is the outlet\'s report, with "Per" as its cue', () => {
    const text = 'Per Billboard, the band has cancelled its autumn tour and the drummer has left.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the band has cancelled its autumn tour and the drummer has left', start: at(text, 'the band'),
      speaker: 'Billboard', speaker_mention: 'Billboard', speaker_start: at(text, 'Billboard'), speaker_kind: 'outlet', cue: 'Per', cue_start: 0, outlet: 'Billboard',
    }]);
  });

  test('"CLAUSE, per OUTLET.": after a comma too', () => {
    const text = 'The drummer had been living in Lisbon for a year, per Billboard.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'The drummer had been living in Lisbon for a year', speaker: 'Billboard', cue: 'per', outlet: 'Billboard' }]);
  });

  test('"Per" opening a sentence before no source is no cue: "Per capita", "Per his wishes", "Per the terms of …"', () => {
    expect(quotesOf('Per capita, the county spends less on roads than any of its neighbours.')).toEqual([]);
    expect(quotesOf('Per his wishes, the band will play one last show in Tarrow next month.')).toEqual([]);
    const terms = 'Per the terms of the lease, the club will pay $40,000 a year, Ines Dorr said.';
    expect(quotesOf(terms)).toMatchObject([{ type: 'indirect', start: 0, speaker: 'Ines Dorr', cue: 'said' }]);
  });

  test('"Per" before a description or a record that reports is a cue: "Per a spokesperson", "Per court documents"', () => {
    const text = 'Per court documents, the club owed $40,000 in rent.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the club owed $40,000 in rent', speaker_mention: 'court documents', cue: 'Per' }]);
    const rep = 'Per a spokesperson, the singer is resting at home.';
    expect(quotesOf(rep)).toMatchObject([{ type: 'indirect', text: 'the singer is resting at home', speaker_mention: 'a spokesperson', speaker_kind: 'anonymous', cue: 'Per' }]);
  });

  test('negative: "per" inside a clause is a rate, no cue', () => {
    const text = 'Tickets for the Billboard showcase cost forty dollars per person this year.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('"On “PROGRAMME,” PERSON …: …": a sentence opening on a known programme or channel', () => {
  test('the speaker\'s words went to the programme however long their description', () => {
    const text = 'On “Face the Nation,” Senate Minority Leader Pim Dorn, who has led his party since 2019, put it plainly: “The deal is dead.”';
    expect(quote(text, 'The deal is dead')).toMatchObject({ text: 'The deal is dead.', type: 'direct', start: at(text, 'The deal is dead'), speaker: 'Pim Dorn', cue: 'put', outlet: 'Face the Nation' });
  });

  test('negative: "On Monday," and an unknown quoted title open no medium', () => {
    const monday = 'On Monday, Senate Minority Leader Pim Dorn, who has led his party since 2019, told reporters: “The deal is dead.”';
    expect(quote(monday, 'The deal is dead')).toMatchObject({ speaker: 'Pim Dorn', outlet: null });
    const play = 'On “Harbour Lights,” the critic Lena Morrow, who has reviewed plays since 1998, was blunt: “It is far too long.”';
    expect(quote(play, 'It is far too long')).toMatchObject({ outlet: null });
  });
});

describe('"according to OUTLET\'s critic, NAME": the outlet owns the description, the person named speaks', () => {
  test('the critic named after the comma is the speaker, the outlet theirs', () => {
    const text = 'Reviews were mixed. The finale was "slow to the point of stubbornness," according to Variety\'s chief television critic, Ottoline Brask-Mensah, who still praised the last scene.';
    expect(quote(text, 'slow to')).toMatchObject({
      text: 'slow to the point of stubbornness,', type: 'partial', start: at(text, 'slow to'), speaker: 'Ottoline Brask-Mensah',
      speaker_mention: 'Ottoline Brask-Mensah', speaker_start: at(text, 'Ottoline'), cue: 'according to', cue_start: at(text, 'according'), outlet: 'Variety',
    });
  });

  test('near miss: "according to OUTLET\'s review" with no one named stays the outlet\'s', () => {
    const text = 'The finale was "slow to the point of stubbornness," according to Variety\'s review.';
    expect(quote(text, 'slow to')).toMatchObject({ speaker: 'Variety', cue: 'according to' });
  });
});
