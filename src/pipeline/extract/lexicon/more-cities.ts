import type { KnownPlace } from './countries';

/**
 * More cities of the world, written for this project from general knowledge: large cities (about
 * half a million people or more) and smaller ones that news names often (front-line towns, ports,
 * resorts, seats of a government or a base), each checked against what the extractor already knows
 * (its own lists and compromise's) and kept only when unknown. Older English names that news still
 * prints ("Bombay", "Rangoon", "Saigon") are rows of their own, the current name being known already.
 * Left out on purpose: cities named like a given name, a surname, an English word or a company or
 * club used alone ("Houston", "Osaka", "Irvine", "Chiba", "Siena", "Oran", "Slough", "Angers",
 * "Tema", "Formosa", "Chesapeake"), and names of one or two letters.
 * One city per "|": "Name/Other spelling=Adjective,Plural adjective".
 */
export const MORE_CITIES: KnownPlace[] = `
  Guiyang|Xining|Yinchuan|Hohhot|Kashgar|Quanzhou|Wenzhou|Xuzhou|Yangzhou|Zhuhai|Zhanjiang|Haikou|Sanya|
  Luoyang|Kaifeng|Datong|Yantai|Weifang|Linyi|Anshan|Fushun|Daqing|Qiqihar|Mudanjiang|Jiaxing|Shaoxing|Yiwu|
  Huizhou|Jiangmen|Guilin|Liuzhou|Baoding|Handan|Zhangjiakou|Qinhuangdao|Yichang|Xiangyang|Zhuzhou|Hengyang|
  Yueyang|Ganzhou|Jingdezhen|Mianyang|Zigong|Yibin|Luzhou|Zunyi|Lijiang|Shigatse|Karamay|Hotan|Ruili|Erenhot|
  Manzhouli|Hunchun|Dandong|Chifeng|Wuhu|Bengbu|Huainan|Anqing|Jiujiang|Putian|Huzhou|Zhoushan|Lianyungang|
  Yancheng|Zhenjiang|Rizhao|Jining|Xinxiang|Anyang|Pingdingshan|Hsinchu|Taoyuan|Keelung|Hualien|Chiayi|Kinmen|
  Vadodara|Agra|Nashik|Meerut|Rajkot|Dhanbad|Howrah|Coimbatore|Gwalior|Vijayawada|Madurai|Hubli|Bareilly|
  Mysuru/Mysore|Gurugram/Gurgaon|Aligarh|Jalandhar|Tiruchirappalli|Bhubaneswar|Warangal|Noida|Bhilai|Cuttack|
  Kozhikode|Bhavnagar|Asansol|Nellore|Ajmer|Jammu|Mangaluru/Mangalore|Belagavi|Jhansi|Siliguri|Rishikesh|
  Haridwar|Mathura|Prayagraj|Ujjain|Puducherry/Pondicherry|Thrissur|Kollam|Kannur|Tirupati|Vellore|Hosur|
  Pathankot|Bathinda|Panipat|Rohtak|Hisar|Karnal|Ambala|Nanded|Bikaner|Alwar|Darbhanga|Bokaro|Rourkela|
  Porbandar|Jamnagar|Mundra|Sabarimala|Kanyakumari|Bodh Gaya|Sopore|Baramulla|Anantnag|Pulwama|Kupwara|Kargil|
  Pahalgam|Poonch|Rajouri|Kathua|Dantewada|Kalimpong|Darjeeling|Dibrugarh|Silchar|Tawang|Wayanad|Gujranwala|
  Sialkot|Sargodha|Sukkur|Larkana|Mardan|Gwadar|Dera Ismail Khan|Bannu|Kohat|Mingora|Chitral|Gilgit|Skardu|
  Turbat|Khuzdar|Nawabshah|Rahim Yar Khan|Dera Ghazi Khan|Jhelum|Sahiwal|Kasur|Torkham|Parachinar|Miranshah|
  Landi Kotal|Barisal|Mymensingh|Comilla|Cox's Bazar|Bogra|Jessore|Pokhara|Biratnagar|Birgunj|Galle|Jaffna|
  Trincomalee|Batticaloa|Negombo|Hambantota|Ghazni|Lashkar Gah|Khost|Bamiyan|Pul-e-Khumri|Taloqan|Spin Boldak|
  Sangin|Bekasi|Tangerang|Depok|Palembang|Batam|Bogor|Pekanbaru|Bandar Lampung|Malang|Samarinda|Balikpapan|
  Yogyakarta|Surakarta|Banjarmasin|Pontianak|Manado|Jayapura|Kupang|Mataram|Ambon|Palu|Kendari|Jambi|Bengkulu|
  Banda Aceh|Cirebon|Tasikmalaya|Cilegon|Sukabumi|Magelang|Caloocan|Makati|Taguig|Pasig|Antipolo|
  Cagayan de Oro|Bacolod|Baguio|Cotabato|Jolo|Olongapo|Iligan|Puerto Princesa|Mandaue|Dumaguete|Ipoh|
  Petaling Jaya|Klang|Putrajaya|Melaka|Seremban|Kuantan|Kota Bharu|Alor Setar|Sibu|Sandakan|Tawau|Chiang Rai|
  Hat Yai|Khon Kaen|Nakhon Ratchasima|Udon Thani|Ubon Ratchathani|Krabi|Koh Samui|Hua Hin|Ayutthaya|Sukhothai|
  Pattani|Narathiwat|Songkhla|Surat Thani|Nonthaburi|Mae Sot|Vung Tau|Bien Hoa|Buon Ma Thuot|Quy Nhon|Ha Long|
  Dalat/Da Lat|Phan Thiet|Rach Gia|Phu Quoc|Mong Cai|Battambang|Kampot|Poipet|Luang Prabang|Savannakhet|Pakse|
  Mawlamyine|Bago|Sittwe|Myitkyina|Lashio|Taunggyi|Myawaddy|Hpa-an|Monywa|Saitama|Kitakyushu|Shizuoka|
  Kumamoto|Kagoshima|Niigata|Hamamatsu|Sagamihara|Gifu|Aomori|Ishinomaki|Kesennuma|Minamisoma|Yokosuka|Sasebo|
  Iwakuni|Nago|Ginowan|Oita|Hakodate|Asahikawa|Kushiro|Wajima|Tsuruga|Matsue|Tottori|Shimonoseki|Kurashiki|
  Himeji|Higashiosaka|Hachioji|Tsukuba|Ulsan|Suwon|Changwon|Goyang|Yongin|Seongnam|Jeonju|Cheongju|Pohang|
  Gyeongju|Gimhae|Jeju|Pyeongtaek|Paju|Gangneung|Andong|Mokpo|Yeosu|Geoje|Gimpo|Kaesong|Hamhung|Chongjin|
  Wonsan|Sinuiju|Nampo|Rason|Yongbyon|Punggye-ri|Karaganda|Aktobe|Aktau|Atyrau|Pavlodar|Semey|Oskemen|Taraz|
  Kyzylorda|Baikonur|Osh|Jalal-Abad|Namangan|Andijan|Fergana|Nukus|Khujand|Kulob|Turkmenabat|Qom|Kermanshah|
  Urmia|Rasht|Kerman|Zahedan|Hamadan|Yazd|Ardabil|Bushehr|Natanz|Fordow|Sanandaj|Gorgan|Zanjan|Qazvin|Kashan|
  Chabahar|Abadan|Khorramshahr|Dezful|Birjand|Semnan|Parchin|Tikrit|Samarra|Ramadi|Baqubah|Nasiriyah|Hillah|
  Diwaniyah|Dohuk/Duhok|Sinjar|Tal Afar|Haditha|Halabja|Zakho|Umm Qasr|Abu Ghraib|Douma|Manbij|Afrin|
  Tal Abyad|Ras al-Ain|Palmyra|Suwayda/Sweida|Quneitra|Jableh|Baniyas|Azaz|Jarablus|Al-Bab|Saraqib|
  Khan Sheikhoun|Hasakah|Abu Kamal|Tabqa|Nabatieh|Byblos|Jounieh|Zahle|Bint Jbeil|Marjayoun|Zarqa|Mafraq|
  Madaba|Karak|Netanya|Rishon LeZion|Holon|Bnei Brak|Ramat Gan|Herzliya|Rehovot|Nazareth|Tiberias|Safed|
  Kiryat Shmona|Nahariya|Dimona|Ofakim|Netivot|Ma'ale Adumim|Modiin|Lod|Ramla|Umm al-Fahm|Tulkarm|Qalqilya|
  Beit Hanoun|Beit Lahiya|Nuseirat|Bureij|Huwara|Taif|Tabuk|Abha|Buraidah|Khobar|Dhahran|Jubail|Yanbu|Najran|
  Jizan|NEOM|AlUla|Ajman|Ras al-Khaimah|Fujairah|Al Ain|Salalah|Sohar|Duqm|Ras Laffan|Ibb|Dhamar|Hajjah|
  Eskisehir|Samsun|Denizli|Kocaeli|Izmit|Sakarya|Manisa|Balikesir|Erzurum|Elazig|Sivas|Mardin|Sirnak|Hakkari|
  Cizre|Nusaybin|Kilis|Osmaniye|Iskenderun|Bodrum|Marmaris|Fethiye|Alanya|Canakkale|Edirne|Tekirdag|Zonguldak|
  Rize|Giresun|Kars|Igdir|Tunceli|Bitlis|Siirt|Kutahya|Isparta|Tokat|Amasya|Corum|Kastamonu|Sinop|Artvin|
  Erzincan|Bolu|Duzce|Yalova|Sukhumi|Tskhinvali|Rustavi|Zugdidi|Sumgait|Shusha|Stepanakert/Khankendi|Vanadzor|
  Nakhchivan|Ismailia|Mansoura|Tanta|Zagazig|Asyut|Minya|Sohag|Qena|Faiyum|Damietta|Hurghada|El Arish|
  Sheikh Zuweid|Damanhur|Beni Suef|Marsa Matruh|Derna|Tobruk|Sabha|Zawiya|Ajdabiya|Bani Walid|Zintan|Gharyan|
  Ras Lanuf|Brega|Bizerte|Kairouan|Gabes|Gafsa|Monastir|Djerba|Ben Guerdane|Sidi Bouzid|Kasserine|Annaba|
  Blida|Batna|Setif|Tlemcen|Bejaia|Tizi Ouzou|Ouargla|Ghardaia|Tamanrasset|Hassi Messaoud|In Amenas|Agadir|
  Meknes|Oujda|Kenitra|Tetouan|Laayoune|Dakhla|Nador|Al Hoceima|Essaouira|Ouarzazate|Nouadhibou|Ilorin|Warri|
  Owerri|Abeokuta|Akure|Calabar|Uyo|Bauchi|Gombe|Makurdi|Lokoja|Osogbo|Ado-Ekiti|Asaba|Umuahia|Awka|Lafia|
  Dutse|Damaturu|Jalingo|Birnin Kebbi|Gusau|Chibok|Dapchi|Gwoza|Monguno|Sekondi-Takoradi/Takoradi|Sunyani|
  Bolgatanga|Korhogo|Thiès|Ségou|Sikasso|Ménaka|Tessalit|Bobo-Dioulasso|Djibo|Koudougou|Fada N'Gourma|Zinder|
  Maradi|Tahoua|Diffa|Tillabéri|Arlit|Moundou|Abéché|Sarh|Garoua|Maroua|Buea|Kumba|Bafoussam|Ngaoundéré|
  Bertoua|Bambari|Berbérati|Mbuji-Mayi|Kananga|Kolwezi|Likasi|Uvira|Butembo|Matadi|Mbandaka|Kindu|Kalemie|
  Rutshuru|Masisi|Bunagana|Minova|Walikale|Tshikapa|Pointe-Noire|Port-Gentil|Rubavu/Gisenyi|Butare|Musanze|
  Bujumbura|Entebbe|Gulu|Jinja|Mbarara|Mbale|Kasese|Arua|Malindi|Lamu|Garissa|Mandera|Wajir|Thika|Kakamega|
  Kitale|Naivasha|Machakos|Nyeri|Isiolo|Marsabit|Lodwar|Kakuma|Dadaab|Morogoro|Mbeya|Moshi|Tabora|Kigoma|
  Mtwara|Hawassa|Jimma|Dessie|Harar|Jijiga|Axum/Aksum|Lalibela|Adigrat|Gambella|Kombolcha|Debre Birhan|Woldia|
  Massawa|Assab|Bosaso|Galkayo|Garowe|Jowhar|Afgooye|Las Anod|Berbera|Burao|Dhusamareb|El Obeid|Kadugli|
  Geneina/El Geneina|Zalingei|Ed Daein|Atbara|Sennar|Dongola|Babanusa|Gedaref|Shendi|Merowe|Malakal|Bentiu|
  Renk|Aweil|Torit|Rumbek|Abyei|Ndola|Kitwe|Kabwe|Chingola|Solwezi|Mutare|Gweru|Masvingo|Kwekwe|Chinhoyi|
  Hwange|Marondera|Matola|Quelimane|Pemba|Chimoio|Mocímboa da Praia|Inhambane|Xai-Xai|Lichinga|Montepuez|
  Macomia|Blantyre|Mzuzu|Zomba|Huambo|Benguela|Lobito|Cabinda|Malanje|Namibe|Saurimo|Walvis Bay|Swakopmund|
  Oshakati|Rundu|Lüderitz|Francistown|Maun|Pietermaritzburg|Rustenburg|Mahikeng|Mbombela/Nelspruit|
  Stellenbosch|Paarl|Vereeniging|Sasolburg|Welkom|Tembisa|Boksburg|Germiston|Sandton|Midrand|Umhlanga|Mthatha|
  Marikana|Khayelitsha|Mitchells Plain|Phalaborwa|Manzini|Toamasina|Antsirabe|Mahajanga|Fianarantsoa|Toliara|
  Mamoudzou|Corpus Christi|Greensboro|Plano|Chula Vista|Laredo|Lubbock|Winston-Salem|North Las Vegas|Hialeah|
  Boise|Baton Rouge|Spokane|Des Moines|Tacoma|San Bernardino|Modesto|Santa Clarita|Oxnard|Grand Rapids|
  Amarillo|Yonkers|Akron|Little Rock|Grand Prairie|Tallahassee|Overland Park|Newport News|Chattanooga|Tempe|
  Peoria|Charleston|Syracuse|Pasadena|Ann Arbor|Allentown|Bridgeport|Waco|Uvalde|Kenosha|Lahaina|Key West|
  Boca Raton|Sarasota|Yuma|Nogales|Eagle Pass|Galveston|Shreveport|Biloxi|Pensacola|Atlantic City|Harrisburg|
  Scranton|Annapolis|Albany|New Haven|Hoboken|Topeka|Juneau|Montpelier|Frankfort|Cupertino|Palo Alto|
  Santa Monica|Sonoma|Las Cruces|Roswell|Los Alamos|Kalamazoo|Dearborn|Youngstown|Cedar Rapids|Abilene|
  Round Rock|Frisco|Gatineau|Burnaby|Kelowna|Kamloops|Nanaimo|Red Deer|Yellowknife|Whitehorse|Iqaluit|
  Thunder Bay|Sault Ste. Marie|Moncton|Fredericton|Trois-Rivières|Saguenay|Lac-Mégantic|Banff|Oshawa|Kitimat|
  Zapopan|Mérida|Hermosillo|Saltillo|Mexicali|Morelia|Torreón|Reynosa|Nuevo Laredo|Villahermosa|Xalapa|
  Tuxtla Gutiérrez|Mazatlán|Los Mochis|Ensenada|Tepic|Manzanillo|Puerto Vallarta|Irapuato|Uruapan|Apatzingán|
  Cuernavaca|Toluca|Ecatepec|Pachuca|Tampico|Ciudad Obregón|Piedras Negras|Agua Prieta|Tapachula|
  San Cristóbal de las Casas|Playa del Carmen|Chetumal|Iguala|Chilpancingo|Ayotzinapa|Zihuatanejo|Fresnillo|
  San Pedro Sula|La Ceiba|Choloma|Soyapango|Masaya|Puntarenas|Santiago de los Caballeros|Punta Cana|Gonaïves|
  Jacmel|Les Cayes|Camagüey|Guantánamo|Matanzas|Cienfuegos|Pinar del Río|Bayamo|Mayagüez|Castries|Kingstown|
  Willemstad|Oranjestad|Bucaramanga|Ibagué|Manizales|Neiva|Montería|Valledupar|Popayán|Tumaco|Quibdó|Riohacha|
  Sincelejo|Ciudad Guayana|Ciudad Bolívar|Maturín|Barinas|Puerto La Cruz|Cumaná|Puerto Ayacucho|Los Teques|
  Punto Fijo|Cuenca|Esmeraldas|Machala|Portoviejo|Ambato|Riobamba|Loja|Chiclayo|Piura|Iquitos|Huancayo|Tacna|
  Puno|Ayacucho|Cajamarca|Juliaca|Pucallpa|Chimbote|Tumbes|Huánuco|Talara|Oruro|Tarija|Potosí|Cobija|
  Riberalta|Temuco|Iquique|Arica|Puerto Montt|Punta Arenas|La Serena|Rancagua|Talca|Chillán|Calama|
  Viña del Mar|Coquimbo|San Miguel de Tucumán|Bahía Blanca|Comodoro Rivadavia|Río Gallegos|Bariloche|San Luis|
  Río Cuarto|Santiago del Estero|Puerto Madryn|El Calafate|Punta del Este|Paysandú|Porto Alegre|São Luís|
  Maceió|Campo Grande|Cuiabá|Aracaju|Londrina|Juiz de Fora|Ribeirão Preto|Uberlândia|Sorocaba|Niterói|
  Duque de Caxias|Nova Iguaçu|São Gonçalo|Guarulhos|Osasco|Santo André|São Bernardo do Campo|Feira de Santana|
  Porto Velho|Macapá|Boa Vista|Rio Branco|Foz do Iguaçu|Santarém|Marabá|Petrópolis|Angra dos Reis|Paraty|
  Caxias do Sul|Maringá|Ilhéus|Porto Seguro|Brumadinho|Ouro Preto|Caruaru|Mossoró|Campina Grande|Rondonópolis|
  Tabatinga|Stoke-on-Trent|Wolverhampton|Swansea|Londonderry|Dundee|Folkestone|Gateshead|Wigan|Burnley|
  Huddersfield|Rotherham|Luton|Milton Keynes|Swindon|Crewe|Salford|Stockport|Southport|Harrogate|Southend|
  Basildon|Guildford|Aberystwyth|Wrexham|Holyhead|Kilmarnock|Motherwell|Falkirk|Kirkcaldy|Stornoway|Omagh|
  Enniskillen|Newry|Lisburn|Ballymena|Armagh|Kilkenny|Drogheda|Dundalk|Sligo|Athlone|Killarney|Tralee|
  Le Havre|Saint-Étienne|Grenoble|Dijon|Nîmes|Clermont-Ferrand|Aix-en-Provence|Amiens|Limoges|Perpignan|Metz|
  Besançon|Orléans|Rouen|Mulhouse|Caen|Avignon|Poitiers|Bayonne|Biarritz|Cannes|Antibes|Menton|Ajaccio|Bastia|
  Boulogne-sur-Mer|Cherbourg|Chartres|Vichy|Annecy|Chamonix|Lorient|La Rochelle|Saint-Nazaire|Troyes|Sète|
  Arles|Béziers|Carcassonne|Nanterre|Créteil|Bobigny|Argenteuil|Montreuil|Aubervilliers|Colmar|Sarcelles|
  Bruges|Charleroi|Namur|Leuven|Mechelen|Ostend|Hasselt|Kortrijk|Zeebrugge|Groningen|Almere|Breda|Nijmegen|
  Arnhem|Haarlem|Enschede|Maastricht|Leiden|Delft|Zwolle|Apeldoorn|Den Bosch|Dordrecht|Veldhoven|Lelystad|
  Essen|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|Mannheim|Karlsruhe|Augsburg|Wiesbaden|
  Mönchengladbach|Gelsenkirchen|Aachen|Braunschweig|Kiel|Chemnitz|Freiburg|Krefeld|Mainz|Lübeck|Oberhausen|
  Rostock|Kassel|Saarbrücken|Ludwigshafen|Leverkusen|Osnabrück|Solingen|Heidelberg|Darmstadt|Regensburg|
  Ingolstadt|Würzburg|Wolfsburg|Ulm|Heilbronn|Göttingen|Pforzheim|Bremerhaven|Jena|Trier|Cottbus|Schwerin|
  Zwickau|Bautzen|Görlitz|Hanau|Wetzlar|Bayreuth|Garmisch-Partenkirchen|Ramstein|Grafenwöhr|Sinsheim|Fürth|
  Erlangen|Passau|Konstanz|Friedrichshafen|Tübingen|Marburg|Giessen|Fulda|Siegen|Paderborn|Gütersloh|
  Salzgitter|Celle|Lüneburg|Flensburg|Emden|Wilhelmshaven|Stralsund|Greifswald|Dessau|Eisenach|Weimar|Plauen|
  Grünheide|Mölln|Lucerne|Lugano|Bürgenstock|Neuchâtel|Fribourg|Montreux|Klagenfurt|Villach|Bregenz|Brescia|
  Taranto|Parma|Modena|Reggio Calabria|Reggio Emilia|Perugia|Livorno|Ravenna|Foggia|Rimini|Sassari|Monza|
  Bergamo|Pescara|Trento|Vicenza|Terni|Bolzano|Novara|Piacenza|Udine|Arezzo|Cesena|Lecce|Pisa|La Spezia|
  Lampedusa|Aosta|L'Aquila|Amatrice|Cutro|Crotone|Brindisi|Matera|Catanzaro|Cosenza|Agrigento|Trapani|
  Pozzuoli|Caserta|Benevento|Sorrento|Amalfi|Portofino|Cortina d'Ampezzo|Sanremo|Ventimiglia|Olbia|Empoli|
  Sassuolo|Cremona|Mantua|Las Palmas|Alicante|Valladolid|Vigo|Gijón|L'Hospitalet|Vitoria-Gasteiz|A Coruña|
  Elche|Badalona|Terrassa|Móstoles|Santa Cruz de Tenerife|Pamplona|Almería|Alcalá de Henares|Fuenlabrada|
  Leganés|San Sebastián|Getafe|Albacete|Castellón|Logroño|Badajoz|Huelva|Marbella|Lleida|Tarragona|Girona|
  Cádiz|Jaén|Ourense|Algeciras|Ceuta|Melilla|Benidorm|Ibiza|Huesca|Teruel|Ponferrada|Pontevedra|Ferrol|
  Santiago de Compostela|Torremolinos|Fuengirola|Paiporta|Coimbra|Funchal|Setúbal|Aveiro|Guimarães|Évora|
  Sintra|Cascais|Amadora|Ponta Delgada|Volos|Ioannina|Chania|Kalamata|Alexandroupolis|Corfu|Mykonos|Santorini|
  Lesbos|Samos|Chios|Larnaca|Paphos|Famagusta|Kyrenia|Niš|Kragujevac|Subotica|Novi Pazar|Mitrovica|Prizren|
  Peja|Bitola|Ohrid|Tetovo|Kumanovo|Mostar|Tuzla|Zenica|Srebrenica|Bihać|Rijeka|Osijek|Zadar|Dubrovnik|
  Vukovar|Šibenik|Celje|Nikšić|Budva|Kotor|Durrës|Vlorë|Shkodër|Elbasan|Korçë|Stara Zagora|Pleven|Brașov|
  Galați|Ploiești|Oradea|Brăila|Pitești|Sibiu|Bacău|Suceava|Tulcea|Satu Mare|Tiraspol|Bălți|Comrat|Debrecen|
  Szeged|Pécs|Győr|Nyíregyháza|Kecskemét|Székesfehérvár|Sopron|Prešov|Žilina|Nitra|Banská Bystrica|Trnava|
  Handlová|Plzeň|Olomouc|Liberec|České Budějovice|Hradec Králové|Pardubice|Ústí nad Labem|Karlovy Vary|
  Szczecin|Bydgoszcz|Białystok/Bialystok|Gdynia|Częstochowa|Radom|Toruń|Kielce|Gliwice|Zabrze|Olsztyn|Bytom|
  Opole|Przemyśl|Przewodów|Oświęcim|Zakopane|Sopot|Elbląg|Legnica|Tarnów|Płock/Plock|Zielona Góra|Pärnu|
  Liepāja|Jelgava|Šiauliai|Panevėžys|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping|Umeå|
  Luleå|Kiruna|Gävle|Sundsvall|Södertälje|Trollhättan|Stavanger|Drammen|Kristiansand|Bodø|Ålesund|Kirkenes|
  Longyearbyen|Esbjerg|Roskilde|Kolding|Espoo|Vantaa|Oulu|Jyväskylä|Kuopio|Rovaniemi|Lappeenranta|Vaasa|
  Imatra|Akureyri|Ufa|Voronezh|Saratov|Tyumen|Tolyatti/Togliatti|Izhevsk|Barnaul|Ulyanovsk|Khabarovsk|
  Yaroslavl|Makhachkala|Orenburg|Kemerovo|Novokuznetsk|Ryazan|Astrakhan|Naberezhnye Chelny|Penza|Lipetsk|
  Cheboksary|Tula|Stavropol|Ulan-Ude|Tver|Magnitogorsk|Sochi|Ivanovo|Surgut|Arkhangelsk|Smolensk|Kaluga|
  Volzhsky|Cherepovets|Oryol|Vologda|Saransk|Vladikavkaz|Grozny|Nalchik|Tambov|Sterlitamak|Petrozavodsk|
  Kostroma|Novorossiysk|Yoshkar-Ola|Nizhnevartovsk|Taganrog|Komsomolsk-on-Amur|Syktyvkar|Nizhny Tagil|Bratsk|
  Norilsk|Vorkuta|Petropavlovsk-Kamchatsky|Yuzhno-Sakhalinsk|Blagoveshchensk|Salekhard|Khanty-Mansiysk|Pskov|
  Veliky Novgorod|Shebekino|Yeysk|Tuapse|Anapa|Kerch|Feodosia|Simferopol|Yalta|Dzhankoi|Armyansk|
  Novocherkassk|Millerovo|Morozovsk|Primorsko-Akhtarsk|Dubna|Zelenograd|Khimki|Balashikha|Podolsk|Mytishchi|
  Lyubertsy|Krasnogorsk|Sergiev Posad|Obninsk|Sarov|Tobolsk|Kyzyl|Abakan|Cherkessk|Nazran|Derbent|Kizlyar|
  Khasavyurt|Gudermes|Sudzha|Kryvyi Rih|Vinnytsia|Poltava|Chernivtsi|Cherkasy|Zhytomyr|Rivne|Ternopil|
  Ivano-Frankivsk|Lutsk|Uzhhorod|Kropyvnytskyi|Kremenchuk|Bila Tserkva|Melitopol|Berdiansk|Enerhodar|
  Nova Kakhovka|Izium|Kupiansk|Sloviansk|Chasiv Yar|Toretsk|Vuhledar|Lysychansk|Sievierodonetsk/Severodonetsk|
  Horlivka|Makiivka|Debaltseve|Volnovakha|Soledar|Kostiantynivka|Druzhkivka|Selydove|Kurakhove|Myrnohrad|
  Huliaipole|Orikhiv|Robotyne|Tokmak|Vovchansk|Bucha|Irpin|Hostomel|Borodianka|Brovary|Izmail|Chornomorsk|
  Ochakiv|Nikopol|Marhanets|Pavlohrad|Kamianske|Uman|Konotop|Okhtyrka|Krasnohorivka|Dobropillia|Siversk|
  Kreminna|Svatove|Starobilsk|Alchevsk|Ilovaisk|Vitebsk|Mogilev|Babruysk|Baranovichi|Pinsk|Orsha|Wollongong|
  Geelong|Toowoomba|Ballarat|Bendigo|Launceston|Rockhampton|Bundaberg|Kalgoorlie|Lismore|Wagga Wagga|Mildura|
  Dubbo|Tamworth|Tauranga|Dunedin|Palmerston North|Rotorua|Queenstown|Gisborne|Invercargill|Whanganui|Lae|
  Madang|Mount Hagen|Lautoka|Papeete|Hagåtña|Pago Pago|Las Vegas/Vegas=Las Vegan,Las Vegans|Prince Rupert|Prince George|Saigon|Bombay|Calcutta|
  Madras|Rangoon
`
  .split('|')
  .map((entry) => entry.trim())
  .filter(Boolean)
  .map((entry) => {
    const [names, adjectives] = entry.split('=');
    const [name, ...aliases] = names!.split('/');
    return { name: name!, aliases, adjectives: adjectives ? adjectives.split(',') : [] };
  });
