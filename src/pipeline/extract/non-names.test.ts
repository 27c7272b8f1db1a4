import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import { isCommonNounName, isNumberedPart, isRouteBetweenPlaces } from './non-names';
import { isNationalSportsBody } from './sports';
import { namesIn as names } from './candidate-type.test-helper';

const extract = (paragraphs: string[]) =>
  extractArticle({ id: 'a', title: 'A Headline About Nothing In Particular', paragraphs }).map((o) => `${o.knownName ?? o.text}/${o.type}`);

describe('twelfth-round rules', () => {
  it('finds no name in a unit, a capitalised common noun or a span of months', () => {
    expect(isCommonNounName(['Celsius'])).toBe(true);
    expect(isCommonNounName(['July-September'])).toBe(true);
    expect(isCommonNounName(['Old', 'Master'])).toBe(true);
    expect(isCommonNounName(['Old', 'Masters', 'Evening', 'Sale'])).toBe(false);
    expect(names('Heat reached 40 degrees Celsius as Tomas Vek spoke.')).toEqual(['Tomas Vek']);
    expect(names('The port handled two million TEUs and a 50 MW plant opened, Tomas Vek said.')).toEqual(['Tomas Vek']);
    expect(names('Profit in the April-June quarter rose, Korvo said.')).not.toContain('April-June');
    // Look-alikes: in a longer name the word stays, and a month beside a non-month is no span.
    expect(isCommonNounName(['AI', 'Safety', 'Institute'])).toBe(false);
    expect(isCommonNounName(['July-Kestrel'])).toBe(false);
  });

  it('finds no name in capitals in brackets that spell the lower-case words before them', () => {
    expect(names('They built a high-voltage direct current (HVDC) line for Kestrel Grid.')).toEqual(['Kestrel Grid']);
    expect(names('It added battery energy storage systems (BESS) last year.')).toEqual([]);
    // Look-alike: a body written in lower case with "of" keeps its short form.
    expect(names('The ministry of health (MOH) said so.')).toEqual(['MOH']);
  });

  it('drops every later mention of a short form the article defined by lower-case words', () => {
    const texts = (paragraphs: string[]) => extract(paragraphs).map((o) => o.split('/')[0]);
    expect(texts(['Kestrel holds a mineral production sharing agreement (MPSA) until 2034.', 'The MPSA lets Kestrel mine nickel.'])).toEqual(['Kestrel', 'Kestrel']);
    // A letter from inside a word; and "and" skipped.
    expect(texts(['Girls get the human papillomavirus (HPV) vaccine.', 'HPV causes most cervical cancers.'])).toEqual([]);
    expect(texts(['The firm posted earnings before interest and taxes (EBIT) of $2 billion.', 'Its EBIT rose.'])).toEqual([]);
    // Look-alikes: a body written in lower case with "of", and a short form from one word alone.
    expect(texts(['The ministry of health (MOH) said so.', 'The MOH said more.'])).toEqual(['MOH', 'MOH']);
    expect(texts(['The armed forces (FAKX) said so.', 'The FAKX said more.'])).toEqual(['FAKX', 'FAKX']);
  });

  it('finds no name in a time zone, a tournament\'s group or "the Opposition"', () => {
    expect(names('Trading opens at 0900 GMT, Korvo said.')).toEqual(['Korvo']);
    expect(names('Kestrel FC top Group D after the win.')).not.toContain('Group D');
    expect(names('The Opposition leader, Tomas Vek, objected.')).not.toContain('Opposition');
    expect(names('The President of the Republic, Tomas Vek, objected.')).not.toContain('Republic');
    expect(names('The Republic of Kestrel objected.')).toContain('Republic of Kestrel');
    // Look-alikes: in a longer name the words stay.
    expect(isCommonNounName(['Group', 'of', 'Seven'])).toBe(false);
    expect(isCommonNounName(['Opposition', 'Coalition'])).toBe(false);
  });

  it('joins "and" after a law\'s own acronym when a law\'s word ends the name', () => {
    expect(names('Korvo won grants under the CHIPS and Science Act last year.')).toContain('CHIPS and Science Act');
    // Look-alike: no law's word after "and", so two names.
    expect(names('Korvo met KVTB and Science Advisers on Monday.')).not.toContain('KVTB and Science Advisers');
  });

  it('joins "of" after a plural of kin or fellowship: a party named "Brothers of <country>"', () => {
    expect(names('Members of Brothers of Italy spoke.')).toContain('Brothers of Italy');
    // Look-alike: a plain name before "of" is someone from somewhere.
    expect(names('Ana Brothers of Italy spoke.')).not.toContain('Ana Brothers of Italy');
  });

  it('types a country and a sport\'s word as that sport\'s national body', () => {
    expect(isNationalSportsBody('New Zealand Cricket')).toBe(true);
    expect(isNationalSportsBody('Cricket Australia')).toBe(true);
    // Look-alike: a town that is no known place, or no sport's word.
    expect(isNationalSportsBody('Kestrel Cricket')).toBe(false);
    expect(isNationalSportsBody('New Zealand Herald')).toBe(false);
  });

  it('types gardens and reserves as places, Spanish "Villa" towns too', () => {
    expect(extract(['Fire reached the Kestrel National Reserve and the Dunmore Botanical Garden near Villa Ortega.'])).toEqual(
      expect.arrayContaining(['Kestrel National Reserve/place', 'Dunmore Botanical Garden/place', 'Villa Ortega/place']),
    );
    // Look-alike: the Federal Reserve stays a body.
    expect(extract(['The Federal Reserve held rates.'])).toContain('Federal Reserve/organization');
  });

  it('types climate patterns, AI products and a prefixed index as "other"', () => {
    expect(extract(['El Niño dried the hills, and students asked ChatGPT about it while the BSE Sensex fell.'])).toEqual(
      expect.arrayContaining(['El Niño/other', 'ChatGPT/other', 'Sensex/other']),
    );
    // Look-alike: a man named Niño is still a person.
    expect(extract(['Mayor Carlos Niño said the hills were dry.'])).toContain('Carlos Niño/person');
  });

  it('makes a name of several words a person when "he" or "she" replaced it', () => {
    expect(extract(['Pike told reporters he replaced Oren Valdai in May.'])).toContain('Oren Valdai/person');
    // Look-alike: a company replacing a supplier says nothing of a person.
    expect(extract(['Korvo replaced Dunmore Tools in May.'])).not.toContain('Dunmore Tools/person');
  });

  it('types a competition known without a competition\'s word as an event', () => {
    expect(extract(["The team is building for next winter's Ashes in Australia."])).toContain('Ashes/event');
    // Look-alike: a place's name before "Cricket" is no event.
    expect(extract(['New Zealand Cricket picked the squad.'])).toContain('New Zealand Cricket/organization');
  });

  it('reads a common noun alone before its number as no name', () => {
    expect(isNumberedPart(['Section'], '107')).toBe(true);
    expect(isNumberedPart(['Phase'], '2')).toBe(true);
    // Look-alikes: a name of two words, and no number after.
    expect(isNumberedPart(['Kestrel', 'Section'], '107')).toBe(false);
    expect(isNumberedPart(['Section'], undefined)).toBe(false);
  });

  it('reads two places joined before a route\'s noun as the route\'s ends, no name', () => {
    expect(isRouteBetweenPlaces(['Dhaka-Tangail'], 'highway')).toBe(true);
    // Look-alikes: a prefixed name, a known country, and no route after it.
    expect(isRouteBetweenPlaces(['Trans-Canada'], 'highway')).toBe(false);
    expect(isRouteBetweenPlaces(['Guinea-Bissau'], 'road')).toBe(false);
    expect(isRouteBetweenPlaces(['Dhaka-Tangail'], 'in')).toBe(false);
  });
});

