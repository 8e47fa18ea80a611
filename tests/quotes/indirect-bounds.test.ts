import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('where reported content ends', () => {
  test('an object ends before ", but" and a clause with its own subject: "X criticized A, but Y …"', () => {
    const text = 'The vote is next week. Councillor Rita Voss criticized the ferry levy on Monday, but the pilots union defended it.';
    expect(quote(text, 'the ferry levy')).toMatchObject({
      type: 'indirect', text: 'the ferry levy on Monday', speaker: 'Rita Voss', speaker_mention: 'Rita Voss', cue: 'criticized', cue_start: at(text, 'criticized'),
    });
  });

  test('… not before ", but" and no clause: "X criticized A, but not B" is one object', () => {
    const text = 'The vote is next week. Councillor Rita Voss criticized the ferry levy, but not the new harbour fees.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy, but not the new harbour fees', speaker: 'Rita Voss', cue: 'criticized' });
  });

  test('a reported clause keeps its ", but" clause: "X said A, but B"', () => {
    const text = 'The vote is next week. Councillor Rita Voss said the ferry levy would pass, but the pilots union would fight it.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toMatchObject([
      { text: 'the ferry levy would pass, but the pilots union would fight it', speaker: 'Rita Voss', cue: 'said' },
    ]);
  });
});

describe('an object ends before a later clause of time or cause', () => {
  test('", after" and a clause with its own report: both reports stand', () => {
    const text = 'The vote is next week. Councillor Rita Voss criticized the ferry levy on Monday, after Tom Reed said it would pass.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(found).toMatchObject([
      { text: 'the ferry levy on Monday', speaker: 'Rita Voss', cue: 'criticized', cue_start: at(text, 'criticized') },
      { text: 'it would pass', speaker: 'Tom Reed', cue: 'said' },
    ]);
  });

  test('", because" and a clause: the cause is the writer\'s, not part of the object', () => {
    const text = 'The vote is next week. Councillor Rita Voss criticized the ferry levy, because the harbour board had raised fares twice.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy', speaker: 'Rita Voss', cue: 'criticized' });
  });

  test('… not ", as" with a clause, which may be an aside on the object', () => {
    const text = 'The vote is next week. Councillor Rita Voss criticized the ferry levy, as she has done for years.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy, as she has done for years', speaker: 'Rita Voss', cue: 'criticized' });
  });
});

describe('a later report ends the earlier content even when it is too short to keep', () => {
  test('"A, and Moss said only that she agreed" ends A at the comma', () => {
    const text = 'The fares were debated. Councillor Tom Reed argued that the ferry fares should rise, and Moss said only that she agreed.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toMatchObject([
      { text: 'the ferry fares should rise', speaker: 'Tom Reed', cue: 'argued', cue_start: at(text, 'argued') },
    ]);
  });

  test('… not a later verb that is no report: "and Moss was quick to agree"', () => {
    const text = 'The fares were debated. Councillor Tom Reed said the ferry fares should rise, and Moss was quick to agree.';
    expect(quote(text, 'the ferry fares')).toMatchObject({ type: 'indirect', text: 'the ferry fares should rise, and Moss was quick to agree', speaker: 'Tom Reed', cue: 'said' });
  });
});

describe('an object in a subordinate clause ends before the main clause', () => {
  test('"Though X never criticized A, MAIN CLAUSE": the object stops at the comma though it has no verb', () => {
    const text = 'The ferry ran late again. Though Mara Okafor never criticized the harbour toll by name, the new fares were clearly her target.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toMatchObject([
      { type: 'indirect', text: 'the harbour toll by name', start: at(text, 'the harbour toll'), end: at(text, ', the new fares'), speaker: 'Mara Okafor', cue: 'criticized', cue_start: at(text, 'criticized') },
    ]);
  });

  test('"While X praised A, MAIN CLAUSE": the main clause is the writer\'s', () => {
    const text = 'The ferry ran late again. While the Harbour Board praised the second ferry, the pilots union stayed silent.';
    expect(quote(text, 'the second ferry')).toMatchObject({ type: 'indirect', text: 'the second ferry', end: at(text, ', the pilots'), cue: 'praised' });
  });

  test('… not at a comma inside the object: a list goes on to the main clause\'s comma', () => {
    const text = 'The ferry ran late again. While Mara Okafor praised the second ferry, the new pier and the lower fares, the board stayed silent.';
    expect(quote(text, 'the second ferry')).toMatchObject({ type: 'indirect', text: 'the second ferry, the new pier and the lower fares', end: at(text, ', the board'), speaker: 'Mara Okafor', cue: 'praised' });
  });
});

