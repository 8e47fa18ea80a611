import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('outlet names read after a lead (frame.ts outletAfterLead)', () => {
  test('"told Sight and Sound": a known name with a small word inside it, carried to "In the same interview"', () => {
    const text = 'Vera Lind still paints every morning.\n\n“The light in that valley was the whole point,” she told Sight and Sound back in 1994. “The plot never mattered much to me.”\n\nIn the same interview, she said actors who rehearse a scene twice had always puzzled her.';
    expect(quote(text, 'The light in')).toMatchObject({ text: 'The light in that valley was the whole point,', type: 'direct', start: at(text, 'The light in'), speaker: 'Vera Lind', cue: 'told', outlet: 'Sight and Sound' });
    expect(quote(text, 'The plot never')).toMatchObject({ type: 'direct', speaker: 'Vera Lind', outlet: 'Sight and Sound' });
    expect(quote(text, 'actors who')).toMatchObject({ type: 'indirect', speaker: 'Vera Lind', cue: 'said', outlet: 'Sight and Sound' });
  });

  test('"told ET" after "speaking to Entertainment Tonight": the abbreviation is the outlet the article spelled out', () => {
    const text = 'Lina Voss said the tour was over, speaking to Entertainment Tonight on Friday. "I am tired," she told ET. "The bus smells of soup."';
    expect(quote(text, 'I am tired')).toMatchObject({ text: 'I am tired,', type: 'direct', start: at(text, 'I am tired'), speaker: 'Lina Voss', speaker_mention: 'she', cue: 'told', outlet: 'Entertainment Tonight' });
    expect(quote(text, 'The bus')).toMatchObject({ type: 'direct', speaker: 'Lina Voss', outlet: 'Entertainment Tonight' });
  });

  test('"told EW" with Entertainment Weekly never spelled out keeps the abbreviation as written (negative case)', () => {
    const text = 'Lina Voss said the tour was over, speaking to Entertainment Tonight on Friday. Her sister told EW last year that it would end.';
    expect(quote(text, 'it would end')).toMatchObject({ type: 'indirect', speaker_mention: 'Her sister', cue: 'told', outlet: 'EW' });
  });

  test('"In the Variety interview she said", "wrote in a recent Guardian column": the outlet before the piece it ran in', () => {
    const text = 'Lina Voss told Variety last week that the tour was over.\n\nThe band still owes the label an album. In the Variety interview she said she would finish it, “slowly and without joy.”';
    expect(quote(text, 'slowly and')).toMatchObject({ text: 'slowly and without joy.', type: 'partial', start: at(text, 'slowly and'), speaker: 'Lina Voss', speaker_mention: 'she', cue: 'said', outlet: 'Variety' });
    const column = 'Lina Voss wrote in a recent Guardian column that the tour was over.';
    expect(quote(column, 'the tour')).toMatchObject({ text: 'the tour was over', type: 'indirect', speaker: 'Lina Voss', cue: 'wrote', outlet: 'Guardian' });
  });

  test('"wrote X in Wired’s hands-on review": a known outlet\'s possessive before the piece', () => {
    const text = '“Battery life was the surprise of the week,” wrote Tomas Lindahl in Wired’s long-term review.';
    expect(quote(text, 'Battery life')).toMatchObject({ text: 'Battery life was the surprise of the week,', type: 'direct', speaker: 'Tomas Lindahl', cue: 'wrote', outlet: 'Wired' });
    const the = 'Lina Voss said in the Guardian’s interview that the tour was over.';
    expect(quote(the, 'the tour')).toMatchObject({ type: 'indirect', speaker: 'Lina Voss', cue: 'said', outlet: 'Guardian' });
  });

  test('"in Reuters’ interview", "in the Times’ review": a bare apostrophe after a name ending in s is its possessive', () => {
    const wire = 'Lina Voss said in Reuters’ interview that the tour was over.';
    expect(quote(wire, 'the tour')).toMatchObject({ text: 'the tour was over', type: 'indirect', speaker: 'Lina Voss', cue: 'said', outlet: 'Reuters' });
    const paper = '“The hinge feels cheap,” wrote Tomas Lindahl in the Times’ hands-on review.';
    expect(quote(paper, 'The hinge')).toMatchObject({ type: 'direct', speaker: 'Tomas Lindahl', cue: 'wrote', outlet: 'Times' });
  });

  test('"in Tom Jones’ review", "in Reuters ’ interview": a person\'s bare possessive, or an apostrophe set apart from the name, names none (negative case)', () => {
    expect(quote('Lina Voss said in Tom Jones’ interview that the tour was over.', 'the tour')).toMatchObject({ speaker: 'Lina Voss', cue: 'said', outlet: null });
    expect(quote('Lina Voss said in Reuters ’ interview that the tour was over.', 'the tour')).toMatchObject({ speaker: 'Lina Voss', cue: 'said', outlet: null });
  });

  test('"In an op-ed for OUTLET, X argued": the hyphenated piece noun is read whole, as "In a column for OUTLET" is', () => {
    const opening = 'In an op-ed for the Washington Post, Marta Quill argued that the levy was unfair.';
    expect(quote(opening, 'the levy')).toMatchObject({ text: 'the levy was unfair', type: 'indirect', speaker: 'Marta Quill', cue: 'argued', outlet: 'Washington Post' });
    const after = 'Marta Quill argued in her op-ed for Wired that the levy was unfair.';
    expect(quote(after, 'the levy')).toMatchObject({ speaker: 'Marta Quill', cue: 'argued', outlet: 'Wired' });
  });

  test('"who writes op-eds for Wired": a line of work, no piece at hand (negative case)', () => {
    const text = 'Marta Quill, who writes op-eds for Wired, argued that the levy was unfair.';
    expect(quote(text, 'the levy')).toMatchObject({ speaker: 'Marta Quill', cue: 'argued', outlet: null });
  });

  test('a person\'s possessive before the piece names no outlet: "in Tom Reed’s review" (negative case)', () => {
    const text = '“The hinge feels cheap,” wrote Tomas Lindahl in Tom Reed’s review.';
    expect(quote(text, 'The hinge')).toMatchObject({ speaker: 'Tomas Lindahl', cue: 'wrote', outlet: null });
  });

  test('"in the Oval Office interview", "During a Senate interview": no outlet before the piece (negative case)', () => {
    expect(quote('Lina Voss said in the Oval Office interview that the tour was over.', 'the tour')).toMatchObject({ speaker: 'Lina Voss', cue: 'said', outlet: null });
    expect(quote('During a Senate interview, Lina Voss said the tour was over.', 'the tour')).toMatchObject({ speaker: 'Lina Voss', cue: 'said', outlet: null });
  });

  test('"…, the Associated Press reported": an outlet whose name holds a word the model reads as a verb is the speaker', () => {
    const text = 'The ferry board met on Monday. The old pier will close in May, the Associated Press reported on Tuesday.';
    expect(quote(text, 'The old pier')).toMatchObject({
      type: 'indirect', text: 'The old pier will close in May', start: at(text, 'The old pier'), speaker: 'Associated Press', speaker_mention: 'the Associated Press', cue: 'reported', outlet: 'Associated Press',
    });
  });

  test('"told Reuters and Bloomberg" is not one name (negative case)', () => {
    const text = '“It is over,” Vera Lind told Reuters and Bloomberg on Monday.';
    expect(quote(text, 'It is over')).toMatchObject({ speaker: 'Vera Lind', cue: 'told', outlet: 'Reuters' });
  });

  test('"Reviewing “TITLE” in OUTLET, X wrote …": the review ran in the outlet, a title with small words or not', () => {
    const text = 'Reviewing “Blue Harbor” in The Times in 1982, Ivo Brandt wrote that the film was “a very long nap” and that its director had confused “silence for meaning.”';
    expect(quote(text, 'a very long nap')).toMatchObject({ text: 'a very long nap', type: 'partial', speaker: 'Ivo Brandt', cue: 'wrote', outlet: 'The Times' });
    expect(quote(text, 'silence for')).toMatchObject({ type: 'partial', speaker: 'Ivo Brandt', cue: 'wrote', outlet: 'The Times' });
    const long = 'Reviewing “The Man in the Boat” in The Times, Ivo Brandt called it “a very long nap.”';
    expect(quote(long, 'a very long nap')).toMatchObject({ speaker: 'Ivo Brandt', cue: 'called', outlet: 'The Times' });
  });

  test('reviewing something that is no titled work, in a place, gives no outlet (negative case)', () => {
    const text = 'After reviewing the plans in The Times office, Ivo Brandt said the plan was “a very long nap.”';
    expect(quote(text, 'a very long nap')).toMatchObject({ speaker: 'Ivo Brandt', cue: 'said', outlet: null });
  });

  test('"told a CNBC reporter", "told a reporter from CNBC": the reporter\'s outlet', () => {
    const direct = 'Leaving the room, Omar Leclerc told a CNBC reporter: “I need a holiday.”';
    expect(quote(direct, 'I need')).toMatchObject({ text: 'I need a holiday.', type: 'direct', speaker: 'Omar Leclerc', cue: 'told', outlet: 'CNBC' });
    const from = 'Leaving the room, Omar Leclerc told a reporter from CNBC that he needed a holiday.';
    expect(quote(from, 'he needed')).toMatchObject({ type: 'indirect', speaker: 'Omar Leclerc', cue: 'told', outlet: 'CNBC' });
  });

  test('"told a reporter", "told a Paris crowd" name no outlet (negative case)', () => {
    expect(quote('Omar Leclerc told a reporter that he needed a holiday.', 'he needed')).toMatchObject({ speaker: 'Omar Leclerc', outlet: null });
    expect(quote('Omar Leclerc told a Paris crowd that he needed a holiday.', 'he needed')).toMatchObject({ speaker: 'Omar Leclerc', outlet: null });
  });
});

