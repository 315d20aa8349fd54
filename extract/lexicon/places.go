package lexicon

import "strings"

// The gazetteer of places that the extractors need beyond the countries
// of the named-entity recognizer's gazetteer (extract/nlp/ner.Country).

// IsRegion reports whether a name is a first-level region of a country
// that news writes after a town ("Maryland" in "Frederick, Maryland",
// "Ontario").
func IsRegion(name string) bool { return regions[Fold(name)] }

// RegionalPolicing reports whether a country (by the recognizer's
// gazetteer name) has no national police that news calls "the police":
// its police forces are its states', provinces' or towns'.
func RegionalPolicing(country string) bool { return regionalPolicing[country] }

var regionalPolicing = map[string]bool{"United States": true, "United Kingdom": true, "Australia": true, "Canada": true, "Germany": true,
	"India": true, "Brazil": true, "Mexico": true, "Switzerland": true}

// regionList holds the first-level divisions of countries whose towns
// news commonly writes as "Town, Region": the states of the United
// States, Australia, India, Brazil, Mexico, Germany and Malaysia, the
// provinces of Canada, the Philippines, South Africa and others, and the
// nations of the United Kingdom. Written by us from general knowledge.
const regionList = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|D.C.|D.C|DC|Puerto Rico|Guam
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Ontario|Prince Edward Island|Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories
New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|Australian Capital Territory
England|Scotland|Wales|Northern Ireland
Andhra Pradesh|Assam|Bihar|Gujarat|Haryana|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Odisha|Punjab|Rajasthan|Tamil Nadu|Telangana|Uttar Pradesh|West Bengal|Delhi
Bavaria|Baden-Württemberg|Berlin|Brandenburg|Hesse|Lower Saxony|North Rhine-Westphalia|Saxony|Thuringia|Schleswig-Holstein
Luzon|Visayas|Mindanao|Metro Manila
Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape
Sabah|Sarawak|Selangor|Johor|Penang
São Paulo|Rio de Janeiro|Minas Gerais|Bahia
Jalisco|Chihuahua|Sonora|Oaxaca|Chiapas|Yucatán|Baja California
Ontario|Lombardy|Tuscany|Sicily|Sardinia|Catalonia|Andalusia|Galicia|Basque Country|Brittany|Normandy|Provence|Corsica
Hokkaido|Okinawa|Guangdong|Sichuan|Hubei|Xinjiang|Tibet|Yunnan|Gyeonggi|Jeju|Kurdistan|Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa`

var regions = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(regionList, "\n") {
		for _, r := range strings.Split(line, "|") {
			if r = strings.TrimSpace(r); r != "" {
				m[Fold(r)] = true
			}
		}
	}
	return m
}()

// capitalTable pairs capitals with their countries: "City|Country".
// Written by us from general knowledge.
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

var capitals = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(capitalTable, "\n") {
		city, country, ok := strings.Cut(line, "|")
		if ok {
			m[Fold(city)] = strings.TrimSpace(country)
		}
	}
	return m
}()

// CapitalOf returns the country whose capital a place name names
// ("Washington" → "United States"), for news that lets a capital speak
// for its government ("Washington says").
func CapitalOf(name string) (string, bool) {
	c, ok := capitals[Fold(name)]
	return c, ok
}
