import { describe, expect, it } from 'vitest';
import { articleEntities, candidatesIn, typeOf } from './candidate-type.test-helper';
import { extractArticle } from './extract-article';

// Class words, describing phrases, products and person evidence added from blind rounds 21-24 (classify.ts).
describe('classify: festivals, boulevards, publishers, shipping lines and surname spellings', () => {
  it('reads a festival named head first, a boulevard, a publisher and a shipping line', () => {
    expect(typeOf('Crowds came to the Festival Internacional Cervantino again.', 'Festival Internacional Cervantino')).toBe('event');
    expect(typeOf('Traffic stopped on Boulevard Ghandi overnight.', 'Boulevard Ghandi')).toBe('place');
    expect(typeOf('It is due next year from Istros Books in London.', 'Istros Books')).toBe('organization');
    expect(typeOf('The ferry operator Visayan Star Lines apologised.', 'Visayan Star Lines')).toBe('organization');
  });

  it('takes a Slavic, Romanian or Georgian surname spelling last as person evidence, not any name', () => {
    expect(typeOf('The prize is named after Ivo Andrić in Belgrade.', 'Ivo Andrić')).toBe('person');
    expect(typeOf('Critics compared it with Ana Popescu today.', 'Ana Popescu')).toBe('person');
    // Look-alike: an unknown two-word name without such an ending stays a body until proven.
    expect(typeOf('The prize is backed by Creative Europe today.', 'Creative Europe')).not.toBe('person');
  });

  it("takes a Gaelic surname's prefix last as person evidence ('Miles McBride'), not a brand's capital inside", () => {
    expect(typeOf('The Knicks sent guard Miles McBride and picks.', 'Miles McBride')).toBe('person');
    expect(typeOf('It was Sinead O’Connell again.', 'Sinead O’Connell')).toBe('person');
    expect(typeOf('The deal covers Solar PowerGrid and more.', 'Solar PowerGrid')).not.toBe('person');
  });
});

describe('classify: a described name whose phrase opens with a name', () => {
  it("reads a name's possessive as the phrase's determiner ('Takeda's dengue vaccine Qdenga')", () => {
    expect(typeOf("Regulators approved Takeda's dengue vaccine Qdenga on Monday.", 'Qdenga')).toBe('other');
  });

  it('reads an apposition whose head a place or a "-based" place qualifies', () => {
    expect(typeOf('It sells through Medivera, a Manila-based distributor, and others.', 'Medivera')).toBe('organization');
    expect(typeOf('The deal brings in Ornivo, a Helsinki software startup whose tools help.', 'Ornivo')).toBe('organization');
    // Look-alike: a name filling the whole phrase is no qualifier ("the Helsinki Times").
    expect(typeOf('The deal brings in Ornivo, a Helsinki Times favourite, too.', 'Ornivo')).not.toBe('organization');
  });
});

describe('classify: products named by a brand noun or a letter-and-number model', () => {
  it('types an unknown name before "brand" as a product, and a letter-number model', () => {
    expect(typeOf('It ships memory sold under the Shinebolt brand in Asia.', 'Shinebolt')).toBe('other');
    expect(typeOf('The chip, called Kestrel X2, trains models.', 'Kestrel X2')).toBe('other');
    // Look-alikes: a known company's brand is the company; a given name before a letter is a person's.
    expect(typeOf('Margins at the Lufthansa brand must rise.', 'Lufthansa')).toBe('organization');
    expect(typeOf('Fans cheered for Malcolm X today.', 'Malcolm X')).not.toBe('other');
  });
});