describe('a programme an outlet owns', () => {
  test('"on OUTLET\'s “TITLE” podcast" and "on OUTLET\'s podcast “TITLE”": the podcast is the outlet', () => {
    const before = 'Speaking on Deadline\'s "Inside the Frame" podcast last month, Mira Solberg said she wanted a darker role.';
    expect(quote(before, 'she wanted')).toMatchObject({ text: 'she wanted a darker role', type: 'indirect', start: at(before, 'she wanted'), speaker: 'Mira Solberg', cue: 'said', outlet: 'Inside the Frame' });
    const after = 'Mira Solberg said on Variety\'s podcast "Inside the Frame" that she wanted a darker role.';
    expect(quote(after, 'she wanted')).toMatchObject({ type: 'indirect', speaker: 'Mira Solberg', cue: 'said', outlet: 'Inside the Frame' });
  });

  test('"said on BROADCASTER\'s “TITLE”", "told BROADCASTER\'s “TITLE”": a network\'s titled programme is the outlet, carried on', () => {
    const text = 'Sen. Orla Brandt, a Maine independent, said on NBC’s “Sunday Ledger” that the deal was “finished.”\n\n“We are done talking to people who never listen to us,” Brandt said.\n\nRep. Ivo Santangelo told CNN’s “Capitol Hour” that he would vote no.';
    expect(quote(text, 'finished')).toMatchObject({ text: 'finished.', type: 'partial', start: at(text, 'finished'), speaker: 'Orla Brandt', cue: 'said', outlet: 'Sunday Ledger' });
    expect(quote(text, 'We are done')).toMatchObject({ text: 'We are done talking to people who never listen to us,', type: 'direct', speaker: 'Orla Brandt', speaker_mention: 'Brandt', cue: 'said', outlet: 'Sunday Ledger' });
    expect(quote(text, 'he would vote')).toMatchObject({ text: 'he would vote no', type: 'indirect', start: at(text, 'he would vote'), speaker: 'Ivo Santangelo', cue: 'told', outlet: 'Capitol Hour' });
  });

  test('"said on BROADCASTER\'s PROGRAMME" unquoted: a known programme after the possessive is the outlet ("BBC\'s Match of the Day")', () => {
    const text = '“It was never a penalty,” Tom Reid said on BBC’s Match of the Day. Reid played for Elwin Rovers.';
    expect(quote(text, 'It was never')).toMatchObject({ text: 'It was never a penalty,', type: 'direct', start: at(text, 'It was never'), speaker: 'Tom Reid', cue: 'said', outlet: 'Match of the Day' });
  });

  test('negative: "on the BBC\'s website" names no programme, the broadcaster stays the outlet', () => {
    const text = '“It was fine,” Tom Reid said on the BBC’s website.';
    expect(quote(text, 'It was fine')).toMatchObject({ speaker: 'Tom Reid', outlet: 'BBC' });
  });

  test('an inverted frame: "“…,” said Rep. X, an Ohio Democrat, on NBC\'s “TITLE.”" reads the outlet past the speaker\'s description', () => {
    const text = '“Nobody here wants a shutdown this close to the holidays,” said Rep. Tova Lund, an Ohio Democrat, on NBC’s “Capitol Hour.” Lund is new to Congress.';
    expect(quote(text, 'Nobody here')).toMatchObject({ text: 'Nobody here wants a shutdown this close to the holidays,', type: 'direct', start: at(text, 'Nobody here'), speaker: 'Tova Lund', speaker_mention: 'Tova Lund', cue: 'said', outlet: 'Capitol Hour' });
  });

  test('negative: an inverted frame\'s outlet search ends at a participle clause after the speaker ("…, adding that she had told the Herald …")', () => {
    const text = '“The vote is over,” said Nell Farrow, the council leader, adding that she had told the Herald the same thing.';
    expect(quote(text, 'The vote is over')).toMatchObject({ text: 'The vote is over,', type: 'direct', start: 1, speaker: 'Nell Farrow', speaker_mention: 'Nell Farrow', cue: 'said', outlet: null });
    const relative = '“The vote is over,” said Nell Farrow, who once told the Herald that she hated meetings.';
    expect(quote(relative, 'The vote is over')).toMatchObject({ speaker: 'Nell Farrow', cue: 'said', outlet: null });
  });

  test('an inverted frame "…, speaking on NBC\'s “TITLE”" still reads the venue participle\'s programme', () => {
    const text = '“Nobody wants a shutdown,” said Rep. Tova Lund, an Ohio Democrat, speaking on NBC’s “Capitol Hour.” Lund is new to Congress.';
    expect(quote(text, 'Nobody wants')).toMatchObject({ text: 'Nobody wants a shutdown,', type: 'direct', start: 1, speaker: 'Tova Lund', cue: 'said', outlet: 'Capitol Hour' });
  });

  test('"according to" sources that run on to "logs reviewed by Reuters" give no outlet (negative case)', () => {
    const text = 'Harbourline, the regional ferry operator, cancelled dozens of crossings that it never reported to port inspectors, according to four people who have seen the schedules and internal logs reviewed by Reuters.';
    expect(quote(text, 'Harbourline, the')).toMatchObject({ type: 'indirect', start: 0, cue: 'according to', outlet: null });
  });

  test('a newspaper\'s quoted title is a piece, not a programme, and a broadcaster untitled is itself (negative cases)', () => {
    const paper = 'Ada Perrin told The Guardian’s “Weekend Notes” that she was moving to Lisbon.';
    expect(quote(paper, 'she was moving')).toMatchObject({ type: 'indirect', speaker: 'Ada Perrin', cue: 'told', outlet: 'The Guardian' });
    const network = 'Ada Perrin said on NBC on Sunday that she was moving to Lisbon.';
    expect(quote(network, 'she was moving')).toMatchObject({ type: 'indirect', speaker: 'Ada Perrin', cue: 'said', outlet: 'NBC' });
  });

  test('an untitled "on OUTLET\'s podcast" is the outlet\'s (negative case)', () => {
    const text = 'Mira Solberg said on Variety\'s podcast that she wanted a darker role.';
    expect(quote(text, 'she wanted')).toMatchObject({ type: 'indirect', speaker: 'Mira Solberg', cue: 'said', outlet: 'Variety' });
  });
});

