package rules

import "strings"

// countryTable lists the world's countries, one a line:
// "Name|adjectives|plural demonyms|other names". Lists inside a field are
// comma-separated. Written by us from general knowledge.
const countryTable = `Afghanistan|Afghan|Afghans|
Albania|Albanian|Albanians|
Algeria|Algerian|Algerians|
Andorra|Andorran|Andorrans|
Angola|Angolan|Angolans|
Antigua and Barbuda|Antiguan|Antiguans|
Argentina|Argentine,Argentinian|Argentines,Argentinians|
Armenia|Armenian|Armenians|
Australia|Australian|Australians|
Austria|Austrian|Austrians|
Azerbaijan|Azerbaijani,Azeri|Azerbaijanis,Azeris|
Bahamas|Bahamian|Bahamians|
Bahrain|Bahraini|Bahrainis|
Bangladesh|Bangladeshi|Bangladeshis|
Barbados|Barbadian|Barbadians|
Belarus|Belarusian|Belarusians|
Belgium|Belgian|Belgians|
Belize|Belizean|Belizeans|
Benin|Beninese||
Bhutan|Bhutanese||
Bolivia|Bolivian|Bolivians|
Bosnia and Herzegovina|Bosnian|Bosnians|Bosnia
Botswana|Botswanan|Batswana|
Brazil|Brazilian|Brazilians|
Brunei|Bruneian|Bruneians|
Bulgaria|Bulgarian|Bulgarians|
Burkina Faso|Burkinabe||
Burundi|Burundian|Burundians|
Cambodia|Cambodian|Cambodians|
Cameroon|Cameroonian|Cameroonians|
Canada|Canadian|Canadians|
Cape Verde|Cape Verdean|Cape Verdeans|Cabo Verde
Central African Republic|Central African||CAR
Chad|Chadian|Chadians|
Chile|Chilean|Chileans|
China|Chinese||People's Republic of China,PRC
Colombia|Colombian|Colombians|
Comoros|Comoran|Comorans|
Democratic Republic of the Congo|Congolese||DR Congo,DRC
Republic of the Congo|||Congo-Brazzaville
Costa Rica|Costa Rican|Costa Ricans|
Croatia|Croatian,Croat|Croatians,Croats|
Cuba|Cuban|Cubans|
Cyprus|Cypriot|Cypriots|
Czech Republic|Czech|Czechs|Czechia
Denmark|Danish|Danes|
Djibouti|Djiboutian|Djiboutians|
Dominica|Dominican||
Dominican Republic|||
Ecuador|Ecuadorian|Ecuadorians|
Egypt|Egyptian|Egyptians|
El Salvador|Salvadoran|Salvadorans|
Equatorial Guinea|Equatoguinean||
Eritrea|Eritrean|Eritreans|
Estonia|Estonian|Estonians|
Eswatini|Swazi|Swazis|Swaziland
Ethiopia|Ethiopian|Ethiopians|
Fiji|Fijian|Fijians|
Finland|Finnish|Finns|
France|French||
Gabon|Gabonese||
Gambia|Gambian|Gambians|
Georgia|Georgian|Georgians|
Germany|German|Germans|
Ghana|Ghanaian|Ghanaians|
Greece|Greek|Greeks|
Grenada|Grenadian|Grenadians|
Guatemala|Guatemalan|Guatemalans|
Guinea|Guinean|Guineans|
Guinea-Bissau|Bissau-Guinean||
Guyana|Guyanese||
Haiti|Haitian|Haitians|
Honduras|Honduran|Hondurans|
Hungary|Hungarian|Hungarians|
Iceland|Icelandic|Icelanders|
India|Indian|Indians|
Indonesia|Indonesian|Indonesians|
Iran|Iranian|Iranians|
Iraq|Iraqi|Iraqis|
Ireland|Irish||Republic of Ireland
Israel|Israeli|Israelis|
Italy|Italian|Italians|
Ivory Coast|Ivorian|Ivorians|Côte d'Ivoire
Jamaica|Jamaican|Jamaicans|
Japan|Japanese||
Jordan|Jordanian|Jordanians|
Kazakhstan|Kazakh,Kazakhstani|Kazakhs|
Kenya|Kenyan|Kenyans|
Kiribati|I-Kiribati||
Kosovo|Kosovar|Kosovars|
Kuwait|Kuwaiti|Kuwaitis|
Kyrgyzstan|Kyrgyz||
Laos|Lao,Laotian|Laotians|
Latvia|Latvian|Latvians|
Lebanon|Lebanese||
Lesotho|Basotho||
Liberia|Liberian|Liberians|
Libya|Libyan|Libyans|
Liechtenstein|Liechtensteiner||
Lithuania|Lithuanian|Lithuanians|
Luxembourg|Luxembourgish|Luxembourgers|
Madagascar|Malagasy||
Malawi|Malawian|Malawians|
Malaysia|Malaysian|Malaysians|
Maldives|Maldivian|Maldivians|
Mali|Malian|Malians|
Malta|Maltese||
Marshall Islands|Marshallese||
Mauritania|Mauritanian|Mauritanians|
Mauritius|Mauritian|Mauritians|
Mexico|Mexican|Mexicans|
Micronesia|Micronesian|Micronesians|
Moldova|Moldovan|Moldovans|
Monaco|Monegasque||
Mongolia|Mongolian|Mongolians|
Montenegro|Montenegrin|Montenegrins|
Morocco|Moroccan|Moroccans|
Mozambique|Mozambican|Mozambicans|
Myanmar|Burmese||Burma
Namibia|Namibian|Namibians|
Nauru|Nauruan|Nauruans|
Nepal|Nepalese,Nepali|Nepalis|
Netherlands|Dutch||Holland,The Netherlands
New Zealand|New Zealand|New Zealanders|
Nicaragua|Nicaraguan|Nicaraguans|
Niger|Nigerien|Nigeriens|
Nigeria|Nigerian|Nigerians|
North Korea|North Korean|North Koreans|DPRK
North Macedonia|Macedonian|Macedonians|Macedonia
Norway|Norwegian|Norwegians|
Oman|Omani|Omanis|
Pakistan|Pakistani|Pakistanis|
Palau|Palauan|Palauans|
Palestine|Palestinian|Palestinians|Palestinian territories
Panama|Panamanian|Panamanians|
Papua New Guinea|Papua New Guinean|Papua New Guineans|
Paraguay|Paraguayan|Paraguayans|
Peru|Peruvian|Peruvians|
Philippines|Filipino,Philippine|Filipinos|
Poland|Polish|Poles|
Portugal|Portuguese||
Qatar|Qatari|Qataris|
Romania|Romanian|Romanians|
Russia|Russian|Russians|Russian Federation
Rwanda|Rwandan|Rwandans|
Saint Kitts and Nevis|Kittitian||
Saint Lucia|Saint Lucian||
Saint Vincent and the Grenadines|Vincentian||
Samoa|Samoan|Samoans|
San Marino|Sammarinese||
Sao Tome and Principe|Santomean||São Tomé and Príncipe
Saudi Arabia|Saudi,Saudi Arabian|Saudis|
Senegal|Senegalese||
Serbia|Serbian,Serb|Serbians,Serbs|
Seychelles|Seychellois||
Sierra Leone|Sierra Leonean|Sierra Leoneans|
Singapore|Singaporean|Singaporeans|
Slovakia|Slovak|Slovaks|
Slovenia|Slovenian,Slovene|Slovenians,Slovenes|
Solomon Islands|Solomon Islander||
Somalia|Somali|Somalis|
South Africa|South African|South Africans|
South Korea|South Korean|South Koreans|Republic of Korea
South Sudan|South Sudanese||
Spain|Spanish|Spaniards|
Sri Lanka|Sri Lankan|Sri Lankans|
Sudan|Sudanese||
Suriname|Surinamese||
Sweden|Swedish|Swedes|
Switzerland|Swiss||
Syria|Syrian|Syrians|
Taiwan|Taiwanese||
Tajikistan|Tajik|Tajiks|
Tanzania|Tanzanian|Tanzanians|
Thailand|Thai|Thais|
Timor-Leste|Timorese||East Timor
Togo|Togolese||
Tonga|Tongan|Tongans|
Trinidad and Tobago|Trinidadian|Trinidadians|
Tunisia|Tunisian|Tunisians|
Turkey|Turkish|Turks|Türkiye
Turkmenistan|Turkmen||
Tuvalu|Tuvaluan|Tuvaluans|
Uganda|Ugandan|Ugandans|
Ukraine|Ukrainian|Ukrainians|
United Arab Emirates|Emirati|Emiratis|UAE
United Kingdom|British|Britons|UK,U.K.,Britain,Great Britain
United States|American|Americans|US,U.S.,USA,U.S.A.,United States of America,America
Uruguay|Uruguayan|Uruguayans|
Uzbekistan|Uzbek|Uzbeks|
Vanuatu|Ni-Vanuatu||
Vatican City|Vatican||Holy See
Venezuela|Venezuelan|Venezuelans|
Vietnam|Vietnamese||Viet Nam
Yemen|Yemeni|Yemenis|
Zambia|Zambian|Zambians|
Zimbabwe|Zimbabwean|Zimbabweans|
Scotland|Scottish|Scots|
England|English||
Wales|Welsh||
Northern Ireland|Northern Irish||
Greenland|Greenlandic|Greenlanders|
Hong Kong|||
Puerto Rico|Puerto Rican|Puerto Ricans|`

