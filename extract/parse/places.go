package parse

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// locations reads located_in facts from the way places are written: "X,
// Y" ("Frederick, Maryland", "Kidapawan City, Cotabato"), "Y-based X"
// ("Virginia-based Symplicity Corporation"), a place before an
// institution ("a Texas court") and an event or organization "in Y" ("the
// World Championships in Doha").
func (x *doc) locations() {
	for _, s := range x.sents {
		ms := x.mentionsOf(s)
		for i, mi := range ms {
			m := x.ments[mi]
			if m.kind != mName || m.ent < 0 {
				continue
			}
			e := x.ents[m.ent]
			// "the Qatari capital, Doha", "Tehran, the Iranian capital",
			// "the French capital Paris"
			if e.typ == newsgraph.Place {
				if c, ok := x.capitalOf(s, m); ok {
					x.addFact(fact{s: m.ent, o: x.placeNamed(c, s), pred: newsgraph.LocatedIn, raw: "capital", sent: s.idx, conf: 0.7})
				}
			}
			// "Delmont's capital, Parvo", "Velm's largest city Arlo": the
			// place a possessed place noun names is in the possessor
			if e.typ == newsgraph.Place {
				if o := x.possessedPlace(s, m); o >= 0 && o != m.ent {
					x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: "'s", sent: s.idx, conf: 0.7, span: s.span(max(m.a-5, 0), m.b)})
				}
			}
			// "Gilroy is located in California", "situated in"
			if e.typ == newsgraph.Place || e.typ == newsgraph.Organization {
				v := s.head(m.head)
				if v < 0 || s.Tokens[m.head].Rel != "nsubj:pass" || s.lemma[v] != "locate" && s.lemma[v] != "situate" {
					v = -1
					for _, c := range s.kids[m.head] {
						if s.Tokens[c].Rel == "acl" && c > m.head {
							v = c // "the Harwick plant, located in Dorrington,"
						}
					}
				}
				if v >= 0 && (s.lemma[v] == "locate" || s.lemma[v] == "situate") {
					for _, c := range s.kids[v] {
						if s.Tokens[c].Rel == "obl" && s.prep(c) == "in" {
							if o := x.entityAt(s, c); o >= 0 && o != m.ent && x.typeOf(o) == newsgraph.Place {
								_, end := s.subtree(c)
								x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: s.Tokens[v].Text + " in", sent: s.idx, conf: 0.7, span: s.span(m.a, end)})
							}
						}
					}
				}
			}
			// "Bellport City, the capital of Norland", "Arlo, a town in
			// Tarnia"
			if e.typ == newsgraph.Place || e.typ == newsgraph.Thing && m.b < len(s.Tokens) && (s.low[m.b] == "is" || s.low[m.b] == "was") {
				if o, end := x.placeApposed(s, m); o >= 0 && o != m.ent {
					if e.typ != newsgraph.Place {
						e.typ, e.sure, e.leadValid = newsgraph.Place, newsgraph.Place, false // "Arlo is a town in …"
					}
					x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: "capital", sent: s.idx, conf: 0.7, span: s.span(m.a, end)})
				}
			}
			// "the Paris court", "South Korean police"
			// (a government, police or army of a place is its own, not
			// one located there)
			if m.placeMod >= 0 && x.ments[m.placeMod].ent >= 0 && !governing[s.lemma[m.head]] {
				x.addFact(fact{s: m.ent, o: x.ments[m.placeMod].ent, pred: newsgraph.LocatedIn, raw: m.name, sent: s.idx, conf: 0.7, span: s.span(x.ments[m.placeMod].a, m.b)})
			}
			// "X, Y"
			j, mb := i+1, m.b
			if j+1 < len(ms) && mb < len(s.Tokens) && s.Tokens[mb].Text == "(" && x.ments[ms[j]].a == mb+1 && x.ments[ms[j]].b < len(s.Tokens) && s.Tokens[x.ments[ms[j]].b].Text == ")" {
				mb = x.ments[ms[j]].b + 1 // "Kelowna, British Columbia (B.C.), Canada": past the short name in brackets
				j++
			}
			if j < len(ms) && mb < len(s.Tokens) && (e.typ == newsgraph.Place || e.typ == newsgraph.Organization) {
				n := x.ments[ms[j]]
				if n.kind == mName && n.ent >= 0 && (n.a == mb+1 || n.a == mb+2 && direction(s.low[mb+1])) && s.Tokens[mb].Text == "," && x.ents[n.ent].typ == newsgraph.Place && n.ent != m.ent && x.enclosing(s, n) && !currency(s, n.b) &&
					!(n.b-n.a == 1 && direction(s.low[n.a])) && // ("with the AIP, West announced": a surname, no compass point)
					!(n.b < len(s.Tokens) && (s.Tokens[n.b].UPOS == "AUX" || s.Tokens[n.b].UPOS == "VERB" && lexicon.IsSpeechVerb(s.lemma[n.b])) && !(x.placedAfterNoun(s, m) && x.townInCountry(s, m, n))) && !accordingBefore(s, m.a) && // ("According to the AP, Iran has …"; but "the office in Lyon, France confirmed")
					!(n.b < len(s.Tokens) && capitalised(s.Tokens[n.b].Text) && (s.Tokens[n.b].UPOS == "PROPN" || s.Tokens[n.b].UPOS == "NOUN") && !lexicon.IsCalendar(s.Tokens[n.b].Text)) && // ("… for Men, U.S. District Judge Gray Miller ruled": the place begins a title)
					!(e.typ != newsgraph.Place && n.b < len(s.Tokens) && !capitalised(s.Tokens[n.b].Text) && (s.Tokens[n.b].UPOS == "ADJ" || s.Tokens[n.b].UPOS == "NOUN") && s.head(n.head) > n.head) && // ("After inquiry from the Times, U.S. presidential candidates …": the place modifies the noun after it; but "a Charleston, South Carolina radio station" is there)
					!x.sameLevel(m, n) {
					chained := false // "Reading, Berkshire, England": Berkshire was placed in the pair before
					for _, f := range x.facts {
						chained = chained || f.pred == newsgraph.LocatedIn && f.o == m.ent && f.sent == s.idx && f.raw == ","
					}
					if (!x.listAfter(s, n.b) || x.townInCountry(s, m, n) && !x.listBefore(s, m.a)) && (!x.listBefore(s, m.a) || isRegion(m.name) && x.isCountry(s, n.a) && !x.regionBefore(s, m.a) || chained && x.isCountry(s, n.a)) {
						// (a town and its state before ", and": "the mayor of South Bend, Indiana, and Senator X")
						x.addFact(fact{s: m.ent, o: n.ent, pred: newsgraph.LocatedIn, raw: ",", sent: s.idx, conf: 0.8, span: s.span(m.a, n.b)})
						e.addAlias(x.text(s, m.a, n.b))
						if e.typ == newsgraph.Organization {
							// "Christchurch District Court, New Zealand": the
							// town the body is named after is there too
							if t := x.placePrefix(e); t >= 0 && t != n.ent {
								x.addFact(fact{s: t, o: n.ent, pred: newsgraph.LocatedIn, raw: ",", sent: s.idx, conf: 0.6, span: s.span(m.a, n.b)})
							}
						}
						// "Tyler, Texas, United States": Tyler is in the
						// United States too
						for _, f := range x.facts {
							if f.pred == newsgraph.LocatedIn && f.o == m.ent && f.sent == s.idx && f.raw == "," {
								x.addFact(fact{s: f.s, o: n.ent, pred: newsgraph.LocatedIn, raw: ",", sent: s.idx, conf: 0.7, span: s.span(m.a, n.b)})
							}
						}
					}
				}
			}
			// "X of Y" inside an organization's name: "Supreme Court of
			// the United Kingdom", "University of Maryland"
			if e.typ == newsgraph.Organization {
				ws := strings.Fields(m.name)
				for i, w := range ws {
					if w != "of" || i == 0 || i+1 >= len(ws) {
						continue
					}
					rest := strings.Join(ws[i+1:], " ")
					rest = strings.TrimPrefix(rest, "the ")
					// only a country, and not "State of X", "Government of
					// X", which are X's own
					if c, ok := countryOf(rest); ok && !ner.IsDemonym(rest) && lexicon.Head(strings.ToLower(ws[i-1])) == lexicon.OrgHead && !governing[strings.ToLower(ws[i-1])] && !isParty(m.name) &&
						!(m.b < len(s.Tokens) && s.low[m.b] == "and") { // (nor a name that runs on: "… of Iraq and the Levant")
						x.addFact(fact{s: m.ent, o: x.placeNamed(c, s), pred: newsgraph.LocatedIn, raw: "of", sent: s.idx, conf: 0.6, span: s.span(m.a, m.b)})
					}
					break
				}
			}
			// "Iran's Mahan Air", "Taiwan's Constitutional Court", "London's
			// Hyde Park", "Maryland's seventh Congressional District"
			if (e.typ == newsgraph.Organization || e.typ == newsgraph.Event || e.typ == newsgraph.Place && !x.isCountryOrRegion(e)) && m.a >= 2 && (s.Tokens[m.a-1].XPOS == "POS" || m.a >= 3 && s.Tokens[m.a-2].XPOS == "POS" && s.Tokens[m.a-1].UPOS == "ADJ") &&
				!isParty(e.name) && !(s.head(m.head) > m.head && (s.Tokens[m.head].Rel == "amod" || s.Tokens[m.head].Rel == "compound")) {
				// (not "Maryland's Republican Governor": a party, and a
				// modifier of the title)
				k := m.a - 2
				if s.Tokens[k].XPOS == "POS" {
					k--
				}
				if o := x.entityAt(s, k); o >= 0 && o != m.ent && x.ents[o].typ == newsgraph.Place && (x.isCountryOrRegion(x.ents[o]) || e.typ == newsgraph.Place) {
					x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: "'s", sent: s.idx, conf: 0.65, span: s.span(m.a-2, m.b)})
				}
			}
			// "Maryland's seventh Congressional District": the state the
			// district's name begins with
			if e.typ == newsgraph.Place && strings.HasSuffix(m.name, " District") {
				if pre, _, ok := strings.Cut(m.name, "'s "); ok && !strings.Contains(pre, " of ") {
					if o := x.placeNamed(pre, s); o != m.ent && x.typeOf(o) == newsgraph.Place {
						x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: "'s", sent: s.idx, conf: 0.7, span: s.span(m.a, m.b)})
					}
				}
			}
			// "the San Francisco area of California", "the Gaza region of
			// Palestine"
			if e.typ == newsgraph.Place && m.b+2 < len(s.Tokens) && areaNouns[s.low[m.b]] && s.low[m.b+1] == "of" {
				j := m.b + 2
				if s.low[j] == "the" && j+1 < len(s.Tokens) {
					j++
				}
				if o := x.entityAt(s, j); o >= 0 && o != m.ent && x.typeOf(o) == newsgraph.Place {
					x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: s.low[m.b] + " of", sent: s.idx, conf: 0.7, span: s.span(m.a, j+1)})
				}
			}
			// "Christchurch District Court": a court named after a town or
			// state the article names on its own is there (as "a Texas
			// court" is)
			if o := x.leadingPlace(m); o >= 0 {
				x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: m.name, sent: s.idx, conf: 0.6, span: s.span(m.a, m.b)})
			}
			// "the National … Council (NDRRMC) of the Philippines"
			if e.typ == newsgraph.Organization {
				k := m.b
				if k+2 < len(s.Tokens) && s.Tokens[k].Text == "(" && s.Tokens[k+2].Text == ")" {
					k += 3
				}
				if k+1 < len(s.Tokens) && s.low[k] == "of" && (k != m.b || !isParty(m.name)) {
					j := k + 1
					if s.low[j] == "the" && j+1 < len(s.Tokens) {
						j++
					}
					if o := x.entityAt(s, j); o >= 0 && o != m.ent && x.typeOf(o) == newsgraph.Place && !governing[strings.ToLower(strings.Fields(m.name)[0])] && !x.runsOn(s, j) {
						x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: "of", sent: s.idx, conf: 0.65, span: s.span(m.a, j+1)})
					}
				}
			}
			// "the United States commonwealth of Puerto Rico", "the
			// Indian state of Karnataka" written with the country's name
			if e.typ == newsgraph.Place && m.a >= 3 && s.low[m.a-1] == "of" && regionNouns[s.low[m.a-2]] {
				if ci := s.ment[m.a-3]; ci >= 0 && x.ments[ci].kind == mName && x.ments[ci].b == m.a-2 && x.ments[ci].ent >= 0 && x.ments[ci].ent != m.ent &&
					x.typeOf(x.ments[ci].ent) == newsgraph.Place {
					x.addFact(fact{s: m.ent, o: x.ments[ci].ent, pred: newsgraph.LocatedIn, raw: s.low[m.a-2], sent: s.idx, conf: 0.7, span: s.span(x.ments[ci].a, m.b)})
				}
			}
			// "the South West Railway (SWR) branch of the Indian
			// Railway": a branch of an organization is of it
			if e.typ == newsgraph.Organization {
				k := m.b
				if k+2 < len(s.Tokens) && s.Tokens[k].Text == "(" && s.Tokens[k+2].Text == ")" {
					k += 3
				}
				if k+2 < len(s.Tokens) && branchNouns[s.low[k]] && s.low[k+1] == "of" {
					j := k + 2
					if s.low[j] == "the" && j+1 < len(s.Tokens) {
						j++
					}
					if o := x.entityAt(s, j); o >= 0 && o != m.ent && x.typeOf(o) == newsgraph.Organization && !isParty(x.ents[o].name) {
						x.addFact(fact{s: m.ent, o: o, pred: newsgraph.MemberOf, raw: s.low[k], sent: s.idx, conf: 0.65, span: s.span(m.a, x.ments[s.ment[j]].b)})
					}
				}
				// "the United Nations' Food and Agriculture Organization"
				// (not "Marine Traffic's AIS tracking database": a name
				// that only modifies the noun after it)
				if m.a >= 2 && s.Tokens[m.a-1].XPOS == "POS" && !(m.b < len(s.Tokens) && !capitalised(s.Tokens[m.b].Text) && (s.Tokens[m.b].UPOS == "NOUN" || s.Tokens[m.b].XPOS == "VBG" || s.Tokens[m.b].XPOS == "VB")) {
					if pi := s.ment[m.a-2]; pi >= 0 && x.ments[pi].kind == mName && x.ments[pi].ent >= 0 && x.ments[pi].ent != m.ent {
						if o := x.ments[pi].ent; x.typeOf(o) == newsgraph.Organization && !isParty(x.ents[o].name) {
							x.addFact(fact{s: m.ent, o: o, pred: newsgraph.MemberOf, raw: "'s", sent: s.idx, conf: 0.6, span: s.span(x.ments[pi].a, m.b)})
						}
					}
				}
			}
			// "the Rosen School of Marine Science at the University of
			// Tarsk": a unit of an organization, written right after
			if e.typ == newsgraph.Organization && m.b+1 < len(s.Tokens) && (s.low[m.b] == "at" || s.low[m.b] == "of") && unitWords[unitHead(m.name)] {
				k := m.b + 1
				if s.low[k] == "the" && k+1 < len(s.Tokens) {
					k++
				}
				if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == k {
					if o := x.ments[mi].ent; o >= 0 && o != m.ent && x.typeOf(o) == newsgraph.Organization && !isParty(x.ents[o].name) && !unitWords[unitHead(x.ents[o].name)] {
						x.addFact(fact{s: m.ent, o: o, pred: newsgraph.MemberOf, raw: s.low[m.b], sent: s.idx, conf: 0.65, span: s.span(m.a, x.ments[mi].b)})
					}
				}
			}
			// "the Lisbon Open in Porto", "Florida in the United States",
			// "Waterloo station in the British capital London" written
			// right after the name
			_, isCountry := countryOf(e.name)
			mb = m.b // the word after the name, past an acronym in brackets ("the University of X (UX) in Y")
			if mb+3 < len(s.Tokens) && s.Tokens[mb].Text == "(" && s.Tokens[mb+2].Text == ")" && isAcronym(s.Tokens[mb+1].Text) && e.typ == newsgraph.Organization {
				mb += 3
			}
			// (nor is one whose meeting is there: "the annual meeting of
			// the Society in Orlando")
			if (e.typ == newsgraph.Event && !lexicon.IsStormWord(strings.ToLower(strings.Fields(e.name)[0])) || e.typ == newsgraph.Organization && !x.ofBefore(s, m.a) && !isParty(e.name) && !international(e.name) && !chambers[strings.ToLower(lastWord(e.name))] || e.typ == newsgraph.Place && !isCountry) &&
				mb+1 < len(s.Tokens) && (s.low[mb] == "in" || s.low[mb] == "at") && !madeThere(s, m) {
				// (a storm moves: "Hurricane Dorian in the Caribbean")
				k := mb + 1
				for k+1 < len(s.Tokens) && (s.low[k] == "the" || s.Tokens[k].UPOS == "ADJ" || s.Tokens[k].UPOS == "DET") {
					k++
				}
				// the noun phrase's head: "the US capital city of
				// Washington" is about the city, not the US
				h := s.nounHead(k)
				for h >= 0 && s.head(h) > h && (s.Tokens[h].Rel == "compound" || s.Tokens[h].Rel == "amod") {
					h = s.head(h)
				}
				o := x.entityAt(s, k)
				if h >= 0 && (regionNouns[s.low[h]] || s.low[h] == "town" || s.low[h] == "city" || s.low[h] == "village" || s.low[h] == "municipality") &&
					(e.typ == newsgraph.Place || e.typ == newsgraph.Event || o >= 0) {
					// (an organization only where the description gave a
					// place already: "the hospital in the town of Madrid")
					// "in the town of Madrid": the town named after "of",
					// not the last town spoken of
					for _, c := range s.kids[h] {
						if c > h && s.Tokens[c].Rel == "nmod" && s.prep(c) == "of" {
							if d := x.entityAt(s, c); d >= 0 && x.typeOf(d) == newsgraph.Place {
								o = d
							}
						}
					}
				}
				if e.typ == newsgraph.Place || o < 0 && e.typ == newsgraph.Event {
					// (an organization "in the state of Queensland" is
					// too often a vote or a branch there)
					if d := x.npEntity(s, h); d >= 0 {
						o = d
					}
				}
				if mi := s.ment[k]; o >= 0 && mi >= 0 && x.ments[mi].b+1 < len(s.Tokens) && s.Tokens[x.ments[mi].b].XPOS == "POS" {
					// "in China's Guangdong Province": the place owned
					if o2 := x.entityAt(s, x.ments[mi].b+1); o2 >= 0 && o2 != m.ent && x.typeOf(o2) == newsgraph.Place {
						o = o2
						if mj := s.ment[x.ments[mi].b+1]; mj >= 0 {
							h = x.ments[mj].head
						}
					}
				}
				end := k + 1
				if h >= 0 {
					_, end = s.subtree(h)
				}
				// (a town in a town is read only for places named by a
				// place noun: "Freedom Plaza in Washington", not "Seoul in
				// Seongbuk-gu")
				// ("Makilala in the province of North Cotabato": a region
				// by its noun)
				regionNP := h >= 0 && regionNouns[s.low[h]] && !isRegion(e.name)
				if o >= 0 && o != m.ent && x.typeOf(o) == newsgraph.Place && (e.typ != newsgraph.Place || countryEntity(x.ents[o]) || isRegion(x.ents[o].name) && !isRegion(e.name) ||
					regionNP || lexicon.Head(strings.ToLower(lastWord(e.name))) == lexicon.PlaceHead || placeFacility[lastWord(e.name)]) && !x.roadInTown(m.ent, o) {
					x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: s.low[mb], sent: s.idx, conf: 0.65, span: s.span(m.a, min(end, len(s.Tokens)))})
				}
			}
			// "X in Y" for events and places within towns (an
			// organization "in" a place is too often a branch, a race or
			// a market there: only written right after its name, above)
			if (e.typ == newsgraph.Event || e.typ == newsgraph.Place && !isCountry) && !madeThere(s, m) {
				for _, c := range s.kids[m.head] {
					if s.Tokens[c].Rel == "nmod" && s.prep(c) == "in" && c > m.b && c <= m.b+4 && !(m.b < len(s.Tokens) && s.Tokens[m.b].Text == ",") {
						// (not "in the Nile Delta, in Damietta": a second
						// place beside it)
						if o := x.entityAt(s, c); o >= 0 && o != m.ent && x.ents[o].typ == newsgraph.Place && (!isRegion(e.name) || x.isCountry(s, c)) && !x.roadInTown(m.ent, o) {
							x.addFact(fact{s: m.ent, o: o, pred: newsgraph.LocatedIn, raw: "in", sent: s.idx, conf: 0.65, span: s.whole()})
						}
					}
				}
			}
		}
		x.listedIn(s)
		x.placedKind(s)
		x.nationalList(s)
		x.closeLocations(s)
		for k := range s.Tokens {
			// "X is based in Y", "X, headquartered in Y,"
			if (s.lemma[k] == "base" || s.lemma[k] == "headquarter" || s.low[k] == "headquartered" || s.lemma[k] == "register" || s.lemma[k] == "incorporate" || (s.lemma[k] == "print" || s.lemma[k] == "publish") && strings.HasPrefix(s.Tokens[k].Rel, "acl")) && s.Tokens[k].XPOS == "VBN" && s.quote[k] < 0 {
				x.basedIn(s, k)
			}
			// "Y-based X", "Y based X"
			if s.low[k] == "based" && k >= 1 {
				y := k - 1
				if isDash(s.Tokens[y].Text) && y > 0 {
					y--
				}
				pl := x.entityAt(s, y)
				if pl < 0 || x.ents[pl].typ != newsgraph.Place {
					continue
				}
				// the noun phrase "based" modifies
				h := s.head(k)
				if h < 0 {
					continue
				}
				org := x.entityAt(s, h)
				if org < 0 {
					// "the Tokyo-based company Sony": an apposed or
					// compound name
					for _, c := range s.kids[h] {
						if r := s.Tokens[c].Rel; r == "appos" || r == "flat" || r == "compound" && c > h {
							org = x.entityAt(s, c)
						}
					}
				}
				if org < 0 && s.Tokens[h].Rel == "appos" && s.head(h) >= 0 && s.head(h) < h {
					org = x.entityAt(s, s.head(h)) // "the Hope Bridge Foundation, a Vienna-based charity"
				}
				if org >= 0 && org != pl && x.ents[org].typ != newsgraph.Person {
					x.addFact(fact{s: org, o: pl, pred: newsgraph.LocatedIn, raw: "based", sent: s.idx, conf: 0.8, span: s.whole()})
				}
			}
		}
	}
	x.placeStatements()
}

