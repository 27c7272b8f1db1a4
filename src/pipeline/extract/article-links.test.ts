import { describe, expect, it } from 'vitest';
import { initialsOf } from './group-initials';
import { extractArticle } from './extract-article';
import { clusterObservations } from './cluster';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], extra: Partial<Observation> = {}): Observation => ({ text, type, strength: 3, articleId: 'a', ...extra });
const names = (observations: Observation[]) => clusterObservations(observations).map((e) => e.aliases.join(' | '));
const articleEntities = (paragraphs: string[]) => clusterObservations(extractArticle({ id: 'a', title: 'A Headline About Nothing In Particular', paragraphs }));
/** Each entity one article's paragraphs give, as "name/type". */
const typedEntities = (paragraphs: string[]) => articleEntities(paragraphs).map((e) => `${e.name}/${e.type}`);
/** Each entity one article's paragraphs give, as its aliases. */
const aliasedEntities = (paragraphs: string[]) => articleEntities(paragraphs).map((e) => e.aliases.join(' | '));

describe('links one article proves', () => {
  it('reads initials, skipping "and" and particles', () => {
    expect(initialsOf('Hewlett Packard Enterprise')).toBe('HPE');
    expect(initialsOf('Competition and Markets Authority')).toBe('CMA');
    expect(initialsOf('Ministry of Defence')).toBe('MD');
  });

  it('joins a word no list holds to the one body of three words or more that has it ("Huayou")', () => {
    expect(names([o('Zhejiang Huayou Cobalt', 'organization', { strength: 4 }), o('Huayou', 'place', { strength: 0 })])).toEqual(['Zhejiang Huayou Cobalt | Huayou']);
    expect(names([o('Lygend Resources & Technology', 'organization', { strength: 4 }), o('Lygend', 'place', { strength: 0 })])).toEqual(['Lygend Resources & Technology | Lygend']);
    // Look-alikes: a town printed as one ("in Pomalaa"), a brand of two words, two bodies with it.
    expect(names([o('Pomalaa Nickel Industrial Park', 'organization'), o('Pomalaa', 'place', { strength: 2 })])).toHaveLength(2);
    expect(names([o('Bolt Food', 'organization'), o('Bolt', 'organization', { strength: 2 })])).toHaveLength(2);
    expect(names([o('Zhejiang Huayou Cobalt', 'organization'), o('Huayou New Energy Materials', 'organization'), o('Huayou', 'place', { strength: 0 })])).toHaveLength(3);
  });

  it('joins a known company to its name with a trade and a company word', () => {
    expect(names([o('Debswana Diamond Company', 'organization', { strength: 4 }), o('Debswana', 'organization', { strength: 5, knownName: 'Debswana' })])).toEqual(['Debswana | Debswana Diamond Company']);
    expect(names([o('Alibaba Group Holding', 'organization', { strength: 4 }), o('Alibaba', 'organization', { strength: 5, knownName: 'Alibaba' })])).toEqual(['Alibaba | Alibaba Group Holding']);
    // Look-alikes: a line of business or a place before the company word names another company.
    expect(names([o('Lufthansa City Airlines', 'organization', { strength: 4 }), o('Lufthansa', 'organization', { strength: 5, knownName: 'Lufthansa' })])).toHaveLength(2);
    expect(names([o('Chevron U.S.A. Inc.', 'organization', { strength: 4 }), o('Chevron', 'organization', { strength: 5, knownName: 'Chevron' })])).toHaveLength(2);
  });

  it('joins a province or a state to its name without the division\'s word', () => {
    expect(names([o('Kestrel Province', 'place', { strength: 4 }), o('Kestrel', 'place', { strength: 2 })])).toEqual(['Kestrel Province | Kestrel']);
    // Look-alikes: a city beside the state named for it, a county beside its town.
    expect(names([o('Lagos State', 'place', { strength: 4 }), o('Lagos', 'place', { strength: 3 })])).toHaveLength(2);
    expect(names([o('Kestrel County', 'place', { strength: 4 }), o('Kestrel', 'place', { strength: 2 })])).toHaveLength(2);
  });

  it('joins an acronym to the one name in the article with its initials', () => {
    expect(names([o('Federal Trade Commission', 'organization', { strength: 4 }), o('FTC', 'organization', { strength: 2 })])).toEqual(['Federal Trade Commission | FTC']);
    // Two names with the same initials: no telling which.
    expect(names([o('Free Trade Council', 'organization'), o('Fair Tax Coalition', 'organization'), o('FTC', 'organization')])).toHaveLength(3);
    // Another article's name is no proof.
    expect(names([o('Federal Trade Commission', 'organization'), o('FTC', 'organization', { articleId: 'b' })])).toHaveLength(2);
  });

  it('joins an acronym to a lexicon name the article prints, by the lexicon\'s own form too', () => {
    const fda = { knownName: 'Food and Drug Administration' };
    expect(names([o('US Food and Drug Administration', 'organization', { strength: 5, ...fda }), o('FDA', 'organization', { strength: 2 })])).toEqual([
      'Food and Drug Administration | US Food and Drug Administration | FDA',
    ]);
    // Look-alike: the acronym alone names no lexicon body the article does not print.
    expect(names([o('FDA', 'organization', { strength: 2 }), o('Kestrel Pharma', 'organization')])).toHaveLength(2);
  });

  it('joins a body\'s head word alone to the one body with that head', () => {
    expect(names([o('Ohio Senate', 'organization', { strength: 4 }), o('Senate', 'organization'), o('Senate Finance Committee', 'organization')])).toEqual([
      'Ohio Senate | Senate',
      'Senate Finance Committee',
    ]);
    expect(names([o('House of Representatives', 'organization', { strength: 4 }), o('House', 'place', { strength: 2 })])).toEqual(['House of Representatives | House']);
  });

  it('joins a company named without its company word, but not a person named so', () => {
    expect(names([o('Juniper Networks', 'organization', { strength: 4 }), o('Juniper', 'organization', { strength: 2 })])).toEqual(['Juniper Networks | Juniper']);
    expect(names([o('Tyler Perry Studios', 'organization', { strength: 4 }), o('Tyler Perry', 'person', { strength: 3 })])).toHaveLength(2);
  });

  it('joins a known company to its name with a company word, but not a known place', () => {
    const vodacom = o('Vodacom', 'organization', { strength: 5, knownName: 'Vodacom' });
    expect(names([o('Vodacom Group', 'organization', { strength: 4 }), vodacom])).toHaveLength(1);
    const kenya = o('Kenya', 'place', { strength: 5, knownName: 'Kenya' });
    expect(names([o('Kenya Airways', 'organization', { strength: 4 }), kenya])).toHaveLength(2);
  });
});

