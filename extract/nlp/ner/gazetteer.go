package ner

import (
	"strings"
	"sync"
)

// The country and place names come from data/countries.tsv.gz,
// data/places.txt.gz and data/cities.txt.gz (see data.go).

// curatedNames holds, per ISO 3166-1 alpha-2 code, the short forms and
// demonyms (nationality adjectives and nouns, singular and plural) that
// news text uses. Written by hand from general knowledge; every country
// the gazetteer knows keeps its ISO names as well. Plural forms ending in
// "-s" are derived automatically for adjectives ending in "-an" or "-i"
// (see demonymPlurals), so only irregular nouns are listed.
var curatedNames = map[string]struct{ Names, Demonyms string }{
	"AF": {"", "Afghan Afghans"},
	"AL": {"", "Albanian"},
	"DZ": {"", "Algerian"},
	"AD": {"", "Andorran"},
	"AO": {"", "Angolan"},
	"AR": {"", "Argentine Argentinian Argentines"},
	"AM": {"", "Armenian"},
	"AU": {"", "Australian Aussie Aussies"},
	"AT": {"", "Austrian"},
	"AZ": {"", "Azerbaijani Azeri"},
	"BS": {"the_Bahamas", "Bahamian"},
	"BH": {"", "Bahraini"},
	"BD": {"", "Bangladeshi"},
	"BB": {"", "Barbadian"},
	"BY": {"", "Belarusian"},
	"BE": {"", "Belgian"},
	"BZ": {"", "Belizean"},
	"BJ": {"", "Beninese"},
	"BT": {"", "Bhutanese"},
	"BO": {"", "Bolivian"},
	"BA": {"Bosnia", "Bosnian"},
	"BW": {"", "Botswanan Motswana Batswana"},
	"BR": {"", "Brazilian"},
	"BN": {"Brunei", "Bruneian"},
	"BG": {"", "Bulgarian"},
	"BF": {"", "Burkinabe"},
	"BI": {"", "Burundian"},
	"KH": {"", "Cambodian"},
	"CM": {"", "Cameroonian"},
	"CA": {"", "Canadian"},
	"CV": {"Cape_Verde", "Cape_Verdean"},
	"CF": {"CAR", "Central_African"},
	"TD": {"", "Chadian"},
	"CL": {"", "Chilean"},
	"CN": {"PRC Mainland_China", "Chinese"},
	"CO": {"", "Colombian"},
	"KM": {"", "Comorian"},
	"CG": {"Congo-Brazzaville", "Congolese"},
	"CD": {"DRC DR_Congo Congo-Kinshasa", ""},
	"CR": {"", "Costa_Rican"},
	"CI": {"Ivory_Coast", "Ivorian"},
	"HR": {"", "Croatian Croat Croats"},
	"CU": {"", "Cuban"},
	"CY": {"", "Cypriot Cypriots"},
	"CZ": {"Czech_Republic", "Czech Czechs"},
	"DK": {"", "Danish Dane Danes"},
	"DJ": {"", "Djiboutian"},
	"DM": {"", "Dominican"},
	"DO": {"", ""},
	"EC": {"", "Ecuadorian"},
	"EG": {"", "Egyptian"},
	"SV": {"", "Salvadoran"},
	"GQ": {"", "Equatorial_Guinean"},
	"ER": {"", "Eritrean"},
	"EE": {"", "Estonian"},
	"SZ": {"Swaziland", "Swazi Swazis"},
	"ET": {"", "Ethiopian"},
	"FJ": {"", "Fijian"},
	"FI": {"", "Finnish Finn Finns"},
	"FR": {"", "French Frenchman Frenchmen Frenchwoman"},
	"GA": {"", "Gabonese"},
	"GM": {"the_Gambia", "Gambian"},
	"GE": {"", "Georgian"},
	"DE": {"", "German"},
	"GH": {"", "Ghanaian"},
	"GR": {"", "Greek Greeks"},
	"GD": {"", "Grenadian"},
	"GT": {"", "Guatemalan"},
	"GN": {"", "Guinean"},
	"GW": {"", "Bissau-Guinean"},
	"GY": {"", "Guyanese"},
	"HT": {"", "Haitian"},
	"HN": {"", "Honduran"},
	"HU": {"", "Hungarian"},
	"IS": {"", "Icelandic Icelander Icelanders"},
	"IN": {"", "Indian"},
	"ID": {"", "Indonesian"},
	"IR": {"", "Iranian"},
	"IQ": {"", "Iraqi"},
	"IE": {"Eire", "Irish Irishman Irishmen"},
	"IL": {"", "Israeli"},
	"IT": {"", "Italian"},
	"JM": {"", "Jamaican"},
	"JP": {"", "Japanese"},
	"JO": {"", "Jordanian"},
	"KZ": {"", "Kazakh Kazakhs Kazakhstani"},
	"KE": {"", "Kenyan"},
	"KI": {"", "I-Kiribati"},
	"KP": {"DPRK", "North_Korean"},
	"KR": {"Korea ROK", "South_Korean Korean"},
	"KW": {"", "Kuwaiti"},
	"KG": {"", "Kyrgyz"},
	"LA": {"", "Lao Laotian"},
	"LV": {"", "Latvian"},
	"LB": {"", "Lebanese"},
	"LS": {"", "Basotho Mosotho"},
	"LR": {"", "Liberian"},
	"LY": {"", "Libyan"},
	"LI": {"", "Liechtensteiner Liechtensteiners"},
	"LT": {"", "Lithuanian"},
	"LU": {"", "Luxembourgish Luxembourger Luxembourgers"},
	"MG": {"", "Malagasy"},
	"MW": {"", "Malawian"},
	"MY": {"", "Malaysian"},
	"MV": {"", "Maldivian"},
	"ML": {"", "Malian"},
	"MT": {"", "Maltese"},
	"MH": {"", "Marshallese"},
	"MR": {"", "Mauritanian"},
	"MU": {"", "Mauritian"},
	"MX": {"", "Mexican"},
	"FM": {"", "Micronesian"},
	"MD": {"", "Moldovan"},
	"MC": {"", "Monegasque"},
	"MN": {"", "Mongolian"},
	"ME": {"", "Montenegrin"},
	"MA": {"", "Moroccan"},
	"MZ": {"", "Mozambican"},
	"MM": {"Burma", "Burmese"},
	"NA": {"", "Namibian"},
	"NR": {"", "Nauruan"},
	"NP": {"", "Nepali Nepalese"},
	"NL": {"Holland the_Netherlands", "Dutch Dutchman Dutchmen"},
	"NZ": {"", "New_Zealander New_Zealanders"},
	"NI": {"", "Nicaraguan"},
	"NE": {"", "Nigerien"},
	"NG": {"", "Nigerian"},
	"MK": {"Macedonia", "Macedonian"},
	"NO": {"", "Norwegian"},
	"OM": {"", "Omani"},
	"PK": {"", "Pakistani"},
	"PW": {"", "Palauan"},
	"PS": {"Palestinian_territories", "Palestinian Gazan"},
	"PA": {"", "Panamanian"},
	"PG": {"PNG", "Papua_New_Guinean"},
	"PY": {"", "Paraguayan"},
	"PE": {"", "Peruvian"},
	"PH": {"", "Filipino Filipinos Filipina Philippine"},
	"PL": {"", "Polish Pole Poles"},
	"PT": {"", "Portuguese"},
	"QA": {"", "Qatari"},
	"RO": {"", "Romanian"},
	"RU": {"", "Russian"},
	"RW": {"", "Rwandan"},
	"KN": {"", "Kittitian Nevisian"},
	"LC": {"", "Saint_Lucian"},
	"VC": {"", "Vincentian"},
	"WS": {"", "Samoan"},
	"SM": {"", "Sammarinese"},
	"ST": {"", "Santomean"},
	"SA": {"", "Saudi Saudi_Arabian"},
	"SN": {"", "Senegalese"},
	"RS": {"", "Serbian Serb Serbs"},
	"SC": {"", "Seychellois"},
	"SL": {"", "Sierra_Leonean"},
	"SG": {"", "Singaporean"},
	"SK": {"", "Slovak Slovaks"},
	"SI": {"", "Slovenian Slovene Slovenes"},
	"SB": {"", "Solomon_Islander Solomon_Islanders"},
	"SO": {"", "Somali Somalis"},
	"ZA": {"", "South_African"},
	"SS": {"", "South_Sudanese"},
	"ES": {"", "Spanish Spaniard Spaniards"},
	"LK": {"", "Sri_Lankan"},
	"SD": {"", "Sudanese"},
	"SR": {"", "Surinamese"},
	"SE": {"", "Swedish Swede Swedes"},
	"CH": {"", "Swiss"},
	"SY": {"", "Syrian"},
	"TW": {"ROC", "Taiwanese"},
	"TJ": {"", "Tajik Tajiks Tajikistani"},
	"TZ": {"", "Tanzanian"},
	"TH": {"", "Thai Thais"},
	"TL": {"East_Timor", "Timorese"},
	"TG": {"", "Togolese"},
	"TO": {"", "Tongan"},
	"TT": {"", "Trinidadian Tobagonian"},
	"TN": {"", "Tunisian"},
	"TR": {"Turkey Turkiye Türkiye", "Turkish Turk Turks"},
	"TM": {"", "Turkmen"},
	"TV": {"", "Tuvaluan"},
	"UG": {"", "Ugandan"},
	"UA": {"", "Ukrainian"},
	"AE": {"UAE U.A.E.", "Emirati"},
	"GB": {"UK U.K. Britain Great_Britain England Scotland Wales Northern_Ireland", "British Briton Britons Brit Brits English Englishman Englishmen Scottish Scot Scots Welsh Welshman"},
	"US": {"US U.S. USA U.S.A. America United_States_of_America the_United_States", "American"},
	"UY": {"", "Uruguayan"},
	"UZ": {"", "Uzbek Uzbeks Uzbekistani"},
	"VU": {"", "Ni-Vanuatu"},
	"VA": {"Holy_See Vatican", ""},
	"VE": {"", "Venezuelan"},
	"VN": {"", "Vietnamese"},
	"YE": {"", "Yemeni"},
	"ZM": {"", "Zambian"},
	"ZW": {"", "Zimbabwean"},
}