// placedAfterNoun reports whether place mention m follows "in", "at" or
// "near" after a noun ("the health office in Lyon, France confirmed"):
// "M, N" then places M in N whatever verb follows, unlike "In Lyon,
// France has", where the country may begin the clause.
func (x *doc) placedAfterNoun(s *sent, m *mention) bool {
	if m.a < 2 {
		return false
	}
	switch s.low[m.a-1] {
	case "in", "at", "near":
	default:
		return false
	}
	u := s.Tokens[m.a-2].UPOS
	return u == "NOUN" || u == "PROPN"
}

// townInCountry reports whether place m is no country or region and n is
// one ("Lyon, France"; not "Australia, Melbourne").
func (x *doc) townInCountry(s *sent, m, n *mention) bool {
	return !x.isCountryOrRegion(x.ents[m.ent]) && (x.isCountry(s, n.a) || isRegion(n.name))
}

// leadingPlace returns the place a court's name starts with, or -1: the
// first words of the name are the whole name of another place entity of
// the document, mentioned on its own there, which is no country (a
// country's court is its own, not one located there). Only courts: news
// names them by their seat, while a paper, a bridge or a state agency
// named after a place ("Baltimore Sun", "Florida Highway Patrol") is a
// fact readers do not list.
func (x *doc) leadingPlace(m *mention) int {
	e := x.ents[m.ent]
	if e.typ == newsgraph.Person || e.typ == newsgraph.Thing || e.typ == newsgraph.Place && x.isCountryOrRegion(e) || isParty(e.name) {
		return -1
	}
	ws := strings.Fields(m.name)
	if len(ws) < 2 || !courtWords[strings.ToLower(ws[len(ws)-1])] {
		return -1
	}
	for k := len(ws) - 1; k >= 1; k-- {
		if !capitalised(ws[k]) {
			continue
		}
		key := lexicon.Fold(strings.Join(ws[:k], " "))
		for oi, o := range x.ents {
			if oi == m.ent || o.typ != newsgraph.Place || o.quote || o.concept || len(o.ments) == 0 || countryEntity(o) || lexicon.Fold(o.name) != key {
				continue
			}
			return oi
		}
	}
	return -1
}