describe('links one article proves: articles read whole', () => {
  const entities = typedEntities;

  it('joins a storm named without its head word, but not a person of that name', () => {
    expect(entities(['Typhoon Marisol hit the coast on Friday.', 'Marisol left 12 people dead.'])).toEqual(['Typhoon Marisol/event']);
  });

  it('joins a company named without its last company word ("Samsung" for "Samsung Electronics")', () => {
    expect(entities(['Kestrel Electronics makes phones in Hanoi.', 'Kestrel, the largest investor, declined to comment.'])).toEqual([
      'Kestrel Electronics/organization',
      'Hanoi/place',
    ]);
    // Two companies share the short form: no telling which.
    expect(entities(['Kestrel Electronics and Kestrel Aerospace grew.', 'Kestrel, the largest investor, declined to comment.'])).toHaveLength(3);
  });

  it('takes a country by its formal name and its people by their plural', () => {
    expect(entities(['The Kingdom of Denmark handed over the chair.', 'Denmark will share it with Greenland.', 'Its future is for Greenlanders to decide.'])).toEqual([
      'Denmark/place',
      'Greenland/place',
    ]);
  });
});

describe('links one article proves: ninth round', () => {
  const entities = typedEntities;

  it('reads a central bank\'s initials with the "O" of "of"', () => {
    expect(initialsOf('Bank of Korea', true)).toBe('BOK');
    expect(entities(['The Bank of Varnia held rates.', 'The BOV said inflation eased.'])).toEqual(['Bank of Varnia/organization']);
    // Look-alike: other initials stay apart.
    expect(entities(['The Bank of Varnia held rates.', 'The BXV said inflation eased.'])).toHaveLength(2);
  });

  it('keeps a town apart from the airline named for it', () => {
    expect(entities(['Tabuk Air will fly from Tabuk.'])).toEqual(['Tabuk Air/organization', 'Tabuk/place']);
  });

  it('links a place named by its first word before a particle', () => {
    expect(entities(['Goods left the port of Dar es Salaam.', 'It costs more than in Dar, she said.'])).toEqual(['Dar es Salaam/place']);
  });

  it('keeps apart a company and the parent the article names', () => {
    expect(entities(['Korvair flies daily.', 'He chairs Korvair and its parent, the Korvair Group.'])).toEqual(['Korvair/organization', 'Korvair Group/organization']);
    // Look-alike: without the parent cue the short form is the company's.
    expect(entities(['The Korvair Group grew.', 'Korvair flies daily.'])).toEqual(['Korvair Group/organization']);
  });
});

