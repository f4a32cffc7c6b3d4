import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './normalize-text-mojibake';

/** What a UTF-8 text looks like after its bytes were read as Windows-1252 (WHATWG mapping). */
function breakEncoding(text: string): string {
  const cp1252 = new TextDecoder('windows-1252');
  return cp1252.decode(new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it.each([
    ['emoji marker', 'ðŸŒŽ Lisbon', '🌎 Lisbon'],
    ['em dash', 'fast â€” and fun', 'fast — and fun'],
    ['apostrophe', 'Weâ€™re hiring', 'We’re hiring'],
    ['accented letter', 'cafÃ© crÃ¨me', 'café crème'],
    ['NBSP after Â', 'salary:Â\u00a0competitive', 'salary:\u00a0competitive'],
    ['bullet', 'â€¢ Go', '• Go'],
    // ● is E2 97 8F; 0x8F is undefined in Windows-1252 and arrives as U+008F.
    ['undefined byte 0x8F', 'â—\u008f item', '● item'],
    // 😁 is F0 9F 98 81; 0x81 arrives as U+0081.
    ['undefined byte 0x81', 'ðŸ˜\u0081', '😁'],
    ['euro sign', 'â‚¬50k', '€50k'],
  ])('%s', (_, broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each([
    ['plain ASCII', 'Senior Go engineer, 5+ years'],
    ['real accents', 'São Paulo, Zürich, Montréal, Kraków'],
    ['real euro and quotes', '€60,000 – “competitive” – it’s fine'],
    ['Portuguese capital letters', 'SÃO PAULO — ÁREA'],
    ['emoji', '🚀 Ship it 🌎'],
    ['a lone lead byte character', 'Ã la carte'],
    ['CJK and Cyrillic', '東京 — Москва'],
  ])('leaves correct text alone: %s', (_, text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('repairs broken runs and leaves correct text beside them as it is', () => {
    expect(repairMojibake('Café in MÃ¼nchen — â€œremoteâ€\u009d')).toBe('Café in München — “remote”');
  });

  it.each([
    ['accents', 'Crème brûlée, naïve façade'],
    ['punctuation', '“Quotes” — dashes – and ellipses…'],
    ['emoji', 'Remote 🌍 • Hybrid 🏢 • 👩‍💻'],
    ['mixed scripts', 'Zürich / Łódź / İstanbul / 北京'],
  ])('reverses the Windows-1252 misreading of any UTF-8 text: %s', (_, text) => {
    expect(repairMojibake(breakEncoding(text))).toBe(text);
  });

  it('repairs a sequence right after a lead byte that starts none ("Ã©" "Ã" "Ã©")', () => {
    expect(repairMojibake('Ã©ÃÃ© and Ã')).toBe('éÃé and Ã');
  });

  it('repairs sequences between stretches of plain text of any length', () => {
    // Text without lead-byte characters (U+00C2–U+00F4), so its misreading has one repair only.
    const piece = fc.oneof(fc.constantFrom('’', '🌎', 'ü', '—', '€'), fc.tuple(fc.constantFrom('a', 'b c', '-'), fc.nat({ max: 80 })).map(([plain, times]) => plain.repeat(times)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(repairMojibake(breakEncoding(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('repairs text that was misread twice, and repairing again changes nothing', () => {
    const twice = breakEncoding(breakEncoding('naïve café'));
    expect(repairMojibake(twice)).toBe('naïve café');
    expect(repairMojibake(repairMojibake(twice))).toBe('naïve café');
  });

  it('repairs a megabyte of text broken throughout, every character of it', () => {
    // Linear work: a quadratic pass would not finish within the test's timeout. How fast it
    // is, is a figure of the bench (mojibake-1mb), not an assertion here.
    const text = 'Ã©â€™ðŸŒŽ'.repeat(110_000);
    const repaired = repairMojibake(text);
    expect(repaired).toBe('é’🌎'.repeat(110_000));
  });
});
