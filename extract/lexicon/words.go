// Package lexicon holds the word lists every layer of newsgraph's
// extraction shares: titles and roles, the head words that type a name
// (organization, place, event and thing words), words that are never names
// (calendar words, time zones, sentence openers), speech verbs, party
// words, and the one name normaliser (Fold). All lists are generic English
// written by us; none names a person or an organization of a particular
// story.
//
// The lists are built once, on first use, and are read-only afterwards, so
// they are safe for concurrent use.
package lexicon

import "strings"

// calendarWords are month and weekday names: never entities, never part of
// a name.
const calendarWords = `january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday`

// calendarAbbreviations are abbreviated months and weekdays: calendar
// words only when written with a period ("Jan.", not the name "Jan").
const calendarAbbreviations = `jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun`

// timeZones are abbreviations of time zones and time standards.
const timeZones = `utc gmt et bst cet cest eet eest wet west est edt cst cdt mst mdt pst pdt akst akdt hst ist jst kst aest aedt acst awst nzst nzdt sgt hkt pht wib msk ast adt nst ndt irst gst pkt`

// notNames are capitalised words that begin sentences or headings but never
// begin or end a name.
const notNames = `a an the this that these those there here it its he she him her his hers they them their theirs we us our ours i me my mine you your yours who whom whose what which why how where when whenever while whilst although though if unless as because since until till so but and or nor yet also still then thus hence therefore however moreover meanwhile furthermore nevertheless nonetheless instead otherwise indeed now today yesterday tomorrow tonight earlier later recently currently previously finally first second third last next other another such only just even already again perhaps maybe some many most more much several all both each every any no not none few less least among amid amidst after before during despite following including according regarding concerning about above across against along around at by for from in inside into near of off on onto out outside over through throughout to toward towards under underneath unlike up upon via with within without between beyond behind below beside besides together overall additionally likewise similarly consequently accordingly elsewhere anyway afterwards afterward once twice soon yes please thanks do does did is are was were be been has have had will would can could may might must shall should let lets breaking update updated photo image video editor note back speaking prompted reportedly specifically beneath authorities dozens lots one two three four five six seven eight nine ten eleven twelve hundreds thousands millions image images file source sources`

// notNameWords are capitalised words and acronyms that news writes like
// names but that name no entity: common acronyms of things and
// adjectives of religion and ideology, and the plurals of faiths and
// peoples that name no body ("Muslims", "Latinos").
const notNameWords = `muslims christians hindus jews sikhs buddhists catholics protestants mormons evangelicals atheists latinos latinas hispanics native indigenous aboriginal thank thanks goodbye hello hi please sorry congratulations okay rip dna rna gdp cctv tv ai api drm cpu gps sms pdf mri usb led lcd faq hiv aids pcr lgbt lgbtq ok ad bc pm am
islamist islamic muslim christian jewish catholic protestant orthodox sunni shia shiite evangelical pentecostal methodist baptist lutheran anglican hindu buddhist sikh zionist marxist leninist communist socialist fascist nazi liberal conservative progressive
latino latina hispanic arab arabic african asian european western eastern northern southern
treason bribery extortion perjury sedition`

// Honorifics precede a name. They are kept as roles ("Dr.") but are not
// part of the name.
const honorifics = `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend mx mx. mme mme. mlle mlle. herr frau sr. sra. srta. señor señora señorita signor signora majesty highness excellency holiness hm hrh cde comrade`

