/** A file for the user to keep: its name, its MIME type and its text. */
export interface DownloadableFile {
  name: string;
  type: string;
  text: string;
}

/**
 * Hands a file to the browser's downloads, from the page the user clicked on: a Blob behind
 * an object URL, followed by a hidden <a download>. Needs no `downloads` permission, and the
 * text is never parsed as HTML on the way.
 */
export function downloadFile(doc: Document, file: DownloadableFile): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Not revoked at once: some browsers (Firefox) start reading the Blob only after the click
    // has returned, and a revoked URL gives an empty or failed download.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
  }
}
