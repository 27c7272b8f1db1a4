import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import { sameGivenName } from './nicknames';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'] = 'person'): Observation => ({ text, type, strength: 3, articleId: 'a' });

describe('given names and their short forms', () => {
  it('matches a short form that starts the name, or a nickname of it', () => {
    expect(sameGivenName('Russ', 'Russell')).toBe(true);
    expect(sameGivenName('Christopher', 'Chris')).toBe(true);
    expect(sameGivenName('Mike', 'Michael')).toBe(true);
    expect(sameGivenName('Bill', 'William')).toBe(true);
    // Look-alikes: too short a start, a name one letter longer, and two different names.
    expect(sameGivenName('Jo', 'John')).toBe(false);
    expect(sameGivenName('Dan', 'Dana')).toBe(false);
    expect(sameGivenName('Mike', 'Mark')).toBe(false);
  });

  it('joins two spellings of one full name, and then the surname alone to both', () => {
    const entities = clusterObservations([o('Russ Vought'), o('Russell Vought'), o('Vought', 'place')]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.type).toBe('person');
    // Look-alike: two people who share a surname stay apart; the surname alone joins the one named first.
    expect(clusterObservations([o('Ana Silva'), o('Marina Silva'), o('Silva')]).map((e) => e.aliases.length)).toEqual([2, 1]);
  });

  it('joins a full name without its initial to the one printed with it', () => {
    expect(clusterObservations([o('N. Biren Singh'), o('Biren Singh')]).map((e) => e.aliases)).toEqual([['N. Biren Singh', 'Biren Singh']]);
    // Look-alike: an initial and a surname are no full name that holds the other.
    expect(clusterObservations([o('N. Singh'), o('Biren Singh')])).toHaveLength(2);
  });
});
