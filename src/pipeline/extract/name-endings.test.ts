import { describe, expect, it } from 'vitest';
import { typeOf, namesIn as names } from './candidate-type.test-helper';

describe("a national plan's vision and its year", () => {
  it('keeps the year in the name and reads it as a plan', () => {
    expect(names('The refinery is part of Oman Vision 2040, the plan.')).toEqual(['Oman Vision 2040']);
    expect(typeOf('The refinery is part of Oman Vision 2040, the plan.', 'Oman Vision 2040')).toBe('other');
    expect(typeOf('It serves Wawasan Brunei 2035 goals.', 'Wawasan Brunei 2035')).toBe('other');
    // Look-alike: a year after a name with no vision's word is no part of it.
    expect(names('Kestrel Holdings 2040 targets were set.')).not.toContain('Kestrel Holdings 2040');
  });
});

describe('transport operators by their endings', () => {
  it('reads a German "-bahn" company and a town\'s "Transit" as organizations', () => {
    expect(typeOf('Drivers at Kestrelbahn walked out on Monday.', 'Kestrelbahn')).toBe('organization');
    expect(typeOf('Buses run by Orrin Transit were late.', 'Orrin Transit')).toBe('organization');
    // Look-alike: the motorway is a road.
    expect(typeOf('Trucks on the Autobahn slowed near Orrin.', 'Autobahn')).not.toBe('organization');
  });
});

describe('treaties\' parties and wars in the plural', () => {
  it('types the parties to an agreement as a body, and wars as an event', () => {
    expect(typeOf('Members of the Parties to the Nauru Agreement (PNA) met.', 'Parties to the Nauru Agreement')).toBe('organization');
    expect(typeOf('The heads were traded during the Musket Wars between rival iwi.', 'Musket Wars')).toBe('event');
    // Look-alikes: the agreement alone is a text; a known film named for wars is a work.
    expect(typeOf('They signed the Nauru Agreement in 1982.', 'Nauru Agreement')).toBe('other');
  });
});

describe('libraries and the Casa Rosada', () => {
  it('types a library as a body and the Casa Rosada as a place', () => {
    expect(typeOf('The scores were held by the Prussian State Library in Berlin.', 'Prussian State Library')).toBe('organization');
    expect(typeOf('Crowds marched to the Casa Rosada presidential palace.', 'Casa Rosada')).toBe('place');
    // Look-alike: a library's name keeps its "of" and what follows.
    expect(names('She read at the National Library of Ireland in Dublin.')).toContain('National Library of Ireland');
  });
});
