import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a writer named at an outlet writes there', () => {
  test('"Variety\'s Ida Strand was kinder. She wrote that …", and her next paragraph\'s quotes', () => {
    const text = 'Variety\'s Ida Strand was kinder. She wrote that Lena Marsh gives "the turn of her life" in the lead.\n\n"It is the show people will argue about," Strand wrote, "and that is something."';
    expect(quote(text, 'the turn of')).toMatchObject({
      text: 'the turn of her life', start: at(text, 'the turn'), type: 'partial',
      speaker: 'Ida Strand', speaker_mention: 'She', speaker_start: at(text, 'She wrote'), cue: 'wrote', outlet: 'Variety',
    });
    expect(quote(text, 'It is the show')).toMatchObject({ type: 'direct', speaker: 'Ida Strand', speaker_mention: 'Strand', cue: 'wrote', outlet: 'Variety' });
    expect(quote(text, 'and that is')).toMatchObject({ speaker: 'Ida Strand', outlet: 'Variety' });
  });

  test('"Nina Hale, writing in the Port Elwin Gazette, …" and her written words in the next paragraph', () => {
    const text = 'Nina Hale, writing in the Port Elwin Gazette, called the revival "a lighthouse with no lamp."\n\n"For two hours nothing on the stage is alive," she wrote.';
    expect(quote(text, 'For two hours')).toMatchObject({ type: 'direct', speaker: 'Nina Hale', speaker_mention: 'she', cue: 'wrote', outlet: 'Port Elwin Gazette' });
  });

  test('"Critic X, reviewing the film for OUTLET, wrote that …" and the inverted "“…,” wrote X." after it', () => {
    const text = 'Not every critic agreed. Critic Tom Reyes, reviewing the film for Salon, wrote that the ending dragged. “It is a handsome film that forgets to stop,” wrote Reyes.';
    expect(quote(text, 'the ending dragged')).toMatchObject({ type: 'indirect', speaker: 'Tom Reyes', cue: 'wrote', outlet: 'Salon' });
    expect(quote(text, 'It is a handsome')).toMatchObject({
      text: 'It is a handsome film that forgets to stop,', type: 'direct', start: at(text, 'It is a handsome'),
      speaker: 'Tom Reyes', speaker_mention: 'Reyes', cue: 'wrote', outlet: 'Salon',
    });
  });

  test('"Writing in her column for OUTLET, former England captain R. Ellison argued …" and her written words after it', () => {
    const text = 'Writing in her column for The Guardian, former England captain R. Ellison argued that clubs had overpaid for speed.\n\n‘This is not a plan. It is a wish,’ Ellison wrote. She described the signing as ‘a gamble dressed as strategy.’';
    expect(quote(text, 'clubs had overpaid')).toMatchObject({ type: 'indirect', speaker: 'R. Ellison', cue: 'argued', outlet: 'The Guardian' });
    expect(quote(text, 'This is not a plan')).toMatchObject({
      text: 'This is not a plan. It is a wish,', type: 'direct', start: at(text, 'This is not a plan'),
      speaker: 'R. Ellison', speaker_mention: 'Ellison', cue: 'wrote', outlet: 'The Guardian',
    });
    expect(quote(text, 'a gamble dressed')).toMatchObject({ type: 'partial', speaker: 'R. Ellison', speaker_mention: 'She', cue: 'described', outlet: 'The Guardian' });
  });

  test('"Writing in Artforum, the critic X called …": an art magazine the list knows, then "X argued" and "X wrote"', () => {
    const text = 'The sculpture sold for $3 million. Writing in Artforum, the critic Dana Holt called the sculpture “a quiet triumph of patience.” Holt argued that the sale showed how collectors had changed.\n\n“Nobody wanted this work ten years ago,” Holt wrote.';
    expect(quote(text, 'a quiet triumph')).toMatchObject({ type: 'partial', start: at(text, 'a quiet triumph'), speaker: 'Dana Holt', cue: 'called', outlet: 'Artforum' });
    expect(quote(text, 'the sale showed')).toMatchObject({ type: 'indirect', speaker: 'Dana Holt', speaker_mention: 'Holt', cue: 'argued', outlet: 'Artforum' });
    expect(quote(text, 'Nobody wanted')).toMatchObject({ type: 'direct', speaker: 'Dana Holt', cue: 'wrote', outlet: 'Artforum' });
  });

  test('"reviewing" a case or a budget is no critic\'s piece (negative case)', () => {
    const text = 'Judge Ana Ruiz, reviewing the appeal for the court, said the filing was late. “It came in a week after the deadline,” Ruiz said.';
    expect(quote(text, 'It came in')).toMatchObject({ speaker: 'Ana Ruiz', outlet: null });
  });

  test('not at another occasion, nor two paragraphs on, nor a broadcaster\'s staff speaking (negative cases)', () => {
    const text = 'Variety\'s Ida Strand was kinder. "It ran long," Strand said at a panel on Monday.\n\nNBC\'s Ana Cole was there too. "It was fine," Cole said.\n\nThe run ends in May.\n\n"I will go again," Strand said.';
    expect(quote(text, 'It ran long')).toMatchObject({ speaker: 'Ida Strand', cue: 'said', outlet: null });
    expect(quote(text, 'It was fine')).toMatchObject({ speaker: 'Ana Cole', cue: 'said', outlet: null });
    expect(quote(text, 'I will go again')).toMatchObject({ speaker: 'Ida Strand', outlet: null });
  });
});