describe('"the paper" refers back to a paper', () => {
  test('"according to the paper\'s disclosures" after a broadcaster is not the broadcaster\'s (negative case)', () => {
    const text = '"It is promising," Dr. Lena Hartwig told the BBC.\n\nThe drugmaker did not pay for the trial, according to the paper\'s disclosures.';
    expect(quote(text, 'It is promising')).toMatchObject({ speaker: 'Lena Hartwig', cue: 'told', outlet: 'BBC' });
    expect(quote(text, 'The drugmaker did not')).toMatchObject({ type: 'indirect', outlet: null });
  });

  test('"told the paper" after a newspaper still gives it', () => {
    const text = 'Lena Hartwig spoke to The Guardian on Monday.\n\nShe told the paper that the trial would end in May.';
    expect(quote(text, 'the trial would')).toMatchObject({ type: 'indirect', speaker: 'Lena Hartwig', cue: 'told', outlet: 'The Guardian' });
  });
});

describe('foreign outlet names and shortened names after a lead (frame.ts outletAfterLead)', () => {
  test('"the Italian sports daily La Gazzetta dello Sport": a known name with a small foreign word, then "told the newspaper"', () => {
    const text = 'Boxing champion returns\n\nRui Tavares sat down with the Italian sports daily La Gazzetta dello Sport after his last bout.\n\n“My hands were gone by the fourth round,” Tavares told the newspaper. “The gloves hid it.”';
    expect(quote(text, 'My hands were')).toMatchObject({ text: 'My hands were gone by the fourth round,', type: 'direct', start: at(text, 'My hands were'), speaker: 'Rui Tavares', cue: 'told', outlet: 'La Gazzetta dello Sport' });
    expect(quote(text, 'The gloves')).toMatchObject({ type: 'direct', speaker: 'Rui Tavares', outlet: 'La Gazzetta dello Sport' });
  });

  test('an unknown name after a kind word runs on through a Romance link word to the capitalised words after it (data/outlets.json nameLinkWords)', () => {
    const text = 'Boxing champion returns\n\nRui Tavares told the daily Voz da Serra that his hands had gone numb.';
    expect(quote(text, 'his hands had')).toMatchObject({ type: 'indirect', speaker: 'Rui Tavares', cue: 'told', outlet: 'Voz da Serra' });
  });

  test('"told Il Corriere di Lecco", "in an interview with Diário do Minho": a Romance paper\'s word opens a name that runs through its link word, with no kind word before it (data/outlets.json foreignPaperWords)', () => {
    const text = 'Flood season\n\nMarco Ferri told Il Corriere di Lecco that the dam had leaked for a month.\n\nIn an interview with Diário do Minho, Rita Sousa said the river would crest on Friday.';
    expect(quote(text, 'the dam had')).toMatchObject({ text: 'the dam had leaked for a month', type: 'indirect', start: at(text, 'the dam had'), speaker: 'Marco Ferri', cue: 'told', outlet: 'Il Corriere di Lecco' });
    expect(quote(text, 'the river would')).toMatchObject({ text: 'the river would crest on Friday', type: 'indirect', start: at(text, 'the river would'), speaker: 'Rita Sousa', cue: 'said', outlet: 'Diário do Minho' });
  });

  test('"told Radio Cinque", "told TV Norte": a station\'s opening word and the capitalised word after it name the outlet (data/outlets.json broadcastOpeners)', () => {
    const text = 'Port strike\n\nElena Basso told Radio Cinque on Sunday that the cranes would stay idle. “We have waited long enough,” Joaquim Lobo told TV Norte.';
    expect(quote(text, 'the cranes')).toMatchObject({ text: 'the cranes would stay idle', type: 'indirect', start: at(text, 'the cranes'), speaker: 'Elena Basso', cue: 'told', outlet: 'Radio Cinque' });
    expect(quote(text, 'We have waited')).toMatchObject({ text: 'We have waited long enough,', type: 'direct', start: at(text, 'We have waited'), speaker: 'Joaquim Lobo', cue: 'told', outlet: 'TV Norte' });
  });

  test('"told Radio listeners": a station\'s opening word with no capitalised word after it names no outlet (negative case)', () => {
    const text = 'Port strike\n\nElena Basso told Radio listeners that the cranes would stay idle.';
    expect(quote(text, 'the cranes')).toMatchObject({ speaker: 'Elena Basso', cue: 'told', outlet: null });
  });

  test('"told the Chronicle" after two outlets ending in "Chronicle" names neither', () => {
    const text = 'A survey in the Lakeview Chronicle and another in the Marlow Chronicle put the slates level. Nadia Fell told the Chronicle that turnout would decide the seat.';
    expect(quote(text, 'turnout would')).toMatchObject({ text: 'turnout would decide the seat', type: 'indirect', speaker: 'Nadia Fell', cue: 'told', outlet: null });
  });

  test('"told the Chronicle" after "the Houston Chronicle" is that outlet, also for a name known only by its shape', () => {
    const text = 'Council vote\n\nA survey in the Houston Chronicle put the two slates level. Nadia Fell, who teaches history at Brookvale College, told the Chronicle that turnout would decide the seat. "Half this street has not heard of the race," Fell said.';
    expect(quote(text, 'turnout would')).toMatchObject({ text: 'turnout would decide the seat', type: 'indirect', start: at(text, 'turnout would'), speaker: 'Nadia Fell', cue: 'told', outlet: 'Houston Chronicle' });
    expect(quote(text, 'Half this street')).toMatchObject({ type: 'direct', speaker: 'Nadia Fell', cue: 'said', outlet: 'Houston Chronicle' });
    const shape = 'Council vote\n\nOmar Sy told the Lakeview Ledger the slates were level. Nadia Fell told the Ledger that turnout would decide the seat.';
    expect(quote(shape, 'turnout would')).toMatchObject({ speaker: 'Nadia Fell', cue: 'told', outlet: 'Lakeview Ledger' });
  });

  test('"told the Ledger", "speaking to the Ledger" with no Ledger named in full: the local paper, by its news word as written', () => {
    const text = 'Council vote\n\nNadia Fell told the Ledger after the count that turnout would decide the seat. “Nobody knocked on my door,” she said.\n\nOmar Sy, speaking to the Ledger by phone, said the slates were level.';
    expect(quote(text, 'turnout would')).toMatchObject({ text: 'turnout would decide the seat', type: 'indirect', start: at(text, 'turnout would'), speaker: 'Nadia Fell', cue: 'told', outlet: 'Ledger' });
    expect(quote(text, 'Nobody knocked')).toMatchObject({ text: 'Nobody knocked on my door,', type: 'direct', speaker: 'Nadia Fell', cue: 'said', outlet: 'Ledger' });
    expect(quote(text, 'the slates')).toMatchObject({ text: 'the slates were level', type: 'indirect', start: at(text, 'the slates'), speaker: 'Omar Sy', cue: 'said', outlet: 'Ledger' });
  });

  test('"told the Senate", "told the Court", "said on the Record" name no paper (negative case)', () => {
    const text = 'Council vote\n\nNadia Fell told the Senate that turnout would decide the seat. Omar Sy told the Court that the slates were level. Ida Moe said on the Record that the count was fair.';
    expect(quote(text, 'turnout would')).toMatchObject({ speaker: 'Nadia Fell', cue: 'told', outlet: null });
    expect(quote(text, 'the slates')).toMatchObject({ speaker: 'Omar Sy', cue: 'told', outlet: null });
    expect(quote(text, 'the count')).toMatchObject({ speaker: 'Ida Moe', cue: 'said', outlet: null });
  });

  test('"to the Channel", "returned to the Globe", "complained to the Mail": no words given to a paper there (negative case)', () => {
    const channel = 'Coastguard chief Ivo Brand said the small boats were heading to the Channel before dawn.';
    expect(quote(channel, 'the small boats')).toMatchObject({ text: 'the small boats were heading to the Channel before dawn', type: 'indirect', speaker: 'Ivo Brand', cue: 'said', outlet: null });
    expect(extractArticle(channel).entities.outlets).toEqual([]);
    const globe = 'Brand said the crews had returned to the Globe after the interval, calling the run “a small miracle”.';
    expect(quote(globe, 'the crews')).toMatchObject({ speaker: 'Brand', cue: 'said', outlet: null });
    expect(quote(globe, 'a small miracle')).toMatchObject({ type: 'partial', speaker: 'Brand', outlet: null });
    const mail = '“We are done,” Nadia Fell said, adding that she had complained to the Mail.';
    expect(quote(mail, 'We are done')).toMatchObject({ text: 'We are done,', type: 'direct', speaker: 'Nadia Fell', cue: 'said', outlet: null });
  });

  test('"told the Show", "spoken to the Desk", "the Register of Deeds": generic news words and titles with "of" are no paper (negative case)', () => {
    const text = 'Council vote\n\nNadia Fell told the Show that turnout would decide the seat. Omar Sy said the clerks had written to the Register of Deeds to complain.';
    expect(quote(text, 'turnout would')).toMatchObject({ text: 'turnout would decide the seat', speaker: 'Nadia Fell', cue: 'told', outlet: null });
    expect(quote(text, 'the clerks')).toMatchObject({ speaker: 'Omar Sy', cue: 'said', outlet: null });
    const desk = 'Council vote\n\nOmar Sy, speaking to the Desk by phone, said the slates were level.';
    expect(quote(desk, 'the slates')).toMatchObject({ speaker: 'Omar Sy', cue: 'said', outlet: null });
  });

  test('"in an interview with the Ledger": an interview word before "with" gives the words to the paper', () => {
    const text = 'Council vote\n\nOmar Sy, in an interview with the Ledger, said the slates were level.';
    expect(quote(text, 'the slates')).toMatchObject({ text: 'the slates were level', type: 'indirect', start: at(text, 'the slates'), speaker: 'Omar Sy', cue: 'said', outlet: 'Ledger' });
  });

  test('"told the Ledger" with two Ledgers named before gives no outlet (negative case)', () => {
    const two = 'Council vote\n\nOmar Sy told the Lakeview Ledger the slates were level, and Ida Moe told the Harbour Ledger they were not. Nadia Fell told the Ledger that turnout would decide the seat.';
    expect(quote(two, 'turnout would')).toMatchObject({ speaker: 'Nadia Fell', cue: 'told', outlet: null });
  });
});

