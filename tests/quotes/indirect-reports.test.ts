import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('report verbs we know: content forms', () => {
  test('a clause with a noun-phrase subject and no "that" after "knows" / "adding"', () => {
    const text = 'The vote is close. Marta Quill knows the harbour board will vote against the ferry plan.\n\n“The bridge tolls are a tax on nurses,” Ivo Whitlock said of the plan, adding the county must find another way to pay for repairs.';
    expect(quote(text, 'the harbour board')).toMatchObject({
      type: 'indirect', text: 'the harbour board will vote against the ferry plan', speaker: 'Marta Quill', speaker_mention: 'Marta Quill', cue: 'knows', cue_start: at(text, 'knows'),
    });
    expect(quote(text, 'the county must')).toMatchObject({
      type: 'indirect', text: 'the county must find another way to pay for repairs', speaker: 'Ivo Whitlock', cue: 'adding', cue_start: at(text, 'adding'),
    });
  });

  test('an object noun with a participle or a plain-form noun after it is no clause', () => {
    const text = 'The ferry season opened. Lina Sorrel wrote the harbour guide based on her own trips.\n\nOtto Brandvik remembered the old pier well.\n\nThe mayor posted a Facebook comment of her own.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a title-case headline with a speech verb reports as a headline does, by its own rules (headlines.test.ts)', () => {
    const text = 'Ferry Captain Yara Delmont Says Harbour Board Will Cut Winter Routes\n\nThe board meets on Friday to set the schedule.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Harbour Board Will Cut Winter Routes', speaker: 'Yara Delmont', cue: 'Says' }]);
  });

  test('a headline whose verb has a noun object reports nothing; a survey that shows something reports it, as in the body', () => {
    const text = 'Singer Reveals Her Night Out On Brindle Island\n\nThe tour ends in May.';
    expect(quotesOf(text)).toEqual([]);
    const other = 'Harbour Survey Shows Ferries Will Run Late\n\nThe survey ran for a month.';
    expect(quotesOf(other)).toMatchObject([{ type: 'indirect', text: 'Ferries Will Run Late', speaker_mention: 'Harbour Survey', cue: 'Shows' }]);
  });

  test('a closing frame followed by a prepositional phrase with a gerund or an infinitive still closes the content', () => {
    const text = 'The timetable changed in May. Many riders did not read the new timetable and found it confusing, commissioner Rhea Moss said in putting her motion to the board.\n\nHis support has shifted from the ferry plan to the bridge plan, Olek Pellman said during a speech to be a harbour delegate.';
    expect(quote(text, 'Many riders')).toMatchObject({
      type: 'indirect', text: 'Many riders did not read the new timetable and found it confusing', speaker: 'Rhea Moss', cue: 'said', cue_start: at(text, 'said in'),
    });
    expect(quote(text, 'His support')).toMatchObject({
      type: 'indirect', text: 'His support has shifted from the ferry plan to the bridge plan', speaker: 'Olek Pellman', cue: 'said', cue_start: at(text, 'said during'),
    });
  });

  test('"asked for X to do" after an opening phrase is a request, and the opening phrase no content', () => {
    const text = 'In one busy week after she won the harbour vote in March, Lise Carbo declared that the ferry was saved and asked for riders to chip in $20.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);
    expect(found.some((q) => q.startsWith('In one busy week'))).toBe(false);
  });

  test('a pronoun and an auxiliary stand for the clause: "said she would"', () => {
    const text = 'The council asked whether the ferry would run in winter. Harbour chief Nadia Ferrant said she would.';
    expect(quote(text, 'she would')).toMatchObject({ type: 'indirect', text: 'she would', speaker: 'Nadia Ferrant', cue: 'said', cue_start: at(text, 'said') });
  });

  test('a pronoun and an auxiliary after a question word are no reply', () => {
    const text = 'The pier was empty. Ferrant asked where he was.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).not.toContain('he was');
  });

  test('"that" right before an auxiliary is the content\'s subject, not a complementizer', () => {
    const text = 'The ferry may stop in winter. But harbour pilots and dock engineers said that is very unlikely.\n\nPilot Ewa Tarn said that the dock would open in March.';
    expect(quote(text, 'that is very')).toMatchObject({ type: 'indirect', text: 'that is very unlikely', speaker_mention: 'dock engineers', cue: 'said', cue_start: at(text, 'said that is') });
    expect(quote(text, 'the dock would')).toMatchObject({ type: 'indirect', text: 'the dock would open in March', speaker: 'Ewa Tarn', cue: 'said' });
  });

  test('after a partial quote inside the first report, a new subject and cue report their own clause', () => {
    const text = 'The pier inquiry ended. Although Tomas Dorn admitted to the council that he and the builder had “been friends for years,” he claimed the two had not once discussed the pier.';
    expect(quote(text, 'the two had')).toMatchObject({ type: 'indirect', text: 'the two had not once discussed the pier', speaker: 'Tomas Dorn', speaker_mention: 'he', cue: 'claimed', cue_start: at(text, 'claimed') });
  });

  test('the frame of a quotation introduced by a comma reports nothing more', () => {
    const text = 'The pier inquiry ended. After the council met, she warned, “The pier will fail within a year,” Mara Vell told the Harbour Gazette when asked about the builder.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual([]);
  });

  test('a negated report verb before a clause still reports it', () => {
    const text = 'The ward vote is close. Mayor Ilse Varn is not predicting she will carry the harbour ward.\n\nThe Tidewater Courier did not report that the ferry had run aground.';
    expect(quote(text, 'she will carry')).toMatchObject({ type: 'indirect', text: 'she will carry the harbour ward', speaker: 'Ilse Varn', cue: 'predicting', cue_start: at(text, 'predicting') });
    expect(quote(text, 'the ferry had')).toMatchObject({ type: 'indirect', text: 'the ferry had run aground', speaker_mention: 'The Tidewater Courier', cue: 'report', cue_start: at(text, 'report that') });
  });

  test('a negated report verb with an object or nothing after it reports nothing', () => {
    const text = 'The hearing was short. Ilse Varn did not say much at the hearing, and the clerk did not report the ferry figures.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('"he\'s said" is "he has said", not a passive', () => {
    const text = 'The zoning fight goes on. Council member Arlo Pellman says little, though he\'s said he will fight the change.';
    expect(quote(text, 'he will fight')).toMatchObject({ type: 'indirect', text: 'he will fight the change', speaker: 'Arlo Pellman', speaker_mention: 'he', cue: 'said', cue_start: at(text, 'said') });
  });

  test('"he\'s said to be" stays a passive with no speaker', () => {
    const text = 'The zoning fight goes on. Arlo Pellman is quiet; he\'s said to be weighing a run for the harbour board.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect' && q.cue === 'said')).toEqual([]);
  });

  test('a participle after a comma shares the subject of the verb before it, past an opening phrase', () => {
    const text = 'The zoning deal passed. In a letter to council colleagues released Monday, Dorota Weil criticized the zoning deal, arguing that the plan favors developers at the expense of renters.';
    expect(quote(text, 'the plan favors')).toMatchObject({ type: 'indirect', text: 'the plan favors developers at the expense of renters', speaker: 'Dorota Weil', speaker_mention: 'Dorota Weil', cue: 'arguing', cue_start: at(text, 'arguing') });
  });

  test('a participle after a verb whose subject does not speak reports nothing', () => {
    const text = 'The harbour was closed. The storm battered the pier overnight, suggesting that the sea wall had failed.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a participle after a speech frame with an apposition or an adverbial shares the frame\'s speaker', () => {
    const text = '“The ferry riders are on our side,” said Dorota Weil, the harbour board chair for the northern district, explaining that the fare dispute had faded since the spring vote.\n\n“Watch the tide come in,” said Ivo Tamm during the second harbour forum, suggesting that he had seen the flood maps.';
    expect(quote(text, 'the fare dispute')).toMatchObject({ type: 'indirect', text: 'the fare dispute had faded since the spring vote', speaker: 'Dorota Weil', speaker_mention: 'Dorota Weil', cue: 'explaining', cue_start: at(text, 'explaining') });
    expect(quote(text, 'he had seen')).toMatchObject({ type: 'indirect', text: 'he had seen the flood maps', speaker: 'Ivo Tamm', cue: 'suggesting', cue_start: at(text, 'suggesting') });
  });

  test('a participle after a clause with no speaker and no frame reports nothing', () => {
    const text = 'The tide came in. The ferry left the dock at dawn, the harbour calm, suggesting that the storm had passed.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a report participle opening the sentence with its clause reports it for the main subject', () => {
    const text = 'The levy vote was close. Noting that only one trustee voted for the levy, Ivo Tamm added: “That is the problem.”\n\nNoting he grew up on the island, Ansel Brook said he would keep the ferry.';
    expect(quote(text, 'only one trustee')).toMatchObject({ type: 'indirect', text: 'only one trustee voted for the levy', speaker: 'Ivo Tamm', cue: 'Noting', cue_start: at(text, 'Noting that') });
    expect(quote(text, 'he grew up')).toMatchObject({ type: 'indirect', text: 'he grew up on the island', speaker: 'Ansel Brook', cue: 'Noting', cue_start: at(text, 'Noting he') });
  });

  test('an opening participle with a noun object reports nothing', () => {
    const text = 'The hearing ran long. Noting the late hour, Ansel Brook closed the hearing.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a cue coordinated after a clause holding a quoted phrase shares its subject', () => {
    const text = 'The ferry ruling came down. Last month, Judge Ana Ruiz called the plan “extremely careless,” but said the town should face no fines.';
    expect(quote(text, 'the town should')).toMatchObject({ type: 'indirect', text: 'the town should face no fines', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', cue: 'said', cue_start: at(text, 'said') });
  });

  test('a coordinated cue after a quotation that opens the sentence takes no speaker from inside it', () => {
    const text = 'The ferry ruling came down. “The plan is careless, and the town knows it,” and said the fines would stand.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a colon after a report cue opens the clause reported', () => {
    const text = 'The ferry season starts soon. Some island riders say: the ferry is late again.';
    expect(quote(text, 'the ferry is late')).toMatchObject({ type: 'indirect', text: 'the ferry is late again', speaker_mention: 'Some island riders', cue: 'say', cue_start: at(text, 'say:') });
  });

  test('a colon after a report cue before a bare list reports nothing', () => {
    const text = 'The ferry season starts soon. The harbour clerk mentioned three topics at the meeting and noted: fares, routes and tides.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect' && q.cue === 'noted')).toEqual([]);
  });

  test('a report withheld with "that" reports nothing: "did not confirm that …", "would not say that …"', () => {
    const text = 'The harbour agency did not confirm that the pier had closed.\n\nReyes would not say that she would run again.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a negated wish to speak reports nothing: "had not wanted to say more", "never meant to say"', () => {
    const text = 'Dorn had not wanted to say more about the sale, his agent said.\n\nOkafor never meant to say anything about the pier.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([['Dorn had not wanted to say more about the sale', 'his agent', 'said']]);
  });

  test('a participle after a later clause of its own is that clause\'s subject\'s, not the earlier speaker\'s', () => {
    const text = '“The levy is dead,” Tamm said, and Weil walked out, saying that the vote was rigged.';
    expect(quote(text, 'the vote was rigged')).toMatchObject({ type: 'indirect', speaker: 'Weil', cue: 'saying' });
  });

  test('a sentence-opening participle reports only when it is a verb of speech', () => {
    const text = 'Assuming that the levy passes, Tamm will open the pier in May.\n\nKnowing he would lose, Tamm quit the race.\n\nNoting that the levy failed, Tamm asked for a recount.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(found.map((q) => q.text)).not.toContain('the levy passes');
    expect(found.map((q) => q.text)).not.toContain('he would lose');
    expect(quote(text, 'the levy failed')).toMatchObject({ type: 'indirect', speaker: 'Tamm', cue: 'Noting' });
  });

  test('an object with a relative clause on it is no clause said: "maintained the roads the county had built"', () => {
    const text = 'The mayor maintained the roads the county had built.\n\nThe mayor maintained the harbour board will vote in May.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);
    expect(found).not.toContain('the roads the county had built');
    expect(found).toContain('the harbour board will vote in May');
  });
});