describe('a writer\'s post is no piece in the outlet', () => {
  test('"CNN\'s Dana Bell tweeted that …" gets no outlet (negative case)', () => {
    const text = 'CNN\'s Dana Bell was at the rally. She tweeted that the crowd was thin.';
    expect(quote(text, 'the crowd was thin')).toMatchObject({ type: 'indirect', speaker: 'Dana Bell', cue: 'tweeted', outlet: null });
  });
});

describe('a sentence opening with the piece and its outlet places its subject, the writer, there', () => {
  test('"Writing for OUTLET last week, architecture critic X said …" then "“…,” X wrote." in the next paragraph', () => {
    const text = 'Library plans\n\nThe council approved the design in May. Writing for The Times last week, architecture critic Dana Vukovic said the new wing looked like “a filing cabinet that won a competition.”\n\n“Libraries should invite loitering,” Vukovic wrote. “This one discourages it.”';
    expect(quote(text, 'a filing cabinet')).toMatchObject({ type: 'partial', speaker: 'Dana Vukovic', outlet: 'The Times' });
    expect(quote(text, 'Libraries should')).toMatchObject({ text: 'Libraries should invite loitering,', type: 'direct', start: at(text, 'Libraries should'), speaker: 'Dana Vukovic', cue: 'wrote', cue_start: at(text, 'wrote'), outlet: 'The Times' });
    expect(quote(text, 'This one')).toMatchObject({ type: 'direct', speaker: 'Dana Vukovic', outlet: 'The Times' });
  });

  test('"In her review for OUTLET, X called …": the writer\'s words in the next paragraph too', () => {
    const text = 'Library plans\n\nIn her review for the Financial Times, Ruth Okafor called the atrium “generous to a fault.”\n\n“Nobody will find the loans desk,” Okafor wrote.';
    expect(quote(text, 'Nobody will')).toMatchObject({ speaker: 'Ruth Okafor', cue: 'wrote', outlet: 'Financial Times' });
  });

  test('someone else quoted after the opener, or the writer speaking elsewhere later, gets no outlet (negative case)', () => {
    const text = 'Library plans\n\nWriting for The Times last week, architecture critic Dana Vukovic said the new wing looked like “a filing cabinet that won a competition.”\n\n“Libraries should invite loitering,” Ivo Penn wrote on his blog.\n\n“I stand by it,” Vukovic said at a panel on Sunday.';
    expect(quote(text, 'Libraries should')).toMatchObject({ speaker: 'Ivo Penn', outlet: null });
    expect(quote(text, 'I stand by')).toMatchObject({ speaker: 'Dana Vukovic', outlet: null });
  });
});

