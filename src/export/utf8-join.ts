/**
 * The UTF-8 bytes of pieces.join(''), encoded straight into one buffer. Joining first made a string of
 * the whole chunk: past 128 KB (64K characters of two-byte text, which any curly quote makes) V8 puts
 * such a string in its large-object space, and allocating one there cost ~1 ms per chunk; the stream
 * then copied it once more into a buffer. A piece ending in half a surrogate pair (never a JSON or
 * decoded chunk) would encode differently alone, so then the pieces are joined as before.
 */
export function utf8Join(pieces: readonly string[]): Buffer {
  let bytes = 0;
  for (const piece of pieces) {
    if (endsInHighSurrogate(piece)) return Buffer.from(pieces.join(''), 'utf8');
    bytes += Buffer.byteLength(piece, 'utf8');
  }
  const buffer = Buffer.allocUnsafe(bytes);
  let at = 0;
  for (const piece of pieces) at += buffer.write(piece, at, 'utf8');
  return buffer;
}

function endsInHighSurrogate(piece: string): boolean {
  const last = piece.charCodeAt(piece.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}