// demonymPlurals returns the regular plural of a demonym: "Israeli" →
// "Israelis", "American" → "Americans"; "" for forms without one
// ("Chinese", "French").
func demonymPlurals(d string) string {
	if strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i") || strings.HasSuffix(d, "er") {
		return d + "s"
	}
	return ""
}

// A gazEntry is what the gazetteer knows about one name.
type gazEntry struct {
	country string // display name of the country
	demonym bool   // a nationality word rather than a country name
}

// gazetteer holds the lookup tables, built once from the generated ISO
// table and curatedNames and shared read-only.
type gazetteer struct {
	exact  map[string]gazEntry // as written
	folded map[string]gazEntry // lower case; only names longer than 3 bytes
	maxLen int                 // most words in one name
	// places holds the names of subdivisions (states, provinces,
	// regions) and cities, as written.
	places      map[string]bool
	placeMaxLen int
	// firstGaz and firstPlace map the first word of every multi-word
	// name to the most words of a name starting with it, so that lookups
	// try only lengths that can match.
	firstGaz, firstPlace map[string]int
}

// noteFirst records in m the first word of a multi-word name.
func noteFirst(m map[string]int, name string) {
	n := strings.Count(name, " ") + 1
	if n < 2 {
		return
	}
	first, _, _ := strings.Cut(name, " ")
	m[first] = max(m[first], n)
	if l := strings.ToLower(first); l != first && len(name) > 3 && strings.ToUpper(name) != name {
		m[l] = max(m[l], n) // for case-insensitive matches
	}
}

