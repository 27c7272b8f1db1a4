import { describe, expect, it } from 'vitest';
import { candidatesIn, typeOf, namesIn as names } from './candidate-type.test-helper';
import { findCandidates } from './candidates';
import { tokenize } from './tokens';

// Where names begin and end: titles, numbers, church bodies and short forms (rounds 33-38).

describe('findCandidates: a place of several words in a title', () => {
  it('splits the title off a long name after it, honorific and all', () => {
    expect(names('He met United Arab Emirates President Sheikh Hamdan bin Rashid Al Kestrel on Monday.')).toEqual([
      'United Arab Emirates',
      'Hamdan bin Rashid Al Kestrel',
    ]);
    // Look-alike: the place opening a body's or a site's name stays in it.
    expect(names('He flew to Hong Kong International Airport.')).toEqual(['Hong Kong International Airport']);
  });
});

describe('findCandidates: an ordinal in figures inside a name', () => {
  it('keeps "5th" before a court\'s circuit, an amendment or a division, after "for the" too', () => {
    expect(names('The U.S. Court of Appeals for the 5th Circuit let the law stand.')).toEqual(['U.S. Court of Appeals for the 5th Circuit']);
    expect(names('The 9th Circuit agreed, citing the 14th Amendment.')).toEqual(['9th Circuit', '14th Amendment']);
    // Look-alike: a rank in a race or a list is no name's word.
    expect(names('Kestrel finished 5th in the race.')).toEqual(['Kestrel']);
  });

  it('keeps the count of a body\'s summits: "the 47th ASEAN Summit"', () => {
    expect(names('Leaders met at the 47th ASEAN Summit in Kestrel.')).toEqual(['47th ASEAN Summit', 'Kestrel']);
    // Look-alike: an ordinal before other words stays out ("the 2nd Kestrel Festival").
    expect(names('She won the 2nd Kestrel Festival.')).toEqual(['Kestrel Festival']);
  });
});

describe('findCandidates: an event named by its head and year', () => {
  it('keeps the year with "Expo" or "Euro", as an event', () => {
    expect(names('They booked hotels for the Expo 2030 in Riyadh.')).toEqual(['Expo 2030', 'Riyadh']);
    expect(typeOf('Hotels are booked for the Expo 2030 in Riyadh.', 'Expo 2030')).toBe('event');
    // Look-alike: a year after another word stays apart ("in Riyadh 2030 targets"); before a
    // plan's noun it is the plan's (year-names.ts).
    expect(names('The Kestrel 2030 targets were shelved.')).not.toContain('Kestrel 2030');
  });

  it("keeps a plan's or a law's year after its own word", () => {
    expect(names("The WHO's Immunization Agenda 2030 aims to halve it.")).toContain('Immunization Agenda 2030');
    expect(names('It acts under the Online Safety Act 2023 and the Paris Agreement in 2015.')).toEqual(['Online Safety Act 2023', 'Paris Agreement']);
  });
});

describe('findCandidates: plural titles and a generation\'s suffix', () => {
  it('splits a plural title off the names it heads, and keeps "III" in the name after a title', () => {
    expect(names('A bloc including Senators Bong Dalisay and Robin Kestrel voted no.')).toEqual(['Bong Dalisay', 'Robin Kestrel']);
    expect(names('Ministers Luísa Prado Vieira and Dias Toffoli voted with the rapporteur.')).toEqual(['Luísa Prado Vieira', 'Dias Toffoli']);
    expect(names('Senate President Vicente Marasigan III spoke.')).toEqual(['Vicente Marasigan III']);
    expect(names('Another ally, Senator Ronald dela Cruzada, stayed away.')).toContain('Ronald dela Cruzada');
  });
});

describe('findCandidates: a church\'s bodies and sites', () => {
  it('keeps a saint\'s basilica, a bishops\' conference, a diocese\'s and a dicastery\'s names whole', () => {
    expect(names('They filled St. Anselm\'s Basilica on Sunday.')).toEqual(['St. Anselm\'s Basilica']);
    expect(names('He heads the Council of the Bishops\' Conferences in Kestrelia.')).toContain("Council of the Bishops' Conferences");
    expect(names('He leads the Archdiocese for the Military Services.')).toEqual(['Archdiocese for the Military Services']);
    expect(names('He was prefect of the Dicastery for Bishops.')).toEqual(['Dicastery for Bishops']);
    expect(typeOf('He was prefect of the Dicastery for Bishops.', 'Dicastery for Bishops')).toBe('organization');
  });

  it("splits a title off a name closed by a reign's number", () => {
    expect(names('He met Ecumenical Patriarch Bartholomew I in Iznik.')).toEqual(['Bartholomew I', 'Iznik']);
    // Look-alike: a possessive before a body's own name is the owner's ("Kestrelia's Basilica" is no name of one).
    expect(names("Mexico's Basilica crowds grew.")).not.toContain("Mexico's Basilica");
  });
});