describe('classify: a Korean name, a volcano and a circuit named head first', () => {
  it('takes a family name and a two-syllable given name as person evidence', () => {
    expect(typeOf('The ballad was sung by Seo Ha-neul last year.', 'Seo Ha-neul')).toBe('person');
    // Look-alike: an English compound of that shape is no given name.
    expect(typeOf('Plans for Post Follow-up stalled.', 'Post Follow-up')).not.toBe('person');
  });

  it('reads Volcán and Circuit opening a place name', () => {
    expect(typeOf('Ash fell from Volcán de Fuego overnight.', 'Volcán de Fuego')).toBe('place');
    expect(typeOf('He won at Circuit Ricardo Tormo last year.', 'Circuit Ricardo Tormo')).toBe('place');
  });
});

describe('classify: a prize and its field', () => {
  it('keeps "in" inside a prize\'s name and types it as a prize', () => {
    expect(candidatesIn('She won the Nobel Prize in Literature in 2019.').map((c) => c.text)).toContain('Nobel Prize in Literature');
    expect(typeOf('She won the Nobel Prize in Literature in 2019.', 'Nobel Prize in Literature')).toBe('other');
    // Look-alike: a body's name then "in" and a place stays two names.
    expect(candidatesIn('The Nobel Committee in Oslo met.').map((c) => c.text)).not.toContain('Nobel Committee in Oslo');
  });
});

describe('classify: a maker and its aircraft named by number and capitals', () => {
  it('keeps "Boeing 737 MAX 9" whole and types it as a product', () => {
    const sentence = 'Copa Airlines diverted an inbound Boeing 737 MAX 9 from Panama City.';
    expect(candidatesIn(sentence).map((c) => c.text)).toContain('Boeing 737 MAX 9');
    expect(typeOf(sentence, 'Boeing 737 MAX 9')).toBe('other');
    // Look-alike: a count after a company's name is no model ("Boeing 150 jets").
    expect(candidatesIn('It ordered from Boeing 150 jets in all.').map((c) => c.text)).not.toContain('Boeing 150');
  });

  it('types a variant with its family\'s own name after it ("Boeing 787-9 Dreamliner") and a code in capitals ("A321XLR") as products', () => {
    expect(typeOf('Gulf Air ordered 12 Boeing 787-9 Dreamliner aircraft.', 'Boeing 787-9 Dreamliner')).toBe('other');
    expect(typeOf('Air Arabia signed for 20 Airbus A321XLR jets.', 'Airbus A321XLR')).toBe('other');
    // A known product of two words with its version's number ("Mistral Large" is listed).
    expect(candidatesIn('Mistral AI released Mistral Large 4 on Tuesday.').map((c) => c.text)).toContain('Mistral Large 4');
    expect(typeOf('Mistral AI released Mistral Large 4 on Tuesday.', 'Mistral Large 4')).toBe('other');
    expect(candidatesIn('Mistral Large has 3 million users.').map((c) => c.text)).toEqual(['Mistral Large']);
    // Look-alike: a company's unit after its name stays the company's ("Boeing Commercial Airplanes").
    expect(typeOf('Boeing Commercial Airplanes said deliveries rose.', 'Boeing Commercial Airplanes')).toBe('organization');
  });
});

describe('classify: an arena named for its sponsor', () => {
  it('types "Allianz Arena" a place though a company opens it', () => {
    expect(typeOf('They won at the Allianz Arena on Tuesday.', 'Allianz Arena')).toBe('place');
    // Look-alike: the sponsor alone stays the company.
    expect(typeOf('Allianz said profits rose.', 'Allianz')).toBe('organization');
  });
});

describe('classify: racetracks', () => {
  it('reads a circuit or speedway as a place, and a name after it as its own', () => {
    expect(typeOf('The season ends at Yas Marina Circuit on Dec. 6.', 'Yas Marina Circuit')).toBe('place');
    expect(typeOf('He won at Kestrel Motor Speedway last year.', 'Kestrel Motor Speedway')).toBe('place');
    const names = candidatesIn('The series moves to the Lusail International Circuit for the Qatar Grand Prix next.').map((c) => c.text);
    expect(names).toEqual(['Lusail International Circuit', 'Qatar Grand Prix']);
    // Look-alikes: an appeals court's circuit, and a body's "for" that does join.
    expect(typeOf('The ruling was upheld by the Ninth Circuit on Monday.', 'Ninth Circuit')).toBe('organization');
    expect(candidatesIn('The International Committee for the Red Cross said so.').map((c) => c.text)).toEqual(['International Committee for the Red Cross']);
  });
});

