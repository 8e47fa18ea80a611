import type { Quote } from '../types.js';

/** The people stage's record of one person: their mentions and the roles gathered so far. */
interface RoleEntry {
  mentions: { start: number }[];
  roles: Set<string>;
}

/**
 * A role the quote stage read for a named speaker ("said Jordan Pike, a box-office analyst at …") is that
 * person's role too: the quote stage reads appositions around the cue, which the people stage's role before a
 * name ("director Jo Pike") never sees. Matched by the speaker's mention, so only the very person named there.
 */
export function addSpeakerRoles(entries: Iterable<RoleEntry>, quotes: readonly Quote[]): void {
  const roleAt = new Map<number, string>();
  for (const q of quotes) if (q.speaker_kind === 'person' && q.speaker_role && q.speaker_start !== null) roleAt.set(q.speaker_start, q.speaker_role);
  if (!roleAt.size) return;
  for (const entry of entries) {
    for (const m of entry.mentions) {
      const role = roleAt.get(m.start);
      if (role) entry.roles.add(role);
    }
  }
}
