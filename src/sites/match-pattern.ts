/**
 * Whether a URL is covered by a WebExtension match pattern ("https://*.indeed.com/*",
 * "<all_urls>"), as the browser decides where a content script runs. The registry test uses it
 * to prove every example URL of a site is covered by the site's manifest globs, and the
 * background to tell which site a tab is on before it has access.
 */
export function matchPatternCovers(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(?:https?|wss?|file|ftp):$/.test(url.protocol);
  const parts = /^(\*|https?|wss?|file|ftp):\/\/(\*|(?:\*\.)?[^/*]+)?(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host = '', path = '/'] = parts;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host !== '*') {
    const hostname = url.hostname.toLowerCase();
    if (host.startsWith('*.')) {
      const domain = host.slice(2).toLowerCase();
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (hostname !== host.toLowerCase()) return false;
  }
  // The path part is matched against path and query, with * for any run of characters.
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRegex.test(url.pathname + url.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