describe('classify: schools', () => {
  it('reads a school as a body, with its "of" field', () => {
    expect(candidatesIn('She is an endocrinologist at the Yale School of Medicine and led the study.').map((c) => c.text)).toEqual(['Yale School of Medicine']);
    expect(typeOf('She teaches at Kestrel Business School in Leeds.', 'Kestrel Business School')).toBe('organization');
    // Look-alike: a school district is still the district's body, not a place.
    expect(typeOf('The Austin Independent School District said so.', 'Austin Independent School District')).toBe('organization');
  });
});

describe('classify: initials', () => {
  it('reads initials before a surname as a person, unless the initials are a known name', () => {
    expect(typeOf('The pyramid designed by I.M. Pei opened in 1989.', 'I.M. Pei')).toBe('person');
    // Look-alike: a country's initials before a company's word.
    expect(typeOf('Shares of U.S. Steel rose on Monday.', 'U.S. Steel')).toBe('organization');
  });
});

describe('classify: awards of the year, power stations, names with a plus', () => {
  it('reads them whole and types them', () => {
    expect(typeOf('She was nominated for Album of the Year on Friday.', 'Album of the Year')).toBe('other');
    expect(typeOf('Shelling cut power to the Zaporizhzhia Nuclear Power Plant again.', 'Zaporizhzhia Nuclear Power Plant')).toBe('place');
    expect(typeOf('The series streams on Paramount+ from Friday.', 'Paramount+')).toBe('organization');
    expect(typeOf('OPEC+ agreed to pause output increases.', 'OPEC+')).toBe('organization');
    // Look-alikes: a singer named Plant, and a sum.
    expect(typeOf('The album by Robert Plant was reissued.', 'Robert Plant')).toBe('person');
    expect(candidatesIn('He wrote C++ code for 2+2 sums.').map((c) => c.text)).not.toContain('C+');
  });

  it('keeps a middle initial inside a name after a company\'s title', () => {
    expect(candidatesIn('Samsung Electronics Chairman Jay Y. Lee met him.').map((c) => c.text)).toContain('Jay Y. Lee');
  });
});

describe('classify: journals, salt flats, ordinances', () => {
  it('reads journals named in a list after "journals", a salar and an ordinance', () => {
    const found = extractArticle({ id: 'a', title: 'x', paragraphs: ['The results, published in journals including Science and Nature, were new.'] });
    expect(found.map((o) => `${o.text}/${o.type}`)).toEqual(['Science/organization', 'Nature/organization']);
    expect(typeOf('Brine is pumped from the Salar de Atacama every day.', 'Salar de Atacama')).toBe('place');
    expect(typeOf('They are the first licences under the Stablecoins Ordinance this year.', 'Stablecoins Ordinance')).toBe('other');
  });
});


describe("performing companies' words", () => {
  it('make an orchestra, an opera or a ballet company a body, not its city', () => {
    expect(typeOf('The Kestrel Philharmonic will play it.', 'Kestrel Philharmonic')).toBe('organization');
    expect(typeOf('It opens at the Metropolitan Opera next year.', 'Metropolitan Opera')).toBe('organization');
    expect(typeOf('The Royal Ballet will dance it.', 'Royal Ballet')).toBe('organization');
  });
});

describe("a medicine's describing noun", () => {
  it('makes the brand after a treatment, therapy or shot a product', () => {
    const sentence = 'Its portfolio holds the breast cancer treatment Kordelvy, the cell therapies Vescarta and the prevention shot Zeztugo.';
    expect(['Kordelvy', 'Vescarta', 'Zeztugo'].map((n) => typeOf(sentence, n))).toEqual(['other', 'other', 'other']);
    // Look-alike: a company named after the drug company's noun stays a company.
    expect(typeOf('Shares of the drug company Kestrelon rose.', 'Kestrelon')).toBe('organization');
  });
});

