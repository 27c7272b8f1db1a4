/**
 * Consumer brands that are neither bodies nor places (general knowledge): prescription drugs and
 * vaccines sold under a brand, and airlines' and retailers' loyalty programmes. News names them
 * often with no cue around them ("Eli Lilly's Zepbound"), and a coined word alone was read as a
 * town ("Wegovy") or, with a capital inside it, a company ("CagriSema"). Only names that are no
 * common word or person's name, so that no other mention is taken for one.
 */
export const KNOWN_DRUG_BRANDS: { name: string; aliases: string[] }[] = [
  // Obesity and diabetes
  { name: 'Wegovy', aliases: [] },
  { name: 'Ozempic', aliases: [] },
  { name: 'Rybelsus', aliases: [] },
  { name: 'Saxenda', aliases: [] },
  { name: 'Victoza', aliases: [] },
  { name: 'CagriSema', aliases: [] },
  { name: 'Mounjaro', aliases: [] },
  { name: 'Zepbound', aliases: [] },
  { name: 'Trulicity', aliases: [] },
  { name: 'Jardiance', aliases: [] },
  { name: 'Farxiga', aliases: ['Forxiga'] },
  { name: 'Januvia', aliases: [] },
  // Cancer, immunology, cardiology, neurology
  { name: 'Keytruda', aliases: [] },
  { name: 'Opdivo', aliases: [] },
  { name: 'Enhertu', aliases: [] },
  { name: 'Tagrisso', aliases: [] },
  { name: 'Imbruvica', aliases: [] },
  { name: 'Revlimid', aliases: [] },
  { name: 'Humira', aliases: [] },
  { name: 'Stelara', aliases: [] },
  { name: 'Skyrizi', aliases: [] },
  { name: 'Rinvoq', aliases: [] },
  { name: 'Dupixent', aliases: [] },
  { name: 'Eliquis', aliases: [] },
  { name: 'Xarelto', aliases: [] },
  { name: 'Entresto', aliases: [] },
  { name: 'Lipitor', aliases: [] },
  { name: 'Leqembi', aliases: [] },
  { name: 'Kisunla', aliases: [] },
  { name: 'Aduhelm', aliases: [] },
  { name: 'Biktarvy', aliases: [] },
  { name: 'Trikafta', aliases: ['Kaftrio'] },
  { name: 'Zolgensma', aliases: [] },
  { name: 'Viagra', aliases: [] },
  // Antivirals and vaccines
  { name: 'Paxlovid', aliases: [] },
  { name: 'Tamiflu', aliases: [] },
  { name: 'Comirnaty', aliases: [] },
  { name: 'Spikevax', aliases: [] },
  { name: 'Gardasil', aliases: [] },
  { name: 'Prevnar', aliases: ['Prevenar'] },
  { name: 'Arexvy', aliases: [] },
  { name: 'Beyfortus', aliases: [] },
];

export const KNOWN_LOYALTY_PROGRAMMES: { name: string; aliases: string[] }[] = [
  { name: 'Aeroplan', aliases: [] },
  { name: 'AAdvantage', aliases: [] },
  { name: 'MileagePlus', aliases: [] },
  { name: 'SkyMiles', aliases: [] },
  { name: 'Avios', aliases: [] },
  { name: 'Flying Blue', aliases: [] },
  { name: 'Miles & More', aliases: [] },
  { name: 'KrisFlyer', aliases: [] },
  { name: 'Asia Miles', aliases: [] },
  { name: 'Skywards', aliases: ['Emirates Skywards'] },
  { name: 'Rapid Rewards', aliases: [] },
  { name: 'TrueBlue', aliases: [] },
  { name: 'Bonvoy', aliases: ['Marriott Bonvoy'] },
  { name: 'Hilton Honors', aliases: [] },
  { name: 'Clubcard', aliases: ['Tesco Clubcard'] },
];