describe('"the French paper", "with the paper", "as quoted by the newspaper" stand for the paper named last', () => {
  const opening = 'Rower looks back\n\nIvo Marchetti spent an afternoon with the Spanish daily El Mundo.\n\n“The river taught me patience,” Marchetti told the newspaper.\n\n';

  test('"told the French paper" after Le Figaro is named: that earlier paper, not the new interview\'s', () => {
    const text = opening + 'Two winters ago Le Figaro ran a long profile of Marchetti. He told the French paper that rowing was “mostly cold water.”';
    expect(quote(text, 'mostly cold')).toMatchObject({ text: 'mostly cold water.', type: 'partial', start: at(text, 'mostly cold'), speaker: 'Ivo Marchetti', cue: 'told', outlet: 'Le Figaro' });
  });

  test('"“…,” he said, as quoted by the newspaper": the paper named last', () => {
    const text = 'Rower looks back\n\n“The river taught me patience,” Ivo Marchetti told the Spanish daily El Mundo.\n\nHis coach, Ana Roig, said the crew would wait for him.\n\nOn the selectors, Marchetti was brief. “They pick boats, not friends,” he said, as quoted by the newspaper.';
    expect(quote(text, 'They pick boats')).toMatchObject({ text: 'They pick boats, not friends,', type: 'direct', speaker: 'Ivo Marchetti', cue: 'said', outlet: 'El Mundo' });
  });

  test('a nationality before a noun that is no outlet\'s kind names no outlet (negative case)', () => {
    const text = 'Rower looks back\n\nIvo Marchetti told the French organisers that rowing was “mostly cold water.”';
    expect(quote(text, 'mostly cold')).toMatchObject({ speaker: 'Ivo Marchetti', cue: 'told', outlet: null });
  });
});

