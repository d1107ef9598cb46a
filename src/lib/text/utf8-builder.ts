const encoder = new TextEncoder();
const CHUNK_BYTES = 1 << 20;

/**
 * Text written as UTF-8 piece by piece, into chunks of bytes. A large part (the body of a 5,000-requirement Word
 * document is some 30 MB) then never exists as one string: joined, it would take twice its size as UTF-16 whenever
 * one character is outside Latin-1, and more while its pieces are still held. The bytes equal those of encoding the
 * pieces joined, as long as no piece ends inside a surrogate pair.
 */
export class Utf8Builder {
  private readonly filled: Uint8Array[] = [];
  private chunk: Uint8Array;
  private used = 0;
  private size = 0;
  /** the chunk sized by the caller's expectation, while it is the only one */
  private expected: Uint8Array | undefined;

  /**
   * `first`: the first chunk, or its size, for text of about a known size. When all the text fits in it, `take`
   * hands out a view of it rather than a copy (a large buffer's pages cost memory only once they are written).
   */
  constructor(first: Uint8Array | number = 0) {
    this.chunk = typeof first === 'number' ? new Uint8Array(first) : first;
    if (this.chunk.length > 0) this.expected = this.chunk;
  }

  append(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.chunk.subarray(this.used));
      this.used += written;
      this.size += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // at most 3 bytes per UTF-16 code unit: the new chunk takes the rest whole
      this.nextChunk(rest.length * 3);
    }
  }

  /**
   * Every byte written, in one array (the expected chunk itself when everything fit in it). The builder is empty
   * afterwards, so its chunks can go before the caller goes on.
   */
  take(): Uint8Array {
    let out: Uint8Array;
    if (this.chunk === this.expected) {
      out = this.chunk.subarray(0, this.used);
    } else {
      out = new Uint8Array(this.size);
      let at = 0;
      for (const part of [...this.filled, this.chunk.subarray(0, this.used)]) {
        out.set(part, at);
        at += part.length;
      }
    }
    this.filled.length = 0;
    this.chunk = new Uint8Array(0);
    this.expected = undefined;
    this.used = 0;
    this.size = 0;
    return out;
  }

  private nextChunk(atLeast: number): void {
    if (this.used > 0) this.filled.push(this.chunk.subarray(0, this.used));
    this.expected = undefined;
    this.chunk = new Uint8Array(Math.max(CHUNK_BYTES, atLeast));
    this.used = 0;
  }
}
