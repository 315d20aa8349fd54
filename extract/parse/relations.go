package parse

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/clause"
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A fact is a relation between two entities of the document.
type fact struct {
	s, o      int
	pred, raw string
	sent      int
	// span is the part of the text that states the fact; evidence the
	// sentence (or sentences) it is read from, the sentence's span when
	// zero.
	span, evidence newsgraph.Span
	neg            bool
	modality       newsgraph.Modality
	conf           float64
}

// addFact records f unless the same fact was read from the same sentence.
func (x *doc) addFact(f fact) {
	if f.s < 0 || f.o < 0 || f.s == f.o || f.pred == "" {
		return
	}
	if f.modality == newsgraph.Possible && f.pred != newsgraph.Said {
		return // a condition or a hypothetical is not what the text asserts
	}
	if want, ok := subjectTypes[f.pred]; ok && f.pred != newsgraph.Said && f.pred != newsgraph.Told && !x.ents[f.s].concept && !x.ents[f.s].quote && !(f.pred == newsgraph.Met && sovereign(x.ents[f.s])) {
		if t := x.typeOf(f.s); t != "" && !strings.Contains(want, string(t)) {
			return
		}
	}
	if f.pred == newsgraph.Leads && x.typeOf(f.s) == newsgraph.Person && governmentName(x.ents[f.o].name) && !headOfGovernment(f.raw) {
		f.pred = newsgraph.MemberOf // "the Hungarian Government commissioner": one of the government, not its head
	}
	if (f.pred == newsgraph.MemberOf || f.pred == newsgraph.Leads) && x.typeOf(f.s) == newsgraph.Person && countryEntity(x.ents[f.o]) {
		return // a person's country is a nationality, a country's leader a role
	}
	if f.pred == newsgraph.LocatedIn && sovereign(x.ents[f.s]) && sovereign(x.ents[f.o]) {
		return // a country is in no other country ("1,035 in Turkey and 19 in Greece")
	}
	if f.pred == newsgraph.Acquired && (countryEntity(x.ents[f.o]) || isRegion(x.ents[f.o].name) || x.typeOf(f.o) == newsgraph.Person) {
		return // "the Communist Party's takeover of China": power seized, nothing bought
	}
	if f.pred == newsgraph.LocatedIn && (seaName(x.ents[f.s].name) || sovereign(x.ents[f.s]) && seaName(x.ents[f.o].name)) {
		return // no sea lies in a country, no country in a sea ("a Brindle state on the Gulf of Tarn")
	}
	k := factKey{f.s, f.o, f.sent, f.pred, f.neg}
	if x.factSeen[k] {
		return
	}
	x.factSeen[k] = true
	x.facts = append(x.facts, f)
}

// governmentName reports whether an organization's name is a
// government's ("Hungarian Government").
func governmentName(name string) bool {
	switch strings.ToLower(lastWord(name)) {
	case "government", "cabinet":
		return true // (not an agency called "… Administration", which its administrator leads)
	}
	return false
}

