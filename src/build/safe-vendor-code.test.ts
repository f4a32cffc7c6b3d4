import { describe, expect, it } from 'vitest';
import { safeVendorCode, VENDOR_EDITS } from './safe-vendor-code';

const plugin = safeVendorCode();
const transform = plugin.transform as (code: string, id: string) => { code: string } | null;

describe('safe-vendor-code', () => {
  it('replaces each unsafe path in the library it belongs to', () => {
    const preact = VENDOR_EDITS[0]!;
    const out = transform(`a;if(h)${preact.from},t.__k=[];`, '/x/node_modules/preact/dist/preact.module.js');
    expect(out?.code).not.toContain('innerHTML=');
    expect(out?.code).toContain('never renders HTML strings');
  });

  it('leaves other modules alone', () => {
    expect(transform('el.innerHTML = x', '/x/src/ui/popup/app.tsx')).toBeNull();
  });

  it('fails the build when a library update moved the text it replaces', () => {
    expect(() => transform('var nothing;', '/x/node_modules/zod/v4/core/util.js')).toThrow(/library changed/);
  });
});