// roleWords are nouns for a person's title, position or occupation, with
// what the role says of the person's relation to an organization it is
// held in: "lead" (heads it: the leads predicate), "member" (belongs to it:
// member_of), or "-" (a role that links to no organization: an occupation
// or a position held over a place, such as a mayor's).
const roleWords = `
lead: chief head ceo cfo coo cto chairman chairwoman chairperson chair co-chair co-chairman co-chairwoman co-leader director director-general president co-president coach manager captain leader commander commander-in-chief commandant commissioner principal rector dean provost chancellor headmaster headmistress editor-in-chief publisher governor-general secretary-general administrator owner boss skipper convenor convener moderator
member: specialist commentator pundit co-author coauthor performer psychologist psychiatrist sociologist linguist neuroscientist astronomer astrophysicist archaeologist archeologist paleontologist ecologist zoologist botanist mathematician statistician climatologist oceanographer volcanologist whip member mp mep mla msp mpp superintendent representative spokesman spokeswoman spokesperson official officer agent employee staffer worker researcher scholar scientist professor lecturer fellow economist analyst expert engineer adviser advisor aide assistant deputy vice-president vice-chairman vice-chair secretary treasurer correspondent reporter journalist editor columnist writer producer presenter anchor host player striker midfielder defender goalkeeper forward guard pitcher batter bowler batsman teammate back halfback fullback winger centre center prop hooker flanker quarterback linebacker receiver catcher shortstop outfielder lawmaker legislator senator congressman congresswoman delegate councillor councilor councilman councilwoman alderman minister diplomat ambassador envoy negotiator investigator inspector detective sergeant constable trooper lieutenant colonel major general admiral soldier commando officer prosecutor attorney lawyer counsel judge justice magistrate clerk nurse doctor physician surgeon paramedic firefighter pilot co-pilot driver conductor drummer bassist guitarist singer vocalist keyboardist violinist musician student undergraduate undergrad postgraduate graduate alumnus alumna intern trainee volunteer activist organiser organizer campaigner candidate nominee partner associate consultant strategist lobbyist economist historian physicist speaker chemist biologist geologist seismologist meteorologist anthropologist epidemiologist virologist immunologist microbiologist pathologist toxicologist pharmacologist cardiologist oncologist neurologist radiologist geneticist pediatrician paediatrician assemblyman assemblywoman assemblymember astronaut cosmonaut
-: personality curator mufti selectman selectwoman selectmen lyricist songwriter playwright screenwriter choreographer grandmaster jockey mayor governor premier king queen prince princess emir sheikh sultan pope archbishop bishop cardinal rabbi imam ayatollah pastor priest preacher monk nun cleric chaplain actor actress director-producer filmmaker author novelist poet artist painter photographer sculptor architect designer comedian broadcaster athlete runner swimmer cyclist sprinter boxer wrestler golfer chef cook farmer sharecropper teacher resident citizen voter witness eyewitness victim survivor suspect defendant plaintiff prisoner inmate hostage refugee migrant tourist bystander entrepreneur businessman businesswoman billionaire millionaire tycoon investor founder co-founder cofounder inventor explorer cosplayer costumer model dancer rapper musician composer conductor podcaster whistleblower blogger youtuber vlogger influencer philanthropist sheriff marshal coroner ombudsman
`

// roleModifiers may precede a role word inside a title ("deputy", "Prime",
// "Foreign") without being a name.
const roleModifiers = `former then ex ex- emeritus emerita acting interim deputy vice assistant associate senior junior chief executive managing general lead principal head prime foreign defense defence interior home finance health education justice trade economy energy agriculture transport transportation labour labor environment culture state federal national regional local public senior supreme high grand first second crown attorney police army military naval air district divisional railway medical political social legal press media news sports technical creative artistic musical special criminal civil human rights security intelligence science research academic university school company team club party opposition majority minority parliamentary congressional presidential ministerial royal elder longtime long-time veteran retired outgoing incoming newly elected current future founding accredited staff freelance contributing investigative`

// multiTitles are titles of several words read as one.
const multiTitles = `Prime Minister
Deputy Prime Minister
Secretary of State
Secretary of Defense
Secretary of the Treasury
Secretary of Justice
Secretary-General
Secretary General
General Secretary
Director-General
Director General
Vice President
Vice-President
Foreign Minister
Defense Minister
Defence Minister
Interior Minister
Finance Minister
Foreign Secretary
Home Secretary
Attorney General
Solicitor General
Surgeon General
Inspector General
Postmaster General
Advocate General
Auditor General
Attorney-General
Supreme Leader
Crown Prince
Chief Justice
Chief Executive
Chief Executive Officer
Chief Operating Officer
Chief Financial Officer
Chief Technology Officer
Chief Technological Officer
Chief Technical Officer
Chief Information Officer
Chief Marketing Officer
Chief Medical Officer
Chief Scientific Officer
Chief Science Officer
Chief Strategy Officer
Chief Digital Officer
Chief Security Officer
Chief Legal Officer
Chief Product Officer
Chief Commercial Officer
Chief Content Officer
Chief Data Officer
Chief Investment Officer
Chief Risk Officer
Chief Creative Officer
Chief Communications Officer
Chief of Staff
Press Secretary
Press Officer
National Security Adviser
National Security Advisor
Majority Leader
Minority Leader
Speaker of the House
Speaker pro tem
Speaker pro tempore
President pro tempore
Half back
Full back
Fly half
Scrum half
Loco pilot
Loco co-pilot
Commander-in-Chief
Head of State
Head of Government
Police Commissioner
Detective Inspector
Chief Inspector
Chief Constable
Chief Superintendent
Senior Superintendent`