// headOfGovernment reports whether a role heads a government.
func headOfGovernment(role string) bool {
	r := strings.ToLower(role)
	for _, w := range []string{"prime minister", "premier", "president", "chancellor", "lead", "led", "head", "chair", "chief minister", "first minister", "taoiseach", "governor", "mayor"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// objectTypes lists the entity types (and "concept") a canonical
// predicate's object may have; predicates not listed take any.
var objectTypes = map[string]string{
	newsgraph.Visits:     "Place",
	newsgraph.LocatedIn:  "Place",
	newsgraph.MemberOf:   "Organization",
	newsgraph.Leads:      "Organization",
	newsgraph.Met:        "Person Organization",
	newsgraph.Told:       "Person Organization",
	newsgraph.Thanked:    "Person Organization Place",
	newsgraph.Accused:    "Person Organization Place",
	newsgraph.Threatened: "Person Organization Place",
	newsgraph.Accepted:   "concept Thing Event",
	newsgraph.Rejected:   "concept Thing Event",
	newsgraph.Proposed:   "concept Thing Event",
	newsgraph.Signed:     "concept Thing",
	newsgraph.Arrested:   "Person",
	newsgraph.Charged:    "Person Organization",
	newsgraph.Sentenced:  "Person",
	newsgraph.BornIn:     "Place",
	newsgraph.DiedIn:     "Place",
	newsgraph.Founded:    "Organization Thing Event",
	newsgraph.Appointed:  "Person",
	newsgraph.Resigned:   "Organization Place",
	newsgraph.Won:        "Thing Event concept",
}

// subjectTypes lists the entity types a canonical predicate's subject may
// have; predicates not listed take any except quotations.
var subjectTypes = map[string]string{
	newsgraph.Visits:    "Person Organization",
	newsgraph.Met:       "Person Organization",
	newsgraph.LocatedIn: "Place Organization Event",
	newsgraph.MemberOf:  "Person Organization Place",
	newsgraph.Leads:     "Person",
	newsgraph.BornIn:    "Person",
	newsgraph.DiedIn:    "Person",
	newsgraph.Resigned:  "Person",
	newsgraph.Arrested:  "Organization Person",
	newsgraph.Charged:   "Organization Person",
	newsgraph.Sentenced: "Organization Person",
	newsgraph.Founded:   "Person Organization",
	newsgraph.Said:      "Person Organization",
	newsgraph.Told:      "Person Organization",
}

// minConfidence is the least confidence of a clause relation that becomes
// a fact; minRawConfidence that of one outside the predicate lexicon.
const (
	minConfidence    = 0.55
	minRawConfidence = 0.7
)

// inquiryNouns name an investigation itself.
var inquiryNouns = map[string]bool{"investigation": true, "probe": true, "inquiry": true, "enquiry": true, "review": true, "audit": true}

// toDo reports whether the object o of verb v is the subject of a
// to-infinitive ("called for X to do Y", "urged X to do Y").
func toDo(s *sent, v, o int) bool {
	for _, h := range []int{v, o} {
		for _, c := range s.kids[h] {
			if r := s.Tokens[c].Rel; (r == "xcomp" || r == "acl" || r == "advcl") && c > o && s.child(c, "mark") >= 0 && s.low[s.child(c, "mark")] == "to" {
				return true
			}
		}
	}
	return false
}

// until reports whether verb v has an "until" phrase or clause.
func until(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		if s.prep(c) == "until" || s.prep(c) == "till" {
			return true
		}
		for _, cc := range s.kids[c] {
			if (s.Tokens[cc].Rel == "mark" || s.Tokens[cc].Rel == "case") && (s.low[cc] == "until" || s.low[cc] == "till") {
				return true
			}
		}
	}
	return false
}

// byParticiple reports whether verb v is a participle describing the
// agent of a passive, parsed as a clause of its own ("was interrupted by
// protesting legislators": the legislators protested, the one
// interrupted did not protest them).
func byParticiple(s *sent, v int) bool {
	if s.Tokens[v].XPOS != "VBG" || s.Tokens[v].Rel != "advcl" || v == 0 || s.low[v-1] != "by" {
		return false
	}
	h := s.head(v)
	if h < 0 || s.child(h, "aux:pass") < 0 || s.child(h, "obl:agent") >= 0 {
		return false
	}
	o := s.child(v, "obj")
	return o == v+1 && s.Tokens[o].XPOS == "NNS"
}

// relations turns the clause relations of the parse into facts between the
// entities their arguments refer to. It stops with ctx's error when ctx
// is done.
func (x *doc) relations(ctx context.Context) error {
	rels, err := clause.Extract(ctx, x.nd)
	if err != nil {
		return err
	}
	for _, r := range rels {
		s := x.sents[r.Sent]
		if s.heading || r.Obj.Head < 0 || r.Pred == newsgraph.Said || s.caption() {
			continue
		}
		speaker := -1 // the speaker of a performative inside a quotation
		if s.quote[r.Verb] >= 0 {
			if speaker = x.performative(s, r); speaker < 0 {
				continue // what a quotation says is the speaker's claim, not a fact of the article
			}
		} else if r.Subj.Head >= 0 && s.quote[r.Subj.Head] >= 0 {
			continue // a subject inside a quotation is not the verb's outside it
		}
		if byParticiple(s, r.Verb) || r.Obj.Head == r.Verb {
			continue // (nor is "an investigation by X" an investigation of itself)
		}
		if r.Pred == newsgraph.Investigated && r.Obj.Head >= 0 && inquiryNouns[s.lemma[r.Obj.Head]] {
			continue // "would begin an investigation": the investigation is no one investigated
		}
		if (r.Pred == newsgraph.Supported || r.Pred == newsgraph.Opposed) && toDo(s, r.Verb, r.Obj.Head) {
			continue // "called for NATO members to increase spending": the spending is backed
		}
		if r.Negated && until(s, r.Verb) {
			continue // "did not endorse her until July": in the end it did
		}
		if s.Tokens[r.Verb].UPOS == "NOUN" && (r.Subj.Prep == "between" || r.Subj.Prep == "among") {
			continue // "talks between X and Y" names no event
		}
		if r.Confidence < minConfidence {
			continue
		}
		pred := r.Pred
		if pred == "" && !r.Passive && prizeVerbs[r.Lemma] && r.Obj.Prep == "" && r.Obj.Head >= 0 && prizeNouns[s.lemma[r.Obj.Head]] {
			pred = newsgraph.Won // "took the silver medal", "claimed the title"
		}
		if pred == "" {
			if verb := strings.Fields(r.Lemma + " x")[0]; r.Confidence < minRawConfidence || lexicon.IsSpeechVerb(verb) || lexicon.IsGenericVerb(verb) {
				continue
			}
			if pred = rawPredicate(r.Lemma); pred == "" {
				continue
			}
		}
		if pred == newsgraph.Proposed && (r.Lemma == "sponsor" || r.Lemma == "co-sponsor" || r.Lemma == "cosponsor") && r.Obj.Head >= 0 && s.Tokens[r.Obj.Head].UPOS != "PRON" && !lawWords[strings.ToLower(s.lemma[r.Obj.Head])] && !legislation[s.lemma[r.Obj.Head]] {
			pred = newsgraph.Supported // "sponsors the Fedora operating system" backs it; one proposes only a bill
		}
		if pred == newsgraph.Attacked && s.Tokens[r.Verb].UPOS == "VERB" && x.attackedFor(s, r.Verb) {
			pred = newsgraph.Condemned // "attacked Biden for accumulating wealth": words, not blows
		}
		subj := x.argEntity(s, r.Subj, false)
		if pred == newsgraph.Told && r.Subj.Head >= 0 {
			if sp := x.speakerEntity(s, r.Subj.Head); sp >= 0 && sp != subj && x.typeOf(sp) == newsgraph.Person {
				subj = sp // "Vexa CEO Ana Ruiz", parsed with the company as subject: the one who speaks
			}
		}
		if speaker >= 0 {
			subj = speaker
		}
		if subj >= 0 && r.Subj.Head >= 0 && x.typeOf(subj) == newsgraph.Place {
			if b := x.placedBefore(s, r.Subj.Head, subj); b >= 0 {
				subj = b // "the Parliament of Westmark (WM), Norland voted": the body the place locates, misparsed
			} else if b == -2 {
				continue // "…, Norland voted": a place that only locates the name before it, whose subject the parse lost
			}
		}
		if subj < 0 {
			continue
		}
		if pred == newsgraph.MemberOf && personalService[r.Lemma] && x.typeOf(subj) != newsgraph.Person {
			continue // "As well as Stardom she wrestled for Senjo": one who wrestles or writes for a body is a person
		}
		obj := x.argEntity(s, r.Obj, true)
		if h := r.Obj.Head; h >= 0 && doerNouns[s.lemma[h]] && (obj < 0 || x.ents[obj].concept) {
			// "an inquiry into the conduct of President X": X
			for _, c := range s.kids[h] {
				if c > h && s.Tokens[c].Rel == "nmod" && s.prep(c) == "of" {
					if e := x.npEntity(s, c); e >= 0 && !x.ents[e].concept && !x.ents[e].quote {
						obj = e
					}
				}
			}
		}
		if h := r.Obj.Head; pred == newsgraph.Won && h >= 0 && shareNouns[s.lemma[h]] {
			// "won a majority in the 2021 general election", "won 200
			// seats": the election, never the amount
			obj = -1
			for _, c := range s.kids[h] {
				if s.Tokens[c].Rel == "nmod" && s.prep(c) == "in" {
					if e := x.npEntity(s, c); e >= 0 && x.typeOf(e) == newsgraph.Event {
						obj = e
					}
				}
			}
			for _, c := range s.kids[r.Verb] {
				if obj < 0 && s.Tokens[c].Rel == "obl" && s.prep(c) == "in" {
					if e := x.npEntity(s, c); e >= 0 && x.typeOf(e) == newsgraph.Event {
						obj = e
					}
				}
			}
			if obj < 0 {
				continue
			}
		}
		if o := x.nameAfterVerb(s, r); o >= 0 && o != obj && r.Obj.Prep == "" && !r.Passive {
			// "sued Vexa Systems over the contract", parsed with the name
			// hung on "contract": the name right after the verb is its
			// object
			obj = o
		}
		if pred == newsgraph.Resigned && r.Obj.Head >= 0 && postNoun[s.lemma[r.Obj.Head]] {
			// "resign leadership of the party", "resigned his post as
			// governor of Puerto Rico"
			obj = -1
			for _, c := range s.kids[r.Obj.Head] {
				if s.Tokens[c].Rel == "nmod" && (s.prep(c) == "of" || s.prep(c) == "at" || s.prep(c) == "in") {
					obj = x.npEntity(s, c)
					if obj >= 0 && x.ents[obj].typ == newsgraph.Place && sovereign(x.ents[obj]) {
						a, b := s.subtree(c)
						if in := x.placeInside(s, clause.Arg{Head: c, Start: a, End: b}); in >= 0 {
							obj = in // "governor of the United States commonwealth of Puerto Rico"
						}
					}
				}
			}
			if l := s.lemma[r.Obj.Head]; obj >= 0 && subj >= 0 && (l == "leadership" || l == "chairmanship" || l == "presidency") && x.typeOf(obj) == newsgraph.Organization {
				// one who resigns the leadership of a party leads it
				x.addFact(fact{s: subj, o: obj, pred: newsgraph.Leads, raw: s.Tokens[r.Obj.Head].Text, sent: s.idx, conf: 0.7, span: s.whole()})
			}
		}
		if obj < 0 && (pred == newsgraph.BornIn || pred == newsgraph.DiedIn || pred == newsgraph.Visits || pred == newsgraph.Resigned) {
			obj = x.placeInside(s, r.Obj)
		}
		if obj < 0 && conceptObjects[pred] {
			// "won the gold medal", "ordered fire safety checks": the
			// thing the relation is about, named by its phrase
			obj = x.phraseConcept(s, r.Obj)
			if obj >= 0 && pred == newsgraph.Won && !specificWin(x.ents[obj].name) {
				obj = -1 // "won the caucuses", "the eventual nomination": which ones, the text says elsewhere
			}
		}
		if possessorObject[pred] && (obj < 0 || x.ents[obj].concept) && r.Obj.Head >= 0 && conductNouns[s.lemma[r.Obj.Head]] {
			// "condemned Biden's statement" condemns Biden (but "opposed
			// Trump's travel ban" opposes the ban)
			if p := possessorOf(s, r.Obj.Head); p >= 0 {
				if e := x.entityAt(s, p); e >= 0 {
					obj = e
				}
			}
		}
		if obj >= 0 && obj == subj && r.Obj.Head >= 0 && s.Tokens[r.Obj.Head].UPOS == "PRON" && !strings.HasSuffix(s.low[r.Obj.Head], "self") {
			// "Hamas countered that Netanyahu set obstacles, accusing him
			// of …": a pronoun object is never its own clause's subject;
			// the participle belongs to the speaker
			subj = x.speakerAbove(s, r.Verb)
		}
		if obj < 0 || subj < 0 || obj == subj {
			continue
		}
		if pred == newsgraph.Visits && x.ents[obj].typ == newsgraph.Event {
			// "attended the Maker Faire in Tyler": one goes where the
			// event is
			if pl := x.placeOfEvent(obj, s.idx); pl >= 0 && pl != subj {
				obj = pl
			}
		}
		if x.excepted(s, obj, r.Obj.Start, r.Obj.End) {
			continue // "flights to cities other than Havana"
		}
		se, oe := x.ents[subj], x.ents[obj]
		if se.quote || oe.quote || se.concept {
			continue
		}
		if !typeFits(objectTypes, pred, oe) || !typeFits(subjectTypes, pred, se) {
			continue
		}
		if pred == newsgraph.Founded && s.lemma[r.Verb] == "start" && (x.typeOf(obj) != newsgraph.Organization || r.Obj.Head >= 0 && s.Tokens[r.Obj.Head].UPOS == "PRON") {
			continue // "started Hopeful Readers" founds it, "started a campaign" or "the season" no (nor "started it", too vague)
		}
		if l := s.lemma[r.Verb]; pred == newsgraph.MemberOf && (l == "study" || l == "enrol" || l == "enroll") && s.Tokens[r.Verb].XPOS != "VBZ" && s.Tokens[r.Verb].XPOS != "VBP" {
			continue // a student is a member of the school ("studies at"), a graduate no longer ("studied law at")
		}
		if pred == newsgraph.Appointed && x.honourNamed(s, r.Verb) >= 0 {
			continue // "was named Best Actress by the jury" is a prize, not a post (titlesWon)
		}
		if pred == newsgraph.Won && (s.lemma[r.Verb] == "receive" || s.lemma[r.Verb] == "earn" || s.lemma[r.Verb] == "get") && !awardName(oe.name) {
			continue // "received a PhD", "received criticism"
		}
		if pred == newsgraph.Supported && s.lemma[r.Verb] == "stand" && (obj < 0 || x.ents[obj].concept) {
			continue // "stands with leaders from Japan": where one stands in the picture
		}
		if pred == newsgraph.Told && s.lemma[r.Verb] == "speak" {
			if x.outlet(s, r.Subj.Head, subj) {
				subj, obj = obj, subj // "the paper also spoke to the Navy": the Navy told the paper
			} else if r.Obj.Prep == "with" && x.typeOf(obj) == newsgraph.Person {
				continue // "spoke with Macron": a conversation; "spoke with Reuters": told the outlet
			}
		}
		if pred == newsgraph.Visits && r.Subj.Head >= 0 && (s.low[r.Subj.Head] == "it" || s.low[r.Subj.Head] == "its") && x.typeOf(subj) != newsgraph.Place {
			continue // "it was last bound for Jakarta": a ship's or a plane's voyage more often than a body's visit
		}
		if pred == newsgraph.Visits && relocateVerbs[s.lemma[r.Verb]] && x.typeOf(subj) != newsgraph.Person {
			continue // "the company moved to Harlow": it is there now, no visit
		}
		if pred == newsgraph.Visits && r.Obj.Prep != "" && s.Tokens[r.Verb].UPOS == "VERB" && s.child(r.Verb, "obj") >= 0 && carryVerbs[s.lemma[r.Verb]] {
			continue // "return this flag to Earth" takes the flag there
		}
		if pred == newsgraph.MemberOf && s.lemma[r.Verb] == "join" && s.Tokens[r.Verb].XPOS == "VBG" && s.Tokens[r.Verb].Rel == "advcl" && x.typeOf(subj) != newsgraph.Person {
			continue // "the hospital reopened, joining the district hospital": alongside, not in it
		}
		if pred == newsgraph.Appointed && isParty(se.name) {
			continue // a party's nominee is a candidate, not an appointee
		}
		if x.negatedAbove(s, r.Verb) {
			continue // "have not been successful in winning a seat", "was not the candidate X backed"
		}
		neg, mod := r.Negated, r.Modality
		if m := x.nounFrame(s, r.Verb); m != "" && (mod == newsgraph.Asserted || m == newsgraph.Reported && mod == newsgraph.Planned) {
			mod = m // "an allegation he assaulted her"
		}
		if x.hypothetical(s, r.Verb) {
			mod = newsgraph.Possible
			if x.question(s) {
				continue // what is asked is not asserted at all
			}
		}
		if r.Obj.Head >= 0 && r.Negated && kindOf(s, r.Obj.Head) {
			continue // "will not approve a budget that does not fund the wall": a kind of thing, none in particular
		}
		if (pred == newsgraph.Supported || pred == newsgraph.Opposed) && s.child(r.Verb, "xcomp") >= 0 {
			continue // "called for NATO members to increase spending"
		}
		if mod == newsgraph.Possible && x.reported(s, r.Verb) && s.child(r.Verb, "aux") >= 0 && s.low[s.child(r.Verb, "aux")] == "would" && !x.hypothetical(s, r.Verb) {
			mod = newsgraph.Planned // "announced he would resign": the future of what was said
		}
		if s.quote[r.Verb] < 0 && x.reported(s, r.Verb) && mod == newsgraph.Asserted {
			mod = newsgraph.Reported
		}
		span := r.Span
		if span.Start < s.Start || span.End > s.End || span.End <= span.Start {
			span = s.whole()
		}
		x.addFact(fact{s: subj, o: obj, pred: pred, raw: r.Raw, sent: s.idx, span: span, neg: neg, modality: mod, conf: r.Confidence})
		if pred == newsgraph.Founded && s.lemma[r.Verb] == "form" && !neg && mod == newsgraph.Asserted && x.typeOf(subj) == newsgraph.Person &&
			x.typeOf(obj) == newsgraph.Organization && foundedAsMember(x.ents[obj].name) {
			// "A, B and C formed Cream": the people who form a band or a
			// group are its members
			x.addFact(fact{s: subj, o: obj, pred: newsgraph.MemberOf, raw: r.Raw, sent: s.idx, span: span, conf: r.Confidence * 0.9})
		}
	}
	return nil
}

// reciprocal reads "A and B met" when the parse gives the verb no subject
// (it often hangs the names on a date before them): the names joined by
// "and" right before a reciprocal verb met each other.
func (x *doc) reciprocal() {
	for _, s := range x.sents {
		for v := range s.Tokens {
			if subj := s.child(v, "nsubj"); s.Tokens[v].UPOS == "VERB" && s.lemma[v] == "meet" && s.quote[v] < 0 && subj >= 0 && delegateNouns[s.lemma[subj]] && s.child(v, "obj") < 0 && !negatedVerb(s, v) {
				// "the delegations of Cyprus, Greece and Israel met": the
				// parties the delegations are of met each other
				var ents []int
				for _, c := range s.kids[subj] {
					if s.Tokens[c].Rel == "nmod" && s.prep(c) == "of" {
						a, b := s.subtree(c)
						for k := a; k < b; k++ { // (the list's names however the parse hangs them)
							if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == k {
								if e := x.ments[mi].ent; e >= 0 && (x.typeOf(e) == newsgraph.Person || x.typeOf(e) == newsgraph.Organization || sovereign(x.ents[e])) && !slices.Contains(ents, e) {
									ents = append(ents, e)
								}
							}
						}
					}
				}
				for i := 0; i < len(ents); i++ {
					for j := i + 1; j < len(ents); j++ {
						x.addFact(fact{s: ents[i], o: ents[j], pred: newsgraph.Met, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.6})
					}
				}
			}
			if s.Tokens[v].UPOS != "VERB" || s.lemma[v] != "meet" || s.quote[v] >= 0 || s.child(v, "nsubj") >= 0 || s.child(v, "obj") >= 0 {
				continue
			}
			// the names back to the clause's start
			var ents []int
			and := false
			for k := v - 1; k >= 0; k-- {
				if s.Tokens[k].Text == "," || s.Tokens[k].UPOS == "VERB" || s.Tokens[k].UPOS == "ADP" {
					break
				}
				if s.low[k] == "and" {
					and = true
				}
				if e := x.entityAt(s, k); e >= 0 && (len(ents) == 0 || ents[len(ents)-1] != e) {
					if t := x.typeOf(e); t == newsgraph.Person || t == newsgraph.Organization {
						ents = append(ents, e)
					}
				}
			}
			if !and || len(ents) != 2 {
				continue
			}
			x.addFact(fact{s: ents[1], o: ents[0], pred: newsgraph.Met, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.6})
		}
	}
}

// meetingsWith reads every "with X" of a meeting ("met with A privately
// and with B later"), which the parse often attaches elsewhere: the names
// after "with" up to the end of the clause met the subject.
func (x *doc) meetingsWith() {
	for _, s := range x.sents {
		for v := range s.Tokens {
			if s.lemma[v] != "meet" || s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 {
				continue
			}
			subj := x.clauseSubject(s, v, 0)
			if subj < 0 {
				continue
			}
			p := x.npEntity(s, subj)
			if p < 0 {
				continue
			}
			for k := v + 1; k+1 < len(s.Tokens); k++ {
				if u := s.Tokens[k].UPOS; u == "VERB" || s.Tokens[k].Text == ";" || s.Tokens[k].Text == "." {
					break
				}
				if s.low[k] != "with" {
					continue
				}
				// the name of the phrase after "with", past titles
				for j := k + 1; j < len(s.Tokens) && j <= k+6; j++ {
					if s.isPunct(j) || s.Tokens[j].UPOS == "ADP" || s.Tokens[j].UPOS == "VERB" {
						break
					}
					if mi := s.ment[j]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 {
						o := x.ments[mi].ent
						if t := x.typeOf(o); (t == newsgraph.Person || t == newsgraph.Organization) && o != p {
							neg, mod := x.negation(s, v)
							x.addFact(fact{s: p, o: o, pred: newsgraph.Met, raw: s.Tokens[v].Text + " with", sent: s.idx, conf: 0.6, neg: neg, modality: mod})
						}
						break
					}
				}
			}
		}
	}
}

// negation returns whether verb v is negated and its modality, read from
// its own auxiliaries and adverbs.
func (x *doc) negation(s *sent, v int) (bool, newsgraph.Modality) {
	neg, mod := false, newsgraph.Asserted
	for _, c := range s.kids[v] {
		switch s.low[c] {
		case "not", "n't", "never":
			neg = true
		case "will", "'ll", "shall":
			mod = newsgraph.Planned
		case "would", "could", "may", "might", "should":
			mod = newsgraph.Possible
		}
	}
	if x.hypothetical(s, v) {
		mod = newsgraph.Possible
	}
	return neg, mod
}

// travelWhere reads "… in Egypt on Tuesday, where Blinken also plans to
// go" and "Blinken, who is next headed to Egypt and Qatar" by the words,
// which the parse often gets wrong: a person going where a place was just
// named, or headed or bound for places.
func (x *doc) travelWhere() {
	for _, s := range x.sents {
		n := len(s.Tokens)
		for k := 1; k < n; k++ {
			if s.quote[k] >= 0 {
				continue
			}
			switch {
			case s.low[k] == "where" && s.Tokens[k-1].Text == ",":
				p, pk := x.personIn(s, k+1, min(n, k+4))
				if p < 0 {
					continue
				}
				travel := false
				for j := pk + 1; j < n && j <= pk+6; j++ {
					if travelVerbs[s.lemma[j]] && s.lemma[j] != "plan" {
						travel = true
					}
				}
				if !travel {
					continue
				}
				for j := k - 1; j >= 0; j-- {
					if e := x.entityAt(s, j); e >= 0 && x.typeOf(e) == newsgraph.Place {
						x.addFact(fact{s: p, o: e, pred: newsgraph.Visits, raw: "where … go", sent: s.idx, conf: 0.55, modality: newsgraph.Planned})
						break
					}
				}
			case (s.low[k] == "headed" || s.low[k] == "bound") && k+1 < n && (s.low[k+1] == "to" || s.low[k+1] == "for") && s.Tokens[k].UPOS != "VERB":
				subj := s.child(k, "nsubj")
				if subj >= 0 && isRelPron(s.low[subj]) {
					subj = s.head(k)
				}
				if subj < 0 || s.low[subj] == "it" || s.low[subj] == "its" {
					continue // ("it was last bound for Jakarta": a ship, more often than a body)
				}
				p := x.npEntity(s, subj)
				if !x.actor(p) {
					continue
				}
				for j := k + 2; j < n; j++ {
					if s.isPunct(j) && s.Tokens[j].Text != "," || s.Tokens[j].UPOS == "VERB" {
						break
					}
					if e := x.entityAt(s, j); e >= 0 && x.typeOf(e) == newsgraph.Place && s.ment[j] >= 0 && x.ments[s.ment[j]].a == j {
						x.addFact(fact{s: p, o: e, pred: newsgraph.Visits, raw: s.Tokens[k].Text + " " + s.low[k+1], sent: s.idx, conf: 0.65, modality: newsgraph.Planned})
					}
				}
			}
		}
	}
}

// personIn returns the entity and head token of the first person named in
// tokens [a, b) of s, or -1.
func (x *doc) personIn(s *sent, a, b int) (int, int) {
	for k := a; k < b; k++ {
		if e := x.entityAt(s, k); e >= 0 && x.typeOf(e) == newsgraph.Person {
			mi := s.ment[k]
			return e, x.ments[mi].b - 1
		}
	}
	return -1, -1
}

// headlineVisits reads a headline without a verb, "Antony Blinken in
// Israel to advance talks": the person is in the place on a visit.
func (x *doc) headlineVisits() {
	for _, s := range x.sents {
		if s.idx > 2 || s.quote[0] >= 0 {
			continue
		}
		for k := 1; k+1 < len(s.Tokens); k++ {
			if s.low[k] != "in" {
				continue
			}
			verb := false
			for j := 0; j < k; j++ {
				if u := s.Tokens[j].UPOS; u == "VERB" || u == "AUX" {
					verb = true
				}
			}
			if verb {
				break
			}
			p, o := x.entityAt(s, k-1), x.entityAt(s, k+1)
			if p >= 0 && o >= 0 && x.typeOf(p) == newsgraph.Person && x.typeOf(o) == newsgraph.Place {
				x.addFact(fact{s: p, o: o, pred: newsgraph.Visits, raw: "in", sent: s.idx, conf: 0.55})
			}
			break
		}
	}
}

// travelVerbs are the verbs of going somewhere.
var travelVerbs = map[string]bool{"go": true, "travel": true, "head": true, "fly": true, "arrive": true, "come": true, "visit": true, "return": true, "plan": true}

// lifeEvents reads births and awards, which the parse gives as passives
// without an agent: "was born in Paris" (born_in), "was awarded the
// Intelligence Star" (won). A place written "Town, Region" gives a fact
// for both.
func (x *doc) lifeEvents() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			if s.Tokens[v].UPOS != "VERB" {
				continue
			}
			lemma := s.lemma[v]
			if lemma != "bear" && s.low[v] != "born" && lemma != "award" && lemma != "grant" && lemma != "present" {
				continue
			}
			subj := s.child(v, "nsubj:pass")
			if subj < 0 && s.low[v] == "born" {
				subj = s.child(v, "nsubj")
			}
			if h := s.head(v); subj < 0 && s.Tokens[v].Rel == "conj" && h >= 0 && h < v && s.Tokens[h].UPOS == "VERB" {
				// "X, first elected to parliament in 1964, was born in Y",
				// parsed with the participle as the main verb: its subject
				if subj = s.child(h, "nsubj"); subj < 0 {
					subj = s.child(h, "nsubj:pass")
				}
			}
			own := -1 // "((Owen Reyes)) I was born in Norway": the answer's speaker
			if s.quote[v] >= 0 {
				if q := x.quotes[s.quote[v]]; q.how != "turn" || q.speaker < 0 || subj < 0 || s.low[subj] != "i" || x.typeOf(q.speaker) != newsgraph.Person || negatedVerb(s, v) || x.question(s) {
					continue
				} else {
					own = q.speaker
				}
			}
			fronted := false
			if subj < 0 && s.low[v] == "born" && s.Tokens[v].Rel == "advcl" && v < s.head(v) {
				// "Born Thomas Kell in Salina, he took …": the main
				// clause's subject was born, under the name after "Born"
				subj, fronted = s.child(s.head(v), "nsubj"), true
			}
			if subj < 0 {
				continue
			}
			p := x.npEntity(s, subj)
			if fronted {
				p = x.bornSubject(s, v, subj)
			}
			if own >= 0 {
				p = own
			}
			if p < 0 || x.typeOf(p) != newsgraph.Person {
				continue
			}
			if lemma == "award" || lemma == "grant" || lemma == "present" {
				for _, c := range s.kids[v] {
					if r := s.Tokens[c].Rel; r == "obj" || r == "iobj" || r == "xcomp" || r == "obl" && s.prep(c) == "with" {
						if o := x.argEntity(s, clause.Arg{Head: c, Start: c, End: c + 1}, true); o >= 0 && o != p {
							x.addFact(fact{s: p, o: o, pred: newsgraph.Won, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.7})
						}
					}
				}
				continue
			}
			places := s.kids[v]
			for _, c := range s.kids[v] {
				if s.Tokens[c].Rel == "xcomp" || fronted && s.Tokens[c].Rel == "obj" {
					// "was born Peter Edward Baker in Lewisham": the birth
					// name is the person's, and the place may hang on it
					if o := x.entityAt(s, c); o >= 0 && x.typeOf(o) == newsgraph.Person {
						x.merge(p, o)
						x.ents[p].otherName = x.ments[s.ment[c]].name // an alias, not the name to show
					}
					places = append(places[:len(places):len(places)], s.kids[c]...)
				}
			}
			for _, c := range places {
				if r := s.Tokens[c].Rel; r != "obl" && r != "nmod" || s.prep(c) != "in" {
					continue
				}
				a, b := s.subtree(c)
				for k := a; k < b; k++ {
					if e := x.entityAt(s, k); e >= 0 && x.typeOf(e) == newsgraph.Place {
						x.addFact(fact{s: p, o: e, pred: newsgraph.BornIn, raw: "born in", sent: s.idx, conf: 0.8})
						for _, up := range x.enclosingPlaces(e, s.idx) {
							x.addFact(fact{s: p, o: up, pred: newsgraph.BornIn, raw: "born in", sent: s.idx, conf: 0.7})
						}
						break
					}
				}
			}
		}
	}
	x.bodiesFound()
	x.allegations()
	x.lostObjects()
	x.diedAtIn()
	x.eventVisits()
	// died in "Town, Region": the region too
	for _, f := range x.facts {
		if f.pred == newsgraph.DiedIn {
			for _, up := range x.enclosingPlaces(f.o, f.sent) {
				x.addFact(fact{s: f.s, o: up, pred: newsgraph.DiedIn, raw: f.raw, sent: f.sent, conf: 0.7, span: f.span})
			}
		}
	}
}

