import { describe, expect, it } from 'vitest';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { createSkillMatcher } from './skill-matcher';
import { resolveMentions } from './skill-mentions';
import { MAX_LINE_FOR_NAMES, unrecognisedInLine, type UnrecognisedOptions } from './skill-unrecognised';

const matcher = createSkillMatcher(TEST_DICTIONARY);

function namesIn(line: string, postingText = line): string[] {
  const options: UnrecognisedOptions = {
    isKnown: (token) => matcher.lookup(token) !== undefined,
    writtenInLowerCase: (word) => new RegExp(`\\b${word}\\b`).test(postingText),
  };
  const known = resolveMentions(line, matcher);
  return unrecognisedInLine(line, known, options).map((n) => n.name);
}

describe('unrecognisedInLine', () => {
  it.each([
    ['- Feature flags with LaunchDarkly', ['LaunchDarkly']],
    ['- Logging with Log4j and Vert.x', ['Log4j', 'Vert.x']],
    ['- Experience with gRPC and Socket.io', ['gRPC', 'Socket.io']],
    ['- Experience with Snowplow, dbt or Looker', ['Snowplow', 'dbt', 'Looker']],
    ['- Pipelines in Kafka, Flink and Beam', ['Flink', 'Beam']],
    ['- Tracking: Snowplow, Kafka', ['Snowplow']],
    ['- Experience with Snowplow.', ['Snowplow']],
    ['- Observability (Datadog, Honeycomb)', ['Datadog', 'Honeycomb']],
    ['- Java, ELK', ['ELK']],
  ])('%s → %j', (line, names) => {
    expect(namesIn(line)).toEqual(names);
  });

  it.each([
    ['- Strong English and German, Java a plus'],
    ['- Bachelor in Computer Science, Mathematics or Physics'],
    ['- Experience with Enterprise customers'],
    ['- Working with Product Managers and Designers'],
    ['- Available Monday to Friday, CET hours'],
    ['- BS/MS degree, PhD a plus'],
    ['- Experience in B2B SaaS, Java'],
    ['- Excellent communication skills'],
    ['- Snowplow experience'],
    ["- Creating inclusive teams is one of Acme's values"],
    ['- Knowledge of Flink in production systems'],
    ['- You care about e.g. i.e. U.S. standards, Java'],
    ['- Remote from example.com, Java'],
    ['- English level B2 or C1, Java'],
    ['- Kafka experience (Q4 2025)'],
  ])('%s → nothing', (line) => {
    expect(namesIn(line)).toEqual([]);
  });

  it('skips a capitalised word the posting also writes in lower case', () => {
    expect(namesIn('- Experience with Kafka, Beam', 'we beam with pride')).toEqual([]);
  });

  it('does not read a line too long to be a list item', () => {
    const line = `- LaunchDarkly ${'x '.repeat(MAX_LINE_FOR_NAMES)}`;
    expect(namesIn(line)).toEqual([]);
  });
});
