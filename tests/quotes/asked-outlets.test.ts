import { describe, expect, test } from 'vitest';
import { outletQuestions } from '../../src/quotes/asked-outlets.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { analyzeArticle } from '../../src/nlp/analyze.js';

const questionsIn = (text: string) => outletQuestions(text, analyzeArticle({ id: 't', path: 't', text }).tokens);

describe('questions an outlet put', () => {
  test('"Asked by OUTLET whether …", "a reporter from OUTLET", "a OUTLET reporter asked X about …"', () => {
    const text = 'Asked by Reuters whether the levy would pass, she nodded. Asked by a reporter from E! News if it was true, he laughed. When a Vogue reporter asked Ines Varga about the dress, she left.';
    expect(questionsIn(text)).toEqual([
      { start: at(text, 'Asked by Reuters'), end: at(text, ' whether the levy'), outlet: 'Reuters' },
      { start: at(text, 'Asked by a reporter'), end: at(text, ' if it was'), outlet: 'E! News' },
      { start: at(text, 'asked Ines'), end: at(text, 'Ines Varga'), outlet: 'Vogue', asked: 'Ines Varga' },
    ]);
  });

  test('"quizzed" asks too (cues.json asking_verbs): "When a Vogue reporter quizzed X about …"', () => {
    const text = 'When a Vogue reporter quizzed Ines Varga about the dress, she left.';
    expect(questionsIn(text)).toEqual([{ start: at(text, 'quizzed'), end: at(text, 'Ines Varga'), outlet: 'Vogue', asked: 'Ines Varga' }]);
  });

  test('a pronoun asked names no one: "a Vogue reporter asked her about …"', () => {
    const text = 'When a Vogue reporter asked her about the dress, she left.';
    expect(questionsIn(text)).toEqual([{ start: at(text, 'asked her'), end: at(text, 'her about'), outlet: 'Vogue', asked: undefined }]);
  });

  test('no question word after the asker: "asked by the BBC to host" is a request, and a person is no outlet', () => {
    expect(questionsIn('She was asked by the BBC to host the awards. He was asked by Tom Reyes whether he would run.')).toEqual([]);
  });
});

describe('the answer to an outlet\'s question has that outlet', () => {
  test('an answer far along the sentence after a long question', () => {
    const text = 'Asked by Reuters whether the harbour levy had enough support to survive a vote of the full council, Mayor Ines Varga said, "I think it does, and so does the treasurer."';
    expect(quote(text, 'I think it does')).toMatchObject({
      text: 'I think it does, and so does the treasurer.', start: at(text, 'I think'), type: 'direct',
      speaker: 'Ines Varga', speaker_mention: 'Ines Varga', cue: 'said', cue_start: at(text, 'said,'), outlet: 'Reuters',
    });
  });

  test('the answers in the question\'s paragraph, by the one who answers', () => {
    const text = 'Asked by a reporter from E! News whether the cast still met, Lena Moro shrugged. “Met?” Moro laughed. “She lives in my spare room.”';
    expect(quote(text, 'She lives')).toMatchObject({ type: 'direct', speaker: 'Lena Moro', speaker_mention: 'Moro', cue: 'laughed', outlet: 'E! News' });
  });

  test('an answer opening the next paragraph, from someone who steps in', () => {
    const text = 'When a Vogue reporter asked Lena Moro about the reshoots, her manager, Carl Bexley, stepped in.\n\n“Only the film tonight, thank you,” Bexley said.';
    expect(quote(text, 'Only the film')).toMatchObject({
      text: 'Only the film tonight, thank you,', type: 'direct', speaker: 'Carl Bexley', speaker_mention: 'Bexley', speaker_start: at(text, 'Bexley said'), cue: 'said', outlet: 'Vogue',
    });
  });

  test('an answer the article places at an occasion of its own ("At a town hall …, she told the crowd") is not the asker\'s', () => {
    const text = 'Asked by Newsweek on Tuesday whether she would stand, Pia Lund declined to say. At a town hall in Omaha on Thursday, she told the crowd: “I am standing, and I will win.”';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet])).toEqual([
      ['I am standing, and I will win.', 'direct', 'Pia Lund', 'told', null],
    ]);
  });

  test('not a request, and not a next paragraph that opens with narration', () => {
    const request = 'Lena Moro was asked by the BBC to host the awards in 2019. "It was a dream," she said.';
    expect(quote(request, 'It was a dream')).toMatchObject({ speaker: 'Lena Moro', cue: 'said', outlet: null });
    const narration = 'When a Vogue reporter asked Lena Moro about the reshoots, she walked on.\n\nLater her manager, Carl Bexley, said the cut was final.';
    expect(quotesOf(narration).find((q) => q.text === 'the cut was final')).toMatchObject({ speaker: 'Carl Bexley', outlet: null });
  });
});

