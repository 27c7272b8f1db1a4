/** Organisations news articles name by acronym or short form, with the forms that name them. */
export interface KnownOrganization {
  name: string;
  aliases: string[];
}

const row = (name: string, aliases: string): KnownOrganization => ({ name, aliases: aliases.split('|').filter(Boolean) });

export const KNOWN_ORGANIZATIONS: KnownOrganization[] = [
  row('United Nations', 'UN|U.N.'),
  row('UN Security Council', 'Security Council|U.N. Security Council|United Nations Security Council'),
  row('North Atlantic Treaty Organization', 'NATO'),
  row('European Union', 'EU|E.U.'),
  row('Organization of American States', 'OAS'),
  row('Caribbean Community', 'CARICOM|Caricom'),
  row('Mercosur', 'Mercosul|Southern Common Market'),
  row('Organization of the Petroleum Exporting Countries', 'OPEC'),
  row('International Monetary Fund', 'IMF'),
  row('World Health Organization', 'WHO'),
  row('World Bank', ''),
  row('Lima Group', ''),
  row('Kremlin', ''),
  row('White House', ''),
  // Foreign ministries news names by their building, as it names governments by theirs.
  row('Itamaraty', ''),
  row("Quai d'Orsay", ''),
  row('Pentagon', ''),
  row('State Department', 'U.S. State Department|US State Department'),
  row('Reuters', ''),
  // Parliaments named in their own language.
  row('Bundestag', ''),
  row('State Duma', 'Duma'),
  row('Knesset', ''),
  row('Verkhovna Rada', 'Rada'),
  row('Sejm', ''),
  row('Majlis', ''),
  row('Storting', ''),
  row('Lok Sabha', ''),
  row('Rajya Sabha', ''),
  row('Riksdag', ''),
  row('Folketing', ''),
  row('Eduskunta', ''),
  row('Althing', ''),
  row('Saeima', ''),
  row('Seimas', ''),
  row('Riigikogu', ''),
  row('Sabor', ''),
  row('Dáil', 'Dáil Éireann|Dail'),
  row('Oireachtas', ''),
  row('Cortes Generales', 'Cortes'),
  row('Jatiya Sangsad', ''),
  row('Mazhilis', ''),
  row('Bundesrat', ''),
  // A German or Austrian state's parliament: "the Landtag" in Erfurt, Munich or Vienna.
  row('Landtag', ''),
  // Parties and movements whose names carry no "Party" or "Movement" to type them by.
  row('Kuomintang', 'KMT'),
  // Germany's parties, whose acronyms come from their German names.
  row('Alternative for Germany', 'AfD|Alternative für Deutschland'),
  row('Likud', ''),
  row('Fidesz', ''),
  row('Syriza', ''),
  row('Podemos', ''),
  row('Hamas', ''),
  row('Hezbollah', ''),
  row('Fatah', ''),
  row('Taliban', ''),
  row('Frelimo', ''),
  row('Zanu-PF', 'ZANU-PF'),
  row('Sinn Féin', 'Sinn Fein'),
  row('Fine Gael', ''),
  row('Fianna Fáil', 'Fianna Fail'),
  row('Associated Press', 'AP'),
  row('Agence France-Presse', 'AFP'),
  row('EFE', ''),
  row('teleSUR', 'TeleSUR|Telesur'),
  row('BBC', ''),
  row('CNN', ''),
];