// orgHeads are words that make a name containing them an organization
// ("Linnaeus University", "Ministry of Health", "Red Cross Society").
const orgHeads = `university college school academy board institute institution ministry department dept council committee commission party army navy forces force guard guards corps police constabulary agency bureau office service services authority administration government parliament congress senate assembly legislature court tribunal bank company co corporation corp inc ltd llc plc gmbh ag sa kft zrt nyrt bhd pty ltda group holdings association union federation confederation league foundation fund trust society organization organisation movement front brigade brigades battalion regiment network news times post press house journal herald gazette tribune telegraph chronicle daily weekly magazine sun star mail mirror globe observer guardian independent express examiner inquirer enquirer courier bulletin ledger dispatch sentinel radio television tv channel broadcasting broadcaster media airlines airline airways air motors electric energy petroleum oil systems technologies technology labs laboratories pharmaceuticals pharma club team fc albion rovers wanderers athletic embassy consulate mission hospital clinic church mosque synagogue cabinet secretariat command directorate caucus coalition alliance partnership consortium cooperative studio studios records publishers publishing institute centre center unit squad taskforce division patrol construction industries enterprises logistics insurance partners ventures entertainment productions pictures comics telecom telecommunications campaign research tribe tribes archive archives guild
banco banque banca instituto institut universidad université universität universidade partido parti partei ministerio ministère ministero fundación fundação fondation stiftung sociedad société gesellschaft compañía companhia compagnie empresa`

// placeHeads are words that make a name ending in them a place ("Netzarim
// Junction", "Santa Barbara County").
const placeHeads = `complex garden gardens cemetery hotel motel resort theatre theater auditorium amphitheatre amphitheater gallery zoo prison jail penitentiary facility pier wharf quay marina mall strip hall street st road rd avenue ave boulevard blvd lane square plaza junction corridor crossing bridge river lake sea ocean bay gulf strait channel island islands isle mountain mountains mount mt range valley desert peninsula heights hill hills coast beach province region district county shire state city town village borough township parish municipality prefecture oblast camp harbor harbour port airport station border plateau canal highway park forest reserve stadium arena palace castle tower building center centre campus estate`

// eventHeads are words that make a name ending in them an event ("World
// Cup", "Democratic Convention", "Boston Marathon").
const eventHeads = `convention summit conference olympics olympiad games championship championships cup war election elections primary primaries referendum festival fest fair faire expo exhibition forum marathon tournament open grand prix race rally derby series league-final final finals playoffs season crisis revolution uprising massacre attack attacks bombing bombings shooting disaster earthquake quake tsunami hurricane typhoon cyclone storm flood floods fire wildfire outbreak pandemic epidemic scandal trial inquiry hearing protest protests march parade ceremony awards gala concert tour week day`

// stormWords precede the name of a storm ("Hurricane Katrina").
const stormWords = `hurricane typhoon cyclone storm tropical`

// thingHeads are words that make a name ending in them a thing: laws,
// agreements, awards, products, works, diseases ("Affordable Care Act",
// "Nobel Prize").
const thingHeads = `act bill law laws code benefit allowance subsidy telescope array pipeline interconnector amendment treaty accord agreement convention protocol charter declaration resolution plan program programme initiative policy doctrine prize award awards medal trophy cup star cross order honour honor certificate degree diploma disease syndrome virus fever flu disorder cancer vaccine drug app software system platform device phone model aircraft jet plane ship vessel boat car truck train rocket satellite missile engine book novel album song single film movie series show documentary game report study paper`