describe('an object that is a verb phrase keeps its coordinated verb', () => {
  test('a plain verb after "and" continues an infinitive: "urged X to delay A and hold B"', () => {
    const text = 'The vote was close. Mara Okafor urged the Harbour Board to delay the vote and hold a hearing.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toMatchObject([
      { type: 'indirect', text: 'the Harbour Board to delay the vote and hold a hearing', start: at(text, 'the Harbour Board'), end: text.length - 1, speaker: 'Mara Okafor', cue: 'urged', cue_start: at(text, 'urged') },
    ]);
  });

  test('a gerund after "and" continues a gerund: "criticized X for raising A and cutting B"', () => {
    const text = 'The vote was close. Mara Okafor criticized the board for raising fees and cutting routes.';
    expect(quote(text, 'the board for')).toMatchObject({ type: 'indirect', text: 'the board for raising fees and cutting routes', end: text.length - 1, speaker: 'Mara Okafor', cue: 'criticized' });
  });

  test('… not a verb in another form: "criticized A and said B" ends the object at "and"', () => {
    const text = 'The vote was close. Mara Okafor criticized the toll and said it would fail.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toMatchObject([
      { text: 'the toll', end: at(text, ' and said'), speaker: 'Mara Okafor', cue: 'criticized' },
      { text: 'it would fail', speaker: 'Mara Okafor', cue: 'said' },
    ]);
  });
});

describe('a participle phrase after the cue describes the speaking', () => {
  test('"says now, sitting in a cafe" after a quotation reports nothing more', () => {
    const text = '“I almost hung up,” Lena Marrow says now, sitting in a cafe by the harbour.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['I almost hung up,', 'direct']]);
  });

  test('nor after a day: "said on Tuesday, looking out at the water"', () => {
    const text = '“I almost hung up,” Lena Marrow said on Tuesday, looking out at the water.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['direct']);
  });

  test('a participle of speech still reports its clause (negative case)', () => {
    const text = 'Lena Marrow said on Tuesday, adding that the ferry would run late all week.';
    expect(quote(text, 'the ferry would')).toMatchObject({ text: 'the ferry would run late all week', start: at(text, 'the ferry'), type: 'indirect', speaker: 'Lena Marrow' });
  });
});

describe('a noun phrase and a participle after the cue describe the speaker (an absolute phrase)', () => {
  test('"said at a rally on the quay in Dover, the wind whipping at his coat" reports nothing more', () => {
    const text = '“The harbour made this town,” Oren Vass said at a rally on the quay in Dover, the wind whipping at his coat.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['The harbour made this town,', 'direct']]);
  });

  test('nor with a clause of time after the participle', () => {
    const text = '“We will not sell the pier,” Oren Vass said at a rally on the quay in Dover, rain dripping from his hat as he waved to the crowd.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['direct']);
  });

  test('a clause with a finite verb after the same phrase is still the content (negative case)', () => {
    const text = 'Oren Vass said at a rally on the quay in Dover, the new ferry was nearly ready.';
    expect(quote(text, 'the new ferry')).toMatchObject({ text: 'the new ferry was nearly ready', start: at(text, 'the new ferry'), type: 'indirect', speaker: 'Oren Vass', cue: 'said' });
  });
});