// gatheringNouns are the events a person holds or speaks at, which put
// the person in the place they are held in.
var gatheringNouns = map[string]bool{"rally": true, "speech": true, "address": true, "conference": true, "briefing": true, "town": true,
	"lecture": true, "concert": true, "campaign": true, "vigil": true, "ceremony": true}

// eventVisits reads "X held a rally in Tacoma", "gave a speech in Dayton"
// and "At a press conference held in Doha, X said": a person at a
// gathering in a place visits it.
func (x *doc) eventVisits() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			if s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 || negatedVerb(s, v) || x.question(s) || x.hypothetical(s, v) {
				continue
			}
			subj := s.child(v, "nsubj")
			participle := false
			if r := s.Tokens[v].Rel; subj < 0 && s.Tokens[v].XPOS == "VBG" && (r == "advcl" || r == "xcomp") && s.head(v) >= 0 {
				// "started the week visiting Dayton", "While campaigning in
				// Michigan, she met voters": the participle's doer is the
				// clause's subject
				subj, participle = s.child(s.head(v), "nsubj"), true
			}
			if subj < 0 {
				continue
			}
			p := x.npEntity(s, subj)
			if p < 0 || x.typeOf(p) != newsgraph.Person {
				continue
			}
			var places []int // the obliques and nominals that may name the place
			switch s.lemma[v] {
			case "hold", "give", "deliver", "stage", "host", "headline", "address":
				if o := s.child(v, "obj"); o >= 0 && gatheringNouns[s.lemma[o]] {
					places = append(places, s.kids[v]...)
					places = append(places, s.kids[o]...)
				}
			case "campaign", "tour", "rally", "stump":
				places = append(places, s.kids[v]...)
			case "visit":
				if o := s.child(v, "obj"); participle && o >= 0 {
					if e := x.entityAt(s, o); e >= 0 && e != p && x.typeOf(e) == newsgraph.Place {
						x.addFact(fact{s: p, o: e, pred: newsgraph.Visits, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.65, span: s.whole()})
					}
				}
			}
			for _, c := range s.kids[v] {
				// "At a press conference held in Doha, X said", "She
				// spoke at a rally in Erie"
				if s.Tokens[c].Rel == "obl" && (s.prep(c) == "at" || s.prep(c) == "during") && gatheringNouns[s.lemma[c]] {
					for _, a := range s.kids[c] {
						if s.Tokens[a].Rel == "acl" && s.lemma[a] == "hold" {
							places = append(places, s.kids[a]...)
						}
						if s.Tokens[a].Rel == "nmod" && s.prep(a) == "in" {
							places = append(places, a)
						}
					}
				}
			}
			for _, c := range places {
				if r := s.Tokens[c].Rel; r != "obl" && r != "nmod" || s.prep(c) != "in" {
					continue
				}
				if e := x.entityAt(s, c); e >= 0 && e != p && x.typeOf(e) == newsgraph.Place {
					x.addFact(fact{s: p, o: e, pred: newsgraph.Visits, raw: s.Tokens[v].Text + " in", sent: s.idx, conf: 0.65, span: s.whole()})
					break
				}
			}
		}
	}
}

// diedAtIn reads "X died at a hospital in the capital city Y": the verb's
// first oblique ("at a hospital") names no place, and the place is in a
// later one or inside it. Only where the sentence gave X no death place.
func (x *doc) diedAtIn() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			if l := s.lemma[v]; s.Tokens[v].UPOS != "VERB" || l != "die" && !killVerbs[l] && l != "shoot" && l != "stab" && l != "beat" {
				continue
			}
			if s.quote[v] >= 0 || negatedVerb(s, v) || x.question(s) || x.hypothetical(s, v) {
				continue
			}
			subj := -1
			switch {
			case s.lemma[v] == "die":
				subj = s.child(v, "nsubj")
				if h := s.head(v); subj < 0 && s.Tokens[v].Rel == "conj" && h >= 0 && h < v {
					subj = s.child(h, "nsubj") // "Harrow was 101 and died …": the first conjunct's subject
				}
			case killVerbs[s.lemma[v]] || (s.lemma[v] == "shoot" || s.lemma[v] == "stab" || s.lemma[v] == "beat") && deathAfter(s, v):
				subj = s.child(v, "nsubj:pass") // "was murdered in Y", "was shot dead in Y"
			}
			p := -1
			if subj < 0 && s.lemma[v] == "die" {
				p = x.apposedBefore(s, v) // "On Tuesday, X, the former president, died …", misparsed
				if p < 0 {
					continue
				}
			} else if subj < 0 {
				continue
			} else {
				p = x.npEntity(s, subj)
				if p < 0 || x.typeOf(p) != newsgraph.Person {
					p = x.nameBeforeVerb(s, subj, v) // "US singer, actor, and animal rights advocate Jane Doe died", misparsed
				}
			}
			if subj >= 0 && isRelPron(s.low[subj]) && strings.HasSuffix(s.Tokens[v].Rel, "relcl") {
				p = x.relativeAntecedent(s, v) // "X, a carpenter who died in Y"
			}
			if p < 0 || x.typeOf(p) != newsgraph.Person || x.hasFact(p, newsgraph.DiedIn, s.idx) {
				continue
			}
			var obls []int
			for _, c := range s.kids[v] {
				obls = append(obls, c)
				if r := s.Tokens[c].Rel; r == "obl:unmarked" || r == "obl:tmod" {
					obls = append(obls, s.kids[c]...) // "murdered last October in Y", the place hung on the time
				}
			}
			for _, c := range append([]int(nil), obls...) {
				if s.Tokens[c].Rel == "obl" && (s.prep(c) == "of" || s.prep(c) == "from") {
					for _, cc := range s.kids[c] {
						if s.Tokens[cc].Rel == "nmod" && (s.prep(cc) == "in" || s.prep(cc) == "at") {
							obls = append(obls, cc) // "died of pneumonia in Dunmore", the place hung on the cause
						}
					}
				}
			}
			for _, c := range obls {
				if r := s.Tokens[c].Rel; r != "obl" && r != "nmod" || s.prep(c) != "in" && s.prep(c) != "at" {
					continue
				}
				a, b := s.subtree(c)
				found := false
				for k := a; k < b; k++ {
					if e := x.entityAt(s, k); e >= 0 && e != p && x.typeOf(e) == newsgraph.Place {
						x.addFact(fact{s: p, o: e, pred: newsgraph.DiedIn, raw: "died " + s.prep(c), sent: s.idx, conf: 0.7, span: s.span(max(min(subj, v), 0), b)})
						found = true
						break
					}
				}
				if found {
					break
				}
			}
		}
	}
}

// apposedBefore returns the person named before verb v with only an
// apposition set off by commas between them ("X, the former president,
// died"), or -1.
func (x *doc) apposedBefore(s *sent, v int) int {
	k := v - 1
	if k < 0 || s.Tokens[k].Text != "," {
		return -1
	}
	for k--; k >= 0 && s.Tokens[k].Text != ","; k-- {
		if s.ment[k] >= 0 && x.ments[s.ment[k]].kind == mName && x.typeOf(x.ments[s.ment[k]].ent) == newsgraph.Person || s.Tokens[k].UPOS == "VERB" {
			return -1
		}
	}
	if k < 1 || s.ment[k-1] < 0 {
		return -1
	}
	if m := x.ments[s.ment[k-1]]; m.kind == mName && m.ent >= 0 && m.b == k && x.typeOf(m.ent) == newsgraph.Person {
		return m.ent
	}
	return -1
}

// killVerbs are verbs whose passive subject died ("was murdered in Y").
var killVerbs = map[string]bool{"kill": true, "murder": true, "assassinate": true, "slay": true, "execute": true, "behead": true}

// deathAfter reports whether verb v is followed by "dead" or "to death"
// ("was shot dead", "was stabbed to death").
func deathAfter(s *sent, v int) bool {
	return v+1 < len(s.Tokens) && s.low[v+1] == "dead" || v+2 < len(s.Tokens) && s.low[v+1] == "to" && s.low[v+2] == "death"
}