describe('a lone first word shortens an outlet named in full before (frame.ts shortFormAt)', () => {
  test('"Questioned by Süddeutsche …" and "as quoted by the newspaper" after "Süddeutsche Zeitung" and another paper', () => {
    const text = 'Keeper looks back\n\nJonas Brehm sat for an hour with the German daily Süddeutsche Zeitung.\n\nTwo winters ago Le Figaro ran a long profile of Brehm.\n\nQuestioned by Süddeutsche about the shoot-out, Brehm grinned. “I guessed left, like always,” he said, as quoted by the newspaper.';
    expect(quote(text, 'I guessed left')).toMatchObject({ text: 'I guessed left, like always,', type: 'direct', start: at(text, 'I guessed left'), speaker: 'Jonas Brehm', cue: 'said', outlet: 'Süddeutsche Zeitung' });
    // (The asker of a question reported, where one is kept, is the outlet, not a person called so.)
    for (const q of quotesOf(text).filter((x) => x.speaker_mention === 'Süddeutsche')) expect(q).toMatchObject({ speaker: 'Süddeutsche Zeitung', speaker_kind: 'outlet' });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Jonas Brehm']);
  });

  test('a first word the article also writes in small letters stands for nothing (negative case)', () => {
    const text = 'Markets wobble\n\nThe Financial Times first reported the fund\'s losses, and a financial adviser said little.\n\nTwo winters ago Le Figaro ran a long profile of Jonas Brehm. Financial regulators were not amused. “I guessed left, like always,” Brehm told the paper.';
    expect(quote(text, 'I guessed left')).toMatchObject({ speaker: 'Jonas Brehm', cue: 'told', outlet: 'Le Figaro' });
  });
});

describe('a medium that speaks for itself and gives its words to another outlet', () => {
  test('"Harbour Radio said in a statement to Variety that …": the outlet is the one the statement went to', () => {
    const text = 'Harbour Radio said in a statement to Variety that the host had left by mutual agreement.';
    expect(quote(text, 'the host')).toMatchObject({
      type: 'indirect', text: 'the host had left by mutual agreement', start: at(text, 'the host'),
      speaker: 'Harbour Radio', speaker_kind: 'outlet', cue: 'said', outlet: 'Variety',
    });
  });

  test('negative: an outlet named inside what a medium reported is not where its words went', () => {
    const cases = [
      ['CNN said it had sent a statement to Variety about the cuts.', 'it had sent'],
      ['Variety said the actor had given an interview to People last year.', 'the actor'],
      ['CNN said the interview with Variety was cancelled.', 'the interview'],
    ] as const;
    for (const [text, content] of cases) expect(quote(text, content)).toMatchObject({ type: 'indirect', outlet: text.split(' ')[0] });
  });

  test('negative: an outlet reporting, or citing another, keeps itself as the outlet', () => {
    const text = 'Fox News reported that the senator had resigned, citing the Washington Post.';
    expect(quote(text, 'the senator')).toMatchObject({ speaker: 'Fox News', outlet: 'Fox News' });
  });
});