describe('a critic introduced by the outlet\'s staff job, or by a dispatch filed for it', () => {
  test('"Variety\'s chief film critic, X, was less kind. He called … and wrote that …": both quotes ran in Variety', () => {
    const text = 'Variety’s chief film critic, Marco Ilves, was less kind. He called the film “pretty but empty” and wrote that the director had confused length with weight.';
    expect(quote(text, 'pretty but')).toMatchObject({ text: 'pretty but empty', type: 'partial', start: at(text, 'pretty but'), speaker: 'Marco Ilves', speaker_mention: 'He', cue: 'called', outlet: 'Variety' });
    expect(quote(text, 'the director had')).toMatchObject({ text: 'the director had confused length with weight', type: 'indirect', speaker: 'Marco Ilves', cue: 'wrote', outlet: 'Variety' });
  });

  test('"Empire\'s critic, X, gave it a C. In the review she grumbled …": the next critic\'s outlet is her own', () => {
    const text = 'Variety’s chief film critic, Marco Ilves, was less kind. He called the film “pretty but empty.”\n\nEmpire’s critic, Ines Moor, gave it a C under the headline “Mirrors All the Way Down.” In the review she grumbled about the film’s “endless mirrors.”';
    expect(quote(text, 'endless mirrors')).toMatchObject({ text: 'endless mirrors.', type: 'partial', start: at(text, 'endless mirrors'), speaker: 'Ines Moor', speaker_mention: 'she', cue: 'grumbled', outlet: 'Empire' });
  });

  test('"In a dispatch for the BBC, critic X called it “…”": a piece filed for a broadcaster is its outlet too', () => {
    const text = 'Not every reviewer agreed. In a dispatch for the BBC, critic Ola Brennan called it “a slow film that rewards patience.”';
    expect(quote(text, 'a slow film')).toMatchObject({ text: 'a slow film that rewards patience.', type: 'partial', start: at(text, 'a slow film'), speaker: 'Ola Brennan', cue: 'called', outlet: 'BBC' });
  });

  test('a broadcaster\'s possessive before a job that writes nothing still gives spoken words no outlet (negative case)', () => {
    const text = 'NBC’s head of drama, Pia Lund, was upbeat. She called the series “our best bet this year.”';
    expect(quote(text, 'our best bet')).toMatchObject({ speaker: 'Pia Lund', cue: 'called', outlet: null });
    const manager = 'The Guardian’s new owner, Pia Lund, was upbeat. She called the deal “a fresh start for everyone.”';
    expect(quote(manager, 'a fresh start')).toMatchObject({ speaker: 'Pia Lund', cue: 'called', outlet: null });
  });
  test('"X, the critic for the Guardian, …. In her review she called the film “…”": the appositive job places the critic at the paper', () => {
    const text = 'Clara Marchetti, the critic for the Guardian, was unmoved. In her review she called the film "a long shrug."';
    expect(quote(text, 'a long shrug')).toMatchObject({ text: 'a long shrug.', type: 'partial', start: at(text, 'a long shrug'), speaker: 'Clara Marchetti', speaker_mention: 'she', cue: 'called', outlet: 'Guardian' });
    const at_ = 'Clara Marchetti, a film critic at the Guardian, was unmoved. She called the film "a long shrug."';
    expect(quote(at_, 'a long shrug')).toMatchObject({ speaker: 'Clara Marchetti', cue: 'called', outlet: 'Guardian' });
  });

  test('negative: the appositive critic\'s later words at a press conference, on Instagram, or an editor\'s spoken words keep no outlet', () => {
    const later = 'Clara Marchetti, the critic for the Guardian, was unmoved.\n\nAt a press conference on Monday, Marchetti said the jury had been "far too kind."';
    expect(quote(later, 'far too kind')).toMatchObject({ speaker: 'Clara Marchetti', speaker_mention: 'Marchetti', cue: 'said', outlet: null });
    const posted = 'Clara Marchetti, a critic at the Guardian, was unmoved. She later wrote on Instagram that the film was "a long shrug."';
    expect(quote(posted, 'a long shrug')).toMatchObject({ speaker: 'Clara Marchetti', cue: 'wrote', outlet: null });
    const editor = 'Clara Marchetti, the editor for the Guardian, was unmoved. She said the film was "a long shrug."';
    expect(quote(editor, 'a long shrug')).toMatchObject({ speaker: 'Clara Marchetti', cue: 'said', outlet: null });
  });
  test('negative: a festival panel is an occasion of its own (cues.json occasion_words): the critic\'s words there are not her paper\'s', () => {
    const text = 'The Guardian’s critic, Clara Marchetti, was unmoved. In her review she called the film "a long shrug."\n\nAt a festival panel on Sunday, Marchetti said the jury had been "far too kind."';
    expect(quote(text, 'a long shrug')).toMatchObject({ speaker: 'Clara Marchetti', cue: 'called', outlet: 'The Guardian' });
    expect(quote(text, 'far too kind')).toMatchObject({ text: 'far too kind.', type: 'partial', start: at(text, 'far too kind'), speaker: 'Clara Marchetti', speaker_mention: 'Marchetti', cue: 'said', outlet: null });
  });
});