describe('findCandidates: short forms', () => {
  it("takes a plural name's acronym with its \"s\" and a web address in capitals", () => {
    const found = candidatesIn('It uses its own Tensor Processing Units (TPUs) and Kestrel.AI tools.');
    expect(found.find((c) => c.text === 'Tensor Processing Units')?.acronym).toBe('TPUs');
    expect(found.map((c) => c.text)).toContain('Kestrel.AI');
    // Look-alike: a singular name takes no "s" acronym.
    expect(candidatesIn('It joined the Kestrel Processing Unit (KPUs) group.').find((c) => c.text === 'Kestrel Processing Unit')?.acronym).toBeUndefined();
  });
});

describe('findCandidates: "Chief of Staff" and a general staff', () => {
  it('splits "Chief of Staff" off the name as one title, and keeps a general staff a body', () => {
    expect(names('He met Chief of Staff Susie Wiles on Monday.')).toEqual(['Susie Wiles']);
    expect(names('Army Chief of Staff Randy George spoke.')).toEqual(['Randy George']);
    expect(names('The General Staff of the Armed Forces of Ukraine said so.')).toEqual(['General Staff of the Armed Forces of Ukraine']);
    expect(names('He briefed the Joint Chiefs of Staff on Monday.')).toEqual(['Joint Chiefs of Staff']);
  });
});

describe("findCandidates: a country's short form before its region", () => {
  it('names the country and the region apart ("the U.S. Gulf Coast")', () => {
    expect(names('Exports from the U.S. Gulf Coast rose.')).toEqual(['U.S.', 'Gulf Coast']);
    // Look-alike: a territory named with it stays whole.
    expect(names('Ships reached the U.S. Virgin Islands.')).toEqual(['U.S. Virgin Islands']);
  });
});

describe('findCandidates: numbered bills', () => {
  it('keeps a bill\'s number, and ends a numbered name before "and"', () => {
    expect(names('Lawmakers passed it as House Bill 1126, under Resolution 2719 and Senate Bill 5.')).toEqual(['House Bill 1126', 'Resolution 2719', 'Senate Bill 5']);
  });
});

describe('findCandidates: a shared post', () => {
  it('splits a "Co-" title off the name', () => {
    expect(names('Co-Chief Executive Greg Petersen said the service grew.')).toEqual(['Greg Petersen']);
    expect(names('Netflix Co-Founder Reed Halvorsen agreed.')).toEqual(['Netflix', 'Reed Halvorsen']);
  });
});

describe('findCandidates: numbered works, channels and prizes for a field', () => {
  it('keeps "No. 5" with its work, a station its number, and a prize its "for" field', () => {
    expect(names('She played Symphony No. 5 on BBC Radio 3.')).toEqual(['Symphony No. 5', 'BBC Radio 3']);
    expect(typeOf('She played Symphony No. 5 on BBC Radio 3.', 'Symphony No. 5')).toBe('other');
    // A body numbered among its kind is still a body.
    expect(typeOf('Kestrel Urban Railway Company No. 1 runs the line.', 'Kestrel Urban Railway Company No. 1')).toBe('organization');
    expect(names('She won the National Prize for Arts and Literature in 1989.')).toEqual(['National Prize for Arts and Literature']);
    expect(typeOf('She won the Kestrel Award for Music Composition.', 'Kestrel Award for Music Composition')).toBe('other');
    // Look-alikes: a rank's number opens no name, nor does an answer "No." open the next sentence's.
    expect(names('The world No. 1 agreed.')).toEqual([]);
    expect(names('No. It was not Kestrel.')).toEqual(['Kestrel']);
  });
});