describe('a broadcaster\'s national or language service is one outlet (outlets.json mediumWords)', () => {
  test('"told BBC Wales", "told BBC Northern Ireland": the service as written, in the quote and the entity list', () => {
    const text = '“The storm was severe,” Ana Ruiz told BBC Wales. “We lost power for a day.”';
    expect(quote(text, 'The storm')).toMatchObject({ text: 'The storm was severe,', type: 'direct', start: 1, speaker: 'Ana Ruiz', cue: 'told', outlet: 'BBC Wales' });
    expect(quote(text, 'We lost')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', outlet: 'BBC Wales' });
    expect(extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name)).toEqual(['BBC Wales']);
    const ni = 'Ana Ruiz told BBC Northern Ireland that the storm was severe.';
    expect(quote(ni, 'the storm')).toMatchObject({ type: 'indirect', speaker: 'Ana Ruiz', cue: 'told', outlet: 'BBC Northern Ireland' });
  });

  test('negative: "the BBC" alone stays the BBC, and an awards show a broadcaster holds is no channel of it', () => {
    const plain = 'Ana Ruiz told the BBC that the storm was severe.';
    expect(quote(plain, 'the storm')).toMatchObject({ outlet: 'BBC' });
    const awards = 'Ana Ruiz won twice at the MTV Europe Music Awards, she told BBC Wales.';
    expect(extractArticle(awards, { id: 't' }).entities.outlets.map((o) => o.name)).toEqual(['MTV', 'BBC Wales']);
  });

  test('a hyphen inside the name: "Speaking to Radio-Canada, …" and "told Ouest-France"', () => {
    const text = 'Speaking to Radio-Canada, union organiser Lucie Pelletier-Ade said the vote had been rushed. "Nobody read the fine print," she said.';
    expect(quote(text, 'the vote')).toMatchObject({ text: 'the vote had been rushed', type: 'indirect', start: at(text, 'the vote'), end: at(text, 'the vote') + 'the vote had been rushed'.length, speaker: 'Lucie Pelletier-Ade', cue: 'said', outlet: 'Radio-Canada' });
    expect(quote(text, 'Nobody read')).toMatchObject({ type: 'direct', speaker: 'Lucie Pelletier-Ade', outlet: 'Radio-Canada' });
    const told = 'Lucie Pelletier-Ade told Ouest-France the vote had been rushed.';
    expect(quote(told, 'the vote')).toMatchObject({ type: 'indirect', speaker: 'Lucie Pelletier-Ade', cue: 'told', outlet: 'Ouest-France' });
  });

  test('negative: a hyphenated person\'s name after "told" or "Speaking to" is no outlet', () => {
    const told = 'Lucie Pelletier-Ade told Marie-Claire Dubois the vote had been rushed.';
    expect(quote(told, 'the vote')).toMatchObject({ type: 'indirect', speaker: 'Lucie Pelletier-Ade', outlet: null });
    const speaking = 'Speaking to Jean-Luc Moreau, Lucie Ade said the vote had been rushed.';
    expect(quote(speaking, 'the vote')).toMatchObject({ type: 'indirect', speaker: 'Lucie Ade', outlet: null });
  });

  test('a quoted programme title keeps its small words: the podcast “Late Coffee with Bo Idris”', () => {
    const text = 'Lena Fox addressed the lawsuit on the podcast “Late Coffee with Bo Idris,” saying she had settled. “It was time,” she told Idris.';
    expect(quote(text, 'she had settled')).toMatchObject({ text: 'she had settled', type: 'indirect', start: at(text, 'she had settled'), end: at(text, 'she had settled') + 15, speaker: 'Lena Fox', cue: 'saying', outlet: 'Late Coffee with Bo Idris' });
    expect(quote(text, 'It was time')).toMatchObject({ type: 'direct', speaker: 'Lena Fox', cue: 'told', outlet: 'Late Coffee with Bo Idris' });
  });

  test('negative: a guest named after the closing mark is no part of the title', () => {
    const text = 'Lena Fox said on the podcast “Late Coffee” with Bo Idris that she had settled.';
    expect(quote(text, 'she had settled')).toMatchObject({ type: 'indirect', speaker: 'Lena Fox', cue: 'said', outlet: 'Late Coffee' });
  });

  test('negative: "who appeared on NBC\'s “Harbor Nights” for three seasons" names a series played in, not the medium of the words', () => {
    const text = 'Tom Varga, who appeared on NBC\'s “Harbor Nights” for three seasons, said the cast had stayed close.';
    const content = 'the cast had stayed close';
    expect(quote(text, content)).toMatchObject({ text: content, type: 'indirect', start: at(text, content), end: at(text, content) + content.length, speaker: 'Tom Varga', cue: 'said', outlet: null });
    const past = 'Tom Varga, who appeared on “Harbor Nights” for the past two series, said the cast had stayed close.';
    expect(quote(past, content)).toMatchObject({ type: 'indirect', speaker: 'Tom Varga', outlet: null });
  });

  test('an appearance on a talk programme without a run in it still gives the outlet', () => {
    const text = 'Tom Varga, who appeared on NBC\'s “Meet the Press” on Sunday, said the cast had stayed close.';
    expect(quote(text, 'the cast')).toMatchObject({ type: 'indirect', speaker: 'Tom Varga', cue: 'said', outlet: 'Meet the Press' });
  });
});

describe('a place opening the told clause is no part of the outlet', () => {
  test('"told the BBC Scotland had been ignored": the outlet is the BBC; "told BBC Scotland she …" is the service', () => {
    const text = 'Ana Ruiz told the BBC Scotland had been ignored for years.';
    // (The content still opens after the place: the told object is read as the whole run.)
    expect(quotesOf(text)).toEqual([expect.objectContaining({ type: 'indirect', speaker: 'Ana Ruiz', cue: 'told', cue_start: at(text, 'told'), outlet: 'BBC' })]);
    expect(quotesOf('Ana Ruiz told CNN America was ready for the vote.')).toEqual([expect.objectContaining({ type: 'indirect', cue: 'told', outlet: 'CNN' })]);
    expect(quote('Ana Ruiz told BBC Scotland she would stand again.', 'she would')).toMatchObject({ outlet: 'BBC Scotland' });
  });
});

describe('an inverted frame\'s venue participle after a long description with a relative clause', () => {
  test('"said X, a 40-year-old nurse who helps run the group, speaking to OUTLET": the outlet, carried to "She said …"', () => {
    const text = '"We will stay all week," said Ada Pell, a 40-year-old nurse who helps run the group, speaking to Reuters outside the court. She said more people would come on Sunday.';
    expect(quote(text, 'We will stay')).toMatchObject({
      text: 'We will stay all week,', type: 'direct', speaker: 'Ada Pell', speaker_mention: 'Ada Pell', cue: 'said', outlet: 'Reuters',
    });
    expect(quote(text, 'more people')).toMatchObject({ text: 'more people would come on Sunday', type: 'indirect', speaker: 'Ada Pell', speaker_mention: 'She', cue: 'said', outlet: 'Reuters' });
  });

  test('a relative clause running to the end gives its own outlet to no one', () => {
    const text = '"We will stay all week," said Ada Pell, a 40-year-old nurse who helps run the group, which told Reuters it would appeal.';
    expect(quote(text, 'We will stay')).toMatchObject({ type: 'direct', speaker: 'Ada Pell', cue: 'said', outlet: null });
  });
});

describe('"Reviewing the film for OUTLET": the review at hand ran in that outlet', () => {
  test('an opener "Reviewing the album for Pitchfork, critic X called it …" gives both quotes of its sentence the outlet', () => {
    const text = 'Reviewing the album for Pitchfork, critic Joel Amari called it "a quiet triumph" but said its second half dragged.';
    expect(quote(text, 'a quiet')).toMatchObject({ text: 'a quiet triumph', type: 'partial', speaker: 'Joel Amari', speaker_mention: 'Joel Amari', cue: 'called', outlet: 'Pitchfork' });
    expect(quote(text, 'its second')).toMatchObject({ text: 'its second half dragged', type: 'indirect', speaker: 'Joel Amari', cue: 'said', outlet: 'Pitchfork' });
  });

  test('no outlet after "for", or a line of work ("who reviews records for"): no outlet', () => {
    const children = 'Reviewing the album for children, critic Joel Amari called it "a quiet triumph."';
    expect(quote(children, 'a quiet')).toMatchObject({ type: 'partial', speaker: 'Joel Amari', cue: 'called', outlet: null });
    const job = 'Joel Amari, who reviews records for Pitchfork, called the album "a quiet triumph."';
    expect(quote(job, 'a quiet')).toMatchObject({ type: 'partial', speaker: 'Joel Amari', cue: 'called', outlet: null });
  });
});

