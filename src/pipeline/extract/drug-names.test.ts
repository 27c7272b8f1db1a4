import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import { extractArticle } from './extract-article';

const found = (paragraphs: string[]) => extractArticle({ id: 'a', title: 'Trial Results', paragraphs }).map((o) => `${o.text}/${o.type}`);

describe('generic drug names', () => {
  it('takes a lower-case word with a drug stem as a medicine in a story about medicines', () => {
    const names = found(['Patients on retatrutide lost more weight than those on tirzepatide in the trial, the company said.']);
    expect(names).toEqual(expect.arrayContaining(['retatrutide/other', 'tirzepatide/other']));
  });

  it('joins a brand name and a generic name opening a sentence', () => {
    const names = found(['Lenacapavir, sold as Yeztugo in the United States, is a twice-yearly injection for patients.']);
    expect(names).toEqual(expect.arrayContaining(['lenacapavir/other']));
    expect(extractArticle({ id: 'a', title: 'x', paragraphs: ['Lenacapavir, sold as Yeztugo in the United States, is a twice-yearly injection for patients.'] }).find((o) => o.text === 'lenacapavir')?.sameAs).toEqual(['Yeztugo']);
  });

  it('takes a one-word name with a generic in brackets after it for a brand of medicine, which the generic joins', () => {
    const text = 'Kestrel Pharma markets Vandrelo (iptacopan) and Solvemi (atrasentan) to patients with the disease.';
    expect(found([text])).toEqual(expect.arrayContaining(['Vandrelo/other', 'Solvemi/other']));
    const brand = extractArticle({ id: 'a', title: 'x', paragraphs: [text] }).find((o) => o.text === 'Vandrelo');
    expect(brand?.sameAs).toEqual(['iptacopan']);
    // Look-alike: a lower-case word in brackets that is no drug's name.
    expect(found(['Kestrel Pharma hired Vandrelo (formerly) to run trials for patients.'])).not.toContain('Vandrelo/other');
  });

  it('joins the generic to a brand a lexicon knows, and no other form the article gives a known name', () => {
    const aliases = (text: string) => clusterObservations(extractArticle({ id: 'a', title: 'x', paragraphs: [text] })).map((e) => e.aliases.join(' | '));
    expect(aliases('Patients switched from Humira (adalimumab) to cheaper drugs.')).toContain('Humira | adalimumab');
    // Look-alike: "known as" may name a variant of a known rocket, not the rocket.
    const rocket = aliases('The trial flew on a human-rated version of the LVM3 rocket, known as HLVM3, carrying patients.');
    expect(rocket.find((a) => a.includes('HLVM3'))).toBe('HLVM3');
  });

  it('leaves words of the same endings alone, and drug shapes outside a story about medicines', () => {
    // Look-alikes: common words with a stem's ending, and the same word in a story with no medicine.
    expect(found(['The peptide, the riptide and the concept were studied by patients in the trial.']).filter((n) => n.endsWith('/other'))).toEqual([]);
    expect(found(['The ship retatrutide sailed on Monday.'])).toEqual([]);
  });
});