// maxWords returns the most words a name starting with w can have.
func maxWords(m map[string]int, w string) int {
	if n, ok := m[w]; ok {
		return n
	}
	return 1
}

var loadGazetteer = sync.OnceValue(buildGazetteer)

func buildGazetteer() *gazetteer {
	g := &gazetteer{exact: map[string]gazEntry{}, folded: map[string]gazEntry{},
		firstGaz: map[string]int{}, firstPlace: map[string]int{}}
	add := func(name string, e gazEntry) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		if _, ok := g.exact[name]; !ok {
			g.exact[name] = e
		}
		if len(name) > 3 && strings.ToUpper(name) != name {
			l := strings.ToLower(name)
			if _, ok := g.folded[l]; !ok {
				g.folded[l] = e
			}
		}
		if n := strings.Count(name, " ") + 1; n > g.maxLen {
			g.maxLen = n
		}
		noteFirst(g.firstGaz, name)
	}
	byCode := map[string]string{}
	countries := loadCountries()
	for _, c := range countries {
		byCode[c.Alpha2] = c.Name
	}
	// Curated names first: they take precedence over ISO aliases
	// ("Georgia" stays the country; demonyms are unambiguous).
	for _, c := range countries {
		cur, ok := curatedNames[c.Alpha2]
		if !ok {
			continue
		}
		for _, n := range strings.Fields(cur.Names) {
			add(strings.ReplaceAll(n, "_", " "), gazEntry{country: c.Name})
		}
		for _, d := range strings.Fields(cur.Demonyms) {
			d = strings.ReplaceAll(d, "_", " ")
			add(d, gazEntry{country: c.Name, demonym: true})
			if p := demonymPlurals(d); p != "" {
				add(p, gazEntry{country: c.Name, demonym: true})
			}
		}
	}
	for _, c := range countries {
		e := gazEntry{country: c.Name}
		add(c.Name, e)
		add("the "+c.Name, e)
		for _, a := range c.Aliases {
			add(a, e)
		}
	}
	g.places = map[string]bool{}
	for _, p := range loadPlaceNames() {
		g.places[p] = true
		g.placeMaxLen = max(g.placeMaxLen, strings.Count(p, " ")+1)
		noteFirst(g.firstPlace, p)
	}
	return g
}

