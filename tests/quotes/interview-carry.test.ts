import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an interview outlet carried to the same speaker\'s next quotes', () => {
  test('a named quote in the same paragraph keeps the outlet of "told OUTLET", and so does its continuation', () => {
    const text = 'Mara Okafor, who chairs the Harbour Board, told the Elwin Gazette last week that fares would rise. "We held them for six years," Okafor said. "That cannot last."';
    expect(quote(text, 'We held')).toMatchObject({
      text: 'We held them for six years,', start: at(text, 'We held'), type: 'direct',
      speaker: 'Mara Okafor', speaker_mention: 'Okafor', speaker_start: at(text, 'Okafor said'), cue: 'said', cue_start: at(text, 'said.'), outlet: 'Elwin Gazette',
    });
    expect(quote(text, 'That cannot')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', outlet: 'Elwin Gazette' });
  });

  test('a double surname: a venue sentence naming the first surname places the speaker with the outlet again', () => {
    const text = 'Ana López Villarreal is leaving the show.\n\nIn a statement, the studio said López had asked to be released from her contract.\n\nLópez, 38, broke her silence in an interview with Telemundo. “I am fine,” López said. “Really,” she said.';
    expect(quote(text, 'I am fine')).toMatchObject({
      text: 'I am fine,', start: at(text, 'I am fine'), type: 'direct', speaker: 'Ana López Villarreal', speaker_mention: 'López', cue: 'said', outlet: 'Telemundo',
    });
    expect(quote(text, 'Really')).toMatchObject({ speaker: 'Ana López Villarreal', outlet: 'Telemundo' });
  });

  test('a pronoun quote in the next paragraph keeps the outlet of "speaking to OUTLET"', () => {
    const text = 'Coach Ana Ruiz, speaking to Sky Sports after the game, said her players had been tired.\n\n"We ran out of legs," she said. "It happens."';
    expect(quote(text, 'We ran out')).toMatchObject({
      type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', outlet: 'Sky Sports',
    });
    expect(quote(text, 'It happens')).toMatchObject({ speaker: 'Ana Ruiz', outlet: 'Sky Sports' });
  });

  test('a pronoun quote "in a statement to the paper" after an interview with a named paper keeps that paper', () => {
    const text = 'Lida Voss gave an interview to the Corran Herald on Friday.\n\n"The dam will hold," she said in a statement to the paper.';
    expect(quote(text, 'The dam will')).toMatchObject({ type: 'direct', speaker: 'Lida Voss', speaker_mention: 'she', cue: 'said', outlet: 'Corran Herald' });
    const email = 'Lida Voss gave an interview to the Corran Herald on Friday.\n\n"The dam will hold," she said in an email to the paper.';
    expect(quote(email, 'The dam will')).toMatchObject({ speaker: 'Lida Voss', outlet: 'Corran Herald' });
  });

  test('"the source" picks up "a source … told OUTLET"; "a second source" is someone else', () => {
    const text = 'The couple are engaged, a source close to the pair told People on Monday.\n\n"They are thrilled," the source said.\n\nA second source said the wedding would be small. "Just family," the second source said.';
    expect(quote(text, 'They are thrilled')).toMatchObject({ type: 'direct', speaker_mention: 'the source', speaker_kind: 'anonymous', cue: 'said', outlet: 'People' });
    expect(quote(text, 'the wedding would')).toMatchObject({ type: 'indirect', speaker_mention: 'A second source', outlet: null });
    expect(quote(text, 'Just family')).toMatchObject({ speaker_mention: 'the second source', outlet: null });
  });

  test('a name given afresh opening the next paragraph, right after the interview\'s sentence, keeps the outlet', () => {
    const text = 'Kemal Aras told Deadline that the shoot ran long.\n\n"We lost a week to rain," Aras said. "Then the generator died."';
    expect(quote(text, 'We lost a week')).toMatchObject({
      text: 'We lost a week to rain,', type: 'direct', speaker: 'Kemal Aras', speaker_mention: 'Aras', speaker_start: at(text, 'Aras said'), cue: 'said', outlet: 'Deadline',
    });
    expect(quote(text, 'Then the generator')).toMatchObject({ speaker: 'Kemal Aras', outlet: 'Deadline' });
    const indirect = 'Kemal Aras told Deadline that the shoot ran long.\n\nAras said the crew had worked through the night.';
    expect(quote(indirect, 'the crew had')).toMatchObject({ text: 'the crew had worked through the night', type: 'indirect', speaker: 'Kemal Aras', cue: 'said', outlet: 'Deadline' });
  });

  test('the name opening the next paragraph with an occasion of its own (a rally, a statement, a post) gets no outlet', () => {
    const lead = 'Kemal Aras told Deadline that the shoot ran long.\n\n';
    expect(quote(lead + '"We lost a week," Aras said at a rally.', 'We lost a week')).toMatchObject({ speaker: 'Kemal Aras', cue: 'said', outlet: null });
    expect(quote(lead + 'Aras said in a statement that he was sorry.', 'he was sorry')).toMatchObject({ type: 'indirect', speaker: 'Kemal Aras', cue: 'said', outlet: null });
    expect(quote(lead + 'Aras wrote on X that he was sorry.', 'he was sorry')).toMatchObject({ type: 'indirect', speaker: 'Kemal Aras', cue: 'wrote', outlet: null });
  });

  test('an outlet that reports ("Variety reported") is the speaker, not the outlet of the next person\'s words', () => {
    const text = 'Variety reported that the film was delayed.\n\nAna Bell said the edit was slow. "We need time," she said.';
    expect(quote(text, 'the film was')).toMatchObject({ speaker: 'Variety', speaker_kind: 'outlet' });
    expect(quote(text, 'the edit was')).toMatchObject({ speaker: 'Ana Bell', outlet: null });
    expect(quote(text, 'We need time')).toMatchObject({ speaker: 'Ana Bell', outlet: null });
  });

  test('a name given afresh later in the next paragraph starts a new stretch: no outlet', () => {
    const text = 'Ben Ito told Sky Sports that the pitch was poor.\n\nThe club has promised to relay it. "It was a bog," Ito said.';
    expect(quote(text, 'It was a bog')).toMatchObject({ type: 'direct', speaker: 'Ben Ito', speaker_mention: 'Ito', cue: 'said', outlet: null });
  });

  test('a name given afresh in the next paragraph after a sentence that closed the interview\'s paragraph elsewhere: no outlet', () => {
    const text = 'Ben Ito told Sky Sports that the pitch was poor. The club has promised to relay it.\n\n"It was a bog," Ito said.';
    expect(quote(text, 'It was a bog')).toMatchObject({ type: 'direct', speaker: 'Ben Ito', speaker_mention: 'Ito', cue: 'said', outlet: null });
  });

  test('a name opening the next paragraph after sentences that only go on about the speaker keeps the programme', () => {
    const text = '“We cannot wait another winter,” said Rep. Mara Wells, a Vermont Democrat, on CBS’s “Capitol Sunday.” Wells, whose town flooded last spring, sits on the budget committee.\n\n“I have asked for this money three times,” Wells added. “Nobody says no to my face.”';
    expect(quote(text, 'We cannot wait')).toMatchObject({ text: 'We cannot wait another winter,', type: 'direct', start: 1, speaker: 'Mara Wells', cue: 'said', outlet: 'Capitol Sunday' });
    expect(quote(text, 'I have asked')).toMatchObject({ text: 'I have asked for this money three times,', type: 'direct', start: at(text, 'I have asked'), speaker: 'Mara Wells', speaker_mention: 'Wells', speaker_start: at(text, 'Wells added'), cue: 'added', outlet: 'Capitol Sunday' });
    expect(quote(text, 'Nobody says')).toMatchObject({ speaker: 'Mara Wells', outlet: 'Capitol Sunday' });
  });

  test('negative: a sentence between that opens on another time or place ("Later that day, X held a town hall.") ends the programme', () => {
    const lead = '“We cannot wait another winter,” said Rep. Mara Wells, a Vermont Democrat, on CBS’s “Capitol Sunday.” ';
    for (const between of ['Later that day, Wells held a town hall in Burlington.', 'On Monday, Wells wrote to the governor.']) {
      const text = lead + between + '\n\n“I have asked for this money three times,” Wells said.';
      expect(quote(text, 'I have asked')).toMatchObject({ type: 'direct', speaker: 'Mara Wells', speaker_mention: 'Wells', cue: 'said', outlet: null });
    }
  });

  test('"Her spokesman told OUTLET …. …, he added": the pronoun left with no name is the spokesman, and keeps the outlet', () => {
    const text = "Her spokesman told the Mirror she was 'not going to dignify' the post. She would be back at work on Wednesday, he added.";
    expect(quote(text, 'She would be back')).toMatchObject({
      text: 'She would be back at work on Wednesday', type: 'indirect', speaker: null, speaker_mention: 'he', speaker_kind: 'anonymous', cue: 'added', outlet: 'Mirror',
    });
  });

  test('"a spokesperson told OUTLET" does not hand the outlet to someone else\'s next quote', () => {
    const text = 'A spokesperson told Variety the tour was off. "We are gutted," said the singer Lou Park.';
    expect(quote(text, 'We are gutted')).toMatchObject({ type: 'direct', speaker: 'Lou Park', cue: 'said', outlet: null });
  });

  test('"she said at the time" points back to the year of the interview named before: the outlet carries, to its continuation too', () => {
    const text = 'In a 2019 interview with Vanity Fair, Lena Fane said her husband had proposed in a laundromat.\n\n"He had a ring in one pocket," she said at the time. "I said yes."';
    expect(quote(text, 'He had a ring')).toMatchObject({
      text: 'He had a ring in one pocket,', type: 'direct', speaker: 'Lena Fane', speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said at'), outlet: 'Vanity Fair',
    });
    expect(quote(text, 'I said yes')).toMatchObject({ speaker: 'Lena Fane', outlet: 'Vanity Fair' });
  });

  test('"he said then" points back to the interview just dated ("last month"): the outlet carries', () => {
    const text = 'Teo Marsh told Empire last month that the stunt had taken nine days. "I broke two ribs," Marsh said then.';
    expect(quote(text, 'I broke two ribs')).toMatchObject({ type: 'direct', speaker: 'Teo Marsh', cue: 'said', outlet: 'Empire' });
  });

  test('"at the time" with no past time named before, or a rally after the cue, is another occasion, for the continuation too', () => {
    const plain = 'Lena Fane told Vanity Fair that her husband had proposed in a laundromat.\n\n"He had a ring in one pocket," she said at the time. "I said yes."';
    expect(quote(plain, 'He had a ring')).toMatchObject({ speaker: 'Lena Fane', cue: 'said', outlet: null });
    expect(quote(plain, 'I said yes')).toMatchObject({ speaker: 'Lena Fane', outlet: null });
    const rally = 'Lena Fane told Vanity Fair that she would run. "We start now," she said at a rally in Leeds. "Join us."';
    expect(quote(rally, 'Join us')).toMatchObject({ speaker: 'Lena Fane', outlet: null });
  });

  test('a quote dated differently from the interview ("told OUTLET in April" … "On Tuesday she had a reply: “…”") gets no outlet', () => {
    const text = 'It is a turn for Lia Crane, who told Rolling Stone in April that she had "never been the marrying type." On Tuesday she had a reply for them: "I was wrong."';
    expect(quote(text, 'never been')).toMatchObject({ type: 'partial', speaker: 'Lia Crane', cue: 'told', outlet: 'Rolling Stone' });
    expect(quote(text, 'I was wrong')).toMatchObject({ type: 'direct', speaker: 'Lia Crane', cue: null, outlet: null });
  });

  test('the same date, or a day named after an undated interview sentence, keeps the outlet', () => {
    const same = 'Lia Crane told Rolling Stone in April that she would tour. "I cannot wait," she said in April.';
    expect(quote(same, 'I cannot wait')).toMatchObject({ speaker: 'Lia Crane', cue: 'said', outlet: 'Rolling Stone' });
    const undated = 'Lia Crane told Rolling Stone that she would tour. "I cannot wait," she said on Tuesday.';
    expect(quote(undated, 'I cannot wait')).toMatchObject({ speaker: 'Lia Crane', cue: 'said', outlet: 'Rolling Stone' });
  });

  test('a date inside the topic ("said of the ruling in June") dates what is talked about, not the words: the outlet stays', () => {
    const text = 'Lia Crane told Billboard on Friday that she would sue. "Nobody explained it to me," she said of the ruling in June.';
    expect(quote(text, 'Nobody explained')).toMatchObject({
      text: 'Nobody explained it to me,', start: at(text, 'Nobody explained'), type: 'direct', speaker: 'Lia Crane', speaker_mention: 'she', cue: 'said', outlet: 'Billboard',
    });
    const dated = 'Lia Crane told Billboard on Friday that she would sue. "Nobody explained it to me," she said in June.';
    expect(quote(dated, 'Nobody explained')).toMatchObject({ speaker: 'Lia Crane', cue: 'said', outlet: null });
  });

  test('a quote whose sentence names a record as its source ("according to the minutes") gets no carried outlet', () => {
    const text = 'Kemal Aras told Deadline that the shoot ran long.\n\nAras said the budget had doubled, according to the production minutes.';
    expect(quote(text, 'the budget had')).toMatchObject({ type: 'indirect', speaker: 'Kemal Aras', cue: 'said', outlet: null });
  });

  test('"in past interviews" is another occasion: a pronoun quote in the next paragraph gets no outlet', () => {
    const text = 'Nadia Berg told Sky Sports that she would stay.\n\nShe has said in past interviews that she "never plans ahead."';
    expect(quote(text, 'never plans')).toMatchObject({ type: 'partial', speaker: 'Nadia Berg', outlet: null });
  });

  test('another speaker quoted in between ends the interview', () => {
    const text = 'Ben Ito told Sky Sports that the pitch was poor. "It was a bog," said Mara Okafor. "Worst I have seen," Ito said.';
    expect(quote(text, 'It was a bog')).toMatchObject({ speaker: 'Mara Okafor', outlet: null });
    expect(quote(text, 'Worst I have')).toMatchObject({ speaker: 'Ben Ito', speaker_mention: 'Ito', outlet: null });
  });
});

