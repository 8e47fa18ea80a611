import type { Person, PersonRegistry } from '../nlp/names.js';
import { generationOfComparative, generationOfRelative, type Generation } from '../lexicon/generation-relatives.js';
import type { RoleMention } from './roles.js';

/**
 * "Her mother, Ilse Varga, …. “…,” the elder Varga said": when people named in full share a surname, "the
 * elder X" / "the younger X" picks among them by the relation the article gave them. The one named as a parent
 * or grandparent ("her mother, …", "his father, …") is the elder, one named as a child the younger; with two
 * holders, the other of the pair takes the opposite comparative. Null when no such relation tells them apart.
 */
export function generationSurnameHolder(text: string, surnameStart: number, surname: string, registry: PersonRegistry, known: RoleMention[]): Person | null {
  if (/\s/.test(surname.trim())) return null;
  const before = /\b(?:the)\s+(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, surnameStart - 30), surnameStart));
  const wanted = before ? generationOfComparative(before[1]!) : undefined;
  if (!wanted) return null;
  const holders = registry.surnameHolders(surname.trim());
  if (holders.length < 2) return null;
  const generationOf = (p: Person): Generation | undefined => {
    for (const m of known) {
      if (m.person !== p || m.at >= surnameStart) continue;
      for (const w of m.words) {
        const g = generationOfRelative(w);
        if (g) return g;
      }
    }
    return undefined;
  };
  const marked = holders.map((p) => ({ p, g: generationOf(p) }));
  const same = marked.filter((h) => h.g === wanted);
  if (same.length === 1) return same[0]!.p;
  if (same.length > 1 || holders.length !== 2) return null;
  // (Two holders, one named by the other generation: "the younger Okonjo" after "his father, Chidi Okonjo" is the other.)
  const other = marked.filter((h) => h.g !== undefined && h.g !== wanted);
  return other.length === 1 ? marked.find((h) => h !== other[0])!.p : null;
}
