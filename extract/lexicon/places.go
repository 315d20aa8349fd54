package lexicon

import "strings"

// The gazetteer of places that the extractors need beyond the countries
// of the named-entity recognizer's gazetteer (extract/nlp/ner.Country).

// IsRegion reports whether a name is a first-level region of a country
// that news writes after a town ("Maryland" in "Frederick, Maryland",
// "Ontario").
func IsRegion(name string) bool { return regions[Fold(name)] }

// regionList holds the first-level divisions of countries whose towns
// news commonly writes as "Town, Region": the states of the United
// States, Australia, India, Brazil, Mexico, Germany and Malaysia, the
// provinces of Canada, the Philippines, South Africa and others, and the
// nations of the United Kingdom. Written by us from general knowledge.
const regionList = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|D.C.|DC|Puerto Rico|Guam
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
