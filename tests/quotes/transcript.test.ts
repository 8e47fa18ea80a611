import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe('speaker labels', () => {
  test('turns without quotation marks are the speaker’s words, typed indirect (no marks), the colon their cue; a title-case label that is no name is no turn', () => {
    const text = 'Governor Ana Garcia gave the interview on Sunday.\n\nHOST: Will you run again next year?\n\nGARCIA: No, I will not run this year, and that is final.\n\nBottom Line: the race is open.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.speaker_start, q.cue, q.cue_start])).toEqual([
      ['Will you run again next year?', 'indirect', 'Host', 'HOST', at(text, 'HOST'), ':', at(text, 'HOST') + 4],
      ['No, I will not run this year, and that is final.', 'indirect', 'Ana Garcia', 'GARCIA', at(text, 'GARCIA'), ':', at(text, 'GARCIA') + 6],
    ]);
  });

  test('a label in capitals names the fullest form of the name in the article', () => {
    const text = 'Governor Lena Moray spoke to Tom Vick on Sunday.\n\nVICK: Will the ferry fares rise?\n\nMORAY: They will go up in spring, not sooner.';
    expect(quote(text, 'They will go up')).toMatchObject({
      type: 'indirect', speaker: 'Lena Moray', speaker_mention: 'MORAY', speaker_start: at(text, 'MORAY'), speaker_kind: 'person', cue: ':', cue_start: at(text, 'MORAY:') + 5, cue_end: at(text, 'MORAY:') + 6,
    });
  });

  test('"NAME: …" names the speaker of the quotes in its turn and of the paragraphs that continue it', () => {
    const text = 'Governor Ana Garcia gave the interview on Sunday.\n\nHOST: Will you run again?\n\nGARCIA: Well, frankly the plan is “a mess from top to bottom” and nobody likes it.\n\n“I am still thinking about it, to be honest with you, and I will decide in May.”';
    expect(quote(text, 'a mess from')).toMatchObject({
      text: 'a mess from top to bottom', type: 'partial', speaker: 'Ana Garcia', speaker_mention: 'GARCIA', speaker_start: at(text, 'GARCIA'), speaker_end: at(text, 'GARCIA') + 6, cue: ':',
    });
    expect(quote(text, 'I am still thinking')).toMatchObject({ type: 'direct', speaker: 'Ana Garcia', cue: null });
    // The turn's paragraph holds a quotation: it is reported once, as that quotation.
    expect(texts(text).filter((t) => t.includes('frankly'))).toEqual([]);
  });

  test('a label in capitals with letters beyond ASCII is a label', () => {
    const text = 'Mayor Ana Núñez and pilot Tom Vick debated the levy on Harbour Radio.\n\nANA NÚÑEZ: The levy pays for the ramps.\n\nTOM VICK: The pilots pay for everything already.';
    expect(quote(text, 'The levy pays')).toMatchObject({ type: 'indirect', speaker: 'Ana Núñez', speaker_mention: 'ANA NÚÑEZ', speaker_start: at(text, 'ANA NÚÑEZ:'), cue: ':', cue_start: at(text, 'ANA NÚÑEZ:') + 9 });
  });

  test('a label in capitals that names no one is no speaker: section heads, datelines', () => {
    const heads = 'Mayor Pia Lund said on Monday that the levy would pass.\n\nWHY IT MATTERS: The ferries lose money every winter.\n\nWHAT’S NEXT: The board votes in March.\n\nTHE BACKSTORY: The ramps date from 1960.';
    expect(quotesOf(heads).map((q) => q.text)).toEqual(['the levy would pass']);
    const datelines = 'News from the ports this week.\n\nCAIRO: The canal fees rose again.\n\nNEW DELHI: The harbour reopened.\n\nCAIRO: Pilots went on strike.';
    expect(quotesOf(datelines)).toEqual([]);
  });

  test('a quotation under a title-case label that names no one is not credited to it', () => {
    const text = 'Port Elwin turns 300 this year.\n\nFun Fact: “Elwin” means “harbour” in an old dialect.\n\nTom Vick said the town would hold a fair.';
    // (The label's colon is no cue; a partial quote's own subject is read elsewhere.)
    expect(quotesOf(text).filter((q) => q.speaker === 'Fun Fact' && q.cue === ':')).toEqual([]);
  });

  test('notes, captions and a single label are no transcript', () => {
    const text = 'Port Elwin voted on the levy on Tuesday.\n\nNOTE: This page was changed on Friday.\n\nVIDEO: The harbour at dawn, filmed from the pier.\n\nThe result: a levy of two percent on every berth.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('transcripts inside quotation marks', () => {
  const text = 'Governor Ana Garcia was on the show on Sunday. Partial transcript as follows:\n\n"HOST: Let us start with the news. Will you run?\n\n"GARCIA: Well, no. I will not run this year, and that is final.\n\n"(CROSSTALK.)\n\n"HOST: Thank you, Governor."';

  test('each turn’s words start after the speaker’s label', () => {
    expect(quote(text, 'Well, no.')).toMatchObject({
      text: 'Well, no. I will not run this year, and that is final.', type: 'direct', speaker: 'Ana Garcia', speaker_mention: 'GARCIA', speaker_start: text.indexOf('GARCIA'), cue: ':', cue_start: text.indexOf('GARCIA') + 6,
    });
    expect(quote(text, 'Thank you')).toMatchObject({ speaker: 'Host', speaker_start: text.lastIndexOf('HOST') });
  });

  test('a stage direction is not a quote', () => {
    expect(texts(text).some((t) => t.includes('CROSSTALK'))).toBe(false);
  });
});

