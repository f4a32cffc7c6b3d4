import { describe, expect, it } from 'vitest';
import { WORD, workplaceWordsIn } from './workplace-keywords';

type Word = keyof typeof WORD;

function wordsIn(text: string): Word[] {
  const bits = workplaceWordsIn(text);
  return (Object.keys(WORD) as Word[]).filter((word) => (bits & WORD[word]) !== 0);
}

describe('workplaceWordsIn', () => {
  it.each<[string, Word[]]>([
    ['- Location: Berlin', ['location']],
    ['This role is fully remote.', ['remote']],
    ['You will work remotely', ['remote']],
    ['#LI-Hybrid', ['linkedInTag', 'hybrid']],
    ['A hybrid schedule', ['hybrid']],
    ['3 days a week in the office', ['daysAWeek', 'theOffice']],
    ['Two days per week on-site', ['daysAWeek', 'onSite']],
    // "in the office" may follow a word without a space ("Berlin the office"): the office is the keyword.
    ['We meet in our hub two days', ['theOffice']],
    ['Telecommuting is permitted', ['telework']],
    ['An in-person role', ['onSite']],
    ['This is an onsite position', ['onSite']],
    ['Work from home on Fridays', ['workFrom']],
    ['We build hybrid cloud tools', ['hybrid']],
    ['Promote the product', []],
    ['Every day we ship', []],
    ['Telemetry pipelines for an office suite', ['theOffice']],
    ['Telemetry pipelines', []],
  ])('%s → %j', (text, expected) => {
    expect(wordsIn(text)).toEqual(expected);
  });
});