describe('a code of capitals and a number', () => {
  it('names a model, a chip or a service, unless the sentence says a body', () => {
    const sentence = "It connects to the company's YU7 vehicle and uses HBM4 memory and J-35A jets.";
    expect(['YU7', 'HBM4', 'J-35A'].map((n) => typeOf(sentence, n))).toEqual(['other', 'other', 'other']);
    // Look-alikes: "the M23 rebels" is a body; one letter and one digit says nothing either way.
    expect(typeOf('Fighting with the M23 rebels went on.', 'M23')).toBe('organization');
    expect(typeOf('Shares of Kestrel and XYZ rose.', 'XYZ')).toBe('organization');
  });
});

describe('classify: words of a name (rounds 45-46)', () => {
  it('reads gauges headed "Index of", award categories, and bodies "for" an event', () => {
    expect(typeOf('Inflation, as measured by the Harmonised Index of Consumer Prices (HICP), rose.', 'Harmonised Index of Consumer Prices')).toBe('other');
    expect(typeOf('They also won Best Male Group on the night.', 'Best Male Group')).toBe('other');
    expect(typeOf('Observers from the Asian Network for Free Elections spoke.', 'Asian Network for Free Elections')).toBe('organization');
    // Look-alike: an event's word last with no body's head before it stays an event.
    expect(typeOf('Observers of the Kestrel Free Elections spoke.', 'Kestrel Free Elections')).toBe('event');
  });

  it('reads exhibitions, ice shelves, research ships, icebreakers and a company\'s money service', () => {
    expect(typeOf('The deal was signed at the China International Aviation and Aerospace Exhibition in Zhuhai.', 'China International Aviation and Aerospace Exhibition')).toBe('event');
    expect(typeOf('The ice off the Shackleton Ice Shelf broke.', 'Shackleton Ice Shelf')).toBe('place');
    expect(typeOf('Crews aboard the RSV Nuyina left Hobart.', 'RSV Nuyina')).toBe('other');
    expect(typeOf('The German icebreaker Polarstern left Bremerhaven.', 'Polarstern')).toBe('other');
    expect(typeOf('Users of Airtel Money grew.', 'Airtel Money')).toBe('other');
  });
});

describe('classify: "Energy" last', () => {
  it('types a name ending in "Energy" as a company, not a minister\'s title', () => {
    expect(typeOf('Essential Energy said 9,000 customers were without power.', 'Essential Energy')).toBe('organization');
    expect(candidatesIn('Energy Minister Ana Ruiz said so.').map((c) => c.text)).toEqual(['Ana Ruiz']);
  });
});

describe('a pass, a park and a street named after a ruler', () => {
  it('types them by their last word, keeping the ruler\'s title in the park\'s name', () => {
    expect(typeOf('The Hai Van Pass was closed by landslides.', 'Hai Van Pass')).toBe('place');
    expect(typeOf('Projects in the capital such as King Salman Park kept their funding.', 'King Salman Park')).toBe('place');
    expect(typeOf('Omar Yaghi won the King Faisal Prize in 2015.', 'King Faisal Prize')).toBe('other');
    // A street too, of two words: "its King Street saleroom".
    expect(typeOf('It sold at its King Street saleroom in July.', 'King Street')).toBe('place');
    // Look-alike: the ruler alone is a person, his title split off.
    expect(typeOf('King Salman said so.', 'Salman')).toBe('person');
  });
});

