import { wordSet } from './name-row';

/**
 * More given names, for the cultures and regions GIVEN_NAMES (given-names.ts) covers thinly:
 * Turkish, Kurdish, Persian and Afghan, Arabic (Gulf, Levant, Egypt, Maghreb), Horn of Africa,
 * East, West and Southern African, South and Southeast Asian, Japanese (printed first in Western
 * order: "Asa Yoneda"), Central Asian and Caucasian, Baltic, Nordic, Dutch and Flemish, Iberian,
 * Brazilian and Latin American, Italian, Greek, Balkan, Hungarian, Romanian, West and East Slavic,
 * Hebrew, Maori and Pacific, and English-speaking names and short forms common in news. From
 * general knowledge, written for this project. None repeats a name of given-names.ts or a name or
 * alias of another lexicon (compared without case or accents); like those, a multi-word name that
 * opens with one of these is a person's ("Kristalina Georgieva", "Thulani Maseko").
 * Left out on purpose, as in given-names.ts:
 * - names that are also places: Fatih, Soran, Mehran, Medina/Madina, Saida, Riyadh, Zayed, Sabah,
 *   Isa, Bandar, Haifa, Mina, Aden, Langa, Kabwe, Nandi, Jericho, Kobe, Lourdes, Rosario, Soledad,
 *   Orlando, Regina, Charlotte, Madison, Katy, Eugene, Milan, Marin, Leon/León, Sava, Arta, Andros,
 *   Selma, Elmira, Mila, Bora, Komi, Pemba, Anyang, Vaishali, Sagar, Lungi, Jos, Elad, Aviv;
 * - common words: Jasmine, Patsy, Verity, Felicity, Mere, Ante, Lemma, Tuba, Hind, Aster, Kelvin,
 *   Robin, Rowan, Warren, Sally, Rex, Sonny, Harsh, Ravish, Tapas, Nada, Rune, Odd, Slim, Said,
 *   Islam, Novel, Made, Sari, Than, Ram, Ran, Gal, Dane, Finn, Roman, German/Germán, Mentor, Edit;
 * - holidays: Noel, Nowruz/Novruz, Bajram, Ramadhani, Shabani, Fitri;
 * - the first word of bodies, brands or companies, or an acronym's spelling: Amal, Wafa, Yara,
 *   Zafer, Doğan, Levent, Aras, Ercan, Biju, Efe, Amna, Uba, Emi, Anu, Kaia, Udi, Liat, Biman,
 *   Ardian, Libor, Lotte, Tumi, Wanda, Zara, Tiffany, Wendy, Winston, Calvin, Avery, Elliott,
 *   Stella, Levi, Italo, Sina, Tui, Evin, Kenzo, Toyo, Midori, Abel, Mona, Aida, Kalina, Orly, Ofer;
 * - titles, honorifics and particles: Sri, Mirza, Rana, Shah, Agha, Ratu, Dato, Tengku, Gusti,
 *   Serigne, Sokhna, Ould, Abu, Al, Bin (Syed, Hafiz and Cheikh, which open many names, are kept);
 * - deities and religious names: Shiva, Vishnu, Durga, Sita, Rama, Gita, Abraham, Zion;
 * - names that alone stand for a famous bearer with that surname, or for another famous thing:
 *   Hadi, Salih, Burhan, Mubarak, Stalin, Tito, Zola, Aslan, Cyrus, Harrison, Cameron, Mitchell,
 *   Maxwell, Kane, Trent, Mendel, Rommel, Conrad, Roberts, Isak, Sato, Tanaka, Aso, Mao, Moana,
 *   Maya, Sindhu.
 * "Woody" is kept though "woody" is a word: as a capitalised word in news it is the given name.
 */
