import { describe, expect, it } from 'vitest';
import { articleEntities } from './candidate-type.test-helper';

/** Entities of one article built alone, as "name/type", and with `aliases` "name/type [alias|…]". */
function entities(paragraphs: string[], aliases = false): string[] {
  return articleEntities(paragraphs).map(
    (e) => `${e.name}/${e.type}${aliases && e.aliases.length > 1 ? ` [${e.aliases.slice(1).join('|')}]` : ''}`,
  );
}

describe('a person needs evidence', () => {
  it('types a name with no person evidence by its words or as a body, not as a person', () => {
    const found = entities(['Trains run by Via Rail were cancelled, and the Yellowhead Highway stayed closed.']);
    expect(found).toContain('Via Rail/organization');
    expect(found).toContain('Yellowhead Highway/place');
  });

  it('takes a given name, an apposition, a title before or a pronoun after as evidence', () => {
    const found = entities([
      'Abukar Osman spoke first.',
      '"It was seen as a done deal," said Tamsin Reed, a networking analyst.',
      'Under chief executive Ryuichi Isaka the company grew.',
      'The lawyer met Brando Benifei in May. He declined to comment.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Abukar Osman/person', 'Tamsin Reed/person', 'Ryuichi Isaka/person', 'Brando Benifei/person']));
  });

  it('takes a member\'s title in capitals in an apposition, and a body\'s speaker named with "of", as evidence', () => {
    expect(entities(['The Speaker ordered Muwanga Kivumbi, the NUP MP for Butambala, out of the chamber.'])).toContain('Muwanga Kivumbi/person');
    expect(entities(['Taslima Akhter of Garment Sramik Sanhati accused owners of delay.'])).toContain('Taslima Akhter/person');
    // Look-alikes: a company "of" a country, and a body's name with no verb of speech after.
    expect(entities(['Kestrel Minerals of Chile said output fell.'])).not.toContain('Kestrel Minerals/person');
    expect(entities(['Rising costs hit Norvik Haulage of Garment Sramik Sanhati members.'])).not.toContain('Norvik Haulage/person');
  });

  it('takes "champion" in an apposition as a person\'s noun, not "champions"', () => {
    expect(entities(['Torvak Elgrin, the three-time World Superbike champion, finished ninth.'])).toContain('Torvak Elgrin/person');
    expect(entities(['Kestrel Rovers, the reigning champions, lost.'])).not.toContain('Kestrel Rovers/person');
  });

  it('reads the person noun right before a name, not one "of" stands between ("the owner of Formula Vortex")', () => {
    const found = entities(['Liberty Kestrel, the owner of Formula Vortex, completed the deal.', 'Cinema Parlance, the lobby of theatre owners, said ticket sales rose.']);
    expect(found).not.toContain('Formula Vortex/person');
    // Look-alike: kin, a mentor and a part played are people's ("the future mentor of Katniss Everdeen").
    expect(entities(['The palace was built for the wife of Tarvesk Oyelaran.', 'She plays the future mentor of Merel Vandaan.'])).toEqual(
      expect.arrayContaining(['Tarvesk Oyelaran/person', 'Merel Vandaan/person']),
    );
  });

  it('takes a noun by its ending for people ("-ologist", "-ician", "-ographer") and a party "chair"', () => {
    const found = entities([
      'Tarvo Keskin, a prominent geologist, warned the sequence could go on.',
      'The statistician Merel Vandaan checked the figures.',
      'Party chair Orsolya Brennt called the session a tantrum.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Tarvo Keskin/person', 'Merel Vandaan/person', 'Orsolya Brennt/person']));
    // Look-alike: "-ist" alone is often an adjective before a party's name, not a person's noun.
    expect(entities(['Polls put the populist Vanguard Renewal ahead.'])).toContain('Vanguard Renewal/organization');
  });

  it('takes a person noun right before one unknown word, its "co-" form, and arts and screen nouns', () => {
    const found = entities([
      'The referee booked Kestrel captain Marquinhal and a defender.',
      'Party co-leader Varda Mirren was named minister.',
      'It stars a teenage Haymar Bellweather in the lead.',
      'Racing Bulls rookie Arvo Lindqvale crashed.',
      'Kestrel were without midfielder Rodrival.',
      'It was painted by the Dutch painter Aelbrecht Vanderhoeve in 1650.',
    ]);
    expect(found).toEqual(
      expect.arrayContaining(['Marquinhal/person', 'Varda Mirren/person', 'Haymar Bellweather/person', 'Arvo Lindqvale/person', 'Rodrival/person', 'Aelbrecht Vanderhoeve/person']),
    );
    // Look-alike: the noun then "of" names the body the person serves.
    expect(entities(['Anna Berg, chairman and chief executive of Kestrelia, spoke.'])).toContain('Kestrelia/place');
  });

  it("takes a person's noun right before a brand-spelled name, but not a noun firms share", () => {
    expect(entities(['The list included a novel by author NoVera Quillan, who was shortlisted.'])).toContain('NoVera Quillan/person');
    expect(entities(['Shares of asset manager BlackRiver Capital rose.'])).toContain('BlackRiver Capital/organization');
  });

  it("reads a surname that is also a building's word as a person's after a given name", () => {
    expect(entities(['Cocobod chief executive Randy Abbey said arrivals were slow.'])).toContain('Randy Abbey/person');
  });

  it('reads a hyphenated surname printed alone as the full name\'s second naming', () => {
    expect(entities(['The soloist was Sheku Kannor-Vale.', 'Kannor-Vale bowed twice.'])).toContain('Sheku Kannor-Vale/person');
  });

  it('reads no English verb in an accented given name ("Désiré" is no "desire")', () => {
    expect(entities(['Lyon scored after passes with Désiré Douvier. The crowd cheered Douvier.'])).toContain('Désiré Douvier/person');
    // Nor in a Korean family name before a two-syllable given name ("Bang" is a verb too).
    expect(entities(['Prosecutors indicted its chairman, Bang Si-hyuk, on Monday. Bang denied it.'])).toContain('Bang Si-hyuk/person');
    // Look-alike: a bare verb opening a name makes a body ("Save the Children", "Renew Europe").
    expect(entities(['Volunteers joined Restore Tamaris on Monday.'])).toContain('Restore Tamaris/organization');
  });

  it('makes a full name a person when its surname alone speaks elsewhere, unless it is also something else', () => {
    expect(entities(['Talks were chaired by Tengku Zafrul Aziz.', 'Zafrul told reporters the deal was close.'], true)).toContain('Tengku Zafrul Aziz/person [Zafrul|Aziz]');
  });

  it('makes a name a person when the article prints its last word alone, not a common word or an acronym-led name', () => {
    const found = entities(['The hosts leaned on Sherfane Rutherford at the crease.', 'Rutherford fell for 61 in the last over.'], true);
    expect(found).toContain('Sherfane Rutherford/person [Rutherford]');
    // Look-alikes: "Copper" is written in lower case too; "RSV Nuyina" opens with capitals.
    const others = entities(['It owns Shyngys Copper outright.', 'Copper rose as copper stocks fell.', 'Crews boarded RSV Nuyina in port.', 'Nuyina sailed at dawn.']);
    expect(others).not.toContain('Shyngys Copper/person');
    expect(others).not.toContain('RSV Nuyina/person');
  });

  it('takes a plain name of two words for a player in a match report, and nowhere else', () => {
    const report = 'Kestrel beat Dunmore 2-1. The goalkeeper saved a penalty before halftime and the striker scored late.';
    expect(entities([`${report} Serhou Guirassy rose above Dayot Upamecano to head in the cross.`])).toEqual(
      expect.arrayContaining(['Serhou Guirassy/person', 'Dayot Upamecano/person']),
    );
    // Look-alike: the same words in a story with no match in it stay unproven.
    expect(entities(['Serhou Guirassy rose above Dayot Upamecano in the rankings.'])).not.toContain('Serhou Guirassy/person');
  });

  it('takes a name that only a preposition made a place for a person when the sentence says so', () => {
    expect(entities(['The line is run by Kestrel Steel, according to Dedy Kurniawan, a spokesperson for the company.'])).toContain('Dedy Kurniawan/person');
    // Look-alike: after "in" the comma opens the next clause, whose noun is someone else's.
    expect(entities(['At a shed in Sefwi Wiawso, farmer Akosua Mensah said she would wait.'])).not.toContain('Sefwi Wiawso/person');
  });

  it('takes a plain name of two words for a player in a cricket report, whose sides stay countries', () => {
    const report = 'Kestrel were bowled out in 46 overs after their innings stalled, losing eight wickets for 89.';
    const found = entities([`${report} Kestrel reached 287 for six, with Tazmin Brits unbeaten on 63 after Valdor fell.`]);
    expect(found).toContain('Tazmin Brits/person');
    // Look-alike: two of the cricket words are not enough to make a report of it.
    expect(entities(['The innings of the bill ran long. Tazmin Brits rose above Valdor as the wicket fell.'])).not.toContain('Tazmin Brits/person');
  });

  it('takes a hyphenated surname and a given name that is a word ("Will Jordan") for a player in a match report', () => {
    const report = 'Kestrel beat Dunmore 2-1. The goalkeeper saved a penalty before halftime and the striker scored late.';
    expect(entities([`${report} In the second half wing Will Jordan scored twice and Immanuel Feyi-Waboso went over.`])).toEqual(
      expect.arrayContaining(['Will Jordan/person', 'Immanuel Feyi-Waboso/person']),
    );
    // Look-alike: a club named for its town in the same report stays a body.
    expect(entities([`${report} Wydad Casablanca scored twice.`])).toContain('Wydad Casablanca/organization');
    // After "from", which alone made it a place: "ripped the ball away from Will Skelton".
    expect(entities([`${report} Jac Morgan ripped the ball away from Will Skelton at a ruck.`])).toContain('Will Skelton/person');
    // Look-alike: a known town after "from" stays the town.
    expect(entities([`${report} The fans came from Port Talbot by train.`])).toContain('Port Talbot/place');
  });

  it('reads a body named for a country, and a colour before a river', () => {
    const found = entities(['Officials at Parks Canada said the fire had reached the Blue Nile valley.']);
    expect(found).toEqual(expect.arrayContaining(['Parks Canada/organization', 'Blue Nile/place']));
  });
});