// relativeAntecedent returns the person a relative clause headed by v is
// about: the name its noun describes ("Tom Hale, a carpenter who died",
// "Ana Ruiz, one of the researchers who died"), or -1.
func (x *doc) relativeAntecedent(s *sent, v int) int {
	h := s.head(v)
	for d := 0; d < 3 && h >= 0; d++ {
		if e := x.entityAt(s, h); e >= 0 && x.ments[s.ment[h]].kind == mName {
			return e
		}
		if s.low[h] == "one" && h >= 2 && s.Tokens[h-1].Text == "," {
			if e := x.entityAt(s, h-2); e >= 0 && x.ments[s.ment[h-2]].kind == mName {
				return e // "X, one of the researchers who died", however the parse hangs "one"
			}
		}
		switch s.Tokens[h].Rel {
		case "appos", "nmod":
			h = s.head(h)
		default:
			return -1
		}
	}
	return -1
}

// bornSubject returns the person a fronted "Born X in Y, he …" is about:
// the subject pronoun's referent, but never the birth name X itself,
// which the resolver may take for the nearest antecedent; then the
// person of the story named most often before the sentence.
func (x *doc) bornSubject(s *sent, v, subj int) int {
	birth := -1
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel == "obj" || s.Tokens[c].Rel == "xcomp" {
			birth = x.entityAt(s, c)
		}
	}
	mi := s.ment[subj]
	if mi < 0 {
		return -1
	}
	m := x.ments[mi]
	if m.kind != mPron {
		return m.ent
	}
	if m.ent >= 0 && m.ent != birth {
		return m.ent
	}
	count := map[int]int{}
	for _, n := range x.ments {
		if n.kind == mName && n.s < s.idx && n.ent >= 0 && n.ent != birth && x.typeOf(n.ent) == newsgraph.Person && x.fitsEntity(m, n.ent) {
			count[n.ent]++
		}
	}
	best, ok, second := leader(count)
	if !ok || count[best] == second || count[best] < 2 && second > 0 {
		return -1
	}
	return best
}

// hasFact reports whether sentence si gave entity e a fact of pred as its
// subject.
func (x *doc) hasFact(e int, pred string, si int) bool {
	for _, f := range x.facts {
		if f.s == e && f.pred == pred && f.sent == si {
			return true
		}
	}
	return false
}

// legalVerbs are the verbs of what authorities do to a person, whose
// object the parser may lose in a long sentence ("Judge X sentenced Ohio
// man James Fields, now 22, to life in prison for …").
var legalVerbs = map[string]string{"sentence": newsgraph.Sentenced, "arrest": newsgraph.Arrested, "charge": newsgraph.Charged, "indict": newsgraph.Charged}

// lostObjects gives a legal verb with a subject and no object the person
// named right after it: its object, whatever the parse.
func (x *doc) lostObjects() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			pred, ok := legalVerbs[s.lemma[v]]
			if !ok || s.Tokens[v].UPOS != "VERB" || s.Tokens[v].XPOS == "VBN" || s.quote[v] >= 0 || s.child(v, "nsubj:pass") >= 0 {
				continue
			}
			if o := s.child(v, "obj"); o >= 0 && s.lemma[o] != "man" && s.lemma[o] != "woman" {
				continue
			}
			if neg, mod := x.negation(s, v); neg || mod != "" {
				continue
			}
			subj := s.child(v, "nsubj")
			if subj < 0 || subj > v {
				continue
			}
			agent := x.npEntity(s, subj)
			if agent < 0 || x.typeOf(agent) == newsgraph.Thing || x.hasFact(agent, pred, s.idx) {
				continue
			}
			// the next words: a person's name, after at most a place and
			// "man" or "woman" ("Ohio man James Fields")
			for k := v + 1; k < len(s.Tokens) && k <= v+4; k++ {
				if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName {
					if e := x.ments[mi].ent; e >= 0 && e != agent && x.typeOf(e) == newsgraph.Person {
						x.addFact(fact{s: agent, o: e, pred: pred, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.6})
						break
					}
					k = x.ments[mi].b - 1
					continue
				}
				if l := s.low[k]; l != "man" && l != "woman" && l != "men" && l != "women" && l != "teenager" && l != "resident" {
					break
				}
			}
		}
	}
}

// allegations reads "X alleged (that) Y had done Z" as X accusing Y: the
// subject of what is alleged is the accused.
func (x *doc) allegations() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			if s.lemma[v] != "allege" || s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 || s.child(v, "nsubj:pass") >= 0 {
				continue
			}
			if neg, mod := x.negation(s, v); neg || mod != "" {
				continue
			}
			subj := x.clauseSubject(s, v, 0)
			if subj < 0 {
				continue
			}
			sp := x.speakerEntity(s, subj)
			c := s.child(v, "ccomp")
			if p := s.child(v, "parataxis"); c < 0 && p > v {
				c = p // "alleged, by way of example, X had "…""
			}
			if sp < 0 || c < 0 {
				continue
			}
			a := s.child(c, "nsubj")
			if a < 0 {
				a = s.child(c, "nsubj:pass")
			}
			if a < 0 || s.ment[a] < 0 || x.ments[s.ment[a]].kind != mName {
				continue
			}
			if e := x.entityAt(s, a); e >= 0 && e != sp && x.typeOf(e) != newsgraph.Thing && x.typeOf(e) != newsgraph.Event {
				x.addFact(fact{s: sp, o: e, pred: newsgraph.Accused, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.6})
			}
		}
	}
}

// bodiesFound reads where a person died from where the body was found:
// "Park's body was found at Mount Bukak", "the body of Ivo Marsh was
// recovered in Tarsk" (not "near": that is not where).
func (x *doc) bodiesFound() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			switch s.lemma[v] {
			case "find", "discover", "recover", "locate":
			default:
				continue
			}
			if s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 {
				continue
			}
			b := s.child(v, "nsubj:pass")
			if b < 0 || s.lemma[b] != "body" && s.lemma[b] != "remains" {
				continue
			}
			p := -1
			for _, c := range s.kids[b] {
				if r := s.Tokens[c].Rel; r == "nmod:poss" || r == "nmod" && s.prep(c) == "of" {
					if e := x.npEntity(s, c); e >= 0 && x.typeOf(e) == newsgraph.Person {
						p = e
					}
				}
			}
			if neg, mod := x.negation(s, v); p < 0 || neg || mod != "" {
				continue
			}
			for _, c := range s.kids[v] {
				if s.Tokens[c].Rel != "obl" {
					continue
				}
				switch s.prep(c) {
				case "in", "at", "on", "inside":
				default:
					continue
				}
				if e := x.npEntity(s, c); e >= 0 && x.typeOf(e) == newsgraph.Place {
					x.addFact(fact{s: p, o: e, pred: newsgraph.DiedIn, raw: "body was found", sent: s.idx, conf: 0.6})
				}
			}
		}
	}
}

// enclosingPlaces returns the places that sentence si states place e lies
// in ("Lewisham, London").
func (x *doc) enclosingPlaces(e, si int) []int {
	var out []int
	for _, f := range x.facts {
		if f.pred == newsgraph.LocatedIn && f.s == e && f.sent == si {
			out = append(out, f.o)
		}
	}
	return out
}

// typeFits reports whether entity e's type is one the table allows for
// pred (every type when pred is not listed).
func typeFits(table map[string]string, pred string, e *entity) bool {
	want, ok := table[pred]
	if !ok {
		return true
	}
	if e.concept {
		return strings.Contains(want, "concept")
	}
	if pred == newsgraph.Met && sovereign(e) {
		return true // "Cyprus, Greece and Israel met": countries meet through their delegations
	}
	return strings.Contains(want, string(e.typ))
}

// possessorObject lists the predicates whose object may be the possessor
// of what the clause names: one condemns or accuses a person through their
// words or deeds.
var possessorObject = map[string]bool{newsgraph.Condemned: true, newsgraph.Accused: true, newsgraph.Thanked: true, newsgraph.Supported: true, newsgraph.Opposed: true}

// postNoun are nouns for a post ("resign leadership of the party").
var postNoun = map[string]bool{"leadership": true, "post": true, "position": true, "seat": true, "office": true, "chairmanship": true,
	"presidency": true, "role": true, "job": true, "membership": true, "chair": true}

// outlet reports whether entity e, written at token k of s, is a news
// outlet: called "the paper" or "the newspaper" there, or named with a
// press word last ("The Jakarta Post", "Sky News", "Wikinews").
func (x *doc) outlet(s *sent, k, e int) bool {
	if e < 0 || x.typeOf(e) != newsgraph.Organization {
		return false
	}
	if k >= 0 && k < len(s.Tokens) && outletNouns[s.lemma[k]] && !capitalised(s.Tokens[k].Text) {
		return true
	}
	last := strings.ToLower(lastWord(x.ents[e].name))
	switch last {
	case "times", "post", "press", "journal", "herald", "gazette", "tribune", "telegraph", "chronicle", "daily", "weekly", "magazine", "mail", "guardian",
		"independent", "observer", "courier", "examiner", "inquirer", "globe", "sun", "star", "mirror", "express", "standard", "bulletin", "ledger",
		"dispatch", "sentinel", "monitor", "reporter", "today", "radio", "tv", "television", "broadcasting":
		return true
	}
	return strings.HasSuffix(last, "news")
}

// relocateVerbs move an organization's seat rather than take anyone on
// a visit, when their subject is not a person.
var relocateVerbs = map[string]bool{"move": true, "relocate": true}

// carryVerbs take their object to a place rather than their subject
// ("return this flag to Earth", "send troops to Iraq").
var carryVerbs = map[string]bool{"return": true, "bring": true, "send": true, "take": true, "deliver": true, "ship": true,
	"transfer": true, "move": true, "carry": true, "deport": true, "extradite": true, "evacuate": true, "airlift": true}

// conductNouns are the nouns for what someone says or does, whose
// possessor is what a condemnation or support is about ("Biden's
// statement", "the minister's handling").
var conductNouns = map[string]bool{"statement": true, "remark": true, "comment": true, "word": true, "speech": true, "tweet": true,
	"claim": true, "call": true, "leadership": true, "handling": true, "response": true, "conduct": true, "behaviour": true,
	"behavior": true, "action": true, "decision": true, "stance": true, "position": true, "role": true, "rhetoric": true, "policy": true}

// awardName reports whether an entity's name is that of an award ("the
// Golden Anchor Prize", "a gold medal", "the title").
func awardName(name string) bool {
	head := lastWord(name)
	if ws := strings.Fields(name); len(ws) >= 3 {
		if i := slices.Index(ws[1:], "of"); i >= 0 {
			head = ws[i] // "Order of Valor", "Hero of the Soviet Union"
		}
	}
	switch strings.ToLower(head) {
	case "prize", "award", "awards", "medal", "trophy", "cup", "title", "honour", "honor", "oscar", "oscars", "emmy", "grammy", "grant",
		"scholarship", "fellowship", "championship", "belt", "crown", "seat", "seats", "nomination", "majority",
		"order", "cross", "star", "hero", "legion", "decoration":
		return true
	}
	return false
}

// isParty reports whether an organization's name is a party's.
func isParty(name string) bool {
	if _, ok := lexicon.Party(name); ok {
		return true
	}
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, "party") {
			return true
		}
	}
	return false
}

// negatedAbove reports whether a clause governing verb v is negated
// ("have not been successful in winning", "was not the candidate X
// backed", "did not say that …").
func (x *doc) negatedAbove(s *sent, v int) bool {
	k := v
	for d := 0; d < 6; d++ {
		r := s.Tokens[k].Rel
		if r != "xcomp" && r != "advcl" && r != "acl" && r != "acl:relcl" && r != "ccomp" && r != "csubj" {
			return false
		}
		if r == "ccomp" && s.head(k) >= 0 && lexicon.IsSpeechVerb(s.lemma[s.head(k)]) {
			return false // what was said is read as said
		}
		k = s.head(k)
		if k < 0 {
			return false
		}
		for _, c := range s.kids[k] {
			if s.Tokens[c].Rel == "advmod" && (s.low[c] == "not" || s.low[c] == "never" || s.low[c] == "n't") {
				return true
			}
		}
	}
	return false
}

// nounFrame returns the modality a noun governing verb v's clause gives it
// ("an allegation he assaulted her": reported; "the possibility that …":
// possible), or "".
func (x *doc) nounFrame(s *sent, v int) newsgraph.Modality {
	k := v
	for d := 0; d < 4; d++ {
		r := s.Tokens[k].Rel
		if r != "acl" && r != "ccomp" && r != "acl:relcl" && r != "advcl" && r != "xcomp" {
			return ""
		}
		below := k
		k = s.head(k)
		if k < 0 {
			return ""
		}
		if (r == "ccomp" || r == "advcl") && s.Tokens[k].UPOS == "VERB" && guessVerbs[s.lemma[k]] {
			return newsgraph.Possible // "I think he told her", "X predicts Y wins"
		}
		if r == "advcl" && s.Tokens[k].UPOS == "VERB" && lexicon.In(lexicon.Alleging, s.lemma[k]) && (s.prep(below) == "of" || s.prep(below) == "for") {
			return newsgraph.Reported // "accused Ruiz of saying she wanted to ban …"
		}
		if r == "advcl" {
			return ""
		}
		if s.Tokens[k].UPOS == "NOUN" {
			switch s.lemma[k] {
			case "allegation", "claim", "accusation", "report", "rumour", "rumor", "suspicion", "charge":
				return newsgraph.Reported
			case "possibility", "chance", "risk", "fear", "speculation", "theory", "question", "prospect", "threat", "idea", "plan", "hope":
				return newsgraph.Possible
			}
		}
	}
	return ""
}

// possessorOf returns the possessor token of nominal h ("Biden" of "Biden's
// statement"), or -1.
func possessorOf(s *sent, h int) int {
	if h < 0 {
		return -1
	}
	for _, c := range s.kids[h] {
		if s.Tokens[c].Rel == "nmod:poss" {
			return c
		}
	}
	return -1
}

// argEntity returns the entity an argument refers to: the mention at its
// head word (a name, description or pronoun), a name inside a compound
// head ("the Hamas leadership"), or the concept its phrase names; -1 when
// none.
// doerNouns name what someone does, which a relation to it is one to
// its doer ("an inquiry into the conduct of X").
var doerNouns = map[string]bool{"conduct": true, "action": true, "behavior": true, "behaviour": true, "activity": true, "dealings": true, "finances": true, "affairs": true}

