/**
 * Common given names across languages and regions, written for this project. A multi-word name
 * whose first word is one of these is a person's ("Abukar Osman", "Katja Wolf"); without such
 * evidence (or a title, a speech verb, a pronoun, a known surname) an unknown name is not taken
 * for a person, so "Via Rail" or "Yellowhead Highway" no longer fall to that default.
 * Left out on purpose: given names that are also places, months, common words or the first word
 * of bodies and features (Jordan, Georgia, Victoria, Chad, Israel, Paris, May, June, Will, Bill,
 * Grand, Royal, Rose, Hope, Jasper, Florence, Austin, Santa, Saint), which would mistype those.
 */
const names = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  // English-speaking countries
  ...names(`
    Aaron Adam Adrian Alan Albert Alexander Alexandra Alice Alison Allison Amanda Amber Amy Andrea Andrew Angela
    Anna Anne Anthony Ashley Barbara Barry Benjamin Betty Beverly Brandon Brenda Brian Bruce Bryan Carl Carol
    Caroline Catherine Charles Cheryl Chris Christina Christine Christopher Cindy Claire Colin Craig
    Cynthia Daniel Danielle David Deborah Debra Dennis Derek Diana Diane Donald Donna Dorothy Douglas Dylan
    Edward Elizabeth Emily Emma Eric Ethan Evelyn Frances Frank Gary Gavin Gerald Gloria Gordon Graham Gregory
    Hannah Harold Harry Heather Helen Henry Howard Ian Jack Jacob Jacqueline James Janet Janice Jason Jean
    Jeffrey Jennifer Jeremy Jerry Jessica Joan Joe John Jonathan Joseph Joshua Joyce Judith Julia Julie Justin
    Karen Katherine Kathleen Kathryn Keith Kelly Kenneth Kevin Kimberly Kyle Larry Laura Lauren Lawrence Linda
    Lisa Louise Margaret Maria Marie Marilyn Martha Matthew Megan Melissa Michael Michelle Nancy
    Natalie Nathan Neil Nicholas Nicole Noah Olivia Pamela Patricia Patrick Paul Peter Philip Phillip Rachel
    Ralph Raymond Rebecca Richard Robert Roger Ronald Roy Russell Ruth Ryan Samantha Samuel Sandra Sara Sarah
    Scott Sean Sharon Shirley Simon Sophia Stephanie Stephen Steven Susan Teresa Terry Theresa Thomas Timothy
    Tyler Victor Vincent Walter Wayne William Zachary Kamala Hillary Nikki Ron Ted Mitch Chuck Nancy
    Liz Rishi Keir Boris Theresa Tony Gordon Kemi Rachel Yvette Jacinda Anthony Malcolm Scott Kevin Penny
    Justin Pierre Chrystia Danielle Doug Wab Jagmeet Elon Jeff Tim Sundar Satya Mark Bernie Elizabeth Josh
    Gretchen Gavin Ron Kathy Joni Tammy Raphael Lindsey Marjorie Kari Katie Hakeem Maxine Brad Kirsten
    Jim Jimmy Tom Tommy Mike Dave Dan Danny Steve Ken Nick Matt Pete Ben Greg Andy Phil Kate Jen Beth Bobby Johnny
    Billy Hank Rick
  `),
  // French, Belgian, Swiss, Québécois
  ...names(`
    Emmanuel Édouard Gabriel Jean-Luc Jean-Marie Jean-Pierre Jean-Yves Jacques François Françoise Marine Marion
    Ségolène Nicolas Laurent Olivier Bruno Gérald Élisabeth Sébastien Thierry Valérie Aurélien Benoît Cédric
    Christophe Clément Damien Didier Dominique Étienne Fabien Fabrice Florian Gilles Guillaume Hervé Hugo Jérôme
    Julien Lionel Loïc Louis Luc Marc Mathieu Maxime Michel Patrice Pascal Philippe Raphaël Rémi Stéphane Sylvain
    Théo Vincent Xavier Yannick Yves Agnès Amélie Anne-Marie Aurélie Brigitte Camille Catherine Cécile Chantal
    Claire Delphine Émilie Geneviève Hélène Isabelle Juliette Léa Lucie Manon Mathilde Monique Nathalie Pauline
    Sandrine Sophie Sylvie Véronique Yaël Rachida Najat Clémentine Gabriel Éric Raphaël
  `),
  // German, Austrian, Dutch, Scandinavian, Finnish, Baltic
  ...names(`
    Olaf Angela Friedrich Robert Christian Annalena Boris Markus Karl Lars Frank-Walter Wolfgang Horst Sigmar
    Martin Armin Hubertus Nancy Svenja Cem Bodo Björn Sahra Alice Tino Katja Saskia Ricarda Omid Kevin Hendrik
    Andreas Axel Bernd Dieter Dirk Florian Franz Georg Gerhard Günter Hans Heiko Heinz Helmut Jens Jörg Jürgen
    Klaus Lukas Manfred Matthias Maximilian Norbert Oliver Rainer Ralf Reinhard Rolf Stefan Steffen Sven Thorsten
    Tobias Torsten Ulrich Uwe Volker Werner Anja Birgit Claudia Dagmar Franziska Gabriele Heike Ines Julia Jutta
    Karin Kerstin Manuela Monika Petra Sabine Sandra Silke Simone Stefanie Susanne Ursula Ute Hannelore Malu
    Reiner Mario Bodo Dietmar Alexander Karl-Heinz Hans-Georg Wolfram Janine Mette Jonas Magnus Erna
    Jonas Espen Anniken Ine Trygve Kjell Knut Ola Terje Tore Arne Bjørn Eirik Håkon Sigrid Ingrid
    Astrid Liv Solveig Kari Marit Hanne Jens Mads Rasmus Søren Anders Henrik Mikkel Frederik Pernille Ulf Magdalena
    Stefan Ebba Annie Fredrik Gustav Johan Karl Mats Nils Olof Per Sten Ulrika Åsa Anneli Sanna Petteri Alexander
    Antti Jussi Juha Matti Mika Pekka Sauli Timo Jukka Kaja Kersti Edgars Krišjānis Gitanas Ingrida Mark
    Geert Dick Frans Wopke Sigrid Hugo Ruud Jan Pieter Joost Kees Maarten Sander Thijs Wouter Femke Ank
    Alexander Sebastian Karl Herbert Werner Leonore Beate Brigitte Elke Gernot Horst Karoline Klaus-Dieter
  `),
  // Spanish, Portuguese, Latin American
  ...names(`
    Alejandro Alberto Alfonso Alfredo Álvaro Andrés Ángel Antonio Arturo Carlos César Claudio Cristian Daniel
    Diego Eduardo Emilio Enrique Ernesto Esteban Felipe Fernando Francisco Gabriel Gerardo Gonzalo Guillermo
    Gustavo Héctor Hugo Ignacio Jaime Javier Jesús Jorge José Juan Julio Leonardo Lorenzo Luis Manuel Marcelo
    Marcos Mariano Mario Martín Mateo Mauricio Miguel Nicolás Óscar Pablo Pedro Rafael Ramón Raúl Ricardo Roberto
    Rodrigo Rubén Sergio Tomás Vicente Xavier Adriana Alejandra Alicia Ana Andrea Beatriz
    Carmen Carolina Catalina Cecilia Claudia Cristina Daniela Elena Elisa Esperanza Fernanda Gabriela Graciela
    Inés Isabel Josefina Juana Laura Lorena Lucía Luisa Marcela Margarita María Mariana Marta Mercedes Mónica
    Natalia Patricia Paula Pilar Raquel Rocío Rosa Sandra Silvia Sofía Susana Teresa Valentina Verónica Ximena
    Yolanda Xóchitl Gustavo Nayib Dina Luis Javier Sergio Cristina Axel Patricia Horacio Alberto Yamandú
    Gabriel Iván Evo Lenín Guillermo Daniel Nicolás Delcy Diosdado Edmundo Corina Juan Henrique
    Dilma Jair Geraldo Fernando Simone Marina Tarcísio Flávio Eduardo Arthur Rodrigo Gleisi Luiz Inácio Paulo
    João Joaquim Rui Nuno Tiago Gonçalo Duarte Vasco André Marcelo Renata Beatriz Inês Joana Mafalda Teresa
    Ricardo Sebastián Mauricio Gilberto Francia Gustavo Ignacio Ivonne Claudia Marcelo Adán Clara
    Pedro Alberto Yolanda Irene Isabel Inés Begoña Carles Oriol Pere Jordi Montserrat Núria Íñigo
    Iker Aitor Ainhoa Ander Xabier Pello Fernán Dina Keiko Pedro Martín Ollanta Alan Verónika Alexis Lilian
  `),
  // Italian
  ...names(`
    Giorgia Matteo Giuseppe Sergio Mario Silvio Enrico Romano Paolo Antonio Elly Giancarlo Guido Carlo Luca Marco
    Francesco Alessandro Andrea Davide Federico Filippo Gianni Giovanni Lorenzo Massimo Nicola Pietro Raffaele
    Riccardo Roberto Salvatore Simone Stefano Vincenzo Alessandra Anna Chiara Elena Elisabetta Federica Francesca
    Giulia Laura Lucia Maria Marta Paola Roberta Sara Silvia Valentina Ignazio Adolfo Gennaro Fabio Emma Daniela
    Guglielmo
  `),
  // Slavic, Hungarian, Romanian, Greek, Balkan, Caucasus
  ...names(`
    Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Aleksandr Andrei Andrey Anatoly Boris Gennady Igor Ivan Maxim
    Mikhail Nikolai Oleg Pavel Viktor Vladislav Vyacheslav Yevgeny Yuri Yury Valentina Maria Marina Olga Natalia
    Tatiana Svetlana Yulia Irina Elena Ekaterina Anastasia Ella Ramzan Yevgeny Kirill Nikita Denis Lev Ilya
    Volodymyr Petro Oleksandr Oleksiy Dmytro Andriy Denys Mykhailo Mykola Vitali Vitaliy Taras Yulia Iryna
    Olena Oksana Ruslan Rustem Valerii Kyrylo Alyaksandr Sviatlana Maia Andrzej Aleksander Bronisław
    Donald Jarosław Lech Mateusz Radosław Rafał Szymon Władysław Zbigniew Krzysztof Tomasz Piotr Paweł Michał
    Marcin Łukasz Agnieszka Anna Beata Ewa Joanna Katarzyna Małgorzata Magdalena Monika Krystyna Elżbieta
    Adam Marek Bartosz Kamil Janusz Waldemar Kinga Barbara Dorota Hanna Aleksandra Sławomir Przemysław
    Petr Miloš Andrej Jiří Karel Václav Zuzana Robert Peter Ivan Viktor Katalin Péter Gergely Judit Ferenc
    Dragoș Dragos Mircea Mihai Gheorghe Vasile Călin Calin Sorin Ciprian Ludovic Adrian Cătălin Ilie Liviu Ionuț
    Klaus Nicolae Traian Marcel Ion Viorica Ursula Klaus Kyriakos Alexis Yanis Giorgos Nikos Dimitris Konstantinos
    Katerina Aleksandar Ana Milorad Zoran Milo Edi Andrej Kolinda Zoran Vjosa Albin Irakli Salome Bidzina
    Mikheil Giorgi Nino Tinatin Levan Nikol Ilham Zoran Recep Ekrem Kemal Ahmet Mehmet Mustafa Ali Hakan Devlet
    Meral Emine Ayşe Fatma Hüseyin İbrahim Murat Ömer Özgür Selahattin Tayyip Hulusi
  `),
  // Arabic, Persian, Turkic, Central and South Asian
  ...names(`
    Abdullah Abdulaziz Abdel Abdelaziz Abdelfattah Abdul Abdulrahman Adel Ahmad Ahmed Ali Amir Amr Anwar
    Ayman Bashar Fahd Faisal Fatima Hamad Hamid Hamza Hassan Hussein Ibrahim Ismail Jamal Kamal Khalid Khaled
    Mahmoud Majid Marwan Mohamed Mohammad Mohammed Muhammad Mahmood Mustafa Nabil Nasser Omar Osama Rami Saad
    Saeed Salah Salem Salman Sami Samir Tamim Tariq Walid Yasser Yousef Youssef Yusuf Zaid Abdulmalik
    Aisha Amina Fatma Hanan Layla Leila Mariam Maryam Noura Rania Reem Sara Yasmin Zainab Najib Nawaf Tamim
    Mohammad-Javad Hossein Ebrahim Hassan Javad Mahmoud Masoud Mojtaba Abbas Ali-Akbar Reza Mohsen Kazem Esmaeil
    Saeed Narges Shirin Nasrin Abdulhamid Ashraf Imran Nawaz Shehbaz Asif Bilawal Maryam Benazir Pervez
    Narendra Rahul Sonia Priyanka Amit Arvind Mamata Nitish Lalu Tejashwi Yogi Rajnath
    Nirmala Piyush Sharad Uddhav Akhilesh Mayawati Chandrababu Mallikarjun Shashi Ashok Sanjay Rajiv
    Indira Manmohan Atal Ravi Anil Sunil Suresh Ramesh Rakesh Mukesh Gautam Ratan Deepak Vijay Ajay Vikram
    Anand Arjun Krishna Priya Pooja Sunita Anita Lakshmi Meera Kavita Neha Hasina Khaleda Muhammad
    Ranil Gotabaya Mahinda Anura Sajith Pushpa Kamal Kassym-Jomart Shavkat Emomali
    Sadyr Serdar Gurbanguly Nursultan Ashraf Hamid Ashraf Zalmay Hibatullah Amrullah
    Rupali Anjali Aarti Deepa Divya Geeta Jyoti Kiran Madhu Nandini Nisha Poonam Radha Rekha Rina Ritu
    Sangeeta Shalini Shanti Shweta Smita Sushma Swati Usha Vandana Bhupen Himanta Sarbananda Tarun Gaurav
    Abhishek Aditya Alok Amitabh Anupam Ashish Dinesh Ganesh Harish Jitendra Kailash Manoj Mahesh Nikhil
    Pankaj Pradeep Prakash Rajendra Rajesh Ramesh Sandeep Santosh Satish Subhash Sudhir Vinod Vivek Yogesh
    Bikash Biswajit Debashish Pranab Dipankar Hemanta Jayanta Nilmani Pranjal Rituraj Bhaskar
    Faruque Farooq Faruk Obaidul Anisul Tarique Fakhrul Shafiqur Asaduzzaman Zunaid Tofail Rashed Mushfiqur
  `),
  // Pacific Islands (Fiji, Tonga, Samoa, Solomon Islands, Papua New Guinea)
  ...names(`
    Sitiveni Josaia Frank Sione Tevita Viliami Semisi Siaosi Mosese Tomasi Epeli Inia Jone Manoa Manasseh
    Tuilaepa Fiamē Feleti Kausea Jeremiah Kuini Losana Mele Salote Ana Seini Akanesi Taniela Sevuloni
  `),
  // East and Southeast Asian (given names that stand first in Western order)
  ...names(`
    Fumio Shigeru Shinzo Yoshihide Kazuo Yoko Taro Junichiro Yuriko Sanae Koichi Katsunobu Toshimitsu
    Haruhiko Kazuo Masato Akira Hiroshi Hiroyuki Kenji Takeshi Yuki Naoki Ryosuke Yoshimi Ryutaro Tomoko Keiko
    Hiroko Akiko Naomi Kenta Makoto Satoshi Takashi Yoshio Yasuhiro Tadashi Katsuya Masayoshi Toshiaki
    Yoshihiko Shinjiro Toshihiro Yoshimasa Kenichi Shunichi Takako Seiko Yoshitaka Daisuke Kotaro Hayato Yusuke
    Shohei Masaaki Tetsuo Hideki Nobuo Nobuyuki Takao Yasuo Yukio Ichiro Hirofumi Kiyoshi Minoru Noriko Mariko
    Megumi Kumiko Shinji Tomohiro Itsunori Sohei Ryosei Naomichi Koji Kunio Takuya Tatsuya
    Jae-myung Suk-yeol Jae-in Geun-hye Duck-soo Young-sam
    Ferdinand Rodrigo Sara Leni Gloria Imelda Bongbong Benigno Corazon Risa Francis Manny Antonio Teodoro
    Gilberto Eduardo Jose Jejomar Ramon Jesus Juan Emilio Joseph Joel Jonvic Manuel Gibo Vilma
    Joko Prabowo Gibran Anies Ganjar Mahfud Megawati Puan Susilo Jusuf Retno Airlangga Ridwan Erick Luhut
    Budi Bambang Agus Basuki Tri Dewi Siti Nur Putri Yusril Muhaimin Hasto Arsjad Pramono
    Anwar Mahathir Najib Ismail Muhyiddin Zahid Fahmi Rafizi Hannah Lawrence Swee Keat Halimah
    Tharman Pita Paetongtarn Srettha Prayut Thaksin Yingluck Anutin Chaiwat Chuan Abhisit Manet
    Kem Sam Aung Suu Min Thein Tin Xanana José
  `),
  // African
  ...names(`
    Bola Muhammadu Goodluck Olusegun Atiku Peter Yemi Nyesom Babajide Kashim Godwin Olayemi Wale Femi
    Abiodun Adebayo Adewale Akinwumi Babatunde Chidi Chinedu Chukwuma Emeka Ifeanyi Ngozi Nkechi Obinna Oluwaseun
    Segun Tunde Yakubu Nasir Nuhu Aliko Nenadi Zainab Olufemi Kayode Rotimi Dapo Funmilayo Chimamanda Wole Oby
    Uche Kingsley Festus Umar Usman Ibrahim Abba Aminu
    William Uhuru Raila Rigathi Kithure Musalia Kalonzo Martha Anne Kipchumba Ndindi Wanjiru Wambui
    Wanjiku Achieng Akinyi Atieno Kiprono Eliud Joyce
    Samia Jakaya Jakaya John Hussein Tundu Zitto Yoweri Kizza Robert Bobi Jessica
    Paul Félix Joseph Denis Moïse Martin Faustin Évariste Jean-Claude Jean-Pierre Judith Vital Augustin
    Abiy Sahle-Work Debretsion Getachew Jawar Isaias Hassan Hamza Mohamud Abdiweli Abdirahman Abdikadir
    Abukar Abdullahi Abdiqani Abdirizak Ahmed Cyril Jacob Thabo Nelson Julius John Mmusi Helen Herman
    Kgalema Naledi Lindiwe Bheki Pravin Gwede Enoch Panyaza Ronald Duma Mosiuoa Gayton Siviwe Lesetja
    Emmerson Nelson Constantino Hakainde Edgar Lazarus Peter Saulos Mokgweetsi Duma Netumbo Hage Sam
    Nana John Kwame Kwabena Kofi Kojo Kwaku Yaw Ama Akua Efua Abena Adwoa Samira Mahamudu
    Macky Pape Bassirou Ousmane Diomaye Amadou Aminata Mamadou Moussa Abdoulaye Idrissa Boubacar Ibrahim Assimi
    Abdourahamane Mohamed Mahamat Idriss Alassane Laurent Henri Konan Tidjane Patrice Guillaume Charles
    Faure Patrice Talon Roch Paul Évariste Salva Riek Abdel-Fattah
    Tobi Tobiloba Ayodele Ayo Bisi Bukola Damilola Folake Kemi Kunle Niyi Seun Shola Tolu Tope Yetunde
    Adaeze Amaka Chiamaka Chinonso Ebuka Ikenna Nnamdi Obiora Onyeka Ama Esi Kojo Kwesi Yaa Akosua Afia
    Kais Abdelmadjid Abdelaziz Aziz Nizar Rached Hichem Aziz Khalifa Abdul-Hamid Fayez Aguila
  `),
  // Chinese names are printed surname first ("Xi Jinping"); their surnames stand in SURNAME_WORDS.
]);

/**
 * Frequent Chinese and Korean family names, which open a name ("Xi Jinping", "Wang Yi", "Kim Jong
 * Un") and name the person alone ("Xi"). Short common words (Long, Young) left out here.
 */
export const CHINESE_KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  names(`
    Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Ma Zhu Hu Guo Gao Lin Luo Zheng Liang Xie Song
    Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Cai Jiang Yu Ye Cheng Wei Su Lu Ding Ren Shen
    Yao Qin Hou Lai Ko Hsiao Tsai Kim Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Jeon
  `),
);

/**
 * Surnames that open a name printed surname first, or that end one in any order: the first word
 * of the name says person as surely as a given name does elsewhere. Vietnamese names too, though
 * news calls "Pham Minh Chinh" by his given name, "Chinh".
 */
export const SURNAME_FIRST: ReadonlySet<string> = new Set([
  ...CHINESE_KOREAN_FAMILY_NAMES,
  ...names('Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Ngo Duong Ly'),
]);