describe('interviews printed as questions and answers', () => {
  const text = 'Mara Okafor has run the Harbour Board for ten years. Okafor spoke with the Harbour Gazette about ferry fares. The conversation was condensed and edited.\n\nQ: Will the fares rise this winter?\n\nA: They will rise in March, and only for cars.\n\nQ. Why cars?\n\nA. Cars wear the ramps out. “We need new ramps by June, whatever it costs.”';

  test('an answer is the interviewee’s words: the person who spoke with the medium the introduction names, given to it', () => {
    expect(quote(text, 'They will rise')).toMatchObject({
      text: 'They will rise in March, and only for cars.', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'A', speaker_start: at(text, 'A: They'), speaker_end: at(text, 'A: They') + 1,
      speaker_kind: 'person', cue: ':', cue_start: at(text, 'A: They') + 1, cue_end: at(text, 'A: They') + 2, outlet: 'Harbour Gazette',
    });
  });

  test('a question is the interviewer’s, here the medium; "Q." labels as "Q:" does', () => {
    expect(quote(text, 'Will the fares')).toMatchObject({ type: 'indirect', speaker: 'Harbour Gazette', speaker_mention: 'Q', speaker_start: at(text, 'Q: Will'), speaker_kind: 'outlet', cue: ':' });
    expect(quote(text, 'Why cars?')).toMatchObject({ type: 'indirect', speaker_mention: 'Q', speaker_start: at(text, 'Q. Why'), cue: '.', cue_start: at(text, 'Q. Why') + 1 });
  });

  test('the medium that asks is an outlet of the article; its label "Q" is no outlet name', () => {
    const outlets = extractArticle(text, { id: 't' }).entities.outlets;
    expect(outlets.map((o) => o.name)).toEqual(['Harbour Gazette']);
  });

  test('a quotation in an answer with no cue of its own is the interviewee’s, reported once', () => {
    expect(quote(text, 'We need new ramps')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor' });
    expect(quotesOf(text).filter((q) => q.text.includes('wear the ramps'))).toEqual([]);
  });

  test('an answer runs on over its paragraphs up to the next label, as one report; after the last label the article’s own text is no answer', () => {
    const text = 'Mara Okafor has run the Harbour Board for ten years. Okafor spoke with the Harbour Gazette about ferry fares.\n\nQ: Will the fares rise?\n\nA: They will rise in March.\n\nThe pilots have known that for a year.\n\nQ: And after March?\n\nA: Nothing changes.\n\nMara Okafor will speak at the pier on Friday.';
    expect(quote(text, 'They will rise')).toMatchObject({
      text: 'They will rise in March.\n\nThe pilots have known that for a year.', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'A', start: at(text, 'They will'), end: at(text, 'a year.') + 7,
    });
    expect(quote(text, 'Nothing changes')).toMatchObject({ text: 'Nothing changes.', speaker: 'Mara Okafor' });
  });

  test('an answer stops before a paragraph in the article’s voice: the interviewee in the third person, or a report by someone else', () => {
    const text = 'Mara Okafor spoke with the Harbour Gazette about the old ferry.\n\nQ: When did it last break down?\n\nA: In 1996. The engine froze for nine days.\n\nHarbour logs show the engine was replaced in 1997. The port authority said it had no other record.\n\nOkafor has run the Harbour Board since 2010.\n\nQ: And now?\n\nA: It runs well.';
    expect(quote(text, 'In 1996')).toMatchObject({ text: 'In 1996. The engine froze for nine days.', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'A' });
    expect(quotesOf(text).filter((q) => q.speaker === 'Mara Okafor' && (q.text.includes('Harbour logs') || q.text.includes('since 2010')))).toEqual([]);
  });

  test('the interviewee is the one the interview word points to, not the reporter or a biography’s subject named more', () => {
    const reporter = 'Gazette reporter Lena Vick spoke with Mayor Pia Lund about the levy. Vick has covered the harbour for years, and Vick wrote about the ramps first.\n\nQ: Why a levy?\n\nA: The ramps are failing.';
    expect(quote(reporter, 'The ramps are')).toMatchObject({ type: 'indirect', speaker: 'Pia Lund', speaker_mention: 'A', cue: ':' });
    const biography = 'Jo Pell’s new biography of Nell Grant is out this week. Grant ran the ferries for decades; Grant died in 1990. Pell talked to the Harbour Ledger about the book.\n\nQ: Why Grant?\n\nA: Nobody had written her story.';
    expect(quote(biography, 'Nobody had')).toMatchObject({ type: 'indirect', speaker: 'Jo Pell', speaker_mention: 'A', outlet: 'Harbour Ledger' });
  });

  test('a pronoun doing the interview word is the person named before it; with an editor’s note alone, the person named most', () => {
    const pronoun = 'Mayor Pia Lund toured the new pier on Monday. Later she spoke with Harbour Gazette reporter Tom Vick.\n\nQ: Is the pier ready?\n\nA: Almost, the rails go up next week.';
    expect(quote(pronoun, 'Almost')).toMatchObject({ type: 'indirect', speaker: 'Pia Lund', speaker_mention: 'A' });
    const profile = 'Mayor Pia Lund has run Port Elwin since 2019. Lund grew up on the ferries. Her answers were lightly edited.\n\nQ: What changed?\n\nA: The ferries got slower.';
    expect(quote(profile, 'The ferries got')).toMatchObject({ type: 'indirect', speaker: 'Pia Lund', speaker_mention: 'A' });
  });

  test('with no one named more than another, neither the answer nor the question is anyone’s quote', () => {
    const text = 'Mara Okafor and Tom Vick met the pilots on Monday. The exchange was condensed and edited.\n\nQuestion: Will the fares rise this winter?\n\nAnswer: They will rise in March, and only for cars.\n\nQuestion: And the pilots?\n\nAnswer: They ride free.';
    expect(quotesOf(text)).toEqual([]);
    // The near miss: the one the interview word points to answers, the medium it names asks.
    const named = 'Mara Okafor spoke with the Harbour Gazette on Monday. The exchange was condensed and edited.\n\nQuestion: Will the fares rise this winter?\n\nAnswer: They will rise in March, and only for cars.';
    expect(quotesOf(named).map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.speaker_start, q.cue, q.outlet])).toEqual([
      ['Will the fares rise this winter?', 'indirect', 'Harbour Gazette', 'Question', at(named, 'Question'), ':', null],
      ['They will rise in March, and only for cars.', 'indirect', 'Mara Okafor', 'Answer', at(named, 'Answer'), ':', 'Harbour Gazette'],
    ]);
  });

  test('a quiz or an explainer asks and answers without an interview: nobody is credited', () => {
    const quiz = 'Mayor Pia Lund announced a ferry levy on Monday. Lund also said the north ramp would close.\n\nQ: Which town voted for the levy first?\n\nA: Port Elwin.\n\nQ: When does the ramp close?\n\nA: In March, for six weeks.';
    expect(quotesOf(quiz).filter((q) => q.text.includes('Port Elwin') || q.text.includes('six weeks'))).toEqual([]);
    const faq = 'What riders should know about the new fares\n\nMayor Pia Lund said the fares start in May.\n\nQ: Do children pay?\n\nA: Yes. Children under 12 ride free with an adult.';
    expect(quotesOf(faq).filter((q) => q.text.includes('Children under'))).toEqual([]);
  });

  test('options "A.", "B.", "C." after a question are a multiple choice, even after an interview word', () => {
    const text = 'Pia Lund talked to the Harbour Gazette about ferries. Now test yourself.\n\nQ. Which ferry sails at dawn?\n\nA. The Kestrel\n\nB. The Heron\n\nC. The Plover';
    expect(quotesOf(text).filter((q) => q.text.includes('Kestrel') || q.text.includes('Heron'))).toEqual([]);
  });

  test('list items and a lone "Question:" are no interview', () => {
    const text = 'The board listed its options on Monday.\n\nA. Raise the fares for cars in March.\n\nB. Close the north ramp for the winter.\n\nQuestion: will the levy pass? Nobody on the board would say.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('headline labels, notes, lists, time stamps and datelines are no transcript', () => {
    const text = 'Okafor: Fares Must Rise\n\nMara Okafor said on Monday that the fares would rise.\n\nNote: This story was updated.\n\nPros: cheaper ramps. Cons: longer queues.\n\n10:45 a.m.: The vote was delayed.\n\nPORT ELWIN — The board met again.';
    expect(quotesOf(text).map((q) => [q.text, q.cue])).toEqual([['Fares Must Rise', ':'], ['the fares would rise', 'said']]);
  });
});

