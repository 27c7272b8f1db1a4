import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import { typeOf, namesIn as names } from './candidate-type.test-helper';
import { isModelCode } from './products';

describe('products', () => {
  it('keeps a model number with its name and types it as a product', () => {
    expect(names('The new Zephyr 7 rocket lifted off.')).toEqual(['Zephyr 7']);
    expect(typeOf('The new Zephyr 7 rocket lifted off.', 'Zephyr 7')).toBe('other');
    expect(typeOf('Orbex flew 40 Condor 9 rockets last year.', 'Condor 9')).toBe('other');
    expect(typeOf('The last Zephyr 5 flew in July.', 'Zephyr 5')).toBe('other');
  });

  it('does not take a number after a common noun, a known name, a score or a share', () => {
    // A common noun alone before its number is no name at all (non-names.ts).
    expect(names('A Category 5 storm hit the coast.')).toEqual([]);
    expect(names('Norris ran wide at Turn 14 on the final lap.')).toEqual(['Norris']);
    expect(names('The hosts of Paris 2024 met.')).toEqual(['Paris']);
    expect(names('They beat Brazil 2 to 1.')).toEqual(['Brazil']);
    expect(names('The Zephyr 2019 review ended.')).toEqual(['Zephyr']);
    expect(names('Leeford 2 Marsham 1 was the score.')).toEqual(['Leeford', 'Marsham']);
    expect(names('Shares in Dunmore 20% higher.')).toEqual(['Dunmore']);
  });

  it('types a name with a model letter, but not a given name with one', () => {
    expect(typeOf('The smaller Zephyr C was grounded.', 'Zephyr C')).toBe('other');
    expect(typeOf('A film about Malcolm X opened.', 'Malcolm X')).toBe('person');
  });

  it('types a known maker, its line and a lettered model number as the device', () => {
    expect(typeOf('Orders for Samsung Galaxy S26 handsets were cancelled.', 'Samsung Galaxy S26')).toBe('other');
    expect(typeOf('It sells the Samsung Galaxy S26 Ultra now.', 'Samsung Galaxy S26 Ultra')).toBe('other');
    // Look-alike: a maker's unit with no model letter stays the maker's.
    expect(typeOf('Samsung Galaxy Studio said it would close.', 'Samsung Galaxy Studio')).not.toBe('other');
  });

  it('types a known product with a variant\'s letter as the product, the number inside it kept', () => {
    expect(typeOf('Sweden ordered 40 JAS 39 Gripen E fighters.', 'JAS 39 Gripen E')).toBe('other');
    // Look-alike: a letter after a name no lexicon holds as a product says nothing of its type.
    expect(typeOf('Officials at Kestrel Haven B said so.', 'Kestrel Haven B')).not.toBe('other');
  });

  it('types a model code with letters, a hyphen and a number', () => {
    expect(typeOf('It released the KX-3 satellite.', 'KX-3')).toBe('other');
    expect(isModelCode('MiG-29')).toBe(true);
    expect(isModelCode('G-20')).toBe(false);
    expect(isModelCode('Covid-19')).toBe(false);
  });

  it('types a name before a product noun, but not a town before a rocket attack', () => {
    expect(typeOf('Launches of Zenit rockets ended.', 'Zenit')).toBe('other');
    expect(typeOf('It plans a flight of its Spectra rocket.', 'Spectra')).toBe('other');
    expect(typeOf('Residents of Kfar Dovev rocket attacks fled.', 'Kfar Dovev')).not.toBe('other');
  });

  it('types a project named after "Project"', () => {
    expect(typeOf("The firm's Project Borealis network grew.", 'Project Borealis')).toBe('other');
  });
});

describe('products and operations named by their head word or code', () => {
  it('types a maker and a model code as the product, "Operation X" as a programme', () => {
    expect(typeOf('The Kestrel K350 competes for orders.', 'Kestrel K350')).toBe('other');
    expect(typeOf('Operation Sindoor began on Wednesday.', 'Operation Sindoor')).toBe('other');
    // Look-alike: a short letter-and-number code is no aircraft ("B3" is an exchange, "G20" a forum).
    expect(isModelCode('G20')).toBe(false);
  });
});

describe('a number that counts something', () => {
  it('is no model number', () => {
    expect(names('The ministry fined Galvora 2 million euros.')).toEqual(['Galvora']);
    expect(names('The Zephyr 2 rocket flew.')).toEqual(['Zephyr 2']);
  });
});