// speechVerbs are verbs that attribute what was said: the subject of one
// of them with a reported clause or a quotation is its speaker. The value
// is true when the verb takes a hearer as its object ("told X").
const speechVerbs = `say state declare announce note add underline underscore warn explain insist argue claim write reiterate counter reply respond confirm stress emphasize emphasise acknowledge admit concede conclude tweet post comment remark observe point continue tell assert allege contend maintain predict suggest recall recount describe report testify answer ask question wonder urge deny caution complain lament boast joke quip exclaim shout yell whisper mutter announce proclaim react vow pledge promise concur agree disagree dispute reveal disclose indicate affirm clarify elaborate opine retort rebut scoff sneer estimate believe think feel hope fear call describe label term rule list characterize characterise portray`

// hearerVerbs are the speech verbs whose object is the hearer.
const hearerVerbs = `tell inform assure brief remind warn advise`

// partyWords are the adjectives and nouns of political parties and
// movements that name a party when used of a person ("Democrat Chuck
// Schumer", "the Republican senator"). Each line lists the forms of one
// party word; the first is the form used as the party's name when the
// text gives no other.
const partyWords = `Democrat Democrats Democratic
Republican Republicans
Labour
Conservative Conservatives Tory Tories
Liberal Democrat Liberal Democrats Lib Dem Lib Dems
Green Greens
Libertarian Libertarians
Socialist Socialists
Communist Communists`

// partyNames are the names of the parties of partyWords, by their first
// form: what a party's node is called when the text names it only by its
// word ("Libertarian Justin Amash" is a member of the Libertarian Party).
var partyNames = map[string]string{
	"democrat": "Democratic Party", "republican": "Republican Party", "labour": "Labour Party",
	"conservative": "Conservative Party", "liberal democrat": "Liberal Democrats", "green": "Green Party",
	"libertarian": "Libertarian Party", "socialist": "Socialist Party", "communist": "Communist Party",
}

// conceptHeads are nouns that name proposals, agreements and decisions;
// such a noun phrase can be the object of accepted, rejected, proposed,
// supported, signed and opposed ("the ceasefire proposal").
const conceptHeads = `draft package arrangement blueprint scheme ruling verdict invitation resignation recommendation recommendations guidelines regulation regulations proposal proposals plan plans deal agreement accord treaty pact truce ceasefire cease-fire armistice resolution bill law legislation offer initiative framework roadmap budget sanctions measure measures motion reform reforms policy request demand demands ultimatum compromise settlement contract bid merger takeover amendment declaration memorandum mandate petition referendum ban order decision decree appeal application candidacy nomination statement`

// conceptClass maps concept nouns that one story uses for one and the same
// thing onto one key: a plan or an offer on the table is the proposal, a
// deal is the agreement.
var conceptClass = map[string]string{
	"plan": "proposal", "offer": "proposal", "initiative": "proposal", "blueprint": "proposal", "framework": "proposal", "roadmap": "proposal",
	"deal": "agreement", "accord": "agreement", "pact": "agreement",
	"truce": "ceasefire", "cease-fire": "ceasefire", "armistice": "ceasefire",
}

// conceptModifiers are adjectives that do not belong in a concept's name
// ("the updated proposal" is the proposal).
const conceptModifiers = `new latest updated revised previous earlier current final initial original first second third draft proposed possible potential so-called recent renewed fresh modified amended reworked whole entire full broader wider long-awaited long-term short-term last next same other`