describe('the study of a place', () => {
  it('finds no name in a field named after a place, nor in those who study it', () => {
    expect(isCommonNounName(['Egyptology'])).toBe(true);
    expect(isCommonNounName(['Egyptologists'])).toBe(true);
  });

  it('keeps a body whose name has the ending but no place for a stem, and longer names', () => {
    // Look-alikes: "Scientology" (no place "Scient"), and a field inside a longer name.
    expect(isCommonNounName(['Scientology'])).toBe(false);
    expect(isCommonNounName(['Egyptology', 'Department'])).toBe(false);
  });
});

describe('viruses, languages and funding rounds', () => {
  it('are no names, while a body named with them still is', () => {
    expect(names('Moniepoint raised money in a Series D round.')).toEqual(['Moniepoint']);
    expect(names('The bonds were priced on Nov 27 in New York, Jan Novak said.')).toEqual(['New York', 'Jan Novak']);
    expect(names('An Arabic model was trained.')).toEqual([]);
    // Kinds of memory chip, but not a numbered generation.
    expect(names('DRAM and NAND prices rose as HBM demand grew and SK Hynix shipped HBM4.')).toEqual(['SK Hynix', 'HBM4']);
    // A picture's quality ("streams in HD").
    expect(names('Kestrel Media streams in HD and UHD.')).toEqual(['Kestrel Media']);
    // A warning's level; a firm named with the word stays a name.
    expect(names('Officials raised Signal No. 5 and kept Alert Level 3, then Level IV, said Level Five Partners.')).toEqual(['Level Five Partners']);
    // An amount with its currency fused to it; a road's letter and number stays a name.
    expect(names('MPs passed a Shs1.8 trillion budget, with Rs500 crore and KSh2bn for roads on the N1.')).toEqual(['N1']);
    expect(names('The mission has a Sanskrit name, and Malayalam and Gaelic films won.')).toEqual([]);
    expect(names('UNAIDS said new HIV infections fell.')).toEqual(['UNAIDS']);
    // A disease and a scan in capitals, an indigenous language, a people's name as its adjective, a band's unit.
    expect(names('Nurses took TB tests and chest X-rays at Kinngait.')).toEqual(['Kinngait']);
    // Garments and a manoeuvre named for a letter's shape.
    expect(names('The plant in Choloma sews T-shirts, and the bloc made a U-turn.')).toEqual(['Choloma']);
    expect(names('Kivalliq Radio airs Inuktitut news for Sámi and Quechua listeners on 700 MHz.')).toEqual(['Kivalliq Radio']);
    // Look-alike: a series named by a word, and a body named for a language.
    expect(isCommonNounName(['Series', 'Kestrel'])).toBe(false);
    expect(names('The Hindi Sahitya Sammelan met.')).toEqual(['Hindi Sahitya Sammelan']);
    // Peoples named together; their bodies keep their names.
    expect(names('Monitoring is run by First Nations and Métis communities near Kinngait.')).toEqual(['Kinngait']);
    expect(names('The Assembly of First Nations said so.')).toEqual(['Assembly of First Nations']);
  });
});