// otherPersonCloser reports whether the sentence of pronoun mention m
// names a person other than the pronoun's antecedent, as a subject or an
// object, between the antecedent's last mention before the pronoun (or
// the sentence start) and the pronoun: the pronoun may refer to either.
func (x *doc) otherPersonCloser(s *sent, m *mention) bool {
	verb := s.head(m.head) // the pronoun's own verb: its subject is no object pronoun's referent ("May appointed him")
	other := false
	for k := 0; k < m.a; k++ {
		mi := s.ment[k]
		if mi < 0 || x.ments[mi].a != k || x.ments[mi].ent < 0 {
			continue
		}
		o := x.ments[mi]
		h := o.head
		for s.Tokens[h].Rel == "flat" && s.head(h) >= o.a && s.head(h) < o.b {
			h = s.head(h)
		}
		switch r := s.Tokens[h].Rel; {
		case o.ent == m.ent:
			other = false
		case o.kind == mName && x.typeOf(o.ent) == newsgraph.Person && (r == "nsubj" || r == "nsubj:pass" || r == "obj" || r == "iobj") &&
			!(strings.HasPrefix(r, "nsubj") && s.head(h) == verb && s.Tokens[m.head].Rel != "nsubj" && s.Tokens[m.head].Rel != "nsubj:pass"):
			// (a person in a prepositional phrase, "then with President
			// Trump, where he …", is no rival)
			other = true
		}
	}
	return other
}

func (x *doc) argEntity(s *sent, a clause.Arg, obj bool) int {
	h := a.Head
	if h < 0 || h >= len(s.Tokens) {
		return -1
	}
	if (prizeNouns[s.lemma[h]] || s.lemma[h] == "tournament" || s.lemma[h] == "race") && s.Tokens[h].UPOS == "NOUN" {
		// "won her first championship, the Orchid Junior Championship":
		// the prize the apposition names
		for _, c := range s.kids[h] {
			if c > h && s.Tokens[c].Rel == "appos" && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName {
				if e := x.ments[s.ment[c]].ent; e >= 0 && (x.typeOf(e) == newsgraph.Event || x.typeOf(e) == newsgraph.Thing) {
					return e
				}
			}
		}
	}
	if mi := s.ment[h]; mi >= 0 {
		m := x.ments[mi]
		if m.kind == mDesc {
			// "The exiting governor, Luis Ferreira, appointed …": the name
			// apposed to the description
			for _, c := range s.kids[h] {
				if c > h && s.Tokens[c].Rel == "appos" && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName {
					if p := x.ments[s.ment[c]].ent; p >= 0 && x.typeOf(p) == newsgraph.Person {
						return p
					}
				}
			}
		}
		if m.kind == mDesc && m.typ == newsgraph.Place {
			// "the town of Pandeglang", "the province of Banten": the
			// place named after "of", not the last place spoken of
			for _, c := range s.kids[h] {
				if c > h && s.Tokens[c].Rel == "nmod" && s.prep(c) == "of" {
					if e := x.entityAt(s, c); e >= 0 && x.typeOf(e) == newsgraph.Place {
						return e
					}
				}
			}
		}
		if m.kind == mPron && obj && (m.pron == "it" || m.pron == "its") && x.conceptVerb(s, a) {
			// "Israel has approved it": the concept last spoken of
			return x.recentConcept(m.s, m.a)
		}
		if m.ent >= 0 && m.kind == mPron && (m.pron == "they" || m.pron == "them" || m.pron == "their") && x.typeOf(m.ent) == newsgraph.Person {
			return -1 // "they" is not one person ("They worked for the Brigade", after naming her and two officers)
		}
		if m.ent >= 0 && m.kind == mPron && x.typeOf(m.ent) == newsgraph.Person && x.otherPersonCloser(s, m) {
			return -1 // "Trump accused Biden of saying he wanted to ban fracking": "he" may be either
		}
		if m.ent >= 0 {
			if m.kind == mName && isParty(x.ents[m.ent].name) && m.a >= 1 && (s.low[m.a-1] == "all" || s.low[m.a-1] == "both") {
				return -1 // "A and B, all Republicans, backed it": the people, not the party
			}
			if m.kind == mName && isParty(x.ents[m.ent].name) {
				if p := x.npEntity(s, h); p != m.ent {
					return p // "a Republican, Mark Amodei,": the person
				}
				if someMembers(s, h) {
					return -1 // "a Republican told": a member, not the party
				}
				return m.ent
			}
			if p := x.placePerson(s, mi); p >= 0 {
				return p // "sentenced Ohio man James Fields"
			}
			return m.ent
		}
		if m.kind == mConcept && obj {
			return x.conceptEntity(mi)
		}
		return -1
	}
	if p := x.personEndingRole(s, h); p >= 0 && !obj {
		return p // "Former Vice President of Freedonia Tom Smith won", parsed with the title as the subject
	}
	return x.npEntity(s, h)
}

// someMembers reports whether the party word at h names one member ("a
// Republican told …"), not the party. (The gold counts "231 Democrats
// supported the resolution" as the party's.)
func someMembers(s *sent, h int) bool {
	for _, c := range s.kids[h] {
		switch s.Tokens[c].Rel {
		case "det", "amod":
			switch s.low[c] {
			case "a", "an", "one", "another", "other", "some", "many", "several", "few", "most":
				return true // ("other Republicans have urged him")
			}
		}
	}
	return false
}

// recentConcept returns the entity of the last concept mentioned before
// token t of sentence si, within two sentences, or -1.
func (x *doc) recentConcept(si, t int) int {
	for mi := len(x.ments) - 1; mi >= 0; mi-- {
		m := x.ments[mi]
		if m.kind != mConcept || m.s > si || m.s == si && m.a >= t {
			continue
		}
		if m.s < si-2 {
			continue
		}
		return x.conceptEntity(mi)
	}
	return -1
}

// conceptEntity returns the entity of concept mention mi, making one, or
// joining the document's concept of the same class ("the plan" and "the
// proposal").
func (x *doc) conceptEntity(mi int) int {
	m := x.ments[mi]
	if m.ent >= 0 {
		return m.ent
	}
	if s := x.sents[m.s]; m.b-m.a == 2 && (s.low[m.a] == "the" || s.low[m.a] == "this") {
		if ei := x.namedInstrument(s, m.head); ei >= 0 {
			// "co-sponsored the bill": the bill the story named
			x.ments[mi].ent = ei
			x.ents[ei].ments = append(x.ents[ei].ments, mi)
			return ei
		}
	}
	class := lexicon.ConceptClass(m.desc)
	for ei, e := range x.ents {
		if x.introduced(m) {
			break // "an alternative deal" is another deal than the agreement before it
		}
		if e.concept && len(e.words) > 0 && lexicon.ConceptClass(e.words[len(e.words)-1]) == class && !lexicon.RankDiffers(strings.Fields(strings.ToLower(m.name)), e.words) {
			x.ments[mi].ent = ei
			e.ments = append(e.ments, mi)
			e.addAlias(m.name)
			if len(strings.Fields(m.name)) > len(strings.Fields(e.name)) {
				e.name = m.name
			}
			return ei
		}
	}
	e := &entity{name: m.name, typ: newsgraph.Thing, concept: true, first: x.sents[m.s].Tokens[m.a].Start}
	e.words = strings.Fields(m.name)
	e.aliases = []string{m.name}
	x.ents = append(x.ents, e)
	ei := len(x.ents) - 1
	x.ments[mi].ent = ei
	e.ments = append(e.ments, mi)
	return ei
}

// kindOf reports whether the noun at h names a kind of thing rather than
// a particular one: indefinite, with a relative clause saying which
// ("a budget that does not fund the wall").
func kindOf(s *sent, h int) bool {
	indef, rel := false, false
	for _, c := range s.kids[h] {
		switch {
		case s.Tokens[c].Rel == "det" && (s.low[c] == "a" || s.low[c] == "an" || s.low[c] == "any"):
			indef = true
		case s.Tokens[c].Rel == "acl:relcl" && c > h:
			rel = true
		}
	}
	return indef && rel
}

// introduced reports whether concept mention m introduces a thing of its
// own: indefinite and qualified ("an alternative deal", "a new plan").
func (x *doc) introduced(m *mention) bool {
	s := x.sents[m.s]
	det, mod := false, false
	for _, c := range s.kids[m.head] {
		if c > m.head {
			continue
		}
		switch s.Tokens[c].Rel {
		case "det":
			det = s.low[c] == "a" || s.low[c] == "an" || s.low[c] == "another"
		case "amod", "compound":
			mod = true
		}
	}
	return det && mod
}

// placeInside returns a place named inside an argument's phrase ("at a
// Frederick, Maryland assisted living facility"), or -1.
func (x *doc) placeInside(s *sent, a clause.Arg) int {
	first := -1
	for k := a.Start; k < a.End && k < len(s.Tokens); k++ {
		if e := x.entityAt(s, k); e >= 0 && x.ents[e].typ == newsgraph.Place {
			if !sovereign(x.ents[e]) {
				return e // the place within: "governor of the United States commonwealth of Puerto Rico"
			}
			if first < 0 {
				first = e
			}
		}
	}
	return first
}

// hypothetical reports whether verb v is asked about, wished for or stated
// as a condition or purpose: in a question, under "if", "whether" or
// "unless", or in a to-infinitive of purpose.
func (x *doc) hypothetical(s *sent, v int) bool {
	if last := s.Tokens[len(s.Tokens)-1].Text; last == "?" {
		return true
	}
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel == "advcl" {
			for _, cc := range s.kids[c] {
				if s.Tokens[cc].Rel == "mark" && (s.low[cc] == "if" || s.low[cc] == "unless") {
					return true // "will side with X if the claims are ambiguous"
				}
			}
		}
	}
	for d, k := 0, v; d < 8 && k >= 0; d++ {
		for _, c := range s.kids[k] {
			if s.Tokens[c].Rel == "mark" {
				switch s.low[c] {
				case "if", "whether", "unless", "lest":
					return true
				case "to":
					if r := s.Tokens[k].Rel; (r == "advcl" || r == "acl") && s.Tokens[v].UPOS == "VERB" {
						return true // "forces are in Iraq to defeat ISIS"
					}
				}
			}
		}
		r := s.Tokens[k].Rel
		if r == "root" || r == "parataxis" {
			break
		}
		k = s.head(k)
	}
	return false
}

// reported reports whether verb v lies in the clause reported by a speech
// verb ("X said Y attacked Z").
func (x *doc) reported(s *sent, v int) bool {
	for d, k := 0, v; d < 8 && k >= 0; d++ {
		if s.Tokens[k].Rel == "ccomp" {
			if h := s.head(k); h >= 0 && lexicon.IsSpeechVerb(s.lemma[h]) {
				return true
			}
		}
		k = s.head(k)
	}
	return false
}

// rawPredicate turns a relation's lemma ("pull out of") into a predicate
// name ("pull_out_of"): lower-case letters and digits joined by "_".
func rawPredicate(lemma string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(lemma) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		sep = true
	}
	return b.String()
}

// conceptVerb reports whether the predicate an object argument belongs to
// takes proposals and decisions as objects (accept, reject, propose,
// sign, support, oppose): "it" is then the concept last spoken of, else
// the entity.
func (x *doc) conceptVerb(s *sent, a clause.Arg) bool {
	h := s.head(a.Head)
	for d := 0; d < 3 && h >= 0; d++ {
		if s.Tokens[h].UPOS == "VERB" {
			switch s.lemma[h] {
			case "accept", "approve", "reject", "propose", "sign", "support", "oppose", "back", "endorse", "adopt", "ratify", "dismiss", "refuse", "welcome", "agree", "put", "table", "present":
				return true
			}
			return false
		}
		h = s.head(h)
	}
	return true
}

// speakerAbove returns the speaker of the speech verb whose reported
// clause holds token v, or -1.
func (x *doc) speakerAbove(s *sent, v int) int {
	for d, k := 0, s.head(v); d < 8 && k >= 0; d, k = d+1, s.head(k) {
		if s.Tokens[k].UPOS == "VERB" && lexicon.IsSpeechVerb(s.lemma[k]) {
			if subj := x.clauseSubject(s, k, 0); subj >= 0 {
				return x.speakerEntity(s, subj)
			}
			return -1
		}
	}
	return -1
}

// nameAfterVerb returns the entity named right after a relation's verb
// (after a determiner) when the parse made that name a modifier inside the
// object phrase rather than the object, else -1.
func (x *doc) nameAfterVerb(s *sent, r clause.Relation) int {
	k := r.Verb + 1
	if k < len(s.Tokens) && s.Tokens[k].UPOS == "DET" {
		k++
	}
	if k >= len(s.Tokens) || r.Obj.Head < 0 || s.Tokens[r.Verb].UPOS != "VERB" {
		return -1
	}
	mi := s.ment[k]
	if mi < 0 || x.ments[mi].kind != mName || x.ments[mi].a != k {
		return -1
	}
	m := x.ments[mi]
	if r.Obj.Head >= m.a && r.Obj.Head < m.b {
		return -1 // the parse agrees
	}
	h := s.head(m.head)
	if h != r.Obj.Head || s.Tokens[m.head].Rel != "nmod" && s.Tokens[m.head].Rel != "compound" || s.prep(m.head) != "" {
		return -1
	}
	return m.ent
}

// conceptObjects are the predicates whose object may be an unnamed thing
// that the clause names by a noun phrase ("won the gold medal", "ordered
// fire safety checks", "released a report").
var conceptObjects = map[string]bool{
	newsgraph.Accepted: true, newsgraph.Rejected: true, newsgraph.Proposed: true, newsgraph.Signed: true,
	newsgraph.Supported: true, newsgraph.Opposed: true, newsgraph.Won: true, newsgraph.Released: true,
	newsgraph.Ordered: true, newsgraph.Investigated: true, newsgraph.Banned: true, newsgraph.Condemned: true,
}

// performative returns the speaker of a quotation whose words do what
// they say, or -1: "I thank John for his service", "We condemn the
// attack", "I support the plan" — a first-person present verb of thanks,
// condemnation, support, opposition, acceptance or rejection, not negated
// nor asked, in a quotation attributed to a person ("I") or an
// organization ("we").
func (x *doc) performative(s *sent, r clause.Relation) int {
	if p := x.ownLife(s, r); p >= 0 {
		return p
	}
	switch r.Pred {
	case newsgraph.Thanked, newsgraph.Condemned, newsgraph.Supported, newsgraph.Opposed, newsgraph.Accepted, newsgraph.Rejected:
	default:
		return -1
	}
	q := x.quotes[s.quote[r.Verb]]
	if q.speaker < 0 || r.Negated || r.Passive || r.Subj.Head < 0 || s.Tokens[r.Verb].XPOS != "VBP" || x.question(s) {
		return -1
	}
	for _, c := range s.kids[r.Verb] {
		if s.Tokens[c].Rel == "aux" {
			return -1 // "I would support", "we will accept": not done by saying it
		}
	}
	switch s.low[r.Subj.Head] {
	case "i":
		if x.typeOf(q.speaker) == newsgraph.Person {
			return q.speaker
		}
	case "we":
		if x.typeOf(q.speaker) == newsgraph.Organization {
			return q.speaker
		}
	}
	return -1
}

