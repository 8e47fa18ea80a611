import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a person brought in as a sentence subject, with no verb of speech, is the next "he"/"she"', () => {
  test('after an opening place phrase and an age in commas: "In the old town, Tomas Varga, 61, waited …"', () => {
    const text = 'Nadia Ferrer told Reuters that the dam had held.\n\nIn the old town, Tomas Varga, 61, waited outside the shuttered bakery. Through a translator, he said he had lost everything. “We start again,” he said.';
    expect(quote(text, 'he had lost')).toMatchObject({
      type: 'indirect', text: 'he had lost everything', start: at(text, 'he had lost'), speaker: 'Tomas Varga', speaker_mention: 'he', speaker_start: at(text, 'he said he'), cue: 'said', cue_start: at(text, 'said he'), outlet: null,
    });
    expect(quote(text, 'We start')).toMatchObject({
      type: 'direct', text: 'We start again,', start: at(text, 'We start'), speaker: 'Tomas Varga', speaker_mention: 'he', speaker_start: at(text, 'he said.'), cue: 'said', outlet: null,
    });
  });

  test('a full name after an opening phrase, then a sentence another group speaks in: "During the stream, Omar Haddad answered …"', () => {
    const text = 'Haddad\'s agent, Luis Moreno, objected. “We acted in good faith,” he said.\n\nDuring the evening stream, Omar Haddad answered the complaints. Several viewers had said he seemed tired.\n\n“I was only nervous,” he said.';
    expect(quote(text, 'I was only')).toMatchObject({
      type: 'direct', text: 'I was only nervous,', start: at(text, 'I was only'), speaker: 'Omar Haddad', speaker_mention: 'he', speaker_start: text.lastIndexOf('he said.'), cue: 'said', outlet: null,
    });
    expect(quote(text, 'We acted')).toMatchObject({ speaker: 'Luis Moreno' });
  });

  test('the subject of an "after" clause: "… began after Rosa Lindqvist posted …. She later wrote …"', () => {
    const text = 'His spokeswoman, Petra Novak, said: “He is resting.”\n\nThe speculation grew after Rosa Lindqvist posted a photo of her garden. She later wrote on Instagram: “Please stop guessing.”';
    expect(quote(text, 'Please stop')).toMatchObject({
      type: 'direct', text: 'Please stop guessing.', start: at(text, 'Please stop'), speaker: 'Rosa Lindqvist', speaker_mention: 'She', speaker_start: at(text, 'She later'), cue: 'wrote', outlet: null,
    });
  });

  test('negative: a subject of the other gender leaves the pronoun to the earlier speaker', () => {
    const text = 'Ben Hale said the plan was sound.\n\nDuring the meeting, Mara Lind addressed the board. Some members had said the plan was late.\n\n“That is simply wrong,” he said.';
    expect(quote(text, 'That is simply')).toMatchObject({ type: 'direct', speaker: 'Ben Hale', speaker_mention: 'he', cue: 'said' });
  });
});

describe('a surname alone as the subject of the sentence before a "he"/"she"', () => {
  test('"Okonkwo was still waiting at the gate. “…,” he said": the surname of someone named in full before', () => {
    const text = 'Chidi Okonkwo lost his shop in the flood. Farid Nasser said the border was closed.\n\nOkonkwo was still waiting at the gate. “Where else can we go?” he said.';
    expect(quote(text, 'Where else')).toMatchObject({
      type: 'direct', text: 'Where else can we go?', start: at(text, 'Where else'), speaker: 'Chidi Okonkwo', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('negative: a capitalised word the article also writes in small letters is no surname', () => {
    const text = 'Farid Nasser said the border was closed.\n\nRain was still falling on the camp, and the rain had flooded tents. “Where else can we go?” he said.';
    expect(quote(text, 'Where else')).toMatchObject({ speaker: 'Farid Nasser', speaker_mention: 'he' });
  });
});

describe('"Late on Tuesday," opening a sentence is a time phrase, never a name', () => {
  test('the subject after it leads a "he" back, and no person "Late" is found', () => {
    const text = 'Farid Nasser said the border was closed. Late on Friday, Okonkwo was still waiting at the gate. Asked whether he would turn back, he shrugged. “Where else can we go?” he said.';
    expect(quote(text, 'Where else')).toMatchObject({
      type: 'direct', text: 'Where else can we go?', speaker: 'Okonkwo', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).not.toContain('Late');
    expect(entityNames(text).people).toContain('Okonkwo');
  });
});

describe('a "!" inside a quotation ends no sentence of the narration', () => {
  test('"Ivo Marsh waved to fans chanting “Ivo! Ivo!” He told Variety …": the subject before the chant is the "He"', () => {
    const text = 'Dara Quinn said the show was a hit.\n\nIvo Marsh waved to fans chanting “Ivo! Ivo!” He told Variety the finale was “a long goodbye.”';
    expect(quote(text, 'a long goodbye')).toMatchObject({
      type: 'partial', text: 'a long goodbye.', start: at(text, 'a long goodbye'), speaker: 'Ivo Marsh', speaker_mention: 'He', speaker_start: at(text, 'He told'), cue: 'told', outlet: 'Variety',
    });
  });

  test('negative: the subject before a chant is not taken for a pronoun of the other gender', () => {
    const text = 'Dan Quarry said the show was a hit.\n\nMara Lind waved to fans chanting “Mara! Mara!” He told Variety the finale was “a long goodbye.”';
    expect(quote(text, 'a long goodbye')).toMatchObject({ speaker: 'Dan Quarry', speaker_mention: 'He', outlet: 'Variety' });
  });
});