describe('a question by an outlet\'s reporter opening the sentence', () => {
  test('"A reporter from OUTLET asked X whether …": the answer has the outlet, the question none', () => {
    const text = 'Talks ran late on Monday. A reporter from Reuters asked Jonas Lindqvist whether the deal was final. "We signed what we could," Lindqvist replied. "That is enough."';
    expect(quote(text, 'We signed')).toMatchObject({ text: 'We signed what we could,', type: 'direct', speaker: 'Jonas Lindqvist', cue: 'replied', outlet: 'Reuters' });
    expect(quote(text, 'That is enough')).toMatchObject({ type: 'direct', speaker: 'Jonas Lindqvist', outlet: 'Reuters' });
  });

  test('a title and a full name before the question word: "asked Mayor NAME whether"', () => {
    const text = 'Talks ran late on Monday. A reporter from Reuters asked Mayor Jonas Lindqvist whether the deal was final. "We signed what we could," Lindqvist replied.';
    expect(quote(text, 'We signed')).toMatchObject({ type: 'direct', speaker: 'Jonas Lindqvist', cue: 'replied', outlet: 'Reuters' });
  });

  test('someone the exchange never named, speaking next, did not answer the question (negative case)', () => {
    const text = 'When a Reuters reporter asked Lindqvist whether the ferry would be cut, he walked away.\n\n"We will not cut a single crossing," council member Ada Brehm said later.';
    expect(quote(text, 'We will not')).toMatchObject({ type: 'direct', speaker: 'Ada Brehm', cue: 'said', outlet: null });
  });

  test('"A neighbour from Oslo asked …" is no outlet\'s question (negative case)', () => {
    const text = 'Talks ran late on Monday. A neighbour from Oslo asked Jonas Lindqvist whether the deal was final. "We signed what we could," Lindqvist replied.';
    expect(quote(text, 'We signed')).toMatchObject({ type: 'direct', speaker: 'Jonas Lindqvist', cue: 'replied', outlet: null });
  });
});

describe('the outlet that asked wins over one carried from an earlier interview', () => {
  test('a speaker quoted by a podcast earlier answers a reporter\'s question later: the reporter\'s outlet', () => {
    const text = 'On her podcast "Second Helpings," Ada Brun said the feud was silly. "It is all for the cameras," Brun said.\n\nOn Sunday, asked by a Variety reporter whether she would return, Brun smiled. "Maybe," Brun said. "Ask my agent."';
    expect(quote(text, 'Maybe')).toMatchObject({ text: 'Maybe,', type: 'direct', speaker: 'Ada Brun', cue: 'said', outlet: 'Variety' });
    expect(quote(text, 'Ask my agent')).toMatchObject({ type: 'direct', speaker: 'Ada Brun', outlet: 'Variety' });
  });

  test('an answer whose own sentence names another outlet keeps it (negative case)', () => {
    const text = 'On Sunday, asked by a Variety reporter whether she would return, Ada Brun smiled. "Maybe," Brun told Vogue. "Ask my agent."';
    expect(quote(text, 'Maybe')).toMatchObject({ type: 'direct', speaker: 'Ada Brun', cue: 'told', outlet: 'Vogue' });
    expect(quote(text, 'Ask my agent')).toMatchObject({ type: 'direct', speaker: 'Ada Brun', outlet: 'Vogue' });
  });
});

// The question an outlet put is the occasion of the answer, not a quote of the outlet's.
describe('a question put by an outlet', () => {
  test('"Asked by OUTLET what she would change, NAME said …": only the answer is a quote, with the outlet', () => {
    const text = 'Asked by the Daily Courier what she would change, Ruth Okafor said she would hire more nurses.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet])).toEqual([['she would hire more nurses', 'indirect', 'Ruth Okafor', 'said', 'Daily Courier']]);
    expect(quote(text, 'she would hire')).toMatchObject({ speaker_mention: 'Ruth Okafor', speaker_start: at(text, 'Ruth'), cue_start: at(text, 'said') });
  });

  test('negative: a question a named person put is no quote either, and gives the answer no outlet', () => {
    const text = 'Asked by Dan Pike what she would change, Ruth Okafor said she would hire more nurses.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet])).toEqual([['she would hire more nurses', 'indirect', 'Ruth Okafor', 'said', null]]);
  });
  test('"Asked on BROADCASTER what …, she smiled. “…,” she said.": the answer was given on that broadcaster', () => {
    const text = 'Dr. Ines Valk put it plainly. Asked on CNN how patients should pace themselves, she shrugged. "Keep walking," she said. "Every day."';
    expect(quote(text, 'Keep walking')).toMatchObject({ text: 'Keep walking,', type: 'direct', start: at(text, 'Keep walking'), speaker: 'Ines Valk', speaker_mention: 'she', cue: 'said', outlet: 'CNN' });
    expect(quote(text, 'Every day')).toMatchObject({ type: 'direct', speaker: 'Ines Valk', outlet: 'CNN' });
  });

  test('negative: "Asked on Monday whether …", "Asked on the show whether …" name no outlet', () => {
    for (const opener of ['Asked on Monday', 'Asked on the show']) {
      const text = `${opener} whether she would run, Ines Valk smiled. "Maybe," she said.`;
      expect(quote(text, 'Maybe')).toMatchObject({ text: 'Maybe,', type: 'direct', speaker: 'Ines Valk', cue: 'said', outlet: null });
    }
  });
});