describe('findCandidates: holidays of two words, "Bros." and a legal form without its dot', () => {
  it('names no holiday, keeps "Warner Bros. Discovery" whole and "Walt Disney Co" as the company', () => {
    expect(names('The slate has a Christmas Day NFL doubleheader and a show that ended on New Year\'s Eve.')).toEqual(['NFL']);
    expect(names('Trains were added ahead of the Lunar New Year, as before Chinese New Year in Kestrelton.')).toEqual(['Kestrelton']);
    expect(names('Paramount pursued Warner Bros. Discovery for months.')).toEqual(['Paramount', 'Warner Bros. Discovery']);
    expect(typeOf('Netflix and Walt Disney Co are heading into the season.', 'Walt Disney Co')).toBe('organization');
  });
});

describe('findCandidates: dotted initials after a title', () => {
  it('splits the title off a name that opens with initials', () => {
    expect(names('It was said by Union Minister H.D. Kumarasena on Monday.')).toEqual(['H.D. Kumarasena']);
  });
});

describe('findCandidates: numbered sites and national nouns', () => {
  it('keeps a launch pad\'s or a terminal\'s number, as a place; a national noun names no one', () => {
    const sentence = 'It lifted off from Launch Complex 3 while the Englishman and the Northern Irishman watched Terminal 5.';
    expect(names(sentence)).toEqual(['Launch Complex 3', 'Terminal 5']);
    expect(typeOf(sentence, 'Launch Complex 3')).toBe('place');
  });
});

describe('findCandidates: class nouns, compound adjectives, genres and long names after a title', () => {
  it('leaves out "Rivals", "-speaking", "-majority", "K-pop"; keeps a prosecutors\' office and a long Arabic name whole', () => {
    expect(names('Rivals Kestrel Entertainment and Toyota fell.')).toEqual(['Kestrel Entertainment', 'Toyota']);
    expect(names('The Muslim-majority region, the English-speaking world and K-pop fans agreed.')).toEqual([]);
    expect(names('It was filed at the Seoul Southern District Prosecutors\' Office on Monday.')).toEqual(["Seoul Southern District Prosecutors' Office"]);
    expect(names('U.N. Ambassador Al-Harith Idriss Al-Harith Mohamed spoke.')).toEqual(['U.N.', 'Al-Harith Idriss Al-Harith Mohamed']);
  });
});

describe('findCandidates: a common word opening a sentence', () => {
  it("keeps it where compromise knows it and the next word as a place's name ('New Delhi has ...')", () => {
    expect(names('New Delhi has courted the company.')).toEqual(['New Delhi']);
    // Look-alike: before a name it does not open, the common word goes.
    expect(names('New Kestrel plans were shown.')).toEqual(['Kestrel']);
  });

  it("keeps it where it opens a club's name a lexicon knows ('Real Madrid beat ...')", () => {
    expect(names('Real Madrid beat Panathinaikos 91-85.')).toEqual(['Real Madrid', 'Panathinaikos']);
  });
});

describe('findCandidates: grades and places of nature', () => {
  it("takes no credit grade for a name ('a Ba3 rating'), and a rainforest for a place", () => {
    expect(names("Moody's kept its Ba3 rating on Kestrel Bank.")).toEqual(['Moody', 'Kestrel Bank']);
    expect(typeOf('A pipeline through the Great Bear Rainforest was planned.', 'Great Bear Rainforest')).toBe('place');
    // Look-alike: a model's letter and digit is no grade ("Audi A3").
    expect(names('The Audi A3 sold well.')).toContain('Audi A3');
  });
});

describe('findCandidates: titles opening a sentence', () => {
  it("splits a treasurer's and a co-founder's title off the name", () => {
    expect(candidatesIn('Treasurer Jaclyn Symes said the budget was sound.').map((c) => [c.text, c.role])).toEqual([['Jaclyn Symes', 'Treasurer']]);
    expect(candidatesIn('Co-founder Guillaume Lample said so.').map((c) => [c.text, c.role])).toEqual([['Guillaume Lample', 'Co-founder']]);
  });
});

describe('findCandidates: ships named for people', () => {
  it("keeps the honorific inside a ship's name ('RRS Sir David Attenborough')", () => {
    expect(candidatesIn("Britain's RRS Sir David Attenborough is due next week.").map((c) => c.text)).toContain('RRS Sir David Attenborough');
    // Look-alike: with no ship's prefix, the honorific is a title.
    expect(candidatesIn('Then Sir David Attenborough spoke.').map((c) => [c.text, c.honorific])).toEqual([['David Attenborough', true]]);
  });
});

