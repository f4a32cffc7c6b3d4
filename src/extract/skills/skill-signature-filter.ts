/**
 * A set of signatures that may also answer yes for a signature never added: one bit per
 * signature's low bits. Every word of a posting is tested against three of these, and a
 * Set of numbers hashed each one (half of all int32 signatures are heap numbers in V8).
 * A false yes is one more signature collision, which the narrowing already tolerates;
 * with about 6,000 keys in 2^18 bits it happens for about one word in forty.
 */
export class SignatureFilter {
  private static readonly BITS = 18;
  private readonly words = new Uint32Array((1 << SignatureFilter.BITS) >>> 5);

  add(signature: number): void {
    const bit = signature & ((1 << SignatureFilter.BITS) - 1);
    this.words[bit >>> 5]! |= 1 << (bit & 31);
  }

  has(signature: number): boolean {
    const bit = signature & ((1 << SignatureFilter.BITS) - 1);
    return (this.words[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