// areaNouns name a part of a place ("the San Francisco area of
// California").
var areaNouns = map[string]bool{"area": true, "region": true, "part": true, "suburbs": true, "outskirts": true, "district": true, "neighbourhood": true, "neighborhood": true}

// roadInTown reports whether entity ei is a numbered road and o a town,
// and notes the pair for closeLocations: "U.S. Route 2 in Randolph" is
// the stretch of the road there; the road is in a state or country, not
// the town.
func (x *doc) roadInTown(ei, o int) bool {
	ws := strings.Fields(strings.ToLower(x.ents[ei].name))
	road := false
	for _, w := range ws {
		road = road || routeWords[w]
	}
	if !road || countryEntity(x.ents[o]) || isRegion(x.ents[o].name) {
		return false
	}
	x.roadTowns = append(x.roadTowns, [2]int{ei, o}) // (the road is in the town's state: closeLocations)
	return true
}

// courtWords are the heads of courts' names.
var courtWords = map[string]bool{"court": true, "tribunal": true, "courthouse": true}

// routePlaces adds the towns joined by an en dash in the name of a route
// ("the Mysuru–Bengaluru Tippu Express", "the London–Paris line") as
// places of their own: the article names them. (A hyphen joins names
// that are one, "Jean-Yves", "Rolls-Royce"; so does an en dash without a
// route word, "the Export–Import Bank".)
func (x *doc) routePlaces() {
	for _, m := range x.ments {
		if m.kind != mName || m.ent < 0 || x.ents[m.ent].typ == newsgraph.Person {
			continue
		}
		s := x.sents[m.s]
		route := false
		for k := m.a; k < m.b+1 && k < len(s.Tokens); k++ {
			route = route || routeNouns[s.low[k]]
		}
		if !route {
			continue
		}
		sp := s.span(m.a, m.b)
		text := x.d.Text[sp.Start:sp.End]
		off := 0
		for _, w := range strings.Fields(text) {
			i := strings.Index(text[off:], w) + off
			off = i + len(w)
			a, b, ok := strings.Cut(w, "–")
			if !ok || !routeWord(w) {
				continue
			}
			for _, part := range []struct {
				name  string
				start int
			}{{a, sp.Start + i}, {b, sp.Start + i + len(a) + len("–")}} {
				pi := x.placeNamed(part.name, s)
				if x.ents[pi].typ != newsgraph.Place {
					continue
				}
				x.ents[pi].extra = append(x.ents[pi].extra, newsgraph.Mention{Span: newsgraph.Span{Start: part.start, End: part.start + len(part.name)}, Sentence: s.whole(), Text: part.name})
			}
		}
	}
}

