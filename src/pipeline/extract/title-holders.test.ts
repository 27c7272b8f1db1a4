import { describe, expect, it } from 'vitest';
import { candidatesIn, namesIn as names, typeOf } from './candidate-type.test-helper';

const holder = (sentence: string) => candidatesIn(sentence).find((c) => c.role !== undefined);

describe('a title\'s holder named by a weekday', () => {
  it('reads a weekday between a title and a surname as the given name', () => {
    expect(names('Edo State Governor Monday Okpebholo said the state would give land.')).toEqual(['Monday Okpebholo']);
    expect(holder('Edo State Governor Monday Okpebholo said so.')?.role).toBe('Edo State Governor');
    // Look-alikes: a weekday before a lower-case word is when; after a name, a surname's.
    expect(names('The Governor Monday said no.')).toEqual([]);
    expect(names('Prime Minister Godwin Friday presented the budget.')).toEqual(['Godwin Friday']);
  });
});

describe('a police rank as a title', () => {
  it('drops "Chief Superintendent" before the name', () => {
    expect(names('"They were wrong," said Chief Superintendent Peter Tohe, who heads the unit.')).toEqual(['Peter Tohe']);
    expect(holder('Superintendent Ana Orrin said so.')?.role).toBe('Superintendent');
  });
});

describe('a chairperson or a trustee as a title', () => {
  it('drops the title, after a body\'s acronym too, before the name', () => {
    expect(names('"It is wrong," IPOA Chairperson Esther Kariuki told reporters.')).toEqual(['Esther Kariuki']);
    expect(holder('NSSF Managing Trustee David Koros said so.')?.role).toBe('NSSF Managing Trustee');
  });
});

describe('a sheriff and a chief economist', () => {
  it('drops the title, and a given name after it says a person whatever the last word says', () => {
    expect(names('Sheriff Jim Fryhoff said deputies went door to door.')).toEqual(['Jim Fryhoff']);
    expect(holder('Chief Economist Philip Lane said so.')?.role).toBe('Chief Economist');
    expect(typeOf('Chief Economist Philip Lane said so.', 'Philip Lane')).toBe('person');
    // Look-alikes: a trade alone opening the sentence is a person's noun, and a body's name keeps it.
    expect(names('Economist Sarah Lund said rates would rise.')).toEqual(['Sarah Lund']);
    expect(holder('Captain Son Heung-min lifted the trophy.')?.text).toBe('Son Heung-min');
  });
});

describe('a known person whose name opens with a title\'s word', () => {
  it('keeps "Sheikh" in "Sheikh Hasina" after a title', () => {
    expect(names('Prime Minister Sheikh Hasina told a rally in Dhaka to wait.')).toEqual(['Sheikh Hasina', 'Dhaka']);
    expect(holder('Prime Minister Sheikh Hasina told a rally to wait.')?.role).toBe('Prime Minister');
    // Look-alike: a title's "Sheikh" before a name no list knows stays the title's.
    expect(holder('Prime Minister Sheikh Kestrel Orrin told a rally to wait.')?.role).toBe('Prime Minister Sheikh');
  });
});

describe('an engineer\'s title', () => {
  it('drops "Eng." or "Engr." before the name, with no name of its own', () => {
    expect(names('The kits were fake, said its chief executive, Eng. Pamela Mutua, on Monday.')).toEqual(['Pamela Mutua']);
    expect(names('Engr. Musa Bello said so.')).toEqual(['Musa Bello']);
  });
});

describe('a title after a body\'s acronym, before a given name a lexicon knows as a person\'s', () => {
  it('splits the title from the holder, whose given name is also a goddess\'s', () => {
    expect(names('"They are deities," DoA Director General Sita Maharjan told reporters.')).toEqual(['Sita Maharjan']);
    expect(holder('"They are deities," DoA Director General Sita Maharjan told reporters.')?.role).toBe('DoA Director General');
    // Look-alike: the known name alone after the title is still the known one (no surname follows).
    expect(names('The DoA Director General Sita said so.')).not.toContain('Sita');
  });
});

describe('a director "of Elections"', () => {
  it('reads "Elections" as the title\'s field, with the holder after it', () => {
    expect(names('Director of Elections Glasspole Brown told a briefing in Kingston.')).toEqual(['Glasspole Brown', 'Kingston']);
    expect(holder('Director of Elections Glasspole Brown told a briefing.')?.role).toBe('Director of Elections');
  });
});

describe("a chess player's title and a regent", () => {
  it('drops a title phrase before the name, and names nothing where the phrase stands alone', () => {
    expect(names('Egypt has the top seed in Woman Grandmaster Shahenda Wafa, a champion.')).toEqual(['Egypt', 'Shahenda Wafa']);
    expect(holder('Much attention is on International Master Fahad Rahman, 21.')?.role).toBe('International Master');
    expect(names('The event offers norms towards Woman International Master and Woman Grandmaster titles.')).toEqual([]);
    expect(names('The winners get International Master titles.')).toEqual([]);
    // Look-alike: a body of the same first words keeps its name.
    expect(names('The International Master Builders Federation said so.')).toEqual(['International Master Builders Federation']);
  });

  it("drops an Indonesian regency's \"Regent\" before the name", () => {
    expect(holder('Selayar Regent Muhammad Natsir Ali said families had gathered.')?.role).toBe('Selayar Regent');
    expect(names('Selayar Regent Muhammad Natsir Ali said families had gathered.')).toContain('Muhammad Natsir Ali');
  });
});

describe('an event named with a title', () => {
  it("keeps the title's word in an event's name", () => {
    expect(names('They gathered for the Grandmaster Ziaur Rahman Memorial International Chess Tournament on Saturday.')).toEqual(['Grandmaster Ziaur Rahman Memorial International Chess Tournament']);
    expect(names("He lifted the Emperor's Cup on Sunday.")).toEqual(["Emperor's Cup"]);
    // Look-alike: a title before a person's name still goes.
    expect(names('President Emmanuel Macron spoke.')).toEqual(['Emmanuel Macron']);
  });
});