// ownLife returns the speaker of an interview's answer whose "I" states
// a fact of the speaker's life or work ("I was born in Tanzania", "I
// founded Clearwater Labs", "I joined the party in 2004"), or -1.
func (x *doc) ownLife(s *sent, r clause.Relation) int {
	q := x.quotes[s.quote[r.Verb]]
	if q.how != "turn" || q.speaker < 0 || x.typeOf(q.speaker) != newsgraph.Person || r.Subj.Head < 0 || s.low[r.Subj.Head] != "i" {
		return -1
	}
	switch r.Pred {
	case newsgraph.BornIn:
	case newsgraph.Founded, newsgraph.MemberOf, newsgraph.Leads, newsgraph.Visits, newsgraph.Supported, newsgraph.Opposed, newsgraph.Resigned, newsgraph.Won, newsgraph.Met:
		if r.Passive {
			return -1
		}
	default:
		return -1
	}
	if r.Negated || x.question(s) || x.hypothetical(s, r.Verb) {
		return -1
	}
	for _, c := range s.kids[r.Verb] {
		if s.Tokens[c].Rel == "aux" && (s.low[c] == "would" || s.low[c] == "could" || s.low[c] == "might" || s.low[c] == "should" || s.low[c] == "may") {
			return -1 // "I would support it": not done
		}
	}
	if t := s.Tokens[r.Verb].Rel; t == "xcomp" || t == "advcl" || t == "csubj" {
		return -1 // "I want to visit", "when I visited": not stated as done
	}
	return q.speaker
}

// ownRoles reads the answers of an interview's speakers that give their
// own post: "I am a professor in the Department of Physics", "I was the
// director of the Calder Institute".
func (x *doc) ownRoles() {
	for _, t := range x.turns {
		q := x.quotes[t.q]
		if q.speaker < 0 || x.typeOf(q.speaker) != newsgraph.Person {
			continue
		}
		for si := q.from.s; si <= q.to.s && si < len(x.sents); si++ {
			s := x.sents[si]
			for k, tk := range s.Tokens {
				if tk.Text != "I" || tk.Rel != "nsubj" || s.quote[k] != t.q || x.question(s) {
					continue
				}
				np := s.head(k)
				if np < 0 || s.Tokens[np].UPOS != "NOUN" || s.child(np, "cop") < 0 || negatedVerb(s, np) {
					continue
				}
				x.roleNP(s, q.speaker, np)
			}
		}
	}
}

// phraseConcept returns a concept entity named by the noun phrase of an
// argument (its words without determiners, possessive pronouns, numbers
// and trailing punctuation), or -1 when the argument is not a common noun
// phrase.
func (x *doc) phraseConcept(s *sent, a clause.Arg) int {
	h := a.Head
	if h < 0 || h >= len(s.Tokens) || s.Tokens[h].UPOS != "NOUN" || a.Clause {
		return -1
	}
	if s.ment[h] >= 0 && x.ments[s.ment[h]].kind != mConcept {
		return -1 // a pronoun or a description: not a thing of its own
	}
	if d := s.child(h, "det"); d >= 0 {
		switch s.low[d] {
		case "any", "every", "each", "no", "all":
			return -1 // "criticized any space agency": no one thing
		}
	}
	start, end := a.Start, a.End
	owned := false
	for start < h && (s.Tokens[start].UPOS == "DET" || s.Tokens[start].XPOS == "PRP$" || s.isPunct(start)) {
		owned = owned || s.Tokens[start].XPOS == "PRP$"
		start++
	}
	for end > h+1 && (s.isPunct(end-1) || s.Tokens[end-1].UPOS == "ADP") {
		end--
	}
	if end-start > 8 {
		end = h + 1
	}
	for start < h && (s.low[start] == "both" || s.low[start] == "either" || s.low[start] == "all") {
		start++ // "supports both LGBT rights and gun rights"
	}
	for k := h + 1; k < end; k++ {
		if qi := s.quote[k]; qi >= 0 && x.quotes[qi].open.s == s.idx && x.quotes[qi].open.t == k-1 {
			// "the selection of a "woman of color."": the quotation whole
			if c := x.quotes[qi].close; c.s == s.idx && c.t+1 > end {
				end = c.t + 1
			}
			break
		}
		if s.low[k] == "as" || s.low[k] == "like" || s.low[k] == "such" || s.low[k] == "including" {
			// "criticized the commutation as an abuse of power": what it
			// was called is no part of it; nor an example ("drugs like
			// Portugal")
			end = k
			break
		}
	}
	for k := h + 1; k+1 < end; k++ {
		// "a summary of the call on Monday", "the report last week":
		// when it happened is no part of what it is
		if s.Tokens[k].UPOS == "ADP" && (s.low[k] == "on" || s.low[k] == "in" || s.low[k] == "at" || s.low[k] == "during") {
			if j := k + 1; lexicon.IsCalendar(s.Tokens[j].Text) || timeNoun(s.low[j]) || s.low[j] == "the" && j+1 < end && timeNoun(s.low[j+1]) || yearWord(s.Tokens[j].Text) {
				end = k
				break
			}
		}
		// "won the 400 metres hurdles in Doha": the place is where the
		// race was run, not part of its name (but "won the caucus in
		// American Samoa" says which caucus)
		if s.Tokens[k].UPOS == "ADP" && (s.low[k] == "in" || s.low[k] == "at") {
			if mi := s.ment[k+1]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Place && raceName(s, start, k) {
				end = k
				break
			}
		}
	}
	name := x.text(s, start, end)
	if m := medalName(s, h); m != "" {
		// "won gold", "the first gold of the championships", "the
		// Olympic silver medal": the medal, named as such
		name, end = m, h+1
	}
	if len(name) < 3 || lexicon.IsGenericVerb(s.lemma[h]) {
		return -1
	}
	switch s.lemma[h] {
	case "number", "lot", "couple", "dozen", "dozens", "hundreds", "thousands", "majority", "minority", "handful", "group", "host", "series":
		return -1 // "banned a number of female chess players": some people, no thing
	}
	if end-start == 1 && !lexicon.IsConceptHead(s.lemma[h]) && (owned || strings.HasSuffix(s.low[h], "ing")) {
		return -1 // "did not support his policies", "voting (twice)": which, the bare word does not say
	}
	key := lexicon.Fold(name)
	for ei, e := range x.ents {
		if e.concept && lexicon.Fold(e.name) == key {
			return ei
		}
	}
	typ := newsgraph.Thing
	if raceName(s, start, end) || (contestNouns[s.lemma[h]] || contestNouns[s.low[h]]) && properIn(s, start, end) {
		typ = newsgraph.Event // "the 400 metres hurdles": a race; "the Nevada caucuses", "the caucus in American Samoa": an election said which
	}
	e := &entity{name: name, typ: typ, concept: true, first: s.Tokens[start].Start}
	if typ == newsgraph.Event {
		e.sure = typ
	}
	e.words = strings.Fields(key)
	e.aliases = []string{name}
	e.extra = []newsgraph.Mention{{Span: s.span(start, end), Sentence: s.whole(), Text: name}}
	x.ents = append(x.ents, e)
	return len(x.ents) - 1
}

// specificWin reports whether the phrase of what was won says which: a
// named or numbered thing ("the 2019 title", "the Nobel Prize"), or a
// prize ("the gold medal", "gold", "the award"), but not the generic words
// of a contest ("the caucuses", "the eventual nomination", "her first
// championship").
func specificWin(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for _, w := range strings.Fields(name) {
		if capitalised(w) || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	if len(ws) == 0 || !prizeNouns[ws[len(ws)-1]] {
		return false
	}
	if len(ws) >= 2 {
		switch ws[len(ws)-2] {
		case "eventual", "first", "second", "third", "next", "another":
			return false
		}
	}
	return true
}

// question reports whether sentence s is a question.
func (x *doc) question(s *sent) bool {
	n := len(s.Tokens)
	for n > 0 && (quoteMark(s.Tokens[n-1].Text) != 0 || s.Tokens[n-1].Text == ")") {
		n--
	}
	return n > 0 && s.Tokens[n-1].Text == "?"
}

// raceName reports whether tokens [a, b) name a race by its distance
// ("the 400 metres hurdles", "the 100m freestyle", "the 10,000 metres").
func raceName(s *sent, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if s.Tokens[k].UPOS != "NUM" {
			continue
		}
		switch s.low[k+1] {
		case "metres", "meters", "metre", "meter", "m", "km", "kilometres", "kilometers", "miles", "mile", "yards":
			return true
		}
	}
	for k := a; k < b; k++ {
		if l := s.low[k]; strings.HasSuffix(l, "m") && len(l) > 1 && strings.Trim(l[:len(l)-1], "0123456789,") == "" {
			return true // "100m"
		}
	}
	return false
}

// placeOfEvent returns the place sentence si locates event ev in, or -1.
func (x *doc) placeOfEvent(ev, si int) int {
	for _, f := range x.facts {
		if f.s == ev && f.pred == newsgraph.LocatedIn && f.sent == si {
			return f.o
		}
	}
	return -1
}

// attackedFor reports whether the attack verb v gives its reason as
// conduct: "for accumulating wealth", "for his remarks", "over her
// comments", or says what it called the target ("as "witch hunt
// garbage""): a criticism; not "for hours" or "over the weekend".
func (x *doc) attackedFor(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		switch r := s.Tokens[c].Rel; {
		case r == "advcl" && s.Tokens[c].XPOS == "VBG" && (s.prep(c) == "for" || s.child(c, "mark") >= 0 && s.low[s.child(c, "mark")] == "for"):
			return true
		case (r == "obl" || r == "advcl") && (s.prep(c) == "for" || s.prep(c) == "over") && (conductNouns[s.lemma[c]] || criticisedNouns[s.lemma[c]]):
			return true
		case (r == "obl" || r == "advcl" || r == "xcomp") && s.prep(c) == "as" && s.child(c, "nsubj") < 0 || s.quote[c] >= 0 && c > v:
			return true // "attacked the inquiry as "witch hunt garbage"" (but "shoot a protester as demonstrations continue" is a time)
		}
	}
	return false
}

// criticisedNouns are what one is attacked in words for, besides conduct.
var criticisedNouns = map[string]bool{"record": true, "view": true, "failure": true, "silence": true, "approach": true}

// excepted reports whether entity ei is named in tokens [a, b) of s only
// after "other than", "except", "excluding" or "besides": left out of
// what the phrase names.
func (x *doc) excepted(s *sent, ei, a, b int) bool {
	if a < 0 || b > len(s.Tokens) {
		return false
	}
	named := false
	for k := a; k < b; k++ {
		if x.entityAt(s, k) != ei || k > a && x.entityAt(s, k-1) == ei {
			continue // (a name's first word only)
		}
		named = true
		j := k - 1
		for j >= a && (s.low[j] == "the" || s.isPunct(j)) {
			j--
		}
		if j < a || !(s.low[j] == "except" || s.low[j] == "excluding" || s.low[j] == "besides" || s.low[j] == "than" && j > 0 && (s.low[j-1] == "other" || s.low[j-1] == "rather")) {
			return false
		}
	}
	return named
}

// legislation are the nouns of what a lawmaker sponsors by proposing it.
var legislation = map[string]bool{"legislation": true, "measure": true, "resolution": true, "motion": true, "proposal": true, "reform": true, "initiative": true}

// contestNouns are the nouns of elections and contests: with a name in
// their phrase they are events ("the Nevada caucuses").
var contestNouns = map[string]bool{"caucus": true, "caucuses": true, "primary": true, "election": true, "by-election": true, "runoff": true, "referendum": true, "plebiscite": true,
	"tournament": true, "championship": true, "final": true, "race": true, "marathon": true, "derby": true, "cup": true}

// properIn reports whether tokens [a, b) of s hold a proper noun.
func properIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.Tokens[k].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// prizeVerbs are verbs that mean winning when their object is a prize
// ("took the silver medal", "claimed the title", "secured gold") and
// something else otherwise.
var prizeVerbs = map[string]bool{"take": true, "claim": true, "capture": true, "secure": true, "scoop": true, "bag": true, "grab": true, "collect": true, "land": true, "snatch": true}

// medalName returns "gold medal", "silver medal" or "bronze medal" when
// the noun at h is one ("gold", "the bronze medal"), and "" otherwise.
func medalName(s *sent, h int) string {
	metal := s.lemma[h]
	if metal == "medal" {
		metal = ""
		for _, c := range s.kids[h] {
			if l := s.lemma[c]; (l == "gold" || l == "silver" || l == "bronze") && c < h {
				metal = l
			}
		}
	}
	switch metal {
	case "gold", "silver", "bronze":
		return metal + " medal"
	}
	return ""
}

// prizeNouns name what a competition gives its winner.
var prizeNouns = map[string]bool{"medal": true, "prize": true, "award": true, "trophy": true, "title": true, "cup": true, "crown": true, "championship": true, "gold": true, "silver": true, "bronze": true}

// custody reads "police took X into custody", "X was taken into custody
// by police", "held X in custody": they arrested X.
// lostTo reads "X lost (the nomination) to Y" as Y defeated X: a
// contest lost to a named rival.
func (x *doc) lostTo() {
	for _, s := range x.sents {
		if s.heading || s.caption() {
			continue
		}
		for v := range s.Tokens {
			if s.lemma[v] != "lose" || s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 || negatedVerb(s, v) || x.question(s) || x.hypothetical(s, v) {
				continue
			}
			winner := -1
			for _, c := range s.kids[v] {
				if s.Tokens[c].Rel == "obl" && s.prep(c) == "to" {
					winner = x.npEntity(s, c)
				}
				if s.Tokens[c].Rel == "obj" {
					// "lost the nomination in 2016 to Y", "to Y" hung on
					// what was lost
					for _, cc := range s.kids[c] {
						if s.Tokens[cc].Rel == "nmod" && s.prep(cc) == "to" && winner < 0 {
							winner = x.npEntity(s, cc)
						}
					}
				}
			}
			subj := x.clauseSubject(s, v, 0)
			if winner < 0 || subj < 0 {
				continue
			}
			loser := x.npEntity(s, subj)
			if loser < 0 || loser == winner {
				continue
			}
			if t, u := x.typeOf(winner), x.typeOf(loser); (t != newsgraph.Person && t != newsgraph.Organization) || t != u {
				continue // (a person to a person, a team to a team; "lost his sight to the disease" says no rival)
			}
			x.addFact(fact{s: winner, o: loser, pred: newsgraph.Defeated, raw: s.Tokens[v].Text + " to", sent: s.idx, conf: 0.65, span: s.whole()})
		}
	}
}