describe('a station named after three modifiers, and "the station" naming it again by its call sign', () => {
  test('"told the local public radio station WGBH that …"; "said in an interview with the station" is WGBH', () => {
    const text = 'A woman walking on the beach told the local public radio station WGBH that she had first thought the seal was a rock. "Then it moved," Ada Pell, 61, said in an interview with the station.';
    expect(quote(text, 'she had first')).toMatchObject({
      text: 'she had first thought the seal was a rock', type: 'indirect', speaker_mention: 'A woman', cue: 'told', outlet: 'WGBH',
    });
    expect(quote(text, 'Then it moved')).toMatchObject({ text: 'Then it moved,', type: 'direct', speaker: 'Ada Pell', speaker_mention: 'Ada Pell', cue: 'said', outlet: 'WGBH' });
  });

  test('no name after the kind word, or only a paper named before "the station": no outlet', () => {
    const unnamed = 'Ada Pell told the local public radio station that she had first thought the seal was a rock.';
    expect(quote(unnamed, 'she had first')).toMatchObject({ type: 'indirect', speaker: 'Ada Pell', cue: 'told', outlet: null });
    const paper = 'A woman walking on the beach told the Boston Globe that she had first thought the seal was a rock. "Then it moved," Ada Pell, 61, said in an interview with the station.';
    expect(quote(paper, 'Then it moved')).toMatchObject({ type: 'direct', speaker: 'Ada Pell', cue: 'said', outlet: null });
  });
});

describe('an outlet in a long prepositional opener before the speaker (frame.ts frontedOpenerStart)', () => {
  test('"In response to a question from OUTLET reporter NAME about …, X said": the outlet however far back', () => {
    const text = 'In response to a question from Sky News reporter Anne-Marie Dubois about U.K. fishing quotas, Minister Tom Reyes said the talks would resume.';
    expect(quote(text, 'the talks would resume')).toMatchObject({
      text: 'the talks would resume', type: 'indirect', start: at(text, 'the talks'), speaker: 'Tom Reyes', cue: 'said', cue_start: at(text, 'said'), outlet: 'Sky News',
    });
  });

  test('negative: an outlet in an earlier opener, a comma before the one next to the speaker, is not the frame\'s', () => {
    const text = 'After a report on the row aired on Sky News last month, in a long meeting on Friday about U.K. fishing quotas, Minister Tom Reyes said the talks would resume.';
    expect(quote(text, 'the talks would resume')).toMatchObject({ type: 'indirect', speaker: 'Tom Reyes', outlet: null });
  });

  test('"In a Vanity Fair profile published on Monday, X said …" and "In an IndieWire profile, …": the profile\'s outlet', () => {
    const text = 'In a Vanity Fair profile published on Monday, Tova Lind said she had turned the part down twice.\n\nIn an IndieWire profile, Rafe Oduya said the sequel was written.';
    expect(quote(text, 'she had turned')).toMatchObject({ type: 'indirect', speaker: 'Tova Lind', cue: 'said', outlet: 'Vanity Fair' });
    expect(quote(text, 'the sequel was written')).toMatchObject({ type: 'indirect', speaker: 'Rafe Oduya', cue: 'said', outlet: 'IndieWire' });
  });

  test('"In a Time cover story", "In an Empire exclusive", "In a People magazine exclusive": an ordinary-word outlet named by the piece noun after it', () => {
    const text = 'In a Time cover story, Tova Lind said she had turned the part down twice.\n\nIn an Empire exclusive, Rafe Oduya said the sequel was written.\n\nIn a People magazine exclusive published on Friday, Ana Ruiz said she had eloped.';
    expect(quote(text, 'she had turned')).toMatchObject({ type: 'indirect', speaker: 'Tova Lind', cue: 'said', outlet: 'Time' });
    expect(quote(text, 'the sequel was written')).toMatchObject({ type: 'indirect', speaker: 'Rafe Oduya', cue: 'said', outlet: 'Empire' });
    expect(quote(text, 'she had eloped')).toMatchObject({ type: 'indirect', speaker: 'Ana Ruiz', cue: 'said', outlet: 'People' });
  });

  test('negative: "In a Disney exclusive" names no outlet (not a known outlet before the piece noun)', () => {
    const text = 'In a Disney exclusive, Rafe Oduya said the sequel was written.';
    expect(quote(text, 'the sequel was written')).toMatchObject({ type: 'indirect', speaker: 'Rafe Oduya', outlet: null });
  });

  test('"In answer to queries from OUTLET about …, X said": the outlet of the question', () => {
    const text = 'In answer to queries from the Elwin Gazette about the late repairs to the harbour wall and the pier, Mayor Ana Ruiz said the work would finish in May.';
    expect(quote(text, 'the work would finish')).toMatchObject({
      text: 'the work would finish in May', type: 'indirect', start: at(text, 'the work'), speaker: 'Ana Ruiz', cue: 'said', cue_start: at(text, 'said'), outlet: 'Elwin Gazette',
    });
  });

  test('negative: an opener that puts no question to the speaker names an outlet that heard nothing', () => {
    const text = 'With the Guardian and the BBC both running stories on the leak, Ana Ruiz said she would sue.';
    expect(quote(text, 'she would sue')).toMatchObject({ text: 'she would sue', type: 'indirect', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
  });
});

describe('outlets known from the gazetteer: foreign broadcasters, channels, science magazines', () => {
  test('"told Univision", "told Deutschlandfunk radio": a Spanish-language US network and a German public station', () => {
    const text = '“We will keep going,” Tomas Rivera told Univision. “Nothing changes.” His rival Anna Berger told Deutschlandfunk radio that the vote was lost.';
    expect(quote(text, 'We will keep')).toMatchObject({ text: 'We will keep going,', type: 'direct', start: at(text, 'We will keep'), speaker: 'Tomas Rivera', cue: 'told', outlet: 'Univision' });
    expect(quote(text, 'Nothing changes')).toMatchObject({ type: 'direct', speaker: 'Tomas Rivera', outlet: 'Univision' });
    expect(quote(text, 'the vote was lost')).toMatchObject({ text: 'the vote was lost', type: 'indirect', speaker: 'Anna Berger', cue: 'told', outlet: 'Deutschlandfunk' });
  });

  test('"told People en Español": the longest known name wins over "People"', () => {
    const text = '“I missed my family too much,” Carla Mendes told People en Español on Friday.';
    expect(quote(text, 'I missed')).toMatchObject({ text: 'I missed my family too much,', type: 'direct', speaker: 'Carla Mendes', cue: 'told', outlet: 'People en Español' });
    expect(extractArticle(text, { id: 'p' }).entities.outlets.map((o) => o.name)).toEqual(['People en Español']);
  });

  test('"told NBC Connecticut", "told Sky Sports F1": a local station and a sports channel are named whole', () => {
    const text = 'Mark Dunn told NBC Connecticut that the mill would close. “That is a joke,” Jonas Berg told Sky Sports F1.';
    expect(quote(text, 'the mill')).toMatchObject({ type: 'indirect', speaker: 'Mark Dunn', cue: 'told', outlet: 'NBC Connecticut' });
    expect(quote(text, 'That is a joke')).toMatchObject({ type: 'direct', speaker: 'Jonas Berg', cue: 'told', outlet: 'Sky Sports F1' });
  });

  test('"told Science", "told Nature": the science magazines as hearers, named as written', () => {
    const text = 'Emma Hill told Science the result looked “very strong.” The finding was “remarkable,” Omar Reyes told Nature.';
    expect(quote(text, 'very strong')).toMatchObject({ text: 'very strong.', type: 'partial', speaker: 'Emma Hill', cue: 'told', outlet: 'Science' });
    expect(quote(text, 'remarkable')).toMatchObject({ type: 'partial', speaker: 'Omar Reyes', cue: 'told', outlet: 'Nature' });
  });

  test('negative: "Science" and "Nature" as ordinary words or inside an institution are no outlets', () => {
    const text = 'Nature always wins, Emma Hill said. She works at the Carnegie Institution for Science.';
    expect(extractArticle(text, { id: 'n' }).entities.outlets).toEqual([]);
    expect(quote(text, 'Nature always wins')).toMatchObject({ speaker: 'Emma Hill', outlet: null });
  });
});

describe('a known name with a small word inside it, and a place ending a name before a participle', () => {
  test('"told the magazine" after "an interview with People en Español": the whole name, not "People"', () => {
    const text = 'Rosa Vidal is leaving the show. In a longer interview with People en Español, published on Monday, Vidal spoke about her career. “It was a hard year,” she told the magazine.';
    expect(quote(text, 'It was a hard')).toMatchObject({ text: 'It was a hard year,', type: 'direct', speaker: 'Rosa Vidal', speaker_mention: 'she', cue: 'told', outlet: 'People en Español' });
  });

  test('"a statement to NBC Connecticut released through her lawyer": no told clause opens at the place', () => {
    const text = 'Rosa Vidal is leaving. In a short statement to NBC Connecticut released through her lawyer, she said the family was sorry.';
    expect(quote(text, 'the family was sorry')).toMatchObject({ text: 'the family was sorry', type: 'indirect', speaker: 'Rosa Vidal', cue: 'said', outlet: 'NBC Connecticut' });
  });

  test('negative: after "told", a place opening the told clause is still no part of the name', () => {
    const text = 'Ann Lee told the BBC Scotland had been ignored.';
    expect(quote(text, 'Scotland had been')).toMatchObject({ speaker: 'Ann Lee', cue: 'told', outlet: 'BBC' });
  });
});

describe('a hyphenated paper after "told the" is named whole', () => {
  test('"told the Star-Ledger" gives the Star-Ledger, not a paper called "Star"', () => {
    const text = '“The ferry plan is dead,” Mara Okafor told the Star-Ledger.';
    expect(quotesOf(text)).toMatchObject([{ text: 'The ferry plan is dead,', speaker: 'Mara Okafor', cue: 'told', outlet: 'Star-Ledger' }]);
  });

  test('negative: "told the Star" alone is still the Star', () => {
    const text = '“The ferry plan is dead,” Mara Okafor told the Star.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Mara Okafor', outlet: 'Star' });
  });
});

