import { describe, expect, it } from 'vitest';
import { cleanInline, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    ['repairs mojibake', 'Weâ€™re a small team', 'We’re a small team'],
    ['decodes entities', 'R&amp;D &lt;3 &quot;fast&quot; &#8211; &#x2014;', 'R&D <3 "fast" – —'],
    ['entities need their semicolon', 'see ?a=1&copy=2', 'see ?a=1&copy=2'],
    ['entity-encoded mojibake', 'caf&Atilde;&copy;', 'café'],
    ['NBSP and narrow NBSP become spaces', '5\u00a0years\u202fminimum', '5 years minimum'],
    ['zero-width characters go', 'Go\u200blang and Type\u200cScript\ufeff', 'Golang and TypeScript'],
    ['soft hyphen goes', 'micro\u00adservices', 'microservices'],
    ['an emoji keeps its joiner', '👩\u200d💻 remote', '👩\u200d💻 remote'],
    ['runs of spaces collapse', 'too    many   spaces', 'too many spaces'],
    ['lines are trimmed', '   indented\t\ttext   ', 'indented text'],
    ['CRLF line ends', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['at most one blank line', 'a\n\n\n\n\nb', 'a\n\nb'],
    ['no blank lines at the ends', '\n\n  \nbody\n\n \n', 'body'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['• bullet', '•Python\n• Go', '- Python\n- Go'],
    ['· middle dot', '· Kafka', '- Kafka'],
    ['▪ ◦ ‣ squares and triangles', '▪ one\n◦ two\n‣ three', '- one\n- two\n- three'],
    ['* markdown star', '  * Docker', '- Docker'],
    ['+ plus', '+ Helm', '- Helm'],
    ['– en dash', '– Terraform', '- Terraform'],
    ['— em dash', '— Ansible', '- Ansible'],
    ['1. numbered', '1. Apply\n2. Interview', '- Apply\n- Interview'],
    ['1) numbered', '1) Apply\n10) Offer', '- Apply\n- Offer'],
    ['escaped hyphen from a converter', '\\- Pay zone', '- Pay zone'],
    ['a bullet with nothing after it leaves a paragraph break', 'a\n•\nb', 'a\n\nb'],
  ])('turns list markers into "- ": %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['-5% is not a list item', '-5% churn', '-5% churn'],
    ['a year is not a numbered item', '2024. A good year', '2024. A good year'],
    ['a hyphenated word', 'full-time role', 'full-time role'],
  ])('does not invent list items: %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['links keep their words', 'Read [our blog](https://example.test/blog) today', 'Read our blog today'],
    ['images go', '![logo](https://example.test/logo.png)Acme builds tools', 'Acme builds tools'],
    ['underscore italics', 'We _really_ mean it', 'We really mean it'],
    ['star italics', 'We *really* mean it', 'We really mean it'],
    ['inline code', 'Use `kubectl` daily', 'Use kubectl daily'],
    ['bold inside a sentence', 'Strong **Go** skills', 'Strong Go skills'],
    ['a bold label at the start of an item', '- **Team:** Platform', '- Team: Platform'],
    ['snake_case stays', 'set max_connections high', 'set max_connections high'],
    ['multiplication stays', '5 * 3 teams', '5 * 3 teams'],
    ['a thematic break becomes a paragraph break', 'above\n---\nbelow', 'above\n\nbelow'],
    ['quote marker goes', '> Remote first', 'Remote first'],
    ['stray underscores of a converter', '_ **Perks:**_', '**Perks:**'],
  ])('strips markdown noise: %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['a wholly bold line', '**Must have (professional experience):**', '**Must have (professional experience):**'],
    ['spaces inside the markers', '**  Nice to have  **', '**Nice to have**'],
    ['colon after the markers', '**Requirements**:', '**Requirements:**'],
    ['underscore bold', '__Benefits__', '**Benefits**'],
    ['bold italic', '***Perks***', '**Perks**'],
    ['a markdown heading left in the text', '### What you will do', '**What you will do**'],
  ])('keeps a wholly bold line as "**…**": %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('normalizes a whole section the way extractors read it', () => {
    const input = [
      '**What you bring:**',
      '',
      '  * 4+ years with [Go](https://go.dev)',
      '  * Postgres&nbsp;(or similar)',
      '',
      '',
      '_Bonus:_ Kafka',
    ].join('\n');
    expect(normalizeText(input)).toBe(
      ['**What you bring:**', '', '- 4+ years with Go', '- Postgres (or similar)', '', 'Bonus: Kafka'].join('\n'),
    );
  });

  it.each([
    ['plain text', 'Plain sentence one.\nPlain sentence two.'],
    ['light markdown', '**Requirements**\n- Go\n- SQL\n\nParagraph.'],
  ])('is idempotent: %s', (_, text) => {
    expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
  });
});

describe('cleanInline', () => {
  it.each([
    ['mojibake and emoji', 'ðŸš€ Senior Engineer', 'Senior Engineer'],
    ['markdown link title', '# [Backend Engineer](https://example.test/apply)', 'Backend Engineer'],
    ['backticks', '`Platform Team`', 'Platform Team'],
    ['bold and italics', '**Staff** _Engineer_', 'Staff Engineer'],
    ['entities', 'R&amp;D Lead', 'R&D Lead'],
    ['whitespace and newlines', '  Data\n\tEngineer  ', 'Data Engineer'],
    ['dangling separator after a removed emoji', 'Frontend Developer – 🌍', 'Frontend Developer'],
    ['flags and skin tones', '🇵🇹 Designer 👍🏽', 'Designer'],
    ['trademark signs stay', 'Acme™ and Foo®', 'Acme™ and Foo®'],
    ['a hyphen inside stays', 'Full-Stack Engineer - Payments', 'Full-Stack Engineer - Payments'],
    ['empty', '   ', ''],
  ])('%s', (_, input, expected) => {
    expect(cleanInline(input)).toBe(expected);
  });
});
