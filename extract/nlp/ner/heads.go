package ner

import "strings"

// Head words that mark a name as an organization or a place when they end
// it ("Labour Party", "Oakland Bay Bridge") or, for some, begin it
// ("University of Sheffield", "Mount Hood"). Written by hand; a feature of
// the span typer, not a rule.
const (
	orgHeadWords = `University College School Academy Institute Institution Party Ministry
Department Council Committee Commission Agency Association Society Foundation
Company Corporation Corp. Inc. Inc Ltd Ltd. Group Bank Club Church Court Board
Union Army Navy Police Press Times News Post Journal Herald Gazette Magazine
Network Organisation Organization Federation League Office Bureau Service
Authority Parliament Congress Senate Assembly Government Team Records Studios
Airlines Airways Brigade Guard Forces Cabinet Tribunal Trust Fund`
	placeHeadWords = `Street St. Avenue Ave. Road Rd. Boulevard Lane Square Park River Lake
Mountain Mount Mt. Mountains Island Islands Isle Bay Beach Valley Desert Ocean
Sea Gulf Coast Peninsula County Province City Town Village District Region
State Bridge Airport Station Palace Castle Cathedral Mosque Temple Hall Tower
Canyon Falls Forest Garden Gardens Harbour Harbor Hill Hills Heights Trail
Reserve Strait Channel Plaza Stadium Mansion Museum Fort Port Cape Archipelago
Basin Creek Glacier Volcano Plain Plains Highway Way Drive Quarter`
	// otherHeadWords mark names of events, storms, laws, prizes and the
	// like ("Hurricane Katrina", "World War II", "Paris Agreement").
	otherHeadWords = `Cyclone Hurricane Typhoon Storm Tropical War Wars Revolution Olympics
Games Festival Award Awards Prize Act Bill Treaty Agreement Accord Cup
Championship Championships Summit Conference Expo Day Week Crisis Massacre
Battle Operation Virus Disease Syndrome Shuttle Program Programme Project`
)

// headClasses maps hashString of each head word to 1 (organization), 2
// (place) or 3 (other).
var headClasses = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	for _, w := range strings.Fields(orgHeadWords) {
		m[hashString(w)] = 1
	}
	for _, w := range strings.Fields(placeHeadWords) {
		m[hashString(w)] = 2
	}
	for _, w := range strings.Fields(otherHeadWords) {
		m[hashString(w)] = 3
	}
	return m
}()