describe('a quote with an occasion of its own keeps no earlier outlet', () => {
  test('written words after an interview: "she wrote" is a text of its own', () => {
    const text = 'Dana Whitcombe told Reuters in a short phone interview that the firm would keep hiring engineers. She wrote that she would call every departing employee. "I owe you that much," she wrote.';
    expect(quote(text, 'the firm would')).toMatchObject({ type: 'indirect', speaker: 'Dana Whitcombe', cue: 'told', outlet: 'Reuters' });
    expect(quote(text, 'she would call')).toMatchObject({
      type: 'indirect', speaker: 'Dana Whitcombe', speaker_mention: 'She', cue: 'wrote', cue_start: at(text, 'wrote that'), outlet: null,
    });
    expect(quote(text, 'I owe you')).toMatchObject({ type: 'direct', speaker: 'Dana Whitcombe', cue: 'wrote', outlet: null });
  });

  test('"on Instagram" is an occasion; a toast the question is about is only a topic', () => {
    const text = 'Lena Park told Variety before the gala that she was calm. Asked whether she had rehearsed her toast, she said, "I skimmed the cards twice." Later she said on Instagram, "I am heartbroken."';
    expect(quote(text, 'I skimmed the cards')).toMatchObject({ type: 'direct', speaker: 'Lena Park', speaker_mention: 'she', cue: 'said', outlet: 'Variety' });
    expect(quote(text, 'I am heartbroken')).toMatchObject({ type: 'direct', speaker: 'Lena Park', speaker_mention: 'she', cue: 'said', outlet: null });
  });

  test('a statement that names its own outlet keeps it', () => {
    const text = '"We wish him well," Maria Gomez said in a statement obtained by Billboard.';
    expect(quote(text, 'We wish')).toMatchObject({ type: 'direct', speaker: 'Maria Gomez', cue: 'said', outlet: 'Billboard' });
  });

  test('an audience is not an occasion of its own: it may be the programme\'s', () => {
    const text = 'Comedian Lucy Harmon appeared on “Jimmy Kimmel Live” on Monday. “I sold shoes for a year,” Harmon told the audience.';
    expect(quote(text, 'I sold shoes')).toMatchObject({ speaker: 'Lucy Harmon', cue: 'told', outlet: 'Jimmy Kimmel Live' });
  });
});