// amongTheDead reads "X was among the people killed in the attack in Y"
// and "X and Z were among the migrants who died in a storm on the Sea": the
// people named died where the dead of the group did.
func (x *doc) amongTheDead() {
	for _, s := range x.sents {
		if s.heading || x.question(s) {
			continue
		}
		for k := range s.Tokens {
			if s.low[k] != "among" || s.Tokens[k].UPOS != "ADP" || s.quote[k] >= 0 {
				continue
			}
			n := s.head(k)
			if n < 0 || s.Tokens[n].UPOS != "NOUN" && s.Tokens[n].UPOS != "PRON" {
				continue
			}
			subj := s.child(n, "nsubj")
			if subj < 0 || s.child(n, "cop") < 0 {
				continue
			}
			for _, v := range s.kids[n] {
				if r := s.Tokens[v].Rel; r != "acl" && r != "acl:relcl" || !deathVerbs[s.lemma[v]] || negatedVerb(s, v) {
					continue
				}
				_, b := s.subtree(v)
				place := -1
				for j := v + 1; j < b && place < 0; j++ {
					if o := x.entityAt(s, j); o >= 0 && x.typeOf(o) == newsgraph.Place {
						place = o
					}
				}
				if place < 0 {
					continue
				}
				for _, c := range conjuncts(s, subj) {
					if p := x.npEntity(s, c); p >= 0 && x.typeOf(p) == newsgraph.Person {
						x.addFact(fact{s: p, o: place, pred: newsgraph.DiedIn, raw: "among … " + s.Tokens[v].Text, sent: s.idx, conf: 0.6, span: s.whole()})
					}
				}
			}
		}
	}
}

// deathVerbs are the verbs of dying.
var deathVerbs = map[string]bool{"die": true, "kill": true, "perish": true, "drown": true}

// actingSites types as organizations the sites named as institutions
// that speak or publish ("a study released by the Florida Museum of
// Natural History"): the institution, not its building.
func (x *doc) actingSites() {
	for _, f := range x.facts {
		if f.pred != newsgraph.Said && f.pred != newsgraph.Released && f.pred != newsgraph.Told {
			continue
		}
		e := x.ents[f.s]
		if e.typ != newsgraph.Place || e.sure != "" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.name)) {
			if institutionSites[w] {
				e.vote(newsgraph.Organization, 6)
				break
			}
		}
	}
}

// institutionSites are the words of the names of places that are also
// institutions.
var institutionSites = map[string]bool{"museum": true, "zoo": true, "library": true, "observatory": true, "aquarium": true, "gallery": true, "laboratory": true}

// sportsSides types as organizations the towns that play each other:
// one town defeats another only as its club ("Maroochydore defeated
// Caboolture 43–5"), and a game or match is between clubs ("a game
// between Oklahoma City and the Utah Jazz"). Countries stay places, as
// the guide has it.
func (x *doc) sportsSides() {
	town := func(ei int) bool {
		e := x.ents[ei]
		return e.typ == newsgraph.Place && e.sure == "" && !x.isCountryOrRegion(e)
	}
	side := func(ei int) bool { return town(ei) || x.ents[ei].typ == newsgraph.Organization }
	for _, f := range x.facts {
		if f.pred == newsgraph.Defeated && side(f.s) && side(f.o) {
			for _, ei := range []int{f.s, f.o} {
				if town(ei) {
					x.ents[ei].vote(newsgraph.Organization, 6)
				}
			}
		}
	}
	for _, s := range x.sents {
		for k := range s.Tokens {
			if s.low[k] != "game" && s.low[k] != "match" && s.low[k] != "matches" && s.low[k] != "games" {
				continue
			}
			btw := -1
			for j := k + 1; j < len(s.Tokens) && j <= k+4 && !s.isPunct(j); j++ {
				if s.low[j] == "between" {
					btw = j // ("a game on Wednesday between X and Y")
					break
				}
			}
			if btw >= 0 {
				var sides []int
				for j := btw + 1; j < len(s.Tokens) && j < btw+15 && len(sides) < 2; j++ {
					if mi := s.ment[j]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && (len(sides) == 0 || sides[len(sides)-1] != x.ments[mi].ent) {
						sides = append(sides, x.ments[mi].ent)
					}
				}
				if len(sides) == 2 {
					league := -1
					for _, c := range s.kids[k] {
						if s.Tokens[c].Rel == "compound" && c < k {
							if o := x.entityAt(s, c); o >= 0 && x.typeOf(o) == newsgraph.Organization && o != sides[0] && o != sides[1] {
								league = o // "an NBA game between X and Y": both play in the NBA
							}
						}
					}
					for _, ei := range sides {
						if town(ei) {
							x.ents[ei].vote(newsgraph.Organization, 6)
						}
						if league >= 0 && (town(ei) || x.typeOf(ei) == newsgraph.Organization) {
							x.addFact(fact{s: ei, o: league, pred: newsgraph.MemberOf, raw: s.Tokens[k].Text, sent: s.idx, conf: 0.6, span: s.whole()})
						}
					}
				}
			}
		}
	}
}

func (x *doc) custody() {
	for _, s := range x.sents {
		if s.heading || s.caption() {
			continue
		}
		for v := range s.Tokens {
			switch s.lemma[v] {
			case "take", "put", "place", "remand", "hold":
			default:
				continue
			}
			if s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 || x.question(s) {
				continue
			}
			held := false
			for _, c := range s.kids[v] {
				held = held || s.Tokens[c].Rel == "obl" && s.lemma[c] == "custody" && (s.prep(c) == "into" || s.prep(c) == "in")
			}
			if !held || negatedVerb(s, v) {
				continue
			}
			agent, held2 := s.child(v, "nsubj"), s.child(v, "obj")
			if p := s.child(v, "nsubj:pass"); p >= 0 {
				agent, held2 = -1, p
				for _, c := range s.kids[v] {
					if s.Tokens[c].Rel == "obl:agent" || s.Tokens[c].Rel == "obl" && s.prep(c) == "by" {
						agent = c
					}
				}
			}
			if agent < 0 || held2 < 0 {
				continue
			}
			a, h := x.npEntity(s, agent), x.npEntity(s, held2)
			if a < 0 || h < 0 || a == h || x.typeOf(h) != newsgraph.Person || x.typeOf(a) != newsgraph.Organization && x.typeOf(a) != newsgraph.Person {
				continue
			}
			x.addFact(fact{s: a, o: h, pred: newsgraph.Arrested, raw: s.Tokens[v].Text + " into custody", sent: s.idx, conf: 0.7, span: s.whole()})
		}
	}
}

// prizesGone reads "the bronze medal went to X" and "the award goes to
// X": X won the prize.
func (x *doc) prizesGone() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			if s.lemma[v] != "go" || s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 {
				continue
			}
			subj := s.child(v, "nsubj")
			if subj < 0 {
				continue
			}
			for _, c := range s.kids[v] {
				if s.Tokens[c].Rel != "obl" || s.prep(c) != "to" {
					continue
				}
				w := x.npEntity(s, c)
				if !x.actor(w) {
					continue
				}
				for _, p := range conjuncts(s, subj) {
					if !prizeNouns[s.lemma[p]] {
						continue
					}
					prize := -1
					if e := x.entityAt(s, p); e >= 0 && x.ments[s.ment[p]].kind == mName {
						prize = e
					} else {
						a := p
						for a > 0 && s.head(a-1) == p && s.Tokens[a-1].Rel != "cc" && !s.isPunct(a-1) {
							a--
						}
						prize = x.phraseConcept(s, clause.Arg{Head: p, Start: a, End: p + 1})
					}
					if prize >= 0 {
						x.addFact(fact{s: w, o: prize, pred: newsgraph.Won, raw: "went to", sent: s.idx, conf: 0.7, span: s.whole()})
					}
				}
			}
		}
	}
}

// nameBeforeVerb returns the person whose name ends the subject phrase of
// verb v right before it (adverbs aside) when the parse made another word
// of the phrase its head ("animal rights advocate Jane Doe died", with
// "rights" as the subject), or -1.
func (x *doc) nameBeforeVerb(s *sent, subj, v int) int {
	a, b := s.subtree(subj)
	k := v - 1
	for k > subj && s.Tokens[k].UPOS == "ADV" {
		k--
	}
	if k < a || k >= b || k < subj {
		return -1
	}
	mi := s.ment[k]
	if mi < 0 || x.ments[mi].kind != mName || x.ments[mi].b != k+1 || x.ments[mi].ent < 0 || x.typeOf(x.ments[mi].ent) != newsgraph.Person {
		return -1
	}
	return x.ments[mi].ent
}

// personalService are the verbs and nouns by which a person serves a body
// ("wrestled for", "writes for", "her debut for"): their subject is a
// person.
var personalService = map[string]bool{"play": true, "wrestle": true, "race": true, "write": true, "report": true, "debut": true}

// seaName reports whether a name is a sea's, an ocean's, a gulf's or a
// strait's ("Gulf of Mexico", "Atlantic Ocean", "Strait of Hormuz").
func seaName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	for _, w := range []string{ws[0], ws[len(ws)-1]} {
		switch w {
		case "ocean", "sea", "gulf", "strait", "straits":
			return true // (but a bay may lie in one country: "False Bay", "Hawke's Bay")
		}
	}
	return false
}

// champions reads "X is a two-time Silver Crown champion", "X, the
// reigning Harbor Cup champion," and "Harbor Cup champion X": X won what
// the name before "champion" or "winner" names.
func (x *doc) champions() {
	for _, s := range x.sents {
		for k := 1; k < len(s.Tokens); k++ {
			if (s.lemma[k] != "champion" && s.lemma[k] != "winner") || s.Tokens[k].UPOS != "NOUN" || s.quote[k] >= 0 || hasNeg(s, k) {
				continue
			}
			won := -1
			for _, c := range s.kids[k] {
				if c < k && s.Tokens[c].Rel == "compound" && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName && x.ments[s.ment[c]].b == k {
					if e := x.ments[s.ment[c]].ent; e >= 0 && (x.typeOf(e) == newsgraph.Event || x.typeOf(e) == newsgraph.Thing) {
						won = e
					}
				}
			}
			if won < 0 {
				continue
			}
			p := -1
			switch {
			case s.child(k, "cop") >= 0 && s.child(k, "nsubj") >= 0:
				p = x.npEntity(s, s.child(k, "nsubj")) // "X is a two-time … champion"
			case s.Tokens[k].Rel == "appos" && s.head(k) >= 0:
				p = x.entityAt(s, s.head(k)) // "X, the reigning … champion,"
			case k+1 < len(s.Tokens) && s.ment[k+1] >= 0 && x.ments[s.ment[k+1]].kind == mName && x.ments[s.ment[k+1]].a == k+1:
				p = x.ments[s.ment[k+1]].ent // "Harbor Cup champion Ana Ruiz"
			}
			if !x.actor(p) {
				continue
			}
			x.addFact(fact{s: p, o: won, pred: newsgraph.Won, raw: s.Tokens[k].Text, sent: s.idx, conf: 0.7, span: s.whole()})
		}
	}
}

// instrumentHeads are, for a noun for a law or an agreement, the last
// words of the names it can stand for ("the bill": "Clean Harbors Bill",
// "Clean Harbors Act").
var instrumentHeads = map[string][]string{"bill": {"bill", "act"}, "act": {"act"}, "law": {"act", "law", "bill"}, "treaty": {"treaty", "accord", "agreement", "convention"},
	"agreement": {"agreement", "accord", "treaty", "deal"}, "accord": {"accord", "agreement"}, "deal": {"deal", "agreement", "accord"}, "amendment": {"amendment"}}

// namedInstrument returns the law or agreement that "the bill" at token h
// of s stands for: the last one named before it, as a Thing whose name
// ends in a word the noun can stand for (a year or a number after it
// read through: "Reform Bill 2019"), or -1.
func (x *doc) namedInstrument(s *sent, h int) int {
	heads := instrumentHeads[s.lemma[h]]
	if heads == nil {
		return -1
	}
	at := s.Tokens[h].Start
	best, bestAt := -1, -1
	for ei, e := range x.ents {
		if e.quote || e.concept || x.typeOf(ei) != newsgraph.Thing || e.first >= at || len(e.words) < 2 {
			continue
		}
		last := e.words[len(e.words)-1]
		if yearWord(last) || isDigits(last) {
			last = e.words[len(e.words)-2]
		}
		if slices.Contains(heads, last) && e.first > bestAt {
			best, bestAt = ei, e.first
		}
	}
	return best
}

// placedBefore returns the organization named just before the comma that
// comes before place subject token k (its entity pl), when the document
// places that organization in pl ("the Parliament of Westmark (WM),
// Norland"); -2 when the name before is another place that pl locates
// (the subject lost in between), else -1.
func (x *doc) placedBefore(s *sent, k, pl int) int {
	m := s.ment[k]
	if m < 0 || x.ments[m].a < 2 || s.Tokens[x.ments[m].a-1].Text != "," {
		return -1
	}
	j := x.ments[m].a - 2
	if s.Tokens[j].Text == ")" {
		for j > 0 && s.Tokens[j].Text != "(" {
			j--
		}
		j-- // (its acronym in brackets)
	}
	if j < 0 {
		return -1
	}
	o := x.coveringName(s, j)
	if o < 0 {
		return -1
	}
	for _, f := range x.facts {
		if f.pred == newsgraph.LocatedIn && f.s == o && f.o == pl {
			if x.typeOf(o) != newsgraph.Organization {
				return -2
			}
			return o
		}
	}
	return -1
}