describe('findCandidates: a version with a decimal', () => {
  it('keeps "5.1" and "4.5" inside a model\'s name and "49.3" inside an article\'s', () => {
    expect(names("It beat OpenAI's GPT-5.1 and Anthropic's Claude Opus 4.5 on coding tests.")).toEqual(['OpenAI', 'GPT-5.1', 'Anthropic', 'Claude Opus 4.5']);
    expect(names('The government used Article 49.3 to pass the budget.')).toEqual(['Article 49.3']);
    // Look-alike: a figure after a name is no part of it.
    expect(names('Kestrel shares rose 4.5 percent.')).toEqual(['Kestrel']);
  });
});

describe('findCandidates: a saint\'s possessive', () => {
  it('keeps "St James\' Park" and "St Mary\'s Hospital" whole', () => {
    expect(names("Newcastle won at St James' Park on Sunday.")).toEqual(['Newcastle', "St James' Park"]);
    expect(names("She was taken to St Mary's Hospital.")).toEqual(["St Mary's Hospital"]);
    // Look-alike: a saint's possessive with no name after it ends the name.
    expect(names("St Mary's said so.")).toEqual(['St Mary']);
  });
});

describe('findCandidates: a possessive inside a name', () => {
  it('keeps a name the lexicon knows with its "\'s" whole', () => {
    expect(names("Naples will host the America's Cup next year.")).toEqual(['Naples', "America's Cup"]);
    // Look-alike: a place's possessive before a word is the place's.
    expect(names("America's Navy sailed on.")).toEqual(['America', 'Navy']);
  });

  it('keeps "Men\'s" and "Women\'s" inside an event\'s name', () => {
    expect(names("He won the World Men's Curling Championship in March.")).toEqual(["World Men's Curling Championship"]);
    expect(names("She plays in the PDC Women's Series.")).toEqual(["PDC Women's Series"]);
    // Look-alike: before a lower-case word the possessive ends the name.
    expect(names("The England Women's team won.")).toEqual(['England Women']);
  });
});

describe('findCandidates: a class noun opening the sentence', () => {
  it('drops "Veteran" and "Newcomer" before a name, as "Insurer" is', () => {
    expect(names('Veteran Hong Kong filmmaker Ann Hui was named best director.')).toEqual(['Hong Kong', 'Ann Hui']);
    expect(names('Newcomer Lin Pei-chen won best new director.')).toEqual(['Lin Pei-chen']);
    expect(names('Insurer Kestrel Lombard said so.')).toEqual(['Kestrel Lombard']);
  });
});

describe('findCandidates: initials joined by a slash', () => {
  it('keeps an index or a bloc named by two sets of initials whole', () => {
    expect(names('The FTSE/JSE Top 40 Index closed higher.')).toContain('FTSE/JSE Top 40 Index');
    expect(names('Voters backed the CDU/CSU again.')).toContain('CDU/CSU');
    // Look-alike: names in words on either side stay two names.
    expect(names('Talks on Israel/Palestine stalled.')).not.toContain('Israel/Palestine');
  });
});

describe('findCandidates: a body whose "for" takes a list of fields', () => {
  it('keeps the commas and a last field of two words inside the name', () => {
    expect(names('She wrote to the Department for Environment, Food and Rural Affairs last week.')).toContain('Department for Environment, Food and Rural Affairs');
    expect(names('The Department for Culture, Media and Sport said.')).toContain('Department for Culture, Media and Sport');
    expect(names('The National Society of Mining, Petroleum and Energy said.')).toContain('National Society of Mining, Petroleum and Energy');
    // Up to six fields, the last after "and the".
    expect(names('The Department of Infrastructure, Transport, Regional Development, Communications, Sport and the Arts said.')).toContain(
      'Department of Infrastructure, Transport, Regional Development, Communications, Sport and the Arts',
    );
    // Look-alike: a list after a body's name is no part of it.
    expect(names('The Department for Transport, Ofgem and Ofwat all agreed.')).toContain('Department for Transport');
  });
});

describe('role words: conciliators and mediators', () => {
  it('leaves a mediator\'s or a conciliator\'s title out of the name', () => {
    expect(candidatesIn('National Conciliator Aino Kettunen summoned both sides on Friday.').map((c) => c.text)).toContain('Aino Kettunen');
    expect(candidatesIn('Chief Mediator Tomas Reyes said talks would resume.').map((c) => c.text)).toContain('Tomas Reyes');
  });
});