describe('capitals that are a currency, a grade or a vessel\'s kind', () => {
  it('names nothing by a dollar\'s country code, a notched credit grade or "FPSO"', () => {
    expect(names('The government expects about EC$120 million, up from NZ$5 million.')).toEqual([]);
    expect(names("Fitch lifted the rating to 'CCC+' and cut Acme to BB- this year.")).not.toContain('CCC+');
    expect(names("Fitch lifted the rating to 'CCC+' and cut Acme to BB- this year.")).not.toContain('BB-');
    expect(names('The FPSO is being built by SBM Offshore.')).toEqual(['SBM Offshore']);
    // Look-alike: the same capitals with no dollar sign fused to them stay a name.
    expect(names('The EC said so.')).toEqual(['EC']);
  });
});

describe('a unit of measure after its number', () => {
  it('opens no name: "the 90 MW Kestrel dam" names Kestrel', () => {
    expect(names('Next to the 90 MW Kestrel dam sits the 1.5 GW Harrow Falls station.')).toEqual(['Kestrel', 'Harrow Falls']);
    // Look-alike: capitals with no number before them stay a name.
    expect(names('The plant was built by MW Kestrel Holdings.')).toEqual(['MW Kestrel Holdings']);
  });
});

describe('weekdays in the plural', () => {
  it('are days, not names', () => {
    expect(names('Pascan will fly two trips on Fridays and Sundays to Kestrelton.')).toEqual(['Pascan', 'Kestrelton']);
    // Look-alike: a body named by them.
    expect(names('Fridays for Future marched.')).toEqual(['Fridays for Future']);
  });
});

describe('peoples\' names and degrees', () => {
  it('reads Indigenous peoples\' names used as adjectives, and a degree, as no names', () => {
    expect(names('Sami herders and Xinka leaders met Ibaloi elders in Oslo.')).toEqual(['Oslo']);
    expect(names('PhD students and MBA graduates marched in Canberra.')).toEqual(['Canberra']);
    // Look-alike: their bodies keep their names.
    expect(names('The Sami Parliament met.')).toEqual(['Sami Parliament']);
  });
});