// capitalTable pairs capitals with their countries: "City|Country".
const capitalTable = `Kabul|Afghanistan
Tirana|Albania
Algiers|Algeria
Luanda|Angola
Buenos Aires|Argentina
Yerevan|Armenia
Canberra|Australia
Vienna|Austria
Baku|Azerbaijan
Manama|Bahrain
Dhaka|Bangladesh
Minsk|Belarus
Brussels|Belgium
La Paz|Bolivia
Sarajevo|Bosnia and Herzegovina
Gaborone|Botswana
Brasilia|Brazil
Brasília|Brazil
Sofia|Bulgaria
Ouagadougou|Burkina Faso
Phnom Penh|Cambodia
Yaounde|Cameroon
Ottawa|Canada
N'Djamena|Chad
Santiago|Chile
Beijing|China
Bogota|Colombia
Bogotá|Colombia
Kinshasa|Democratic Republic of the Congo
Brazzaville|Republic of the Congo
San Jose|Costa Rica
Zagreb|Croatia
Havana|Cuba
Nicosia|Cyprus
Prague|Czech Republic
Copenhagen|Denmark
Santo Domingo|Dominican Republic
Quito|Ecuador
Cairo|Egypt
San Salvador|El Salvador
Asmara|Eritrea
Tallinn|Estonia
Addis Ababa|Ethiopia
Suva|Fiji
Helsinki|Finland
Paris|France
Libreville|Gabon
Tbilisi|Georgia
Berlin|Germany
Accra|Ghana
Athens|Greece
Guatemala City|Guatemala
Conakry|Guinea
Port-au-Prince|Haiti
Tegucigalpa|Honduras
Budapest|Hungary
Reykjavik|Iceland
New Delhi|India
Jakarta|Indonesia
Tehran|Iran
Baghdad|Iraq
Dublin|Ireland
Jerusalem|Israel
Rome|Italy
Kingston|Jamaica
Tokyo|Japan
Amman|Jordan
Astana|Kazakhstan
Nairobi|Kenya
Pristina|Kosovo
Kuwait City|Kuwait
Bishkek|Kyrgyzstan
Vientiane|Laos
Riga|Latvia
Beirut|Lebanon
Monrovia|Liberia
Tripoli|Libya
Vilnius|Lithuania
Antananarivo|Madagascar
Lilongwe|Malawi
Kuala Lumpur|Malaysia
Bamako|Mali
Valletta|Malta
Nouakchott|Mauritania
Mexico City|Mexico
Chisinau|Moldova
Ulaanbaatar|Mongolia
Podgorica|Montenegro
Rabat|Morocco
Maputo|Mozambique
Naypyidaw|Myanmar
Windhoek|Namibia
Kathmandu|Nepal
Amsterdam|Netherlands
The Hague|Netherlands
Wellington|New Zealand
Managua|Nicaragua
Niamey|Niger
Abuja|Nigeria
Pyongyang|North Korea
Skopje|North Macedonia
Oslo|Norway
Muscat|Oman
Islamabad|Pakistan
Ramallah|Palestine
Panama City|Panama
Asuncion|Paraguay
Lima|Peru
Manila|Philippines
Warsaw|Poland
Lisbon|Portugal
Doha|Qatar
Bucharest|Romania
Moscow|Russia
Kigali|Rwanda
Riyadh|Saudi Arabia
Dakar|Senegal
Belgrade|Serbia
Freetown|Sierra Leone
Bratislava|Slovakia
Ljubljana|Slovenia
Mogadishu|Somalia
Pretoria|South Africa
Seoul|South Korea
Juba|South Sudan
Madrid|Spain
Colombo|Sri Lanka
Khartoum|Sudan
Stockholm|Sweden
Bern|Switzerland
Damascus|Syria
Taipei|Taiwan
Dushanbe|Tajikistan
Dodoma|Tanzania
Bangkok|Thailand
Tunis|Tunisia
Ankara|Turkey
Ashgabat|Turkmenistan
Kampala|Uganda
Kyiv|Ukraine
Kiev|Ukraine
Abu Dhabi|United Arab Emirates
London|United Kingdom
Washington|United States
Montevideo|Uruguay
Tashkent|Uzbekistan
Caracas|Venezuela
Hanoi|Vietnam
Sanaa|Yemen
Lusaka|Zambia
Harare|Zimbabwe
Edinburgh|Scotland
Cardiff|Wales
Belfast|Northern Ireland`