// routeNouns are the words of a route's name, or after it.
var routeNouns = map[string]bool{"express": true, "line": true, "route": true, "flight": true, "highway": true, "railway": true, "expressway": true, "motorway": true, "corridor": true, "pipeline": true, "train": true, "service": true, "road": true}

// closeLocations adds what the places a sentence locates imply: "Orlando,
// Florida in the United States" is in the United States too (a town, not
// a station or a square, whose town locates it).
func (x *doc) closeLocations(s *sent) {
	// a road "in Randolph, New Hampshire" is in New Hampshire (see
	// roadInTown)
	for _, rt := range x.roadTowns {
		for i, n := 0, len(x.facts); i < n; i++ {
			if f := x.facts[i]; f.pred == newsgraph.LocatedIn && f.sent == s.idx && !f.neg && f.s == rt[1] && (countryEntity(x.ents[f.o]) || isRegion(x.ents[f.o].name)) {
				x.addFact(fact{s: rt[0], o: f.o, pred: newsgraph.LocatedIn, raw: f.raw, sent: s.idx, conf: f.conf, span: s.whole()})
			}
		}
	}
	x.roadTowns = x.roadTowns[:0]
	for changed, round := true, 0; changed && round < 3; round++ {
		changed = false
		n := len(x.facts)
		for i := 0; i < n; i++ {
			f := x.facts[i]
			if f.pred != newsgraph.LocatedIn || f.sent != s.idx || f.neg || x.typeOf(f.s) != newsgraph.Place {
				continue
			}
			if last := strings.ToLower(lastWord(x.ents[f.s].name)); lexicon.Head(last) == lexicon.PlaceHead || placeFacility[last] {
				continue // (a station, a square or a cathedral is located by its town)
			}
			for j := 0; j < n; j++ {
				g := x.facts[j]
				if g.pred != newsgraph.LocatedIn || g.sent != s.idx || g.neg || g.s != f.o || g.o == f.s {
					continue
				}
				before := len(x.facts)
				x.addFact(fact{s: f.s, o: g.o, pred: newsgraph.LocatedIn, raw: f.raw, sent: s.idx, conf: min(f.conf, g.conf), span: s.whole()})
				changed = changed || len(x.facts) > before
			}
		}
	}
}

