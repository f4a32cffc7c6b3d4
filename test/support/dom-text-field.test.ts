// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domTextField } from './dom-text-field';

describe('domTextField', () => {
  it.each([
    ['R&amp;D Engineer', 'R&D Engineer'],
    ['Caf&eacute; &#8211; Bar &#x2014; Grill', 'Café – Bar — Grill'],
    ['AT&T', 'AT&T'],
    ['&notanentity; stays', '&notanentity; stays'],
    ['&#0; &#xD800;', '\ufffd \ufffd'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['&lt;b&gt;bold&lt;/b&gt;', '<b>bold</b>'],
    ['  Senior\n\tEngineer  ', 'Senior Engineer'],
    ['   ', null],
    [42, null],
    [null, null],
  ])('%j → %j', (value, expected) => {
    expect(domTextField(value)).toBe(expected);
  });

  it('cuts a field that is really a pasted body', () => {
    expect(domTextField('x'.repeat(10_000))).toHaveLength(2000);
  });
});