describe('a debate transcript labelled by surnames', () => {
  test('a one-word label is the surname of a person named in full, in a dialogue; a hyphenated name labels a turn', () => {
    const text = 'Mayor Dana Okafor and pilot Tom Vick debated the levy on Harbour Radio.\n\nOkafor: The levy pays for the new ramps.\n\nVick: The pilots pay for everything already.\n\nOkafor: Not since March.\n\nAna Seitz-Lowe: We should hear from the riders.';
    const okafor = text.lastIndexOf('Okafor:');
    expect(quote(text, 'Not since')).toMatchObject({
      text: 'Not since March.', type: 'indirect', speaker: 'Dana Okafor', speaker_mention: 'Okafor', speaker_start: okafor, speaker_end: okafor + 6, speaker_kind: 'person', cue: ':', cue_start: okafor + 6, cue_end: okafor + 7,
    });
    expect(quote(text, 'The pilots pay')).toMatchObject({ speaker: 'Tom Vick', speaker_mention: 'Vick', cue: ':' });
    expect(quote(text, 'We should hear')).toMatchObject({ speaker: 'Ana Seitz-Lowe', speaker_mention: 'Ana Seitz-Lowe', speaker_start: at(text, 'Ana Seitz-Lowe') });
  });

  test('a turn that opens with a verb and no subject is a guide’s list item, not speech', () => {
    const text = 'Where they stand\n\nMayor Dana Okafor and pilot Tom Vick are running for the board.\n\nFares\n\nOkafor: Supports a 5 percent rise for cars.\n\nVick: Opposes any rise before 2027.\n\nRamps\n\nOkafor: Wants a new north ramp by winter.\n\nVick: Wants the old ramp repaired.';
    expect(quotesOf(text)).toEqual([]);
    const spoken = 'Mayor Dana Okafor and pilot Tom Vick debated on Harbour Radio.\n\nOkafor: I support a rise for cars.\n\nVick: The pilots oppose it.\n\nOkafor: Nobody wants it, but it pays for the ramps.';
    expect(quote(spoken, 'I support')).toMatchObject({ type: 'indirect', speaker: 'Dana Okafor', speaker_mention: 'Okafor', cue: ':' });
  });

  test('surname labels with no one speaking twice are a list, and a word that is no surname is no speaker', () => {
    const text = 'Dana Okafor and Tom Vick differ on the levy.\n\nOkafor: wants new ramps before winter.\n\nVick: wants lower fares for pilots.\n\nTwitter: the debate trended all evening.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('"I" in a turn', () => {
  test('is the speaker of the turn: the answerer, or the speaker a label names in the transcript’s fullest form', () => {
    const text = 'Mara Okafor has run the Harbour Board for ten years. Okafor spoke with the Harbour Gazette about ferry fares.\n\nQ: Will you raise the fares?\n\nA: I think the fares will rise in March, and only for cars.';
    expect(quote(text, 'the fares will rise')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'I', speaker_start: at(text, 'I think'), speaker_kind: 'person', cue: 'think' });
    const debate = 'The debate aired on Harbour Radio.\n\nJANE MORROW: The levy is too high.\n\nTOM VICK: I believe the levy is fair.\n\nMORROW: I think the pilots disagree with you.';
    expect(quote(debate, 'the pilots disagree')).toMatchObject({ speaker: 'Jane Morrow', speaker_mention: 'I', speaker_start: debate.lastIndexOf('I think') });
  });

  test('in a question it is left alone: the asker is no person named', () => {
    const text = 'Mara Okafor has run the Harbour Board for ten years. Okafor spoke with the Harbour Gazette about ferry fares.\n\nQ: I believe the fares are too high for pilots, no?\n\nA: Not for pilots.';
    expect(quote(text, 'the fares are too high')).toMatchObject({ speaker: null, speaker_mention: 'I' });
  });
});

describe('a witness\'s examination printed as "Q:"/"A:" turns in quotation marks', () => {
  const intro = 'The witness, Lena Pardoe, worked for the firm for six years.\n\nUnder questioning from defence lawyer Peter Okonkwo-Lind, Pardoe admitted that she had been fired. The exchange went as follows:\n\n';
  const text = intro + 'Q: “Were you frightened?”\n\nA: “I was scared for a month and then I was just tired.”\n\nQ: “Tired of what?”\n\nA: “Of pretending nothing was wrong.”';

  test('"under questioning from X, Y …": "Q:" is X\'s, "A:" is Y\'s; the label is the mention, its colon the cue', () => {
    const q = quote(text, 'Tired of what');
    expect(q).toMatchObject({
      type: 'direct', start: at(text, 'Tired of what'), speaker: 'Peter Okonkwo-Lind', speaker_mention: 'Q',
      speaker_start: at(text, 'Q: “Tired'), speaker_kind: 'person', cue: ':', cue_start: at(text, ': “Tired'), outlet: null,
    });
    expect(quote(text, 'Of pretending')).toMatchObject({
      type: 'direct', start: at(text, 'Of pretending'), speaker: 'Lena Pardoe', speaker_mention: 'A',
      speaker_start: at(text, 'A: “Of'), cue: ':', cue_start: at(text, ': “Of'),
    });
    expect(quotesOf(text).filter((x) => x.cue === ':').map((x) => [x.speaker, x.speaker_mention])).toEqual([
      ['Peter Okonkwo-Lind', 'Q'], ['Lena Pardoe', 'A'], ['Peter Okonkwo-Lind', 'Q'], ['Lena Pardoe', 'A'],
    ]);
  });

  test('"X cross-examined Y": X asks, Y answers', () => {
    const crossed = 'Peter Okonkwo-Lind cross-examined Lena Pardoe on Tuesday.\n\nQ: “Were you frightened?”\n\nA: “I was scared for a month.”';
    expect(quote(crossed, 'Were you')).toMatchObject({ speaker: 'Peter Okonkwo-Lind', speaker_mention: 'Q', cue: ':' });
    expect(quote(crossed, 'I was scared')).toMatchObject({ speaker: 'Lena Pardoe', speaker_mention: 'A', cue: ':' });
  });

  test('"questioned" outside a court names no examination: police questioning, then an interview with a reporter, is the interview', () => {
    const police = 'Sergeant Hana Brule questioned Oskar Fenwick in March. Fenwick later sat down with Clara Voss, a reporter, to tell his side.\n\nQ: Were you at the marina that night?\n\nA: I was at the marina until two.';
    expect(quotesOf(police).some((x) => x.cue === ':' && (x.speaker === 'Hana Brule' || x.speaker === 'Clara Voss'))).toBe(false);
    expect(quote(police, 'I was at the marina')).toMatchObject({ speaker: 'Oskar Fenwick', speaker_mention: 'A', cue: ':' });
  });

  test('an examination in court, then an interview told of after it: the labels print the interview', () => {
    const later = 'Prosecutor Hana Brule cross-examined Oskar Fenwick at his trial. Months later Fenwick spoke to Clara Voss, a journalist.\n\nQ: “Do you regret it?”\n\nA: “I regret the boat, not the rest.”';
    expect(quotesOf(later).some((x) => x.cue === ':' && x.speaker === 'Hana Brule')).toBe(false);
    expect(quote(later, 'I regret the boat')).toMatchObject({ speaker: 'Oskar Fenwick', speaker_mention: 'A' });
  });

  test('"questioned" with a court word near it is still an examination', () => {
    const court = 'At the trial on Monday, defence lawyer Hana Brule questioned Oskar Fenwick about the boat.\n\nQ: “Who owned it?”\n\nA: “My brother did.”';
    expect(quote(court, 'Who owned it')).toMatchObject({ speaker: 'Hana Brule', speaker_mention: 'Q', cue: ':' });
    expect(quote(court, 'My brother did')).toMatchObject({ speaker: 'Oskar Fenwick', speaker_mention: 'A', cue: ':' });
  });

  test('near miss: with no examination (nor interview) named before them, the turns get no speaker from their labels', () => {
    const plain = 'The witness, Lena Pardoe, worked for the firm for six years. Peter Okonkwo-Lind said she held a grudge. The exchange went as follows:\n\nQ: “Were you frightened?”\n\nA: “I was scared for a month and then I was just tired.”';
    expect(quotesOf(plain).some((x) => x.cue === ':' || x.speaker_mention === 'A')).toBe(false);
  });
});

describe('an examination outside court names the one questioned right after the verb', () => {
  const text = 'Police Sergeant Ana Bell questioned Rob Finch at the station on Monday. The exchange was recorded.\n\nQ: Where were you that night?\n\nA: At home with my sister.';
  test('"Sergeant X questioned Y …" then Q:/A: lines: the questions are X\'s, the answers Y\'s', () => {
    expect(quote(text, 'Where were')).toMatchObject({ text: 'Where were you that night?', start: at(text, 'Where were'), speaker: 'Ana Bell', speaker_mention: 'Q' });
    expect(quote(text, 'At home')).toMatchObject({ text: 'At home with my sister.', start: at(text, 'At home'), speaker: 'Rob Finch', speaker_mention: 'A' });
  });

  test('negative: "doctors examined her" names no examiner and no witness, so the lines stay unattributed to them', () => {
    const plain = 'Doctors examined her at the clinic on Monday.\n\nQ: Where were you that night?\n\nA: At home with my sister.';
    expect(quotesOf(plain).map((q) => q.speaker)).not.toContain('Doctors');
  });
});
