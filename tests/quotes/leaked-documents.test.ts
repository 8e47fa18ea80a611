import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('the words of a document an outlet obtained or saw carry that outlet', () => {
  const text = 'The ferry company\'s chief, Tom Vance, struck a defiant note in a memo to staff obtained by The Harbour Gazette. "One bad summer is not a verdict," Vance wrote. "We will be back."\n\n'
    + 'In a letter to members seen by Deadline, the guild said talks had stalled.\n\n"We have waited long enough," the letter said.\n\n"I liked the crossing," Vance said at the launch.';

  test('the author\'s written words after "a memo … obtained by OUTLET", and their continuation', () => {
    expect(quote(text, 'One bad summer')).toMatchObject({
      text: 'One bad summer is not a verdict,', start: at(text, 'One bad'), type: 'direct',
      speaker: 'Tom Vance', speaker_mention: 'Vance', speaker_start: at(text, 'Vance wrote'), cue: 'wrote', outlet: 'The Harbour Gazette',
    });
    expect(quote(text, 'We will be back')).toMatchObject({ type: 'direct', speaker: 'Tom Vance', outlet: 'The Harbour Gazette' });
  });

  test('"the letter said" in the next paragraph after "a letter … seen by OUTLET"', () => {
    expect(quote(text, 'We have waited')).toMatchObject({ type: 'direct', speaker_mention: 'the letter', cue: 'said', outlet: 'Deadline' });
  });

  test('the author speaking later at an occasion of its own gets no outlet (negative case)', () => {
    expect(quote(text, 'I liked the crossing')).toMatchObject({ type: 'direct', speaker: 'Tom Vance', cue: 'said', outlet: null });
  });

  test('a memo nobody obtained gives no outlet (negative case)', () => {
    const plain = 'Tom Vance sent a memo to staff on Monday. "We will be back," Vance wrote.';
    expect(quote(plain, 'We will be back')).toMatchObject({ type: 'direct', speaker: 'Tom Vance', cue: 'wrote', outlet: null });
  });
});

describe('"according to messages she provided to OUTLET": a document handed to an outlet', () => {
  test('words quoted in the document\'s own sentence reached print through that outlet', () => {
    const text = 'Landlord dispute\n\nThe letting agency called the mould “a cosmetic matter” when Ines Baig first complained, according to messages she provided to Wired.';
    expect(quote(text, 'a cosmetic')).toMatchObject({ text: 'a cosmetic matter', type: 'partial', start: at(text, 'a cosmetic'), speaker: 'The letting agency', cue: 'called', outlet: 'Wired' });
  });

  test('an outlet whose name holds a foreign small word ("Folha de Manaus", "Gazzetta dello Sport") is read whole', () => {
    const text = 'Landlord dispute\n\nThe letting agency called the mould “a cosmetic matter” when Ines Baig first complained, according to messages she provided to La Gazzetta dello Sport.';
    expect(quote(text, 'a cosmetic')).toMatchObject({ type: 'partial', speaker: 'The letting agency', cue: 'called', outlet: 'La Gazzetta dello Sport' });
  });

  test('a document provided to a person gives no outlet (negative case)', () => {
    const person = 'Landlord dispute\n\nThe letting agency called the mould “a cosmetic matter” when Ines Baig first complained, according to messages she provided to her lawyer.';
    expect(quote(person, 'a cosmetic')).toMatchObject({ cue: 'called', outlet: null });
  });
});

describe('"a letter sent to X, and shared with OUTLET": the share a few words after the document', () => {
  test('the words quoted from the letter in its own sentence get the outlet it was shared with', () => {
    const text = 'Tour row\n\nA legal letter sent to Voss on the band\'s behalf, and shared with Variety, demands that she delete "every false claim about the tour" from her page.';
    expect(quote(text, 'every false')).toMatchObject({ text: 'every false claim about the tour', type: 'partial', start: at(text, 'every false'), outlet: 'Variety' });
  });

  test('a letter sent to a person and shared with no one gives no outlet (negative case)', () => {
    const text = 'Tour row\n\nA legal letter sent to Voss and her manager demands that she delete "every false claim about the tour" from her page.';
    expect(quote(text, 'every false')).toMatchObject({ type: 'partial', outlet: null });
  });
});

