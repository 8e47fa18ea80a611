import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('guests on a talk programme: what they say after the sentence that puts them on it is said on it', () => {
  const couple = 'Ruiz and Ito had not spoken in years.\n\nThe pair appeared together on Monday night on “Corner Booth,” where the host, Dana Pell, asked about the tour.\n\n'
    + '“It was long,” Ruiz said, to laughter from the studio audience. “Very long.”\n\n'
    + 'Ito said he had only come on the show because of the band.\n\n'
    + 'Ruiz, who starts filming next month, is also writing a memoir. Her agent, Mara Quinn, said the book would be out in spring.';

  test('both guests\' next quotes, paragraph after paragraph, carry the programme', () => {
    expect(quote(couple, 'It was long')).toMatchObject({ text: 'It was long,', type: 'direct', speaker: 'Ruiz', cue: 'said', cue_start: at(couple, 'said, to'), outlet: 'Corner Booth' });
    expect(quote(couple, 'Very long')).toMatchObject({ type: 'direct', speaker: 'Ruiz', outlet: 'Corner Booth' });
    expect(quote(couple, 'he had only')).toMatchObject({ text: 'he had only come on the show because of the band', type: 'indirect', speaker: 'Ito', cue: 'said', outlet: 'Corner Booth' });
  });

  test('negative: a quote later in a paragraph that moves on ends it', () => {
    expect(quote(couple, 'the book would')).toMatchObject({ type: 'indirect', speaker: 'Mara Quinn', cue: 'said', outlet: null });
  });

  test('"an interview on “…,” the weekly show hosted by NAME": the answer to the host\'s question is on it, what the host later writes is not', () => {
    const text = 'Mr Okoro made the remarks in a long interview on “Long Table,” the weekly show hosted by the banker Priya Natarajan. “We have too many meetings,” Okoro said on the show.\n\n'
      + 'Asked by Natarajan whether staff would return, Okoro said: “Yes, soon.”\n\n'
      + 'Natarajan later defended the interview. Writing on LinkedIn, she said she had given her guest “a long rope.”';
    expect(quote(text, 'Yes, soon')).toMatchObject({ type: 'direct', speaker: 'Okoro', cue: 'said', outlet: 'Long Table' });
    expect(quote(text, 'a long rope')).toMatchObject({ type: 'partial', speaker: 'Priya Natarajan', cue: 'said', outlet: null });
  });

  test('negative: a drama someone starred on has no guests', () => {
    const text = 'Ruiz starred on “Corner Booth,” the drama that made her name.\n\n“It was long,” Ruiz said.';
    expect(quote(text, 'It was long')).toMatchObject({ type: 'direct', speaker: 'Ruiz', outlet: null });
  });

  test('negative: another speaker after the appearance is not on the programme', () => {
    const text = 'Moss gave a long interview on “Morning Edition,” the morning show, last month. Her rival was unimpressed. “She is dodging the question,” said Tim Walsh.';
    expect(quote(text, 'She is dodging')).toMatchObject({ type: 'direct', speaker: 'Tim Walsh', cue: 'said', outlet: null });
  });

  test('negative: a sentence opening at another occasion ends the programme', () => {
    const text = 'Two years ago, Hale appeared on “Corner Booth,” the weekly show hosted by Dana Pell. On Tuesday, at a rally in Ohio, he struck a different tone. “We are going to win,” Hale said.';
    expect(quote(text, 'We are going')).toMatchObject({ type: 'direct', speaker: 'Hale', cue: 'said', outlet: null });
  });

  test('negative: a quote given in a phone call is not on the programme', () => {
    const text = 'Reed appeared on “Corner Booth,” the weekly show hosted by Dana Pell. “It was chaos,” said Reed in a phone call on Tuesday.';
    expect(quote(text, 'It was chaos')).toMatchObject({ type: 'direct', speaker: 'Reed', cue: 'said', outlet: null });
  });

  test('negative: an interview on a quoted topic is no programme', () => {
    const text = 'Asked in an interview on “Medicare for All,” Sanders said the plan would pass. “It will happen,” Sanders said.';
    expect(quote(text, 'It will happen')).toMatchObject({ type: 'direct', speaker: 'Sanders', cue: 'said', outlet: null });
  });

  test('negative: "the host nation" and "hosted by" an organisation name no host', () => {
    const nation = 'Hale spoke on “Vision Day,” where the host nation set the agenda. “It went well,” Hale said.';
    expect(quote(nation, 'It went well')).toMatchObject({ type: 'direct', speaker: 'Hale', outlet: null });
    const firm = 'Hale spoke on “Future Talks,” hosted by Deloitte at the Hilton. “It went well,” Hale said.';
    expect(quote(firm, 'It went well')).toMatchObject({ type: 'direct', speaker: 'Hale', outlet: null });
    const council = 'Hale spoke on “Future Talks,” hosted by the city council. “It went well,” Hale said.';
    expect(quote(council, 'It went well')).toMatchObject({ type: 'direct', speaker: 'Hale', outlet: null });
  });
});
