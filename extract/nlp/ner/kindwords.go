package ner

import "strings"

// Word lists of the entity typing (kinds.go), written by hand. None of
// them names a particular person or organization.
const (
	// eventHeadWords end (or, for storms, begin) names of events:
	// "World Athletics Championships", "Boston Marathon", "G20 Summit".
	eventHeadWords = `Championship Championships Marathon Summit Olympics Olympiad Games Cup
Festival Fest War Wars Battle Revolution Uprising Election Elections Referendum Primary
Primaries Conference Congress Expo Exhibition Fair Tournament Open Grand Prix
Series Rally Parade Carnival Crisis Massacre Attack Attacks Bombing Bombings Earthquake
Tsunami Flood Floods Fire Wildfire Pandemic Epidemic Outbreak Operation Storm Hurricane
Typhoon Cyclone Gala Awards Ceremony Derby Classic Invitational Week Day Forum Pride
Talks Meeting Accords Crusade Siege Raid Strike Protests Protest Movement Ball Prom`
	// stormWords begin names of storms; see stormWords in rules.go.

	// thingHeadWords end names of works, laws, products, awards,
	// diseases and vehicles: "Paris Agreement", "Nobel Prize", "Affordable
	// Care Act", "Boeing 737", "Ebola virus".
	thingHeadWords = `Act Law Bill Treaty Agreement Accord Convention Protocol Charter Constitution
Amendment Resolution Directive Code Prize Award Medal Trophy Virus Disease Syndrome Fever
Sclerosis Fibrosis Dystrophy Palsy Dementia Cancer
Flu Vaccine Drug Report Plan Program Programme Project Initiative Index Doctrine
Declaration Manifesto Bible Koran Quran Album Single Song Film Movie Show Book
Novel Opera Symphony Painting Statue Monument Ship Jet Rocket Shuttle Satellite Telescope
Rover Probe Phone Tablet Console Engine Software Platform App`

	// orgHeadWordsExtra end names of organizations, with the head words
	// of the recognizer (heads.go): "Orlin Systems", "Agence
	// France-Presse".
	orgHeadWordsExtra = `Presse Holdings Systems Technologies Technology Labs Laboratories Motors
Industries Pharmaceuticals Pharma Energy Media Partners Capital Ventures Enterprises
Solutions Electronics Communications Telecom Telecommunications Entertainment Insurance
Petroleum Oil Gas Airline Railways Railway Logistics Software Networks Brands Foods
Healthcare Hospital Hospitals Clinic Bancorp Financial Securities Investments Associates
Consulting Publishing Publications Broadcasting Television Radio Channel Agency Collective
Coalition Alliance Front Brotherhood Movement Squad Regiment Battalion Division Fleet
Air Aviation Express Bahn Rail Transit Records Music Pictures Films Comics Books`

	// timeZones are abbreviations of time zones, which are not entities
	// ("at 10:30 BST").
	timeZones = `UTC GMT BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT
AKST AKDT HST AST ADT NST NDT JST KST HKT SGT PHT WIB AEST AEDT ACST ACDT AWST NZST NZDT
SAST CAT EAT WAT PKT ICT ART BRT CLT COT PET VET`

	// techAcronyms are abbreviations of technologies and other common
	// nouns that news text writes in capitals ("DRM", "API").
	techAcronyms = `DRM API APIs SDK GPS USB HTML HTTP HTTPS URL URLs IP TCP DNS SQL XML JSON PDF
CPU CPUs GPU GPUs RAM ROM SSD HDD LED LEDs LCD OLED TV TVs HDTV DVD DVDs CD CDs MP3 SMS
MMS VPN WiFi Wi-Fi LTE 5G 4G 3G AI ML IoT NFC RFID PC PCs OS iOS DNA RNA HIV AIDS
COVID COVID-19 SARS MERS GDP GNP CEO CEOs CFO CTO COO IPO IPOs VAT ATM ATMs SUV SUVs
AM FM UHF VHF ID IDs PIN PINs QR CCTV MRI CT ECG UV LNG LPG CO2 PR FAQ EV EVs IRL RPG RPGs JIT
IDE IDEs FLOSS FOSS VPS ETA UFO UFOs IT CV CVs LGBT LGBTQ`

	// orgContextWords follow "X's" and show X to be an organization:
	// "Boeing's chief executive", "the company's shares".
	orgContextWords = `chief executive ceo cfo cto coo chairman chairwoman chairperson board
shares share stock shareholders stockholders investors subsidiary subsidiaries parent
headquarters hq employees staff workers founder founders co-founder spokesman
spokeswoman spokesperson earnings revenue revenues profit profits sales customers
clients products brand executives executive division unit website stores plant
factory factories members membership database databases editor editors editorial
reporter reporters correspondent correspondents journalists newsroom app platform
servers users subscribers readers viewers listeners coverage broadcast`

	// officerWords are the titles of an organization's officers, as in
	// "chief executive of X" or "X spokesman Y": X is an organization.
	officerWords = `executive ceo cfo cto coo chairman chairwoman chairperson founder
co-founder cofounder spokesman spokeswoman spokesperson`

	// orgNouns are nouns that, in an apposition, say what an
	// organization is: "X, a software company".
	orgNouns = `company firm maker manufacturer retailer bank lender insurer group carrier
airline agency charity organization organisation startup start-up network broadcaster
publisher chain operator provider developer producer supplier conglomerate corporation
business brand label club team party union association foundation institute university
college school newspaper magazine outlet website site service studio band ministry department
council committee court army militia movement`

	// eventNouns are nouns that, in an apposition, say what an event is:
	// "Anime North, a fan-run convention".
	eventNouns = `convention festival conference summit tournament championship competition
fair expo exhibition marathon race rally parade ceremony gala contest pageant concert
celebration commemoration vigil protest march event`

	// placeNouns, thingNouns and personNouns are common nouns that say
	// what a name next to them is: "a remote town called X", "the
	// plane, a X", "X, a mountain village", "the district of X".
	placeNouns = `city town village hamlet suburb district neighbourhood neighborhood borough
county province state region territory island islands country nation kingdom republic
capital port harbour harbor river lake sea bay mountain hill valley peninsula desert
forest reserve stadium arena venue hotel motel inn restaurant pub cafe building tower
cathedral mosque temple synagogue shrine airport airfield street road avenue square
bridge retreat estate farm ranch mansion palace castle prison jail camp settlement
municipality commune parish ward constituency electorate area resort beach canal dam
monastery cemetery basilica abbey museum gallery theatre theater`
	thingNouns = `plane aircraft airplane airliner jet helicopter drone car vehicle truck bus
train locomotive ship vessel boat yacht ferry submarine tanker rocket spacecraft
satellite telescope drug vaccine medicine medication device gadget phone smartphone
computer laptop console book novel memoir biography film movie documentary sitcom
song single album painting sculpture statue artwork opera musical poem law bill
treaty award prize medal trophy software app browser virus disease illness species
breed variety dinosaur software script tool protocol engine framework game videogame
licence license database dataset programme`
	personNouns = `man woman boy girl person teenager child baby son daughter brother sister
husband wife mother father grandmother grandfather friend neighbour neighbor boyfriend
girlfriend fiancé fiancée fiance fiancee widow widower cousin nephew niece uncle aunt
grandson granddaughter stepfather stepmother resident pupil schoolboy schoolgirl
pensioner retiree veteran victim survivor suspect defendant witness passenger pedestrian
motorist cyclist mother-of-two father-of-two`

	// placeContextWords follow "X's" and show X to be a country or a
	// place: "France's president", "the city's mayor".
	placeContextWords = `capital government citizens population mayor governor borders border
economy parliament territory coast army military residents`

	// personPronouns and thingPronouns are the pronouns whose first
	// occurrence after a name, in the same sentence, is evidence of its
	// kind ("Red Hat said on Monday that it would…").
	personPronouns = `he his him himself she her hers herself`
	thingPronouns  = `it its itself`
)

// wordSet returns the set of the words of list.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

var (
	orgHeads         = wordSet(orgHeadWordsExtra)
	eventHeads       = wordSet(eventHeadWords)
	thingHeads       = wordSet(thingHeadWords)
	timeZoneSet      = wordSet(timeZones)
	techAcronymSet   = wordSet(techAcronyms)
	orgContext       = wordSet(orgContextWords)
	orgNounSet       = wordSet(orgNouns)
	officerOf        = wordSet(officerWords)
	eventNounSet     = wordSet(eventNouns)
	placeContext     = wordSet(placeContextWords)
	placeNounSet     = wordSet(placeNouns)
	thingNounSet     = wordSet(thingNouns)
	personNounSet    = wordSet(personNouns)
	personPronounSet = wordSet(personPronouns)
	thingPronounSet  = wordSet(thingPronouns)
)

// speechVerbs follow a speaker: "X said" is no evidence of a person.
var speechVerbs = wordSet(`said says say told tells announced announces added adds stated states
reported reports wrote writes noted notes claimed claims confirmed confirms denied denies
warned warns explained explains argued argues insisted insists according`)
