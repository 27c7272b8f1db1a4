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

  it('reads past a company\'s word before the form ("UBS Group AG", "VinFast Auto Ltd.") and knows "JSC"', () => {
    expect(knownName('UBS Group AG')?.name).toBe('UBS');
    expect(knownName('Vingroup JSC')?.name).toBe('Vingroup');
    expect(knownName('VinFast Auto Ltd.')?.name).toBe('VinFast');
    expect(knownName('Kestrel Group AG')).toBeUndefined();
  });

  it('ends a name joined by "&" at its possessive, and keeps a known company\'s lower-case last word', () => {
    expect(candidatesIn("It competes with Mahindra & Mahindra's XEV 9e.").map((c) => c.text)).toContain('Mahindra & Mahindra');
    expect(candidatesIn('It sold SK hynix chips.').map((c) => c.text)).toContain('SK hynix');
    // Look-alike: a body's class noun after its name stays out ("the Congress party").
    expect(candidatesIn('He heads the Congress party in Assam.').map((c) => c.text)).toContain('Congress');
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

  it('keeps a bracketed "(Private)" or "(Pty)" before "Ltd" or "Limited" in the name', () => {
    const names = candidatesIn('Shares went to Kestrel Energy (Private) Limited and to Harrow Mining (Pty) Ltd on Monday.').map((c) => c.text);
    expect(names).toEqual(['Kestrel Energy (Private) Limited', 'Harrow Mining (Pty) Ltd']);
    // Look-alike: another bracketed word is no part of the name.
    expect(candidatesIn('Shares went to Kestrel Energy (Karachi) Ltd on Monday.').map((c) => c.text)).not.toContain('Kestrel Energy (Karachi) Ltd');
  });

  it('reads the word after the dot as a sentence\'s first: a common word there is no name', () => {
    expect(candidatesIn('It was led by Guaranty Trust Holding Co. Yields on bills fell.').map((c) => c.text)).toEqual(['Guaranty Trust Holding Co.']);
    // Look-alike: a name after it stays a name.
    expect(candidatesIn('It was led by Guaranty Trust Holding Co. Zenith Bank fell.').map((c) => c.text)).toContain('Zenith Bank');
  });
});

describe("a company's group word and short name", () => {
  it('names the known company with "Holdings" or "Group" after it, and joins its name without the last word', () => {
    expect(knownName('Tokyo Electric Power Company Holdings')?.name).toBe(knownName('Tokyo Electric Power Company')?.name);
    expect(knownName('Sony Group')?.name).toBe(knownName('Sony')?.name);
    expect(knownName('Mubadala Investment Company')?.name).toBe(knownName('Mubadala')?.name);
    // Look-alike: a unit's word after a known company names a unit of its own.
    expect(knownName('FPT Semiconductor')).toBeUndefined();
    // Look-alike: a group word after an unknown name or a place names nothing known.
    expect(knownName('Kestrel Holdings')).toBeUndefined();
    expect(knownName('Paris Group')).toBeUndefined();
    const entities = entitiesOf('Hokkaido Electric Power Co. won. Hokkaido Electric, known locally as Hokuden, rose 7%.');
    expect(entities.filter((e) => e.type === 'organization').map((e) => e.aliases)).toEqual([expect.arrayContaining(['Hokkaido Electric Power Co.', 'Hokkaido Electric', 'Hokuden'])]);
  });
});

describe("a rating agency's name with its possessive", () => {
  it('joins the unit\'s word after a company the lexicon knows with its "\'s"', () => {
    expect(candidatesIn("The loan was rated by Moody's Ratings last week.").map((c) => c.text)).toEqual(["Moody's Ratings"]);
    expect(knownName("Moody's Ratings")?.name).toBe("Moody's");
    // Look-alike: a possessive before anything else stays the company's possessive.
    expect(candidatesIn("Moody's Baa3 rating stands, and Moody's Kestrel unit grew.").map((c) => c.text)).not.toContain("Moody's Kestrel");
  });
});
