// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './download-file';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadFile', () => {
  it('clicks a link to a Blob of the text, under the file name, then cleans up', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:jobmark/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const text = '{"title":"<img src=x onerror=alert(1)>"}';
    downloadFile(document, { name: 'jobmark-2030-02-03.json', type: 'application/json', text });

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('jobmark-2030-02-03.json');
    expect(clicked[0]!.href).toBe('blob:jobmark/1');
    expect(await created[0]!.text()).toBe(text);
    expect(created[0]!.type).toBe('application/json');
    // Nothing left in the page, and the hostile text never became markup.
    expect(document.querySelector('a, img')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:jobmark/1');
  });
});