describe('names with inner punctuation and second names', () => {
  it('joins "&", a comma list after a ministry\'s "of", a mission "in" a country and a numbered resolution', () => {
    const found = entities([
      'Seven & i Holdings, which runs 7-Eleven, wrote to the Ministry of Economy, Trade and Industry.',
      'The African Union Transition Mission in Somalia (ATMIS) was funded under Resolution 2719 in December.',
    ], true);
    expect(found).toEqual(
      expect.arrayContaining(['Seven & i Holdings/organization', '7-Eleven/organization', 'Ministry of Economy, Trade and Industry/organization', 'Resolution 2719/other'].map((e) => expect.stringMatching(new RegExp(`^${e.replace(/[.&]/g, '\\$&')}`)))),
    );
    expect(found).toContain('African Union Transition Mission in Somalia/organization [ATMIS]');
  });

  it('links a name given by "known as", ", or", "known by its initials" and a party\'s own-language initials', () => {
    const found = entities([
      'The Elections Supervisory Agency, or Bawaslu, said it had received complaints.',
      // A body no lexicon knows, so the article's own words must link it.
      'The Election Organisers Honour Council met. The council, known by its Indonesian initials DKPP, ruled on the count.',
      // Parties no lexicon knows: the initials of their own language link them ("BDV" for an
      // alliance whose native name opens with "Bündnis").
      'The Kestrel Democrats met the Dunmore Valley Alliance on Monday. The KDU and the BDV agreed.',
    ], true);
    expect(found).toEqual(
      expect.arrayContaining([
        'Elections Supervisory Agency/organization [Bawaslu]',
        'Election Organisers Honour Council/organization [DKPP]',
        'Kestrel Democrats/organization [KDU]',
        'Dunmore Valley Alliance/organization [BDV]',
      ]),
    );
  });

  it('keeps "of" after a company\'s legal word out of its name, and splits a title after a town from a surname that is a country', () => {
    const found = entities(['It licensed the brand from Southland Corp. of Dallas.', 'Jasper Mayor Richard Ireland said the town would rebuild.']);
    expect(found).toEqual(expect.arrayContaining(['Southland Corp./organization', 'Dallas/place', 'Richard Ireland/person']));
  });
});

describe('a person named by what they lead or are', () => {
  it('takes a full name "led by" or "chaired by" something, and a capitalised title in an apposition, as evidence', () => {
    const found = entities([
      'The Constitutional Party, led by Tarou Nakabe, said it would not join.',
      'The Sultan of Brunei, Hassanal Bolkiah, opened the summit.',
      'Police linked agents to the killing of separatist Hardeep Singh Nijjar.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Tarou Nakabe/person', 'Hassanal Bolkiah/person', 'Hardeep Singh Nijjar/person']));
  });

  it('leaves a company "led by" a one-word name to its own cues', () => {
    expect(entities(['The consortium, led by Eni, said it was studying the claim.'])).toContain('Eni/organization');
  });
});

describe("a club's nickname", () => {
  it('is the club the article names', () => {
    expect(entities(['Chelsea lost 2-1 to Arsenal at home.', 'The Gunners have won seven straight home games.'], true)).toContain('Arsenal/organization [Gunners]');
  });

  it('names a known club opening the first sentence, printed nowhere else', () => {
    expect(entities(['Arsenal beat Kestrel 2-1 at home.', 'It was a good day.'])).toContain('Arsenal/organization');
  });
});
