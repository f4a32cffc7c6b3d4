/**
 * Said in the page when the app's script cannot be loaded at all (a damaged install), so the
 * user sees why the page is blank. Plain text: no markup from anywhere is rendered.
 */
export function showStartupFailure(error: unknown): void {
  console.error('[jobmark] the page could not start', error);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'margin: 16px; font: 14px system-ui, sans-serif;';
  message.textContent = `Jobmark could not start this page (${error instanceof Error ? error.message : String(error)}). Reinstalling the extension should mend it.`;
  document.getElementById('app')?.replaceChildren(message);
}
