import { describe, expect, it } from 'vitest';
import { extraEntry, type KnownEntry } from './extra-known';

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

  it('keeps only forms printed as names: not "H3 rocket", but "Bank of America"', () => {
    expect(extraEntry({ name: 'H3 rocket', aliases: [] }, 'other', lookup([]))).toBeUndefined();
    expect(extraEntry({ name: 'Bank of America', aliases: ['BofA'] }, 'organization', lookup([]))?.forms).toEqual(['Bank of America', 'BofA']);
  });
});
