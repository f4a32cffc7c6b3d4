import type { Plugin } from 'vite';

/**
 * Build-time edits to three libraries, so that the shipped extension holds no code path that
 * parses a string as HTML or compiles a string as code (what `web-ext lint` and AMO's review
 * flag as UNSAFE_VAR_ASSIGNMENT and DANGEROUS_EVAL). Each edit removes a path Jobmark never
 * takes, or swaps it for an inert equivalent; none changes what Jobmark does.
 *
 * Every edit names the exact source text it replaces: when a library update moves that text
 * the build fails here, rather than shipping the unsafe path again unnoticed.
 */
interface VendorEdit {
  /** Matches the module's resolved file path. */
  file: RegExp;
  why: string;
  from: string;
  to: string;
}

export const VENDOR_EDITS: readonly VendorEdit[] = [
  {
    file: /[\\/]preact[\\/]dist[\\/]preact\.module\.js$/,
    why: 'dangerouslySetInnerHTML is never used: page text is never rendered as HTML, so the prop throws',
    from: '(u.innerHTML=h.__html)',
    to: '(()=>{throw new Error("Jobmark never renders HTML strings (dangerouslySetInnerHTML)")})()',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    why: 'the extension sets jitless (src/zod/), so the eval probe never runs; it now answers "no eval" outright',
    from: 'try {\n        const F = Function;\n        new F("");\n        return true;\n    }\n    catch (_) {\n        return false;\n    }',
    to: 'return false;',
  },
  {
    file: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    why: 'Readability re-reads the page after a failed attempt by writing its saved HTML back; a saved copy of the nodes does the same without parsing',
    from: 'var pageCacheHtml = page.innerHTML;',
    to: 'var pageCache = page.cloneNode(true);',
  },
  {
    file: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    why: 'the restore that goes with the saved copy above',
    from: '        page.innerHTML = pageCacheHtml;',
    to: '        page.replaceChildren(...pageCache.cloneNode(true).childNodes);',
  },
  {
    file: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    why: "images hidden in <noscript> only matter to a reader view; Jobmark keeps the text, and Readability drops every <noscript> afterwards",
    from: '      tmp.innerHTML = noscript.innerHTML;',
    to: '      return;',
  },
];

export function safeVendorCode(): Plugin {
  return {
    name: 'jobmark:safe-vendor-code',
    enforce: 'pre',
    transform(code, id) {
      const edits = VENDOR_EDITS.filter((edit) => edit.file.test(id.split('?')[0]!));
      if (edits.length === 0) return null;
      let edited = code;
      for (const edit of edits) {
        const at = edited.indexOf(edit.from);
        if (at < 0 || edited.indexOf(edit.from, at + 1) >= 0) {
          throw new Error(`safe-vendor-code: expected the text to replace exactly once in ${id} (${edit.why}); the library changed, update src/build/safe-vendor-code.ts`);
        }
        edited = edited.slice(0, at) + edit.to + edited.slice(at + edit.from.length);
      }
      return { code: edited, map: null };
    },
  };
}