describe('an Arabic article in lower case', () => {
  it('opens a name the lexicon knows with it ("al Qaeda"), and no other', () => {
    expect(candidatesIn('The group is an affiliate of al Qaeda, officials said.').map((c) => c.text)).toContain('al Qaeda');
    expect(candidatesIn('They met al Farouk in Doha.').map((c) => c.text)).toEqual(['Farouk', 'Doha']);
  });
});

describe('a place head opening a sentence', () => {
  it('keeps a word that opens places\' names at a sentence\'s start ("Parque da Cidade")', () => {
    expect(candidatesIn('Parque da Vila, built on a disused airfield, now draws crowds.').map((c) => c.text)).toContain('Parque da Vila');
  });
});

describe('findCandidates: a sheikh by another spelling', () => {
  it('takes "Shaikh" and "Sheik" for a title, as "Sheikh" is', () => {
    expect(names('AFC president Shaikh Salman bin Ebrahim Al Khalifa made the draw.')).toEqual(['AFC', 'Salman bin Ebrahim Al Khalifa']);
    expect(names('Yesterday Sheik Ahmed Kestrel spoke.')).toEqual(['Ahmed Kestrel']);
  });

  it('keeps "Sheikh" after a plain name word inside the name, as Somali names hold it', () => {
    expect(names('"No power can sign it away," President Hassan Sheikh Mohamud said.')).toEqual(['Hassan Sheikh Mohamud']);
    // Look-alike: right after a title, "Sheikh" is a title too, unless a list knows the name with
    // it ("Sheikh Hasina", title-holders.test.ts).
    expect(names('Prime Minister Sheikh Kestrel said so.')).toEqual(['Kestrel']);
  });
});

describe('findCandidates: a party\'s short form after its class noun', () => {
  it('reads "(Libre)" after "the Liberty and Refoundation party" as the party\'s own', () => {
    const sentence = 'He leads the Liberty and Refoundation party (Libre) in Kestrel.';
    const party = findCandidates(tokenize(sentence), sentence).find((c) => c.text === 'Liberty and Refoundation');
    expect(party?.acronym).toBe('Libre');
    // Look-alike: a bracket after another noun is no short form of the name.
    const other = 'He leads the Kestrel Farmers union (KFU) in Vale.';
    expect(findCandidates(tokenize(other), other).find((c) => c.text === 'Kestrel Farmers')?.acronym).toBeUndefined();
  });
});

describe('findCandidates: initials that keep a particle\'s in lower case', () => {
  it('reads "(RdA)" after "Refineria di Aruba" as its short form', () => {
    const sentence = 'The state-owned Refineria di Aruba (RdA) holds the site.';
    expect(findCandidates(tokenize(sentence), sentence).find((c) => c.text === 'Refineria di Aruba')?.acronym).toBe('RdA');
    // Look-alike: letters that are no initials of the name in turn.
    const other = 'The state-owned Refineria di Aruba (ArD) holds the site.';
    expect(findCandidates(tokenize(other), other).find((c) => c.text === 'Refineria di Aruba')?.acronym).toBeUndefined();
  });
});

describe('findCandidates: an oil or gas licence block by its number', () => {
  it('keeps the number in the name and types the block a place', () => {
    expect(names('TotalEnergies operates Block 58 and Petronas holds Block 52.')).toEqual(['TotalEnergies', 'Block 58', 'Petronas', 'Block 52']);
    expect(typeOf('The rigs drilled in Block 10 last year.', 'Block 10')).toBe('place');
    // Look-alike: a jet's production block is part of the model's name, no place.
    expect(names('The F-16V Block 70 jets were late.')).toEqual(['F-16V Block 70']);
  });
});

describe('findCandidates: a short form ending in one lower-case letter', () => {
  it('takes "(CNPa)" after a body of three words or more as its short form', () => {
    const found = candidatesIn('Grants from the National Council for Applied Research (CNPa) were cut.');
    expect(found.find((c) => c.text === 'National Council for Applied Research')?.acronym).toBe('CNPa');
    // Look-alike: after a two-word name it is no short form of it.
    expect(candidatesIn('Grants from Kestrel Research (KRa) were cut.').find((c) => c.text === 'Kestrel Research')?.acronym).toBeUndefined();
  });
});