// placeList holds other well-known places: large cities, states, provinces
// and regions, one a line.
const placeList = `New York
New York City
Los Angeles
Chicago
Houston
Philadelphia
San Francisco
Boston
Seattle
Miami
Atlanta
Dallas
Detroit
Las Vegas
New Orleans
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Quebec
Ontario
British Columbia
Alberta
Toronto
Montreal
Vancouver
Sydney
Melbourne
Manchester
Birmingham
Liverpool
Glasgow
Munich
Hamburg
Frankfurt
Milan
Naples
Barcelona
Geneva
Zurich
Istanbul
St Petersburg
Saint Petersburg
Shanghai
Hong Kong
Mumbai
Kolkata
Chennai
Bangalore
Karachi
Lahore
Osaka
Dubai
Jeddah
Mecca
Medina
Aleppo
Mosul
Basra
Alexandria
Lagos
Johannesburg
Cape Town
Rio de Janeiro
Sao Paulo
São Paulo
Tel Aviv
West Jerusalem
East Jerusalem
Gaza
Gaza Strip
Gaza City
West Bank
Golan Heights
Sinai
Crimea
Donbas
Kashmir
Tibet
Xinjiang
Siberia
Kurdistan
Catalonia
Bavaria
Middle East
Near East
Far East
Europe
Asia
Africa
North America
South America
Latin America
Central America
Oceania
Antarctica
Arctic
Caribbean
Balkans
Scandinavia
Mediterranean
Persian Gulf
Gulf of Mexico
Red Sea
Black Sea
Baltic Sea
South China Sea
Pacific
Pacific Ocean
Atlantic
Atlantic Ocean
Indian Ocean
Sahara
Sahel
Horn of Africa
Southeast Asia
East Asia
South Asia
Central Asia
Eastern Europe
Western Europe
Northern Europe
Southern Europe
Amazon
Himalayas
Alps`