describe('a writer\'s own titled venue named in the opener is the outlet', () => {
  test('"Writing in her NAME newsletter, the analyst X said …" and her next sentence; "In his NAME column, …"', () => {
    const text = 'Harbor news\n\nWriting in her Dockside Dispatch newsletter, the shipping analyst Marta Quillfeather said the port had lost two of its largest tenants. Quillfeather called the loss "a slow leak that nobody patched."\n\nIn his Night Ledger column, critic Owen Brackley wrote that the opera ran long.\n\nWriting in her Tidewater newsletter, the economist Lena Orsolya said rents had doubled.';
    expect(quote(text, 'the port had lost')).toMatchObject({
      text: 'the port had lost two of its largest tenants', type: 'indirect', speaker: 'Marta Quillfeather', cue: 'said', outlet: 'Dockside Dispatch',
    });
    expect(quote(text, 'a slow leak')).toMatchObject({ type: 'partial', speaker: 'Marta Quillfeather', cue: 'called', outlet: 'Dockside Dispatch' });
    expect(quote(text, 'the opera ran long')).toMatchObject({ type: 'indirect', speaker: 'Owen Brackley', cue: 'wrote', outlet: 'Night Ledger' });
    // (A one-word name: "in her Tidewater newsletter" is the piece, not another occasion.)
    expect(quote(text, 'rents had doubled')).toMatchObject({ type: 'indirect', speaker: 'Lena Orsolya', cue: 'said', outlet: 'Tidewater' });
  });

  test('no venue noun after the small possessive, no outlet (negative case)', () => {
    const text = 'Farm report\n\nWriting in his notebook, the farmer Tom Reyes said the rains came late. In her Tuesday remarks, Mayor Ida Fenn said the road would reopen.';
    expect(quote(text, 'the rains came late')).toMatchObject({ type: 'indirect', speaker: 'Tom Reyes', outlet: null });
    expect(quote(text, 'the road would reopen')).toMatchObject({ type: 'indirect', speaker: 'Ida Fenn', outlet: null });
  });
});