describe('an interview outlet stops at another occasion', () => {
  test('an event or place right after the cue ends the run', () => {
    const text = 'Mara Okafor told the Elwin Gazette that fares would rise. "We held them for years," Okafor said at a council meeting on Tuesday.';
    expect(quote(text, 'We held')).toMatchObject({
      text: 'We held them for years,', start: at(text, 'We held'), type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'Okafor', cue: 'said', cue_start: at(text, 'said at'), outlet: null,
    });
  });

  test('"in a separate interview", "on her podcast", "during a panel" end it too', () => {
    for (const tail of ['in a separate interview', 'on her podcast', 'during a festival panel', 'at the premiere on Friday']) {
      const text = `Mara Okafor told the Elwin Gazette that fares would rise. "We held them for years," Okafor said ${tail}.`;
      expect(quote(text, 'We held')).toMatchObject({ speaker: 'Mara Okafor', cue: 'said', outlet: null });
    }
  });

  test('a sentence opening at another place or time between the quotes ends it', () => {
    const text = 'Ben Ito told Sky Sports that the pitch was poor. At the cup final last May, Ito was more upbeat. "It was a lovely pitch," Ito said.\n\nDara Penn told the Elwin Gazette that the ferry was late. Back in 2019, she sounded far less sure. "It may never run again," she said then.';
    expect(quote(text, 'It was a lovely')).toMatchObject({ type: 'direct', speaker: 'Ben Ito', cue: 'said', outlet: null });
    expect(quote(text, 'It may never')).toMatchObject({ type: 'direct', speaker: 'Dara Penn', speaker_mention: 'she', cue: 'said', outlet: null });
  });

  test('an idiom ("at one point") or a plain time ("on Monday") is no other occasion: the outlet carries', () => {
    const text = 'Ben Ito told Sky Sports on Monday that the pitch was poor. "It was a bog," Ito said at one point. "Worst I have seen," Ito said on Monday.';
    expect(quote(text, 'It was a bog')).toMatchObject({ speaker: 'Ben Ito', cue: 'said', outlet: 'Sky Sports' });
    expect(quote(text, 'Worst I have')).toMatchObject({ speaker: 'Ben Ito', cue: 'said', outlet: 'Sky Sports' });
  });
});

describe('a participle aside after the cue describes the speaker, not an occasion', () => {
  test('"she said, gesturing at the fans outside" keeps the interview outlet', () => {
    const text = 'Dara Penn told the Elwin Gazette that she hated the ferry. "I never wanted this," she said, gesturing at the fans outside.';
    expect(quote(text, 'I never wanted')).toMatchObject({
      text: 'I never wanted this,', start: at(text, 'I never'), type: 'direct', speaker: 'Dara Penn', speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said,'), outlet: 'Elwin Gazette',
    });
  });

  test('an occasion before the aside still ends the run', () => {
    const text = 'Dara Penn told the Elwin Gazette that she hated the ferry. "I never wanted this," she told the crowd at the pier, laughing.';
    expect(quote(text, 'I never wanted')).toMatchObject({ speaker: 'Dara Penn', cue: 'told', outlet: null });
  });
});

describe('which unnamed source', () => {
  test('"the second source" does not inherit the first source\'s outlet; "the source" does', () => {
    const text = 'A source close to the mayor told the Elwin Gazette that the ferry deal was off. "They have not met in weeks," the source said. A second insider disputed that. "They meet every day," the second source said.';
    expect(quote(text, 'They have not met')).toMatchObject({ type: 'direct', speaker_mention: 'the source', speaker_kind: 'anonymous', cue: 'said', outlet: 'Elwin Gazette' });
    expect(quote(text, 'They meet every')).toMatchObject({
      text: 'They meet every day,', start: at(text, 'They meet'), type: 'direct', speaker_mention: 'the second source', speaker_kind: 'anonymous', cue: 'said', cue_start: text.lastIndexOf('said.'), outlet: null,
    });
  });
});

