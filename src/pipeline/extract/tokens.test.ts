import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it('keeps dotted abbreviations, inner hyphens and accents as one word', () => {
    expect(tokenize('The U.S. and Inter-American Guaidó met.').map((t) => t.text)).toEqual(['The', 'U.S.', 'and', 'Inter-American', 'Guaidó', 'met']);
  });

  it('reads a dotted abbreviation after a hyphen as a word of its own ("Canada-U.S. trade")', () => {
    expect(tokenize('Canada-U.S. trade and U.S.-Canada talks.').map((t) => t.text)).toEqual(['Canada', 'U.S.', 'trade', 'and', 'U.S.', 'Canada', 'talks']);
  });

  it('keeps a month\'s dot inside a sentence, not the dot that ends it', () => {
    expect(tokenize('It opened on Mar. 3 in Lima.').map((t) => t.text)).toContain('Mar.');
    expect(tokenize('The line passes through Viña del Mar.').map((t) => t.text)).toEqual(['The', 'line', 'passes', 'through', 'Viña', 'del', 'Mar']);
  });

  it('keeps a code with a slash as one word ("SAMP/T", "F/A-18"), not two names joined by one', () => {
    expect(tokenize('The SAMP/T system and the F/A-18 jet.').map((t) => t.text)).toEqual(['The', 'SAMP/T', 'system', 'and', 'the', 'F/A-18', 'jet']);
    expect(tokenize('New US/EU sanctions hit Israel/Gaza routes.').map((t) => t.text)).toEqual(['New', 'US', 'EU', 'sanctions', 'hit', 'Israel', 'Gaza', 'routes']);
  });

  it("keeps a plural in '-men' with its 's inside a body's name, not a place's possessive", () => {
    expect(tokenize("The Panhellenic Seamen's Federation met.").map((t) => t.text)).toContain("Seamen's");
    expect(tokenize("Yemen's Congress met.")[0]).toMatchObject({ text: 'Yemen', possessive: true });
  });

  it('strips a possessive and marks where a name must end', () => {
    const [maduro] = tokenize("Maduro's government");
    expect(maduro).toMatchObject({ text: 'Maduro', possessive: true });
    expect(tokenize('a Cold War-era pact')[2]).toMatchObject({ text: 'War', possessive: true });
    expect(tokenize('an EU-mediated ceasefire')[1]).toMatchObject({ text: 'EU', possessive: true });
    expect(tokenize('a Kremlin-sponsored bill')[1]).toMatchObject({ text: 'Kremlin', possessive: true });
    // Irregular participles and other adjective-making words end a name as well.
    for (const [phrase, name] of [['a Chinese-built frigate', 'Chinese'], ['a Labour-held seat', 'Labour'], ['an EU-wide ban', 'EU'], ['the Turing Award-winning scientist', 'Award'], ['a Montreal-bound flight', 'Montreal'], ['a Vilnius-set drama', 'Vilnius'], ['a Lagos-shot thriller', 'Lagos']] as [string, string][]) {
      expect(tokenize(phrase).find((t) => t.text.startsWith(name))).toMatchObject({ text: name, possessive: true });
    }
    // Look-alike: a hyphenated given name goes on ("Lee Jae-myung").
    expect(tokenize('Lee Jae-myung said').map((t) => t.text)).toContain('Jae-myung');
  });

  it('marks sentence-initial and quote-initial words', () => {
    const tokens = tokenize('Despite that, he said: "Officials know."');
    expect(tokens.filter((t) => t.initial).map((t) => t.text)).toEqual(['Despite', 'Officials']);
  });

  it('counts a name with an Arabic article as capitalised', () => {
    expect(tokenize('Abdel Fattah al-Burhan said').map((t) => t.capitalised)).toEqual([true, true, true, false]);
  });

  it('counts a French "d\'" before a capital as capitalised: "Ballon d\'Or"', () => {
    expect(tokenize("Ballon d'Or winner").map((t) => t.capitalised)).toEqual([true, true, false]);
    // Look-alike: an elided word before a lower-case one is no name's.
    expect(tokenize("l'homme d'affaires").map((t) => t.capitalised)).toEqual([false, false]);
  });

  it('splits two places joined by a hyphen, unless a longer name or a lexicon holds them', () => {
    expect(tokenize('the Shanghai-Chengdu route').map((t) => t.text)).toEqual(['the', 'Shanghai', 'Chengdu', 'route']);
    expect(tokenize('The UK-France returns pilot').map((t) => t.text)).toEqual(['The', 'UK', 'France', 'returns', 'pilot']);
    expect(tokenize('the Belgrade-Pristina dialogue').map((t) => t.text)).toEqual(['the', 'Belgrade', 'Pristina', 'dialogue']);
    expect(tokenize('the Port of Antwerp-Bruges').map((t) => t.text)).toContain('Antwerp-Bruges');
    expect(tokenize('the Korea-Chile Free Trade Agreement').map((t) => t.text)).toContain('Korea-Chile');
    expect(tokenize('in Guinea-Bissau and at Rolls-Royce').map((t) => t.text)).toEqual(['in', 'Guinea-Bissau', 'and', 'at', 'Rolls-Royce']);
    // Nor with no noun for what joins them after: a merged port's name.
    expect(tokenize('operators in Rotterdam and Antwerp-Bruges suffered').map((t) => t.text)).toContain('Antwerp-Bruges');
  });

  it('keeps the period of a title abbreviation, a legal form and "v."', () => {
    expect(tokenize('Mr. Lavrov')[0]!.text).toBe('Mr.');
    expect(tokenize('Samsung Electronics Co. and Roe v. Wade').map((t) => t.text)).toEqual(['Samsung', 'Electronics', 'Co.', 'and', 'Roe', 'v.', 'Wade']);
  });

  it("keeps a people's possessive inside a name, but not before a lower-case word", () => {
    expect(tokenize("the Taiwan People's Party won").map((t) => t.text)).toEqual(['the', 'Taiwan', "People's", 'Party', 'won']);
    expect(tokenize("the Workers' Party").map((t) => t.text)).toEqual(['the', "Workers'", 'Party']);
    expect(tokenize("the People's choice")[1]).toMatchObject({ text: 'People', possessive: true });
  });
});