// suitsFiled adds the lawsuits a nominal phrase tells of: "a lawsuit filed
// by Brindle Motors against Kestrel Bank" (sued), however the parse hangs
// "against".
func (x *doc) suitsFiled() {
	for _, s := range x.sents {
		for k := range s.Tokens {
			if s.Tokens[k].UPOS != "NOUN" || s.lemma[k] != "lawsuit" && s.lemma[k] != "suit" || s.quote[k] >= 0 {
				continue
			}
			plaintiff := -1
			for _, c := range s.kids[k] {
				if s.Tokens[c].Rel == "acl" && (s.lemma[c] == "file" || s.lemma[c] == "bring" || s.lemma[c] == "lodge") && !hasNeg(s, c) {
					for _, a := range s.kids[c] {
						if r := s.Tokens[a].Rel; r == "obl:agent" || r == "obl" && s.prep(a) == "by" {
							plaintiff = x.npEntity(s, a)
						}
					}
				}
				if s.Tokens[c].Rel == "nmod" && s.prep(c) == "by" {
					plaintiff = x.npEntity(s, c)
				}
			}
			if plaintiff < 0 || !x.actor(plaintiff) && x.typeOf(plaintiff) != newsgraph.Place {
				continue
			}
			_, b := s.subtree(k)
			for j := k + 1; j+1 < b; j++ {
				if s.low[j] != "against" {
					continue
				}
				if d := x.entityAt(s, j+1); d >= 0 && d != plaintiff && !x.ents[d].concept && !x.ents[d].quote && x.typeOf(d) != newsgraph.Thing && x.typeOf(d) != newsgraph.Event {
					x.addFact(fact{s: plaintiff, o: d, pred: newsgraph.Sued, raw: s.Tokens[k].Text, sent: s.idx, conf: 0.7, span: s.whole()})
				}
				break
			}
		}
	}
}

// thanksQuoted adds the thanks a quotation gives: "Thank you [Sam
// Hollis] for …", "Thank you, Port Alder!" thank whom they name, and the
// speaker thanks.
func (x *doc) thanksQuoted() {
	for qi, q := range x.quotes {
		if q.speaker < 0 || q.from.s < 0 || q.from.s != q.to.s || x.typeOf(q.speaker) != newsgraph.Person && x.typeOf(q.speaker) != newsgraph.Organization {
			continue
		}
		s := x.sents[q.from.s]
		for k := q.from.t; k+2 <= q.to.t; k++ {
			if s.low[k] != "thank" || s.low[k+1] != "you" || s.quote[k] != qi {
				continue
			}
			j := k + 2
			for j <= q.to.t && (s.Tokens[j].Text == "," || s.Tokens[j].Text == "[" || s.low[j] == "so" || s.low[j] == "very" || s.low[j] == "much") {
				j++
			}
			if e := x.coveringName(s, j); j <= q.to.t && e >= 0 && e != q.speaker && (x.typeOf(e) == newsgraph.Person || x.typeOf(e) == newsgraph.Organization || x.typeOf(e) == newsgraph.Place) {
				x.addFact(fact{s: q.speaker, o: e, pred: newsgraph.Thanked, raw: "thank you", sent: s.idx, conf: 0.7, span: s.whole()})
			}
			break
		}
	}
}

// actor reports whether entity ei is one who can act: a person or an
// organization.
func (x *doc) actor(ei int) bool {
	return ei >= 0 && (x.typeOf(ei) == newsgraph.Person || x.typeOf(ei) == newsgraph.Organization)
}

// ordersGiven adds what an order's clause is about: "ordered the
// Capitol's flags be lowered", "ordered the plant closed" (ordered, the
// subject of the ordered clause as the object).
func (x *doc) ordersGiven() {
	for _, s := range x.sents {
		for v := range s.Tokens {
			if s.lemma[v] == "declare" && s.Tokens[v].UPOS == "VERB" && s.quote[v] < 0 && !hasNeg(s, v) {
				x.declaredOrder(s, v) // "declared tomorrow a day of mourning"
				continue
			}
			if s.lemma[v] != "order" || s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 || hasNeg(s, v) || s.child(v, "obj") >= 0 {
				continue
			}
			c := s.child(v, "ccomp")
			if c < 0 || s.child(c, "mark") >= 0 {
				continue // ("ordered that …": a statement's clause, read as one)
			}
			o := s.child(c, "nsubj:pass")
			if o < 0 || s.Tokens[o].UPOS != "NOUN" {
				continue
			}
			subj := x.clauseSubject(s, v, 0)
			if subj < 0 {
				continue
			}
			sp := x.npEntity(s, subj)
			if !x.actor(sp) {
				continue
			}
			a, _ := s.subtree(o)
			if e := x.phraseConcept(s, clause.Arg{Head: o, Start: a, End: o + 1}); e >= 0 && e != sp {
				x.addFact(fact{s: sp, o: e, pred: newsgraph.Ordered, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.7, span: s.whole()})
			}
		}
	}
}

// declaredOrder adds what declaring orders: a day of mourning, a state
// of emergency, a curfew, a lockdown, a holiday (ordered, by the one who
// declares it).
func (x *doc) declaredOrder(s *sent, v int) {
	o := -1
	for _, c := range s.kids[v] {
		if r := s.Tokens[c].Rel; (r == "obj" || r == "obl:unmarked") && s.Tokens[c].UPOS == "NOUN" && declaredOrders[s.lemma[c]] {
			o = c
		}
		if r := s.Tokens[c].Rel; r == "aux" && s.Tokens[c].XPOS == "MD" || r == "xcomp" {
			return // "may declare a state of emergency": not done; "declared the outbreak an emergency": no order
		}
	}
	if r := s.Tokens[v].Rel; r == "xcomp" || r == "ccomp" && s.child(v, "nsubj") < 0 {
		return // "threatened to declare …"
	}
	if o < 0 || s.lemma[o] == "day" && !(s.child(o, "nmod") >= 0 && s.lemma[s.child(o, "nmod")] == "mourning") {
		return // (a day only of mourning: "declared it the best day")
	}
	subj := x.clauseSubject(s, v, 0)
	if subj < 0 {
		return
	}
	sp := x.npEntity(s, subj)
	if !x.actor(sp) {
		return
	}
	a, b := o, o+1
	for _, c := range s.kids[o] {
		if r := s.Tokens[c].Rel; c < o && (r == "det" || r == "amod" || r == "compound") {
			a = min(a, c)
		}
		if s.Tokens[c].Rel == "nmod" && s.prep(c) == "of" && c > o {
			_, b = s.subtree(c) // "a day of mourning", "a state of emergency" (not "… in anticipation of Dorian")
		}
	}
	if e := x.phraseConcept(s, clause.Arg{Head: o, Start: a, End: b}); e >= 0 && e != sp {
		x.addFact(fact{s: sp, o: e, pred: newsgraph.Ordered, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.7, span: s.whole()})
	}
}

// declaredOrders are the nouns of what a declaration orders.
var declaredOrders = map[string]bool{"day": true, "emergency": true, "state": true, "curfew": true, "lockdown": true, "quarantine": true, "holiday": true}

// withMembers reads the members a party's group names with "with":
// "Republican Representatives attacked the inquiry, with A of X calling
// it … and B of Y calling …": A and B are members of the party.
func (x *doc) withMembers() {
	for _, s := range x.sents {
		root := -1
		for k := range s.Tokens {
			if s.Tokens[k].Rel == "root" {
				root = k
			}
		}
		if root < 0 || s.quote[root] >= 0 {
			continue
		}
		g := s.child(root, "nsubj")
		if g < 0 || s.Tokens[g].XPOS != "NNS" || s.Tokens[g].UPOS != "NOUN" && s.Tokens[g].UPOS != "PROPN" {
			continue
		}
		party := -1 // "Republican Representatives", "Democratic senators", "Republicans"
		if _, ok := lexicon.Party(s.Tokens[g].Text); ok {
			party = g
		}
		for _, c := range s.kids[g] {
			if _, ok := lexicon.Party(s.Tokens[c].Text); ok && c < g && (s.Tokens[c].Rel == "amod" || s.Tokens[c].Rel == "compound") {
				party = c
			}
		}
		if party < 0 || party != g && !groupMemberNouns[s.lemma[g]] {
			continue
		}
		for k := range s.Tokens {
			if k <= g || s.child(k, "case") < 0 || s.low[s.child(k, "case")] != "with" || !x.personNamed(s, k) {
				continue
			}
			if !hasVerbChild(s, k) {
				continue // "with A calling …": the absolute clause of one of them
			}
			pe := x.partyEntity(s, party)
			// every name after "with" that a participle follows ("A of X
			// calling …, and B of Y calling …"), however the parse joins them
			for j := k; j < len(s.Tokens); j++ {
				mi := s.ment[j]
				if mi < 0 || x.ments[mi].kind != mName || x.ments[mi].a != j {
					continue
				}
				p := x.ments[mi].ent
				e := x.ments[mi].b
				if e+1 < len(s.Tokens) && s.low[e] == "of" && s.ment[e+1] >= 0 {
					e = x.ments[s.ment[e+1]].b // ("of Louisiana")
				}
				if p >= 0 && p != pe && x.typeOf(p) == newsgraph.Person && e < len(s.Tokens) && s.Tokens[e].XPOS == "VBG" {
					x.addFact(fact{s: p, o: pe, pred: newsgraph.MemberOf, raw: s.Tokens[party].Text, sent: s.idx, conf: 0.6, span: s.whole()})
				}
				j = e - 1 // (past the place after "of" too)
			}
			break
		}
	}
}

// groupMemberNouns are the plural nouns for the members of a party's group.
var groupMemberNouns = map[string]bool{"representative": true, "senator": true, "member": true, "lawmaker": true, "legislator": true,
	"congressman": true, "congresswoman": true, "politician": true, "leader": true, "candidate": true, "mp": true, "delegate": true}

// hasVerbChild reports whether token k has a participle of its own (the
// verb of an absolute clause: "with A calling …").
func hasVerbChild(s *sent, k int) bool {
	for _, c := range s.kids[k] {
		if r := s.Tokens[c].Rel; (r == "acl" || r == "advcl") && s.Tokens[c].UPOS == "VERB" && s.Tokens[c].XPOS == "VBG" {
			return true
		}
	}
	for _, c := range conjuncts(s, k)[1:] {
		for _, cc := range s.kids[c] {
			if r := s.Tokens[cc].Rel; (r == "acl" || r == "advcl") && s.Tokens[cc].XPOS == "VBG" {
				return true
			}
		}
	}
	return false
}

// accoladesWon adds the honours a list of someone's awards includes:
// "Her accolades include the Brindle Prize and the Kestrel Award".
func (x *doc) accoladesWon() {
	for _, s := range x.sents {
		for v := range s.Tokens {
			if s.lemma[v] != "include" || s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 || hasNeg(s, v) {
				continue
			}
			subj := s.child(v, "nsubj")
			if subj < 0 || !accoladeNouns[s.lemma[subj]] {
				continue
			}
			p := possessorOf(s, subj)
			if p < 0 {
				continue
			}
			w := x.entityAt(s, p)
			if !x.actor(w) {
				continue
			}
			o := s.child(v, "obj")
			if o < 0 {
				continue
			}
			for _, c := range conjuncts(s, o) {
				if e := x.coveringName(s, c); e >= 0 && e != w && (x.typeOf(e) == newsgraph.Thing || x.typeOf(e) == newsgraph.Event) {
					x.addFact(fact{s: w, o: e, pred: newsgraph.Won, raw: s.Tokens[subj].Text, sent: s.idx, conf: 0.7, span: s.whole()})
				}
			}
		}
	}
}

// accoladeNouns are the nouns for the honours someone has won.
var accoladeNouns = map[string]bool{"accolade": true, "award": true, "honour": true, "honor": true, "prize": true, "title": true, "trophy": true}

// titlesWon adds the honours someone is named, voted or crowned: "Jane
// Doe was named Best Actress", "the club was voted Team of the Year".
func (x *doc) titlesWon() {
	for _, s := range x.sents {
		for v := range s.Tokens {
			t := x.honourNamed(s, v)
			if t < 0 || s.quote[v] >= 0 || hasNeg(s, v) {
				continue
			}
			p := x.npEntity(s, s.child(v, "nsubj:pass"))
			if !x.actor(p) {
				continue
			}
			a, b := s.subtree(t)
			o := -1
			for k := a; k < b && o < 0; k++ {
				if e := x.coveringName(s, k); e >= 0 && (x.typeOf(e) == newsgraph.Thing || x.typeOf(e) == newsgraph.Event) {
					o = e
				}
			}
			if o >= 0 && o != p {
				x.addFact(fact{s: p, o: o, pred: newsgraph.Won, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.7, span: s.whole()})
			}
		}
	}
}

// honourNamed returns the complement of verb v when v names its passive
// subject an honour ("was named Best Actress", "was voted Player of the
// Year", "was crowned Miss Velm"), else -1.
func (x *doc) honourNamed(s *sent, v int) int {
	switch s.lemma[v] {
	case "name", "vote", "crown":
	default:
		return -1
	}
	t := s.child(v, "xcomp")
	if t < 0 || s.child(v, "nsubj:pass") < 0 {
		return -1
	}
	a, b := s.subtree(t)
	if a >= b || !capitalised(s.Tokens[a].Text) {
		return -1
	}
	words := s.low[a:b]
	n := len(words)
	switch {
	case words[0] == "best" || words[0] == "miss" || words[0] == "mister" || words[0] == "mr.":
	case n >= 3 && words[n-3] == "of" && words[n-2] == "the" && honourPeriod[words[n-1]]:
	case awardName(x.text(s, a, b)):
	default:
		return -1
	}
	return t
}

// honourPeriod are what an honour "of the …" is for: "Player of the Year".
var honourPeriod = map[string]bool{"year": true, "decade": true, "century": true, "season": true, "month": true, "week": true,
	"tournament": true, "match": true, "series": true, "game": true}

// shareNouns are the amounts of a vote that are won ("a majority", "200
// seats"): what they are won in is the election.
var shareNouns = map[string]bool{"majority": true, "seat": true, "vote": true, "plurality": true, "percent": true, "%": true, "share": true,
	"supermajority": true, "point": true, "delegate": true}

// delegateNouns are the plural nouns for the people who meet on behalf of
// others ("the delegations of A and B met").
var delegateNouns = map[string]bool{"delegation": true, "representative": true, "leader": true, "official": true, "minister": true, "envoy": true, "negotiator": true, "diplomat": true}
