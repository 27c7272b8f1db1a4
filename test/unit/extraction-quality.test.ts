import { describe, expect, it } from 'vitest';
import { scoreSet, setArticles } from './extraction-score';

/**
 * Entity-level precision, recall, F1 and type accuracy of the extractor alone (no curation) on
 * articles written for the project with hand-made gold lists. "tuned" articles were looked at
 * while writing the rules (they include the earlier held-out rounds, moved there once their
 * errors had been seen, and dev articles written to probe new rules); "heldout" ones were written
 * and annotated before the builder first ran on them, and no rule was changed after that run.
 * Floors sit just under what the builder reaches, so a regression fails the test.
 *
 * 2026-11-28, fourth held-out round (Mexico, European Parliament, Senegal, ASEAN): P 0.946,
 * R 0.946, F1 0.946, type accuracy 0.900, short of the 0.95 type target. What it got wrong:
 * names typed by a lower-case word after them ("the Pastef party", "the ruling Morena party"),
 * a surname alone pulled into a list of places ("Ziguinchor, Sonko's stronghold"), party groups
 * with no head word ("Renew Europe", "Socialists and Democrats"), "U.S." before a lower-case
 * noun, and a title with words no list has ("Internal Market Commissioner Thierry Breton").
 * Those four then moved to tuned, and general rules fixed their misses (a lower-case body noun
 * after a name, a possessive apposition breaking a list, a class named before a list, company
 * suffixes, brand spellings, a verb-first movement name, party plurals joined before "group",
 * unlisted title words before a head word, "U.S." as the country, dated month abbreviations,
 * venues): tuned P 1.000, R 1.000, F1 1.000, type accuracy 1.000 on 26 articles.
 *
 * 2026-11-28, fifth held-out round (Brazil, Yemen talks in Oman, Georgia and New Mexico film
 * credits, a US antitrust suit; 127 gold entities), one run: P 0.917, R 0.961, F1 0.938, type
 * accuracy 0.918. What it got wrong: bodies whose last word no list has ("Trilith Studios",
 * "Arista Networks", "Meta Platforms", "Valor Econômico" after "the business daily") defaulted to
 * person; a company or group named after a place or read as one ("Aruba" the HPE unit, "Gartner"
 * after "at", "Houthis"); acronyms never spelled out beside their name ("HPE", "FTC") left as
 * entities of their own; "and" inside an unknown name ("Competition and Markets Authority");
 * "of" joined after a title ("State Sen. Elena Parent of Atlanta"); a particle in a name after an
 * unlisted title ("São Paulo Governor Tarcísio de Freitas"); "Massachusetts Democrat" as one name;
 * "UN-brokered"; "B3"; a speech verb after a place ("Goiás warned").
 * Those four then moved to tuned, and general rules fixed their misses (company words "Studios",
 * "Networks", "Platforms"; a class stated by an apposition, a descriptive phrase or "an analyst
 * at"; a plural group name with its singular and the name it calls itself; short forms one
 * article proves: initials, a body's head word, a company without its company word; "and" inside
 * a public body's name; "of" only right after a head word; particles in a name after an unlisted
 * title; a place and a party member's noun; "-ed" compounds; Brazil's states): tuned P 1.000,
 * R 1.000, F1 1.000, type accuracy 1.000 on 30 articles.
 *
 * 2026-11-28, sixth held-out round: six articles (Indonesia's election result, Nigeria's central
 * bank, a Thuringia coalition dispute, the Jasper wildfire, Seven & i and Couche-Tard, the UN vote
 * on the AU force in Somalia; 167 gold entities), written and annotated before any of this
 * round's rules were written (no word or pattern was added for them that no tuned miss called
 * for: not "Capital", "Railway", Canada's provinces, "known as"), one run: P 0.867, R 0.934, F1 0.899, type accuracy 0.878; the
 * previous round's rules alone gave P 0.862, R 0.934, F1 0.897, type accuracy 0.859 on them. What
 * it got wrong: most type errors are unknown names with no cue falling to the defaults (person
 * for several words, place for one): last words no list has ("Yellowhead Highway", "Blue Nile",
 * "Grand Ethiopian Renaissance Dam", "ValueAct Capital", "Via Rail", "Jakarta Composite Index",
 * "Edmonton Expo Centre"), "Parks Canada", "Alimentation Couche-Tard", "Ito-Yokado", "Funke",
 * "al-Shabab", "al-Qaeda", "Landtag"; a title after an unknown town with a surname that is a
 * country ("Jasper Mayor Richard Ireland"), a hyphenated title ("Minister-President"); aliases
 * given by "known as", ", or", "known by its initials" or in another language ("KPU", "Bawaslu",
 * "AUSSOM", "BSW", "SPD", "CDU", "Left"); names with "in", "for", "&", a comma or a leading digit
 * ("African Union Transition Mission in Somalia", "Alternative for Germany", "Seven & i Holdings",
 * "Ministry of Economy, Trade and Industry", "7-Eleven", "Resolution 2719"); "Southland Corp. of
 * Dallas" joined; a person in apposition typed by the list rule ("the United Nations, Abukar Osman").
 *
 * Round 4's structural change: a name of several words is a person's only with evidence (a given
 * name from lexicon/given-names.ts, a title, a speech verb, a person noun in an apposition before
 * or after it, "who", a pronoun, a known surname, or its surname speaking alone elsewhere:
 * person-evidence.ts); without any, it is a body, or a place by its last word. On the 30 tuned
 * articles that alone moved type accuracy from 1.000 to 0.994 (three people with no evidence:
 * "Bill Clinton", "Jamieson Greer", "Dragoș Tudorache"), and on the six held-out ones type
 * accuracy from 0.878 to 0.904 (F1 0.899 to 0.902). Those six then moved to tuned, and general
 * rules fixed most of their misses (place feature words "Highway", "Dam", …; a colour before a
 * river; a body named for a country; brand spellings and "7-Eleven"; "al-" groups; "Index";
 * "Minister-President"; a title after a town before a surname that is a country; "known as",
 * ", or", "the commission, known by its initials"; a party's own-language initials; "Left" for
 * "Left Party"; "&", a ministry's comma list, "Mission in", "Resolution 2719"; no "of" after
 * "Corp."): tuned P 0.993, R 0.999, F1 0.996, type accuracy 0.993 on 36 articles.
 *
 * 2026-11-28, seventh held-out round: six articles (a typhoon in the Philippines, Poland's judges'
 * council law, Argentina's IMF review, BHP's nickel mines in Western Australia, the Arctic
 * Council handover, Bangladesh's garment wage protests; 186 gold entities), written and annotated
 * after this round's rules and before the builder first ran on them, one run: P 0.882, R 0.925,
 * F1 0.903, type accuracy 0.924. What it got wrong: long public bodies with "and" not ending in a
 * body word the "and" rule knows ("National Disaster Risk Reduction and Management Council",
 * "Department of Public Works and Highways", "Bangladesh Garment and Industrial Workers
 * Federation", "General Confederation of Labor", "Law and Justice"); two places joined by "and"
 * ("Northern Territory and South Australia"); a title with an unlisted word ("Resources Minister
 * Madeleine King"); "Sheikh" read as a title ("Sheikh Hasina"); a surname typed alone as a place
 * ("Reynders", "Hassan"); storms named after "Typhoon" or alone ("Typhoon Kristine", "Trami",
 * "Kong-rey") typed as places; bodies with one unknown word ("Interfax", "Inditex", "Gap",
 * "Iustitia", "Left", "Northern Fleet") defaulting to place; "World Food Programme" typed by
 * "Programme" as an initiative; "Camarines Sur" and "Anjuara Khatun" (after "operator", a noun the
 * person list lacks) as bodies; "the Bases law" as a place; a ship ("BRP Davao del Sur"); the
 * IMF's short form "the Fund" left apart from it (the head-word link skips lexicon names); "H&M"
 * and "X" missed; "Christmas", "Greenlanders", "February" and "Kingdom of Denmark" as names of
 * their own.
 * Those six then moved to tuned, and general rules fixed most of their misses (a storm's head word,
 * "Typhoon Kristine", types it as an event, and links its bare name and "the storm, known
 * internationally as Trami"; "Naga" for "Naga City"; "and" in a body after up to four plain words or
 * a country ("Bangladesh Garment and Industrial Workers Federation"), in "Department/Ministry of X
 * and Y", but not after a place word or before a compass word ("Northern Territory and South
 * Australia"); field words in titles ("Resources Minister"); a body's word right after title words
 * keeps them in the name ("General Confederation of Labor"); a body's head word links to a lexicon
 * name ("the Fund", the IMF); "Sur"/"Norte" provinces; a one-word name with shares, stores or a news
 * agency after it is a company; "and other retailers" after a list types it; a sentence-initial word
 * with an apposition is a name; "law", "decree", "project" after a name make it "other"; "Fleet";
 * "the Left"; holidays and "In <month>" are no names; a lexicon of UN agencies, news agencies and
 * "Law and Justice"): tuned P 0.987, R 0.993, F1 0.990, type accuracy 0.991 on 42 articles. Still
 * wrong there: "Sheikh Hasina", "Faruque Hassan", "Didier Reynders" (a surname alone typed as a
 * place), "Anjuara Khatun", "H&M", "X", "Canadian Pacific Kansas City", "Bill Clinton", "Association
 * for Elections and Democracy", "Foreign Exchange and Foreign Trade Act", "Alimentation
 * Couche-Tard", "Ito-Yokado", "West Musgrave", "BRP Davao del Sur", "Greenlanders", "Kingdom of
 * Denmark".
 *
 * 2026-11-28, eighth held-out round: six articles (Antakya's earthquake rebuilding, Vietnam's tariff
 * talks with the US, an Irish housing vote, Eskom's tariff ruling, an Ariane 6 launch from Kourou,
 * Mongolia and Rio Tinto over Oyu Tolgoi; 171 gold entities), written and annotated after this
 * round's rules and before the builder first ran on them (files frozen by sha256 first), one run:
 * P 0.931, R 0.953, F1 0.942, type accuracy 0.877. F1 is past the target; type accuracy is not.
 * What it got wrong: one-word companies and bodies with no cue the rules read defaulting to place
 * ("Eskom", "Arianespace", "Eumetsat", "Amazon", "Vingroup", "Gemadept", "Threshold", and "Rio
 * Tinto", "Turquoise Hill Resources", "Uisce Éireann"); products and vehicles, which no rule
 * types as "other" ("Ariane 6", "Ariane 5", "Falcon 9" cut before their number; "Soyuz", "Vega C",
 * "CSO-3", "Spectrum", "Project Kuiper"); Irish titles no list has ("Taoiseach Micheál Martin",
 * "Tánaiste Simon Harris"), and "Opposition" kept before "Democratic Party"; places typed as bodies
 * ("Bac Ninh", "Thai Nguyen", "Inner Mongolia", "Guiana Space Centre"); "of <country>" not joined
 * after "Regulator" ("National Energy Regulator of South Africa"); an agreement with "and" early in
 * its name ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership"); "Samsung" not
 * linked to "Samsung Electronics"; "Daft.ie" cut at the dot; "French Armed Forces" and
 * "Anglo-Australian" as names.
 * Those six then moved to tuned (48 articles: P 0.978, R 0.987, F1 0.982, type accuracy 0.973 with
 * the eighth round's rules), and general rules fixed their misses (each with unit tests beside it,
 * as have the eighth round's: classify.test.ts, candidates.test.ts, article-links.test.ts):
 * lexicons from general knowledge of a few hundred well-known companies, brands and space agencies
 * (lexicon/companies.ts; "Amazon" beside "rainforest" stays the place), first-level regions of large
 * countries and non-capital cities compromise lacks (lexicon/regions.ts), foreign titles
 * ("Taoiseach", "Tánaiste", "Emir", "Sultan", "Ayatollah", "President-elect") and a country's formal
 * name ("Kingdom of Denmark"); products as "other" (products.ts): a word with a model number or
 * letter ("Ariane 6", "Falcon 9", "Vega C", not "Category 5", "Paris 2024", "Malcolm X"), a code
 * ("CSO-3"), a product noun after it ("Soyuz rockets", not "rocket attacks"), "Project Kuiper";
 * companies by wording only a company takes (company-cues.ts: "operated by X", "a unit of X", "X's
 * shares", "X chief executive") or by a coined name's ending ("Vingroup", "Arianespace", "Eumetsat",
 * "Eskom"), company last words ("Resources", "Electronics", "Aerospace") that also link the short
 * form ("Samsung"), web addresses ("Daft.ie"), "H&M"-style initials; nouns stating a body before or
 * after a name ("utility", "charity", "operator", "website"); plural place nouns ("the provinces of
 * Bac Ninh and Thai Nguyen"); "Inner"/"Outer" regions; "Space Centre" as a venue; "Regulator" as a
 * body's word; "and" in an agreement's or law's name ("Comprehensive and Progressive Agreement
 * for …", "Foreign Exchange and Foreign Trade Act"), in a body named "for" two causes ("Association
 * for Elections and Democracy") or for the body it serves ("African Union Support and Stabilization
 * Mission"); a short form of syllables in parentheses ("(Perludem)"); a party's standing word
 * dropped ("Opposition Democratic Party"); a portfolio before "Minister" is no body ("French Armed
 * Forces Minister"); compounds of two peoples are adjectives ("Anglo-Australian").
 * Then, probing with sentences and articles written for the purpose (no fixture), more general
 * rules: the remaining sovereign states, capitals, formal names ("Kingdom of Denmark"), Greenland,
 * groupings and aid groups by acronym ("G7", "ASEAN", "MSF"); a known place then a word that names
 * no place is a body, unproven ("Kenya Power"; "Jordan Bardella said" stays a person); bodies whose
 * foreign head word comes first ("Banco …", "Yacimientos …"); "Operation X" and "COP29" as events;
 * sites before "mine", "port", "shrine", "crossing" as places, names before "program" as "other";
 * one word a phrase restates between commas ("the main opposition party, Chadema,"), after "owned
 * by", "its
 * coalition partner", or in "the country's largest lender"; a leader before "administration";
 * person evidence from "led by", a capitalised title in an apposition ("The Sultan of Brunei,
 * Hassanal Bolkiah," no longer a list) and more person nouns; a sentence-initial adjective before a
 * head word stays ("Supreme Court", "State Bank of Vietnam", "Storm Boris"), a class noun goes
 * ("Insurer ICICI Lombard"), a given name before a particle stays ("Marine Le Pen", surname "Le
 * Pen"); a closing quote opens no sentence; a speech verb supports a sentence-initial word
 * ("Transnet said", not "Nobody said"); religious adjectives; "M23 rebels"; prizes as "other";
 * "the Caribbean" with no noun after it; a county named in a title ("Kerr County Judge"), a company
 * in its executive's ("Nexora Chief Executive Tom Hale"); one word after "according to", "the
 * merger of", before "'s plant" or "spokeswoman" as a company; surnames in "-sky" opening a sentence.
 * Tuned P 0.996, R 0.996, F1 0.996, type accuracy 0.996 on 48 articles. Still wrong there: "Sheikh
 * Hasina", "Faruque Hassan", "Didier Reynders", "Anjuara Khatun", "X", "Bill Clinton", "West
 * Musgrave", "BRP Davao del Sur", "Dhaka-Tangail".
 *
 * 2026-11-28, ninth held-out round: six articles (a TikTok privacy class action in British
 * Columbia, the Bank of Korea's rate decision, a mining-corridor blockade near Cusco, an Emirates
 * order at the Dubai Airshow, Tanzania's electric railway, a Pacific Islands Forum summit in
 * Honiara; 216 gold entities), written and annotated by a helper who never saw the rules and frozen
 * (sha256) at 19:03, before this round's rules were written by another who never saw them; one run
 * at 19:57: P 0.931, R 0.940, F1 0.935, type accuracy 0.926 (the eighth round: F1 0.942, type
 * 0.877). What it got wrong: Gulf honorifics kept apart from the name ("Sheikh Mohammed bin Rashid
 * Al Maktoum" found without "Sheikh"); aircraft and engines ("Boeing 777-9", "777X", "737 MAX 9" cut
 * to "MAX", "GE9X", "Airbus A350-1000" typed as companies); lower-case brands ("flydubai"); "Emirates
 * Group" apart from "Emirates"; "New Zealand" cut to "Zealand"; a long "and" group ("Western
 * European and Others Group"); a name opening with a year ("2050 Strategy for the Blue Pacific
 * Continent"); events and unions no word types ("Dubai Airshow" as a place, "Pacific Islands Forum"
 * once as an event once as a place, "Falepili Union", "Ocean of Peace" as bodies, "North West Shelf"
 * a place for a project); bodies ending in a place word ("Dubai Airports", "Riyadh Air" as places,
 * "Statistics Korea" as a person, "Boeing Commercial Airplanes" as a person); "Bill C-27" as a body;
 * "Democratic Republic of Congo" as a body in one article and apart from "Congo" in another;
 * "Ombudsman's Office", "Radio Santo Tomás" ("Santo Tomás" as a person); "Tuvaluans" as a place;
 * duplicates of a name with "The" ("The Associated Press") or its initials ("BOK", "DXB").
 * Those six then moved to tuned (54 articles: P 0.986, R 0.987, F1 0.986, type accuracy 0.985 with
 * the ninth round's rules), and general rules fixed their misses (unit tests beside each, with a
 * look-alike that must not fire): a common word opening a name a lexicon knows stays at a sentence's
 * start ("New Zealand's", which lost "New" as a common word); a capitalised "The" before a known
 * name goes ("told The Associated Press"); a title's possessive before "Office" is one body
 * ("Ombudsman's Office"); a year before an initiative's word opens its name ("2050 Strategy for …");
 * "and Others" stays inside a name; aircraft and engines as "other" (products.ts): a known maker and
 * a three-digit number with a variant ("Boeing 777-9"), a number and a letter ("777X"), a number and
 * capitals ("737 MAX 9"), "A350-1000", engine codes ("GE9X"); a lower-case word no dictionary has
 * after a company noun ("carrier flydubai"); a known company then more words as its unit ("Boeing
 * Commercial Airplanes"); "Radio" and "Statistics" opening a body's name; airports or railways in
 * the plural and "Air" last as companies ("Dubai Airports", "Riyadh Air"); "Bill C-27" as "other";
 * "Airshow" as an event; a forum with members ("secretary general of", "Forum members") as a body;
 * a name the writer calls a treaty, or before "declaration", as "other" ("Falepili Union", "Ocean of
 * Peace"); "of" with or without "the" in a known name ("Democratic Republic of Congo") and "Congo" as
 * news style's short name for it; "the Gulf" as the Persian Gulf; a people's plural from a known
 * place is no place ("Tuvaluans"); "Bank of Korea" and "BOK" (initials keeping the "O" of "of");
 * "Dar" for "Dar es Salaam" (a place's first word before a lower-case particle); a company
 * introduced as another's parent or sister ("its parent, the Emirates Group") not linked to it by
 * shared words. The gold listed the Gulf rulers with "Sheikh" in the name, which the project treats
 * as a title (lexicon/words.ts, like "Emir"): their names there are now without it, the "Sheikh"
 * forms kept as aliases. Tuned P 0.996, R 0.997, F1 0.996, type accuracy 0.996 on 54 articles
 * (F1 0.994 with the gold as it was). Still wrong there: "DXB" (an airport's code, which only a
 * lexicon entry would link), "North West Shelf" and "West Musgrave" (projects named after a place),
 * and the eighth round's "Sheikh Hasina", "Faruque Hassan", "Didier Reynders", "Anjuara Khatun",
 * "X", "Bill Clinton", "BRP Davao del Sur", "Dhaka-Tangail".

 *
 * 2026-11-28, tenth held-out round: six articles (Volkswagen's Osnabrück plant, floods in Assam, a
 * Ghanaian oil field's output, an Argentine court ruling on football clubs, the Venice Golden Lion,
 * a JAXA launch from Tanegashima; 230 gold entities, 35 of them "other"), written and annotated by
 * a helper who never saw the rules and frozen (sha256) at 19:27, before the tenth round's rules were
 * written by another who never opened them; one run at 20:16: P 0.923, R 0.935, F1 0.929, type
 * accuracy 0.833. Type accuracy moves with a set's mix: this one is heavy with products, films,
 * prizes, ships and missions named with no cue (typed as bodies or places: "Porsche Cayman" and
 * "Boxster", "T-Roc Cabriolet", "Karmann Ghia", "Hayabusa", "H-IIA", "MEGANE", "IDEFIX", "Martian
 * Moons eXploration", "FPSO Kwame Nkrumah", "Noble Venturer", "Golden Lion", "Volpi Cup", "Odessa
 * Winter", "Harvest County", "Extended Credit Facility", "Space Strategy Fund"); film titles of
 * common words were missed or cut ("Poor Things", "Nomadland", "Lagos by Night", "The Quiet
 * Machines", "Les Heures claires"); football clubs typed as places ("Rosario Central", "Newell's Old
 * Boys", "Estudiantes de La Plata", "Botafogo", "Independiente" missed), "Copa Libertadores" as a
 * body; oil fields as bodies ("Jubilee", "TEN"); "of Rosario" not joined after "Federal Chamber of
 * Appeals", "Decree 70/2023" cut at the slash, "National Highway 715" cut before its number, "and
 * Conservation" not joined; "Karbi Anglong" a body, "State Disaster Response Force" a place,
 * "Rupali Bora" and "Tobi Adeyemi" bodies, "Eurimages" and "Mubi" places; "Thorsten Gröger" found
 * as "Gröger"; duplicates ("Tullow Oil" beside "Tullow", "Brahmaputra River", "Kaziranga National
 * Park").
 * Those six then moved to tuned (60 articles: P 0.985, R 0.987, F1 0.986, type accuracy 0.972 with
 * the tenth round's rules), and general rules fixed their misses (unit tests beside each, with a
 * look-alike that must not fire): a short span in title case between double quotes is a work's
 * title, kept whole with "The" and small words, or in sentence case after a foreign article ("Les
 * Heures claires"), typed "other" (quoted-titles.ts; speech and a lone common word in quotes are
 * not); a name before "for best" is a prize, a ship's prefix ("FPSO", "MV", "BRP") names a ship,
 * what a plant "builds the …" and a product noun "called …" are products (works.ts); a product
 * family named without its number beside the numbered one ("Hayabusa" and "Hayabusa2",
 * model-families.ts); a letter and digits before a product noun ("an H3 rocket"), Roman-numeral
 * rocket codes ("H-IIA"), a model code ending its name ("Daichi-3 Earth observation"), a model
 * before "sports cars"; "eXploration"-style words as name words; "Copa …" as an event, "Awards" (a
 * ceremony) as an event and no longer a prize, a lender's "… Credit Facility" and "Decree 70/2023"
 * (its year kept after the slash) as "other", "Force" as a body's word, road numbers ("National
 * Highway 715"); an oil or gas field by "field(s)" after it, over "a stake in" and capitals
 * ("TEN"); "hills of" before a place; a second "of" after a court named for its field ("Federal
 * Chamber of Appeals of Rosario"); two words for the first cause in a body named "for" two
 * ("Centre for Wildlife Rehabilitation and Conservation"); appositions read past "one of the …", a
 * known place or a possessive name, and a compound in "-owned" ("the Rio de Janeiro club", "the
 * Council of Europe's fund", "a family-owned coachbuilder"), with "club(s)", "fund",
 * "distributor", "coachbuilder" as body nouns and products and films as "other" ones; "X' members"
 * as a body; a listed given name keeps its place at a sentence's start ("Thorsten Gröger", and the
 * seventh round's "Didier Reynders"), and given names from India and West Africa; "Porsche" in the
 * companies list and "Oil" as a company's last word ("Tullow" for "Tullow Oil"); "the Brahmaputra"
 * linked to "the Brahmaputra River" (not "the Bicol region", nor the town "Jasper"); a club by its
 * first word before a particle ("Estudiantes de La Plata"); a product "known as" its initials with
 * its noun between ("… probe, known as MMX"); "South American" as an adjective. Tuned P 0.995, R
 * 0.997, F1 0.996, type accuracy 0.995 on 60 articles; the seed dataset is unchanged. Still wrong
 * there: "Kaziranga National Park" apart from "Kaziranga" (a park's bare name is as often a
 * town's: "Jasper"), "Newell's Old Boys" (a possessive inside a club's name), "Venice Biennale" (a
 * body only "run by" says so), "Space Strategy Fund" (a fund of money, not a body), "Martian" (an
 * adjective of Mars), and the earlier rounds' "X", "Sheikh Hasina", "Faruque Hassan", "Anjuara
 * Khatun", "Bill Clinton", "Dhaka-Tangail", "DXB", "North West Shelf", "West Musgrave".
 *
 * 2026-11-28, eleventh held-out round: six everyday stories (Portugal's budget vote, Hurricane
 * Melissa in Jamaica, Malawi's election campaign, a measles outbreak in Texas, Thailand's
 * Constitutional Court suspending the prime minister, the Europa League final in Bilbao; 164 gold
 * entities, none "other"), written and annotated by a helper who never saw the rules and frozen
 * (sha256) at 20:19, while the eleventh round's rules were written by another who never opened
 * them; one run at 20:32: P 0.937, R 0.994, F1 0.964, type accuracy 0.914. Nine of the fourteen type
 * errors are in the football story: clubs typed as places ("Tottenham", "Chelsea"), competitions
 * as bodies ("Europa League", "Champions League", "Premier League", "Conference League"), players
 * with unlisted given names as a place or a body ("Pape Matar Sarr", "Guglielmo Vicario"),
 * "Deloitte" a place; "Erik ten Hag" split at its particle. Elsewhere: "Robert F. Kennedy Jr." cut
 * at the initial (and typed a place), "Centers for Disease Control" split at "for", a hospital and a
 * health district typed body/place the other way round from the gold, "Emerald Triangle" a person,
 * "Liberal Initiative" (a party) as "other", "Socialists", "Mennonite", "Local Government" and
 * "Office of Disaster Preparedness" (a short form of a longer name) found on their own, "Everything
 * I" from a quote.
 * Those six then moved to tuned (66 articles: P 0.989, R 0.997, F1 0.993, type accuracy 0.987 with
 * the eleventh round's rules), and general rules fixed their misses (unit tests beside each, with
 * a look-alike that must not fire): in a sports story (three match-report words such as
 * "goalkeeper", "halftime", "scored"; a score alone is none) a name ending in "League", "Cup",
 * "Open", "Grand Prix", "Championship(s)", "Trophy", "Series" or "Games" is a competition, an
 * event, unless a lexicon knows a body ("Arab League"), and a town's name the story shows playing
 * ("X beat", "X face", "X manager", "X fans", "beat X", "signed for X") is the club (sports.ts);
 * Dutch "ten" and "ter" inside a name ("Erik ten Hag"); a middle initial's dot after a given name
 * does not end the name ("Robert F. Kennedy Jr."); "Centers" and "Centres" as body words, so "for"
 * joins ("Centers for Disease Control and Prevention"); "and" joins where the initials printed
 * after ("known as ODPEM") spell both halves; a district named for a service ("… Public Health
 * District") is a body, a hospital one is "at" a site (as the gold has it), "Hospital officials"
 * still linked to it; "Triangle" as a place's word; an ideology before "Initiative" is a party
 * ("Liberal Initiative"); a party's plural ("the Socialists") linked to "<singular> Party" when
 * printed; church adjectives ("Mennonite", "Baptist", …) name no one; the pronoun "I" after a
 * sentence's first word that is no given name ends a name ("Everything I said", not "Elizabeth
 * I"); a common adjective and a generic body word before "Minister" are a portfolio ("Local
 * Government Minister"); "Deloitte" and the other big accountancies as companies; "Pape" and
 * "Guglielmo" as given names. Tuned P 0.996, R 0.998, F1 0.997, type accuracy 0.996 on 66
 * articles; the seed dataset is unchanged. Still wrong there: the earlier rounds' "X", "Sheikh
 * Hasina", "Faruque Hassan", "Anjuara Khatun", "Bill Clinton", "Dhaka-Tangail", "DXB", "North West
 * Shelf", "West Musgrave", "Kaziranga National Park", "Newell's Old Boys", "Venice Biennale",
 * "Space Strategy Fund", "Martian".
 *
 * 2026-11-28, twelfth held-out round: six stories (the Reserve Bank of India's rate cut, a Test
 * match in Christchurch, wildfires around Viña del Mar, an Italian court on the Albania migrant
 * centres, Intel's layoffs, Cameroon's malaria vaccine; 181 gold entities), written and annotated
 * by a helper who never saw the rules and frozen (sha256) at 20:35, while the twelfth round's rules
 * were written by another who never opened them; one run at 20:45: P 0.921, R 0.972, F1 0.946, type
 * accuracy 0.932. What it got wrong: a title kept apart where the gold keeps it ("Pope Francis" found
 * as "Francis"); "and" in a law's name after an acronym ("CHIPS and Science Act"); "Brothers of
 * Italy" cut to "Brothers"; "Lord's" (a possessive ground) missed and "Test" found; vaccine names
 * with commas and slashes ("RTS,S", "R21/Matrix-M"), "Gavi, the Vaccine Alliance"; places typed as
 * bodies or people ("Basin Reserve", "Villa Alemana", "National Botanical Garden", "Lake Peñuelas
 * National Reserve"); "New Zealand Cricket" a place, "Ashes" a place, "BSE Sensex" and "ChatGPT"
 * bodies, "El Niño" a person, "Shaktikanta Das" a body; month ranges ("July-September"), "Celsius",
 * "DNA", "AI" and a quoted clause found as names.
 *
 * Those six then moved to tuned, and general rules fixed most of it: units, capitalised common
 * nouns ("DNA", "AI", a cricket "Test") and spans of months are no names (non-names.ts); "and"
 * after a law's own acronym joins ("CHIPS and Science Act"); "of" after a plural of kin or
 * fellowship joins ("Brothers of Italy"); "Garden" and "Reserve" end places ("Reserve" no longer a
 * body's last word: "Federal Reserve" is a known name); "Villa" opens Spanish towns; a place and a
 * sport's word is the national body ("New Zealand Cricket"); "Ashes" and a few other series are
 * events; climate patterns and "ChatGPT" are "other" (lexicon/other-names.ts), "BSE Sensex" is the
 * Sensex; "he replaced <name>" makes a person. "Pope Francis" follows the convention of splitting
 * titles ("Prince Faisal bin Farhan" is "Faisal bin Farhan"): the gold now names "Francis" with
 * "Pope Francis" as an alias. Left: "Lord's", vaccine names with commas and slashes ("RTS,S",
 * "R21/Matrix-M"), "Gavi, the Vaccine Alliance", "Serum Institute" kept apart from its long
 * name, the quoted clause. Tuned then: P 0.993, R 0.997, F1 0.995, type accuracy 0.995.
 *
 * 2026-11-28, thirteenth held-out round: six stories (an Air Canada flight attendants' strike,
 * Cape Town's housing plan, Novo Nordisk's results, the Styria state election, floods in
 * Kelantan, a rugby Champions Cup match in Toulouse; 176 gold entities), written and annotated by
 * a helper who never saw the rules and frozen (sha256) at 20:59, while the thirteenth round's rules
 * were written by another who never opened them; one run at 21:06: P 0.925, R 0.983, F1 0.953, type
 * accuracy 0.884. Nine of the twenty type errors are in the rugby story: players whose given names
 * are also words or no list has them ("Will Muir", "Finn Russell", "Ted Hill", "Peato Mauvaka") as
 * places or bodies, clubs named like places ("Bath", "Munster", "Northampton Saints"),
 * "Premiership" a place, "Stade Ernest-Wallon" a person; elsewhere drug brands with no cue as places
 * or bodies ("Wegovy", "Ozempic", "Zepbound", "CagriSema", "Aeroplan"), towns no list has as bodies
 * ("Mitchells Plain", "Bad Aussee", "Gua Musang", "Peninsular Malaysia"), "Conradie Hospital" a body,
 * "Canada Labour Code" a body; "Homes Close to Work" and "Franklin's Gardens" cut; "Sultan Ismail
 * Petra Airport" lost its first word to the title rule; "Holders Stade Toulousain", "Section 107",
 * "Malay", "Olympic", "MetMalaysia", "National Disaster Management Agency" (a short form) and "Freedom
 * Party of Austria" (beside "FPO") found on their own.
 * Those six then moved to tuned (78 articles: P 0.987, R 0.996, F1 0.991, type accuracy 0.985 with
 * the thirteenth round's rules). */
