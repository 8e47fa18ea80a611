import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';


describe('outlets carried over from an interview', () => {
  test('a sentence placing a person in an interview gives the outlet to their later quotes', () => {
    const text = 'Actress Olivia Marsh was asked about the sale in a 2019 interview with The Atlantic.\n\n“Nobody owns a picture, not really,” Marsh said.';
    expect(quote(text, 'Nobody owns')).toMatchObject({
      text: 'Nobody owns a picture, not really,', start: at(text, 'Nobody'), type: 'direct',
      speaker: 'Olivia Marsh', speaker_mention: 'Marsh', speaker_start: at(text, 'Marsh said'), cue: 'said', cue_start: at(text, 'said.'), outlet: 'The Atlantic',
    });
  });

  test('a pronoun subject of the interview sentence, and an outlet after "in"', () => {
    const text = 'Singer Paul Grady rarely talks about his family. Lately he has been dodging the question in interviews, this time in the Observer.\n\n“I keep that part of my life at home,” Grady says.';
    expect(quote(text, 'I keep')).toMatchObject({ type: 'direct', speaker: 'Paul Grady', speaker_mention: 'Grady', cue: 'says', cue_start: at(text, 'says.'), outlet: 'The Observer' });
  });

  test('a one-off "told OUTLET" does not carry to a later quote with its own named cue', () => {
    const text = '“The tour is over,” Nina Holt told Variety.\n\nThe band split in May.\n\n“I need a rest,” Holt said.';
    expect(quote(text, 'The tour')).toMatchObject({ speaker: 'Nina Holt', cue: 'told', outlet: 'Variety' });
    expect(quote(text, 'I need a rest')).toMatchObject({ speaker: 'Nina Holt', cue: 'said', outlet: null });
  });

  test('"told the magazine" is the outlet named last', () => {
    const text = 'Omar Reyes told Vogue that he loves the coast. Anna Cole, for her part, told the magazine, “The coast loves him back.”';
    expect(quote(text, 'The coast loves')).toMatchObject({ type: 'direct', speaker: 'Anna Cole', speaker_mention: 'Anna Cole', cue: 'told', cue_start: at(text, 'told the'), outlet: 'Vogue' });
  });

  test('"a statement obtained by OUTLET"', () => {
    const text = '“We wish him well,” the label’s chief, Maria Gomez, said in a statement obtained by Billboard.';
    expect(quote(text, 'We wish')).toMatchObject({ type: 'direct', speaker: 'Maria Gomez', cue: 'said', outlet: 'Billboard' });
  });

  test('an appearance on a programme named in quotation marks', () => {
    const text = 'Comedian Lucy Harmon appeared on “Jimmy Kimmel Live” on Monday. “I sold shoes for a year,” Harmon told the audience.';
    expect(quote(text, 'I sold shoes')).toMatchObject({ type: 'direct', speaker: "Lucy Harmon", speaker_mention: "Harmon", cue: "told", outlet: "Jimmy Kimmel Live" });
  });
});

