import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import { extractArticle } from './extract-article';
import { candidatesIn } from './candidate-type.test-helper';
import { knownName } from './known-names';

const entitiesOf = (text: string) => clusterObservations(extractArticle({ id: 'a', title: 'Chips', paragraphs: [text] }));

describe("a company's legal form", () => {
  it('names the company a lexicon knows, in short or in full', () => {
    expect(knownName('Xiaomi Corp.')?.name).toBe('Xiaomi');
    expect(knownName('Samsung Electronics Co.')?.name).toBe(knownName('Samsung Electronics')?.name);
    expect(knownName('Deutsche Lufthansa AG')?.name).toBe('Lufthansa');
    // The lexicon holds "… Corporation"; the page prints "… Corp.".
    expect(knownName('Semiconductor Manufacturing International Corp.')?.name).toBe('SMIC');
    // Look-alikes: a legal form after no known company, and after a known place, name nothing known.
    expect(knownName('Kestrel Plc')).toBeUndefined();
    expect(knownName('Chile SA')).toBeUndefined();
  });

  it('takes "& Co." as the legal form it is ("Merck & Co."), not after an unknown name', () => {
    expect(knownName('Merck & Co.')?.name).toBe('Merck');
    expect(knownName('Kestrel & Co.')).toBeUndefined();
  });

  it('is one entity with the short form the story uses next', () => {
    const entities = entitiesOf('Xiaomi Corp. said on Thursday its sales rose. Xiaomi shares gained, and Samsung Electronics Co. and Teck Resources Ltd. fell. Teck Resources said more.');
    const withForm = (form: string) => entities.filter((e) => e.name === form || e.aliases.includes(form));
    expect(withForm('Xiaomi Corp.')).toEqual(withForm('Xiaomi'));
    expect(withForm('Teck Resources Ltd.')).toEqual(withForm('Teck Resources'));
    expect(withForm('Teck Resources')[0]!.type).toBe('organization');
  });

  it('ends the name at its dot, where no sentence was split', () => {
    const names = candidatesIn('It competes with Taiwan Semiconductor Manufacturing Co. The plan has cost billions.').map((c) => c.text);
    expect(names).toContain('Taiwan Semiconductor Manufacturing Co.');
    expect(names.some((n) => n.endsWith('The'))).toBe(false);
    // "Co. Limited" and "Co., Ltd." go on: those words are the form's.
    expect(candidatesIn('Geely Holding Group Co., Ltd. said so.').map((c) => c.text)).toContain('Geely Holding Group Co., Ltd.');
  });
});