describe('a Sikh middle name', () => {
  it('says a person, where no other evidence does', () => {
    expect(typeOf('AAP candidate Rupinder Kaur Chahal won the seat.', 'Rupinder Kaur Chahal')).toBe('person');
    expect(typeOf('The Partap Singh Bajwa camp won.', 'Partap Singh Bajwa')).toBe('person');
    // Look-alike: a body named for a person keeps its body's word.
    expect(typeOf('The Guru Gobind Singh Foundation met.', 'Guru Gobind Singh Foundation')).toBe('organization');
  });
});

describe('schemes, palaces, entertainment centres and a price opening a sentence', () => {
  it('types an Indian scheme as an initiative, a palace and an entertainment centre as places', () => {
    expect(typeOf('The Mukh Mantri Sehat Yojana covers families.', 'Mukh Mantri Sehat Yojana')).toBe('other');
    expect(typeOf('The council meets at Palazzo Marino on Monday.', 'Palazzo Marino')).toBe('place');
    expect(typeOf('Fans packed the Stawell Entertainment Centre.', 'Stawell Entertainment Centre')).toBe('place');
    // Look-alike: a company's entertainment arm is no venue.
    expect(typeOf('Kestrel Entertainment said so.', 'Kestrel Entertainment')).toBe('organization');
  });

  it('leaves "Benchmark" out of the name it opens', () => {
    expect(candidatesIn('Benchmark Brent crude fell 2%.').map((c) => c.text)).toEqual(['Brent']);
  });
});

describe('Italian streets, islands and a nationality of two words', () => {
  it('opens a place with "Via" and "Isle", and leaves a nationality out of the name after it', () => {
    expect(typeOf('The boutique on Via Montenapoleone opened.', 'Via Montenapoleone')).toBe('place');
    expect(typeOf('She grew up on the Isle of Lewis.', 'Isle of Lewis')).toBe('place');
    expect(candidatesIn('New Zealander Sophie Devine took three wickets.').map((c) => [c.text, c.role])).toEqual([['Sophie Devine', 'New Zealander']]);
    expect(candidatesIn('The side was led by South African Wayde van Niekerk.').map((c) => c.text)).toEqual(['Wayde van Niekerk']);
    // Look-alikes: a company named for its country keeps it; the preposition opening a sentence is no street.
    expect(candidatesIn('South African Airways said so.').map((c) => c.text)).toEqual(['South African Airways']);
    expect(candidatesIn('Via its unit, Kestrel bought shares.').map((c) => c.text)).toEqual(['Kestrel']);
  });
});

describe('classify: French prizes and electric races', () => {
  it('types "Prix Femina" as a prize and "Mexico City E-Prix" as a race', () => {
    expect(typeOf('She was shortlisted for the Prix Femina this year.', 'Prix Femina')).toBe('other');
    expect(typeOf('Wehrlein won the Mexico City E-Prix on Saturday.', 'Mexico City E-Prix')).toBe('event');
    // Look-alike: "Grand Prix" stays a race.
    expect(typeOf('He won the Brazilian Grand Prix on Sunday.', 'Brazilian Grand Prix')).toBe('event');
  });
});

describe('classify: South Asian place and event words', () => {
  it('types ghats and railway junctions as places, melas and parikramas as events', () => {
    const sentence = 'Pilgrims bathed at Naya Ghat during the Kartik Mela before the Panchkosi Parikrama, and trains reached Ayodhya Dham Junction.';
    expect(['Naya Ghat', 'Kartik Mela', 'Panchkosi Parikrama', 'Ayodhya Dham Junction'].map((name) => typeOf(sentence, name))).toEqual(['place', 'event', 'event', 'place']);
  });
});

describe('classify: a carnival', () => {
  it('types a town\'s carnival as an event, not the town', () => {
    expect(typeOf('Crowds gathered for the Kestrel Carnival on the island.', 'Kestrel Carnival')).toBe('event');
    expect(typeOf('Crowds gathered for the Kestrel Carnaval on the island.', 'Kestrel Carnaval')).toBe('event');
  });
});