export const EXTRA_GIVEN_NAMES: ReadonlySet<string> = new Set([
  // Turkish
  ...wordSet(`
    Akın Alper Atakan Ayhan Aylin Aslı Barış Batuhan Bekir Berk Berkay Binali Bülent Burcu Büşra Canan Cengiz
    Cenk Ceren Cüneyt Çağlar Damla Derya Dilek Duygu Ebru Emin Enes Erdem Erhan Erkan Eren Ertuğrul Esra Ezgi
    Figen Fuat Furkan Gizem Görkem Gülşen Halil Hamit Hande Harun Hatice Hülya İlker İrem İsmet Kaan Kadir Kerem
    Koray Kübra Melih Melike Mert Mesut Metin Muharrem Necati Nazlı Nazım Nihat Oğuz Oktay Okan Onur Orhan Osman
    Ozan Özlem Pınar Rabia Rıza Sadık Sedat Seda Selim Selin Sena Serkan Sevgi Sezgin Sibel Songül Şule Şükrü
    Taner Taylan Tuğba Tuğçe Tuncay Turgut Uğur Umut Utku Yasemin Yaşar Yavuz Zeki Ayşegül Akif Hazal Berfin
    Necdet Mahir Ferhat Gülay Fikret Sabri Hasan Caner Cansu Emel Gökçe İpek
  `),
  // Kurdish
  ...wordSet(`
    Azad Rojda Shilan Zana Berivan Rojin Jiyan Awat Kawa Sherko Hoshyar Hêro Karwan Rebwar Shwan Bakhtiar
    Shirwan Dilshad Lahur Sakine Ciwan Hozan Nesrin Helin Delal Mazlum
  `),
  // Persian and Afghan
  ...wordSet(`
    Ardeshir Arya Bahman Bahram Behrouz Behzad Bijan Dariush Davoud Ehsan Elham Esfandiar Faezeh Farnaz Farzad
    Farzaneh Fereshteh Ghazal Golnaz Homa Hooman Iraj Jalil Jamshid Kamran Kambiz Kasra Kourosh Ladan Manouchehr
    Mani Marjan Mehrdad Mitra Morteza Navid Neda Niloufar Nima Parviz Payam Peyman Pouya Rahim Roya Sadegh Sahar
    Sepideh Shahram Shahrokh Shapour Siamak Soheil Sohrab Soraya Taraneh Yasaman Masoumeh Nazanin Atena Jina
    Shervin Saeid Gholamali Hamidreza Abdolrahim Mohammadali Shahin Hamdullah Rahmatullah Amanullah Inayatullah
    Obaidullah Asadullah Saifullah Nargis Malalai Laila Nilofar Pezhman Behnam Fariba Simin Azadeh
  `),
  // Gulf
  ...wordSet(`
    Abdulwahab Theyab Mansoor Obaid Humaid Maitha Shamma Hessa Alya Jawaher Mozah Moza Haya Reema Lulwa Nouf
    Manal Loujain Samar Hatoon Sattam Mutaib Alwaleed Muqrin Marzouq Qaboos Shihab Abdrabbuh Maeen Ghanim
    Mishari Bader Ammar Hamoud Dana
  `),
  // Levant and Iraq
  ...wordSet(`
    Bassel Buthaina Mayssa Rafic Razan Charbel Elias Fady Joumana Nayla Nadine Lina Bisher Ghazi Hashem Issam
    Muhannad Ahed Motaz Shireen Iyad Latif Mohannad Suleiman Hadeel Dima Raghda Haneen Walaa Abdulbaset Huda
    Nidal Firas Ghaith Louay Majd Munther Nassif Yazan Zeina Wassim Elie Antoun
  `),
  // Egypt and Sudan
  ...wordSet(`
    Tarek Sherif Hamdeen Nevine Nermeen Heba Yasmine Soha Nahla Amani Doaa Raafat Sayed Abdelrahim Ezzat Shaimaa
    Mervat Naglaa Nagwa Minni Siddiq Mahjoub Ayat
  `),
  // Maghreb
  ...wordSet(`
    Noussair Azzedine Abderrahim Abdellatif Abdessamad Brahim Lahcen Mustapha Mbarek Othmane Ilias Ayoub Anass
    Soufiane Abdelhak Abdelmalek Abdelouahab Abdennour Abdeslam Abdelhamid Abdelkarim Abdelwahab Nassim Smaïl
    Aïssa Rabah Lounès Béji Habib Moncef Mondher Chokri Fadhel Hamadi Zine Rym Muammar Moammar Nadia Yassir
    Bouchra Fatiha Malika Souad Nezha Hafida Fatima-Zahra Sofian Ryad Bachir Abdelmoumen Aymen Wahbi Lotfi
  `),
  // Ethiopia, Eritrea and Somalia
  ...wordSet(`
    Demeke Birtukan Redwan Gedu Shimelis Adanech Mulatu Almaz Tirunesh Meseret Genzebe Derartu Gudaf Yomif
    Selemon Berihu Tamirat Tesfaye Mekonnen Abebe Alemayehu Amanuel Asfaw Ayele Berhanu Birhanu Dawit Desta
    Eskinder Fekadu Girma Gebru Habtamu Hailu Kebede Mesfin Mulugeta Negash Seyoum Tamrat Tekle Temesgen
    Tewodros Worku Yared Yohannes Meaza Tsion Sisay Tigist Abdiaziz Abdifatah Abdihakim Abdinasir Abdiwahab
    Dahir Hawa Idil Jama
  `),
  // East Africa
  ...wordSet(`
    Benson Vivian Geoffrey Hellen Brigid Beatrice Ababu Soipan Edwin Sabina Millicent Okiya Japhet Noordin
    Kivutha Amason Mutahi Mathias Jeje Ruhakana Amama Peruth Dotto Humphrey Bernard Baraka Zawadi Neema Rehema
    Imani Tumaini Zuberi Bakari Athumani Hamisi Mwajuma Mwanaisha Rashidi Mussa Kizito Juvénal Agathe Anastase
    Dieudonné Léonard Alfred Njambi Wangui Nyokabi
  `),
  // Nigeria and Ghana
  ...wordSet(`
    Adekunle Adeola Adesola Akinwale Bamidele Bolaji Bolanle Dayo Folasade Funke Gbenga Kehinde Taiwo Lanre
    Modupe Oladele Olamide Olawale Olumide Sade Sola Toyin Wasiu Abimbola Adebola Adeniyi Akinola Bayo Biodun
    Dele Ebenezer Fola Idowu Kolawole Oladipo Olusola Temitope Tosin Chidinma Chika Chinwe Chinyere Chukwudi
    Chukwuemeka Ebere Ifeoma Ijeoma Ikechukwu Nkem Nnaemeka Nneka Nonso Okechukwu Osita Tochukwu Uchenna Aliyu
    Ahmadu Balarabe Danjuma Gambo Habiba Hauwa Jibrin Kabiru Murtala Nafisa Salisu Sadiya Tanko Tijjani Nasiru
    Nura Umaru Kwamena Ekua Araba Haruna Kodjo Koffi Kossi Kokou Kouamé Kouassi Kouadio Bakary Seydou Souleymane
    Salif Sidiki Siaka Lassina Drissa Kolo Obafemi Olu
  `),
  // Francophone West and Central Africa
  ...wordSet(`
    Cheikh Modou Fatou Ndeye Awa Mariama Coumba Aissatou Aïssata Astou Binta Dieynaba Khady Oumou Rokhaya
    Seynabou Assane Babacar Birame Demba Djibril Ibrahima Lamine Malick Moustapha Ousseynou Thierno Waly
    Youssoupha Alioune Amath Matar Sidy Modibo Choguel Moctar Soumaïla Oumar Fatoumata Cheick Sidya Lansana
    Dadis Mamady Kassory Oury Zéphirin Apollinaire Issaka Ouhoumoudou Kandeh Juldeh Leymah Ellen Ousainou Isatou
    Domingos Biram Ernest Hery Navin Anerood Abdoulkarim Salifou Tiémoko Dramane
  `),
  // Southern Africa
  ...wordSet(`
    Sibusiso Sihle Sifiso Sizwe Thulani Thando Thembi Thembeka Thabiso Nhlanhla Nomsa Nokuthula Ntombi Mandla
    Mduduzi Lungile Lwazi Mbali Mpho Njabulo Nkululeko Phumzile Siyabonga Thokozani Vusi Vusumuzi Zanele Zodwa
    Zandile Zama Busisiwe Jabulani Jabu Mxolisi Sanele Sello Xolani Ayanda Busi Dumisani Gugu Khaya Lunga
    Thabang Thapelo Tshepo Tumelo Kabelo Katlego Karabo Lebogang Refilwe Tebogo Thato Pule Teboho Itumeleng
    Anele Asanda Buhle Lukhanyo Unathi Vuyo Vuyani Zizi Mcebisi Tatenda Tinashe Tafadzwa Tapiwa Farai Fadzai
    Rudo Chipo Nyasha Rutendo Tsitsi Kuda Tonderai Tawanda Simbarashe Munyaradzi Tongai Shingai Kudzai Chiedza
    Fadzayi Hopewell Obert Mthuli Situmbeko Inonge Bingu Bakili Filipe Ossufo Armando Letsile Nangolo Saara
    Moeketsi Willem Jacobus Gerrit Koos Kobus Schalk Ruan Danie Deon Riaan Morné Hennie Carel Pieter-Steph Jaco
    Duane Damian Bongi Trevor Aiden Keshav Tristan Gerda Elana Anneke
  `),
  // Hindi-speaking India
  ...wordSet(`
    Aakash Aarav Abhay Aditi Akshata Amol Anupama Anuradha Arpita Arun Aruna Ashutosh Avinash Chetan Deepti
    Dhruv Gopal Girish Himanshu Ishaan Jagdish Kapil Kavya Kishore Kunal Madhav Madhuri Mamta Manish Manisha
    Mayank Meenakshi Mohit Mukul Murli Naresh Narayan Nidhi Pallavi Parth Prabhat Pramod Pranav Praveen Preeti
    Rajat Rajeev Rajkumar Ranjan Ritesh Rohan Sahil Sameer Sanjeev Saurabh Shekhar Shivam Shobha Shruti Shyam
    Siddharth Sneha Sonal Sumit Suraj Sushil Tanvi Tushar Uma Umesh Varun Vikas Vinay Vineet Vishal Yash Yuvraj
    Zoya Bhupender Gajendra Anurag Giriraj Pralhad Jayant Manik Biplab Prem Raghav Digvijaya Bhupesh Basavaraj
    Neiphiu Omkar Anupriya Chandrashekhar Shivendra Vasundhara Kirti
  `),
  // Marathi and Gujarati
  ...wordSet(`
    Prithviraj Chhagan Nitesh Dilip Milind Nilesh Pankaja Dhananjay Chandrakant Aniket Atul Ashwin Chinmay
    Hrishikesh Mangesh Sanket Shrikant Swapnil Vaibhav Jignesh Alpesh Paresh Ketan Bhavesh Dhaval Hiren Jayesh
    Kalpesh Mitesh Rupal Hetal Falguni Urvashi Kinjal Mehul Nimesh Vilasrao Sushilkumar Sayali Tejaswini
  `),
  // Punjabi
  ...wordSet(`
    Amandeep Amrit Amritpal Arshdeep Avtar Baldev Bikram Daljit Gurjit Gurinder Harinder Harjinder Harmeet
    Harvinder Jagtar Jasjit Jaspal Kamaljit Karamjit Kulbir Lakhwinder Maninder Mandeep Navneet Pritam Ravneet
    Sarabjit Satnam Sukhwinder Sukhdev Tarsem Tejinder Baljeet Jasleen Gurpatwant Jagmohan Prabhsimran
  `),
  // Bengali and Bangladeshi
  ...wordSet(`
    Anirban Arnab Debabrata Dibyendu Indrani Kaushik Mithun Partha Prasenjit Rabindranath Rajib Sabyasachi Samik
    Soumitra Subrata Sudip Sukanta Tanmay Tathagata Saima Ziaur Mujibur Mehidy Najmul Mominul Rubel Jahangir
    Rezaul Shafiqul Shahidul Iftekhar Mahfuz Mahbub Nazrul Sarjis Hasnat Farzana Nasima Rokeya Sajib Mahfuj
    Nusrat
  `),
  // Tamil, Telugu, Kannada and Malayalam
  ...wordSet(`
    Arul Aravind Balaji Bharathi Durai Elango Ganesan Gopi Jayakumar Kalaiselvi Kannan Kumaran Manikandan Murali
    Prabhu Ramya Saranya Selvi Tamilisai Vignesh Balakrishna Venkatesh Sharmila Roja Srikanth Satyanarayana
    Prajwal Puneeth Sudeep Upendra Rishab Oommen Fahadh Dulquer Nivin Tovino Manju Sanju Aneesh Anoop Binu
    Santhosh Shaji Sreejith Sreekumar Unni Ajith Reshma Aswathy Harika Thirumavalavan Kamalahasan
  `),
  // Sri Lanka and Nepal
  ...wordSet(`
    Maithripala Lalith Tilvin Bimal Keheliya Shehan Angelo Lahiru Pathum Charith Dimuth Kamindu Maheesh
    Matheesha Dilshan Lasith Rangana Upul Kanchana Udaya Wimal Champika Rauff Harsha Eran Mangala Ruwan Akila
    Sagala Hirunika Pavithra Thalatha Sher Baburam Jhala Girija Chitra Bimalendra Bhim Ishwar Purna Bamdev
    Rabindra Pasang Mingma Nirmal Tenzing Lhakpa Sarita
  `),
  // Pakistan
  ...wordSet(`
    Aitzaz Anwaar Arif Ayaz Azam Hammad Junaid Khurram Murtaza Musadik Nadeem Naveed Safdar Sanaullah Shahbaz
    Shafqat Syed Faiz Hafiz Waseem Wahab Fakhar Abrar Usama Saim Iftikhar Ramiz Javed Nida Bismah Hina Uzma
    Zartaj Shibli Taimur Sohail Zaheer Irfan Zubair Talha Moeed Ishan Amer Aamer
  `),
  // Indonesia and Malaysia
  ...wordSet(`
    Andi Arief Bayu Dian Dimas Eko Endang Hendra Heru Irwan Kartika Lukman Wayan Putu Gede Setya Teguh Yaqut
    Sufmi Meutya Nusron Fadli Fahri Tjahjo Adi Ayu Dwi Eka Gilang Iwan Jonatan Rahmat Rudi Taufik Wahyu Wulan
    Yanti Yudi Zainal Azmin Nik Rosmah Zafrul Zuraida Azizah Mukhriz Nazri Amirul Amira Aisyah Azman Azmi Azlan
    Faizal Firdaus Haikal Hanif Helmi Ikhwan Khairul Mazlan Nizam Roslan Rosli Saiful Fatimah Sylvia Josephine
    Desmond Janil Maliki Faishal
  `),
  // Philippines
  ...wordSet(`
    Panfilo Chiz Loren Erwin Lito Migz Gilbert Delfin Hermogenes Rolando Arsenio Amenah Bienvenido Crispin Fidel
    Gregorio Dante Efren Nonito Bernadette Edgardo Jocelyn Nestor Reynaldo Rowena Virgilio Wilfredo Lucas
    Rodante Teofisto Apolinario Lucio Renato Heidi
  `),
  // Thailand, Myanmar and Timor-Leste
  ...wordSet(`
    Prayuth Thanathorn Piyabutr Rangsiman Sudarat Wissanu Jurin Ekniti Suriya Somkid Arkhom Apirat Chalerm Newin
    Thamanat Suthep Anupong Jatuporn Nattawut Somporn Sombat Prasert Narong Chatchai Wichai Suchart Surapong
    Atthaya Busanan Sunisa Myint Naing Thura Phyo Lwin Hlaing Taur Sirikanya Thida
  `),
  // Japan
  ...wordSet(`
    Akihiro Akihito Ayaka Ayako Ayumi Chiaki Chihiro Daiki Eiji Eri Erika Haruka Haruto Hideaki Hidetoshi
    Hideyuki Hiromi Junko Kanako Katsuhiro Katsumi Kazuki Kazunori Keisuke Koichiro Kosuke Kyoko Manabu Masahiro
    Masaki Masami Masanori Masaru Masashi Masataka Masatoshi Masayuki Michiko Mitsuru Miyuki Naoko Natsuki
    Noboru Reiko Ryo Ryota Ryuji Sachiko Sayaka Shinichi Shinsuke Shoichi Shuji Shunsuke Sota Tadao Takahiro
    Takehiro Takeo Tatsuo Toshio Tsutomu Yasushi Yasutoshi Yoshiko Yoshinori Yoshiro Yoshiyuki Yuichi Yuka
    Yukiko Yumi Yuta Yutaka Yuto Yuya Akihisa Satsuki Takeaki Tetsushi Masahiko Ichita Yasukazu Hakubun Hiroto
    Masahisa Kaito Koki Genki Keiji
  `),
  // Central Asia and the Caucasus
  ...wordSet(`
    Alikhan Dariga Bauyrzhan Yerzhan Yerbol Kanat Berik Bolat Dauren Gulnara Aigerim Aizhan Ainur Assel Dinara
    Nurzhan Serik Talgat Rakhat Sardor Dilshod Otabek Sherzod Jahongir Ulugbek Akmal Bobur Farrukh Khurshid
    Nilufar Sanjar Ravshan Islom Almazbek Sooronbay Roza Kurmanbek Omurbek Heydar Anar Ogtay Sahiba Elmar Javid
    Ilgar Tofig Beka Gia Guram Kakha Zviad Papuna Grigol Nikoloz Mzia Tamara Khatia Arayik Gagik Ashot Hakob
    Lilit Vardan Suren Garegin Narek Gevorg Hayk Artak Mikayel Magomed Akhmad Khabib Zelimkhan Apti Shamil
    Dzhokhar Raman Franak Yauhen Dzianis Aryna Volha Natallia Katsiaryna Maksim Syarhei Azamat
  `),
  // Baltic
  ...wordSet(`
    Kristen Jaak Liisa Signe Kadri Keit Priit Siim Taavi Tiit Peeter Mihhail Indrek Ott Anett Tanel Kaspar Madis
    Andrus Arvo Lennart Kalle Artūrs Māris Inese Ināra Kārlis Ilze Laimdota Ivars Juris Guntis Uldis Kaspars
    Mārtiņš Rihards Dāvis Anastasija Dainius Linas Mindaugas Žygimantas Aušra Agnė Laurynas Andrius Darius
    Ramūnas Simonas Arūnas Eglė Jurgis Petras Šarūnas Violeta Edita Inga Jolanta Ieva Zane Agnese
  `),
  // Nordic
  ...wordSet(`
    Trond Geir Svein Einar Gunnar Halvard Vidar Frode Magne Sindre Sondre Petter Ingvild Silje Torbjørn Åsmund
    Kjetil Bård Sigbjørn Cecilie Anette Kristoffer Martine Sigurd Vegard Leif Ståle Øystein Margrethe Mary Stine
    Vibeke Ulla Niels Pelle Sofie Katrine Marianne Pierre-Emile Margot Bengt Birgitta Ingvar Mattias Niklas
    Pontus Tove Ylva Åke Agneta Britt Camilla Elsa Eva Frida Gunilla Jenny Malin Mikaela Erik Emil Joakim Linus
    Patrik Stig Armand Filip Paavo Olli Eero Esko Kimmo Hannu Harri Janne Jarmo Lasse Markku Martti Pasi Seppo
    Tapio Tuomas Tuomo Veli Aino Heli Kaisa Katri Kirsi Leena Minna Satu Tiina Eeva Jyrki Erkki Ásgeir Logi
    Benedikt Guðrún Vigdís Haakon Mette-Marit Sonja Gustaf Madeleine Jenni
  `),
  // Dutch and Flemish
  ...wordSet(`
    Bart Koen Jeroen Bas Jesse Joris Klaas Henk Sjoerd Sybrand Rutger Diederik Arjen Arjan Eelco Pim Bram Daan
    Lodewijk Hubert Hanneke Ilse Marieke Mirjam Esther Carola Fleur Marjolein Annemarie Caspar Gerben Gert-Jan
    Edith Kris Ludivine Elio Thibaut Youri Leandro Nafi Justine Virginie Bert Stijn Jelle Kristof
    Willem-Alexander Máxima Amalia Jorien Gijs Teun Luuk Stef Jurriën
  `),
  // Catalan, Basque and Galician
  ...wordSet(`
    Jaume Sergi Lluís Antoni Francesc Enric Santi Gemma Mercè Ariadna Elisenda Eulàlia Dolors Aleix Bernat Xosé
    Xoán Xesús Uxía Iria Antía Brais Iñaki Andoni Arnaldo Markel Aritz Aimar Beñat Nerea Amaia Maite Miren Idoia
    Edurne Garazi Izaskun Bakartxo Txema Iratxe
  `),
  // Portugal and Brazil
  ...wordSet(`
    Adriano Anderson Bernardo Bruna Caio Cássio Célia Danilo Débora Denise Edson Elaine Eliane Fabiana Fabrício
    Flávia Gilmar Guilherme Hélio Humberto Jaqueline Josué Juliana Kleber Letícia Luciana Márcio Nísia Otávio
    Priscila Reinaldo Renan Rogério Rosângela Tânia Thiago Valdemar Vanessa Vera Wesley Willian Romeu Helder
    Camilo Randolfe Damares Nikolas Augusto Mauro Dorival Bia Isaquias Estêvão Matheus Aníbal Sebastião Vítor
    Marisa Assunção Rita Filipa Telma Odair Wanderley
  `),
  // Latin America
  ...wordSet(`
    Agustina Amparo Anabel Antonella Araceli Aurelio Benito Cayetana Clemente Consuelo Cristóbal Efraín Eliseo
    Emiliano Estela Eugenio Fabián Facundo Fermín Francisca Hernán Irma Isidro Jacinto Javiera Jimena Josefa
    Julieta Lidia Marcelino Marisol Maximiliano Milagros Miriam Moisés Nahuel Noemí Octavio Pascual Patricio
    Paulina Ramiro Rigoberto Rodolfo Rogelio Salomón Saúl Tadeo Ulises Valentín Vanesa Karina Máximo Vicky
    Abelardo Leopoldo Leonel Hipólito Garry Leslie Claude Terrance Shelly-Ann Yohan Asafa Eugenia Florentino
  `),
  // Italy
  ...wordSet(`
    Achille Amedeo Annalisa Antonello Arianna Benedetta Carmelo Caterina Corrado Daniele Donatella Emanuele Enzo
    Ettore Fausto Gaetano Giampaolo Gian Gianfranco Gianmarco Gianpiero Gigi Gino Giulio Giuliano Letizia Lino
    Loredana Manlio Margherita Massimiliano Matilde Michela Michele Mirko Nicoletta Nunzia Orazio Ornella
    Ottavio Pasquale Patrizia Pierluigi Pierpaolo Raffaella Renzo Rocco Rossella Sabrina Samuele Sebastiano
    Serena Silvana Tiziana Tiziano Ugo Valerio Vito Nello Attilio Goffredo Nichi Pierbattista Miuccia Ennio
    Alessia Fiorenzo Lapo Tancredi
  `),
  // Greece and Cyprus
  ...wordSet(`
    Achilleas Anastasios Angeliki Apostolos Aristides Athanasios Thanasis Charalambos Despina Dora Evi Grigoris
    Ioanna Lefteris Manolis Marios Markos Michalis Nektarios Niki Panos Pavlos Petros Sakis Sotiris Stavros
    Stathis Theodoros Vangelis Vasilis Vassilis Vasiliki Zoe Dimitra Makarios Nicos Costas Emmanouil Angelos
    Mikis Melina Anna-Maria
  `),
  // Balkans
  ...wordSet(`
    Aleksa Bogdan Borislav Darko Đorđe Djordje Duško Jovan Lazar Mladen Nemanja Ognjen Radoslav Saša Sergej
    Srđan Stevan Uroš Veljko Zdravko Bojana Danica Ivana Jovana Katarina Maja Milena Sofija Tijana Damir Domagoj
    Dražen Hrvoje Kristijan Mislav Vedran Zvonimir Mirela Blanka Nikolina Sanja Andreja Nedim Senad Lejla Azra
    Dino Danijel Arben Artan Besnik Blerim Bekim Enver Ramush Rexhep Shpend Skender Adem Agim Fatos Ermal Erjon
    Ervin Petrit Rosen Denitsa Kristalina Krasimir Lyubomir Petko Slavi Valeri Vasil Yordan Zhelyu Atanas
    Desislava Gergana Iva Mariya Yana Talat Tanja Tina Matej Žiga Jure Irena Miroslava
  `),
  // Hungary and Romania
  ...wordSet(`
    Anikó Attila Bálint Barnabás Bence Csaba Dénes Endre Eszter Gergő Gyula Ildikó Imre Ilona Krisztina Lajos
    Levente Lőrinc Máté Miklós Nándor Orsolya Réka Szabolcs Szilárd Tibor Zsolt Zsófia Zsuzsanna Árpád Ákos
    Dominik Katinka Adina Camelia Cezar Claudiu Corneliu Doina Eugen Horia Iulia Iulian Lucian Mihaela Nicu
    Octavian Ovidiu Raluca Remus Roxana Silviu Teodora Virgil Viorel Alexandr Rareș Cosmin Răzvan Bianca
  `),
  // Poland, Czechia and Slovakia
  ...wordSet(`
    Agata Alicja Arkadiusz Bartłomiej Cezary Dominika Edyta Emilia Ewelina Franciszek Halina Henryk Iga Iwona
    Izabela Jadwiga Janina Justyna Kacper Karol Kazimierz Klaudia Konrad Kornel Krystian Ludwik Mikołaj Mirosław
    Oliwia Patryk Urszula Weronika Wiesław Wiktor Wiktoria Zofia Zygmunt Marzena Grażyna Bożena Danuta Magda
    Alena Antonín Bohuslav Hana Jana Jaroslava Jitka Kristýna Luboš Ludmila Radim Rudolf Šárka Vojtěch Denisa
    Branislav Dalibor Ladislav Pavol Rastislav
  `),
  // Russia, Ukraine and Belarus
  ...wordSet(`
    Alisa Anton Egor Elvira Evgenia Fedor Filipp Lidiya Lyudmila Natalya Tatyana Yakov Vagit Evan Kamila Evgeni
    Arsenii Ivanna Kostiantyn Marharyta Svyatoslav Tymofiy Valentyn Vladyslav Yuliia Dayana Anhelina Sofiya
    Rostislav Zhanna
  `),
  // Hebrew
  ...wordSet(`
    Asher Avraham Aryeh Arye Avner Benny Boaz Chaim Dov Dror Eliezer Elazar Gil Hadas Haim Hagai Idan Ido Ilana
    Inbal Keren Limor Lior Meir Mordechai Nadav Nir Noam Oren Rafi Raz Revital Ronit Shai Shaul Shira Shlomi
    Shmuel Tal Tomer Tzachi Tzvi Yaakov Yaron Yechiel Yoram Yuval Zvi Ziv Gilad Hila Sigal Tali Yifat Idit
    Simcha Yinon Elisha Avital Hezi Sagi Kfir Daniella Almog Yocheved Itzik Oded
  `),
  // Maori and the Pacific
  ...wordSet(`
    Debbie Mariameno Hana-Rawhiti Shane Meka Tariana Hekia Hohepa Matiu Paora Tane Hine Kahurangi Manaia Ngaio
    Keri Witi Taika Temuera Rena Jordie Emoni Marika Waisea Levani Peceli Voreqe Inoke Filimone Fekitamoeloa
    Rimbink Kai Leilani Kalani
  `),
  // English-speaking
  ...wordSet(`
    Abigail Adrienne Aidan Alana Alastair Alasdair Alec Alfie Alistair Allan Alyssa Amelia Annabel Annelise
    Antonia Archie Arnold Audrey Ava Blake Brendan Brett Bridget Brooke Callum Cara Carly Carrie Casey Cassandra
    Cecil Charlie Ciara Clifford Clint Clive Connor Conor Courtney Curtis Damon Daphne Darcy Darren Devin Dexter
    Dominic Donovan Duncan Dwayne Dwight Eddie Edmund Eileen Eleanor Elijah Elinor Elliot Ellie Emmett Ewan
    Fiona Freddie Gabrielle Gail Gareth Garth Georgina Gerry Giles Gillian Gwen Gwyneth Hamish Harriet Hayley
    Hilary Hugh Imogen Isaac Isabella Jake Jamie Jane Jess Jill Jillian Jo Jodie Jonah Judy Jules Juliet Katrina
    Kayla Keira Kenny Kieran Kirsty Lachlan Lana Laurie Leah Len Lenny Leo Lester Libby Lindsay Lizzie Louisa
    Lucy Luke Lydia Lyndon Madeline Maeve Maggie Mandy Marcus Marty Marvin Matilda Maureen Meghan Melanie
    Melinda Melvin Meredith Molly Myles Natasha Nathaniel Neville Nia Nina Nora Norma Octavia Owen Paige
    Penelope Percy Phoebe Quinn Randall Reggie Reginald Rhiannon Robbie Robyn Rodney Ronan Ronnie Rosalind Rosie
    Rufus Rupert Shaun Shawn Sheila Shelley Sheridan Sidney Silas Stacey Suzanne Tanya Tara Terence Tess Thea
    Theodore Toby Todd Tracey Tracy Travis Vicki Vivienne Whitney Woody Wyatt Yvonne Ed Huw Iain Mhairi Bertie
    Kristi Lori Cory Jensen Sheryl Reid Caitlin Bryce Tarik Kylian Cole Leroy Dani Youssouf Ange Hansi Reece
    Wilfried Meg Gus Tadhg Nicki Reese Dermot Kylie Jessie Niall Zayn Carole Pippa Regan Jacinta Ricky
  `),
]);