// A country is one gazetteer country.
type country struct {
	name    string
	adjs    []string
	plurals []string
	aliases []string
}

// gazetteer maps folded place names, demonyms and adjectives to what they
// name. It is built once and only read afterwards.
type gazetteer struct {
	// place maps a folded name or alias to the canonical place name.
	place map[string]string
	// adj maps a folded nationality adjective to its country.
	adj map[string]string
	// plural maps a folded plural demonym ("israelis") to its country.
	plural map[string]string
	// capitalOf maps a folded capital name to its country.
	capitalOf map[string]string
	// isCountry holds the canonical names of countries.
	isCountry map[string]bool
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func newGazetteer() *gazetteer {
	g := &gazetteer{
		place:     map[string]string{},
		adj:       map[string]string{},
		plural:    map[string]string{},
		capitalOf: map[string]string{},
		isCountry: map[string]bool{},
	}
	for _, line := range strings.Split(countryTable, "\n") {
		f := strings.Split(line, "|")
		if len(f) < 4 {
			continue
		}
		c := country{name: f[0], adjs: splitList(f[1]), plurals: splitList(f[2]), aliases: splitList(f[3])}
		g.isCountry[c.name] = true
		g.place[fold(c.name)] = c.name
		for _, a := range c.aliases {
			g.place[fold(a)] = c.name
		}
		for _, a := range c.adjs {
			g.adj[fold(a)] = c.name
		}
		for _, p := range c.plurals {
			g.plural[fold(p)] = c.name
		}
	}
	for _, line := range strings.Split(capitalTable, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 2 {
			continue
		}
		if _, ok := g.place[fold(f[0])]; !ok {
			g.place[fold(f[0])] = f[0]
		}
		g.capitalOf[fold(f[0])] = f[1]
	}
	for _, p := range strings.Split(placeList, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			if _, ok := g.place[fold(p)]; !ok {
				g.place[fold(p)] = p
			}
		}
	}
	return g
}
