/**
 * A quick test that a known name can be in a text before searching the text for it: the name's longest
 * plain capitalised word must be among the text's capitalised words ("Harbour Evening Post" needs
 * "Harbour"; a name with no such word is always searched for). `letters` is the character class of the
 * letters after a word's capital ("A-Za-z", or "A-Za-z0-9" for outlets); `skipFirst` is a first word
 * the name may be written without or in lower case ("The" in "The Joker", written "the Joker").
 */
export class KeyWordFilter {
  private readonly inText: RegExp;
  private readonly plain: RegExp;
  // The key word by name (null: none), worked out once per name.
  private readonly keys = new Map<string, string | null>();

  constructor(letters: string, private readonly skipFirst: string | null = null) {
    this.inText = new RegExp(`[A-Z][${letters}]*`, 'g');
    this.plain = new RegExp(`^[A-Z][${letters}]*$`);
  }

  /** The capitalised words of a text, for mayBeIn. */
  wordsOf(text: string): Set<string> {
    return new Set(text.match(this.inText));
  }

  /** False when `name` cannot be in the text whose words are `words`: its key word is not among them. */
  mayBeIn(words: Set<string>, name: string): boolean {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = name.split(' ').filter((w, i) => this.plain.test(w) && !(i === 0 && w === this.skipFirst)).reduce<string | null>((a, b) => (a === null || b.length > a.length ? b : a), null);
      this.keys.set(name, key);
    }
    return key === null || words.has(key);
  }
}
