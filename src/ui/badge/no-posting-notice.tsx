/**
 * What the user sees after asking Jobmark (toolbar, shortcut, context menu) to read a page
 * that holds no posting it can read — an explicit request deserves an answer.
 */
export function NoPostingNotice({ message, onClose }: { message: string; onClose(): void }) {
  return (
    <aside class="jm-badge jm-bottom-right jm-notice" aria-label="Jobmark" role="status">
      <p>{message}</p>
      <button type="button" class="jm-link" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
