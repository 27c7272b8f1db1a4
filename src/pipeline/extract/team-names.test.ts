import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import { isTeamName, isTeamNickname } from './team-names';

const MATCH_REPORT = [
  'West Coast took Sandringham Dragons midfielder Jack Whitford with the first pick, before the goalkeeper and the striker were named.',
  'Richmond used pick two on Oakleigh Chargers forward Tom Ferraro. The club said the penalty and the trophy mattered less.',
];

describe('team names', () => {
  it('reads a place and a mascot in the plural as a team', () => {
    expect(isTeamName(['Sandringham', 'Dragons'])).toBe(true);
    expect(isTeamName(['Gold', 'Coast', 'Suns'])).toBe(true);
    expect(isTeamName(['Golden', 'State', 'Warriors'])).toBe(true);
    expect(isTeamName(['Oklahoma', 'City', 'Thunder'])).toBe(true);
    expect(isTeamName(['North', 'Sydney', 'Bears'])).toBe(true);
    expect(isTeamName(['Western', 'Reds'])).toBe(true);
    // Twenty20 franchises.
    expect(isTeamName(['Janakpur', 'Bolts'])).toBe(true);
    expect(isTeamName(['Adelaide', 'Strikers'])).toBe(true);
    expect(isTeamNickname(['Capitals'])).toBe(false);
    // Look-alikes: a given name first, a mascot alone, a plural no team takes.
    expect(isTeamName(['Ethan', 'Hawks'])).toBe(false);
    expect(isTeamName(['Dragons'])).toBe(false);
    expect(isTeamName(['Sandringham', 'Banks'])).toBe(false);
  });

  it('keeps a junior club a team in a match report, where two plain words would read as a player', () => {
    const found = extractArticle({ id: 'a', title: 'Draft night', paragraphs: MATCH_REPORT });
    const typeOf = (name: string) => found.find((o) => o.text === name)?.type;
    expect(typeOf('Sandringham Dragons')).toBe('organization');
    expect(typeOf('Oakleigh Chargers')).toBe('organization');
    expect(typeOf('Tom Ferraro')).toBe('person');
  });

  it('reads a mascot alone, capitalised inside a sentence, as a team; not one that alone names something else', () => {
    expect(isTeamNickname(['Kangaroos'])).toBe(true);
    expect(isTeamNickname(['Bears'])).toBe(true);
    expect(isTeamNickname(['Patriots'])).toBe(false);
    expect(isTeamNickname(['Texans'])).toBe(false);
    expect(isTeamNickname(['Perth', 'Bears'])).toBe(false);
    const found = extractArticle({
      id: 'b',
      title: 'Perth Bears land a centre',
      paragraphs: [
        'The Perth Bears have signed Kangaroos centre Kalani Moala on a four-year deal, the Perth Bears said.',
        'The club carries the heritage of the North Sydney Bears. The Western Reds folded in 1997.',
      ],
    });
    const typeOf = (name: string) => found.find((o) => o.text === name)?.type;
    expect(typeOf('Kangaroos')).toBe('organization');
    expect(typeOf('North Sydney Bears')).toBe('organization');
    expect(typeOf('Western Reds')).toBe('organization');
  });
});
