import { describe, expect, it } from 'vitest';
import { extraEntry, type KnownEntry } from './extra-known';
import { knownName } from './known-names';

const sony: KnownEntry = { name: 'Sony', type: 'organization', aliases: [] };
const lookup = (known: KnownEntry[]) => (form: string) => known.find((k) => [k.name, ...k.aliases].includes(form));

describe('extraEntry: a row of the wider lists joining the index', () => {
  it('joins the company its name adds company words to, and an entry that holds one of its forms', () => {
    expect(extraEntry({ name: 'Sony Group', aliases: [] }, 'organization', lookup([sony]))).toEqual({ entry: sony, forms: ['Sony Group'], joined: true });
    const icasa: KnownEntry = { name: 'ICASA', type: 'organization', aliases: [] };
    const full = { name: 'Independent Communications Authority of South Africa', aliases: ['ICASA'] };
    expect(extraEntry(full, 'organization', lookup([icasa]))?.entry).toBe(icasa);
    // Look-alike: a known name of another type is another thing ("Vale" the place would not take "Vale Group").
    const place: KnownEntry = { name: 'Vale', type: 'place', aliases: [] };
    expect(extraEntry({ name: 'Vale Group', aliases: [] }, 'organization', lookup([place]))).toEqual({ entry: { name: 'Vale Group', type: 'organization', aliases: [] }, forms: ['Vale Group'], joined: false });
  });

  it('keeps only forms printed as names: not "H3 rocket" or a year form, but "Bank of America"', () => {
    expect(extraEntry({ name: 'H3 rocket', aliases: [] }, 'other', lookup([]))).toBeUndefined();
    expect(extraEntry({ name: 'Paris 2024', aliases: [] }, 'event', lookup([]))).toBeUndefined();
    expect(extraEntry({ name: 'Bank of America', aliases: ['BofA'] }, 'organization', lookup([]))?.forms).toEqual(['Bank of America', 'BofA']);
  });

  it('keeps of a person only the names the rules cannot read as a person\'s', () => {
    const given = (w: string) => ['Victor', 'Joko', 'Giacomo'].includes(w);
    expect(extraEntry({ name: 'Wemby', aliases: ['Victor Wembanyama'] }, 'person', lookup([]), given)?.forms).toEqual(['Wemby']);
    expect(extraEntry({ name: 'Jokowi', aliases: ['Joko Widodo', 'Widodo'] }, 'person', lookup([]), given)?.forms).toEqual(['Jokowi']);
    // A row named by the one word news uses alone keeps it, though its full name ends in it.
    expect(extraEntry({ name: 'Puccini', aliases: ['Giacomo Puccini'] }, 'person', lookup([]), given)?.forms).toEqual(['Puccini']);
    // Look-alike: a stage name of two words is kept whole.
    expect(extraEntry({ name: 'Bad Bunny', aliases: [] }, 'person', lookup([]), given)?.forms).toEqual(['Bad Bunny']);
  });
});

describe('extraEntry: deities and epic figures', () => {
  it('keeps every form of a figure, though one is a given name or ends a titled form', () => {
    const sita = { name: 'Sita', aliases: ['Goddess Sita', 'Mata Sita'] };
    const given = (w: string) => w === 'Sita';
    expect(extraEntry(sita, 'person', lookup([]), given, true)?.forms).toEqual(['Sita', 'Goddess Sita', 'Mata Sita']);
    // Look-alike: as a row of the people lists, the bare name is left to the rules.
    expect(extraEntry(sita, 'person', lookup([]), given)?.forms).toEqual(['Goddess Sita', 'Mata Sita']);
  });
});

describe('people news names by one word', () => {
  it('knows a composer or a painter by that word alone', () => {
    expect(['Mozart', 'Sibelius', 'Botticelli', 'Messi'].map((w) => knownName(w)?.type)).toEqual(['person', 'person', 'person', 'person']);
    // Look-alike: "Verdi" is left out, as news names the German union ver.di so.
    expect(knownName('Verdi')).toBeUndefined();
  });
});