describe('tenth round: rivers, clubs by their first word, companies without "Oil"', () => {
  const entities = typedEntities;

  it('joins "the Kolari" to "the Kolari River", but not a region named so', () => {
    expect(entities(['Water from the Kolari River rose.', 'Officials said the Kolari was still rising.'])).toHaveLength(1);
    expect(entities(['Water from the Kolari River rose.', 'Farms in the Kolari region flooded.'])).toHaveLength(2);
  });

  it('joins a club named by its first word to its full name with a particle', () => {
    expect(entities(['He presides over Deportivo de Tandil now.', "The court said Deportivo' members voted."])).toHaveLength(1);
  });

  it('joins a product "known as" its initials, its noun between them', () => {
    expect(entities(['The Lunar Dust eXplorer probe, known as LDX, lifted off.'])).toEqual(['Lunar Dust eXplorer/other']);
    // Look-alike: initials that are not "known as" it stay apart.
    expect(entities(['The Lunar Dust eXplorer probe lifted off, LDX officials said.'])).toHaveLength(2);
  });

  it('joins "Korvo" to "Korvo Oil"', () => {
    expect(entities(['Ghana gave Korvo Oil 90 days.', 'Korvo said it would comply.'])).toContain('Korvo Oil/organization');
    expect(entities(['Ghana gave Korvo Oil 90 days.', 'Korvo said it would comply.'])).not.toContain('Korvo/organization');
    // Look-alike: a person of that name stays a person (see "joins a company named without its company word").
    expect(entities(['Ghana gave Korvo Oil 90 days.', 'Its founder, Ama Korvo, said it would comply.'])).toContain('Ama Korvo/person');
  });

  it('joins a club named without its plural nickname, both bodies', () => {
    expect(names([o('Dunmore Saints', 'organization'), o('Dunmore', 'organization')])).toEqual(['Dunmore Saints | Dunmore']);
    // Look-alike: the town itself stays apart.
    expect(names([o('Dunmore Saints', 'organization'), o('Dunmore', 'place')])).toHaveLength(2);
  });

  it('joins a name printed once with its country, before it or after "of"', () => {
    expect(names([o('Canada Harbour Code', 'other'), o('Harbour Code', 'other')])).toEqual(['Canada Harbour Code | Harbour Code']);
    expect(names([o('Liberty Party of Austria', 'organization'), o('Liberty Party', 'organization')])).toEqual(['Liberty Party of Austria | Liberty Party']);
    // Look-alikes: words before a body's name that are no known place, and two countries' versions of it.
    expect(names([o('Kestrel Harbour Authority', 'organization'), o('Harbour Authority', 'organization')])).toHaveLength(2);
    expect(names([o('Liberty Party of Austria', 'organization'), o('Liberty Party of Germany', 'organization'), o('Liberty Party', 'organization')])).toHaveLength(3);
  });

  it('joins an event\'s last word alone to the one event ending in it', () => {
    expect(names([o('Edinburgh Festival Fringe', 'event', { strength: 4 }), o('Fringe', 'place', { strength: 0 })])).toEqual(['Edinburgh Festival Fringe | Fringe']);
    // Look-alike: a place's last word stays apart ("Coast" is no short form of "Gulf Coast").
    expect(names([o('Gulf Coast', 'place', { strength: 4 }), o('Coast', 'place', { strength: 0 })])).toHaveLength(2);
    // A lexicon's event too: the article's own short form joins the name it knows.
    const known = { knownName: 'Edinburgh Festival Fringe', knownAliases: [], strength: 5 };
    expect(names([o('Edinburgh Festival Fringe', 'event', known), o('Fringe', 'place', { strength: 0 })])).toEqual(['Edinburgh Festival Fringe | Fringe']);
  });

  it('joins an event\'s last word alone to the event the article names far more often than others ending in it', () => {
    const melbourne = o('Melbourne Cup', 'event', { strength: 5 });
    const caulfield = o('Caulfield Cup', 'event', { strength: 5 });
    const cup = o('Cup', 'place', { strength: 0 });
    expect(names([melbourne, melbourne, caulfield, cup])).toEqual(['Melbourne Cup | Cup', 'Caulfield Cup']);
    // Named as often as each other: "the Cup" could be either, and stays apart.
    expect(names([melbourne, melbourne, caulfield, caulfield, melbourne, cup])).toHaveLength(3);
  });

  it('joins a mascot alone to the team the article names far more often than others with that mascot', () => {
    const perth = o('Perth Bears', 'organization', { strength: 4 });
    const northSydney = o('North Sydney Bears', 'organization', { strength: 4 });
    const bears = o('Bears', 'organization', { strength: 2 });
    expect(names([perth, perth, northSydney, bears])).toEqual(['Perth Bears | Bears', 'North Sydney Bears']);
    // Named as often as each other: "the Bears" could be either, and stays apart.
    expect(names([perth, northSydney, bears])).toHaveLength(3);
    // Not a plural that is no mascot ("Democrats" beside two parties ending in it).
    const swedish = o('Swedish Democrats', 'organization', { strength: 4 });
    expect(names([swedish, swedish, o('Christian Democrats', 'organization', { strength: 4 }), o('Democrats', 'organization', { strength: 2 })])).toHaveLength(3);
  });

  it('joins an airport named without its word', () => {
    const known = { knownName: 'Hamad International Airport', knownAliases: [], strength: 5 };
    expect(names([o('Hamad International Airport', 'place', known), o('Hamad International', 'organization', { strength: 4 })])).toEqual(['Hamad International Airport | Hamad International']);
    // Look-alike: a name one word shorter that is not the airport's stays apart.
    expect(names([o('Hamad International Airport', 'place', known), o('Hamad Port', 'place', { strength: 4 })])).toHaveLength(2);
    expect(names([o('Munich Airport', 'place', { strength: 4 }), o('Munich', 'place', { strength: 5 })])).toHaveLength(2);
    expect(names([o('Tuy Hoa Airport', 'place', { strength: 4 }), o('Tuy Hoa', 'place', { strength: 1 })])).toHaveLength(2);
  });

  it('joins a mountain or lake named without its head word', () => {
    expect(names([o('Mount Everest', 'place', { strength: 4 }), o('Everest', 'place', { strength: 2 })])).toEqual(['Mount Everest | Everest']);
    // Look-alike: a word before another place word is no head word ("Everest Base" is not "Base").
    expect(names([o('Everest Base Camp', 'place', { strength: 4 }), o('Camp', 'place', { strength: 0 })])).toHaveLength(2);
  });

  it('joins a place named without its first words to the one long place that ends so ("Renaissance Dam")', () => {
    expect(names([o('Grand Ethiopian Renaissance Dam', 'place', { strength: 4 }), o('Renaissance Dam', 'place')])).toEqual(['Grand Ethiopian Renaissance Dam | Renaissance Dam']);
    // Look-alikes: two long places that end so, and a place with no place's word last.
    expect(names([o('Upper Kestrel Dam', 'place'), o('Lower Kestrel Dam', 'place'), o('Kestrel Dam', 'place')])).toHaveLength(3);
    expect(names([o('Greater Kestrel Lumen', 'place'), o('Kestrel Lumen', 'place')])).toHaveLength(2);
  });

  it('joins a body named without its "of" part to the one long body that opens with it', () => {
    expect(names([o('Supreme Court of Justice of the Nation', 'organization', { strength: 4 }), o('Supreme Court', 'organization')])).toEqual(['Supreme Court of Justice of the Nation | Supreme Court']);
    // Look-alikes: two such bodies, or a body that goes on without "of".
    expect(names([o('Central Bank of Kestrel', 'organization'), o('Central Bank of Lumen', 'organization'), o('Central Bank', 'organization')])).toHaveLength(3);
    expect(names([o('Supreme Court Bar Association', 'organization'), o('Supreme Court', 'organization')])).toHaveLength(2);
  });

  it('joins an event or a prize named by its core, with or without its town, but no place alone', () => {
    const entities = aliasedEntities;
    const found = entities(['It won at the 12th Vilnius Quiet Rivers Film Festival on Saturday.', 'Quiet Rivers has become the place where films are found.']);
    expect(found).toContain('Vilnius Quiet Rivers Film Festival | Quiet Rivers');
    // A festival a lexicon knows by its full name only is named by its core as well.
    const known = entities(['It won at the 30th Tallinn Black Nights Film Festival on Saturday.', 'Black Nights has become the place where films are found.']);
    expect(known).toHaveLength(1);
    expect(known[0]!.split(' | ')).toEqual(expect.arrayContaining(['Tallinn Black Nights Film Festival', 'Black Nights']));
    expect(names([o('New Currents Award', 'other', { strength: 4 }), o('New Currents', 'place', { strength: 0 })])).toEqual(['New Currents Award | New Currents']);
    // Look-alikes: the town alone, and a core of one word (the "NIN Award" is named for a magazine).
    expect(names([o('Dublin Book Festival', 'event', { strength: 4 }), o('Dublin', 'place', { strength: 2 })])).toHaveLength(2);
    expect(names([o('NIN Award', 'other', { strength: 4 }), o('NIN', 'organization', { strength: 2 })])).toHaveLength(2);
  });

  it('joins no country to a body whose name opens with it and "and" ("England and Wales Cricket Board")', () => {
    expect(names([o('England and Wales Cricket Board', 'organization', { strength: 4 }), o('England', 'organization', { strength: 5 })])).toHaveLength(2);
    expect(names([o('Rio de Janeiro', 'place', { strength: 4 }), o('Rio', 'place', { strength: 3 })])).toEqual(['Rio de Janeiro | Rio']);
  });

  it('joins a department named with its field first to the one named with "of" ("Commerce Department")', () => {
    expect(names([o('Department of Commerce', 'organization', { strength: 4 }), o('Commerce Department', 'organization', { strength: 4 })])).toEqual(['Department of Commerce | Commerce Department']);
    // Look-alike: another field's department stays apart.
    expect(names([o('Department of Commerce', 'organization', { strength: 4 }), o('Justice Department', 'organization', { strength: 4 })])).toHaveLength(2);
  });

  it('joins a company printed with its legal form, dotless too, to its name without it', () => {
    expect(names([o('Northern Star Resources Ltd', 'organization', { strength: 4 }), o('Northern Star Resources', 'organization', { strength: 4 })])).toEqual(['Northern Star Resources Ltd | Northern Star Resources']);
  });

  it('joins a ship named without its prefix ("Nuyina" for the "RSV Nuyina")', () => {
    expect(names([o('RSV Nuyina', 'other', { strength: 4 }), o('Nuyina', 'place', { strength: 0 })])).toEqual(['RSV Nuyina | Nuyina']);
    // A name of several words as well.
    expect(names([o('MV Silver Supporter', 'other', { strength: 4 }), o('Silver Supporter', 'organization', { strength: 0 })])).toEqual(['MV Silver Supporter | Silver Supporter']);
    // Look-alike: two ships whose names share their last words stay two.
    expect(names([o('MV Silver Supporter', 'other', { strength: 4 }), o('Golden Silver Supporter', 'organization', { strength: 0 })])).toHaveLength(2);
  });

  it('joins a sea named without its word, but not a town named for its river', () => {
    expect(names([o('Caspian Sea', 'place', { strength: 4 }), o('Caspian', 'place', { strength: 0 })])).toEqual(['Caspian Sea | Caspian']);
    expect(names([o('Bicol River', 'place', { strength: 4 }), o('Bicol', 'place', { strength: 2 })])).toHaveLength(2);
  });

  it('joins a dam named without its word ("Polihali" for the "Polihali Dam")', () => {
    expect(names([o('Polihali Dam', 'place', { strength: 4 }), o('Polihali', 'place', { strength: 0 })])).toEqual(['Polihali Dam | Polihali']);
  });

  it('joins a glacier, a canal or a basin named without its word, but not a country beside its canal', () => {
    expect(names([o('Denman Glacier', 'place', { strength: 4 }), o('Denman', 'place', { strength: 0 })])).toEqual(['Denman Glacier | Denman']);
    expect(names([o('Beetaloo Basin', 'place', { strength: 4 }), o('Beetaloo', 'place', { strength: 0 })])).toEqual(['Beetaloo Basin | Beetaloo']);
    const known = { knownName: 'Panama', knownAliases: [], strength: 5 };
    expect(names([o('Panama Canal', 'place', { strength: 4 }), o('Panama', 'place', known)])).toHaveLength(2);
  });

  it('joins a known company of two words to its first word alone', () => {
    const known = (name: string) => ({ knownName: name, knownAliases: [], strength: 5 });
    expect(names([o('Novo Nordisk', 'organization', known('Novo Nordisk')), o('Novo', 'place', { strength: 0 })])).toEqual(['Novo Nordisk | Novo']);
    // Printed with its legal form, and the short form already read as a body ("Gilead said").
    expect(names([o('Gilead Sciences Inc', 'organization', known('Gilead Sciences')), o('Gilead', 'organization', { strength: 3 })])).toEqual(['Gilead Sciences | Gilead Sciences Inc | Gilead']);
    // Look-alikes: a word with surer evidence of its own, and a parent the article names apart.
    expect(names([o('Novo Nordisk', 'organization', known('Novo Nordisk')), o('Novo', 'person', { strength: 3 })])).toHaveLength(2);
    expect(names([o('Emirates Group', 'organization', { ...known('Emirates Group'), relative: true }), o('Emirates', 'organization', { strength: 2 })])).toHaveLength(2);
  });

  it("joins a party's own short forms to the party a lexicon knows", () => {
    const known = (name: string, aliases: string[]) => ({ knownName: name, knownAliases: aliases, strength: 5 });
    const cdu = o('Christian Democratic Union', 'organization', known('Christian Democratic Union', ['CDU']));
    expect(names([cdu, o('Christian Democrats', 'organization')])).toEqual(['Christian Democratic Union | CDU | Christian Democrats']);
    const fpo = o('Freedom Party of Austria', 'organization', known('Freedom Party of Austria', ['FPÖ']));
    expect(names([fpo, o('Freedom Party', 'organization')])).toEqual(['Freedom Party of Austria | FPÖ | Freedom Party']);
    // Look-alike: a league whose initials the acronym loosely holds is no party's plural.
    const nba = o('National Basketball Association', 'organization', known('National Basketball Association', ['NBA']));
    expect(names([nba, o('Basketball Africa League', 'organization')])).toHaveLength(2);
  });

  it('keeps a town printed as a place apart from the body named with it last', () => {
    expect(names([o('Hutchison Ports ECT Rotterdam', 'organization', { strength: 4 }), o('Rotterdam', 'place', { strength: 3 })])).toHaveLength(2);
    // Look-alike: a body's own last word, no town, is its short form.
    expect(names([o('Alimentation Couche-Tard', 'organization', { strength: 4 }), o('Couche-Tard', 'place', { strength: 0 })])).toEqual(['Alimentation Couche-Tard | Couche-Tard']);
    // What a body is "of" ends its name, one word or two: "Inga" is no short form of the agency.
    expect(names([o('Agency for the Promotion of Grand Inga', 'organization', { strength: 4 }), o('Inga', 'place', { strength: 2 })])).toHaveLength(2);
    // Or three with "the": "Atlantic" ("the southern Atlantic coast") is no short form of the chamber.
    expect(names([o('Chamber of Maritime Fisheries of the South Atlantic', 'organization', { strength: 4 }), o('Atlantic', 'place', { strength: 1 })])).toHaveLength(2);
    // A known body's initials before an area printed as a place: the area is its own ("NHS Tayside", "in Tayside").
    expect(names([o('NHS Tayside', 'organization', { strength: 4 }), o('Tayside', 'place', { strength: 2 })])).toHaveLength(2);
    // Look-alike: a club no list knows, named by its town ("KPS Siedlce", "Siedlce pushed us hard").
    expect(names([o('KPS Siedlce', 'organization', { strength: 4 }), o('Siedlce', 'place', { strength: 2 })])).toEqual(['KPS Siedlce | Siedlce']);
  });
});