// A broadcaster often comes after a description of it: its name is still the asker.
describe('a question put on a broadcaster named after a description', () => {
  test('"Asked on Norway\'s public broadcaster NRK how …": the answer was given on NRK', () => {
    const text = 'Dr. Ines Valk put it plainly. Asked on Norway\'s public broadcaster NRK how patients should pace themselves, she shrugged. "Keep walking," she said. "Every day."';
    expect(quote(text, 'Keep walking')).toMatchObject({ text: 'Keep walking,', type: 'direct', start: at(text, 'Keep walking'), end: at(text, 'Keep walking') + 'Keep walking,'.length, speaker: 'Ines Valk', speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said'), outlet: 'NRK' });
    expect(quote(text, 'Every day')).toMatchObject({ type: 'direct', speaker: 'Ines Valk', outlet: 'NRK' });
  });

  test('"Asked on the state broadcaster NRK" and "Asked on Norway\'s NRK" too', () => {
    for (const described of ['the state broadcaster NRK', 'Norway\'s NRK']) {
      const text = `Dr. Ines Valk put it plainly. Asked on ${described} how patients should pace themselves, she shrugged. "Keep walking," she said.`;
      expect(quote(text, 'Keep walking')).toMatchObject({ type: 'direct', speaker: 'Ines Valk', cue: 'said', outlet: 'NRK' });
    }
  });

  test('negative: a description ending in no outlet name ("Norway\'s biggest stage") names no outlet', () => {
    const text = 'Dr. Ines Valk put it plainly. Asked on Norway\'s biggest stage how patients should pace themselves, she shrugged. "Keep walking," she said.';
    expect(quote(text, 'Keep walking')).toMatchObject({ type: 'direct', speaker: 'Ines Valk', cue: 'said', outlet: null });
  });
});

describe('a question put "on the podcast": the one podcast the article names', () => {
  test('"Asked on the podcast whether …" after another speaker\'s line: the answer gets the podcast', () => {
    const text = 'On "The Porch Light Podcast," Mara Ilves told host Ken Ode that the cast had argued about the ending.\n\nThe finale drew four million viewers, the network said.\n\nAsked on the podcast whether she would write a sequel, Ilves smiled. "Maybe," she said. "Not soon."';
    expect(quote(text, 'Maybe')).toMatchObject({ text: 'Maybe,', type: 'direct', start: at(text, 'Maybe'), speaker: 'Mara Ilves', speaker_mention: 'she', cue: 'said', outlet: 'The Porch Light Podcast' });
    expect(quote(text, 'Not soon')).toMatchObject({ type: 'direct', speaker: 'Mara Ilves', outlet: 'The Porch Light Podcast' });
  });

  test('negative: "Asked on the podcast" with no podcast named gives no outlet', () => {
    const text = 'The finale drew four million viewers, the network said.\n\nAsked on the podcast whether she would write a sequel, Mara Ilves smiled. "Maybe," she said.';
    expect(quote(text, 'Maybe')).toMatchObject({ type: 'direct', speaker: 'Mara Ilves', cue: 'said', outlet: null });
  });
});

describe('a question put by a programme\'s host', () => {
  const podcast = 'Lena Marsh addressed the lawsuit on the podcast “Late Coffee with Bo Idris,” saying she had settled.\n\nIdris asked whether the settlement had been hard. “Hard is a big word,” Marsh answered. “It was slow.”';
  test('the host named in the title ("… with Bo Idris") asks: the answers get the programme', () => {
    const line = 'Hard is a big word,';
    expect(quote(podcast, line)).toMatchObject({ text: line, type: 'direct', start: at(podcast, line), end: at(podcast, line) + line.length, speaker: 'Lena Marsh', cue: 'answered', outlet: 'Late Coffee with Bo Idris' });
    expect(quote(podcast, 'It was slow')).toMatchObject({ type: 'direct', speaker: 'Lena Marsh', outlet: 'Late Coffee with Bo Idris' });
  });

  test('a gerund inside the host\'s question ("whether writing it had been hard") opens no answer of its own', () => {
    const text = 'Lena Marsh addressed the lawsuit on the podcast “Late Coffee with Bo Idris,” saying she had settled.\n\nIdris asked whether writing the memoir had been hard. “Hard is a big word,” Marsh answered.';
    expect(quote(text, 'Hard is')).toMatchObject({ type: 'direct', speaker: 'Lena Marsh', cue: 'answered', outlet: 'Late Coffee with Bo Idris' });
  });

  test('"host NAME" of the one programme named asks too', () => {
    const text = 'Lena Marsh spoke on the podcast “Late Coffee” with host Bo Idris on Monday.\n\nIdris asked whether the settlement had been hard. “Hard is a big word,” Marsh answered.';
    expect(quote(text, 'Hard is')).toMatchObject({ type: 'direct', speaker: 'Lena Marsh', cue: 'answered', outlet: 'Late Coffee' });
  });

  test('negative: someone who hosts no programme the article names asks: no outlet', () => {
    const text = 'Lena Marsh addressed the lawsuit at a book signing on Monday.\n\nIdris asked whether the settlement had been hard. “Hard is a big word,” Marsh answered.';
    expect(quote(text, 'Hard is')).toMatchObject({ type: 'direct', speaker: 'Lena Marsh', cue: 'answered', outlet: null });
  });
});

describe('words told to a programme\'s host went out on the programme', () => {
  test('"…, she told Ode, …" later on, after an interview with another outlet: the host\'s programme', () => {
    const text = 'On "The Porch Light Podcast," Mara Ilves told host Ken Ode that the cast had argued about the ending.\n\nIn March, Ilves told Vogue that she was tired of the show. "I need a rest," she said.\n\n"Endings are hard" - that, she told Ode, was the lesson she would keep.';
    expect(quote(text, 'Endings are hard')).toMatchObject({ text: 'Endings are hard', type: 'direct', start: at(text, 'Endings are hard'), end: at(text, 'Endings are hard') + 16, speaker: 'Mara Ilves', cue: 'told', outlet: 'The Porch Light Podcast' });
    expect(quote(text, 'I need a rest')).toMatchObject({ type: 'direct', speaker: 'Mara Ilves', outlet: 'Vogue' });
  });

  test('negative: told someone who hosts no programme the article names: no outlet', () => {
    const text = 'Mara Ilves met the critic Ken Ode in March.\n\n"Endings are hard" - that, she told Ode, was the lesson she would keep.';
    expect(quote(text, 'Endings are hard')).toMatchObject({ type: 'direct', speaker: 'Mara Ilves', cue: 'told', outlet: null });
  });
});

describe('an answer to an outlet\'s question goes on in the next paragraph', () => {
  const text = 'Mayor Ana Ruiz took questions for an hour. Asked by Politico whether the pier would reopen in May, she said the town would "not promise a date."\n\n"The repairs took longer than anyone hoped," she said. "We found rot in every beam."';
  test('the next paragraph opening with the answerer\'s pronoun keeps the outlet', () => {
    expect(quote(text, 'The repairs took')).toMatchObject({ text: 'The repairs took longer than anyone hoped,', type: 'direct', start: at(text, 'The repairs'), speaker: 'Ana Ruiz', cue: 'said', outlet: 'Politico' });
    expect(quote(text, 'We found rot')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', outlet: 'Politico' });
  });

  test('negative: someone else opening the next paragraph did not answer', () => {
    const other = text.replace('hoped," she said', 'hoped," engineer Tom Hale said');
    expect(quote(other, 'The repairs took')).toMatchObject({ type: 'direct', speaker: 'Tom Hale', outlet: null });
  });
});

describe('a named reporter "of OUTLET" asks for that outlet', () => {
  test('"NAME of OUTLET asked whether …": the answer after it has the outlet, and the asker is the reporter, not a word of the outlet', () => {
    const text = 'Governor Ann Fortin spoke after the decision. Julie Marsh of The Globe and Mail asked whether the bank was worried about housing. Fortin said a slowdown in housing was "one of the ways policy works."';
    expect(questionsIn(text)).toEqual([{ start: at(text, 'asked whether'), end: at(text, 'whether the bank'), outlet: 'The Globe and Mail', asked: undefined }]);
    expect(quote(text, 'one of the ways')).toMatchObject({ text: 'one of the ways policy works.', type: 'partial', speaker: 'Ann Fortin', cue: 'said', outlet: 'The Globe and Mail' });
    expect(quote(text, 'whether the bank')).toMatchObject({ speaker: 'Julie Marsh', cue: 'asked' });
  });

  test('a person "of" a place or a firm is no outlet\'s reporter: "Julie Marsh of Harbour Capital asked whether …"', () => {
    expect(questionsIn('Julie Marsh of Harbour Capital asked whether the bank was worried.')).toEqual([]);
  });
});
