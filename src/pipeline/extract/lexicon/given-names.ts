import { EXTRA_GIVEN_NAMES } from './extra-given-names';

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
  // The wider list (extra-given-names.ts), by region.
  ...EXTRA_GIVEN_NAMES,
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
    Jim Jimmy Tom Tommy Mike Dave Dan Danny Steve Ken Nick Matt Pete Ben Greg Andy Randy Phil Kate Jen Beth Bobby Johnny
    Billy Hank Rick Lewis Harvey Stanley Glenn Spencer George Alex Max Oscar Logan Theo Taylor Jay
    Angus Annette Carla Ciarán Ciaran Cormac Declan Donal Dónal Eamon Eamonn Éamon Enda Fergus Liam
    Micheál Micheal Niamh Nigel Oisín Oisin Padraig Pádraig Rhys Rory Seamus Séamus Sinéad Sinead
    Siobhán Siobhan Kash Tulsi Marsha Pam Alexandria Ilhan Rashida Ayanna Kyrsten Wes Zohran Letitia
    Alvin Merrick Antony Gina Deb Karine Tucker Ivanka Melania Jared Rudy Condoleezza Barack
    Malia Sasha Mitt Jon Jerome Susie Elise Shabana Priti Suella Sajid Nadhim Kwasi Humza Anas
    Jackie Eluned Rhun Arlene Sammy Thangam Sussan Erica Chlöe Mel Pat Zia Jody Harjit Navdeep
    Marci LeBron Shaquille Usain Jude Bukayo Raheem Giannis Scottie Xander Bryson Lando Kimi
    Valtteri Rihanna Adele Dua Billie Ariana Selena Chappell Charli Elton Ringo Mick Keanu Angelina
    Denzel Meryl Cate Zendaya Oprah Kanye Kendrick Elvis Mariah Scarlett Lupita Idris
    Chiwetel Benedict Cillian Saoirse Zac Zack Seth Quentin Ridley Greta Anya Demi
    Mikey Miley Hailey Kendall Khloé Kourtney Lilibet Eugenie Kobbie Geraint Bradley Isack Nico Zak
    Stan Angelique Steffi Andre Collin Tyrrell Nelly Lilia Jeeno Dustin Claressa Imane Jayson Jaylen
    Jalen Kawhi Kyrie Trae Tyrese Breanna Brittney Dwyane Dikembe Lamar Peyton Saquon Caleb Tyreek Deion
    Shedeur Brock Micah Mookie Marnus Jofra Ollie Rachin Quinton Viv
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
    Alain Alexandre Antoine Arnaud Bertrand Frédéric Gérard Karim René Roland Romain Raphaëlle Zinedine
    Franck Blaise Jean-Michel Jean-François Jean-Louis Jean-Paul Jean-Baptiste Jean-Christophe Jean-Noël
    Jean-Charles Jean-Philippe Jean-Marc Jean-Jacques Marie-Christine Pierre-André Marie-Laure
    Anne-Sophie Anne-Laure Prisca Rima Georges-Louis Hadja Conner Tinne Annelies Zakia Guy-Philippe
    Yves-François François-Philippe Romelu Régine Fadila Naïma Farida
  `),
  // German, Austrian, Dutch, Scandinavian, Finnish, Baltic
  ...names(`
    Olaf Angela Friedrich Robert Christian Annalena Boris Markus Karl Lars Frank-Walter Wolfgang Horst Sigmar
    Martin Armin Hubertus Nancy Svenja Cem Björn Sahra Alice Tino Katja Saskia Ricarda Omid Kevin Hendrik
    Andreas Axel Bernd Dieter Dirk Florian Franz Georg Gerhard Günter Hans Heiko Heinz Helmut Jens Jörg Jürgen
    Klaus Lukas Manfred Matthias Maximilian Norbert Oliver Rainer Ralf Reinhard Rolf Stefan Steffen Sven Thorsten
    Tobias Torsten Ulrich Uwe Volker Werner Anja Birgit Claudia Dagmar Franziska Gabriele Heike Ines Julia Jutta
    Karin Kerstin Manuela Monika Petra Sabine Sandra Silke Simone Stefanie Susanne Ursula Ute Hannelore Malu
    Reiner Mario Dietmar Alexander Karl-Heinz Hans-Georg Wolfram Janine Mette Jonas Magnus Erna
    Jonas Espen Anniken Ine Trygve Kjell Knut Ola Terje Tore Arne Bjørn Eirik Håkon Sigrid Ingrid
    Astrid Liv Solveig Kari Marit Hanne Jens Mads Rasmus Søren Anders Henrik Mikkel Frederik Pernille Ulf Magdalena
    Stefan Ebba Annie Fredrik Gustav Johan Karl Mats Nils Olof Per Sten Ulrika Åsa Anneli Sanna Petteri Alexander
    Antti Jussi Juha Matti Mika Pekka Sauli Timo Jukka Kaja Kersti Edgars Krišjānis Gitanas Ingrida Mark
    Geert Dick Frans Wopke Sigrid Hugo Ruud Jan Pieter Joost Kees Maarten Sander Thijs Wouter Femke Ank
    Alexander Sebastian Karl Herbert Werner Leonore Beate Brigitte Elke Gernot Horst Karoline Klaus-Dieter
    Carsten Constantin Detlef Dietrich Erich Ernst Gregor Harald Heinrich Henning Hermann Holger Jakob
    Joachim Johannes Konstantin Ludwig Marius Moritz Otto Philipp Rüdiger Wilhelm Winfried Christiane
    Katharina Katrin Martina Renate Ulrike Wiebke Sevim Serap Jasmina Johann Ueli Urs Reto Ruedi
    Simonetta Mattea Balthasar Pirmin Andri Wim Dilan Hanke Kajsa Roos Sanne Tineke Willemijn Reinette
    Ruben Lilianne Frenkie Dafne Sifan Wout Remco Hilde Inge Freya Lieve Liesbeth Gwendolyn Dries
    Jef Pieterjan Zuhal Meryame Troels Morten Pia Kristian Inger Jeppe Nicolai Jesper Kasper
    Poul Helle Lene Ida Sylvi Marte Tonje Emilie Arild Audun Kirsti Guri Siv Gro Thorbjørn Erling
    Karsten Casper Therese Aksel Jimmie Simona Pål Romina Nooshi Märta Göran Mikael Ann Zlatan Dejan
    Annika Ludvig Tomas Vilhelm Riikka Elina Ville Wille Jari Teemu Lauri Mikko Heikki Risto Tarja Marko
    Juhani Bjarni Katrín Sigurður Guðni Halla Kristrún Þorgerður Sigmundur Davíð Ólafur Ragnar Jóhanna
    Steingrímur Birgir Jón Þórdís Lilja Svandís Áslaug Guðlaugur Ásmundur Björk Hannes Heimir Eiður
    Gylfi Aron Jóhann Arnar Helgi Hildur Kristín Ingibjörg Sólveig Ragnheiður Snorri Egill Stefán
    Hallgrímur Halldór Þorsteinn Sveinn Tómas Magnús Alar Margus Hanno Jüri Toomas Urmas Tõnis Kristjan
    Evika Baiba Andris Egils Raimonds Valdis Artis Aivars Jānis Janis Ainārs Kristaps Jeļena Ojārs Vaira
    Dace Gabrielius Dalia Gintautas Kęstutis Viktorija Saulius Remigijus Dovilė Vytautas Valdas Algirdas
    Rūta Domantas Arvydas Rimantas
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
    Agustín Joaquín Julián Luciano Ione Ester Leonor Aitana Alexia Xavi Xabi Unai Mikel Julen Ferran
    Ansu Garbiñe Ekaitz Gorka Asier Imanol Koldo Eneko Ibai Oier Josu Joseba Arantxa Itziar Maialen
    Leire Josep Miquel Arnau Laia Mireia Meritxell Montse Roser Neus Quim Toni Celso Davi Anielle
    Marielle Ciro Janja Neymar Vinícius Vinicius Rodrygo Raphinha Casemiro Alisson Ederson Richarlison
    Pelé Zico Kaká Rivaldo Romário Ronaldo Ronaldinho Gisele Anitta Caetano Wagner Ayrton Rubens Rebeca
    Rayssa Camila Cristiano Sandro Luís António Rúben Diogo Vitinha Eusébio Afonso Artur Catarina Icela
    Ovidio Ismael Nemesio Gael Salma Checo Yalitza Hirving Citlali Citlalli Itzel Layda
    Lautaro Gastón Matías Nicanor Santino Micaela Radamel Egan Nairo Juanes Tareck Cilia Freddy Yván
    Jeannette Izkia Giorgio Jeanine Andrónico Xiomara Laurentino Nasry Ariel Jovenel Alix Kamla Irfaan
    Bharrat Gaston Dickon Tabaré Edinson Jenniffer Lin-Manuel Jenna Valeria Jhon Jhonny
  `),
  // Italian
  ...names(`
    Giorgia Matteo Giuseppe Sergio Mario Silvio Enrico Romano Paolo Antonio Elly Giancarlo Guido Carlo Luca Marco
    Francesco Alessandro Andrea Davide Federico Filippo Gianni Giovanni Lorenzo Massimo Nicola Pietro Raffaele
    Riccardo Roberto Salvatore Simone Stefano Vincenzo Alessandra Anna Chiara Elena Elisabetta Federica Francesca
    Giulia Laura Lucia Maria Marta Paola Roberta Sara Silvia Valentina Ignazio Adolfo Gennaro Fabio Emma Daniela
    Guglielmo
    Beppe Cesare Dario Domenico Edoardo Fabrizio Giacomo Gianluca Gianluigi Giovanna Ilaria Luigi
    Marcello Maurizio Piero Tommaso Umberto Vittorio Pier Nicolò Niccolò Marcell Damiano Nanni Pecco
    Jannik Lamberto Mattia Alessio Giada Ludovica Sveva
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
    Aleksei Alla Anatoli Antonina Arkady Artem Artyom Darya Daria Dmitriy Eduard Evgeny Evgeniy Fyodor
    Galina Georgy Gleb Grigory Inna Kira Ksenia Larisa Leonid Lyubov Marat Matvei Nadezhda Nikolay Pyotr
    Polina Rashid Semyon Stanislav Stepan Timofey Timur Valery Valeriy Varvara Vasily Vasiliy Veniamin
    Veronika Viktoriya Vitaly Yaroslav Yekaterina Yelena Yevgenia Yuliya Zakhar Zinaida Alina Arina
    Darina Elizaveta Marianna Milana Vadim Vsevolod Yegor Rodion Arseny Arseniy Alisher Daniil Mirra
    Alsu Ales Viktar Aliaksandr Siarhei Maryia Veranika Ihar Uladzimir Andrii Oleksii Olha Nataliia
    Yevhen Yevheniia Tetiana Liudmyla Kateryna Halyna Viktoriia Anastasiia Bohdan Bohdana Vasyl Yurii
    Ihor Vadym Vitalii Oleh Maksym Anatolii Arsen Borys Fedir Hennadiy Heorhiy Mykyta Nazar Ostap Pavlo
    Yosyp Zinoviy Solomiia Oleksandra Daryna Khrystyna Lesia Mariia Nadiia Svitlana Uliana Zoriana
    Serhiy Serhii Wladimir Yaroslava Dariusz Grzegorz Jacek Jakub Jerzy Józef Leszek Maciej Mariusz
    Ryszard Stanisław Tadeusz Witold Wojciech Zuzanna Włodzimierz Wlodzimierz Radoslaw Jaroslaw Slawomir
    Przemyslaw Wladyslaw Rafal Lukasz Michal Pawel Malgorzata Boleslaw Bolesław Vít Zbyněk Tomio Juraj
    Ľudovít Ludovit Karolína Barbora Markéta Jaromír Jaroslav Josef Kateřina Lenka Michaela Miroslav
    Radek Tereza Zdeněk Ondřej Ondrej Vladimír Ľubomír Lubomir Dušan Dusan Jozef Ján Marián Matúš Mária
    Slavomír Štefan Tomáš Tamás Balázs Mihály Klára János László Zoltán Márton András György István
    Laszlo Zoltan Istvan Gyorgy Janos Sandor Tamas Andras Balazs Mihaly Gabor Nicușor Nicusor Crin
    Kelemen Luminița Luminita Oana Dorin Ilan Evghenia Sorana Alexandru Ana-Maria Anca Andreea Dumitru
    Florin Ioan Ioana Radu Teodor Vlad Stefanos Sokratis Kostis Adonis Antonis Evangelos Annita
    Miltiadis Eleftherios Christos Dimitrios Eleni Georgios Ioannis Kostas Nikolaos Panagiotis Spyros
    Stelios Yiannis Yannis Alexandros Haris Akis Takis Makis Fofi Demetris Glafcos Tassos Prodromos
    Constantinos Ivica Siniša Đuro Dragan Novak Goran Vojislav Slobodan Ratko Radovan Željka Željko
    Borjana Elmedin Nermin Bakir Alija Edin Gordan Davor Luka Joško Josip Zlatko Tomislav Ivo Stjepan
    Jakov Milojko Andrija Dritan Nataša Janez Borut Tadej Primož Hristijan Gordana Stevo Dimitar Bujar
    Sali Ilir Igli Lulzim Erion Hashim Donika Rumen Iliana Boyko Kiril Asen Delyan Kostadin Grigor
    Hristo Georgi Ivaylo Stoyan Todor Tsvetan Zhivko Plamen Petar Nika Zurab Shalva Ketevan Mamuka Davit
    Archil Gocha Vakhtang Lasha Otar Ilia Tornike Nodar Elene Natia Teona Lela Khvicha Vahagn Serzh
    Samvel Alen Armen Henrikh Levon Aram Arman Tigran Mehriban Jeyhun Hikmet Elchin Rashad Ramil Vugar
    Elnur Tural Leyla Gunel Aysel Nigar Sevinj Mukhtar Nikola Dragana Jelena Milica Marija Snežana Vesna
    Biljana Nenad Nebojša Predrag Bojan Vladan Branko Vuk Danijela Mirjana Dubravka Ljiljana Cevdet
    Numan Mansur Ümit Umit Tuncer Tülay Pervin Sırrı Süreyya Abdulkadir Fahrettin Süleyman Suleyman
    Berat Selçuk Selcuk Sümeyye Bilal Burak Arda Kenan Orkun Deniz Emre Gökhan Merve Sinan Volkan
    Zeynep Elif Tolga Yeliz Yiğit Zehra İlkay Ilkay Granit Xherdan
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
    Abdallah Abdelkader Abdelkrim Abdellah Abdelmajid Abdelrahman Abderrahmane Abdou Abdulla Abed Adnan
    Afaf Ahlam Aicha Akram Alaa Amin Amine Aref Asma Atef Bahaa Bakr Basel Bashir Basma Bassam Bassem
    Boutros Bushra Ehab Eman Emad Essam Fadi Fadel Fadwa Fahad Farah Fares Farid Faris Farouk Fathi
    Fawaz Fawzi Fouad Ghada Ghassan Hafez Haitham Hakim Hala Hamdan Hamdi Hameed Hani Hanin Haroun
    Hatem Haytham Hazem Hiba Hicham Hisham Hoda Houda Husam Hussam Hussain Ibtisam Ihab Ikram Imad Iman
    Imen Issa Jaber Jalal Jamil Jassim Jawad Kareem Karima Khadija Khalil Lamia Latifa Loubna Lubna Maha
    Mahdi Maher Majed Malak Malek Malik Mansour Marwa Mazen Mohanad Mostafa Moustafa Mounir Muna Munir
    Nabila Nadim Naguib Naim Najla Najwa Nawal Nayef Noor Nour Nouri Nuri Omran Qais Qasim Rabih Rafik
    Raed Rafiq Rajab Rasha Rawan Reda Ridha Riad Riyad Rida Rola Ruba Saber Sadek Sadiq Saif Saleh
    Salim Samah Samer Sawsan Shadi Shady Shaker Shukri Suha Suhail Sulaiman Taha Talal Tareq
    Tawfik Tawfiq Thamer Turki Wael Wajdi Waleed Wasim Wissam Yahya Yahia Yaser Yasin Yassin
    Yassine Younes Younis Yousif Yusra Zakaria Zakariya Zeinab Ziad Zuhair Zahra Tahnoun Muhammed
    Mohamad Abdelilah Saud Mishal Meshal Jabor Mishaal Hazza Mutlaq Yasir Yazeed Yazid Yousuf
    Abdulmajeed Abdulkarim Abdulrazzaq Abdulhadi Haider Haidar Hayder Kadhim Muqtada Adil Barham Fuad
    Masrour Nechirvan Kosrat Ayad Falih Qubad Jaafar Jafar Qassem Nabih Gebran Tammam Asaad Murhaf
    Mazloum Saeb Jibril Mousa Musa Hossam Izzat Sameh Hosni Gamal Hany Hesham Medhat Magdy Mamdouh Ramy
    Refaat Tamer Yehia Zaki Farhan Lolwah Abir Sarra Saddam Achraf Sofiane Ismaël Noureddine Kamel
    Mourad Mouloud Hocine Djamel Fethi Slimane Yacine Lakhdar Larbi Mokhtar Rachid Driss Mehdi Bagher
    Gholam Gholam-Hossein Akbar Esmail Qasem Ghasem Asghar Golshifteh Mahsa Masih Toomaj Eskandar
    Fatemeh Fateme Arash Babak Farhad Hamed Kaveh Nader Parisa Ramin Vahid Alireza Gholamreza
    Mohammadreza Amirhossein Abolfazl Ruhollah Sirajuddin Ghani Zabihullah Yaqoob Yaqub Massoud
    Rahmanullah Gulbuddin Ahmadullah Hekmatullah Ghulam Nasrullah Ezatullah Shamsuddin Habibullah
    Najibullah Mujib Fawzia Shukria Sima Mahbouba Farkhunda Zarifa Olzhas Bakhtiyor Akylbek Kamchybek
    Rustam Yerlan Nurlan Askar Daniyar Ishaq Khawaja Asim Mohsin Ahsan Attaullah Aleema Fawad Pervaiz
    Fazlur Fazal Asad Qamar Raheel Babar Rizwan Naseem Arshad Malala Zulfikar Zulfiqar Aseefa
    Bakhtawar Murad Sarfraz Mariyam Mushahid Gohar Shoaib Waqar Inzamam Shahid Misbah Saqlain Azhar
    Sania Ashwini Nitin Dharmendra Jyotiraditya Kiren Hardeep Mansukh Shivraj Manohar Jagat Ajit
    Droupadi Jagdeep Venugopal Jairam Revanth Siddaramaiah Mahua Suvendu Atishi Bhagwant Chirag Prashant
    Devendra Eknath Supriya Aaditya Udhayanidhi Edappadi Annamalai Pinarayi Lokesh Pawan Jagan
    Chandrashekar Kavitha Naveen Mohan Hemant Mehbooba Biren Pema Bhupendra Pushkar Sukhvinder Nayab
    Asaduddin Sanjiv Surya Dhananjaya Shaktikanta Raghuram Anant Akash Isha Azim Nandan Narayana Sudha
    Uday Lalit Nirav Virat Rohit Shubman Jasprit Hardik Ravindra Rishabh Suryakumar Sachin Mahendra
    Sourav Yashasvi Smriti Harmanpreet Jemimah Neeraj Saina Vinesh Sakshi Manu Abhinav Viswanathan
    Gukesh Praggnanandhaa Koneru Aamir Aishwarya Deepika Ranveer Ranbir Alia Kareena Hrithik Akshay
    Kangana Anushka Kartik Rajinikanth Prabhas Arijit Diljit Lata Asha Zakir Anoushka Satyajit Arundhati
    Amartya Abhijit Senthil Murugan Karthik Karthikeyan Saravanan Selvam Arumugam Ilango Lakshman Muthu
    Nagarajan Ramachandran Rajagopal Sivakumar Subramanian Venkatesan Vijayan Kanimozhi Jayalalithaa
    Karunanidhi Anbumani Chandrasekhar Chiranjeevi Nagarjuna Venkaiah Srinivasa Ramana Raghavendra
    Sridhar Sudhakar Sujatha Vamsi Padmaja Amarinder Balwinder Baljit Charanjit Gurpreet Gurmeet Gurdeep
    Harbhajan Harpreet Harsimrat Inderjit Jaswant Jasbir Jaswinder Kuldeep Kulwant Manpreet Navjot
    Paramjit Parminder Rajinder Simran Sukhbir Sukhjinder Surinder Jagjit Jasmeet Manmeet Yunus Nahid
    Touhid Salahuddin Sajeeb Rushanara Shakib Mashrafe Mahmudullah Litton Taskin Mustafizur Anisur
    Habibur Khadga Sushila Balendra Balen Bidya Arzu Gagan Rabi Bishnu Harini Vijitha Namal Chandrika
    Mahela Muttiah Sanath Lasantha Nalin Nimal Chaminda Kusal Dasun Wanindu Thisara Chamari Yameen Yair
    Naftali Gideon Yoav Itamar Bezalel Yariv Avigdor Gadi Yitzhak Reuven Shimon Ehud Golda Menachem
    Tzipi Ayelet Miri Amichai Dudi Shlomo Ofir Yossi Ronen Herzi Eyal Effie Avichay Einav Merav Orit
    Yuli Itay Itai Omer Noa Hersh Edan Romi Doron Agam Liri Naama Arbel Shiri Ohad Eliya
    Avera Matan Nimrod Alon Segev Avinatan Gali Eitan Omri Yigal Yehudit
    Yonatan Yosef Zeev Ze'ev Amos Amnon Avi Moshe Uri Yael Sapir Dafna Yitzchak
  `),
  // Pacific Islands (Fiji, Tonga, Samoa, Solomon Islands, Papua New Guinea)
  ...names(`
    Sitiveni Josaia Frank Sione Tevita Viliami Semisi Siaosi Mosese Tomasi Epeli Inia Jone Manoa Manasseh
    Tuilaepa Fiamē Feleti Kausea Jeremiah Kuini Losana Mele Salote Ana Seini Akanesi Taniela Sevuloni
    Rawiri Tama Hemi Wiremu Aroha Ngaire Mereana Hone Tame Tipene Rangi Nanaia Marama Kiri Whetu Willie
    Peeni Kiritapu Simeon Tākuta Nikau Anaru Mihi Hinemoa Pania Huia Kahu Tamati Rewi Piripi Heta
    Viliame Aiyaz Lynda Aisake Pohiva Akilisi Jotham Charlot Ishmael Taneti Surangel Hilda Belden
    Sailele Ardie Beauden Richie Rieko Sevu Codie Ofa Waisale Waisake Josua Vereniki
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
    Yoji Takayuki Yuichiro Seiji Renho Naoto Kakuei Makiko Tomomi Kiyohiko Keiichi Kazuyoshi Akio
    Kenichiro Hiroki Shuntaro Kazuhiro Yoshinobu Roki Seiya Shota Kei Yuzuru Kaori Takefusa Kaoru Takumi
    Wataru Junya Daichi Hajime Naoya Hayao Hirokazu Ryusuke Haruki Ryuichi Hikaru Rinko Kenzaburo Aiko
    Atsushi Hideo Jiro Kentaro Masako Osamu Tetsuya Toru Yoichi Yuji Yuko Naruhito Hisahito Kazuyuki
    Yoshiaki Imee Liza Raffy Kiko Jinggoy Isko Vico Benhur Frederick Menardo Hidilyn Regine Mulyani
    Purbaya Sugiono Bahlil Zulkifli Sjafrie Kaesang Listyo Sigit Rano Dedi Khofifah Susi
    Nadiem Sandiaga Fadillah Saifuddin Hamzah Saddiq Nurul Izzah Khairy Hishammuddin Anifah Hajiji
    Azalina Zambry Hassanal Shanmugam Indranee Masagos Phumtham Pirapan Prawit Natthaphong Sihasak
    Parnpree Sondhi Sutin Chadchart Somchai Somsak Surachai Ariya Ratchanok Kunlavut Panipak Kiradech
    Sonexay Thongloun Saleumxay Htin Zaw Soe Myo Thant Khin Kyaw Maung Nyein Hla
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
    Godswill Tajudeen Hannatu Bosun Rabiu Abdulsalami Remi Seyi Ademola Umo Siminalayi Bassey Douye
    Babagana Dauda Yahaya Inuwa Folorunsho Damini Ayodeji Temilade Oyinkansola Tiwa Kelechi
    Asisat Chioma Omoyele Deji Yinka Abubakar Garba Hadiza Halima Sani Shehu Safiya Saratu Naana Cassiel
    Abedi Kudus Akwasi Adjoa Afua Ekow Fiifi Kobina Kwadwo Kweku Nii Abla Efia Fred Gladys
    Moses Winnie Ngũgĩ Ngugi Wangari Boniface Willy Njeri Nyambura Wairimu Muthoni Njoki Adhiambo Awino
    Anyango Nekesa Kassim Mwigulu Muhoozi Robinah Yolande Victoire Taye Tadesse Haile Kenenisa
    Tigst Letesenbet Tedros Meles Hailemariam Abdalla Abdirashid Abdishakur Abdiqadir Abdisalam Ayaan
    Deqa Fadumo Faduma Hodan Khadra Maryan Nimco Ubah Guled Yemane Kibrom Meron Senait Senzo Firoz
    Fikile Geordin Velenkosini Floyd Duduzile Nkosazana Dudu Zweli Andile Nomvula Thandi Lechesa Thoko
    Mondli Nosiviwe Thulas Khumbudzo Kgosientsho Siya Eben Cheslin Faf Handré Rassie Wayde Caster
    Tatjana Akani Kagiso Temba Charlize Tyla Nomzamo Thuso Graça Bongani Lerato Sipho Themba Tendai
    Mutale Venâncio Venancio Seretse Mswati Ntsokoane Andry Pravind Dharam Wavel Azali Ulisses Sadio
    Kalidou Youssou Yaya Anatole Brice Faustin-Archange Umaro Mamadi Cellou Romuald Adama Maada Gervais
    Ismaïla Ismaila Aliou Bouna Corneille Sultani Serge Mahamadou Anicet Saliou
  `),
  // Chinese names are printed surname first ("Xi Jinping"); their surnames stand in SURNAME_WORDS.
]);

/**
 * Frequent Chinese and Korean family names, which open a name ("Xi Jinping", "Wang Yi", "Kim Jong
 * Un") and name the person alone ("Xi"). Short common words (Long, Young) left out here.
 */
export const CHINESE_KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  ...names(`
    Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Ma Zhu Hu Guo Gao Lin Luo Zheng Liang Xie Song
    Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Cai Jiang Yu Ye Cheng Wei Su Lu Ding Ren Shen
    Yao Qin Hou Lai Ko Hsiao Tsai Kim Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Jeon
  `),
  // Taiwan's and Hong Kong's spellings ("Chung Mong-hong", "Cheung Ka-long") and more Korean ones.
  ...names(`
    Chang Chung Chiang Hsu Hsieh Kuo Liao Tseng Yeh Chou Chao Kao Shih Chan Cheung Wong Leung Lau Ng Yip
    Kwok Fung Chow Tse Mak Kwan Yeung Tam Siu Choy Seo Yoo Baek Jeong Kwak Bae Ryu Hyun
  `),
]);

/**
 * Surnames that open a name printed surname first, or that end one in any order: the first word
 * of the name says person as surely as a given name does elsewhere. Vietnamese names too, though
 * news calls "Pham Minh Chinh" by his given name, "Chinh".
 */
export const SURNAME_FIRST: ReadonlySet<string> = new Set([
  ...CHINESE_KOREAN_FAMILY_NAMES,
  ...names('Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Ngo Duong Ly'),
]);