describe('more openers that place the writer: a bare outlet, a kind word before it, a hyphened rating, an apposition', () => {
  test('"In the Financial Times, X was cooler, writing that … “…”. She also wrote that …": every quote ran there', () => {
    const text = 'Stage notes\n\nIn the Financial Times, Sarah Quinn was cooler, writing that the second act “forgets its own jokes” by the interval. She also wrote that the set was the best thing in it.';
    expect(quote(text, 'forgets its')).toMatchObject({ text: 'forgets its own jokes', type: 'partial', start: at(text, 'forgets its'), speaker: 'Sarah Quinn', cue: 'writing', outlet: 'Financial Times' });
    expect(quote(text, 'the set was')).toMatchObject({ text: 'the set was the best thing in it', type: 'indirect', speaker: 'Sarah Quinn', speaker_mention: 'She', cue: 'wrote', outlet: 'Financial Times' });
  });

  test('"In a column in the French daily Le Monde last month, the economist X argued …", then "X wrote that …" in the next paragraph', () => {
    const text = 'Port plans\n\nIn a column in the French daily Le Monde last month, the economist Pavel Riis argued that the levy would "punish the people who stayed."\n\nRiis wrote that the harbour had lost half its boats.';
    expect(quote(text, 'punish the')).toMatchObject({ type: 'partial', speaker: 'Pavel Riis', cue: 'argued', outlet: 'Le Monde' });
    expect(quote(text, 'the harbour had')).toMatchObject({ text: 'the harbour had lost half its boats', type: 'indirect', speaker: 'Pavel Riis', speaker_mention: 'Riis', cue: 'wrote', outlet: 'Le Monde' });
  });

  test('"In a four-star review for OUTLET, X described it as “…”"', () => {
    const text = 'Stage notes\n\nIn a four-star review for The Times, Sarah Quinn described the revival as “a cold bath you are glad you took.”';
    expect(quote(text, 'a cold bath')).toMatchObject({ type: 'partial', speaker: 'Sarah Quinn', cue: 'described', outlet: 'The Times' });
  });

  test('"Writing in OUTLET, the paper\'s critic, X, gave it … and called it “…”", then "“…,” X wrote."', () => {
    const text = 'Stage notes\n\nWriting in The Times, the paper’s critic, Sarah Quinn, gave it four stars and called it “a cold bath you are glad you took.”\n\n“Nobody leaves dry,” Quinn wrote.';
    expect(quote(text, 'a cold bath')).toMatchObject({ type: 'partial', speaker: 'Sarah Quinn', speaker_mention: 'Sarah Quinn', speaker_start: at(text, 'Sarah Quinn'), cue: 'called', outlet: 'The Times' });
    expect(quote(text, 'Nobody leaves')).toMatchObject({ type: 'direct', speaker: 'Sarah Quinn', cue: 'wrote', outlet: 'The Times' });
  });

  test('"In London, X said …" names no outlet (negative case)', () => {
    const text = 'Stage notes\n\nIn London, Sarah Quinn said the revival had sold out.';
    expect(quote(text, 'the revival had')).toMatchObject({ speaker: 'Sarah Quinn', outlet: null });
  });
});

describe('a writer\'s run of quotes, paragraph after paragraph, stays in the outlet', () => {
  test('"In her column for the Guardian, X wrote …" then her quotes, then "She argued …, and predicted “…”" two paragraphs on', () => {
    const text = 'Not every critic liked the play. In her column for The Guardian, theatre critic Ana Ruiz wrote that the second act had "lost its nerve".\n\n"The first act was a joy and the second a slog," Ruiz wrote.\n\nShe argued that the closure said more about ticket prices than about the play, and predicted that "more plays like this will close early".\n\nOther critics were kinder.';
    expect(quote(text, 'the closure')).toMatchObject({ text: 'the closure said more about ticket prices than about the play', type: 'indirect', start: at(text, 'the closure'), speaker: 'Ana Ruiz', speaker_mention: 'She', cue: 'argued', outlet: 'The Guardian' });
    expect(quote(text, 'more plays')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'predicted', outlet: 'The Guardian' });
  });

  test('another speaker quoted between ends the run (negative case)', () => {
    const text = 'In her column for The Guardian, theatre critic Ana Ruiz wrote that the second act had "lost its nerve".\n\nThe producer, Tom Hale, said the run would go on.\n\nRuiz argued that the closure said more about ticket prices than about the play.';
    expect(quote(text, 'the closure')).toMatchObject({ type: 'indirect', speaker: 'Ana Ruiz', cue: 'argued', outlet: null });
  });
});