const FLOORS = {
  tuned: { f1: 0.99, typeAccuracy: 0.985 },
  heldout: { f1: 0.95, typeAccuracy: 0.88 },
};

// Between rounds the held-out folder is empty (its articles moved to tuned, the next ones not
// written yet): its test is skipped, and says so, rather than passing on nothing.
const empty = Object.keys(FLOORS).filter((set) => setArticles(set).length === 0);
for (const set of empty) console.warn(`extraction ${set}: no articles in test/fixtures/articles/${set}/, its quality test is skipped`);

describe.each(Object.entries(FLOORS))('extraction quality on the %s articles', (set, floor) => {
  if (empty.includes(set)) {
    it.skip(`reaches F1 ${floor.f1} and type accuracy ${floor.typeAccuracy} (no ${set} articles yet)`, () => {});
    return;
  }
  const score = scoreSet(set);

  it(`reaches F1 ${floor.f1} and type accuracy ${floor.typeAccuracy}`, () => {
    const summary = { precision: score.precision, recall: score.recall, f1: score.f1, typeAccuracy: score.typeAccuracy };
    console.log(`extraction ${set}: ${JSON.stringify(summary, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`);
    const problems = score.articles.flatMap((a) => [...a.missed.map((m) => `missed ${m}`), ...a.spurious.map((s) => `spurious ${s}`), ...a.wrongType]);
    expect(score.f1, problems.join('\n')).toBeGreaterThanOrEqual(floor.f1);
    expect(score.typeAccuracy, problems.join('\n')).toBeGreaterThanOrEqual(floor.typeAccuracy);
  });
});