// madeThere reports whether name mention m is the object of a verb of
// making a work ("filming The Wanderers in Kenya", "recorded Night
// Harbor in Lisbon"): the place after it is where the work was made, not
// where the named thing is.
func madeThere(s *sent, m *mention) bool {
	v := s.head(m.head)
	if v < 0 || s.Tokens[v].UPOS != "VERB" || s.Tokens[m.head].Rel != "obj" {
		return false
	}
	switch s.lemma[v] {
	case "film", "shoot", "record", "write", "compose", "paint", "produce", "direct", "stage", "perform", "play", "sing", "premiere", "screen", "publish", "launch", "release", "unveil", "present":
		return true
	}
	return false
}

// international reports whether an organization's name says it works
// across countries ("Amnesty International"): "in Argentina" is its branch
// there, not where it is.
func international(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "international", "global", "worldwide":
			return true
		}
	}
	return false
}

// branchNouns are the nouns for a part of an organization written after
// its name ("the SWR branch of the Indian Railway").
var branchNouns = map[string]bool{"branch": true, "subsidiary": true, "wing": true, "arm": true, "division": true, "unit": true,
	"affiliate": true, "chapter": true, "agency": true}

// unitWords are the head words of the names of an organization's units.
var unitWords = map[string]bool{"school": true, "faculty": true, "department": true, "institute": true, "centre": true, "center": true,
	"laboratory": true, "laboratories": true, "lab": true, "labs": true, "division": true, "programme": true, "program": true}