describe('a clause of time after the adverbial of a cue says when, not what', () => {
  test('"testified at the inquiry in Leeds, soon after the union called off the strike" reports nothing', () => {
    const text = 'Otto Brandt testified at the inquiry in Leeds, soon after the union called off the strike.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a conditional clause followed by the main clause is still the content (negative case)', () => {
    const text = 'Otto Brandt said at the inquiry in Leeds, if the levy passes, fares will rise.';
    expect(quote(text, 'if the levy')).toMatchObject({ text: 'if the levy passes, fares will rise', start: at(text, 'if the levy'), type: 'indirect', speaker: 'Otto Brandt', cue: 'said' });
  });

  test('a clause of time whose main clause follows without a comma is still the content', () => {
    const text = 'Otto Brandt said at the inquiry in Leeds, once the audit is published the yard will shut.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start])).toEqual([['once the audit is published the yard will shut', 'indirect', 'Otto Brandt', 'said', at(text, 'once the audit')]]);
  });

  test('not a report inside the clause of time: "…, soon after the union said the strike was over" (negative case)', () => {
    expect(quotesOf('Otto Brandt testified at the inquiry in Leeds, soon after the union said the strike was over.').filter((q) => q.speaker === 'Otto Brandt')).toEqual([]);
  });

  test('a clause of time, a comma and "that": the that-clause is the content', () => {
    const text = 'Otto Brandt said in an interview in Leeds, shortly after the board counted the votes, that he had lost.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start])).toEqual([['he had lost', 'indirect', 'Otto Brandt', 'said', at(text, 'he had lost')]]);
  });
});

describe('an infinitive ends the adverbial after a cue', () => {
  test('"agreed on Thursday to chair …, a role that …": the phrase after the comma is not the content', () => {
    const text = 'Councillor Ada Fenn agreed on Thursday to chair the harbour panel through the spring, a role that pays nothing at all.';
    expect(quotesOf(text).map((q) => q.text).filter((t) => t.startsWith('a role'))).toEqual([]);
  });

  test('a clause after the adverbial and its comma is still the content (negative case)', () => {
    const text = 'Mayor Rita Vell said in a statement on Monday, the pier would close for repairs.';
    expect(quote(text, 'the pier')).toMatchObject({ text: 'the pier would close for repairs', start: at(text, 'the pier'), type: 'indirect', speaker: 'Rita Vell', cue: 'said' });
  });

  test('"for" with a subject before the infinitive opens the content (negative case)', () => {
    const text = 'Harbour planners say for the ferry to survive they will need a new subsidy.';
    expect(quote(text, 'they will')).toMatchObject({ text: 'they will need a new subsidy', start: at(text, 'they will'), type: 'indirect', speaker_mention: 'Harbour planners', cue: 'say' });
  });
});

describe('a dateline opens no reported content', () => {
  test('"PLACE (Agency) - CLAUSE, officials said" reports the clause only', () => {
    const text = 'PORT ELWIN (Reuters) - Rain closed the harbour road on Wednesday, officials said.';
    expect(quote(text, 'Rain closed')).toMatchObject({ text: 'Rain closed the harbour road on Wednesday', start: at(text, 'Rain'), type: 'indirect', speaker_mention: 'officials', cue: 'said' });
  });

  test('a sentence with no dateline keeps its first words (negative case)', () => {
    const text = 'PORT ELWIN - Rain closed the road. Harbour traffic stopped for a day, officials said.';
    expect(quote(text, 'Harbour traffic')).toMatchObject({ text: 'Harbour traffic stopped for a day', start: at(text, 'Harbour traffic'), type: 'indirect' });
  });
});

describe('a report noun and its that-clause opening what was said', () => {
  test('"The family said Dara Voss\'s claim that the dam would fail was wrong": the content opens with the noun phrase', () => {
    const text = "The family said Dara Voss's claim that the dam would fail was wrong.";
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: "Dara Voss's claim that the dam would fail was wrong", start: at(text, 'Dara'), speaker: 'The family', cue: 'said' }]);
  });

  test('"said the claim that …" too, but not a medium: "said in a statement that the dam would fail"', () => {
    const bare = 'The family said the claim that the dam would fail was wrong.';
    expect(quotesOf(bare).map((q) => q.text)).toEqual(['the claim that the dam would fail was wrong']);
    const medium = 'The family said in a statement that the dam would fail.';
    expect(quotesOf(medium).map((q) => q.text)).toEqual(['the dam would fail']);
  });
});

describe('reported content ends before the full stop of a paragraph\'s last sentence', () => {
  test('"… to step in.⏎⏎“…”": the particle\'s full stop stays outside, as when the sentence stands alone', () => {
    const text = 'Carla Munro said the council would have to step in.\n\n“Roads are not optional,” Munro told reporters.';
    expect(quote(text, 'the council')).toMatchObject({
      type: 'indirect', text: 'the council would have to step in', start: at(text, 'the council'), end: at(text, ' in.') + 3, speaker: 'Carla Munro', cue: 'said',
    });
  });

  test('near miss: a measure before the break keeps its abbreviation ("3 in.")', () => {
    const text = 'Carla Munro said the snow was 3 in.\n\nIt melted.';
    expect(quote(text, 'the snow')).toMatchObject({ type: 'indirect', text: 'the snow was 3 in.', speaker: 'Carla Munro' });
  });
});
