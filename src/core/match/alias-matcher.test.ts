import { describe, expect, it } from 'vitest';
import { AliasMatcher, BLOCKED } from './alias-matcher';

const entities = ['Mexico', 'Nicolás Maduro', 'United States', 'North Korea', 'Montevideo Mechanism', 'Crimea', 'Trump'];

function matcher(): AliasMatcher {
  return new AliasMatcher([
    { text: 'Mexico', target: 0 },
    { text: 'New Mexico', target: BLOCKED },
    { text: 'Mexico City', target: BLOCKED },
    { text: 'Nicolás Maduro', target: 1 },
    { text: 'Maduro', target: 1 },
    { text: 'United States', target: 2 },
    { text: 'U.S.', target: 2 },
    { text: 'US', target: 2 },
    { text: 'North Korea', target: 3 },
    { text: 'Korea', target: BLOCKED },
    { text: 'Montevideo Mechanism', target: 4 },
    { text: 'Crimean peninsula', target: 5 },
    { text: 'Crimea', target: 5 },
    { text: 'Trump', target: 6 },
  ]);
}

function found(text: string): string[] {
  return matcher()
    .scan(text)
    .map((m) => `${entities[m.target]}=${text.slice(m.start, m.end)}`);
}

describe('AliasMatcher', () => {
  it('matches whole words only', () => {
    expect(found('Mexicos and Mexican food; Mexico.')).toEqual(['Mexico=Mexico']);
  });

  it('prefers the longest alias and reports offsets in the original text', () => {
    const text = 'talks in the Montevideo Mechanism framework';
    const [m] = matcher().scan(text);
    expect(m).toMatchObject({ start: 13, end: 33, target: 4 });
  });

  it('blocks look-alike phrases that contain an alias', () => {
    expect(found('New Mexico and Mexico City are not Mexico')).toEqual(['Mexico=Mexico']);
  });

  it('drops a name a look-alike head stands next to, with no shorter match left in its place', () => {
    const headed = new AliasMatcher(
      [{ text: 'Mexico', target: 0 }, { text: 'Mexico City', target: 1 }, { text: 'Crimea', target: 2 }],
      { before: ['Lake'], after: ['Institute', 'Sea'] },
    );
    const text = 'Mexico Institute, Mexico City Institute, Lake Crimea, Crimea Sea; but Mexico City and Crimea.';
    expect(headed.scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['Mexico City', 'Crimea']);
  });

  it('ignores accents and keeps the text as written', () => {
    expect(found('Nicolas Maduro, NICOLÁS MADURO and Nicolás Maduro')).toEqual([
      'Nicolás Maduro=Nicolas Maduro',
      'Nicolás Maduro=NICOLÁS MADURO',
      'Nicolás Maduro=Nicolás Maduro',
    ]);
  });

  it('handles decomposed accents (NFD) without shifting offsets', () => {
    const text = 'Nicola\u0301s Maduro spoke';
    const [m] = matcher().scan(text);
    expect(text.slice(m!.start, m!.end)).toBe('Nicola\u0301s Maduro');
  });

  it('counts possessives and hyphenated compounds', () => {
    expect(found("Maduro's government; U.S.-Russia talks; a US-Mexico deal")).toEqual([
      'Nicolás Maduro=Maduro',
      'United States=U.S.',
      'United States=US',
      'Mexico=Mexico',
    ]);
  });

  it('never matches proper names in lower case, and acronyms only as written', () => {
    expect(found('they trump us all; mexico; Trump and the US')).toEqual(['Trump=Trump', 'United States=US']);
  });

  it('needs every word of a capitalised name capitalised, unless the whole match is in capitals', () => {
    expect(found('Nicolás maduro; nicolás Maduro; NICOLÁS MADURO; NICOLÁS Maduro; North KOREA')).toEqual([
      'Nicolás Maduro=Maduro',
      'Nicolás Maduro=NICOLÁS MADURO',
      'Nicolás Maduro=NICOLÁS Maduro',
      'North Korea=North KOREA',
    ]);
  });

  it('accepts lower-case words of the alias in any case, and ALL CAPS headlines', () => {
    expect(found('the Crimean peninsula, the Crimean Peninsula, CRIMEAN PENINSULA')).toEqual([
      'Crimea=Crimean peninsula',
      'Crimea=Crimean Peninsula',
      'Crimea=CRIMEAN PENINSULA',
    ]);
  });

  it('treats runs of whitespace and line breaks inside a name as one space', () => {
    expect(found('North\n  Korea and South Korea')).toEqual(['North Korea=North\n  Korea']);
  });
});