// unitHead returns the head word of an organization's name, lower-case:
// the last word, or the word before "of" or "for" ("School" of "School
// of Marine Science").
func unitHead(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		if (w == "of" || w == "for") && i > 0 {
			return ws[i-1]
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// countryEntity reports whether a place entity is a country.
func countryEntity(e *entity) bool {
	_, ok := countryOf(e.name)
	return ok && !ner.IsDemonym(e.name)
}

// sovereign reports whether a place entity is a country in its own right,
// not a region or territory of one.
func sovereign(e *entity) bool {
	return countryEntity(e) && !isRegion(e.name)
}

func lastWord(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }

// nounHead returns the head of the noun phrase token k starts or lies in:
// k itself when it heads one, else the nominal it depends on.
func (s *sent) nounHead(k int) int {
	for i := 0; i < 4 && k >= 0; i++ {
		if u := s.Tokens[k].UPOS; u == "NOUN" || u == "PROPN" {
			return k
		}
		k = s.head(k)
	}
	return -1
}

// nationalList reads "German firms including X, Y and Z" and "Iranian
// airline X": organizations introduced by a nationality word and a noun for
// organizations are located in its country.
func (x *doc) nationalList(s *sent) {
	for k := range s.Tokens {
		if s.Tokens[k].UPOS != "NOUN" {
			continue
		}
		if t, ok := lexicon.Description(s.lemma[k]); !ok || t != string(newsgraph.Organization) {
			continue
		}
		country := ""
		for _, c := range s.kids[k] {
			if s.Tokens[c].Rel == "amod" && ner.IsDemonym(s.Tokens[c].Text) && c < k {
				country, _ = countryOf(s.Tokens[c].Text)
			}
		}
		if country == "" {
			continue
		}
		var orgs []int
		for _, c := range s.kids[k] {
			r := s.Tokens[c].Rel
			if r == "nmod" && (s.prep(c) == "including" || s.prep(c) == "as" || s.prep(c) == "like") || r == "appos" || r == "flat" && c == k+1 {
				orgs = append(orgs, conjuncts(s, c)...)
			}
		}
		for _, c := range orgs {
			if o := x.entityAt(s, c); o >= 0 && x.typeOf(o) == newsgraph.Organization {
				x.addFact(fact{s: o, o: x.placeNamed(country, s), pred: newsgraph.LocatedIn, raw: s.Tokens[k].Text, sent: s.idx, conf: 0.6, span: s.whole()})
			}
		}
	}
}

// enclosing reports whether place mention n can enclose another place: a
// country, a first-level region the gazetteer knows, or a place written
// with a region word.
func (x *doc) enclosing(s *sent, n *mention) bool {
	if _, ok := countryOf(n.name); ok && !ner.IsDemonym(n.name) {
		return true
	}
	if isRegion(n.name) {
		return true
	}
	// a place that the document itself places elsewhere is no region;
	// otherwise accept a single place name not followed by another name
	return n.b >= len(s.Tokens) || s.ment[n.b] < 0
}

// listAfter reports whether a list continues after token b ("Paris,
// London and Berlin").
func (x *doc) listAfter(s *sent, b int) bool {
	if b >= len(s.Tokens) {
		return false
	}
	w := s.low[b]
	if w == "and" || w == "or" {
		return b+1 < len(s.Tokens) && s.ment[b+1] >= 0 && x.placeAt(s, b+1)
	}
	if w == "," && b+1 < len(s.Tokens) {
		if s.low[b+1] == "and" || s.low[b+1] == "or" {
			// (but ", and is to involve …" goes on with the sentence)
			return b+2 >= len(s.Tokens) || s.Tokens[b+2].UPOS != "AUX" && s.Tokens[b+2].UPOS != "VERB" && s.Tokens[b+2].UPOS != "ADV"
		}
		return s.ment[b+1] >= 0 && x.placeAt(s, b+1) && !isRegion(x.ments[s.ment[b+1]].name) && !x.isCountry(s, b+1)
	}
	return false
}

// listBefore reports whether a list of places runs up to token a.
func (x *doc) listBefore(s *sent, a int) bool {
	return a >= 2 && s.Tokens[a-1].Text == "," && s.ment[a-2] >= 0 && x.placeAt(s, a-2)
}

// runsOn reports whether the name at token j is followed by "and the" and
// a capitalised word: a name that runs on ("the Islamic State of Iraq and
// the Levant").
func (x *doc) runsOn(s *sent, j int) bool {
	b := j + 1
	if mi := s.ment[j]; mi >= 0 {
		b = x.ments[mi].b
	}
	return b+2 < len(s.Tokens) && s.low[b] == "and" && s.low[b+1] == "the" && capitalised(s.Tokens[b+2].Text)
}

// accordingBefore reports whether the name starting at token a is the
// source of "according to".
func accordingBefore(s *sent, a int) bool {
	if a > 0 && s.low[a-1] == "the" {
		a--
	}
	return a >= 2 && s.low[a-1] == "to" && s.low[a-2] == "according"
}

// currency reports whether token k is a currency sign written onto the
// place name before it ("US$3.6 billion", "A$").
func currency(s *sent, k int) bool {
	return k > 0 && k < len(s.Tokens) && strings.HasPrefix(s.Tokens[k].Text, "$") && s.Tokens[k].Start == s.Tokens[k-1].End
}

// ofBefore reports whether the noun phrase starting at token a is the
// complement of "of" ("the meeting of the Society").
func (x *doc) ofBefore(s *sent, a int) bool {
	if a > 0 && s.low[a-1] == "the" {
		a--
	}
	return a > 0 && s.low[a-1] == "of"
}

// regionBefore reports whether a region's name is listed right before
// token a ("Connecticut, Florida, Georgia": Georgia is a state of the
// list, not the country).
func (x *doc) regionBefore(s *sent, a int) bool {
	if !x.listBefore(s, a) {
		return false
	}
	mi := s.ment[a-2]
	return isRegion(x.ments[mi].name)
}

func (x *doc) placeAt(s *sent, k int) bool {
	e := x.entityAt(s, k)
	return e >= 0 && x.ents[e].typ == newsgraph.Place
}

func (x *doc) isCountry(s *sent, k int) bool {
	mi := s.ment[k]
	if mi < 0 {
		return false
	}
	_, ok := countryOf(x.ments[mi].name)
	return ok
}

// isRegion reports whether a name is a first-level region of a country.
func isRegion(name string) bool { return lexicon.IsRegion(name) }

// regionNouns name the parts of a country a town lies in ("the province
// of North Cotabato", "the state of Queensland").
var regionNouns = map[string]bool{"province": true, "state": true, "county": true, "region": true, "prefecture": true, "territory": true, "governorate": true, "oblast": true, "canton": true, "emirate": true, "commonwealth": true}

// sameLevel reports whether place names m and n are of one level, so that
// "m, n" lists them rather than placing one in the other: two countries,
// two regions, or a town and its region written as one name
// ("Washington, D.C.").
func (x *doc) sameLevel(m, n *mention) bool {
	_, c1 := countryOf(m.name)
	_, c2 := countryOf(n.name)
	if c1 && c2 || c1 && isRegion(n.name) {
		return true
	}
	if isRegion(m.name) && isRegion(n.name) && !c2 {
		// "Washington, D.C." is one place; two states are a list
		return true
	}
	return false
}

// isCountryOrRegion reports whether a place entity is a country or a
// first-level region.
func (x *doc) isCountryOrRegion(e *entity) bool {
	if _, ok := countryOf(e.name); ok && !ner.IsDemonym(e.name) {
		return true
	}
	return isRegion(e.name)
}

// governing are words for the government of a place ("Government of X"):
// such an organization is X's own, not one located there.
var governing = map[string]bool{"government": true, "administration": true, "state": true, "republic": true, "kingdom": true, "parliament": true, "assembly": true, "senate": true, "congress": true, "police": true, "army": true, "navy": true, "forces": true, "military": true, "ministry": true, "cabinet": true, "legislature": true, "council": true}

// placeApposed returns the place that an apposition or a copula after
// place mention m puts it in ("Bellport City, the capital of Norland",
// "Arlo, a small town in Tarnia", "Arlo is a town in the state of
// Tarnia") and where that place's name ends, or -1.
func (x *doc) placeApposed(s *sent, m *mention) (int, int) {
	n := len(s.Tokens)
	k := m.b
	// ", the capital of", or the same after a copula ("is the capital of");
	// a plural without an article ("X, autonomous islands of Portugal")
	if k+4 >= n || s.Tokens[k].Text != "," && s.low[k] != "is" && s.low[k] != "was" {
		return -1, -1
	}
	if s.low[k+1] == "the" || s.low[k+1] == "a" || s.low[k+1] == "an" {
		k += 2
	} else if s.Tokens[k].Text == "," {
		k++
	} else {
		return -1, -1
	}
	if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == k && x.ments[mi].ent >= 0 && sovereign(x.ents[x.ments[mi].ent]) && x.ments[mi].b < n {
		// "Louisiana, a U.S. state on the Gulf of Mexico": the country
		// before the place noun
		if t, ok := lexicon.Description(s.lemma[x.ments[mi].b]); ok && t == "Place" && s.Tokens[x.ments[mi].b].UPOS == "NOUN" && !countryNoun(s.lemma[x.ments[mi].b]) {
			return x.ments[mi].ent, x.ments[mi].b + 1
		}
	}
	nouns := 0
	for ; k < n && nouns < 3; k++ {
		t, ok := lexicon.Description(s.low[k])
		if !ok {
			t, ok = lexicon.Description(s.lemma[k]) // ("islands")
		}
		if ok && t == "Place" && s.Tokens[k].UPOS == "NOUN" {
			if s.low[k] == "suburb" || s.low[k] == "suburbs" || s.low[k] == "outskirts" || s.low[k] == "neighbour" || s.low[k] == "neighbor" {
				return -1, -1 // "Gonesse, a suburb of Paris": beside the city, not in it
			}
			nouns++
			continue
		}
		if nouns == 0 && (s.Tokens[k].UPOS == "ADJ" || s.Tokens[k].UPOS == "ADV" || s.Tokens[k].UPOS == "NOUN" && !capitalised(s.Tokens[k].Text) && k+1 < n && s.Tokens[k+1].UPOS == "NOUN") {
			continue // "a small town in", "a port town on the coast of"
		}
		break
	}
	if nouns > 0 && k+4 < n && s.low[k] == "on" && s.low[k+1] == "the" && (s.low[k+2] == "coast" || s.low[k+2] == "shore" || s.low[k+2] == "island" || s.low[k+2] == "banks") && s.low[k+3] == "of" {
		k += 3 // "Tarsk, a port town on the coast of Nordland"
	}
	if nouns == 0 || k+1 >= n || s.low[k] != "of" && s.low[k] != "in" {
		return -1, -1
	}
	k++
	if s.low[k] == "the" && k+1 < n {
		k++
	}
	if k+2 < n && regionNouns[s.low[k]] && s.low[k+1] == "of" {
		k += 2 // "a town in the state of Tarnia"
	}
	if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == k && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Place {
		return x.ments[mi].ent, x.ments[mi].b
	}
	return -1, -1
}

// capitalOf reads a place named with its country's nationality word and a
// place noun before or after it ("the Qatari capital, Doha", "Tehran, the
// Iranian capital"), and returns the country.
func (x *doc) capitalOf(s *sent, m *mention) (string, bool) {
	n := len(s.Tokens)
	placeNoun := func(k int) bool {
		if k < 0 || k >= n {
			return false
		}
		t, ok := lexicon.Description(s.low[k])
		return ok && t == "Place" && (s.Tokens[k].UPOS == "NOUN" || s.Tokens[k].UPOS == "PROPN" && !capitalised(s.Tokens[k].Text))
	}
	demonym := func(k int) (string, bool) {
		if k < 0 || k >= n || !capitalised(s.Tokens[k].Text) {
			return "", false
		}
		for j := k; j >= 0 && j >= k-1; j-- {
			w := x.text(s, j, k+1)
			if c, ok := countryOf(w); ok && ner.IsDemonym(w) {
				return c, true
			}
		}
		return "", false
	}
	// before: "… Qatari capital, Doha" / "… French capital Paris"
	k := m.a - 1
	if k >= 0 && s.Tokens[k].Text == "," {
		k--
	}
	if placeNoun(k) {
		j := k
		if placeNoun(j - 1) {
			j-- // "capital city"
		}
		if c, ok := demonym(j - 1); ok {
			return c, true
		}
		// "the United States capital city Washington DC"
		for _, mi := range x.mentionsOf(s) {
			if o := x.ments[mi]; o.kind == mName && o.b == j {
				if c, ok := countryOf(o.name); ok && !ner.IsDemonym(o.name) {
					return c, true
				}
			}
		}
	}
	// "the US capital city of Washington", "the United States commonwealth
	// of Puerto Rico"
	if k := m.a - 1; k >= 2 && s.low[k] == "of" && placeNoun(k-1) {
		j := k - 1
		if placeNoun(j - 1) {
			j-- // "capital city"
		}
		if c, ok := demonym(j - 1); ok {
			return c, true
		}
		if mi := s.ment[j-1]; mi >= 0 {
			if c, ok := countryOf(x.ments[mi].name); ok {
				return c, true
			}
		}
	}
	// after: "Tehran, the Iranian capital"
	k = m.b
	if k < n && s.Tokens[k].Text == "," {
		k++
		if k < n && s.low[k] == "the" {
			k++
		}
		// the nationality word may be two words ("South Korean")
		for j := k; j < n && j <= k+1; j++ {
			if placeNoun(j + 1) {
				if c, ok := demonym(j); ok {
					return c, true
				}
			}
		}
	}
	return "", false
}

// possessedPlace returns the place whose capital or city place mention m
// is, named with a possessive right before ("Delmont's capital, Parvo",
// "Velm's largest city Arlo"), or -1.
func (x *doc) possessedPlace(s *sent, m *mention) int {
	k := m.a - 1
	if k >= 0 && s.Tokens[k].Text == "," {
		k--
	}
	if k < 2 {
		return -1
	}
	switch s.low[k] {
	case "capital", "city", "town", "port", "province", "region", "state":
	default:
		return -1
	}
	j := k - 1
	for j >= 1 && (s.Tokens[j].UPOS == "ADJ" || s.low[j] == "capital") {
		j-- // "largest", "capital city"
	}
	if s.Tokens[j].XPOS != "POS" || j < 1 {
		return -1
	}
	if mi := s.ment[j-1]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].b == j && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Place {
		return x.ments[mi].ent
	}
	return -1
}

// basedIn reads "X is based in Y" and "X, headquartered in Y," at the
// participle k: the organization X is located in the place Y.
func (x *doc) basedIn(s *sent, k int) {
	in := -1
	for _, c := range s.kids[k] {
		if s.Tokens[c].Rel == "obl" && s.prep(c) == "in" {
			in = c
		}
	}
	if in < 0 {
		return
	}
	pl := x.entityAt(s, in)
	org := -1
	if c := s.child(k, "nsubj:pass"); c >= 0 {
		org = x.entityAt(s, c)
	} else if c := s.child(k, "nsubj"); c >= 0 && c < k && s.Tokens[k-1].Text == "," {
		org = x.entityAt(s, c) // "The Dorran Court, based in Lisbon, ruled", parsed with "based" as the verb
	} else if h := s.head(k); h >= 0 && strings.HasPrefix(s.Tokens[k].Rel, "acl") {
		org = x.entityAt(s, h)
		if org < 0 && s.Tokens[h].Rel == "appos" && s.head(h) >= 0 {
			org = x.entityAt(s, s.head(h)) // "the Velm Courier, a daily printed in Darwin"
		}
	}
	if pl >= 0 && org >= 0 && org != pl && x.typeOf(pl) == newsgraph.Place && x.typeOf(org) == newsgraph.Organization {
		x.addFact(fact{s: org, o: pl, pred: newsgraph.LocatedIn, raw: s.Tokens[k].Text + " in", sent: s.idx, conf: 0.75, span: s.whole()})
	}
}

// countryNoun reports whether a place noun names a sovereign country ("a
// US ally, a French republic"): such an apposition puts nothing in the
// country before it.
func countryNoun(w string) bool {
	return w == "country" || w == "republic" || w == "kingdom" || w == "nation"
}

// placePrefix returns the place, other than a country, whose name the
// name of organization e begins with ("Christchurch" of "Christchurch
// District Court"), or -1.
func (x *doc) placePrefix(e *entity) int {
	for pi, p := range x.ents {
		if p.quote || p.concept || p.typ != newsgraph.Place || len(p.words) == 0 || len(p.words) >= len(e.words) || countryEntity(p) || isRegion(p.name) {
			continue
		}
		if prefixOf(p.words, e.words) {
			return pi
		}
	}
	return -1
}

// listedIn gives the places listed before the last one of a list "in" a
// place ("the towns of Alderby, Brantwick and Dunmere in Norland") the
// located_in that the last one got.
func (x *doc) listedIn(s *sent) {
	n := len(x.facts)
	for fi := 0; fi < n; fi++ {
		f := x.facts[fi]
		if f.pred != newsgraph.LocatedIn || f.sent != s.idx || f.raw != "in" {
			continue
		}
		for _, mi := range x.mentionsOf(s) {
			m := x.ments[mi]
			if m.kind != mName || m.ent != f.s || m.b >= len(s.Tokens) || s.low[m.b] != "in" {
				continue
			}
			var listed []int
			first := m.a
			for k := m.a - 1; k >= 1; {
				if s.low[k] == "and" || s.low[k] == "or" {
					k--
				}
				if k >= 0 && s.Tokens[k].Text == "," {
					k--
				}
				pi := -1
				if k >= 0 {
					pi = s.ment[k]
				}
				if pi < 0 || x.ments[pi].kind != mName || x.ments[pi].b != k+1 || x.ments[pi].ent < 0 || x.typeOf(x.ments[pi].ent) != newsgraph.Place || x.ments[pi].ent == f.o || countryEntity(x.ents[x.ments[pi].ent]) {
					break
				}
				listed = append(listed, x.ments[pi].ent)
				first = x.ments[pi].a
				k = first - 1
			}
			// only a list a plural place noun introduces ("the towns of",
			// "cities including"): "flew to Paris, Rome and Osaka in Japan"
			// puts no Paris in Japan
			k := first - 1
			intro := k >= 1 && s.low[k] == "of" && placePluralNoun(s, k-1) || k >= 1 && s.low[k] == "including" && placePluralNoun(s, k-1) ||
				k >= 2 && s.low[k] == "as" && s.low[k-1] == "such" && placePluralNoun(s, k-2)
			if !intro {
				continue
			}
			for _, e := range listed {
				x.addFact(fact{s: e, o: f.o, pred: newsgraph.LocatedIn, raw: "in", sent: s.idx, conf: 0.6, span: f.span})
			}
		}
	}
}

// placePluralNoun reports whether token k is a plural noun for places
// ("towns", "cities", "provinces").
func placePluralNoun(s *sent, k int) bool {
	if k < 0 || s.Tokens[k].XPOS != "NNS" {
		return false
	}
	t, ok := lexicon.Description(s.lemma[k])
	return ok && t == "Place"
}

// placedKind reads "the Florida company Kestrel Labs", "Port Alder public
// utility Velm Power": an organization named after a place and a noun for
// its kind is in that place.
func (x *doc) placedKind(s *sent) {
	for _, mi := range x.mentionsOf(s) {
		m := x.ments[mi]
		if m.kind != mName || m.ent < 0 || m.a < 2 {
			continue
		}
		k := m.a - 1
		t, ok := lexicon.Description(s.lemma[k])
		if (!ok || t != string(newsgraph.Organization)) && !lexicon.In(lexicon.CompanyNoun, s.lemma[k]) || s.Tokens[k].UPOS != "NOUN" || capitalised(s.Tokens[k].Text) {
			continue
		}
		for j := k - 1; j > k-3 && j >= 0 && !capitalised(s.Tokens[j].Text) && (s.Tokens[j].UPOS == "ADJ" || s.Tokens[j].UPOS == "NOUN"); j-- {
			k = j // ("public utility", "gas producer")
		}
		if k < 1 {
			continue
		}
		place, from := -1, k-1
		if c, ok := countryOf(s.Tokens[k-1].Text); ok && ner.IsDemonym(s.Tokens[k-1].Text) && s.ment[k-1] < 0 {
			place = x.placeNamed(c, s) // "Iranian news agency Tasnim", "the Greek gas producer Energean"
		} else if pi := s.ment[k-1]; pi >= 0 && x.ments[pi].kind == mName && x.ments[pi].b == k && x.ments[pi].ent >= 0 && !ner.IsDemonym(x.ments[pi].name) && x.typeOf(x.ments[pi].ent) == newsgraph.Place {
			place, from = x.ments[pi].ent, x.ments[pi].a
		}
		if place < 0 || place == m.ent {
			continue
		}
		// the name after the noun, and those listed with it ("Australian
		// store chains Coles and Woolworths")
		for j := mi; j >= 0; {
			n := x.ments[j]
			if n.ent >= 0 && n.ent != place && x.typeOf(n.ent) != newsgraph.Person && !countryEntity(x.ents[n.ent]) {
				x.ents[n.ent].vote(newsgraph.Organization, 3) // ("Velm Mart", whatever town it is named after)
				x.addFact(fact{s: n.ent, o: place, pred: newsgraph.LocatedIn, raw: s.Tokens[m.a-1].Text, sent: s.idx, conf: 0.65, span: s.span(from, n.b)})
			}
			t := n.b
			if t+1 < len(s.Tokens) && (s.low[t] == "and" || s.Tokens[t].Text == ",") && s.ment[t+1] >= 0 && x.ments[s.ment[t+1]].kind == mName && s.Tokens[m.a-1].XPOS == "NNS" {
				j = s.ment[t+1]
				continue
			}
			if t+2 < len(s.Tokens) && s.Tokens[t].Text == "," && s.low[t+1] == "and" && s.ment[t+2] >= 0 && x.ments[s.ment[t+2]].kind == mName && s.Tokens[m.a-1].XPOS == "NNS" {
				j = s.ment[t+2]
				continue
			}
			break
		}
	}
}

// placeStatements reads the sentences that say where a place or a body
// is in so many words: "Eastmark is in Norland", "Kelby is the county
// seat for Alder County", "Westmark is home to the cities of Velm and
// Tarsk", "Southmark, the south-most region in Velmland", "the
// headquarters of Brindle Motors in Port Alder".
func (x *doc) placeStatements() {
	where := func(e int) bool { return e >= 0 && x.typeOf(e) == newsgraph.Place && !x.ents[e].concept }
	what := func(e int) bool {
		return e >= 0 && !x.ents[e].concept && !x.ents[e].quote && (x.typeOf(e) == newsgraph.Place || x.typeOf(e) == newsgraph.Organization)
	}
	add := func(s *sent, a, b int, raw string) {
		if a >= 0 && b >= 0 && a != b {
			x.addFact(fact{s: a, o: b, pred: newsgraph.LocatedIn, raw: raw, sent: s.idx, conf: 0.7, span: s.whole()})
		}
	}
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for k := range s.Tokens {
			if s.quote[k] >= 0 || hasNeg(s, k) {
				continue
			}
			subj := s.child(k, "nsubj")
			cop := s.child(k, "cop")
			switch {
			case cop >= 0 && s.lemma[cop] == "be" && subj >= 0 && s.prep(k) == "in" && k > subj:
				// "Eastmark is in Norland"
				if o := x.entityAt(s, k); where(o) {
					if e := x.entityAt(s, subj); what(e) {
						add(s, e, o, "is in")
					}
				}
			case cop >= 0 && s.lemma[cop] == "be" && subj >= 0 && (s.lemma[k] == "seat" || s.lemma[k] == "capital" || s.lemma[k] == "home") && s.Tokens[k].UPOS == "NOUN":
				e := x.entityAt(s, subj)
				for _, c := range s.kids[k] {
					if s.Tokens[c].Rel != "nmod" {
						continue
					}
					switch p := s.prep(c); {
					case s.lemma[k] != "home" && (p == "of" || p == "for"):
						// "Kelby is the county seat for Alder County": a
						// place, whatever its name looks like
						if o := x.npEntity(s, c); where(o) && e >= 0 && !x.ents[e].concept && !x.ents[e].quote && len(x.ents[e].roles) == 0 {
							x.ents[e].vote(newsgraph.Place, 4)
							x.ents[e].typ = newsgraph.Place
							add(s, e, o, s.lemma[k])
						}
					case s.lemma[k] == "home" && p == "to" && where(e):
						// "Westmark is home to the cities of Velm and Tarsk"
						for _, n := range x.listedPlaces(s, c) {
							add(s, n, e, "home to")
						}
					}
				}
			case s.Tokens[k].Rel == "appos" && s.Tokens[k].UPOS == "NOUN" && placeNounOf(s.lemma[k]) && s.head(k) >= 0 && s.head(k) < k:
				// "Southmark, the south-most region in Velmland"
				e := x.entityAt(s, s.head(k))
				if !where(e) {
					continue
				}
				for _, c := range s.kids[k] {
					if s.Tokens[c].Rel == "nmod" && (s.prep(c) == "in" || s.prep(c) == "of" && s.lemma[k] != "suburb") {
						// (but "Gonesse, a suburb of Paris" is beside it)
						if o := x.npEntity(s, c); where(o) {
							add(s, e, o, s.lemma[k])
						}
					}
				}
			case s.lemma[k] == "headquarters" || s.lemma[k] == "headquarter":
				// "the headquarters of Brindle Motors in Port Alder"
				org, pl := -1, -1
				for _, c := range s.kids[k] {
					if s.Tokens[c].Rel != "nmod" {
						continue
					}
					switch s.prep(c) {
					case "of":
						if e := x.npEntity(s, c); e >= 0 && x.typeOf(e) == newsgraph.Organization {
							org = e
						}
						for _, cc := range s.kids[c] {
							if s.Tokens[cc].Rel == "nmod" && s.prep(cc) == "in" {
								if o := x.npEntity(s, cc); where(o) {
									pl = o // ("of Brindle Motors in Port Alder", attached to the company)
								}
							}
						}
					case "in":
						if o := x.npEntity(s, c); where(o) {
							pl = o
						}
					}
				}
				add(s, org, pl, "headquarters")
			}
		}
	}
}

// listedPlaces returns the places named by token k and its conjuncts, or
// by the nmod "of" of a plural place noun at k ("the cities of Velm and
// Tarsk").
func (x *doc) listedPlaces(s *sent, k int) []int {
	if s.Tokens[k].UPOS == "NOUN" {
		for _, c := range s.kids[k] {
			if s.Tokens[c].Rel == "nmod" && s.prep(c) == "of" {
				k = c
				break
			}
		}
	}
	var out []int
	for _, c := range conjuncts(s, k) {
		if e := x.entityAt(s, c); e >= 0 && x.typeOf(e) == newsgraph.Place {
			out = append(out, e)
		}
	}
	return out
}

// placeNounOf reports whether a lower-case noun is a kind of place that an
// apposition may give a named place ("region", "province", "town").
func placeNounOf(w string) bool {
	t, ok := lexicon.Description(w)
	return ok && t == string(newsgraph.Place) && w != "country" && w != "area"
}