describe('a court document an outlet reviewed, and "It" after its words', () => {
  test('"The lawsuit, a copy of which was reviewed by Reuters …, blames … “…”. It asks …": the pronoun is the lawsuit again, with its outlet', () => {
    const text = 'The lawsuit, a copy of which was reviewed by Reuters on Tuesday, blames the harbour board for “years of drift” over the pier. It asks the judge to order the pier shut until it is rebuilt.';
    expect(quote(text, 'years of')).toMatchObject({ type: 'partial', speaker_mention: 'The lawsuit', cue: 'blames', outlet: 'Reuters' });
    expect(quote(text, 'the judge')).toMatchObject({
      type: 'indirect', text: 'the judge to order the pier shut until it is rebuilt', start: at(text, 'the judge'), speaker_mention: 'It', speaker_start: at(text, 'It asks'), cue: 'asks', outlet: 'Reuters',
    });
  });

  test('negative: with a sentence between, or an outlet that only reported the filing, "It" carries no outlet', () => {
    const between = 'The lawsuit, a copy of which was reviewed by Reuters on Tuesday, blames the harbour board for “years of drift” over the pier. The mayor disputes it. It asks the judge to order the pier shut until it is rebuilt.';
    expect(quote(between, 'the judge')).toMatchObject({ speaker_mention: 'It', cue: 'asks', outlet: null });
    const reported = 'The claim, lodged at the county court on Monday, accuses the harbour board of drift, Reuters reported. It asks the judge to order the pier shut until it is rebuilt.';
    expect(quote(reported, 'the judge')).toMatchObject({ speaker_mention: 'It', cue: 'asks', outlet: null });
  });

  test('negative: "It" with a verb no filing speaks with ("It has denied …") is a party, and gets no outlet', () => {
    const text = 'The lawsuit, a copy of which was reviewed by Reuters on Tuesday, blames the harbour board for “years of drift” over the pier. It has denied the claims.';
    expect(quote(text, 'the claims')).toMatchObject({ type: 'indirect', speaker_mention: 'It', cue: 'denied', outlet: null });
    const alleges = 'The lawsuit, a copy of which was reviewed by Reuters on Tuesday, blames the harbour board for “years of drift” over the pier. It alleges that surveyors were overruled.';
    expect(quote(alleges, 'surveyors were')).toMatchObject({ speaker_mention: 'It', cue: 'alleges', outlet: 'Reuters' });
  });
});

describe('"“A. B,” X wrote, according to the memo, which was viewed by OUTLET": the sentence opens inside the quotation', () => {
  const text = 'Harbor Tech will cut 300 jobs, its chief told staff on Monday in a memo.\n\n'
    + '“This is my call. I own it,” Dana Pruitt wrote, according to the memo, which was viewed by The Verge.\n\n'
    + '“We will pay everyone who leaves for 16 weeks.”';

  test('the quote whose cue sits in the document\'s sentence gets the outlet, and so does the paragraph of its words after it', () => {
    expect(quote(text, 'This is my call')).toMatchObject({
      text: 'This is my call. I own it,', start: at(text, 'This is my call'), type: 'direct',
      speaker: 'Dana Pruitt', speaker_mention: 'Dana Pruitt', cue: 'wrote', outlet: 'The Verge',
    });
    expect(quote(text, 'We will pay')).toMatchObject({ type: 'direct', speaker: 'Dana Pruitt', cue: null, outlet: 'The Verge' });
  });
});

describe('the document\'s author quoted from it later in the story', () => {
  const text = 'Harbor Tech will cut jobs, its chief told staff on Monday in a memo.\n\n'
    + '“This is my call. I own it,” Dana Pruitt wrote, according to the memo, which was viewed by The Verge.\n\n'
    + 'The company had hired 900 people in 2021, a rival paper reported.\n\n'
    + 'Pruitt also wrote that the company would close two offices. She called the year “a hard lesson” and said she would take no bonus.\n\n'
    + 'Shares rose 4% on Monday. In the memo, she said the staff would meet on Thursday. “Come angry,” she wrote.\n\n'
    + 'On Tuesday she posted a statement on Instagram. “We will be fine,” she wrote.\n\n'
    + 'Pruitt said at a conference in June that the firm was healthy.';

  test('"X also wrote that …", her next quotes in that paragraph, "In the memo, she said …" and "she wrote" get the outlet', () => {
    expect(quote(text, 'the company would close')).toMatchObject({ type: 'indirect', speaker: 'Dana Pruitt', cue: 'wrote', outlet: 'The Verge' });
    expect(quote(text, 'a hard lesson')).toMatchObject({ text: 'a hard lesson', type: 'partial', speaker: 'Dana Pruitt', cue: 'called', outlet: 'The Verge' });
    expect(quote(text, 'she would take no bonus')).toMatchObject({ type: 'indirect', speaker: 'Dana Pruitt', cue: 'said', outlet: 'The Verge' });
    expect(quote(text, 'the staff would meet')).toMatchObject({ type: 'indirect', speaker: 'Dana Pruitt', cue: 'said', outlet: 'The Verge' });
    expect(quote(text, 'Come angry')).toMatchObject({ text: 'Come angry,', type: 'direct', speaker: 'Dana Pruitt', cue: 'wrote', outlet: 'The Verge' });
  });

  test('written words after a paragraph names another occasion, and words said elsewhere, get none (negative cases)', () => {
    expect(quote(text, 'We will be fine')).toMatchObject({ type: 'direct', speaker: 'Dana Pruitt', cue: 'wrote', outlet: null });
    expect(quote(text, 'the firm was healthy')).toMatchObject({ type: 'indirect', speaker: 'Dana Pruitt', cue: 'said', outlet: null });
  });
});
