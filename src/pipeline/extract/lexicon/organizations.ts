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
  row('Organization of the Petroleum Exporting Countries', 'OPEC'),
  row('International Monetary Fund', 'IMF'),
  row('World Health Organization', 'WHO'),
  row('World Bank', ''),
  row('Lima Group', ''),
  row('Kremlin', ''),
  row('White House', ''),
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
  row('Associated Press', 'AP'),
  row('Agence France-Presse', 'AFP'),
  row('EFE', ''),
  row('teleSUR', 'TeleSUR|Telesur'),
  row('BBC', ''),
  row('CNN', ''),
];