describe('a reporter named at an outlet reports there', () => {
  test('"CNN\'s Dana Perlman first reported the deal. Perlman reported that …": the reporting ran on CNN', () => {
    const text = "CNN's Dana Perlman first reported the deal on Tuesday afternoon. Perlman reported that Ohio had been in talks with the club since March.";
    expect(quote(text, 'Ohio had been')).toMatchObject({
      text: 'Ohio had been in talks with the club since March', start: at(text, 'Ohio had been'), type: 'indirect',
      speaker: 'Dana Perlman', speaker_mention: 'Perlman', cue: 'reported', outlet: 'CNN',
    });
  });

  test('what the broadcaster\'s reporter said elsewhere stays without the outlet (negative case)', () => {
    const text = "CNN's Dana Perlman first reported the deal on Tuesday. Perlman said on Wednesday that Ohio had been in talks with the club since March.";
    expect(quote(text, 'Ohio had been')).toMatchObject({ speaker: 'Dana Perlman', cue: 'said', outlet: null });
  });
});

describe('a reporter reporting elsewhere than in the outlet', () => {
  test('negative: "reported on X" (a network) and "reported to the committee" carry no outlet', () => {
    const a = "CNN's Dana Perlman first reported the deal on Tuesday. Perlman reported on X that she had been removed from the trip.";
    expect(quote(a, 'she had been removed')).toMatchObject({ speaker: 'Dana Perlman', cue: 'reported', outlet: null });
    const b = "CNN's Dana Perlman first reported the deal on Tuesday. Perlman reported to the committee that the files were lost.";
    expect(quote(b, 'the files were lost')).toMatchObject({ speaker: 'Dana Perlman', cue: 'reported', outlet: null });
  });

  test('"Variety\'s chief TV critic, X, wrote that …": a beat in capitals among the job\'s words, and the critic\'s later written quote', () => {
    const text = 'Not all reviews were warm. Variety’s chief TV critic, Dana Whitlock, wrote that the show was “handsome and a little dull,” but said its finale worked. “The last hour earns everything,” Whitlock wrote.';
    expect(quote(text, 'handsome and')).toMatchObject({
      text: 'handsome and a little dull,', start: at(text, 'handsome'), type: 'partial',
      speaker: 'Dana Whitlock', speaker_mention: 'Dana Whitlock', cue: 'wrote', cue_start: at(text, 'wrote that'), outlet: 'Variety',
    });
    expect(quote(text, 'its finale')).toMatchObject({ type: 'indirect', speaker: 'Dana Whitlock', cue: 'said', outlet: 'Variety' });
    expect(quote(text, 'The last hour')).toMatchObject({
      text: 'The last hour earns everything,', start: at(text, 'The last hour'), type: 'direct',
      speaker: 'Dana Whitlock', speaker_mention: 'Whitlock', cue: 'wrote', outlet: 'Variety',
    });
  });

  test('a columnist\'s outlet does not reach a pronoun after another person of that gender is named (negative case)', () => {
    const text = 'Writing in Track Monthly, the former hurdler Alma Reyes said the course was ‘as quick as any in Europe’.\n\nThe women’s race was won by Uganda’s Ruth Okello in 2:19:02. She said she had planned to wait until the last five kilometres.\n\n‘It was a patient race,’ she said.';
    expect(quote(text, 'the course was')).toMatchObject({ type: 'indirect', speaker: 'Alma Reyes', cue: 'said', outlet: 'Track Monthly' });
    expect(quote(text, 'she had planned')).toMatchObject({ type: 'indirect', speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said', outlet: null });
    expect(quote(text, 'It was a patient')).toMatchObject({ type: 'direct', speaker_mention: 'she', cue: 'said', outlet: null });
  });

  test('the same columnist\'s pronoun quote keeps the outlet when the one named since is of the other gender', () => {
    const text = 'Writing in Track Monthly, the former hurdler Alma Reyes said the course was ‘as quick as any in Europe’. She thanked Peter Okello, the race director. She wrote that the pacing was perfect.';
    expect(quote(text, 'the pacing')).toMatchObject({ type: 'indirect', speaker: 'Alma Reyes', speaker_mention: 'She', cue: 'wrote', outlet: 'Track Monthly' });
  });

  test('a new person who is the subject of her own sentence ends the writer\'s outlet for the next "she" quote', () => {
    const text = 'Variety’s Ida Strand wrote that the festival “has lost its nerve.”\n\nFestival director Grace Moreau disagreed. “It is a bold choice,” she said.';
    expect(quote(text, 'has lost')).toMatchObject({ type: 'partial', speaker: 'Ida Strand', cue: 'wrote', outlet: 'Variety' });
    expect(quote(text, 'It is a bold')).toMatchObject({
      text: 'It is a bold choice,', start: at(text, 'It is a bold'), type: 'direct', speaker: 'Grace Moreau', speaker_mention: 'she', cue: 'said', outlet: null,
    });
  });

  test('a new subject whose given name is used for both sexes ("Alex") may be the next "she" or "he": the outlet ends', () => {
    const text = 'Variety’s Ida Strand wrote that the festival “has lost its nerve.”\n\nFestival director Alex Moreau disagreed. “It is a bold choice,” she said.';
    expect(quote(text, 'has lost')).toMatchObject({ type: 'partial', speaker: 'Ida Strand', cue: 'wrote', outlet: 'Variety' });
    expect(quote(text, 'It is a bold')).toMatchObject({ text: 'It is a bold choice,', start: at(text, 'It is a bold'), type: 'direct', speaker_mention: 'she', cue: 'said', outlet: null });
    const he = text.replace('she said', 'he said');
    expect(quote(he, 'It is a bold')).toMatchObject({ text: 'It is a bold choice,', type: 'direct', speaker: 'Alex Moreau', speaker_mention: 'he', cue: 'said', outlet: null });
  });

  test('a name set off by commas after a subject holding a preposition is a new speaker too', () => {
    const text = 'The Guardian’s critic, Nina Hale, wrote that the revival “plays it safe.”\n\nThe best newcomer in a comedy, Rosa Lind, who plays the landlady, gave a short speech. “I owe my mother a car,” she said.';
    expect(quote(text, 'plays it safe')).toMatchObject({ type: 'partial', speaker: 'Nina Hale', cue: 'wrote', outlet: 'The Guardian' });
    expect(quote(text, 'I owe my')).toMatchObject({
      text: 'I owe my mother a car,', start: at(text, 'I owe my'), type: 'direct', speaker_mention: 'she', cue: 'said', outlet: null,
    });
  });

  test('a staff critic\'s words with no verb of writing in their sentence ran nowhere named (negative case)', () => {
    const text = 'Other critics were kinder. Variety’s chief TV critic, Dana Whitlock, called the finale “a small miracle”, saying the show had been “quietly brave”.';
    expect(quote(text, 'a small miracle')).toMatchObject({ type: 'partial', speaker: 'Dana Whitlock', outlet: null });
    expect(quote(text, 'quietly brave')).toMatchObject({ type: 'partial', speaker: 'Dana Whitlock', outlet: null });
  });
});