// descriptionNouns are nouns that, after "the" or a possessive, refer back
// to a named entity of the given type ("the company", "the minister").
const descriptionNouns = `
Organization: company firm group organization organisation agency party government administration ministry department council committee commission court tribunal police force army military navy club team side band outlet newspaper paper broadcaster network station channel publication magazine university college school institute hospital bank airline carrier manufacturer maker retailer startup charity foundation union federation league association alliance coalition body regulator watchdog authority authorities legislature parliament chamber senate congress board campaign militia faction movement brigade unit band supergroup orchestra choir label studio publisher supermarket supermarkets grocer chain brand insurer carmaker automaker conglomerate corporation distributor supplier wholesaler promotion broadcaster developer
Place: country city town village capital state province region territory island county district area state commonwealth republic kingdom suburb neighbourhood neighborhood municipality
Event: election referendum summit marathon championship tournament festival convention conference olympiad war hurricane typhoon cyclone storm
Person: man woman boy girl person minister president leader chief official spokesman spokeswoman spokesperson senator governor mayor lawmaker politician candidate actor actress singer player coach captain director chairman chairwoman executive founder judge lawyer attorney prosecutor officer agent doctor professor scientist researcher author writer journalist reporter activist suspect accused defendant victim driver pilot artist musician
`

// kinNouns name a person by a relation to another ("his daughter", "her
// husband"): such a description refers to the person the document
// introduced with the same noun, and to no one else.
const kinNouns = `daughter son wife husband mother father brother sister widow widower grandson granddaughter grandmother grandfather niece nephew cousin uncle aunt fiance fiancee fiancé fiancée stepson stepdaughter son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law`

// institutionWords are the generic words for a public institution that
// news uses on their own for the one of the story's place ("police", "the
// court", "parliament"): such a word stands for the named institution of
// the document that it heads, or for an institution of its own, never for
// some other organization mentioned before it.
const institutionWords = `police court government parliament army military navy senate congress council ministry cabinet assembly legislature judiciary prosecutors prosecution coastguard`

// publicBodyWords make a name holding them a body that is no business
// ("Velm Transport Authority", "Ministry of Health", "Labour Party"): "the
// company" does not refer to it.
const publicBodyWords = `authority agency commission ministry department government council committee court tribunal police parliament senate congress assembly legislature army navy party university college school embassy consulate administration bureau office church mosque synagogue union federation confederation secretariat directorate caucus coalition alliance`

// characterNouns name a fictional character or its costume: a name they
// introduce or modify ("the character Belle", "a Jack Frost costume",
// "superheroes such as Catwoman") is a character, typed as a thing.
const characterNouns = `character costume outfit cosplay superhero superheroine villain supervillain heroine mascot`

// costumeVerbs take the character someone appears as ("dressed as X",
// "cosplayed as X").
const costumeVerbs = `dress cosplay disguise costume masquerade`

// eponymHeads end the names of things and days named after a person
// ("Nobel Prize", "Martin Luther King Jr. Day", "Fields Medal").
const eponymHeads = `prize award awards medal trophy cup day lecture fellowship scholarship theorem syndrome disease`

// faiths are religions whose names do not end in "ism"; those that do, and
// ideologies ("Communism"), are found by the ending.
const faiths = `christianity islam orthodoxy wicca`

// diseases are the names of diseases and viruses news writes in lower
// case or as acronyms ("measles", "HIV"): named things whatever their
// case.
const diseases = `measles malaria cholera tuberculosis polio ebola dengue influenza hiv aids zika smallpox typhoid hepatitis
leprosy rabies mpox monkeypox covid-19 anthrax diphtheria tetanus pertussis meningitis chickenpox mumps rubella h1n1 h5n1 sars mers`

// femaleWords and maleWords are the kin nouns, roles and honorifics that
// say a person's gender.
const femaleWords = `daughter wife mother sister widow granddaughter grandmother niece aunt fiancee fiancée stepdaughter daughter-in-law mother-in-law sister-in-law actress chairwoman spokeswoman congresswoman councilwoman assemblywoman businesswoman sportswoman policewoman stateswoman queen princess duchess countess empress baroness dame lady mrs mrs. ms ms. miss madam mme mme. heroine waitress`
const maleWords = `son husband father brother widower grandson grandfather nephew uncle fiance fiancé stepson son-in-law father-in-law brother-in-law chairman spokesman congressman councilman assemblyman businessman sportsman policeman statesman king prince duke emperor baron sir lord mr mr. monsieur`

// sureEventWords (the list SureEvent) are the head words that make a name
// of two words or more an event whatever the typing says ("convention" may
// be a treaty's, "cup" a trophy's).
const sureEventWords = `championship championships olympics olympiad marathon festival summit tournament expo referendum war games`