describe('classify: laws named in other languages, a constitution, temples', () => {
  it('types "Lei da Ficha Limpa" and "the Constitution" as laws and "Krishna Mandir" as a place', () => {
    const sentence = 'Judges cited the Lei da Ficha Limpa, as the Constitution says, before prayers at the Krishna Mandir.';
    expect(['Lei da Ficha Limpa', 'Constitution', 'Krishna Mandir'].map((name) => typeOf(sentence, name))).toEqual(['other', 'other', 'place']);
    // Look-alikes: a person named Lei, a street named for the constitution.
    expect(typeOf('Lei Jun, who founded Xiaomi, said sales rose.', 'Lei Jun')).not.toBe('other');
    expect(typeOf('They marched down Constitution Avenue.', 'Constitution Avenue')).toBe('place');
  });
});

describe('classify: season finals and gymnasiums', () => {
  it('reads a name ending in "Finals" as an event and one ending in "Gymnasium" as a place', () => {
    expect(typeOf("Seeds will lead the field at next month's KBF Grand Tour Finals in Osaka.", 'KBF Grand Tour Finals')).toBe('event');
    expect(typeOf('The event will be held from Dec 16 to 20 at the Ningbo Olympic Sports Center Gymnasium with prize money of $2 million.', 'Ningbo Olympic Sports Center Gymnasium')).toBe('place');
  });
});

describe('classify: a refiner', () => {
  it('types a name ending in "Refining" as a company', () => {
    expect(typeOf('Gulf Kestrel Refining said the unit had started up.', 'Gulf Kestrel Refining')).toBe('organization');
  });
});

describe('classify: Spanish and Malay head words', () => {
  it('reads a Spanish builder, a lagoon and Malay hills and valleys by their first word', () => {
    expect(typeOf('The contract went to Constructora Río Loa on Monday.', 'Constructora Río Loa')).toBe('organization');
    expect(typeOf('Hikers leave from Laguna Amarga each morning.', 'Laguna Amarga')).toBe('place');
    expect(typeOf('Tunnels under Bukit Barisan were delayed.', 'Bukit Barisan')).toBe('place');
    expect(typeOf('The road near Lembah Anai was closed.', 'Lembah Anai')).toBe('place');
  });
});

describe('classify: a place\'s water utility', () => {
  it('reads a city and "Water" as the utility', () => {
    expect(typeOf('Halifax Water said the pipes would be replaced.', 'Halifax Water')).toBe('organization');
  });
});

describe('classify: a road\'s code before its kind and "road"', () => {
  it('reads the code as the road', () => {
    expect(typeOf('The bridge carries the DN39 national road south from Constanta.', 'DN39')).toBe('place');
    const names = (text: string) => articleEntities([text]).map((e) => e.name);
    expect(names('Contracts cover the A2 main road between the towns.')).toEqual(['A2']);
    // Look-alike: a letter and digits before another noun name no road.
    expect(names('Contracts cover the A2 main contract for the towns.')).toEqual([]);
  });
});

describe('classify: a producer who is a person, and a film company', () => {
  it('reads a given name after "producer" as a person, and "Pictures" as a company\'s word', () => {
    expect(typeOf('Jordanian producer Rami Haddad, whose comedy won money, was there.', 'Rami Haddad')).toBe('person');
    expect(typeOf('Lunaria Pictures said its film had been held up.', 'Lunaria Pictures')).toBe('organization');
    // Look-alike: a company after "producer", with no given name first.
    expect(typeOf('Jordanian producer Kestrel Minerals, whose mine opened, was there.', 'Kestrel Minerals')).toBe('organization');
  });
});

describe('classify: a prison, and a company named for its solutions', () => {
  it('reads "Prison" as a place\'s last word and "Solutions" as a company\'s', () => {
    expect(typeOf('Limerick Prison and Kestrel House have held more women than beds.', 'Limerick Prison')).toBe('place');
    expect(typeOf('It bought kits from Tumaini Power Solutions last year.', 'Tumaini Power Solutions')).toBe('organization');
  });
});