describe('tokenize: quotations', () => {
  it('opens a quotation after an opening quote, not after a closing one', () => {
    const closing = tokenize('Ottawa should not "reward" New Delhi, he said.');
    expect(closing.find((t) => t.text === 'New')!.initial).toBe(false);
    const opening = tokenize('He said: "Europe is back," and left.');
    expect(opening.find((t) => t.text === 'Europe')!.initial).toBe(true);
    expect(tokenize('They said "Europe is back".').find((t) => t.text === 'Europe')!.initial).toBe(true);
  });

  it('keeps initials joined by "&" and a capitalised web address as one word', () => {
    expect(tokenize('Shares of H&M fell.').map((t) => t.text)).toEqual(['Shares', 'of', 'H&M', 'fell']);
    expect(tokenize('Figures from Daft.ie showed it.').map((t) => t.text)).toEqual(['Figures', 'from', 'Daft.ie', 'showed', 'it']);
    // Look-alike: a full stop and a new sentence with no space are not an address.
    expect(tokenize('He left Dublin.Then he spoke.').map((t) => t.text)).toContain('Dublin');
  });
});

describe('tenth round: a capital inside a lower-case word', () => {
  it('treats "eXploration" and "iPhone" as capitalised, not "mRNA" or "kWh"', () => {
    expect(tokenize('the Moons eXploration probe')[2]).toMatchObject({ text: 'eXploration', capitalised: true });
    expect(tokenize('a new iPhone')[2]).toMatchObject({ capitalised: true });
    expect(tokenize('mRNA vaccines')[0]).toMatchObject({ capitalised: false });
    expect(tokenize('per kWh')[1]).toMatchObject({ capitalised: false });
  });
});

describe('a pronoun fused with its verb', () => {
  it('reads "I\'m", "I\'ve", "I\'ll", "I\'d" as no capitalised word', () => {
    for (const word of ["I'm", 'I’ve', "I'll", "I'd"]) {
      expect(tokenize(`and ${word} glad`)[1]).toMatchObject({ text: word, capitalised: false });
    }
  });

  it('keeps capitalised a name that merely starts with "I" and an apostrophe', () => {
    // Look-alikes: an Irish surname and a possessive of a one-letter name.
    expect(tokenize("met I'Anson today")[1]).toMatchObject({ text: "I'Anson", capitalised: true });
    expect(tokenize("and I's rival")[1]).toMatchObject({ text: 'I', capitalised: true, possessive: true });
  });
});

describe('a brand of lower-case words and a capital', () => {
  it('treats "airBaltic", "easyJet" and "groundWork" as capitalised, not a unit or a molecule', () => {
    for (const word of ['airBaltic', 'easyJet', 'groundWork', 'amaBhungane']) expect(tokenize(`the ${word} team`)[1]).toMatchObject({ text: word, capitalised: true });
    expect(tokenize('per mAh')[1]).toMatchObject({ capitalised: false });
    expect(tokenize('the tRNA strand')[1]).toMatchObject({ capitalised: false });
  });
});

describe("a French elided article before a capital", () => {
  it('reads "l\'Arc" as "d\'Ivoire" is read, inside a name', () => {
    expect(tokenize("the Prix de l'Arc de Triomphe")[3]).toMatchObject({ text: "l'Arc", capitalised: true });
    expect(tokenize('the Musée de l’Homme')[3]).toMatchObject({ text: 'l’Homme', capitalised: true });
  });
});

describe('an en dash inside a name', () => {
  it('joins two words where the name goes on after them', () => {
    expect(tokenize('the Danube–Black Sea Canal').map((t) => t.text)).toEqual(['the', 'Danube–Black', 'Sea', 'Canal']);
    // Look-alike: a route between two places, whose name does not go on in capitals, is two names.
    expect(tokenize('the São Paulo–Rio de Janeiro route').map((t) => t.text)).toEqual(['the', 'São', 'Paulo', 'Rio', 'de', 'Janeiro', 'route']);
  });
});
