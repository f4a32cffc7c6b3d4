import { describe, expect, it } from 'vitest';
import { cleanLocation } from './location';

describe('cleanLocation', () => {
  it.each([
    ['board badge in backticks', '`🌎 Lisbon`', 'Lisbon'],
    ['badge with mojibake', '`ðŸŒŽ Lisbon`', 'Lisbon'],
    ['pin marker', '📍 Kraków, Poland', 'Kraków, Poland'],
    ['only the marked badge of several', '`💰 ~0k` `🌎 Oslo, Norway`', 'Oslo, Norway'],
    ['region joined with a hyphen stays', 'Remote-LATAM', 'Remote-LATAM'],
    ['"Location:" prefix', 'Location: Berlin', 'Berlin'],
    ['"Locations -" prefix', 'Locations - Austin or Remote', 'Austin or Remote'],
    ['whitespace', '  New   York,\tNY ', 'New York, NY'],
    ['repeated commas', 'Porto,, Portugal,', 'Porto, Portugal'],
    ['board list without spaces', 'Ottawa, Canada,Remote', 'Ottawa, Canada, Remote'],
    ['duplicate in another case', 'remote,Remote', 'Remote'],
    ['a bare tag that only starts the next place', 'remote,Remote EMEA', 'Remote EMEA'],
    ['repeated neighbour', 'Berlin, Berlin, Germany', 'Berlin, Germany'],
    ['the same state for two cities stays', 'San Jose, CA,Austin, TX,Fresno, CA', 'San Jose, CA, Austin, TX, Fresno, CA'],
    ['entities', 'Zürich &amp; Basel', 'Zürich & Basel'],
  ])('%s', (_, raw, expected) => {
    expect(cleanLocation(raw)).toBe(expected);
  });

  it.each([
    ['null', null],
    ['empty', ''],
    ['only a marker', '`🌎 `'],
    ['only commas and spaces', ' , ,, '],
    ['only a prefix', 'Location:'],
  ])('gives null when nothing is left: %s', (_, raw) => {
    expect(cleanLocation(raw)).toBeNull();
  });
});
