package ner

import "strings"

// titleWords are English titles, ranks and forms of address that precede
// or replace a person's name ("President", "Prime Minister", "Dr.").
// Written by hand; used by the gold span rule and as a model feature.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		president vice prime minister secretary senator sen. rep. representative
		congressman congresswoman governor gov. mayor king queen prince princess
		emperor empress pope speaker chairman chairwoman chairperson chair
		director general gen. colonel col. captain capt. lieutenant lt. sergeant
		sgt. major maj. admiral adm. commander cmdr. chancellor judge justice
		professor prof. dr. dr mr. mr mrs. mrs ms. ms miss sir lord lady dame
		fellow chief ceo ambassador bishop archbishop cardinal rabbi imam sheikh
		reverend rev. father sister brother doctor officer deputy attorney agent
		coach premier duke duchess count countess baron baroness emir sultan
		tsar czar pharaoh consul commissioner inspector detective spokesman
		spokeswoman spokesperson president-elect sheriff marshal private
		corporal cpl. pvt. st. saint archduke crown regent viceroy dean
		whip leader treasurer minister-president protector administrator
		secretary-general undersecretary envoy negotiator nominee candidate
		qc mp mep`) {
		m[w] = true
	}
	return m
}()

// isTitle reports whether w is a title word (case-insensitive).
func isTitle(w string) bool {
	if len(w) > 24 || w == "" {
		return false
	}
	var buf [24]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return titleWords[string(b)]
}