describe('an interview outlet stops at a time of the quote\'s own sentence', () => {
  test('"in 2023" in the quote\'s sentence, after an interview "in 2011": another occasion', () => {
    const text = 'Mara Okafor rarely spoke about fame. In a 2011 interview with the Radio Times, she said: “I never wanted to be recognised in shops.”\n\nHer final role, in 2023, was a single scene in the drama “Low Tide,” which she described as “one day of work and a month of rumours.”';
    expect(quote(text, 'I never')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', cue: 'said', outlet: 'Radio Times' });
    expect(quote(text, 'one day')).toMatchObject({ type: 'partial', speaker: 'Mara Okafor', speaker_mention: 'she', cue: 'described', outlet: null });
  });

  test('"last year" in the quote\'s sentence ends it too', () => {
    const text = 'Tom Reed told the Harbour Gazette that fares would rise. “We held them for years,” he said.\n\nHis ferry sold last year, a deal he called “a relief, mostly.”';
    expect(quote(text, 'a relief')).toMatchObject({ speaker: 'Tom Reed', outlet: null });
  });

  test('"told the network" in the quote\'s own sentence gives it the outlet named before, whatever time it names', () => {
    const text = 'Mara Quell told CNBC that the firm had no plans to sell. "We are not buying," she said.\n\nShe also told the network that the fees brought in last year were "mostly done doing their job" and would not add much.';
    expect(quote(text, 'mostly done')).toMatchObject({ text: 'mostly done doing their job', type: 'partial', start: at(text, 'mostly done'), speaker: 'Mara Quell', speaker_mention: 'She', cue: 'told', outlet: 'CNBC' });
  });

  test('"said" with no outlet word and the same time words: another occasion (negative case)', () => {
    const text = 'Mara Quell told CNBC that the firm had no plans to sell. "We are not buying," she said.\n\nShe also said that the fees brought in last year were "mostly done doing their job" and would not add much.';
    expect(quote(text, 'mostly done')).toMatchObject({ type: 'partial', speaker: 'Mara Quell', cue: 'said', outlet: null });
  });

  test('the interview\'s own year named again is the same occasion: the outlet carries', () => {
    const text = 'In a 2011 interview with the Radio Times, Mara Okafor said: “I never wanted fame.”\n\nThat year, in 2011, she said, “I wanted the work.”';
    expect(quote(text, 'I wanted the work')).toMatchObject({ speaker: 'Mara Okafor', outlet: 'Radio Times' });
  });
});

describe('an unnamed source referred back to under another noun', () => {
  test('"An insider tells OUTLET …" then "the source says": one source, one interview', () => {
    const text = 'An insider tells Us Weekly the pair have lived apart since May.\n\n"It just went quiet," the source says. "Nobody shouted."';
    expect(quote(text, 'It just went')).toMatchObject({
      text: 'It just went quiet,', start: at(text, 'It just'), type: 'direct',
      speaker_mention: 'the source', speaker_start: at(text, 'the source'), speaker_kind: 'anonymous', cue: 'says', outlet: 'Us Weekly',
    });
    expect(quote(text, 'Nobody shouted')).toMatchObject({ outlet: 'Us Weekly' });
  });

  test('"A rep for X confirmed … to People, saying …" then "the rep said" in the next paragraph', () => {
    const text = 'A rep for Lena Fane confirmed the split to People on Monday, saying the couple had "lived apart since the spring."\n\n"They remain good friends," the rep said.';
    expect(quote(text, 'They remain')).toMatchObject({ type: 'direct', speaker_mention: 'the rep', cue: 'said', outlet: 'People' });
  });

  test('"An agent for X told OUTLET …" then "“…,” the agent said" in the next paragraph: one agent, one interview', () => {
    const text = 'The director, Bram Oster, is also named in the suit. An agent for Oster told Screen Daily that his client had "done everything by the book."\n\n"Bram has made eleven films without a single injury," the agent said. "He will say so in court."';
    expect(quote(text, 'done everything')).toMatchObject({ text: 'done everything by the book.', type: 'partial', speaker_mention: 'An agent for Oster', cue: 'told', outlet: 'Screen Daily' });
    expect(quote(text, 'Bram has made')).toMatchObject({ text: 'Bram has made eleven films without a single injury,', type: 'direct', start: at(text, 'Bram has made'), speaker_mention: 'the agent', speaker_start: at(text, 'the agent said'), cue: 'said', outlet: 'Screen Daily' });
    expect(quote(text, 'He will say')).toMatchObject({ type: 'direct', speaker_mention: 'the agent', outlet: 'Screen Daily' });
  });

  test('negative: "the agent" after a spokesperson\'s interview is someone else', () => {
    const text = 'A spokesperson for Oster told Screen Daily that the shoot was safe.\n\n"Bram has made eleven films without a single injury," the agent said.';
    expect(quote(text, 'Bram has made')).toMatchObject({ type: 'direct', speaker_mention: 'the agent', cue: 'said', outlet: null });
  });

  test('a source of another kind is someone else (negative case)', () => {
    const text = 'An insider tells Us Weekly the pair have lived apart since May. "We are sad," the neighbour said.';
    expect(quote(text, 'We are sad')).toMatchObject({ speaker_mention: 'the neighbour', cue: 'said', outlet: null });
  });
});

describe('"same interview" points back to the speaker\'s interview', () => {
  test('"— NAME, on TOPIC, same interview" keeps the outlet the speaker last gave words to, paragraphs later', () => {
    const text = 'The best lines.\n\nSinger Rafael Obuya told Rolling Stone that the record was “about leaving home.”\n\nElsewhere, a drummer quit a band.\n\n“I packed one suitcase and a cat.” — Obuya, on the move, same interview\n';
    expect(quote(text, 'I packed one')).toMatchObject({
      type: 'direct', speaker: 'Rafael Obuya', speaker_mention: 'Obuya', cue: '—', cue_start: at(text, '— Obuya'), outlet: 'Rolling Stone',
    });
  });

  test('without "same interview" a later dash line of that speaker keeps no outlet (negative case)', () => {
    const text = 'The best lines.\n\nSinger Rafael Obuya told Rolling Stone that the record was “about leaving home.”\n\nElsewhere, a drummer quit a band.\n\n“I packed one suitcase and a cat.” — Obuya, on the move\n';
    expect(quote(text, 'I packed one')).toMatchObject({ type: 'direct', speaker: 'Rafael Obuya', outlet: null });
  });
});

describe('a statement given to an outlet keeps it when the statement speaks later', () => {
  test('"said in a statement to OUTLET that …" then "“…,” the statement said. “…”"', () => {
    const text = 'A spokeswoman for the singer Lio Marant said in a statement to Billboard that the tour was postponed.\n\n"Lio is resting and grateful for the support," the statement said. "New dates will follow."';
    expect(quote(text, 'Lio is resting')).toMatchObject({
      type: 'direct', speaker_mention: 'the statement', speaker_start: at(text, 'the statement said'), cue: 'said', cue_start: at(text, 'said. "New'), outlet: 'Billboard',
    });
    expect(quote(text, 'New dates')).toMatchObject({ type: 'direct', outlet: 'Billboard' });
  });

  test('a network\'s "said in a statement to OUTLET that …" then "“…,” the statement said": the statement went to that outlet', () => {
    const text = 'Tidewater TV, which airs “Kitchen Hour,” said in a statement to Us Weekly that Brell had turned down a new contract.\n\n“Tomas gave us six good years. The kitchen stays open,” the statement said. “We wish him well.”';
    expect(quote(text, 'Brell had')).toMatchObject({ text: 'Brell had turned down a new contract', type: 'indirect', speaker: 'Tidewater TV', speaker_kind: 'outlet', cue: 'said', outlet: 'Us Weekly' });
    expect(quote(text, 'Tomas gave')).toMatchObject({ text: 'Tomas gave us six good years. The kitchen stays open,', type: 'direct', start: at(text, 'Tomas gave'), speaker_mention: 'the statement', cue: 'said', outlet: 'Us Weekly' });
    expect(quote(text, 'We wish')).toMatchObject({ type: 'direct', outlet: 'Us Weekly' });
  });

  test('"In a brief statement to OUTLET …, she said …" then "… “…,” the statement said": one word may describe the statement', () => {
    const text = 'Rosa Delmar was charged on Monday. In a brief statement to Channel 4 News sent by her lawyer, she said she would fight the charge. Her family "stands behind her," the statement said.';
    expect(quote(text, 'she would fight')).toMatchObject({ type: 'indirect', speaker: 'Rosa Delmar', cue: 'said', outlet: 'Channel 4 News' });
    expect(quote(text, 'stands behind')).toMatchObject({
      text: 'stands behind her,', start: at(text, 'stands behind'), type: 'partial', speaker_mention: 'the statement', speaker_start: at(text, 'the statement said'), cue: 'said', cue_start: at(text, 'said.'), outlet: 'Channel 4 News',
    });
  });

  test('a statement given to no outlet leaves "the statement said" without one (negative case)', () => {
    const text = 'A spokeswoman for the singer Lio Marant told Billboard on Monday that she was tired. On Tuesday she said in a statement that the tour was postponed.\n\n"Lio is resting and grateful for the support," the statement said.';
    expect(quote(text, 'Lio is resting')).toMatchObject({ type: 'direct', speaker_mention: 'the statement', outlet: null });
  });
});

describe('an outlet\'s own statement', () => {
  test('"OUTLET said in a statement …" then "“…,” the statement said" gives the statement no outlet (negative case)', () => {
    const text = 'Harbour TV, which airs the quiz, said in a statement on Friday that the round had been cut.\n\n"We got this one wrong," the statement said.';
    expect(quote(text, 'We got this')).toMatchObject({ type: 'direct', speaker_mention: 'the statement', outlet: null });
  });
});

describe('an interview outlet stops at a later occasion of the speaker', () => {
  test('"she tells me": words said to the writer keep no earlier outlet', () => {
    const text = 'Ida Varga told Empire in 2020 that she had "stopped reading reviews."\n\n"I lied," she tells me, laughing. "I read all of them."';
    expect(quote(text, 'I lied')).toMatchObject({
      type: 'direct', speaker: 'Ida Varga', speaker_mention: 'she', speaker_start: at(text, 'she tells'), cue: 'tells', cue_start: at(text, 'tells me'), outlet: null,
    });
    expect(quote(text, 'I read all')).toMatchObject({ speaker: 'Ida Varga', outlet: null });
  });

  test('present-tense "she says" after a past-tense interview is the writer\'s own; past-tense "she said" goes on (negative case)', () => {
    const now = 'Ida Varga told Empire in 2020 that she had "stopped reading reviews."\n\n"I lied," she says. "I read all of them."';
    expect(quote(now, 'I lied')).toMatchObject({ type: 'direct', speaker: 'Ida Varga', cue: 'says', outlet: null });
    const then = 'Ida Varga told Empire in 2020 that she had "stopped reading reviews."\n\n"I lied," she said. "I read all of them."';
    expect(quote(then, 'I lied')).toMatchObject({ type: 'direct', speaker: 'Ida Varga', cue: 'said', outlet: 'Empire' });
  });

  test('"she says in the documentary" and "tells the camera" are the film\'s, not an interview given earlier', () => {
    const text = 'Speaking to Sky Sports on Monday, Lotte Brennan said she would not coach "for a while."\n\nThe documentary follows her last season. In one scene Brennan tells the camera that her knees are "older than my mother."\n\n"It is just a game," she says in the documentary. "Until it is not."';
    expect(quote(text, 'older than')).toMatchObject({ type: 'partial', speaker: 'Lotte Brennan', cue: 'tells', outlet: null });
    expect(quote(text, 'It is just')).toMatchObject({ type: 'direct', speaker: 'Lotte Brennan', cue: 'says', outlet: null });
    expect(quote(text, 'for a while')).toMatchObject({ type: 'partial', speaker: 'Lotte Brennan', outlet: 'Sky Sports' });
  });
});

describe('an outlet an earlier sentence gave a speaker is left behind once a later quote places them elsewhere', () => {
  test('after "she says in the film", a later "Brennan said" no longer goes to the interview', () => {
    const text = 'Speaking to ESPN on Friday, Lotte Brennan said she would rest. "I am tired," she told ESPN.\n\nThe film follows her season. "It is just a game," she says in the film.\n\nBrennan said the film\'s title came from her coach.';
    expect(quote(text, 'she would rest')).toMatchObject({ type: 'indirect', speaker: 'Lotte Brennan', outlet: 'ESPN' });
    expect(quote(text, "the film's title")).toMatchObject({
      type: 'indirect', speaker: 'Lotte Brennan', speaker_mention: 'Brennan', speaker_start: at(text, 'Brennan said the'), cue: 'said', outlet: null,
    });
  });

  test('a sentence placing the speaker with the outlet again brings it back (negative case)', () => {
    const text = 'Speaking to ESPN on Friday, Lotte Brennan said she would rest.\n\nOn Saturday she wrote on Instagram that she was "done with it."\n\nBrennan gave her side of the story to ESPN. "I meant every word," she said.';
    expect(quote(text, 'done with')).toMatchObject({ type: 'partial', cue: 'wrote', outlet: null });
    expect(quote(text, 'I meant every')).toMatchObject({ type: 'direct', speaker: 'Lotte Brennan', cue: 'said', outlet: 'ESPN' });
  });

  test('the outlet\'s name inside a longer word places no one with it ("Empire" in "Empires")', () => {
    const text = 'Speaking to Empire on Friday, Lotte Brennan said she would rest.\n\nOn Saturday she wrote on Instagram that she was "done with it."\n\nBrennan then lectured on the Empires of the sea. "I meant every word," she said.';
    expect(quote(text, 'done with')).toMatchObject({ type: 'partial', cue: 'wrote', outlet: null });
    expect(quote(text, 'I meant every')).toMatchObject({ type: 'direct', speaker: 'Lotte Brennan', cue: 'said', outlet: null });
  });
});

describe('the present tense of a word that reports no speech', () => {
  test('"Orlov highlights …" does not end an interview told in the past (negative case)', () => {
    const text = 'Nadia Orlov explained in an interview with Empire that the film took six years.\n\nOrlov powerfully highlights the cost of the war on the village.\n\n"We ran out of money twice," Orlov said.';
    expect(quote(text, 'We ran out')).toMatchObject({ type: 'direct', speaker: 'Nadia Orlov', cue: 'said', outlet: 'Empire' });
  });
});

describe('the red carpet is an occasion of its own', () => {
  test('"standing on the red carpet, X said" after an interview keeps no outlet; the carpet as a topic does (negative case)', () => {
    const text = 'Maren Hale told Empire on Monday that the shoot was "brutal." Standing on the red carpet with her co-stars, Hale said only: "Never."';
    expect(quote(text, 'Never')).toMatchObject({ type: 'direct', speaker: 'Maren Hale', speaker_mention: 'Hale', cue: 'said', outlet: null });
    const topic = 'Maren Hale told Empire on Monday that the shoot was "brutal."\n\n"It rained on the whole red carpet," Hale said.';
    expect(quote(topic, 'It rained')).toMatchObject({ type: 'direct', speaker: 'Maren Hale', cue: 'said', outlet: 'Empire' });
  });
});

describe('"In the interview, X said …" points back to the interview X last gave', () => {
  const opening = 'Rower looks back\n\n“The river taught me patience,” Ivo Marchetti told the Spanish daily El Mundo. “It took ten years.”\n\nThe federation declined to discuss his case. Its doctor, Ana Roig, said his shoulder had healed.\n\n';

  test('a later paragraph opening "In the interview," keeps the outlet, past another speaker', () => {
    const text = opening + 'In the interview, Marchetti called the selection trials “a lottery with oars.”';
    expect(quote(text, 'a lottery')).toMatchObject({ text: 'a lottery with oars.', type: 'partial', start: at(text, 'a lottery'), speaker: 'Ivo Marchetti', cue: 'called', outlet: 'El Mundo' });
  });

  test('without it, the same sentence after another speaker gets no outlet (negative case)', () => {
    const text = opening + 'Marchetti called the selection trials “a lottery with oars.”';
    expect(quote(text, 'a lottery')).toMatchObject({ speaker: 'Ivo Marchetti', cue: 'called', outlet: null });
  });
});

describe('another speaker\'s report nested in the interview\'s own sentence does not end the interview', () => {
  test('"X told OUTLET that A “…” and that the insurers had demanded B. “…,” X said.": X keeps the outlet', () => {
    const text = 'Gallery news\n\nThe gallery’s director, Tomas Reiner, told Wired that the loan had been “a paperwork marathon” and that the insurers had demanded a second climate survey of the rooms. “We nearly gave up in June,” Reiner said. “The lenders did not.”';
    expect(quote(text, 'We nearly gave')).toMatchObject({ text: 'We nearly gave up in June,', type: 'direct', start: at(text, 'We nearly gave'), speaker: 'Tomas Reiner', cue: 'said', outlet: 'Wired' });
    expect(quote(text, 'The lenders')).toMatchObject({ type: 'direct', speaker: 'Tomas Reiner', outlet: 'Wired' });
  });

  test('another speaker quoted in a sentence of their own still ends it (negative case)', () => {
    const text = 'Gallery news\n\nThe gallery’s director, Tomas Reiner, told Wired that the loan had been “a paperwork marathon.” Its registrar, Ana Roig, said the insurers had demanded a second climate survey. “We nearly gave up in June,” Reiner said.';
    expect(quote(text, 'We nearly gave')).toMatchObject({ speaker: 'Tomas Reiner', cue: 'said', outlet: null });
  });
});

describe('a screening or a premiere is an occasion of its own', () => {
  test('"told OUTLET …" then "At the premiere on Friday, X said …" keeps no outlet; the same paragraph\'s plain "X said" does', () => {
    const text = 'Kemal Aras told Deadline that the shoot ran long. "We lost a week," Aras said.\n\nAt the premiere on Friday, Aras said the film was "finally finished."';
    expect(quote(text, 'We lost a week')).toMatchObject({ type: 'direct', speaker: 'Kemal Aras', cue: 'said', outlet: 'Deadline' });
    expect(quote(text, 'finally finished')).toMatchObject({ text: 'finally finished.', type: 'partial', speaker: 'Kemal Aras', speaker_mention: 'Aras', cue: 'said', outlet: null });
  });
});

describe('an excerpt an outlet published', () => {
  const text = 'The memoir goes on sale Friday. In an excerpt published by Vogue this week, Ines Kowal, 41, writes that her first audition in Leeds was “a cold afternoon I still dream about.”\n\n“I believed him,” she writes. “For ten years.”\n\nElsewhere in the book, Kowal writes that she quit acting in 2015. “I was tired,” Kowal writes.';
  test('the author\'s written lines in the paragraph right after the excerpt\'s sentence come from it', () => {
    expect(quote(text, 'I believed him')).toMatchObject({ text: 'I believed him,', type: 'direct', start: at(text, 'I believed him'), end: at(text, 'I believed him') + 'I believed him,'.length, speaker: 'Ines Kowal', speaker_mention: 'she', cue: 'writes', outlet: 'Vogue' });
    expect(quote(text, 'For ten years')).toMatchObject({ type: 'direct', speaker: 'Ines Kowal', outlet: 'Vogue' });
  });

  test('negative: lines further on in the book ("Elsewhere in the book") have no outlet', () => {
    expect(quote(text, 'she quit acting')).toMatchObject({ type: 'indirect', speaker: 'Ines Kowal', cue: 'writes', outlet: null });
    expect(quote(text, 'I was tired')).toMatchObject({ type: 'direct', speaker: 'Ines Kowal', cue: 'writes', outlet: null });
  });
});

describe('an excerpt keyed on its sentence\'s subject, not on the speaker of the quote it holds', () => {
  const text = 'Actress Lina Sato-Brandt has a new book. In an excerpt published by Vogue this week, Sato-Brandt, 52, recalls being told by a drama teacher in Osaka that she had “no patience for silence.”\n\n“He was right,” she writes. “It took me years to learn to wait.”\n\nElsewhere in the book, Sato-Brandt writes that she left the stage in 2012.';
  test('the told-by agent speaks the partial in the excerpt\'s sentence, with the excerpt\'s outlet', () => {
    expect(quote(text, 'no patience')).toMatchObject({
      text: 'no patience for silence.', type: 'partial', start: at(text, 'no patience'),
      speaker_mention: 'a drama teacher', speaker_start: at(text, 'a drama teacher'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Vogue',
    });
  });

  test('the author\'s written lines in the next paragraph still come from the excerpt', () => {
    expect(quote(text, 'He was right')).toMatchObject({ text: 'He was right,', type: 'direct', start: at(text, 'He was right'), speaker: 'Lina Sato-Brandt', speaker_mention: 'she', cue: 'writes', outlet: 'Vogue' });
    expect(quote(text, 'It took me')).toMatchObject({ type: 'direct', speaker: 'Lina Sato-Brandt', outlet: 'Vogue' });
  });

  test('negative: two paragraphs on ("Elsewhere in the book") the lines have no outlet', () => {
    expect(quote(text, 'she left the stage')).toMatchObject({ type: 'indirect', speaker: 'Lina Sato-Brandt', cue: 'writes', outlet: null });
  });

  test('negative: another speaker quoted in between ends the excerpt', () => {
    const other = 'In an excerpt published by Vogue this week, Lina Sato-Brandt writes that Osaka was “the loneliest city.” Her agent, Tom Brell, said: “She never told me.”\n\n“I kept it to myself,” she writes.';
    expect(quote(other, 'the loneliest')).toMatchObject({ type: 'partial', speaker: 'Lina Sato-Brandt', outlet: 'Vogue' });
    expect(quote(other, 'I kept it')).toMatchObject({ type: 'direct', cue: 'writes', outlet: null });
  });
});

describe('"told the site" after the speaker\'s interview is that interview, not the outlet named last', () => {
  const text = 'In an interview with Polygon, studio boss Tom Varga said the game was late. The last game shipped after what former staff described to Reuters as months of crunch.\n\n"I was wrong about the schedule," Varga told the site. "We will fix it."';
  test('the quote and its continuation have the interview\'s outlet', () => {
    expect(quote(text, 'I was wrong')).toMatchObject({ text: 'I was wrong about the schedule,', type: 'direct', start: at(text, 'I was wrong'), speaker: 'Tom Varga', cue: 'told', cue_start: at(text, 'told the site'), outlet: 'Polygon' });
    expect(quote(text, 'We will fix')).toMatchObject({ type: 'direct', speaker: 'Tom Varga', outlet: 'Polygon' });
  });

  test('negative: "told the site" after another outlet was named since the interview takes no interview', () => {
    const text = 'In an interview with Polygon last year, studio boss Tom Varga said the game was on track. This week Kotaku reported that the game would slip again.\n\n"We will fix it," Varga told the site on Tuesday.';
    expect(quote(text, 'We will fix')).toMatchObject({ text: 'We will fix it,', type: 'direct', start: at(text, 'We will fix'), speaker: 'Tom Varga', cue: 'told', cue_start: at(text, 'told the site'), outlet: null });
  });

  test('negative: a name after "told" is no noun standing for an outlet', () => {
    const other = 'In an interview with Polygon, studio boss Tom Varga said the game was late.\n\n"I was wrong about the schedule," Varga told the staff at a meeting.';
    expect(quote(other, 'I was wrong')).toMatchObject({ type: 'direct', speaker: 'Tom Varga', outlet: null });
  });
});

describe('a quotation standing as its own paragraph after the interview\'s paragraph', () => {
  const text = 'The cabinet met on Friday.\n\nTransport Minister Karl Weber, one of the ministers who quit, told public broadcaster ZDF he had heard of the vote from a colleague. "That says a lot about how we worked," Weber said.\n\n"I am sorry. I am sorry for the families who waited for this law."\n\nWeber, who had been seen as a moderate, said he would not seek another post.';
  test('keeps the interview outlet, and so does the speaker\'s attributed sentence opening the paragraph after it', () => {
    expect(quote(text, 'I am sorry.')).toMatchObject({
      text: 'I am sorry. I am sorry for the families who waited for this law.', start: at(text, 'I am sorry.'), type: 'direct', speaker: 'Karl Weber', cue: null, outlet: 'ZDF',
    });
    expect(quote(text, 'he would not seek')).toMatchObject({
      text: 'he would not seek another post', type: 'indirect', speaker: 'Karl Weber', speaker_mention: 'Weber', speaker_start: at(text, 'Weber, who'), cue: 'said', outlet: 'ZDF',
    });
  });

  test('negative: after an interview paragraph that moved on past the speaker\'s words, it does not', () => {
    const movedOn = text.replace('Weber said.', 'Weber said. The vote passed by two seats.');
    expect(quote(movedOn, 'I am sorry.')).toMatchObject({ speaker: 'Karl Weber', outlet: null });
  });

  test('negative: a chant or a sign\'s few words standing as a paragraph are no interview speech', () => {
    const chant = text.replace('"I am sorry. I am sorry for the families who waited for this law."', '"Not in our name!"');
    expect(quote(chant, 'Not in our name')).toMatchObject({ outlet: null });
  });
});

describe('a quotation left open at its paragraph\'s end runs on in the interview', () => {
  const text = 'Mayor Ana Ruiz told the Harbour Gazette that the pier would reopen.\n\n"The repairs took longer than anyone hoped," she said. "We found rot in every beam.\n\n"Next summer the boats will be back."';
  test('the next paragraph\'s words, with no attribution of their own, keep the outlet', () => {
    expect(quote(text, 'Next summer')).toMatchObject({ text: 'Next summer the boats will be back.', type: 'direct', start: at(text, 'Next summer'), speaker: 'Ana Ruiz', outlet: 'Harbour Gazette' });
  });

  test('negative: after a closed quotation, unattributed words in the next paragraph, with narration after them, do not', () => {
    const closed = text.replace('every beam.\n', 'every beam."\n').replace('be back."', 'be back." The council has set no date.');
    expect(quote(closed, 'Next summer')?.outlet ?? null).toBeNull();
  });

  test('negative: a closing mark after a stray space still closes the quotation', () => {
    const spaced = text.replace('every beam.\n', 'every beam. "\n');
    expect(quote(spaced, 'Next summer')).toMatchObject({ text: 'Next summer the boats will be back.', type: 'direct', start: at(spaced, 'Next summer') });
    expect(quote(spaced, 'Next summer')?.outlet ?? null).toBeNull();
  });

  test('negative: German marks closed by “ close the quotation', () => {
    const german = 'Mayor Ana Ruiz told the Harbour Gazette that the pier would reopen.\n\n„The repairs took longer than anyone hoped“, she said. „We found rot in every beam.“\n\n„Next summer the boats will be back.“';
    expect(quote(german, 'Next summer')).toMatchObject({ text: 'Next summer the boats will be back.', type: 'direct', start: at(german, 'Next summer') });
    expect(quote(german, 'Next summer')?.outlet ?? null).toBeNull();
  });

  test('"A rep confirmed to OUTLET that …, and said …": the second cue of the same sentence shares the outlet', () => {
    const text = 'A spokesman for the singer confirmed to the Elwin Gazette that the tour had been cancelled, and said refunds would follow within a week.';
    expect(quote(text, 'refunds would follow')).toMatchObject({ text: 'refunds would follow within a week', type: 'indirect', speaker_mention: 'A spokesman', cue: 'said', outlet: 'Elwin Gazette' });
    // (A new sentence with "A source …" introduces another source: no outlet.)
    const other = 'A source told the Elwin Gazette that the talks had stalled. A source said the deal was dead.';
    expect(quote(other, 'the deal was dead')).toMatchObject({ type: 'indirect', outlet: null });
  });
  test('"X, standing beside him, said …" at a later scene: not the interview X gave earlier', () => {
    const text = 'Mara Okafor said in an interview with the Elwin Gazette that she had been cast late.\n\nTom Reyes said he was nervous. “I have a test on Monday,” he said at the premiere.\n\nOkafor, standing beside him, said the boy would be fine. “He is ready,” she added.';
    expect(quote(text, 'she had been cast')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', outlet: 'Elwin Gazette' });
    expect(quote(text, 'the boy would be fine')).toMatchObject({ text: 'the boy would be fine', type: 'indirect', speaker: 'Mara Okafor', cue: 'said', outlet: null });
    expect(quote(text, 'He is ready')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', cue: 'added', outlet: null });
    // (Beside someone during the interview: a joint interview, its outlet kept.)
    const joint = 'Mara Okafor said in an interview with the Elwin Gazette that she had been cast late.\n\nOkafor, sitting beside him during the interview, said the boy would be fine.';
    expect(quote(joint, 'the boy would be fine')).toMatchObject({ type: 'indirect', outlet: 'Elwin Gazette' });
  });

  test('"X and Y spoke to OUTLET in an interview …" then "Y, sitting next to him, said …": the joint interview goes on', () => {
    const text = 'Ines Varga and Paul Brenn spoke to the Elwin Gazette in their first interview as a couple. “We kept it quiet for a year,” Varga said. Brenn, sitting next to her on the sofa, said “It was her idea.”';
    expect(quote(text, 'We kept it')).toMatchObject({ type: 'direct', text: 'We kept it quiet for a year,', speaker: 'Ines Varga', cue: 'said', outlet: 'Elwin Gazette' });
    expect(quote(text, 'It was her idea')).toMatchObject({ type: 'direct', text: 'It was her idea.', speaker: 'Paul Brenn', cue: 'said', outlet: 'Elwin Gazette' });
    // (The paragraph before names the interview and the quote opens its own: the same scene.)
    const next = 'Ines Varga and Paul Brenn spoke to the Elwin Gazette in their first interview as a couple. “We kept it quiet for a year,” Varga said.\n\nBrenn, sitting next to her on the sofa, said “It was her idea.”';
    expect(quote(next, 'It was her idea')).toMatchObject({ speaker: 'Paul Brenn', outlet: 'Elwin Gazette' });
    // (A sentence of its own paragraph first moves the story on: the scene is another one.)
    const moved = 'Ines Varga and Paul Brenn spoke to the Elwin Gazette in their first interview as a couple. “We kept it quiet for a year,” Varga said.\n\nThe pair later went to the hearing. Brenn, sitting next to her in the gallery, said “It was her idea.”';
    expect(quote(moved, 'It was her idea')).toMatchObject({ speaker: 'Paul Brenn', outlet: null });
  });

  test('near misses: a presence naming its own scene, or a paragraph that moved the story on, ends the joint interview', () => {
    // (The reviewer's sentences.)
    const funeral = 'Ines Varga and Paul Brenn spoke to the Elwin Gazette in an interview. Brenn, sitting next to her at the funeral, said “It was her idea.”';
    expect(quote(funeral, 'It was her idea')).toMatchObject({ type: 'direct', speaker: 'Paul Brenn', cue: 'said', outlet: null });
    const testified = 'Ines Varga and Paul Brenn spoke to the Elwin Gazette in an interview. The pair later testified.\n\nBrenn, sitting next to her, said “It was her idea.”';
    expect(quote(testified, 'It was her idea')).toMatchObject({ type: 'direct', speaker: 'Paul Brenn', cue: 'said', outlet: null });
    // (With no sentence between, the interview's scene goes on.)
    const straight = 'Ines Varga and Paul Brenn spoke to the Elwin Gazette in an interview.\n\nBrenn, sitting next to her, said “It was her idea.”';
    expect(quote(straight, 'It was her idea')).toMatchObject({ speaker: 'Paul Brenn', outlet: 'Elwin Gazette' });
  });

  test('"In a Vogue profile last year, X said …. On Tuesday, X said …": a day after a past piece is another occasion', () => {
    const text = 'In a Vogue profile last year, Ana Ruiz said she loved the harbour. On Tuesday, Ruiz said she was leaving the company.';
    expect(quote(text, 'she loved')).toMatchObject({ type: 'indirect', speaker: 'Ana Ruiz', cue: 'said', outlet: 'Vogue' });
    expect(quote(text, 'she was leaving')).toMatchObject({ type: 'indirect', text: 'she was leaving the company', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
    const year = 'Ana Ruiz told the Elwin Gazette in 2019 that she loved the harbour. On Monday, speaking to reporters, Ruiz said she was leaving the company.';
    expect(quote(year, 'she was leaving')).toMatchObject({ speaker: 'Ana Ruiz', outlet: null });
    // (An undated interview, or one "last week", may be the day's own: the outlet carries.)
    const undated = 'Ana Ruiz told the Elwin Gazette that she loved the harbour. On Tuesday, Ruiz said she was leaving the company.';
    expect(quote(undated, 'she was leaving')).toMatchObject({ speaker: 'Ana Ruiz', outlet: 'Elwin Gazette' });
  });
});

describe('words said later are another occasion than the interview before', () => {
  test('"said later" and "added afterwards" end the carry; "later in the interview" keeps it', () => {
    const text = 'Ines Varga told the Elwin Gazette that the bridge was late. "We lost a month to the rain," Varga said. "The steel arrived bent," Varga said later.\n\nOtto Lind told Sky Sports that his knee was fine. "I can play on Saturday," Lind said. "I feel strong," Lind said later in the interview.';
    expect(quote(text, 'We lost')).toMatchObject({ speaker: 'Ines Varga', cue: 'said', outlet: 'Elwin Gazette' });
    expect(quote(text, 'The steel')).toMatchObject({
      text: 'The steel arrived bent,', start: at(text, 'The steel'), type: 'direct', speaker: 'Ines Varga', speaker_mention: 'Varga', cue: 'said', outlet: null,
    });
    expect(quote(text, 'I feel strong')).toMatchObject({ speaker: 'Otto Lind', cue: 'said', outlet: 'Sky Sports' });
  });
});

describe('a sentence between that has the speaker speak at another occasion', () => {
  test('"said little at the hospital" ends the carry; "talked at length" does not', () => {
    const text = 'Pemba Rai told AFP that the climb was hard. "It was cold," he said.\n\nRai, who has climbed it nine times, said little at the clinic. "We are a team," he said.\n\nAna Ruiz told Sky Sports that she was tired. Ruiz talked at length about the heat. "It was brutal," she said.';
    expect(quote(text, 'It was cold')).toMatchObject({ speaker: 'Pemba Rai', outlet: 'AFP' });
    expect(quote(text, 'We are a team')).toMatchObject({
      text: 'We are a team,', start: at(text, 'We are a team'), type: 'direct', speaker: 'Pemba Rai', speaker_mention: 'he', cue: 'said', outlet: null,
    });
    expect(quote(text, 'It was brutal')).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said', outlet: 'Sky Sports' });
  });

  test('near misses: the same interview\'s end, an aside\'s speaker, a habit and a noun keep the carry', () => {
    for (const between of [
      'She spoke at the end of the interview about her son.',
      'Her coach, who spoke at a rally in May, disagreed.',
      'Her rival says at every rally that she will lose.',
      'The talks at the embassy stalled.',
    ]) {
      const text = `In an interview with the BBC, Nora Ferro said the season was lost. “We gave everything,” she said. ${between} “The talks are over,” she said.`;
      expect(quote(text, 'The talks are over'), between).toMatchObject({ speaker: 'Nora Ferro', cue: 'said', outlet: 'BBC' });
    }
  });

  test('an adverb between the verb and the place still moves the story: "spoke briefly outside the court"', () => {
    const text = 'In an interview with the BBC, Nora Ferro said the season was lost. “We gave everything,” she said. She spoke briefly outside the court. “The talks are over,” she said.';
    expect(quote(text, 'The talks are over')).toMatchObject({ speaker: 'Nora Ferro', outlet: null });
  });
});

describe('"said later" keeps the interview when the clause names it further on', () => {
  test('near miss: "said later that evening in the same interview" keeps the outlet; plain "said later" ends it', () => {
    const text = 'Otto Lind told Sky Sports that his knee was fine. "I can play on Saturday," Lind said. "I feel strong," Lind said later that evening in the same interview.\n\nInes Varga told the Elwin Gazette that the bridge was late. "We lost a month," Varga said. "The steel arrived bent," Varga said later.';
    expect(quote(text, 'I feel strong')).toMatchObject({ speaker: 'Otto Lind', cue: 'said', outlet: 'Sky Sports' });
    expect(quote(text, 'The steel')).toMatchObject({ speaker: 'Ines Varga', outlet: null });
  });
});

describe('an interview outlet does not reach a pronoun that may mean someone named since', () => {
  test('"X told OUTLET … “…,” she said. ¶ … was drawn up by Y, … “…,” she said.": the second "she" gets no outlet', () => {
    const text = 'Mara Okafor told the Harbour Gazette that the ferry would run again in May. “We are nearly there,” she said.\n\nThe new timetable was drawn up by Ruth Ellison, the port’s planner. “It is tight,” she said.';
    expect(quote(text, 'We are nearly')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she', cue: 'said', outlet: 'Harbour Gazette' });
    expect(quote(text, 'It is tight')).toMatchObject({
      text: 'It is tight,', start: at(text, 'It is tight'), type: 'direct', speaker_mention: 'she', cue: 'said', outlet: null,
    });
  });

  const opening = 'Mara Okafor told the Harbour Gazette that the ferry would run again in May. “We are nearly there,” she said. ';
  test.each([
    ['a name after "named after"', 'The ferry is named after Grace Darling, the lighthouse keeper’s daughter. “People love that boat,” she said.', 'People love'],
    ['a name in apposition inside "with …"', 'She has worked closely with her deputy, Ruth Ellison, since January. “We still need two more crews,” she said.', 'We still need'],
    ['a name after "under"', 'The service was cut in 2019 under former port chief Linda Marsh. “That was a mistake,” she said.', 'That was a mistake'],
  ])('%s is no new speaker: the pronoun quote keeps the interview outlet', (_, rest, words) => {
    const text = opening + rest;
    const words_ = rest.slice(rest.indexOf('“') + 1, rest.indexOf('”'));
    expect(quote(text, words)).toMatchObject({
      text: words_, start: at(text, words), type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she', cue: 'said', outlet: 'Harbour Gazette',
    });
  });

  test('straight marks as curly: an object name keeps the outlet, a name after "won by" ends it', () => {
    const open = 'Mara Okafor told the Harbour Gazette that the ferry would run again in May. "We are nearly there," she said. ';
    const kept = open + 'She has worked closely with her deputy, Ruth Ellison, since January. "We still need two more crews," she said.';
    expect(quote(kept, 'We still need')).toMatchObject({
      text: 'We still need two more crews,', start: at(kept, 'We still need'), type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she', cue: 'said', outlet: 'Harbour Gazette',
    });
    const dropped = open + 'The relay was won by Ruth Ellison. "We still need two more crews," she said.';
    expect(quote(dropped, 'We still need')).toMatchObject({
      text: 'We still need two more crews,', start: at(dropped, 'We still need'), type: 'direct', speaker_mention: 'she', cue: 'said', outlet: null,
    });
  });
});

describe('"told the KIND" after "the KIND Name"', () => {
  test('"told the cycling website" is the outlet "the cycling website VeloPlus" introduced', () => {
    const text = 'The cycling website VeloPlus first reported the crash. “It was terrifying,” rider Tom Acker told the cycling website.';
    expect(quote(text, 'It was terrifying')).toMatchObject({
      text: 'It was terrifying,', start: at(text, 'It was terrifying'), type: 'direct', speaker: 'Tom Acker', speaker_mention: 'Tom Acker', cue: 'told', outlet: 'VeloPlus',
    });
  });

  test('"told the business daily" after "The business daily Handelsblatt"', () => {
    const text = 'The business daily Handelsblatt broke the news of the merger. “Nothing is signed,” the chief executive, Lena Vogt, told the business daily.';
    expect(quote(text, 'Nothing is signed')).toMatchObject({
      text: 'Nothing is signed,', start: at(text, 'Nothing is signed'), type: 'direct', speaker: 'Lena Vogt', cue: 'told', outlet: 'Handelsblatt',
    });
  });
});

describe('"said at the time" after an interview sentence that closes with a quoted title', () => {
  test('the past time named in the interview sentence is found though it ends inside the closing mark', () => {
    const text = 'In an interview with Rolling Stone in 2019, Dana Marsh said she had grown up listening to the album “Blue Tide.” She said at the time that she hoped to “make records forever.”';
    expect(quote(text, 'make records')).toMatchObject({
      type: 'partial', text: 'make records forever.', start: at(text, 'make records'), speaker: 'Dana Marsh', speaker_mention: 'She', speaker_start: at(text, 'She said'),
      cue: 'said', outlet: 'Rolling Stone',
    });
  });

  test('near miss: a later day named for the next words is another occasion', () => {
    const text = 'In an interview with Rolling Stone in 2019, Dana Marsh said she had grown up listening to the album “Blue Tide.” On Tuesday, she said she hoped to “make records forever.”';
    expect(quote(text, 'make records')).toMatchObject({ speaker: 'Dana Marsh', cue: 'said', outlet: null });
  });
});