// craftNounWords (the list CraftNoun) are the lower-case nouns that, after
// a name, make a craft's name with it ("the James Webb space telescope",
// "the Perseverance rover").
const craftNounWords = `telescope spacecraft rover lander orbiter`

// workNounWords (the list WorkNoun) name works whose title may follow them
// ("the film Rise of the Guardians", "the album Band on the Run"), and
// the crafts and products a name may follow ("the supply ship Corporal
// Vega", "the drug Velmab").
const workNounWords = `film movie album song single book novel series show game play musical opera documentary sitcom franchise episode programme program comic manga anime ship vessel boat yacht ferry tanker freighter drug vaccine`

// titleJoinerWords (the list TitleJoiner) are the lower-case words and
// marks inside a work's title.
const titleJoinerWords = `to the and of on in a an for with from at : &`

// shipPrefixWords (the list ShipPrefix) are the prefixes of ships' names
// ("MV Alan Kurdi", "USS Nimitz").
const shipPrefixWords = `MV MS SS HMS USS RV MT FV HMAS HMCS HMNZS INS RMS USNS`

// fellowshipWords (the list Fellowship) are plural nouns for the members
// of a society named "X of Y" ("Knights of Columbus", "Friends of the
// Earth").
const fellowshipWords = `knights sons daughters friends brothers sisters fellows soldiers veterans guardians keepers servants disciples witnesses mothers fathers children`

// vehicleWords (the list Vehicle) are the nouns for a vehicle that a name
// before them names ("his Marine One helicopter").
const vehicleWords = `helicopter aircraft airliner jet plane ship vessel yacht submarine frigate destroyer spacecraft rocket`

// companyNounWords (the list CompanyNoun) are the nouns for what a company
// does to a commodity, which a noun for the commodity makes a company's
// ("gas producer", "chip supplier", "car maker").
const companyNounWords = `producer supplier maker manufacturer operator provider retailer distributor exporter importer developer carrier`

// creativeNounWords (the list CreativeNoun) are the nouns of works whose
// producers are people ("music producer", "record producer").
const creativeNounWords = `music record television tv theatre theater video art fashion hip-hop executive`

// pictureSideWords (the list PictureSide) are the words a caption places a
// person by, in brackets.
const pictureSideWords = `center centre left right top bottom front back middle`

// speechVerb reads the attribution of speech verb v.
// hearerToWords (the list HearerTo) are the speech verbs whose "to" names
// the one spoken to.
const hearerToWords = `say speak confirm explain reveal admit comment complain write state disclose confess describe recount`

// allegingWords (the list Alleging) charge someone with what a gerund
// after "of" or "for" says they did ("accused X of saying …", "criticised
// X for claiming …").
const allegingWords = `accuse blame criticize criticise condemn fault attack charge slam`

// levelWordWords (the list LevelWord) are the words for a level of
// government that, before an institution's word alone, name none in
// particular.
const levelWordWords = `state city provincial district local municipal county regional`

// outletNounWords (the list OutletNoun) are the nouns for a news outlet
// that a name before them names ("the Brindle Press news agency").
const outletNounWords = `agency newspaper paper daily weekly magazine broadcaster network channel station outlet website site tabloid wire service`

var lists = func() map[List]map[string]bool {
	m := map[List]map[string]bool{}
	for l, text := range map[List]string{
		SureEvent:    sureEventWords,
		CraftNoun:    craftNounWords,
		WorkNoun:     workNounWords,
		TitleJoiner:  titleJoinerWords,
		ShipPrefix:   shipPrefixWords,
		Fellowship:   fellowshipWords,
		Vehicle:      vehicleWords,
		CompanyNoun:  companyNounWords,
		CreativeNoun: creativeNounWords,
		PictureSide:  pictureSideWords,
		HearerTo:     hearerToWords,
		Alleging:     allegingWords,
		LevelWord:    levelWordWords,
		OutletNoun:   outletNounWords,
	} {
		m[l] = map[string]bool{}
		for _, w := range strings.Fields(text) {
			m[l][w] = true
		}
	}
	return m
}()

