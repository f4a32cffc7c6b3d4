import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeSavedJob } from '../db/job-fixtures';
import { RequestError, sendRequest } from './client';

afterEach(() => fakeBrowser.reset());

/** The background, reduced to a canned answer. */
function backgroundAnswering(answer: unknown): unknown[] {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    received.push(message);
    return answer;
  });
  return received;
}

describe('sendRequest', () => {
  it('sends the request and returns the typed answer', async () => {
    const record = fakeSavedJob();
    const received = backgroundAnswering({ records: [record] });
    const answer = await sendRequest({ type: 'jobs/list' });
    expect(answer.records).toEqual([record]);
    expect(received).toEqual([{ type: 'jobs/list' }]);
  });

  it.each([
    ['an error answer, with its message for the user', { error: 'Your browser refused to store more data (storage quota exceeded).' }, /^Your browser refused to store more data/],
    ['no answer at all', undefined, /unexpected answer to jobs\/list/],
    ['an answer of the wrong shape', { records: 'lots' }, /unexpected answer to jobs\/list/],
    ['a record that is not a saved job', { records: [{ id: 'x' }] }, /unexpected answer to jobs\/list/],
  ])('throws a RequestError on %s', async (_, answer, message) => {
    backgroundAnswering(answer);
    const request = sendRequest({ type: 'jobs/list' });
    await expect(request).rejects.toBeInstanceOf(RequestError);
    await expect(request).rejects.toThrow(message);
  });

  it('throws a RequestError when no background is listening (the extension was reloaded)', async () => {
    await expect(sendRequest({ type: 'jobs/lookup', url: 'https://a.test/1' })).rejects.toThrow(/background did not answer/);
  });
});