describe('a number after a person compromise knows', () => {
  it('is a score, no model number', () => {
    expect(names('Liverpool 3, Chelsea 1 was the result.')).toEqual(['Liverpool', 'Chelsea']);
  });
});

describe('aircraft and engine codes', () => {
  it('reads variant numbers, engine codes and a number with a letter', () => {
    expect(isModelCode('A330-900')).toBe(true);
    expect(isModelCode('GE9X')).toBe(true);
    expect(isModelCode('777X')).toBe(true);
    expect(isModelCode('PW1100G')).toBe(true);
    expect(isModelCode('MI450')).toBe(true);
    // Look-alikes: a group, a virus, a quantity, a climate summit with its number.
    expect(isModelCode('G20')).toBe(false);
    expect(isModelCode('H5N1')).toBe(false);
    expect(isModelCode('500M')).toBe(false);
    expect(isModelCode('COP30')).toBe(false);
  });
});

describe('tenth round: Japanese rocket codes, model codes before a name, sports cars', () => {
  it('reads a letter and a Roman numeral as a rocket code', () => {
    expect(isModelCode('H-IIA')).toBe(true);
    expect(isModelCode('H-IIB')).toBe(true);
    // Look-alikes: a plain hyphenated word and initials.
    expect(isModelCode('Al-Ahly')).toBe(false);
    expect(isModelCode('Vol-II')).toBe(false);
  });

  it('ends a name at a model code, so the next word is not its', () => {
    expect(names('It destroyed the Kirin-3 Earth observation satellite.')).toContain('Kirin-3');
    // Look-alike: with no code, the name goes on.
    expect(names('It destroyed the Kirin Earth observation satellite.')).toContain('Kirin Earth');
  });

  it('types a model before "sports cars" as a product', () => {
    expect(typeOf('The plant assembled the Velora sports cars for years.', 'Velora')).toBe('other');
    // Look-alike: "sports" before another noun.
    expect(typeOf('Velora sports fans gathered.', 'Velora')).not.toBe('other');
  });
});

describe('devices and chips with a model number and tiers', () => {
  it('keeps the number, the tiers and a generation with the name, as a product', () => {
    const sentence = 'Xiaomi unveiled the Xiaomi 18S Pro, which runs HyperOS 3 and uses a Corvel 8 Elite Gen 5 chip, against the iPhone 17 Pro.';
    expect(names(sentence)).toEqual(expect.arrayContaining(['Xiaomi 18S Pro', 'HyperOS 3', 'Corvel 8 Elite Gen 5', 'iPhone 17 Pro']));
    for (const product of ['Xiaomi 18S Pro', 'HyperOS 3', 'Corvel 8 Elite Gen 5', 'iPhone 17 Pro']) expect(typeOf(sentence, product)).toBe('other');
  });

  it('takes no quantity, score, plain number after a maker, or long number after a brand spelling', () => {
    expect(names('Xiaomi 18 million phones were sold in Chile.')).toEqual(['Xiaomi', 'Chile']);
    expect(names('It ended Kestrel 2 Dunmore 1 on Sunday.')).not.toContain('Kestrel 2');
    expect(names('Protesters of GenZ 212 marched in Rabat.')).not.toContain('GenZ 212');
  });
});

describe("an aircraft's letter and three digits", () => {
  it('is a name of its own, with no product noun right after it', () => {
    const found = extractArticle({ id: 'a', title: 'x', paragraphs: ['TransNusa already flies the smaller C909 regional jet.'] }).map((o) => o.text);
    expect(found).toContain('C909');
  });
});

describe("a known aircraft family's variant", () => {
  it('keeps the variant\'s number with the family and types it a product, apart from an airline before it', () => {
    expect(names('It flew an ATR 42-500 into the town.')).toEqual(['ATR 42-500']);
    expect(typeOf('It flew an ATR 42-500 into the town.', 'ATR 42-500')).toBe('other');
    expect(names('A Yeti Airlines ATR 72-500 crashed on approach.')).toEqual(['Yeti Airlines', 'ATR 72-500']);
    // The maker's name before the family is the aircraft's own.
    expect(names('It flew a De Havilland Canada Dash 8-300 into the town.')).toEqual(['De Havilland Canada Dash 8-300']);
    // Look-alike: a score after a name no family holds.
    expect(names('Kestrel led 72-60 at the half.')).toEqual(['Kestrel']);
  });
});
