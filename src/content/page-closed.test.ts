// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageClosedSignals } from './page-closed';

function doc(html: string, title = 'Widget Founder | Zorbly'): Document {
  const d = document.implementation.createHTMLDocument(title);
  d.title = title;
  d.body.innerHTML = html;
  return d;
}

describe('pageClosedSignals', () => {
  it('finds the banner at the top of the page, in its own words', () => {
    const page = doc('<nav>Home Jobs</nav><div class="top-card"><h1>Widget Founder</h1><span>No longer accepting applications</span></div><p>About the job</p>');
    expect(pageClosedSignals(page, false).closedNotice).toBe('No longer accepting applications');
  });

  it('reads the title too', () => {
    expect(pageClosedSignals(doc('<p>Hello</p>', 'Job expired – This job has expired'), false).closedNotice).toContain('This job has expired');
  });

  it('ignores scripts and styles, and text far below the top (a huge page costs no more)', () => {
    const page = doc(`<script>var s = "no longer accepting applications"</script><style>.x{}</style><p>${'Plenty of open widget work. '.repeat(400)}</p><p>This position has been filled.</p>`);
    expect(pageClosedSignals(page, false).closedNotice).toBeNull();
  });

  it('gives no HTTP status after an in-app navigation: the status belongs to the first page', () => {
    expect(pageClosedSignals(doc('<p>Hi</p>'), false).httpStatus).toBeNull();
  });
});