describe('continuing and pronoun subjects', () => {
  test('"before continuing:" attributes to the pronoun subject of its sentence', () => {
    const text = '“Maybe,” Dan Price replied to the Daily Mail.\n\nHe then moved on to his own work, before continuing: “I am writing two books at once.”';
    expect(quote(text, 'I am writing')).toMatchObject({
      type: 'direct', speaker: 'Dan Price', speaker_mention: 'He', speaker_start: at(text, 'He then'), cue: 'continuing', cue_start: at(text, 'continuing'), outlet: 'Daily Mail',
    });
  });

  test('a pronoun resolves to a person named before it, not one named later', () => {
    const text = 'Tom Weller founded the firm in 1990.\n\n“We started in a garage,” he said.\n\nHis partner, Peter Lang, left in 2001.';
    expect(quote(text, 'We started')).toMatchObject({ speaker: 'Tom Weller', speaker_mention: 'he', cue: 'said' });
  });

  test('a pronoun prefers the person the passage is about over a name in passing', () => {
    const text = 'Chef Marco Bellini opened his first restaurant at 22. Bellini still cooks every night.\n\nPhoto by Sam Ortiz.\n\n“The kitchen is where I think,” he said.';
    expect(quote(text, 'The kitchen')).toMatchObject({ type: 'direct', speaker: 'Marco Bellini', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said' });
  });

  test('a name at the end of a headline does not run into the name opening the next paragraph', () => {
    const text = 'Actor dodges question about daughter Lena\n\nTom Arden smiled at the premiere. “We will see,” Arden said.';
    expect(quote(text, 'We will see')).toMatchObject({ speaker: 'Tom Arden', speaker_mention: 'Arden', cue: 'said' });
  });

  test('the person talked with in an interview sentence shares its outlet', () => {
    const text = 'While chatting with Mara Stone, host Ben Ito told the audience of “Jimmy Kimmel Live” about his first job.\n\n“My mother cried all night,” Stone said.';
    expect(quote(text, 'My mother cried')).toMatchObject({ type: 'direct', speaker: 'Mara Stone', speaker_mention: 'Stone', cue: 'said', outlet: 'Jimmy Kimmel Live' });
  });
});

describe('an outlet belongs to its own clause', () => {
  test('", according to OUTLET" closing one report is not the outlet of the next clause\'s report', () => {
    const text = 'The ferry debate goes on. Marsh said the tolls would rise, according to the Harbour Gazette, but Ortiz said they would fall.';
    expect(quote(text, 'the tolls')).toMatchObject({ type: 'indirect', speaker: 'Marsh', cue: 'said', outlet: 'Harbour Gazette' });
    expect(quote(text, 'they would')).toMatchObject({
      type: 'indirect', text: 'they would fall', speaker: 'Ortiz', speaker_start: at(text, 'Ortiz'), cue: 'said', cue_start: at(text, 'said they'), outlet: null,
    });
  });

  test('an outlet before the speaker in the same clause is still theirs: "Speaking to OUTLET, X said …"', () => {
    const text = 'The ferry debate goes on. Speaking to the Harbour Gazette, Ortiz said the tolls would fall.';
    expect(quote(text, 'the tolls')).toMatchObject({ type: 'indirect', text: 'the tolls would fall', speaker: 'Ortiz', cue: 'said', outlet: 'Harbour Gazette' });
  });
});

describe('outlet names: a broadcaster and its channel', () => {
  test('a known broadcaster followed by a channel word is the whole channel, as written', () => {
    const text = '“I still get nervous,” Mara Okafor told BBC Radio 6 Music on the red carpet.';
    expect(quote(text, 'I still get')).toMatchObject({
      text: 'I still get nervous,', type: 'direct', speaker: 'Mara Okafor', speaker_start: at(text, 'Mara'), cue: 'told', cue_start: at(text, 'told'), outlet: 'BBC Radio 6 Music',
    });
  });

  test('a news desk after the name: "Sky Sports News"', () => {
    const text = '“We were lucky,” Ben Ito told Sky Sports News after the game.';
    expect(quote(text, 'We were lucky')).toMatchObject({ speaker: 'Ben Ito', cue: 'told', outlet: 'Sky Sports News' });
  });

  test('a channel name stops at a day, a month or a time word after it', () => {
    const text = 'Ben Ito told BBC Radio Friday that the port would reopen.\n\nMara Okafor said in an interview with CBS News Radio Tuesday that fares would rise.\n\nDara Penn told BBC Radio Four Monday Night that the ferry was late.';
    expect(quote(text, 'the port would')).toMatchObject({ type: 'indirect', speaker: 'Ben Ito', cue: 'told', cue_start: at(text, 'told BBC'), outlet: 'BBC Radio' });
    expect(quote(text, 'fares would')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', outlet: 'CBS News Radio' });
    expect(quote(text, 'the ferry was')).toMatchObject({ type: 'indirect', speaker: 'Dara Penn', outlet: 'BBC Radio Four' });
    const outlets = extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name);
    expect(outlets).toEqual(expect.arrayContaining(['BBC Radio', 'CBS News Radio', 'BBC Radio Four']));
    expect(outlets.filter((name) => /Friday|Tuesday|Monday/.test(name))).toEqual([]);
  });

  test('capitalised words modifying a noun after the name are no channel ("ESPN World Cup organizers")', () => {
    const text = 'Nia Okafor told ESPN World Cup organizers had ignored the heat.';
    expect(quote(text, 'World Cup organizers')).toMatchObject({ text: 'World Cup organizers had ignored the heat', speaker: 'Nia Okafor', cue: 'told', outlet: 'ESPN' });
  });

  test('a capitalised word after the name that is no channel (a weekday) is not part of it', () => {
    const text = 'Ben Ito told CNN Sunday that the port would reopen.';
    expect(quote(text, 'the port would')).toMatchObject({ type: 'indirect', speaker: 'Ben Ito', cue: 'told', outlet: 'CNN' });
  });
});

describe('outlet of a critic\'s or columnist\'s words', () => {
  test('"In a review for OUTLET, critic X called …": the review\'s outlet', () => {
    const text = 'In a review for The Observer last spring, critic Miles Okafor called the soup "quietly brilliant."';
    expect(quote(text, 'quietly brilliant')).toMatchObject({
      text: 'quietly brilliant.', start: at(text, 'quietly'), type: 'partial', speaker: 'Miles Okafor', speaker_start: at(text, 'Miles'), cue: 'called', cue_start: at(text, 'called'), outlet: 'The Observer',
    });
  });

  test('"Writing for OUTLET, X said …"', () => {
    const text = 'Writing for Vox, Ann Lee said the harbour plan was too timid.';
    expect(quote(text, 'the harbour plan')).toMatchObject({ type: 'indirect', speaker: 'Ann Lee', cue: 'said', outlet: 'Vox' });
  });

  test('"for OUTLET" after a word that is no writing (cooked for) gives no outlet', () => {
    const text = 'Ann Lee cooked for The Guardian team last week and said the menu was too long.';
    expect(quote(text, 'the menu was')).toMatchObject({ type: 'indirect', speaker: 'Ann Lee', cue: 'said', outlet: null });
  });
});

describe('a job described beside the speaker is not the outlet of their words', () => {
  test('"who wrote for OUTLET, told OTHER": the outlet told wins', () => {
    const text = 'Dara Penn, a former critic who wrote for Variety, told CNN that the harbour festival was fading.';
    expect(quote(text, 'the harbour festival')).toMatchObject({
      text: 'the harbour festival was fading', start: at(text, 'the harbour festival'), type: 'indirect', speaker: 'Dara Penn', cue: 'told', cue_start: at(text, 'told'), outlet: 'CNN',
    });
  });

  test('"who writes for OUTLET, said …": no outlet', () => {
    const text = 'Mara Okafor, who writes for The Atlantic, said on Monday that the port strike would end soon.';
    expect(quote(text, 'the port strike')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', cue: 'said', outlet: null });
  });

  test('"who once wrote reviews for OUTLET": a line of work, not one review', () => {
    const text = '"The harbour is dying," said Mara Okafor, who once wrote reviews for Variety.';
    expect(quote(text, 'The harbour is')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', cue: 'said', outlet: null });
  });

  test('"in a column for OUTLET" still names it, and a told lead before it wins', () => {
    const text = 'In a column for The Guardian, Ann Lee said the harbour plan was too timid.';
    expect(quote(text, 'the harbour plan')).toMatchObject({ type: 'indirect', speaker: 'Ann Lee', cue: 'said', outlet: 'The Guardian' });
  });
});

describe('a job at an outlet before the speaker\'s name', () => {
  test('"OUTLET\'s critic, NAME, wrote that …": the outlet of the critic\'s words', () => {
    const text = 'Not everyone agrees. Vulture’s critic, Hollis Grant, wrote that the twist "lands three episodes late," and the show drags.';
    expect(quote(text, 'lands three')).toMatchObject({ type: 'partial', speaker: 'Hollis Grant', speaker_mention: 'Hollis Grant', speaker_start: at(text, 'Hollis'), cue: 'wrote', outlet: 'Vulture' });
  });

  test('"the Harbour Gazette\'s chief film critic NAME said": small-letter words before the job, a name it does not know', () => {
    const text = 'Reviews were mixed. In Port Elwin, the Harbour Gazette’s chief film critic Ana Ruiz said the ending was "brave and strange."';
    expect(quote(text, 'brave and')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'said', outlet: 'Harbour Gazette' });
  });

  test('a possessive of a body that is no outlet gives none: "the Harbour Board\'s chair, NAME, said"', () => {
    const text = 'The Harbour Board’s chair, Ana Ruiz, said the ending was "brave and strange."';
    expect(quote(text, 'brave and')).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said', outlet: null });
  });
});

describe('a job at an outlet that is no critic\'s', () => {
  test('"the Gazette\'s editor, NAME, wrote that …" gives the outlet', () => {
    const text = 'In Port Elwin, the Harbour Gazette’s editor, Ana Ruiz, wrote that the ferry plan was "a fantasy."';
    expect(quote(text, 'a fantasy')).toMatchObject({ speaker: 'Ana Ruiz', cue: 'wrote', outlet: 'Harbour Gazette' });
  });

  test('"the Gazette\'s editor, NAME, responded …" answered someone else: no outlet', () => {
    const text = 'In Port Elwin, the Harbour Gazette’s editor, Ana Ruiz, responded that the story was "fair and checked."';
    expect(quote(text, 'fair and')).toMatchObject({ speaker: 'Ana Ruiz', outlet: null });
  });
});

describe('"writing in OUTLET": the piece at hand ran there', () => {
  test('a critic "writing in" a paper gives it the outlet of her verdict', () => {
    const text = 'Nina Hale, writing in the Port Elwin Gazette, called the revival "a lighthouse with no lamp."';
    expect(quote(text, 'a lighthouse')).toMatchObject({
      text: 'a lighthouse with no lamp.', start: at(text, 'a lighthouse'), type: 'partial',
      speaker: 'Nina Hale', speaker_mention: 'Nina Hale', speaker_start: 0, cue: 'called', outlet: 'Port Elwin Gazette',
    });
  });

  test('"writing in her diary" names no outlet (negative case)', () => {
    const text = 'Mara Okafor, writing in her diary on the ferry, said the crossing was cold.';
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', cue: 'said', outlet: null });
  });
});

describe('a document "seen by" an outlet', () => {
  test('"In an email to staff seen by the Mirror, he wrote that …": the email\'s words carry the Mirror, and so does his next report', () => {
    const text = 'The editor, Tom Vance, backed the host. In an email to staff seen by the Mirror, Vance wrote that the ratings had \'rarely been stronger\'. He added that the show was safe.';
    expect(quote(text, 'rarely been')).toMatchObject({ type: 'partial', speaker: 'Tom Vance', cue: 'wrote', cue_start: at(text, 'wrote'), outlet: 'Mirror' });
    expect(quote(text, 'the show was safe')).toMatchObject({ type: 'indirect', speaker: 'Tom Vance', speaker_mention: 'He', cue: 'added', outlet: 'Mirror' });
  });

  test('"seen by the crowd" is no outlet (negative case)', () => {
    const text = 'In a video seen by the crowd, Tom Vance said the ferry would run.';
    expect(quote(text, 'the ferry would')).toMatchObject({ type: 'indirect', speaker: 'Tom Vance', cue: 'said', outlet: null });
  });
});

describe('a person named in an outlet\'s possessive writes for it', () => {
  test('"The Washington Post\'s Helena Ruiz wrote that …" gives the Post', () => {
    const text = 'The Washington Post\'s Helena Ruiz wrote that the last scene would stay with her for weeks.';
    expect(quote(text, 'the last scene')).toMatchObject({
      text: 'the last scene would stay with her for weeks', start: at(text, 'the last scene'), type: 'indirect',
      speaker: 'Helena Ruiz', speaker_mention: 'Helena Ruiz', speaker_start: at(text, 'Helena'), cue: 'wrote', outlet: 'The Washington Post',
    });
  });

  test('a hearer named in the frame wins: "CNN\'s Jo Tapley told Variety"', () => {
    const text = 'CNN\'s Jo Tapley told Variety that the finale had surprised him.';
    expect(quote(text, 'the finale')).toMatchObject({ type: 'indirect', speaker: 'Jo Tapley', cue: 'told', outlet: 'Variety' });
  });

  test('a broadcaster\'s possessive with a verb of speech is staff, not a medium (negative case)', () => {
    const text = 'NBC\'s Ana Cole said the pilot would be recast.';
    expect(quote(text, 'the pilot')).toMatchObject({ type: 'indirect', speaker: 'Ana Cole', cue: 'said', outlet: null });
  });
});

describe('the outlet that asked got the answer', () => {
  test('"X, asked about those remarks by Bloomberg, said …", and her next report in the paragraph', () => {
    const text = 'Ana Reyes, asked about those remarks by Bloomberg, said she and Ito had "disagreed, always politely." She said the ferry would keep running.';
    expect(quote(text, 'disagreed')).toMatchObject({
      text: 'disagreed, always politely.', start: at(text, 'disagreed'), type: 'partial',
      speaker: 'Ana Reyes', speaker_mention: 'Ana Reyes', speaker_start: 0, cue: 'said', cue_start: at(text, 'said she'), outlet: 'Bloomberg',
    });
    expect(quote(text, 'the ferry would')).toMatchObject({ type: 'indirect', speaker: 'Ana Reyes', speaker_mention: 'She', cue: 'said', outlet: 'Bloomberg' });
  });

  test('"in response to questions from the Guardian"', () => {
    const text = 'In response to questions from the Guardian, the Harbour Board said the survey was flawed.';
    expect(quote(text, 'the survey')).toMatchObject({ type: 'indirect', speaker_mention: 'Harbour Board', cue: 'said', outlet: 'Guardian' });
  });

  test('asked by someone who is no outlet (negative case)', () => {
    const text = 'Ana Reyes, asked about the fire by her neighbours, said she was fine.';
    expect(quote(text, 'she was fine')).toMatchObject({ type: 'indirect', speaker: 'Ana Reyes', cue: 'said', outlet: null });
  });
});

describe('a programme named in quotation marks after its kind', () => {
  test('"said on the podcast “Press Start”" gives the podcast as outlet, to the report and the guest\'s next quotes', () => {
    const text = 'The studio founder, Ben Lafleur, said on the podcast “Press Start” that he had warned the board.\n\n“I told them we were hiring too fast,” he said.';
    expect(quote(text, 'he had warned')).toMatchObject({
      text: 'he had warned the board', start: at(text, 'he had warned'), type: 'indirect',
      speaker: 'Ben Lafleur', speaker_mention: 'Ben Lafleur', cue: 'said', outlet: 'Press Start',
    });
    expect(quote(text, 'I told them')).toMatchObject({ type: 'direct', speaker: 'Ben Lafleur', speaker_mention: 'he', cue: 'said', outlet: 'Press Start' });
  });

  test('a quoted phrase after "on the podcast" that is no title in capitals (negative case)', () => {
    const text = 'Ben Lafleur said on the podcast “quite honestly” that he was tired.';
    expect(quotesOf(text).filter((q) => q.outlet === 'quite honestly')).toEqual([]);
  });
});

describe('an outlet named by an ordinary word, in a source context', () => {
  test('"In an interview with Complex" gives the outlet; "Complex" opening a sentence is none', () => {
    const text = 'In an interview with Complex on Friday, Dario Vell said he was “not angry at anybody.”\n\nComplex deals take time, his lawyer, Ana Ruiz, said.';
    expect(quote(text, 'not angry')).toMatchObject({ type: 'partial', speaker: 'Dario Vell', speaker_mention: 'Dario Vell', cue: 'said', outlet: 'Complex' });
    expect(quote(text, 'Complex deals')).toMatchObject({ type: 'indirect', speaker: 'Ana Ruiz', outlet: null });
  });
});

describe('Indian film and news outlets are known outlets', () => {
  test('"told Filmfare", "in an interview with Bollywood Hungama" and "according to Box Office India" name outlets, not people', () => {
    const text = 'In an interview with Bollywood Hungama, Arjun Mehra said he had turned down the part twice.\n\n'
      + 'His co-star, Rhea Sethi, told Filmfare that the shoot had run for ninety days.\n\n'
      + 'The film earned ₹21 crore on its first weekend, according to Box Office India.';
    const r = extractArticle(text, { id: 't' });
    expect(quote(text, 'he had turned down')).toMatchObject({ speaker: 'Arjun Mehra', cue: 'said', outlet: 'Bollywood Hungama' });
    expect(quote(text, 'the shoot had run')).toMatchObject({ speaker: 'Rhea Sethi', cue: 'told', outlet: 'Filmfare' });
    expect(r.entities.people.map((p) => p.name)).toEqual(['Arjun Mehra', 'Rhea Sethi']);
    expect(r.entities.outlets.map((o) => o.name)).toEqual(expect.arrayContaining(['Bollywood Hungama', 'Filmfare', 'Box Office India']));
  });
});

describe('Korean entertainment and news sites named bare', () => {
  test('"In an interview with Soompi last year, she said …" and her next quote from it', () => {
    const text = 'Mina Cho spoke about the role often. In an interview with Soompi last year, she said she had never wanted to quit acting. “I love this job. I will keep doing it until I am old,” she said then.';
    expect(quote(text, 'she had never')).toMatchObject({
      text: 'she had never wanted to quit acting', start: at(text, 'she had never'), type: 'indirect', speaker: 'Mina Cho', cue: 'said', outlet: 'Soompi',
    });
    expect(quote(text, 'I love this job')).toMatchObject({ type: 'direct', speaker: 'Mina Cho', speaker_mention: 'she', cue: 'said', outlet: 'Soompi' });
  });

  test('"Lee later told the Korea Herald that …" and the quotes after it', () => {
    const text = 'Lee later told the Korea Herald that the pair had spoken on the phone the day before. “She works too hard. That is Mina,” Lee said.';
    expect(quote(text, 'the pair had')).toMatchObject({ speaker: 'Lee', cue: 'told', outlet: 'Korea Herald' });
    expect(quote(text, 'She works too hard')).toMatchObject({ type: 'direct', speaker: 'Lee', cue: 'said', outlet: 'Korea Herald' });
  });
});