// lookup returns the entry for name, matched as written or, for names of
// more than three letters that are not all capitals, case-insensitively.
func (g *gazetteer) lookup(name string) (gazEntry, bool) {
	if e, ok := g.exact[name]; ok {
		return e, true
	}
	if len(name) <= 3 || len(name) > 64 {
		return gazEntry{}, false
	}
	// Lower-case into a stack buffer (ASCII only; other names must match
	// as written), skipping all-capital names ("USA" is not "usa").
	var buf [64]byte
	b := buf[:len(name)]
	lower := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 0x80:
			return gazEntry{}, false
		}
		b[i] = c
	}
	if !lower {
		return gazEntry{}, false
	}
	e, ok := g.folded[string(b)]
	return e, ok
}

// Country returns the country that a country name, alias, short form or
// nationality word refers to, by its English short name: "Israeli" →
// "Israel", "U.S." → "United States", "Britons" → "United Kingdom",
// "Russian Federation" → "Russia". Multi-word names are given with single
// spaces ("South Korean"). Names are matched as written, and names of more
// than three letters also case-insensitively ("israeli"), so that "US"
// matches but "us" does not. The table covers every ISO 3166-1 entry.
func Country(word string) (string, bool) {
	e, ok := loadGazetteer().lookup(word)
	return e.country, ok
}

// IsDemonym reports whether word is a nationality word (adjective or noun,
// "Israeli", "Americans") rather than a country name.
func IsDemonym(word string) bool {
	e, ok := loadGazetteer().lookup(word)
	return ok && e.demonym
}