// genericVerbs are verbs too general to name a relation of their own: a
// clause built on one of them that maps to no canonical predicate is not
// kept as a fact ("X made Y", "X had Y").
const genericVerbs = `be have make do get take give use put set keep let go come see find show hold issue become consider place reach end send provide secure list mention pay pass pick select choose clear prevent occupy identify hit request file produce drop institute cite refer suffer appear happen seem look turn bring begin start continue remain leave call need want try include involve allow lead cause mark note add face receive offer help`

// circumstanceMarks are the conjunctions that introduce a clause of time,
// cause, contrast or condition: what such a clause says is a circumstance,
// not a statement ("while X tweeted", "if the talks fail").
const circumstanceMarks = `while whilst although though whereas when whenever after before because since unless until once if`

// Word lists as sets, built once.
var (
	calendar     = set(calendarWords)
	notNameWord  = set(notNameWords)
	calendarAbbr = set(calendarAbbreviations)
	timeZone     = set(timeZones)
	notName      = set(notNames)
	honorific    = set(honorifics)
	roleModifier = set(roleModifiers)
	orgHead      = set(orgHeads)
	placeHead    = set(placeHeads)
	eventHead    = set(eventHeads)
	stormWord    = set(stormWords)
	thingHead    = set(thingHeads)
	speechVerb   = set(speechVerbs)
	hearerVerb   = set(hearerVerbs)
	conceptHead  = set(conceptHeads)
	conceptMod   = set(conceptModifiers)
	institution  = set(institutionWords)
	publicBody   = set(publicBodyWords)
	genericVerb  = set(genericVerbs)
	circumstance = set(circumstanceMarks)
	kin          = set(kinNouns)
	roleKind     = parseRoles(roleWords)
	multiTitle   = parseLines(multiTitles)
	// multiTitleByFirst indexes multiTitle by its first word.
	multiTitleByFirst = func() map[string][][]string {
		m := map[string][][]string{}
		for _, t := range multiTitle {
			m[t[0]] = append(m[t[0]], t)
		}
		return m
	}()
	description = parseTyped(descriptionNouns)
	character   = set(characterNouns)
	eponymHead  = set(eponymHeads)
	faith       = set(faiths)
	disease     = set(diseases)
	female      = set(femaleWords)
	male        = set(maleWords)
	costumeVerb = set(costumeVerbs)
	partyOf     = parseParties(partyWords)
)

func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[strings.ToLower(w)] = true
	}
	return m
}

func parseRoles(text string) map[string]RoleKind {
	m := map[string]RoleKind{}
	for _, line := range strings.Split(text, "\n") {
		k, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kind := map[string]RoleKind{"lead": Leads, "member": Member, "-": Occupation}[strings.TrimSpace(k)]
		for _, w := range strings.Fields(words) {
			if _, dup := m[w]; !dup {
				m[w] = kind
			}
		}
	}
	return m
}

func parseLines(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		if f := strings.Fields(strings.ToLower(line)); len(f) > 0 {
			out = append(out, f)
			// the tokenizer may split a hyphenated title ("Vice",
			// "-", "President")
			if strings.Contains(line, "-") {
				var g []string
				for _, w := range f {
					for i, part := range strings.Split(w, "-") {
						if i > 0 {
							g = append(g, "-")
						}
						if part != "" {
							g = append(g, part)
						}
					}
				}
				out = append(out, g)
			}
		}
	}
	return out
}

func parseTyped(text string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		k, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, w := range strings.Fields(words) {
			if _, dup := m[w]; !dup {
				m[w] = strings.TrimSpace(k)
			}
		}
	}
	return m
}

// parseParties reads partyWords into a map from each folded form (one or
// several words) to the line's first form.
func parseParties(text string) map[string]string {
	of := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		// Forms are single words, or two capitalised words joined
		// ("Liberal Democrat"): split the line into forms greedily.
		var cur []string
		var list []string
		for i, w := range f {
			cur = append(cur, w)
			if i+1 < len(f) && (w == "Liberal" || w == "Lib") {
				continue
			}
			list = append(list, strings.Join(cur, " "))
			cur = nil
		}
		for _, form := range list {
			k := strings.ToLower(form)
			if _, dup := of[k]; !dup {
				of[k] = list[0]
			}
		}
	}
	return of
}