describe('"told The Times" after the one "… Times" named in full (frame.ts fullNameEndingInHead)', () => {
  test('the outlet is the paper named in full', () => {
    const text = 'In an interview with The Seattle Times last week, Ivo Brandt said the ferry would run. “We start in June,” Brandt told The Times.';
    expect(quote(text, 'We start')).toMatchObject({ text: 'We start in June,', type: 'direct', start: at(text, 'We start'), speaker: 'Ivo Brandt', cue: 'told', outlet: 'The Seattle Times' });
  });
  test('negative: with no paper named in full it stays "The Times"', () => {
    const text = '“We start in June,” Ivo Brandt told The Times.';
    expect(quote(text, 'We start')).toMatchObject({ speaker: 'Ivo Brandt', cue: 'told', outlet: 'The Times' });
  });
});

describe('a city is never the short form of its paper (frame.ts shortFormsOf)', () => {
  test('"of the weather office in Sacramento said" keeps the forecaster, not The Sacramento Bee', () => {
    const text = 'The Sacramento Bee reported the fine in May. Forecaster Lia Moreno of the weather office in Sacramento said the rain would stop.';
    expect(quote(text, 'the rain would')).toMatchObject({ text: 'the rain would stop', type: 'indirect', cue: 'said', outlet: null });
    expect(quote(text, 'the rain would').speaker).not.toBe('The Sacramento Bee');
  });
});

describe('"according to a report by the KIND NAME": the outlet after its kind is the source', () => {
  test('"According to a report by the Norwegian newspaper Sorbladet, …" → the outlet speaks and carries itself', () => {
    const text = 'According to a report by the Norwegian newspaper Sorbladet, three riders had complained.';
    expect(quote(text, 'three riders')).toMatchObject({
      type: 'indirect', text: 'three riders had complained', start: at(text, 'three riders'), speaker: 'Sorbladet', speaker_mention: 'Sorbladet',
      speaker_start: at(text, 'Sorbladet'), speaker_end: at(text, ', three'), speaker_kind: 'outlet', cue: 'According to', outlet: 'Sorbladet',
    });
  });

  test('at the sentence end too', () => {
    const text = 'Three riders had complained, according to a report by the newspaper Sorbladet.';
    expect(quote(text, 'Three riders')).toMatchObject({ speaker: 'Sorbladet', speaker_kind: 'outlet', cue: 'according to', outlet: 'Sorbladet' });
  });

  test('near miss: "a report by the newspaper" with no name stays the report, unnamed', () => {
    const text = 'According to a report by the newspaper, three riders had complained.';
    expect(quote(text, 'three riders')).toMatchObject({ speaker: null, speaker_mention: 'a report', speaker_kind: 'anonymous', outlet: null });
  });
});
