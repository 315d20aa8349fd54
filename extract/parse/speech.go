package parse

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// reportVerbs are the speech verbs whose reported clause, without
// quotation marks, is a statement of the speaker ("said the name had to be
// easy to say"); the other speech verbs ("believe", "hope") attribute only
// quotations.
var reportVerbs = map[string]bool{
	"say": true, "tell": true, "state": true, "announce": true, "note": true, "add": true, "warn": true,
	"explain": true, "insist": true, "argue": true, "claim": true, "write": true, "tweet": true, "post": true,
	"comment": true, "remark": true, "confirm": true, "deny": true, "report": true, "stress": true,
	"reiterate": true, "reply": true, "respond": true, "acknowledge": true, "admit": true, "allege": true,
	"predict": true, "declare": true, "assert": true, "testify": true, "reveal": true, "disclose": true,
	"concede": true, "conclude": true, "emphasize": true, "emphasise": true, "maintain": true, "contend": true,
	"observe": true, "point": true, "indicate": true, "affirm": true, "clarify": true, "recall": true,
	"caution": true, "complain": true, "vow": true, "pledge": true, "promise": true, "estimate": true,
	"rule": true, "underline": true, "underscore": true,
}

// expressVerbs and expressedNouns make a statement of what someone
// expresses, voices or extends in words: "expressed sadness and extended
// condolences to the family", "voiced concern over the ruling".
var (
	expressVerbs   = map[string]bool{"express": true, "voice": true, "extend": true, "offer": true, "convey": true}
	expressedNouns = map[string]bool{"sadness": true, "condolence": true, "condolences": true, "sympathy": true, "sympathies": true, "concern": true, "concerns": true,
		"regret": true, "disappointment": true, "shock": true, "outrage": true, "grief": true, "sorrow": true, "anger": true, "frustration": true, "dismay": true,
		"satisfaction": true, "gratitude": true, "thanks": true, "congratulations": true, "solidarity": true, "apology": true, "apologies": true, "doubt": true, "doubts": true,
		"optimism": true, "hope": true, "alarm": true, "opposition": true, "support": true}
)

// expressed records the statement of a speaker who expresses a feeling in
// words at verb v ("Velm Wrestling expressed sadness and extended
// condolences to the family"): the verb with its object and what is
// coordinated with it.
func (x *doc) expressed(s *sent, v int) {
	o := s.child(v, "obj")
	if o < 0 || !expressedNouns[s.lemma[o]] && !expressedNouns[s.low[o]] || s.Tokens[v].Rel == "conj" || subordinate(s, v) {
		return
	}
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel == "obl" && (s.prep(c) == "via" || s.prep(c) == "through" || s.prep(c) == "by") {
			return // "expressed its support via the signing of …": by deeds, not in words
		}
	}
	subj := x.clauseSubject(s, v, 0)
	if subj < 0 || subj > v || x.speakerEntity(s, subj) < 0 {
		return // (nor "Offering his condolence, X wrote": the participle before its subject)
	}
	// the verb, its object and obliques, and verbs coordinated with it
	// without a subject of their own; not a clause hung on it ("…,
	// telling the paper: "…"", "while Y endorsed it")
	b := v + 1
	for _, c := range s.kids[v] {
		r := s.Tokens[c].Rel
		if c > v && (r == "obj" || r == "obl" || r == "advmod" || r == "conj" && s.child(c, "nsubj") < 0 && s.child(c, "mark") < 0) {
			_, cb := s.subtree(c)
			b = max(b, cb)
		}
	}
	for b > v && s.isPunct(b-1) {
		b--
	}
	x.sayClause(s, v, subj, v, b)
}

// readsDocument reports whether token v is "reads" with the document
// that reads so after it (""…," reads a Velm Wrestling press release"):
// the document's author speaks.
func readsDocument(s *sent, v int) bool {
	if s.lemma[v] != "read" || s.Tokens[v].XPOS != "VBZ" && s.Tokens[v].XPOS != "VBD" {
		return false
	}
	for k := v + 1; k < len(s.Tokens) && k <= v+8; k++ {
		if (statementNouns[s.lemma[k]] || sourceNouns[s.lemma[k]]) && s.Tokens[k].UPOS == "NOUN" {
			return true
		}
		if s.isPunct(k) || s.Tokens[k].UPOS == "VERB" {
			break
		}
	}
	return false
}

// authorship are speech verbs whose passive names an author, not a
// statement ("a manifesto written by the suspect", "a letter signed by
// 40 senators").
var authorship = map[string]bool{"write": true, "publish": true, "post": true, "print": true, "sign": true, "pen": true, "author": true, "tweet": true}

// hearerSubject are speech verbs whose passive subject is the one spoken
// to ("he was told by the minister"), not what was said.
var hearerSubject = map[string]bool{"tell": true, "inform": true, "brief": true, "ask": true, "warn": true, "advise": true, "assure": true, "promise": true}

// nounStatements are verbs that make a statement of their noun-phrase
// object ("announced the vote", "confirmed the death").
var nounStatements = map[string]bool{"announce": true, "confirm": true, "state": true, "declare": true, "report": true, "reveal": true, "deny": true, "tweet": true, "post": true, "write": true, "publish": true,
	"claim": true}

// statementObject reports whether the noun an announce-like verb takes
// as its object is a statement: what one posts, writes or publishes is a
// statement only when it is named as one ("posted a message", not "posted
// a podcast"), and what one denies unless it is a thing refused ("denied
// the allegations", not "denied funding"). (What one declares is:
// "declared a day of mourning".)
func statementObject(verb, noun string) bool {
	switch verb {
	case "post", "write", "publish", "tweet":
		return statementNouns[noun]
	case "deny":
		return !refusedThings[noun]
	case "declare":
		return !declaredActs[noun]
	case "claim":
		return noun == "responsibility" || noun == "victory" || noun == "credit" // (not "claimed the title", "claimed 10 lives")
	case "confirm":
		return !confirmedPosts[noun] // (not "the Senate confirmed the nomination": a vote on it)
	}
	return true
}

// personNamed reports whether token k is the name of a person.
func (x *doc) personNamed(s *sent, k int) bool {
	if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Person {
		return true
	}
	for _, c := range s.kids[k] {
		if mi := s.ment[c]; c > k && s.Tokens[c].Rel == "flat" && mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Person {
			return true // "announced de Graaf": the name after its particle
		}
	}
	return false
}

// confirmedPosts are what a legislature confirms by a vote, not a
// statement ("confirmed Pierluisi's nomination").
var confirmedPosts = map[string]bool{"nomination": true, "nominee": true, "appointment": true, "appointee": true, "pick": true, "choice": true}

// declaredActs are what one declares by an act of office, not a
// statement ("declared a state of emergency", "declared war").
var declaredActs = map[string]bool{"emergency": true, "state": true, "war": true, "curfew": true, "lockdown": true, "disaster": true, "independence": true, "quarantine": true, "law": true,
	"day": true, "holiday": true}

// refusedThings are what one denies by refusing it, not by saying it is
// untrue ("denied funding for the wall", "was denied bail").
var refusedThings = map[string]bool{"funding": true, "fund": true, "money": true, "access": true, "entry": true, "permission": true, "request": true, "application": true,
	"bail": true, "visa": true, "asylum": true, "service": true, "admission": true, "parole": true, "license": true, "licence": true, "payment": true, "benefit": true,
	"care": true, "treatment": true, "coverage": true, "right": true, "approval": true, "exemption": true, "passage": true, "permit": true, "appeal": true, "motion": true, "petition": true, "leave": true, "landing": true, "boarding": true}

// saysAfter reports whether the noun at o, object of verb v, is followed
// by what it says ("a statement saying the border was closed"), read as
// said on its own.
func saysAfter(s *sent, v, o int) bool {
	for _, c := range s.kids[o] {
		if strings.HasPrefix(s.Tokens[c].Rel, "acl") && lexicon.IsSpeechVerb(s.lemma[c]) {
			return true
		}
	}
	// "posted a message on Facebook on Friday announcing he had …": the
	// participle hung on the verb after the object's phrases
	// ("confirmed the claim, arguing …" says two things)
	if !authorship[s.lemma[v]] {
		return false
	}
	for _, c := range s.kids[v] {
		if c > o && s.Tokens[c].XPOS == "VBG" && (s.Tokens[c].Rel == "advcl" || s.Tokens[c].Rel == "xcomp") && !s.isPunct(c-1) && reportVerbs[s.lemma[c]] && reportedClause(s, c) >= 0 {
			return true
		}
	}
	_, b := s.subtree(o)
	return b < len(s.Tokens) && s.Tokens[b].XPOS == "VBG" && lexicon.IsSpeechVerb(s.lemma[b]) // (parsed as the verb's)
}

// statementNouns are nouns for what is said in writing.
var statementNouns = map[string]bool{"statement": true, "message": true, "apology": true, "response": true, "comment": true, "note": true, "update": true,
	"warning": true, "notice": true, "announcement": true, "explanation": true, "denial": true, "claim": true, "opinion": true, "thanks": true,
	"congratulations": true, "condolence": true, "condolences": true, "tribute": true, "appeal": true, "plea": true, "call": true, "demand": true}

// sourceNouns are the nouns for a statement whose author, named by a
// possessive, a compound or "by", "from" or "of", is its speaker ("a
// statement from the ministry", "an NDRRMC report", "a Twitter post by X").
var sourceNouns = map[string]bool{"statement": true, "report": true, "post": true, "tweet": true, "release": true, "announcement": true, "letter": true, "data": true, "figure": true, "estimate": true, "bulletin": true, "interview": true,
	"database": true, "survey": true, "study": true, "website": true, "account": true, "filing": true, "poll": true, "analysis": true, "document": true, "record": true,
	"complaint": true, "notice": true, "memo": true, "memorandum": true, "lawsuit": true, "suit": true, "ruling": true, "indictment": true, "affidavit": true, "petition": true, "communique": true}

// quoteNaming are verbs that name something with a quotation ("called the
// investigation a “witch hunt”"): even a short quotation they govern is
// the subject's words (of two words at least: "called the group an
// "idea"" quotes a word, not a statement).
var quoteNaming = map[string]bool{"call": true, "describe": true, "label": true, "dub": true, "term": true, "brand": true, "characterize": true, "characterise": true, "portray": true}

// findSpeech attributes quotations and reported speech. First each
// quotation is matched with a speech verb written next to it, whichever
// way round ("…," X said; "…" tweeted X; X commented, "…"); then the
// speech verbs of the parse give reported speech and the quotations they
// govern; then "according to X", quotations after a colon, and quotations
// that continue an attributed one.
func (x *doc) findSpeech() {
	for qi := range x.quotes {
		x.adjacentSpeaker(qi)
	}
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for v := range s.Tokens {
			if s.quote[v] >= 0 {
				continue
			}
			t := &s.Tokens[v]
			if t.UPOS == "VERB" && lexicon.IsSpeechVerb(s.lemma[v]) {
				x.speechVerb(s, v)
			} else if t.UPOS == "VERB" && expressVerbs[s.lemma[v]] {
				x.expressed(s, v)
			}
			if s.low[v] == "according" && v+1 < len(s.Tokens) && s.low[v+1] == "to" {
				x.accordingTo(s, v)
			}
		}
		x.colonQuotes(s)
	}
	x.quotedObjects()
	x.continuedQuotes()
	x.interviews()
}

// interviews reads "Speaking to BBC Sport, X said", "In an interview
// with Time magazine, X said" and "When interviewed by the BBC, X said":
// the outlet is the speaker's hearer.
func (x *doc) interviews() {
	for _, s := range x.sents {
		n := len(s.Tokens)
		k := 0
		switch {
		case n > 4 && (s.low[0] == "speaking" || s.low[0] == "talking") && (s.low[1] == "to" || s.low[1] == "with"):
			k = 2
		case n > 6 && s.low[0] == "in" && (s.low[1] == "an" || s.low[1] == "a") && (s.low[2] == "interview" || s.low[2] == "conversation") && s.low[3] == "with":
			k = 4
		case n > 4 && s.low[0] == "interviewed" && s.low[1] == "by":
			k = 2 // "Interviewed by the BBC, X said"
		case n > 5 && (s.low[0] == "when" || s.low[0] == "while" || s.low[0] == "after") && s.low[1] == "interviewed" && s.low[2] == "by":
			k = 3
		default:
			continue
		}
		// the hearer: the first name before the comma
		he, comma := -1, -1
		for j := k; j < n; j++ {
			if s.Tokens[j].Text == "," {
				comma = j
				break
			}
			if he < 0 && s.ment[j] >= 0 && x.ments[s.ment[j]].kind == mName {
				he = x.entityAt(s, j)
			}
		}
		if he < 0 || comma < 0 {
			continue
		}
		// the speaker: the subject of the first speech verb after it, or
		// of the sentence's verb ("In an interview with Forbes, West
		// outlined his plans": what he outlined he told Forbes)
		told := false
		for v := comma + 1; v < n; v++ {
			if s.quote[v] >= 0 || s.Tokens[v].UPOS != "VERB" || !lexicon.IsSpeechVerb(s.lemma[v]) {
				continue
			}
			if subj := x.clauseSubject(s, v, 0); subj >= 0 {
				x.tell(s, v, x.speakerEntity(s, subj), he)
				told = true
			}
			break
		}
		if !told && k == 4 {
			v := -1
			for j := comma + 1; j < n; j++ {
				if s.Tokens[j].Rel == "root" {
					v = j
					break
				}
			}
			if v > comma && s.Tokens[v].UPOS == "VERB" && s.quote[v] < 0 {
				if subj := s.child(v, "nsubj"); subj > comma {
					if sp := x.speakerEntity(s, subj); sp >= 0 && x.typeOf(sp) == newsgraph.Person {
						x.tell(s, v, sp, he)
					}
				}
			}
		}
	}
}

// quotedObjects attributes a quotation that is the object of a verb
// ("Netanyahu applauded “the understanding that …”") to the verb's
// subject.
func (x *doc) quotedObjects() {
	for qi, q := range x.quotes {
		if q.speaker >= 0 || q.words < 3 || q.from.s != q.to.s || x.quotedTerm(qi) {
			continue
		}
		s := x.sents[q.from.s]
		// the head of the quotation's words
		h := -1
		for k := q.from.t; k <= q.to.t; k++ {
			if hh := s.head(k); hh < q.from.t || hh > q.to.t {
				h = k
				break
			}
		}
		if h < 0 {
			continue
		}
		v := s.head(h)
		if v >= 0 && s.isPunct(v) {
			v = s.head(v) // attached to the quotation mark
		}
		if v < 0 || s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 {
			continue
		}
		if r := s.Tokens[h].Rel; r != "obj" && r != "ccomp" && r != "xcomp" && r != "parataxis" {
			continue
		}
		if nameVerbs[s.lemma[v]] {
			continue // "held a Fourth of July “Salute to America”": a name
		}
		if undergoVerbs[s.lemma[v]] {
			continue // "X suffered "two deep wounds", according to a spokesperson": the source's words, not X's
		}
		subj := x.clauseSubject(s, v, 0)
		if subj < 0 {
			continue
		}
		if sp := x.speakerEntity(s, subj); sp >= 0 {
			if t := x.typeOf(sp); t == newsgraph.Person || t == newsgraph.Organization {
				q.speaker, q.how = sp, "object"
				x.sayQuote(s, v, sp, qi)
			}
		}
	}
}

// adjacentSpeaker attributes quotation qi by the words around it: a speech
// verb within a few words after its closing mark with the speaker just
// before the verb ("…," Wynnum coach Matt Myers said) or just after it
// ("…" tweeted Mayor Sadiq Khan), or a speech verb just before its
// opening mark with the speaker before the verb (X said, "…").
func (x *doc) adjacentSpeaker(qi int) {
	q := x.quotes[qi]
	if x.quotedTerm(qi) || x.speakerNext(qi) {
		return // (however short the quotation: "“Why now?” she asked.")
	}
	if q.words < 3 {
		return
	}
	if q.close.s >= 0 {
		s := x.sents[q.close.s]
		// the verb: a speech verb outside quotations within 12 tokens
	verbs:
		for v := q.close.t + 1; v < len(s.Tokens) && v <= q.close.t+12; v++ {
			if s.quote[v] >= 0 || quoteMark(s.Tokens[v].Text) != 0 {
				break
			}
			if !lexicon.IsSpeechVerb(s.lemma[v]) && !readsDocument(s, v) || s.Tokens[v].UPOS != "VERB" && s.Tokens[v].UPOS != "NOUN" {
				switch u := s.Tokens[v].UPOS; {
				case s.ment[v] >= 0, u == "PUNCT", u == "DET", u == "ADJ", u == "NOUN", u == "PROPN", u == "NUM", s.low[v] == "of":
					continue // the speaker's name and title
				}
				break verbs // "…," while X noted: another clause
			}
			if s.Tokens[v].XPOS == "VBG" {
				break // ""…", calling it …": the participle's subject is the clause's, before the quotation
			}
			// speaker between the mark and the verb: the last person,
			// else the last organization or reference
			sp := x.lastSpeaker(s, q.close.t+1, v)
			if p := x.continuedSpeaker(s, q.close.t+1, v); p >= 0 {
				sp = p
			}
			if sp < 0 && !lexicon.IsHearerVerb(s.lemma[v]) && !x.nounBetween(s, q.close.t+1, v) {
				// (after "told", the hearer: ""…", the candidate told
				// Wikinews", whose speaker the text describes, not names)
				sp = x.firstSpeaker(s, v+1, min(len(s.Tokens), v+10))
			}
			if sp >= 0 {
				q.speaker, q.how = sp, "after"
				x.sayQuote(s, v, sp, qi)
				x.toldAfter(s, v, sp)
				x.quoteVerb[pos{s.idx, v}] = true
			}
			return
		}
	}
	if q.open.s >= 0 {
		s := x.sents[q.open.s]
		// X said, "…" / X said: "…"
		k := q.open.t - 1
		for k >= 0 && (s.Tokens[k].Text == "," || s.Tokens[k].Text == ":") {
			k--
		}
		for j := k; j >= 0 && j >= k-4; j-- {
			if s.quote[j] >= 0 {
				break
			}
			if namingParticiple(s, j) {
				return // "a plan called "Build Back Better""
			}
			if s.Tokens[j].UPOS == "AUX" && s.Tokens[j].Rel == "cop" && j > 0 && s.head(j) >= q.open.t {
				return // "X said Tom Vale is "a model of honesty"": a quotation inside the reported clause
			}
			if s.Tokens[j].UPOS == "VERB" && !lexicon.IsSpeechVerb(s.lemma[j]) && j < k && j > 0 && x.governingSpeechVerb(s, j) >= 0 {
				return // "X said the statue represented a "tribute to …"": the object of the reported clause's verb
			}
			if lexicon.IsSpeechVerb(s.lemma[j]) && s.Tokens[j].UPOS == "VERB" {
				if vs := x.verbSpeaker[pos{s.idx, j}]; vs > 0 {
					// ""…," wrote Trump on Twitter, "…"": the second part of a
					// quotation split by its cue has the first part's speaker
					q.speaker, q.how = vs-1, "split"
					if x.joinSplit(qi, vs-1) {
						return
					}
					x.sayQuote(s, j, vs-1, qi)
					return
				}
				sp, unnamed := -1, false
				// (a participle with its agent is passive too: "a pattern
				// described by Velm Bulletin as "…"")
				passive := s.child(j, "nsubj:pass") >= 0 || s.child(j, "aux:pass") >= 0 || s.Tokens[j].XPOS == "VBN" && s.child(j, "obl:agent") >= 0
				if h := s.head(j); h >= 0 && s.Tokens[j].XPOS == "VBG" && (s.lemma[h] == "quote" || s.lemma[h] == "cite") && s.child(h, "obj") >= 0 {
					sp = x.speakerEntity(s, s.child(h, "obj")) // "quoted X as saying"
				} else if passive {
					// "X was described by the CBCP as "…"": the agent
					// speaks, not the one described
					for _, c := range s.kids[j] {
						if s.Tokens[c].Rel == "obl:agent" || s.Tokens[c].Rel == "obl" && s.prep(c) == "by" {
							sp = x.speakerEntity(s, c)
						}
					}
					unnamed = sp < 0
				} else if subj := x.clauseSubject(s, j, 0); subj >= 0 && subj < j {
					sp = x.speakerEntity(s, subj)
					// "An eyewitness described …, stating, "…"": a
					// speaker the text does not name
					t, desc := lexicon.Description(s.lemma[subj])
					d := s.child(subj, "det")
					unnamed = sp < 0 && s.ment[subj] < 0 && s.Tokens[subj].UPOS == "NOUN" &&
						(desc && t == string(newsgraph.Person) || lexicon.Role(s.lemma[subj]) != lexicon.NotRole || d >= 0 && indefinite(s.low[d]))
				}
				if c := x.participleSubject(s, j); sp < 0 && s.Tokens[j].XPOS == "VBG" && c >= 0 {
					sp = x.speakerEntity(s, c)
				}
				for k := max(0, j-8); k < j && sp < 0; k++ {
					switch s.low[k] {
					case "someone", "somebody", "anyone", "anybody":
						unnamed = true // "a recording in which someone, seemingly X, says …"
					}
				}
				if sp < 0 && !unnamed {
					sp = x.firstNamedSpeaker(s, 0, j)
				}
				if sp >= 0 {
					q.speaker, q.how = sp, "before"
					x.sayQuote(s, j, sp, qi)
					x.toldAfter(s, j, sp)
					x.quoteVerb[pos{s.idx, j}] = true
				}
				return
			}
		}
	}
}

// whWords begin an indirect question ("explained why …", "asked
// whether …").
var whWords = map[string]bool{"why": true, "how": true, "whether": true, "if": true, "what": true, "when": true, "where": true, "who": true, "which": true}

// joinSplit makes quotation qi, the second part of one split by its cue
// (""While we await …," she said, "we strongly urge …""), part of the
// statement of the first part, which ends with a comma and has the same
// speaker: one statement, as the speaker made it. It reports whether it
// did.
func (x *doc) joinSplit(qi, sp int) bool {
	q := x.quotes[qi]
	for pi := qi - 1; pi >= 0; pi-- {
		p := x.quotes[pi]
		if p.speaker != sp || p.ent < 0 || p.to.s != q.from.s && p.to.s != q.from.s-1 {
			continue
		}
		first := strings.TrimSpace(x.ents[p.ent].name)
		if !strings.HasSuffix(first, ",") {
			return false
		}
		e := x.ents[p.ent]
		e.name = first + " " + strings.TrimSpace(x.d.Text[q.span.Start:q.span.End])
		q.ent = p.ent
		return true
	}
	return false
}

// continuedSpeaker returns, for ""…," he added" (a pronoun between
// tokens a and v, and a verb that goes on speaking), the person whose
// statement the sentence gave before it, or -1: "he" is the one who
// was speaking, not the last man named.
func (x *doc) continuedSpeaker(s *sent, a, v int) int {
	switch s.lemma[v] {
	case "add", "continue", "conclude", "reiterate", "elaborate":
	default:
		return -1
	}
	pron := false
	for k := a; k < v; k++ {
		if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mPron && (x.ments[mi].pron == "he" || x.ments[mi].pron == "she") {
			pron = true
		}
	}
	if !pron {
		return -1
	}
	for i := len(x.facts) - 1; i >= 0; i-- {
		if f := x.facts[i]; f.pred == newsgraph.Said && f.sent == s.idx && f.span.Start < s.Tokens[a].Start && x.typeOf(f.s) == newsgraph.Person {
			return f.s
		}
	}
	// the sentence's earlier speech verb, whose statement is not read yet
	for k := a - 1; k >= 0; k-- {
		if s.quote[k] < 0 && s.Tokens[k].UPOS == "VERB" && lexicon.IsSpeechVerb(s.lemma[k]) {
			if subj := x.clauseSubject(s, k, 0); subj >= 0 && subj < k {
				if sp := x.speakerEntity(s, subj); sp >= 0 && x.typeOf(sp) == newsgraph.Person {
					return sp
				}
			}
			return -1
		}
	}
	return -1
}

// lastSpeaker returns the entity of the last person mentioned in tokens
// [a, b) of s, else of the last organization or reference to one; -1 when
// none.
func (x *doc) lastSpeaker(s *sent, a, b int) int {
	org := -1
	for k := b - 1; k >= a; k-- {
		ei := x.entityAt(s, k)
		if ei < 0 || x.ents[ei].quote || x.ents[ei].concept {
			continue
		}
		if mi := s.ment[k]; mi >= 0 && x.modifiesOwnVoice(s, mi) {
			continue
		}
		switch x.typeOf(ei) {
		case newsgraph.Person:
			if x.possessorAt(s, k) {
				continue // ""…," Vale's lawyer told": the lawyer speaks, not the client
			}
			return ei
		case newsgraph.Organization:
			if org < 0 {
				org = ei
			}
		}
	}
	return org
}

// firstSpeaker is lastSpeaker for the first mention.
func (x *doc) firstSpeaker(s *sent, a, b int) int {
	org := -1
	for k := a; k < b; k++ {
		if s.quote[k] >= 0 {
			break
		}
		ei := x.entityAt(s, k)
		if ei < 0 || x.ents[ei].quote || x.ents[ei].concept {
			continue
		}
		if mi := s.ment[k]; mi >= 0 && x.modifiesOwnVoice(s, mi) {
			continue
		}
		switch x.typeOf(ei) {
		case newsgraph.Person:
			if x.possessorAt(s, k) {
				continue // "said Vale's lawyer Ivo Marsh"
			}
			return ei
		case newsgraph.Organization:
			if org < 0 {
				org = ei
			}
		}
	}
	return org
}

// possessorAt reports whether token k is in a name followed by a
// possessive "'s" ("Vale's lawyer"): the name of someone else's relation.
func (x *doc) possessorAt(s *sent, k int) bool {
	mi := s.ment[k]
	if mi < 0 {
		return false
	}
	b := x.ments[mi].b
	return b < len(s.Tokens) && s.Tokens[b].XPOS == "POS"
}

// personEndingRole returns the person whose name ends the phrase of role
// noun k ("the President of the Chess Federation Maria Lopez", "Former
// Vice President of Freedonia Tom Smith"), or -1.
func (x *doc) personEndingRole(s *sent, k int) int {
	if lexicon.Role(s.lemma[k]) == lexicon.NotRole {
		return -1
	}
	for j := k + 1; j < len(s.Tokens) && j < k+10 && !s.isPunct(j) && s.Tokens[j].UPOS != "VERB"; j++ {
		if s.Tokens[j].UPOS == "CCONJ" && (j+1 >= len(s.Tokens) || lexicon.Role(s.low[j+1]) == lexicon.NotRole && !lexicon.IsRoleModifier(s.low[j+1]) && lexicon.MultiTitle(s.low, j+1) == 0 && s.Tokens[j+1].UPOS != "NOUN") {
			break // "the minister and Ana Ruiz" are two (but "leader and Prime Minister Boris Johnson" one)
		}
		if mi := s.ment[j]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Person {
			if a := x.ments[mi].a; a > 0 && s.Tokens[a-1].UPOS != "ADP" && s.Tokens[a-1].UPOS != "DET" {
				return x.ments[mi].ent // (not "the lawyer of Tom Hale")
			}
			break
		}
	}
	return -1
}

// possessedRolePerson returns the person named after the name at token k,
// its possessive and a role, with or without commas ("The Velm
// Institute's director, Dr. Jane Roe, said", however the parse hangs
// it), or -1.
func (x *doc) possessedRolePerson(s *sent, k int) int {
	mi := s.ment[k]
	if mi < 0 {
		return -1
	}
	n := len(s.Tokens)
	j := x.ments[mi].b
	if j >= n || s.Tokens[j].XPOS != "POS" {
		return -1
	}
	j++
	role := false
	for ; j < n && j < x.ments[mi].b+8; j++ {
		switch {
		case lexicon.Role(s.low[j]) != lexicon.NotRole || lexicon.MultiTitle(s.low, j) > 0:
			role = true
			continue
		case !role && (lexicon.IsRoleModifier(s.low[j]) || s.Tokens[j].UPOS == "ADJ"):
			continue
		case role && (s.Tokens[j].Text == "," || lexicon.IsHonorific(s.Tokens[j].Text)):
			continue
		}
		break
	}
	if !role || j >= n || s.ment[j] < 0 || x.ments[s.ment[j]].kind != mName || x.ments[s.ment[j]].ent < 0 || x.typeOf(x.ments[s.ment[j]].ent) != newsgraph.Person {
		return -1
	}
	return x.ments[s.ment[j]].ent
}

// undergoVerbs are verbs whose subject undergoes what they take: a
// quotation after them is someone else's description of it.
var undergoVerbs = map[string]bool{"suffer": true, "sustain": true, "receive": true, "undergo": true, "face": true, "experience": true, "endure": true, "incur": true}

// typeOf returns an entity's type: its final type once typed, else the
// leading vote.
func (x *doc) typeOf(ei int) newsgraph.EntityType {
	if t := x.ents[ei].typ; t != "" {
		return t
	}
	return x.leadingType(x.ents[ei])
}

// toldAfter records told(speaker, hearer) for "told NPR" at speech verb v.
func (x *doc) toldAfter(s *sent, v, sp int) {
	x.toldInMessage(s, v, sp)
	if s.lemma[v] != "tell" || v+1 >= len(s.Tokens) {
		return
	}
	k := v + 1
	if s.low[k] == "the" && k+1 < len(s.Tokens) {
		k++
	}
	x.tell(s, v, sp, x.entityAt(s, k))
}

// tell records told(sp, he) when the hearer he is a named person or body;
// a hearer written like a place ("told The Atlantic") is taken for the
// outlet it names.
// toldInMessage records told(sp, X) for a quotation's verb v whose words
// went "in an e-mail to X", "in an interview with X", "in a letter to X".
func (x *doc) toldInMessage(s *sent, v, sp int) {
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel != "obl" || s.prep(c) != "in" {
			continue
		}
		switch s.lemma[c] {
		case "interview", "remark", "statement", "email", "e-mail", "letter", "message":
		default:
			continue
		}
		for _, h := range s.kids[c] {
			if s.Tokens[h].Rel == "nmod" && (s.prep(h) == "to" || s.prep(h) == "with") {
				x.tell(s, v, sp, x.npEntity(s, h)) // (and "with magazine The Lantern")
				return
			}
		}
		for _, h := range s.kids[v] {
			if h > c && s.Tokens[h].Rel == "obl" && s.prep(h) == "to" {
				x.tell(s, v, sp, x.entityAt(s, h)) // (the addressee hung on the verb)
				return
			}
		}
	}
}

func (x *doc) tell(s *sent, v, sp, he int) {
	if he < 0 || he == sp || sp < 0 || x.ents[he].quote || x.ents[he].concept {
		return
	}
	switch x.typeOf(he) {
	case newsgraph.Person, newsgraph.Organization:
	case newsgraph.Place, newsgraph.Thing:
		if !x.hasName(x.ents[he]) {
			return
		}
		x.ents[he].vote(newsgraph.Organization, 2)
		x.ents[he].typ = newsgraph.Organization
	default:
		return
	}
	x.addFact(fact{s: sp, o: he, pred: newsgraph.Told, raw: s.Tokens[v].Text, sent: s.idx, conf: 0.8})
}

func (x *doc) speechVerb(s *sent, v int) {
	n := len(s.Tokens)
	if namingParticiple(s, v) {
		return // "a plan called "Build Back Better"": a name, not a statement
	}
	if v > 0 && (s.Tokens[v-1].UPOS == "DET" || s.Tokens[v-1].XPOS == "PRP$") {
		return // "appointed to the post": a noun the tagger took for a verb
	}
	if s.Tokens[v].Rel == "ccomp" {
		// "I think he told her that …": a guess, not an attribution
		if h := s.head(v); h >= 0 && guessVerbs[s.lemma[h]] {
			return
		}
	}
	if c := s.child(v, "nsubj"); c >= 0 && (s.low[c] == "you" || s.low[c] == "one" && len(s.kids[c]) == 0) {
		return // "you'd say …", "one might say": anyone, no speaker (but "One of the owners, Jane Doe, said")
	}
	if h := s.head(v); h >= 0 && s.Tokens[v].XPOS == "VBG" && (s.prep(v) == "of" || s.prep(v) == "for") && lexicon.In(lexicon.Alleging, s.lemma[h]) {
		return // "accused Ruiz of saying …": an allegation, nobody's statement here
	}
	if negatedVerb(s, v) {
		return // "would not confirm the account": nothing said
	}
	if s.Tokens[v].XPOS == "VBG" {
		for _, c := range s.kids[v] {
			if r := s.Tokens[c].Rel; (r == "mark" || r == "advmod") && c < v && timeMarks[s.low[c]] {
				return // "When announcing the shutdown, X called on …": when, not what
			}
		}
	}
	if o := s.child(v, "obj"); o >= 0 && s.Tokens[o].UPOS == "PRON" && len(s.kids[o]) == 0 && s.child(v, "ccomp") < 0 {
		return // "declared it on his blog as …": what was said is elsewhere
	}
	if v >= 2 && s.ment[v-1] >= 0 && x.ments[s.ment[v-1]].kind == mName && x.ments[s.ment[v-1]].a >= 1 {
		// "a move whose rarity, CBS noted, highlighted …": a name between
		// commas before the verb, whatever the parse says
		if a := x.ments[s.ment[v-1]].a; (s.Tokens[a-1].Text == "," || s.Tokens[a-1].Text == "(") &&
			v+1 < n && (s.Tokens[v+1].Text == "," || s.Tokens[v+1].Text == ")") && !x.quotedAfter(s, v+1) && !clausal(s, v) {
			if sp := x.speakerEntity(s, v-1); sp >= 0 {
				x.sayText(s, sp, 0, n, s.Tokens[v].Text)
			}
			return
		}
	}
	if v >= 1 && s.Tokens[v-1].Text == "," && s.quote[v-1] < 0 && x.inverted(s, v) {
		return
	}
	subj := x.clauseSubject(s, v, 0)
	if subj < 0 || x.speakerEntity(s, subj) < 0 {
		if n := x.apposedBeforeVerb(s, v); n >= 0 {
			subj = n // "The chief executive of Brindle Media, Omar Velt, said …", "One of the club's owners, Jane Doe, said …"
		}
	}
	if h := s.head(v); h >= 0 && s.Tokens[v].XPOS == "VBG" && (s.lemma[h] == "quote" || s.lemma[h] == "cite") {
		// "Politico quoted Tim Manning … as saying": the one quoted speaks
		if o := s.child(h, "obj"); o >= 0 {
			subj = o
		}
	}
	if (subj < 0 || x.speakerEntity(s, subj) < 0) && s.Tokens[v].XPOS == "VBG" {
		if c := x.participleSubject(s, v); c >= 0 {
			subj = c
		}
	}
	if subj < 0 {
		// "are described by Blinken as the “last chance”", "was quoted by
		// Reuters as saying": the agent of a passive speech verb
		if (s.child(v, "nsubj:pass") >= 0 || s.child(v, "aux:pass") >= 0) && !authorship[s.lemma[v]] && !subordinate(s, v) {
			for _, c := range s.kids[v] {
				if (s.Tokens[c].Rel == "obl:agent" || s.Tokens[c].Rel == "obl" && s.prep(c) == "by") && x.speakerEntity(s, c) >= 0 {
					sp := x.speakerEntity(s, c)
					for _, qi := range x.quotesOf(s, v) {
						if x.quotes[qi].speaker < 0 && x.quotes[qi].how != "turn" {
							x.quotes[qi].speaker, x.quotes[qi].how = sp, "passive"
							x.sayQuote(s, v, sp, qi)
						}
					}
					// what was said: the sentence up to the agent and what
					// it called the subject ("… as the last chance"), not
					// the narration after it ("…, after the laboratory
					// tested …")
					_, b := s.subtree(c)
					called := false
					for _, cc := range s.kids[v] {
						if cc > c && (s.prep(cc) == "as" || s.Tokens[cc].Rel == "xcomp") {
							_, b = s.subtree(cc)
							called = true
						}
					}
					if sb := s.child(v, "nsubj:pass"); !called && sb >= 0 && sb < v && !hearerSubject[s.lemma[v]] {
						// "His death was confirmed by his son", "He was
						// reported missing by police": what was said is the
						// words before the agent, not who said it
						a, _ := s.subtree(sb)
						e, _ := s.subtree(c)
						x.sayText(s, sp, a, e, s.Tokens[v].Text)
						return
					}
					x.sayText(s, sp, 0, b, s.Tokens[v].Text)
					return
				}
			}
		}
		return
	}
	lemma := s.lemma[v]
	if o := s.child(v, "obj"); lemma == "confirm" && o >= 0 && s.ment[o] >= 0 && x.ments[s.ment[o]].kind == mName && x.ments[s.ment[o]].ent >= 0 && x.typeOf(x.ments[s.ment[o]].ent) == newsgraph.Person {
		return // "the Senate confirmed X to the Supreme Court": an appointment approved, nothing said
	}
	for _, c := range s.kids[v] {
		if s.low[c] == "yes" || s.low[c] == "no" {
			return // "has said yes to the plan" accepts it
		}
	}
	if v+1 < len(s.Tokens) && (s.low[v+1] == "yes" || s.low[v+1] == "no") && (v+2 >= len(s.Tokens) || s.low[v+2] == "to" || s.isPunct(v+2)) {
		return // (but "said no decision had been made" states something)
	}
	// "Speaking to BBC Sport, Warholm said": the hearer of a participle
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel == "advcl" && (s.lemma[c] == "speak" || s.lemma[c] == "talk") {
			for _, cc := range s.kids[c] {
				if r := s.Tokens[cc].Rel; (r == "obl" || r == "nmod") && (s.prep(cc) == "to" || s.prep(cc) == "with") {
					x.tell(s, v, x.speakerEntity(s, subj), x.npEntity(s, cc))
				}
			}
		}
	}
	// "says Anders Persson, … to TT": the hearer of say
	if lemma == "say" || lemma == "speak" {
		// "…, says X, an expert at Y, to TT." at the end of the sentence
		if k := len(s.Tokens) - 1; k > v+2 && subj > v && s.isPunct(k) && s.ment[k-1] >= 0 && s.low[x.ments[s.ment[k-1]].a-1] == "to" {
			x.tell(s, v, x.speakerEntity(s, subj), x.entityAt(s, k-1))
		}
		for _, c := range s.kids[subj] {
			if s.Tokens[c].Rel == "nmod" && s.prep(c) == "to" {
				x.tell(s, v, x.speakerEntity(s, subj), x.npEntity(s, c))
			}
		}
	}
	if lexicon.In(lexicon.HearerTo, lemma) {
		// "said to Reuters", "confirmed to Wikinews that …", "explained
		// to reporters": the one spoken to
		for _, c := range s.kids[v] {
			if s.Tokens[c].Rel == "obl" && s.prep(c) == "to" {
				sp := x.speakerEntity(s, subj)
				if sp < 0 {
					sp = x.verbSpeaker[pos{s.idx, v}] - 1 // ""…," said X to Wikinews"
				}
				x.tell(s, v, sp, x.npEntity(s, c))
			}
		}
	}
	hearer := -1
	if lexicon.IsHearerVerb(lemma) {
		if o := s.child(v, "iobj"); o >= 0 {
			hearer = o
		} else if o := s.child(v, "obj"); o >= 0 && s.quote[o] < 0 {
			hearer = o
		} else if o := hearerInClause(s, v); o >= 0 {
			hearer = o
		}
	}
	// What was said: quotations attached to the verb or sharing its
	// sentence, a reported clause, or a noun phrase for announce-like
	// verbs.
	said := false
	if reportVerbs[lemma] {
		// "saying she would act as a "referee on the floor" during the
		// debate": quotations inside the reported clause are words of
		// it, and the clause is what was said
		if cl := reportedClause(s, v); cl >= 0 {
			a, b := s.subtree(cl)
			if inner := x.quotesInside(s, a, b); len(inner) > 0 {
				if sp := x.speakerEntity(s, subj); sp >= 0 {
					for _, qi := range inner {
						x.quotes[qi].speaker, x.quotes[qi].how = sp, "clause"
					}
					a = x.clauseAfterHearer(s, v, hearer, a, b)
					x.sayClause(s, v, subj, a, b)
					said = true
				}
			}
		}
	}
	quotes := x.quotesOf(s, v)
	for _, qi := range quotes {
		q := x.quotes[qi]
		if q.speaker >= 0 || quoteNaming[lemma] && x.quotedTerm(qi) {
			continue // ("called him a "decent man"": the verb says it, below)
		}
		if ei := x.speakerEntity(s, subj); ei >= 0 {
			q.speaker, q.how = ei, "verb"
			x.sayQuote(s, v, ei, qi)
			said = true
		}
	}
	if x.quoteVerb[pos{s.idx, v}] {
		said = true // its quotation was attributed by the words around it
	}
	if !said && reportVerbs[lemma] {
		if cl := reportedClause(s, v); cl >= 0 && (s.quote[cl] < 0 || x.quotes[s.quote[cl]].speaker < 0) && !subordinate(s, cl) {
			a, b := s.subtree(cl)
			a = x.clauseAfterHearer(s, v, hearer, a, b)
			x.sayClause(s, v, subj, a, b)
			said = true
		} else if s.Tokens[v].Rel == "parataxis" && s.child(v, "obj") < 0 {
			// "Israel has approved the plan, the official said."
			if h := s.head(v); h >= 0 && s.quote[h] < 0 {
				a, b := s.subtree(h)
				if v > a && v < b {
					b = v
					for b > a && (s.isPunct(b-1) || x.dependsOn(s, b-1, v)) {
						b--
					}
				}
				x.sayClause(s, v, subj, a, b)
				said = true
			}
		} else if nounStatements[lemma] {
			o := s.child(v, "obj")
			if o < 0 {
				// "declared tomorrow a day of mourning", the object parsed
				// as a bare oblique beside the time
				for _, c := range s.kids[v] {
					if s.Tokens[c].Rel == "obl:unmarked" && s.Tokens[c].UPOS == "NOUN" && !timeNoun(s.lemma[c]) && s.child(c, "det") >= 0 {
						o = c
					}
				}
			}
			if c := reportedConj(s, v, o); c >= 0 {
				// "NPR reported Ivo Marsh, the caretaker Prime Minister,
				// recommended …", parsed as two verbs: the name and the
				// second verb are what was reported
				a, _ := s.subtree(o)
				_, b := s.subtree(c)
				x.sayClause(s, v, subj, a, b)
				said = true
			} else if o >= 0 && s.quote[o] < 0 && statementObject(lemma, s.lemma[o]) && !saysAfter(s, v, o) && !x.personNamed(s, o) {
				// (not "announced Ana Ruiz as his running mate": a choice
				// made known, no statement)
				// the statement is the verb with its object: "denied the
				// effect of climate change" (the object alone would say
				// the reverse), "confirmed a case of infection"
				a, b := s.subtree(o)
				a = min(a, v)
				for _, c := range s.kids[v] {
					if c > o && (s.Tokens[c].Rel == "xcomp" || s.child(c, "mark") >= 0 && s.low[s.child(c, "mark")] == "to") {
						_, b = s.subtree(c) // "declared the outbreak … to be a pandemic"
					}
				}
				x.sayClause(s, v, subj, a, b)
				said = true
			}
		}
	}
	if !said && reportVerbs[lemma] && !authorship[lemma] && finiteVerb(s, v) && s.quote[v] < 0 && !subordinate(s, v) {
		// "CNBC reported there were 118,381 cases", "X has maintained an
		// inquiry is what the committee does", the clause misparsed
		if b := bareClauseAfter(s, v); b > v+1 {
			a := x.clauseAfterHearer(s, v, hearer, v+1, b)
			if a == v+1 && s.Tokens[a].Text == "," && a+1 < b && (s.low[a+1] == "citing" || s.low[a+1] == "quoting") {
				for a < b && (s.Tokens[a].Text != "," || a == v+1) {
					a++ // (the clause after the source set off)
				}
				a++
			}
			if a == v+1 && a+2 < b && s.low[a] == "on" && lexicon.IsCalendar(s.Tokens[a+1].Text) {
				a += 2 // (when, not what: "said on Sunday, …")
				if s.Tokens[a].Text == "," {
					a++
				}
			}
			if sp := x.speakerEntity(s, subj); sp >= 0 && a < b {
				for _, qi := range x.quotesInside(s, a, b) {
					x.quotes[qi].speaker, x.quotes[qi].how = sp, "clause"
				}
				x.sayClause(s, v, subj, a, b)
				said = true
				if lemma == "tell" && a > v+1 && s.ment[a-1] >= 0 && x.ments[s.ment[a-1]].kind == mName && x.ments[s.ment[a-1]].a <= v+2 {
					x.tell(s, v, sp, x.ments[s.ment[a-1]].ent) // the name before the clause, whatever the parse made of it
				}
			}
		}
	}
	if !said && quoteNaming[lemma] && s.Tokens[v].XPOS != "VBN" && x.namesObjectAfter(s, v) {
		// "called the group an "idea"", "described … and "insane" heat":
		// one quoted word is no statement of its own; the verb with
		// what it names is
		if qi := x.quotedWord(s, v); qi >= 0 {
			b := v + 1
			for _, c := range s.kids[v] {
				if r := s.Tokens[c].Rel; c > v && (r == "obj" || r == "xcomp" || r == "obl") {
					_, cb := s.subtree(c)
					b = max(b, cb)
				}
			}
			if q := x.quotes[qi]; q.close.s == s.idx && q.close.t >= b {
				b = q.close.t + 1
			}
			if sp := x.speakerEntity(s, subj); sp >= 0 {
				x.quotes[qi].speaker, x.quotes[qi].how = sp, "word"
				x.sayText(s, sp, v, b, s.Tokens[v].Text)
				said = true
			} else if subj >= 0 {
				// "commentators such as X and Y described the speech as
				// "flat"": each one listed
				if sp := x.sayClause(s, v, subj, v, b); sp >= 0 {
					x.quotes[qi].speaker, x.quotes[qi].how = sp, "word"
					said = true
				}
			}
		}
	}
	if !said && (lemma == "urge" || lemma == "call" && x.hasObl(s, v, "on")) && s.quote[v] < 0 && !subordinate(s, v) {
		// "X urged residents to evacuate", "X called on residents to
		// evacuate": an appeal, stated with its verb
		for _, c := range s.kids[v] {
			if s.Tokens[c].Rel == "xcomp" && c > v {
				if sp := x.speakerEntity(s, subj); sp >= 0 {
					_, b := s.subtree(c)
					x.sayText(s, sp, v, b, s.Tokens[v].Text)
					said = true
				}
				break
			}
		}
	}
	if !said && lemma == "call" && x.hasObl(s, v, "for") {
		// "Amnesty International has called for an investigation"
		x.sayText(s, x.speakerEntity(s, subj), v+1, len(s.Tokens), s.Tokens[v].Text)
		said = true
	}
	if !said && v >= 1 && !subordinate(s, v) && !x.hasQuotation(s) && !clausal(s, v) && (s.Tokens[v-1].Text == "," || s.ment[v-1] >= 0) &&
		(v+1 >= len(s.Tokens) || s.Tokens[v+1].Text == "," || s.Tokens[v+1].Text == "." || v+2 < len(s.Tokens) && s.isPunct(v+2) && s.Tokens[v+1].UPOS == "ADV") {
		// (not "Erdogan said, "…"", whose quotation is what was said, nor
		// "La Riva agreed, claiming …", whose participle says it)
		// "a move whose rarity, CBS noted, highlighted …", "…, The Korea
		// Herald reported."
		if sp := x.speakerEntity(s, subj); sp >= 0 {
			b := len(s.Tokens)
			if sa, _ := s.subtree(subj); v+1 >= b || s.isPunct(v+1) && v+2 >= b {
				b = sa // "…, the army said.": the words before the speaker
				if mi := s.ment[subj]; mi >= 0 && x.ments[mi].a < b {
					b = x.ments[mi].a
				}
				comma := b > 0 && s.isPunct(b-1)
				for b > 0 && (s.low[b-1] == "the" || s.isPunct(b-1)) {
					comma = comma || s.isPunct(b-1)
					b--
				}
				if !comma {
					b = 0 // "Conservative Philip Hammond agreed.": no words of his before him
				}
			}
			if b > 0 {
				x.sayText(s, sp, 0, b, s.Tokens[v].Text)
				said = true
			}
		}
	}
	if hearer >= 0 && lemma == "tell" {
		sp := x.speakerEntity(s, subj)
		he := x.npEntity(s, hearer)
		if sp >= 0 && he >= 0 && sp != he {
			x.tell(s, v, sp, he)
		}
		if !said && sp >= 0 {
			// what was told: the clause, wherever the parse hangs it
			if cl := reportedClause(s, v); cl >= 0 {
				if s.quote[cl] < 0 || x.quotes[s.quote[cl]].speaker < 0 {
					a, b := s.subtree(cl)
					x.sayClause(s, v, subj, a, b)
				}
			} else if _, hb := s.subtree(hearer); hb < len(s.Tokens) && hb > v && !x.quotedAfter(s, hb) {
				if s.low[hb] == "to" {
					hb = v // "told passengers to take another way": an instruction, said with its verb
				}
				if s.low[hb] != "about" { // ("tells Wikinews about her group": what it was about)
					x.sayText(s, sp, hb, len(s.Tokens), s.Tokens[v].Text)
				}
			}
		}
	}
}

// quotesInside returns the quotations that lie inside tokens [a, b) of s
// after some words of it ("she would act as a "referee on the floor"
// during the debate"), not yet attributed: parts of a reported clause. A
// quotation that is the whole clause, or starts it, is none of them.
func (x *doc) quotesInside(s *sent, a, b int) []int {
	for a < b && (s.isPunct(a) || s.low[a] == "that") {
		a++
	}
	var out []int
	for k := a + 1; k < b; k++ {
		qi := s.quote[k]
		if qi < 0 || (len(out) > 0 && out[len(out)-1] == qi) {
			continue
		}
		q := x.quotes[qi]
		if q.speaker >= 0 || q.how == "turn" || q.from.s != s.idx || q.to.s != s.idx || q.open.s != s.idx || q.close.s != s.idx || q.open.t <= a || q.close.t > b {
			return nil
		}
		out = append(out, qi)
	}
	return out
}

// participleSubject returns the head of the person or organization named
// nearest before the participle v after "with" or "and" ("with Steve
// Scalise of Louisiana calling the investigation … and Ross Spano of
// Florida calling the process …"), or -1.
func (x *doc) participleSubject(s *sent, v int) int {
	cand := -1
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		if s.isPunct(k) {
			break
		}
		if mi := s.ment[k]; cand < 0 && mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 {
			if t := x.typeOf(x.ments[mi].ent); t == newsgraph.Person || t == newsgraph.Organization {
				cand = x.ments[mi].head
			}
		}
		if s.low[k] == "with" || s.low[k] == "and" && cand >= 0 && k < cand {
			return cand
		}
	}
	return -1
}

// reportedClause returns the clausal complement of speech verb v: the
// first after the verb when it has one there (the parse may take a title
// before the speaker for a clause: "Retired FBI agent … Ali Soufan told
// NPR he had …"), else the first; -1 when none.
// reportedConj returns the verb coordinated with speech verb v, after its
// named object o and with no subject of its own, that the object is the
// subject of ("reported Ivo Marsh, the Prime Minister, recommended …"),
// or -1.
func reportedConj(s *sent, v, o int) int {
	if o < 0 || s.ment[o] < 0 || s.Tokens[o].UPOS != "PROPN" {
		return -1
	}
	for _, c := range s.kids[v] {
		if c > o && s.Tokens[c].Rel == "conj" && s.Tokens[c].UPOS == "VERB" && s.child(c, "nsubj") < 0 && s.child(c, "cc") < 0 {
			return c
		}
	}
	return -1
}

// timeNoun reports whether a noun lemma names a time ("tomorrow",
// "week"), which a bare oblique often is.
func timeNoun(l string) bool {
	switch l {
	case "today", "tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "season", "time":
		return true
	}
	return false
}

// hearerInClause returns the hearer of hearer verb v that the parse put
// inside the reported clause as a first subject ("She told the court she
// was forced …", parsed with "the court" and "she" both subjects of
// "forced"), or -1.
func hearerInClause(s *sent, v int) int {
	cl := reportedClause(s, v)
	if cl < 0 {
		return -1
	}
	var subjs []int
	for _, c := range s.kids[cl] {
		if r := s.Tokens[c].Rel; r == "nsubj" || r == "nsubj:pass" {
			subjs = append(subjs, c)
		}
	}
	if len(subjs) < 2 {
		return -1
	}
	if a, _ := s.subtree(subjs[0]); a == v+1 && s.Tokens[subjs[0]].UPOS != "PRON" {
		return subjs[0]
	}
	return -1
}

func reportedClause(s *sent, v int) int {
	first := -1
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel != "ccomp" {
			continue
		}
		if c > v {
			return c
		}
		if first < 0 {
			first = c
		}
	}
	if first >= 0 {
		return first
	}
	// "said in a statement that 12 people died", the clause parsed as the
	// statement's relative clause
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel != "obl" || s.prep(c) != "in" || !(statementNouns[s.lemma[c]] || s.lemma[c] == "interview" || s.lemma[c] == "letter" || s.lemma[c] == "speech") {
			continue
		}
		for _, cc := range s.kids[c] {
			if r := s.Tokens[cc].Rel; (r == "acl:relcl" || r == "acl" || r == "ccomp") && cc > c {
				if a, _ := s.subtree(cc); a == c+1 && s.low[a] == "that" {
					return cc
				}
			}
		}
	}
	return -1
}

// nounBetween reports whether tokens [a, b) hold a noun outside any name:
// a description of the speaker ("the Lord Mayor candidate").
func (x *doc) nounBetween(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.Tokens[k].UPOS == "NOUN" && (s.ment[k] < 0 || x.ments[s.ment[k]].kind != mName) {
			return true
		}
	}
	return false
}

// namingParticiple reports whether token v is a participle that gives a
// thing its name ("a plan called …", "a group named …").
func namingParticiple(s *sent, v int) bool {
	switch s.lemma[v] {
	case "call", "name", "dub", "title", "nickname", "label", "brand":
		return s.Tokens[v].XPOS == "VBN" && strings.HasPrefix(s.Tokens[v].Rel, "acl")
	}
	return false
}

// hasQuotation reports whether sentence s holds a quotation.
func (x *doc) hasQuotation(s *sent) bool {
	for _, q := range s.quote {
		if q >= 0 {
			return true
		}
	}
	return false
}

// clausal reports whether verb v has a clause of its own after it
// ("agreed, claiming …").
func clausal(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		if c < v {
			continue // a parenthetical's sentence may hang on it
		}
		switch s.Tokens[c].Rel {
		case "ccomp", "xcomp", "advcl", "parataxis", "csubj":
			return true
		}
	}
	return false
}

// subordinate reports whether clause v is introduced by a conjunction that
// makes it a circumstance rather than a statement ("while X tweeted",
// "if the talks fail", "after Y said"): such a clause is not what a
// speech verb reports, nor is the sentence around it its speaker's words.
func subordinate(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel == "mark" && lexicon.IsCircumstance(s.low[c]) {
			return true
		}
	}
	return false
}

// quotesOf returns the quotations speech verb v introduces: those whose
// words depend on v, and those in v's sentence that are not attributed to
// another verb of it.
func (x *doc) quotesOf(s *sent, v int) []int {
	var out []int
	seen := map[int]bool{}
	// quotations touching the sentence
	for i := range s.Tokens {
		qi := s.quote[i]
		if qi < 0 || seen[qi] {
			continue
		}
		seen[qi] = true
		q := x.quotes[qi]
		if q.how == "turn" {
			continue // an interview's turn has its speaker
		}
		if q.words < 3 && !(q.words >= 2 && quoteNaming[s.lemma[v]] && s.Tokens[v].XPOS != "VBN" && x.dependsOn(s, i, v) && x.namesObject(s, v)) {
			continue // a scare quote
		}
		if other := x.otherSpeechVerb(s, v, qi); other || x.quotedTerm(qi) {
			continue
		}
		if w := x.governingSpeechVerb(s, i); w >= 0 && w != v && !x.dependsOn(s, i, v) {
			continue // "having declared it on his blog as "…", however Reed noted …": the other verb's
		}
		out = append(out, qi)
	}
	return out
}

// quotedTerm reports whether quotation qi is a few words quoted inside a
// clause rather than a statement: after a noun ("the term "natural born
// citizen"", "the slogan "…""), or after a form of "be" ("asked them to
// be "patient and resilient""). (A label after an article is the
// speaker's words: "called the inquiry a "witch hunt"".)
func (x *doc) quotedTerm(qi int) bool {
	q := x.quotes[qi]
	if q.open.s < 0 || q.open.t == 0 || q.from.s != q.to.s {
		return false
	}
	s := x.sents[q.open.s]
	k := q.open.t - 1
	if s.Tokens[k].Text == "," && k >= 1 && s.Tokens[k-1].UPOS == "NOUN" && askedNouns[s.lemma[k-1]] && q.words <= 30 {
		return true // "to add the question, "Are you a resident of Norland?", to the survey": the words of a form, however long
	}
	if q.words <= 8 && q.from.s == q.open.s {
		// "voted to pass the "Clean Harbors Bill 2021"": a name in marks
		if mi := s.ment[q.from.t]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == q.from.t && x.ments[mi].b >= q.to.t+1 {
			return true
		}
	}
	if q.words > 5 {
		return false
	}
	switch t := s.Tokens[k]; {
	case t.UPOS == "NOUN" && !statementNouns[s.lemma[k]], s.lemma[k] == "be" && t.UPOS != "PUNCT":
		return true
	case t.Text == "," && k >= 1 && s.Tokens[k-1].UPOS == "NOUN" && !statementNouns[s.lemma[k-1]] && askedNouns[s.lemma[k-1]]:
		return true // "to add the question, "Is this person a citizen?"": the words of a form
	}
	if (s.low[k] == "a" || s.low[k] == "an") && k >= 2 && (s.Tokens[k-1].UPOS == "PRON" || s.Tokens[k-1].UPOS == "NOUN" || s.Tokens[k-1].UPOS == "PROPN") {
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if quoteNaming[s.lemma[j]] && s.Tokens[j].UPOS == "VERB" {
				return true // "calling it a "difficult and painful decision"", "called Tom Vale a "decent man"": what the verb names it
			}
			if s.Tokens[j].UPOS != "PROPN" && s.Tokens[j].UPOS != "NOUN" && s.Tokens[j].UPOS != "DET" {
				break
			}
		}
	}
	if s.low[k] == "the" && k >= 1 {
		k--
	}
	// "also known as the "Radio Law"", "a plan dubbed "Velm First"": a name
	return s.low[k] == "as" && k >= 1 && s.low[k-1] == "known" || namingParticiple(s, k)
}

// askedNouns name a text that asks or is filled in, quoted after them.
var askedNouns = map[string]bool{"question": true, "slogan": true, "motto": true, "phrase": true, "title": true, "headline": true, "caption": true, "sign": true, "banner": true, "hashtag": true, "word": true, "words": true}

// otherSpeechVerb reports whether another speech verb of s outside
// quotations is closer to quotation qi than v.
func (x *doc) otherSpeechVerb(s *sent, v, qi int) bool {
	q := x.quotes[qi]
	dist := func(k int) int {
		a, b := 0, len(s.Tokens)-1
		if q.from.s == s.idx {
			a = q.from.t
		}
		if q.to.s == s.idx {
			b = q.to.t
		}
		switch {
		case k < a:
			return a - k
		case k > b:
			return k - b
		}
		return 0
	}
	dv := dist(v)
	for k := range s.Tokens {
		if k == v || s.quote[k] >= 0 || s.Tokens[k].UPOS != "VERB" || !lexicon.IsSpeechVerb(s.lemma[k]) && s.lemma[k] != s.lemma[v] {
			continue // (a second "calling" is a speech verb like the first)
		}
		if dist(k) < dv {
			return true
		}
	}
	return false
}

// clauseAfterHearer returns where the reported clause [a, b) of speech
// verb v starts once its hearer is left out: "told the court she was
// forced …" (the hearer parsed into the clause), and "told Agence
// France-Presse arson has been used …" (a name that starts the clause of
// "tell" and is followed by no verb of its own is the hearer).
func (x *doc) clauseAfterHearer(s *sent, v, hearer, a, b int) int {
	if s.lemma[v] == "tell" {
		at := a
		if s.low[at] == "the" && at+1 < b {
			at++ // "told the Velm Gazette four victims were …"
		}
		if mi := s.ment[at]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == at && x.ments[mi].b < b && x.ments[mi].ent >= 0 {
			if t := x.typeOf(x.ments[mi].ent); t == newsgraph.Person || t == newsgraph.Organization {
				if k := x.ments[mi].b; s.Tokens[k].UPOS != "AUX" && s.Tokens[k].UPOS != "VERB" && s.Tokens[k].UPOS != "PUNCT" && s.Tokens[k].UPOS != "CCONJ" {
					return k // (whatever the parse made the hearer)
				}
			}
		}
	}
	if hearer >= 0 {
		if ha, hb := s.subtree(hearer); ha <= a && hb > a {
			return hb
		}
	}
	return a
}

// bareClauseAfter returns the end of a clause written right after report
// verb v without "that" and which the parse did not give as its clause:
// the words up to the sentence's end or a semicolon (quotations inside
// it included), opening as a noun phrase or "there" does and holding a
// finite verb before any relative pronoun or comma; -1 when there is
// none.
func bareClauseAfter(s *sent, v int) int {
	if s.child(v, "ccomp") >= 0 || v+1 >= len(s.Tokens) || s.quote[v+1] >= 0 || strings.HasSuffix(s.Tokens[v].Rel, "relcl") {
		return -1
	}
	for k := 0; k < v; k++ {
		if s.head(k) == v && (s.Tokens[k].XPOS == "WRB" || s.Tokens[k].XPOS == "WP" || s.Tokens[k].XPOS == "WDT") {
			return -1 // "far from where the Navy's records predicted it would be"
		}
	}
	st := v + 1
	if st+2 < len(s.Tokens) && s.low[st] == "on" && lexicon.IsCalendar(s.Tokens[st+1].Text) {
		st += 2 // "announced on Tuesday there were suspects in custody"
		if st+2 < len(s.Tokens) && s.Tokens[st].Text == "," {
			st++ // "said on Sunday, the 36 people infected included …"
		}
	}
	if st+2 < len(s.Tokens) && s.Tokens[st].Text == "," && (s.low[st+1] == "citing" || s.low[st+1] == "quoting") {
		// "reported, citing hospital data, there were …": the source
		// set off between the verb and its clause
		k := st + 2
		for k < len(s.Tokens) && s.Tokens[k].Text != "," {
			k++
		}
		if k+1 >= len(s.Tokens) {
			return -1
		}
		st = k + 1
	}
	switch s.Tokens[st].UPOS {
	case "DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ":
	default:
		return -1
	}
	if st > v+1 && lexicon.IsCalendar(s.Tokens[st].Text) {
		return -1
	}
	if lexicon.IsCalendar(s.Tokens[v+1].Text) || timeNoun(s.low[v+1]) || v+2 < len(s.Tokens) && (s.low[v+1] == "last" || s.low[v+1] == "next" || s.low[v+1] == "this") && (lexicon.IsCalendar(s.Tokens[v+2].Text) || timeNoun(s.low[v+2])) {
		return -1 // "declared last Friday so she could …": when, not what
	}
	if s.Tokens[st].XPOS == "WP" || s.Tokens[st].XPOS == "WDT" {
		return -1
	}
	finite := false
	b := st
	for ; b < len(s.Tokens); b++ {
		t := s.Tokens[b]
		if t.Text == ";" || t.Text == ":" || t.UPOS == "PUNCT" && b == len(s.Tokens)-1 && s.quote[b] < 0 {
			break
		}
		// before the verb, a noun phrase: no comma, conjunction,
		// relative pronoun, preposition but "of", nor other verb
		// ("said the police used tear gas", the verb tagged a participle
		// with an object of its own: a past tense)
		o := s.child(b, "obj")
		pastWithObject := !finite && t.XPOS == "VBN" && o > b && s.child(o, "case") < 0 && s.child(b, "aux") < 0 && s.child(b, "aux:pass") < 0 && b > v+1 && s.Tokens[b-1].UPOS == "NOUN"
		if !finite && t.XPOS == "VBN" && o < 0 && b > v+1 && s.Tokens[b-1].UPOS == "NOUN" && b+1 < len(s.Tokens) && (s.Tokens[b+1].XPOS == "VBD" || s.Tokens[b+1].XPOS == "VBZ" || s.Tokens[b+1].XPOS == "VBP") {
			continue // "the people infected included …": a participle after its noun, before the verb
		}
		if !finite && (t.Text == "," || isRelPron(s.low[b]) || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" || t.UPOS == "ADP" && s.low[b] != "of" ||
			t.UPOS == "VERB" && t.XPOS != "VBZ" && t.XPOS != "VBD" && t.XPOS != "VBP" && !pastWithObject) {
			return -1
		}
		switch t.XPOS {
		case "VBZ", "VBD", "VBP", "MD":
			finite = true
		}
		if pastWithObject {
			finite = true
		}
	}
	if !finite {
		return -1
	}
	return b
}

// finiteVerb reports whether verb v is finite ("reported", "has
// maintained"), not a participle of another clause ("announcing").
func finiteVerb(s *sent, v int) bool {
	switch s.Tokens[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		return s.child(v, "aux") >= 0
	}
	return false
}

// quotedWord returns a quotation of one word, not yet attributed, that
// depends on verb v of s, or -1.
func (x *doc) quotedWord(s *sent, v int) int {
	for k := range s.Tokens {
		if qi := s.quote[k]; qi >= 0 && (x.quotes[qi].words == 1 || x.quotes[qi].words <= 5 && x.quotedTerm(qi)) && x.quotes[qi].speaker < 0 && x.quotes[qi].how != "turn" && x.quotes[qi].from.s == s.idx && x.dependsOn(s, k, v) {
			return qi
		}
	}
	return -1
}

// governingSpeechVerb returns the nearest speech verb outside quotations
// that token i depends on, or -1.
func (x *doc) governingSpeechVerb(s *sent, i int) int {
	for d, k := 0, s.head(i); d < 40 && k >= 0; d, k = d+1, s.head(k) {
		if s.quote[k] < 0 && s.Tokens[k].UPOS == "VERB" && lexicon.IsSpeechVerb(s.lemma[k]) {
			return k
		}
	}
	return -1
}

// dependsOn reports whether token i lies in the subtree of token v.
func (x *doc) dependsOn(s *sent, i, v int) bool {
	for d := 0; d < 40 && i >= 0; d++ {
		if i == v {
			return true
		}
		i = s.head(i)
	}
	return false
}

// clauseSubject returns the subject token of verb v, following
// coordination and control up the tree ("…and added that"), or -1.
func (x *doc) clauseSubject(s *sent, v, depth int) int {
	if depth > 4 {
		return -1
	}
	best := -1
	for _, k := range s.kids[v] {
		switch s.Tokens[k].Rel {
		case "nsubj", "nsubj:outer":
			if isRelPron(s.low[k]) && s.Tokens[k].Text != strings.ToUpper(s.Tokens[k].Text) {
				if k >= 2 && s.Tokens[k-1].Text == "," && s.ment[k-2] >= 0 && x.ments[s.ment[k-2]].kind == mName && x.ments[s.ment[k-2]].b == k-1 && s.Tokens[v].Rel == "conj" &&
					(s.prep(x.ments[s.ment[k-2]].head) == "to" || s.prep(x.ments[s.ment[k-2]].head) == "with") {
					return x.ments[s.ment[k-2]].head // "spoke to the Coast Patrol, who told it …", the relative clause parsed as a second verb
				}
				if h := s.head(v); h >= 0 && s.Tokens[v].Rel == "acl:relcl" {
					if u := s.Tokens[h].UPOS; (u == "VERB" || u == "AUX") && k >= 1 && s.ment[k-1] >= 0 && x.ments[s.ment[k-1]].kind == mName {
						return x.ments[s.ment[k-1]].head // "drafted by Clara Mendel who said", the clause hung on the verb
					}
					return h
				}
				continue
			}
			// the parser may split "WHO director-general Tedros …" into
			// two subjects: the one naming a person, else the last
			if best < 0 || k < v && best > v || (k < v) == (best < v) && (x.npEntity(s, k) >= 0 && x.typeOf(x.npEntity(s, k)) == newsgraph.Person || x.npEntity(s, best) < 0) {
				best = k
			}
		case "nsubj:pass":
			return -1 // "was told", "is said to"
		}
	}
	if best >= 0 {
		return best
	}
	for _, k := range s.kids[v] {
		// "Ana Ruiz, speaking for the union, said …", the subject parsed
		// as the participle's
		if k < v && s.Tokens[k].Rel == "advcl" && s.Tokens[k].XPOS == "VBG" && s.child(k, "mark") < 0 {
			if sb := s.child(k, "nsubj"); sb >= 0 && sb < k {
				return sb
			}
		}
	}
	if r := s.Tokens[v].Rel; (r == "root" || s.Tokens[v].Head < 0) && s.child(v, "nsubj:pass") < 0 {
		// "After meeting with Blinken, Netanyahu in a video address
		// applauded …", parsed without a subject: the first name of the
		// clause before the verb, not inside a prepositional phrase
		if k := x.fallbackSubject(s, v); k >= 0 {
			return k
		}
	}
	switch s.Tokens[v].Rel {
	case "conj", "xcomp":
		if h := s.head(v); h >= 0 && (s.Tokens[h].UPOS == "VERB" || s.Tokens[h].UPOS == "AUX") {
			if s.Tokens[v].Rel == "conj" && s.Tokens[v].XPOS == "VBZ" && s.Tokens[h].XPOS == "VBD" {
				return -1 // "X declined the offer after a recording in which someone … says": not X's, whatever the parse
			}
			return x.clauseSubject(s, h, depth+1)
		}
	case "advcl":
		// "…, saying that": the subject of the clause it adjoins
		if s.Tokens[v].XPOS == "VBG" {
			if h := s.head(v); h >= 0 {
				return x.clauseSubject(s, h, depth+1)
			}
		}
	}
	return -1
}

func isRelPron(w string) bool { return w == "who" || w == "which" || w == "that" || w == "whom" }

// roleBeforeComma reports whether the words from k to the next comma
// (at most six) hold a title: "the airport's spokeswoman,".
func roleBeforeComma(s *sent, k, b int) bool {
	for j := k; j < b && j < k+6 && s.Tokens[j].Text != ","; j++ {
		if lexicon.Role(s.low[j]) != lexicon.NotRole && s.Tokens[j].UPOS == "NOUN" {
			return j+1 < b && (s.Tokens[j+1].Text == "," || s.low[j+1] == "of")
		}
	}
	return false
}

// sourceBefore reports whether the sentence before s in its paragraph
// names a statement, report or post ("according to a statement posted
// to his account"), which a following "it" may stand for.
func (x *doc) sourceBefore(s *sent) bool {
	if s.idx == 0 || x.sents[s.idx-1].para != s.para {
		return false
	}
	p := x.sents[s.idx-1]
	for k := range p.Tokens {
		if p.Tokens[k].UPOS == "NOUN" && sourceNouns[p.lemma[k]] {
			return true
		}
	}
	return false
}

// speakerEntity returns the entity a speaker token refers to (see
// npEntity); for "a spokesman for X", "X's spokesman" and "a statement
// from X" without a name of the person, X. Quotations and concepts do not
// speak; -1 when there is no entity.
func (x *doc) speakerEntity(s *sent, k int) int {
	if k >= 0 && k < len(s.Tokens) && s.quote[k] >= 0 {
		return -1 // a speaker is never inside the quotation
	}
	if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mPron {
		switch x.ments[mi].pron {
		case "they", "them", "their", "themselves":
			return -1 // too often people the text does not name
		case "it":
			if x.sourceBefore(s) {
				return -1 // "… according to a statement posted to his account. It also stated …": the statement, not the last body named
			}
		}
	}
	if k >= 0 && k < len(s.Tokens) && channelNouns[s.lemma[k]] && s.Tokens[k].UPOS == "NOUN" {
		// "an official government Twitter account made the following
		// announcement": the medium does not speak, its owner does
		if p := possessorOf(s, k); p >= 0 {
			return x.entityAt(s, p)
		}
		for _, c := range s.kids[k] {
			if s.Tokens[c].Rel == "nmod" && (s.prep(c) == "for" || s.prep(c) == "of") {
				return x.npEntity(s, c) // "the account for The Bernie and Sid Show"
			}
		}
		var named []int // "the Velm Council Facebook page": the first of two names
		for _, c := range s.kids[k] {
			if e := x.coveringName(s, c); c < k && s.Tokens[c].Rel == "compound" && e >= 0 && !slices.Contains(named, e) {
				named = append(named, e)
			}
		}
		if len(named) >= 2 && (x.typeOf(named[0]) == newsgraph.Organization || x.typeOf(named[0]) == newsgraph.Person) {
			return named[0]
		}
		return -1
	}
	if p := x.agentNamed(s, k); p >= 0 {
		return p
	}
	if ei := x.npEntity(s, k); ei >= 0 {
		e := x.ents[ei]
		if e.quote || e.concept || isParty(e.name) && someMembers(s, k) {
			return -1 // (nor "a Republican told …": a member of the party)
		}
		if c := x.capitalAgent(s, ei, k); c >= 0 {
			return c
		}
		if o := x.placedSpeaker(s, ei, k); o >= 0 {
			return o
		}
		if mi := s.ment[k]; mi >= 0 && x.typeOf(ei) == newsgraph.Organization {
			// "Lena Holt of Marriage Equality Coalition said", parsed
			// with the organization as the subject: the person speaks
			if a := x.ments[mi].a; a >= 2 && s.low[a-1] == "of" {
				if pi := s.ment[a-2]; pi >= 0 && x.ments[pi].kind == mName && x.ments[pi].ent >= 0 && x.typeOf(x.ments[pi].ent) == newsgraph.Person {
					return x.ments[pi].ent
				}
			}
		}
		// "Johns Hopkins Center … anthropologist Monica Schoch-Spana
		// told", parsed with the organization as the subject, or "Imus in
		// the Morning writer Rob Bartlett tweeted", with the show's
		// namesake: the person the subject phrase names after a role
		if p := x.personAfter(s, k); p >= 0 && p != ei {
			return p
		}
		if p := x.possessedRolePerson(s, k); p >= 0 && p != ei {
			return p
		}
		if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName {
			// "According to the University of Norland's Institute for
			// Coastal Studies": the body the possessive names speaks
			if b := x.ments[mi].b; b+1 < len(s.Tokens) && s.Tokens[b].XPOS == "POS" && s.ment[b+1] >= 0 && x.ments[s.ment[b+1]].kind == mName && x.ments[s.ment[b+1]].a == b+1 {
				if o := x.ments[s.ment[b+1]].ent; o >= 0 && o != ei && x.typeOf(o) == newsgraph.Organization && x.typeOf(ei) != newsgraph.Person {
					return o
				}
			}
		}
		if x.typeOf(ei) == newsgraph.Organization {
			// "A Department of Energy spokesperson, Lena Holt, said",
			// parsed with the organization as the subject and the
			// person as its apposition: the person speaks
			for _, c := range s.kids[k] {
				if s.Tokens[c].Rel == "appos" && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName {
					if p := x.ments[s.ment[c]].ent; p >= 0 && p != ei && x.typeOf(p) == newsgraph.Person {
						return p
					}
				}
			}
		}
		return ei
	}
	if p := x.namedAfterRole(s, k); p >= 0 {
		return p // "The director of the Velm Society, Tom Vale, told …"
	}
	for _, c := range s.kids[k] {
		// "a university student named Wong said": the one the noun names
		if s.Tokens[c].Rel == "acl" && namingParticiple(s, c) {
			for _, n := range s.kids[c] {
				if r := s.Tokens[n].Rel; (r == "xcomp" || r == "obj") && s.ment[n] >= 0 && x.ments[s.ment[n]].kind == mName && x.ments[s.ment[n]].ent >= 0 {
					if t := x.typeOf(x.ments[s.ment[n]].ent); t == newsgraph.Person || t == newsgraph.Organization {
						return x.ments[s.ment[n]].ent
					}
				}
			}
		}
	}
	if p := x.personEndingRole(s, k); p >= 0 {
		return p
	}
	if governing[s.lemma[k]] {
		// "Nortena's government announced": the place speaks, as for
		// "the government of Nortena said"
		for _, c := range s.kids[k] {
			if s.Tokens[c].Rel == "nmod:poss" {
				if e := x.entityAt(s, c); e >= 0 && x.typeOf(e) == newsgraph.Place {
					return e
				}
			}
		}
	}
	if d := s.child(k, "det"); d >= 0 && s.low[d] == "the" && lexicon.Role(s.lemma[k]) != lexicon.NotRole && !sourceNouns[s.lemma[k]] {
		// "The Wooster professor added": the one person the article
		// gave that role before, not the college
		var mods []string
		for _, c := range s.kids[k] {
			if r := s.Tokens[c].Rel; c < k && (r == "amod" || r == "compound") && (!capitalised(s.Tokens[c].Text) || lexicon.IsRoleModifier(s.low[c])) {
				mods = append(mods, s.low[c]) // ("the local health minister" is not the aviation minister, "the Foreign Minister" no minister for Northern Affairs)
			}
		}
		if p := x.personWithRole(s.lemma[k], mods, s.Tokens[k].Start); p >= 0 {
			return p
		}
	}
	if lexicon.Role(s.lemma[k]) != lexicon.NotRole {
		// "Omar Tamimi, the city's police chief, said", parsed with the
		// name as the role's subject: the person, not the police
		for _, c := range s.kids[k] {
			if r := s.Tokens[c].Rel; c < k && (r == "nsubj" || r == "appos") && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName {
				if e := x.ments[s.ment[c]].ent; e >= 0 && x.typeOf(e) == newsgraph.Person {
					return e
				}
			}
		}
	}
	if lexicon.Role(s.lemma[k]) != lexicon.NotRole && !ownVoice[s.lemma[k]] || sourceNouns[s.lemma[k]] {
		// the author first ("a Twitter post by Amy Cook"), then a
		// possessor, then a modifier (but "the Tamworth professor" speaks
		// for no college)
		for pass := 0; pass < 3; pass++ {
			for _, c := range s.kids[k] {
				r := s.Tokens[c].Rel
				ok := false
				switch pass {
				case 0:
					// (an eyewitness "for" an agency speaks for no one)
					ok = r == "nmod" && (s.prep(c) == "by" || s.prep(c) == "for" || s.prep(c) == "of" || s.prep(c) == "at" || s.prep(c) == "from") &&
						(sourceNouns[s.lemma[k]] || lexicon.Role(s.lemma[k]) == lexicon.Member || lexicon.Role(s.lemma[k]) == lexicon.Leads)
				case 1:
					ok = r == "nmod:poss"
				case 2:
					ok = r == "compound"
				}
				if !ok {
					continue
				}
				if ei := x.npEntity(s, c); ei >= 0 && !x.ents[ei].quote && !x.ents[ei].concept &&
					(x.typeOf(ei) == newsgraph.Organization || sourceNouns[s.lemma[k]] && x.typeOf(ei) != newsgraph.Place) {
					return ei // (the governor of a state is no state, a minister's spokesman no minister)
				}
			}
		}
		// "a survey published in 2017 by the Royal Pharmaceutical Society"
		for _, c := range s.kids[k] {
			if s.Tokens[c].Rel == "acl" {
				for _, cc := range s.kids[c] {
					if r := s.Tokens[cc].Rel; r == "obl:agent" || r == "obl" && s.prep(cc) == "by" {
						if ei := x.npEntity(s, cc); ei >= 0 && !x.ents[ei].quote && !x.ents[ei].concept {
							return ei
						}
					}
				}
			}
		}
	}
	return -1
}

// personWithRole returns the one person the document introduced before
// byte offset at with role word role ("professor" of "a professor at the
// college"), whose role has the words mods too, or -1 when none or several
// are.
func (x *doc) personWithRole(role string, mods []string, at int) int {
	found := -1
	for ei, e := range x.ents {
		if e.typ != newsgraph.Person || e.first >= at {
			continue
		}
	roles:
		for _, r := range e.roles {
			for _, m := range mods {
				if !slicesContains(strings.Fields(strings.ToLower(r)), m) {
					continue roles
				}
			}
			if strings.EqualFold(lastWord(r), role) {
				if found >= 0 && found != ei {
					return -1
				}
				found = ei
			}
		}
	}
	return found
}

// placedSpeaker returns the organization or person placed by the place at
// token k, parsed as the speaker: "the Ministry of Health in Munich,
// Germany confirmed" is the ministry's statement, not Germany's; -1
// otherwise.
func (x *doc) placedSpeaker(s *sent, ei, k int) int {
	mi := s.ment[k]
	if mi < 0 || x.typeOf(ei) != newsgraph.Place {
		return -1
	}
	a := x.ments[mi].a
	if a < 3 || s.Tokens[a-1].Text != "," || s.ment[a-2] < 0 {
		return -1
	}
	town := x.ments[s.ment[a-2]]
	if town.ent < 0 || x.typeOf(town.ent) != newsgraph.Place || town.a < 2 || (s.low[town.a-1] != "in" && s.low[town.a-1] != "at") {
		return -1
	}
	if oi := s.ment[town.a-2]; oi >= 0 && x.ments[oi].kind == mName && x.ments[oi].ent >= 0 {
		if t := x.typeOf(x.ments[oi].ent); t == newsgraph.Organization || t == newsgraph.Person {
			return x.ments[oi].ent
		}
	}
	return -1
}

// npEntity returns the entity of the noun phrase headed by token k: the
// mention at k, or the name a title noun introduces ("deputy director
// Michael Morell", parsed with the title as head); -1 when none.
func (x *doc) npEntity(s *sent, k int) int {
	if k < 0 || k >= len(s.Tokens) {
		return -1
	}
	if ei := x.entityAt(s, k); ei >= 0 && x.ments[s.ment[k]].kind != mDesc {
		if p := x.placePerson(s, s.ment[k]); p >= 0 {
			return p
		}
		if isParty(x.ents[ei].name) {
			// "a Republican, Mark Amodei, said": the person apposed to
			// a party word
			for _, c := range s.kids[k] {
				// (an apposition parsed as a list: "a Republican, Mark
				// Amodei, has …")
				if c > k && (s.Tokens[c].Rel == "appos" || s.Tokens[c].Rel == "conj" && s.child(c, "cc") < 0 && s.Tokens[c-1].Text == ",") {
					if p := x.entityAt(s, c); p >= 0 && x.typeOf(p) == newsgraph.Person {
						return p
					}
				}
			}
		}
		return ei
	}
	desc := x.entityAt(s, k) // a description: a name apposed to it wins
	for _, c := range s.kids[k] {
		switch s.Tokens[c].Rel {
		case "flat", "appos", "compound", "nmod:desc", "conj":
			if c < k && s.Tokens[c].Rel != "nmod:desc" {
				continue
			}
			if s.Tokens[c].Rel == "conj" && (desc < 0 || s.child(c, "cc") >= 0 || c == 0 || s.Tokens[c-1].Text != ",") {
				continue // (an apposition parsed as a list: "the judge …, Bernard Schwartz,")
			}
			if ei := x.entityAt(s, c); ei >= 0 && x.ments[s.ment[c]].kind == mName && x.ents[ei].typ == newsgraph.Person {
				return ei
			}
		}
	}
	// "the Make Crate subscription service", "the Civil Security
	// service": a name compounded before an organization noun
	if t, ok := lexicon.Description(s.lemma[k]); (ok && t == "Organization" || lexicon.IsOrgWord(s.low[k]) && !sourceNouns[s.lemma[k]]) && s.Tokens[k].UPOS == "NOUN" {
		for _, c := range s.kids[k] {
			if c < k && s.Tokens[c].Rel == "compound" && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName {
				if e := x.entityAt(s, c); e >= 0 && x.typeOf(e) != newsgraph.Person && x.typeOf(e) != newsgraph.Place {
					return e
				}
			}
		}
	}
	// "the British capital London", "the province of North Cotabato": a
	// type noun and the name it introduces
	if t, ok := lexicon.Description(s.lemma[k]); ok && s.Tokens[k].UPOS == "NOUN" {
		for _, c := range s.kids[k] {
			r := s.Tokens[c].Rel
			// (a person "of" someone is not them: "the lawyer of Tom Hale")
			if c > k && (r == "appos" || r == "flat" || r == "nmod" && s.prep(c) == "of" && t != "Person") && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName {
				return x.entityAt(s, c)
			}
		}
		if k+1 < len(s.Tokens) && s.ment[k+1] >= 0 && x.ments[s.ment[k+1]].kind == mName && x.ments[s.ment[k+1]].a == k+1 {
			return x.entityAt(s, k+1)
		}
		// "a woman named Heather Heyer"
		for _, c := range s.kids[k] {
			if c == k+1 && strings.HasPrefix(s.Tokens[c].Rel, "acl") && (s.low[c] == "named" || s.low[c] == "called") &&
				c+1 < len(s.Tokens) && s.ment[c+1] >= 0 && x.ments[s.ment[c+1]].kind == mName && x.ments[s.ment[c+1]].a == c+1 {
				return x.entityAt(s, c+1)
			}
		}
	}
	return desc
}

// placePerson reads "Ohio man James Fields", "Texas resident Ana Ruiz",
// "Vexa engineer Tom Hale" (parsed with the first name as the head): the
// person named after a name and a noun for a person; -1 when the mention
// mi is not followed so.
func (x *doc) placePerson(s *sent, mi int) int {
	m := x.ments[mi]
	if m.kind != mName || m.ent < 0 || m.b+1 >= len(s.Tokens) {
		return -1
	}
	if t, ok := lexicon.Description(s.lemma[m.b]); !ok || t != string(newsgraph.Person) || s.Tokens[m.b].UPOS != "NOUN" {
		return -1
	}
	if pm := s.ment[m.b+1]; pm >= 0 && x.ments[pm].kind == mName && x.ments[pm].a == m.b+1 && x.ments[pm].ent >= 0 && x.typeOf(x.ments[pm].ent) == newsgraph.Person {
		return x.ments[pm].ent
	}
	return -1
}

// entityAt returns the entity of the mention covering token k, or -1.
func (x *doc) entityAt(s *sent, k int) int {
	if k < 0 || k >= len(s.Tokens) {
		return -1
	}
	if mi := s.ment[k]; mi >= 0 {
		return x.ments[mi].ent
	}
	return -1
}

// accordingTo reads "according to X": X said what the clause states.
// mainSubject returns the entity of the subject of the sentence's main
// clause when it comes after token v (the clause that an opening
// "According to …," phrase belongs to), or -1.
func (x *doc) mainSubject(s *sent, v int) int {
	for k := range s.Tokens {
		if s.Tokens[k].Rel != "root" {
			continue
		}
		subj := s.child(k, "nsubj")
		if subj < 0 {
			subj = s.child(k, "nsubj:pass")
		}
		if subj > v+2 && s.ment[subj] >= 0 && x.ments[s.ment[subj]].kind == mName {
			if e := x.ments[s.ment[subj]].ent; e >= 0 && (x.typeOf(e) == newsgraph.Organization || x.typeOf(e) == newsgraph.Person) {
				return e
			}
		}
	}
	return -1
}

func (x *doc) accordingTo(s *sent, v int) {
	// the object of "to": the nominal whose case markers are "according
	// to" (UD: "according" case with "to" fixed), else the first nominal
	// after "to"
	obj := -1
	for k := v + 2; k < len(s.Tokens) && k < v+14; k++ {
		if h := s.head(v); h == k || s.head(v+1) == k {
			obj = k
			break
		}
	}
	if obj < 0 {
		for k := v + 2; k < len(s.Tokens) && k < v+14; k++ {
			if s.isPunct(k) {
				break
			}
			if u := s.Tokens[k].UPOS; (u == "NOUN" || u == "PROPN") && (k+1 >= len(s.Tokens) || s.isPunct(k+1) || s.Tokens[k+1].UPOS != "NOUN" && s.Tokens[k+1].UPOS != "PROPN") {
				obj = k
				break
			}
		}
	}
	if obj < 0 {
		return
	}
	// "according to a Twitter post by Amy Cook", "according to these
	// videos and NPR": the author of a post, or a conjunct
	var speakers []int
	closed := false
	for _, k := range conjuncts(s, obj) {
		if closed {
			break // "According to A and B, Jane Doe is …": the list ended with B
		}
		if k != obj && s.child(k, "cc") >= 0 {
			closed = true
		}
		ei := -1
		if p := possessorOf(s, k); p >= 0 && s.Tokens[p].UPOS == "PRON" && sourceNouns[s.lemma[k]] && v <= 1 {
			// "According to its press release, the NBA was …": the
			// pronoun is the main clause's subject, named after it
			ei = x.mainSubject(s, v)
		}
		if ei < 0 {
			ei = x.speakerEntity(s, k)
		}
		if ei < 0 {
			for _, c := range s.kids[k] {
				// (a possessor speaks through its statement or its
				// spokesman, not through its critics: "according to
				// Johnson's critics")
				if s.Tokens[c].Rel == "nmod" && (s.prep(c) == "by" || s.prep(c) == "from") || s.Tokens[c].Rel == "nmod:poss" && (sourceNouns[s.lemma[k]] || strings.HasPrefix(s.lemma[k], "spokes")) {
					if ei = x.speakerEntity(s, c); ei >= 0 {
						break
					}
				}
				if s.Tokens[c].Rel == "acl" && sourceNouns[s.lemma[k]] {
					// "a survey published in 2017 by X"
					for _, cc := range s.kids[c] {
						if r := s.Tokens[cc].Rel; r == "obl:agent" || r == "obl" && s.prep(cc) == "by" {
							if ei = x.speakerEntity(s, cc); ei >= 0 {
								break
							}
						}
					}
					if ei >= 0 {
						break
					}
				}
			}
		}
		if ei < 0 && lexicon.In(lexicon.OutletNoun, s.lemma[k]) {
			// "according to the Brindle Press news agency": the outlet
			// named before its kind
			for _, c := range s.kids[k] {
				if r := s.Tokens[c].Rel; c < k && (r == "compound" || r == "amod") {
					if e := x.coveringName(s, c); e >= 0 && x.typeOf(e) == newsgraph.Organization {
						ei = e
					}
				}
			}
		}
		if ei < 0 && sourceNouns[s.lemma[k]] {
			// the same, however it is parsed: "by X" before the comma
			for j := k + 1; j+1 < len(s.Tokens) && !s.isPunct(j); j++ {
				if s.low[j] == "by" {
					for i := j + 1; i < len(s.Tokens) && !s.isPunct(i) && ei < 0; i++ {
						if s.ment[i] >= 0 && x.ments[s.ment[i]].kind == mName {
							ei = x.speakerEntity(s, i)
						}
					}
					break
				}
			}
		}
		if ei < 0 {
			continue
		}
		if t := x.typeOf(ei); t != newsgraph.Person && t != newsgraph.Organization {
			continue
		}
		speakers = append(speakers, ei)
	}
	if len(speakers) == 0 {
		return
	}
	ei := speakers[0]
	// the statement: the sentence without the "according to" phrase
	a, b := 0, len(s.Tokens)
	if v == 0 || v == 1 {
		k := v + 2
		for k < b && !(s.Tokens[k].Text == ",") {
			k++
		}
		// past the source's own phrase ("According to Professor X, who
		// is co-chairman of the committee, …")
		if k+1 < b && (isRelPron(s.low[k+1]) || s.low[k+1] == "whose" || s.Tokens[k+1].UPOS == "DET" && k+2 < b && (lexicon.Role(s.low[k+2]) != lexicon.NotRole || roleBeforeComma(s, k+2, b))) {
			k0 := k
			for k++; k < b && !(s.Tokens[k].Text == ","); k++ {
			}
			if k+1 >= b {
				k = k0 // no phrase of the source's: "…, the delegates are not bound."
			}
		}
		// ("According to police in Baytown, Texas, …": the place's
		// region after its comma)
		for k+1 < b && s.ment[k+1] >= 0 && x.ments[s.ment[k+1]].kind == mName && x.ments[s.ment[k+1]].a == k+1 && x.ments[s.ment[k+1]].ent >= 0 &&
			x.typeOf(x.ments[s.ment[k+1]].ent) == newsgraph.Place && x.ments[s.ment[k+1]].b < b && s.Tokens[x.ments[s.ment[k+1]].b].Text == "," && k-1 >= 0 && s.ment[k-1] >= 0 &&
			x.ments[s.ment[k-1]].kind == mName && x.ments[s.ment[k-1]].ent >= 0 && x.typeOf(x.ments[s.ment[k-1]].ent) == newsgraph.Place {
			k = x.ments[s.ment[k+1]].b
		}
		// ("According to the city's mayor, Ivo Marsh, …": the source's
		// name in apposition)
		if k+1 < b {
			if mi := s.ment[k+1]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == k+1 && x.ments[mi].ent == ei && x.ments[mi].b < b && s.Tokens[x.ments[mi].b].Text == "," {
				k = x.ments[mi].b
			}
		}
		a = k + 1
	} else {
		b = v
		for b > 0 && s.isPunct(b-1) {
			b--
		}
	}
	if a >= b {
		a, b = 0, len(s.Tokens)
	}
	// quotations in the sentence go to X
	for i := range s.Tokens {
		if qi := s.quote[i]; qi >= 0 && x.quotes[qi].speaker < 0 && x.quotes[qi].words >= 3 && !x.quotedTerm(qi) {
			x.quotes[qi].speaker, x.quotes[qi].how = ei, "according"
			x.sayQuote(s, -1, ei, qi)
			return
		}
	}
	for _, ei := range speakers {
		x.sayText(s, ei, a, b, "according to")
	}
}

// colonQuotes attributes a quotation introduced by a colon to the subject
// of the clause before it ("X praised Mendez on Twitter: “…”").
func (x *doc) colonQuotes(s *sent) {
	for i := 1; i+1 < len(s.Tokens); i++ {
		if s.Tokens[i].Text != ":" || s.quote[i] >= 0 {
			continue
		}
		qi := -1
		if s.quote[i+1] >= 0 {
			qi = s.quote[i+1]
		} else if i+2 < len(s.Tokens) && s.quote[i+2] >= 0 && quoteMark(s.Tokens[i+1].Text) != 0 {
			qi = s.quote[i+2]
		}
		if qi < 0 || x.quotes[qi].speaker >= 0 || x.quotes[qi].how == "turn" || x.quotes[qi].words < 3 {
			continue // (": “COVID-19” is to replace …" quotes a name)
		}
		// the main verb before the colon and its subject
		for v := i - 1; v >= 0; v-- {
			if s.Tokens[v].UPOS != "VERB" || s.quote[v] >= 0 {
				continue
			}
			subj := x.clauseSubject(s, v, 0)
			if subj < 0 {
				continue
			}
			if ei := x.speakerEntity(s, subj); ei >= 0 {
				x.quotes[qi].speaker, x.quotes[qi].how = ei, "colon"
				x.sayQuote(s, v, ei, qi)
			}
			break
		}
	}
}

// continuedQuotes attributes quotations left without a speaker: one that
// continues a quotation into a new paragraph takes its speaker; a
// quotation in the sentence after a sentence "X said." — or before one —
// is X's; a paragraph that is one quotation right after a paragraph with
// an attributed quotation is its speaker's.
func (x *doc) continuedQuotes() {
	for qi, q := range x.quotes {
		if q.speaker >= 0 || q.words < 3 {
			continue
		}
		if q.prev >= 0 && x.quotes[q.prev].speaker >= 0 {
			q.speaker, q.how = x.quotes[q.prev].speaker, "continued"
			x.sayQuote(x.sents[q.from.s], -1, q.speaker, qi)
			continue
		}
		// the previous quotation, if in the same or previous paragraph
		// and attributed, and nothing else attributed in between
		if q.close.s >= 0 && x.speechOutside(x.sents[q.close.s]) {
			continue // ""…," said a protester using the pseudonym Katya": its own speaker, unnamed
		}
		if qi > 0 {
			p := x.quotes[qi-1]
			if p.speaker >= 0 && x.sents[q.from.s].para-x.sents[p.to.s].para <= 1 && x.quoteOpensParagraph(q) {
				q.speaker, q.how = p.speaker, "paragraph"
				x.sayQuote(x.sents[q.from.s], -1, q.speaker, qi)
				continue
			}
			// ""…," he told the press. "I could have."": a quotation
			// that opens the sentence right after an attributed one's
			// goes on with the same speaker
			if end := max(p.to.s, p.close.s); p.speaker >= 0 && p.how != "turn" && q.open.s >= 0 && q.open.t == 0 && q.open.s == end+1 &&
				x.sents[q.open.s].para == x.sents[end].para && !x.speechOutside(x.sents[q.open.s]) {
				q.speaker, q.how = p.speaker, "next"
				x.sayQuote(x.sents[q.from.s], -1, q.speaker, qi)
			}
		}
	}
}

// negatedVerb reports whether verb v is negated by a word of its own
// ("would not confirm", "never took").
func negatedVerb(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		if r := s.Tokens[c].Rel; (r == "advmod" || r == "neg") && (s.low[c] == "not" || s.low[c] == "n't" || s.low[c] == "never") {
			return true
		}
	}
	return false
}

// speechOutside reports whether sentence s has a speech verb outside
// quotations.
func (x *doc) speechOutside(s *sent) bool {
	for v := range s.Tokens {
		if s.quote[v] < 0 && s.Tokens[v].UPOS == "VERB" && lexicon.IsSpeechVerb(s.lemma[v]) {
			return true
		}
	}
	return false
}

// quoteOpensParagraph reports whether quotation q opens its paragraph.
func (x *doc) quoteOpensParagraph(q *quotation) bool {
	if q.open.s < 0 {
		return false
	}
	s := x.sents[q.open.s]
	if q.open.t != 0 {
		return false
	}
	return q.open.s == 0 || x.sents[q.open.s-1].para != s.para
}

// sayQuote records that entity ei said quotation qi, as stated in sentence
// s.
func (x *doc) sayQuote(s *sent, v, ei, qi int) {
	if v >= 0 && ei >= 0 {
		if x.verbSpeaker == nil {
			x.verbSpeaker = map[pos]int{}
		}
		x.verbSpeaker[pos{s.idx, v}] = ei + 1
	}
	q := x.quotes[qi]
	if q.ent < 0 {
		e := &entity{name: x.d.Text[q.span.Start:q.span.End], typ: newsgraph.Quote, quote: true, span: q.span, first: q.span.Start}
		x.ents = append(x.ents, e)
		q.ent = len(x.ents) - 1
	}
	raw := "said"
	if v >= 0 {
		raw = s.Tokens[v].Text
	}
	ev := s.whole()
	if q.from.s != s.idx || q.to.s != s.idx {
		// a quotation over several sentences: the evidence runs from
		// the first to the last of them and the attribution
		a, b := min(q.from.s, s.idx), max(q.to.s, s.idx)
		ev.Start, ev.End = x.sents[a].Start, x.sents[b].End
	}
	x.addFact(fact{s: ei, o: q.ent, pred: newsgraph.Said, raw: raw, sent: s.idx, conf: 0.8, span: ev, evidence: ev})
}

// sayClause records that the speaker at token subj (and every speaker
// coordinated with it, or listed after "including") said the reported
// clause [a, b) of s.
func (x *doc) sayClause(s *sent, v, subj, a, b int) (first int) {
	first = -1
	if strings.HasPrefix(s.Tokens[v].Rel, "acl") && (s.lemma[v] == "declare" || s.lemma[v] == "announce") && s.child(v, "obj") < 0 && s.child(v, "ccomp") < 0 {
		return -1 // "a lawsuit against the emergency the governor declared": the noun is what was declared
	}
	if a+1 < b && s.low[a] == "that" && s.Tokens[a+1].UPOS != "VERB" && s.Tokens[a+1].UPOS != "AUX" {
		a++ // ("that 12 people died", the conjunction parsed into the clause)
	}
	if a < b && a > v && whWords[s.low[a]] {
		return -1 // "explained why he thinks …": what the words were about, not what they said
	}
	if s.lemma[v] == "deny" && a > v {
		a = v // "denies the two explosions are related": the clause alone would say the reverse
	}
	if b <= v && !hasVerb(s, a, b) {
		return -1 // "One of the team's coaches, Jane Doe, told …": a subject phrase the parse hung on the verb, no statement
	}
	ks := conjuncts(s, subj)
	if x.speakerEntity(s, subj) < 0 {
		// "German firms including X, Y and Z announced", "unions such
		// as X and Y said"
		for _, c := range s.kids[subj] {
			if s.Tokens[c].Rel == "nmod" && listingPrep(s.prep(c)) || s.Tokens[c].Rel == "appos" {
				ks = append(ks, conjuncts(s, c)...)
				if mi := s.ment[c]; mi >= 0 && x.ments[mi].kind == mName {
					ks = append(ks, x.listedAfter(s, x.ments[mi])...) // (however the parse hangs the list)
				}
			}
		}
	}
	said := map[int]bool{}
	for i, k := range ks {
		if i > 0 && k > subj && s.child(k, "cc") < 0 && s.Tokens[k-1].Text == "," && lexicon.Role(s.lemma[k]) != lexicon.NotRole {
			continue // "X, Director General of Y, said": the speaker's title, not a second speaker
		}
		if mi, cc := s.ment[k], s.child(k, "cc"); i > 0 && mi >= 0 && cc > x.ments[mi].a && cc < x.ments[mi].b {
			continue // "Anna Clark of the Brown and Lee Foundation noted": an "and" inside a name joins no speakers
		}
		ei := x.speakerEntity(s, k)
		if ei < 0 || said[ei] {
			continue
		}
		said[ei] = true
		if first < 0 {
			first = ei
			x.toldInMessage(s, v, ei) // "X, in remarks to The Alder Times, contended …"
		}
		x.sayText(s, ei, a, b, s.Tokens[v].Text)
	}
	return first
}

// listingPrep reports whether a nominal's preposition lists examples of
// the noun it hangs on ("firms including X", "unions such as Y").
func listingPrep(p string) bool {
	return p == "including" || p == "such as" || p == "such" || p == "like"
}

// sayText records a said fact of entity ei whose statement is tokens
// [a, b) of s.
func (x *doc) sayText(s *sent, ei, a, b int, raw string) {
	if ei < 0 {
		return
	}
	if mi := s.ment[a]; a < b && mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a < a && x.ments[mi].b < b {
		// ("told Kamloops This Week that …": the rest of the hearer's
		// name is no part of what was said)
		a = x.ments[mi].b
		if a < b && s.low[a] == "that" {
			a++
		}
	}
	for a < b && (s.isPunct(a) || s.low[a] == "that" && s.Tokens[a].Rel == "mark") {
		a++
	}
	for b > a && s.isPunct(b-1) && !closesQuote(s, a, b-1) {
		b--
	}
	if a >= b {
		return
	}
	sp := s.span(a, b)
	e := &entity{name: strings.TrimSpace(x.d.Text[sp.Start:sp.End]), typ: newsgraph.Quote, quote: true, span: sp, first: sp.Start}
	x.ents = append(x.ents, e)
	x.addFact(fact{s: ei, o: len(x.ents) - 1, pred: newsgraph.Said, raw: raw, sent: s.idx, conf: 0.7, span: s.whole()})
}

// closesQuote reports whether token k is a quotation mark that closes one
// opened in tokens [a, k): ("reported some were using the slogan "Make
// the World Greta Again"": the statement keeps its closing mark).
func closesQuote(s *sent, a, k int) bool {
	if quoteMark(s.Tokens[k].Text)&2 == 0 {
		return false
	}
	marks := 0
	for j := a; j < k; j++ {
		if quoteMark(s.Tokens[j].Text) != 0 {
			marks++
		}
	}
	return marks%2 == 1
}

// conjuncts returns token k and the tokens coordinated with it ("A and B
// said").
func conjuncts(s *sent, k int) []int {
	out := []int{k}
	for _, c := range s.kids[k] {
		switch s.Tokens[c].Rel {
		case "conj":
			out = append(out, c)
		case "flat":
			// "Robert Cummings Sr. and Ruth Cummings" parsed with the
			// second name under the first's last word
			for _, cc := range s.kids[c] {
				if s.Tokens[cc].Rel == "conj" {
					out = append(out, cc)
				}
			}
		}
	}
	return out
}

// namesObject reports whether verb v has an object outside quotations
// ("called the investigation a “witch hunt”"), as naming verbs do; "a
// program called “Learning Together”" names no object of its own.
func (x *doc) namesObject(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		if r := s.Tokens[c].Rel; (r == "obj" || r == "obl") && s.quote[c] < 0 {
			return true
		}
	}
	return false
}

// namesObjectAfter reports whether verb v has an object after it outside
// quotations ("called the demand "unprecedented"", not "what the paper
// called "fury"").
func (x *doc) namesObjectAfter(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel == "obj" && c > v && s.quote[c] < 0 {
			return true
		}
	}
	return false
}

// agentNamed returns the person named after a possessed role in the
// phrase of token k ("Chancellor Angela Merkel's spokesperson, Steffen
// Seibert, said": Seibert speaks, not Merkel), or -1.
func (x *doc) agentNamed(s *sent, k int) int {
	for j := k + 1; j+2 < len(s.Tokens) && j < k+12; j++ {
		if s.Tokens[j].XPOS != "POS" {
			if s.isPunct(j) || s.Tokens[j].UPOS == "VERB" {
				return -1
			}
			continue
		}
		r := j + 1
		if lexicon.Role(s.lemma[r]) == lexicon.NotRole || r+2 >= len(s.Tokens) || s.Tokens[r+1].Text != "," {
			return -1
		}
		if mi := s.ment[r+2]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Person {
			return x.ments[mi].ent
		}
		return -1
	}
	return -1
}

// personAfter returns the person named in the subject phrase of token k
// after k, when a role word stands between ("… Center … anthropologist
// Monica Schoch-Spana", "Society President Ash Soni"), or -1.
func (x *doc) personAfter(s *sent, k int) int {
	a, b := s.subtree(k)
	_ = a
	role := false
	for j := k + 1; j < b && j < len(s.Tokens); j++ {
		if s.isPunct(j) && s.Tokens[j].Text != "-" {
			return -1
		}
		if lexicon.Role(s.low[j]) != lexicon.NotRole || lexicon.MultiTitle(s.low, j) > 0 {
			role = true
			continue
		}
		if mi := s.ment[j]; mi >= 0 && x.ments[mi].kind == mName && role {
			if e := x.ments[mi].ent; e >= 0 && x.typeOf(e) == newsgraph.Person {
				return e
			}
		}
	}
	// the parse may end the subject before the name: look right of it
	for j := b; j < len(s.Tokens) && j < b+6; j++ {
		if lexicon.Role(s.low[j]) != lexicon.NotRole || role && s.low[j] == "and" && j+1 < len(s.Tokens) && lexicon.Role(s.low[j+1]) != lexicon.NotRole {
			role = true // ("President and CEO Tom Vale")
			continue
		}
		if !role && s.ment[j] < 0 && (s.Tokens[j].UPOS == "ADJ" || lexicon.IsRoleModifier(s.low[j])) {
			continue // "Rutgers University political scholar Kelly Dittmar"
		}
		if mi := s.ment[j]; mi >= 0 && x.ments[mi].kind == mName && role {
			if e := x.ments[mi].ent; e >= 0 && x.typeOf(e) == newsgraph.Person {
				return e
			}
		}
		break
	}
	return -1
}

// nameVerbs take a quoted name as their object, not a statement: one
// holds, hosts or launches an event, a campaign or a product called so.
var nameVerbs = map[string]bool{"hold": true, "host": true, "organize": true, "organise": true, "launch": true, "stage": true, "attend": true,
	"release": true, "publish": true, "open": true, "start": true, "found": true, "create": true, "name": true, "title": true, "rename": true, "entitle": true, "subtitle": true, "headline": true, "caption": true, "nickname": true, "sign": true, "introduce": true, "unveil": true, "premiere": true, "air": true, "broadcast": true, "develop": true, "design": true, "build": true, "invent": true, "produce": true, "manufacture": true, "play": true, "perform": true, "sing": true, "record": true, "watch": true, "read": true, "visit": true, "join": true, "win": true, "receive": true, "award": true, "buy": true, "sell": true}

// timeMarks introduce a clause that says when something happened.
var timeMarks = map[string]bool{"when": true, "while": true, "after": true, "before": true, "upon": true, "since": true, "until": true}

// guessVerbs are the verbs of a guess or a doubt: speech reported under
// them is not asserted ("I think he told her …").
var guessVerbs = map[string]bool{"think": true, "guess": true, "suppose": true, "imagine": true, "assume": true, "doubt": true, "wonder": true, "suspect": true, "presume": true, "bet": true,
	"predict": true, "forecast": true, "expect": true, "anticipate": true, "speculate": true, "hope": true, "fear": true, "hypothesize": true, "hypothesise": true}

// inverted reads a speech verb after what was said with its speaker after
// it, up to the end of the sentence ("It is not for the court to opine,
// argued the government's lawyer, Richard Keen."), whatever the parse.
func (x *doc) inverted(s *sent, v int) bool {
	if s.lemma[v] == "call" || s.lemma[v] == "name" || s.lemma[v] == "dub" {
		return false // "…, called Skyboard Air": a name given, no speaker after the clause
	}
	n := len(s.Tokens)
	end := n
	for end > v+1 && s.isPunct(end-1) {
		end--
	}
	if end-v > 12 || end <= v+1 {
		return false
	}
	for k := v + 1; k < end; k++ {
		if u := s.Tokens[k].UPOS; u == "VERB" || u == "AUX" || u == "SCONJ" || u == "CCONJ" {
			return false
		}
		// "Amy Cook, director of the event, posted on Twitter": a
		// place of posting, no speaker
		if s.Tokens[k].UPOS == "ADP" && k == v+1 {
			return false
		}
	}
	sp := x.firstSpeaker(s, v+1, end)
	if o := s.child(v, "obj"); sp < 0 || o >= 0 && x.entityAt(s, o) != sp && lexicon.Role(s.low[o]) == lexicon.NotRole && s.ment[o] < 0 {
		return false // "…, announced the end of his campaign": an object, no speaker
	}
	for k := v + 1; k < end; k++ {
		if mi := s.ment[k]; mi >= 0 {
			if x.ments[mi].kind == mPron {
				return false
			}
			break
		}
	}
	x.sayText(s, sp, 0, v-1, s.Tokens[v].Text)
	// "…, says X, an expert at Y, to TT."
	if k := end - 1; k > v+1 && s.ment[k] >= 0 {
		if a := x.ments[s.ment[k]].a; a > 0 && s.low[a-1] == "to" {
			x.tell(s, v, sp, x.entityAt(s, k))
		}
	}
	return true
}

// fallbackSubject returns the first name of a person or organization in
// the clause before verb v (after the last comma), not introduced by a
// preposition, or -1.
func (x *doc) fallbackSubject(s *sent, v int) int {
	b := v
	for seg := 0; seg < 3 && b > 0; seg++ {
		// the stretch [a, b) between the commas before the verb; the
		// next earlier one only after a stretch without a name ("On
		// Wednesday, Ana Lind, a councillor, said")
		a := 0
		for k := b - 1; k >= 0; k-- {
			if s.Tokens[k].Text == "," || s.Tokens[k].Text == ";" || s.Tokens[k].Text == ":" {
				a = k + 1
				break
			}
			if u := s.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
				return -1
			}
		}
		if seg > 0 && b-a >= 2 && (s.low[a] == "the" || s.low[a] == "a" || s.low[a] == "an") && a >= 2 && s.Tokens[a-1].Text == "," {
			b = a - 1 // an apposition ("the head of the Tarvos Union"): the name is before it
			continue
		}
		for k := a; k < b; k++ {
			if s.Tokens[k].UPOS == "ADP" || s.Tokens[k].UPOS == "SCONJ" {
				return -1
			}
			if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName {
				if h := s.head(x.ments[mi].head); h >= x.ments[mi].b && h < b && s.Tokens[h].UPOS == "NOUN" && s.Tokens[x.ments[mi].head].Rel == "compound" {
					continue // "The Tamworth professor added": the name modifies the speaker's noun
				}
				if e := x.ments[mi].ent; e >= 0 {
					if t := x.typeOf(e); t == newsgraph.Person || t == newsgraph.Organization {
						return x.ments[mi].head
					}
				}
			}
		}
		if a == 0 || s.Tokens[a-1].Text != "," {
			break
		}
		b = a - 1
	}
	return -1
}

// quotedAfter reports whether an attributed quotation starts at or after
// token k of s.
func (x *doc) quotedAfter(s *sent, k int) bool {
	for j := k; j < len(s.Tokens); j++ {
		if qi := s.quote[j]; qi >= 0 && x.quotes[qi].speaker >= 0 {
			return true
		}
	}
	return false
}

// firstNamedSpeaker returns the entity of the first person named (by a
// name, not a pronoun or description) in tokens [a, b) of s, else of the
// first organization so named; -1 when none.
func (x *doc) firstNamedSpeaker(s *sent, a, b int) int {
	org, skipped := -1, false
	for k := a; k < b; k++ {
		mi := s.ment[k]
		if mi < 0 || x.ments[mi].kind != mName || s.quote[k] >= 0 {
			continue
		}
		ei := x.ments[mi].ent
		if ei < 0 || x.ents[ei].quote || x.ents[ei].concept {
			continue
		}
		if inPhrase(s, x.ments[mi].head) {
			skipped = true
			continue // ("described for news agency PA Media how …": a hearer)
		}
		if x.modifiesOwnVoice(s, mi) {
			continue // "The Tamworth professor added": the professor, not the college
		}
		switch x.typeOf(ei) {
		case newsgraph.Person:
			return ei
		case newsgraph.Organization:
			if org < 0 {
				org = ei
			}
		}
	}
	if org < 0 && !skipped {
		return x.lastSpeaker(s, a, b)
	}
	return org
}

// inPhrase reports whether token h, or the name or noun it belongs to (as
// an apposition, a part of a name or a compound), is the object of a
// preposition that makes it a hearer, a source or a place of the verb.
func inPhrase(s *sent, h int) bool {
	for d := 0; d < 8 && h >= 0; d++ {
		switch s.prep(h) {
		case "for", "to", "with", "by", "from", "at", "of", "about", "on", "via", "through":
			return true // (but "In a statement, X said", parsed with X on "statement", is X's)
		}
		switch s.Tokens[h].Rel {
		case "appos", "flat", "compound", "nmod:desc":
			h = s.head(h)
		default:
			return false
		}
	}
	return false
}

// capitalAgent returns the country a capital speaks or acts for
// ("Washington says", "Moscow rejected the plan"), or -1 when ei is no
// capital or is written as a place here ("Washington, D.C.").
func (x *doc) capitalAgent(s *sent, ei, k int) int {
	e := x.ents[ei]
	if x.typeOf(ei) != newsgraph.Place {
		return -1
	}
	c, ok := lexicon.CapitalOf(e.name)
	if !ok {
		return -1
	}
	if mi := s.ment[k]; mi >= 0 {
		if b := x.ments[mi].b; b < len(s.Tokens) && s.Tokens[b].Text == "," {
			return -1 // "Washington, D.C., said": a list or a place
		}
	}
	return x.placeNamed(c, s)
}

// hasObl reports whether verb v has an oblique introduced by prep.
func (x *doc) hasObl(s *sent, v int, prep string) bool {
	for _, c := range s.kids[v] {
		if s.rel(c) == "obl" && s.prep(c) == prep {
			return true
		}
	}
	return false
}

// ownVoice are the roles whose holders speak for themselves, not for the
// body they belong to ("a Tamworth professor said", "a party member
// said").
var ownVoice = map[string]bool{"professor": true, "lecturer": true, "researcher": true, "scientist": true, "student": true, "scholar": true,
	"fellow": true, "economist": true, "analyst": true, "expert": true, "engineer": true, "doctor": true, "physician": true, "surgeon": true,
	"nurse": true, "player": true, "teammate": true, "member": true, "undergraduate": true, "graduate": true, "alumnus": true, "alumna": true,
	"intern": true, "volunteer": true, "activist": true, "candidate": true, "worker": true}

// modifiesOwnVoice reports whether name mention mi modifies the noun of a
// person who speaks for herself ("the Tamworth professor"): the speaker is
// that person, not the name.
func (x *doc) modifiesOwnVoice(s *sent, mi int) bool {
	m := x.ments[mi]
	if m.kind != mName || s.Tokens[m.head].Rel != "compound" {
		return false
	}
	n := s.head(m.head)
	return n >= m.b && s.Tokens[n].UPOS == "NOUN" && (ownVoice[s.lemma[n]] || lexicon.Role(s.lemma[n]) == lexicon.Occupation)
}

// hasVerb reports whether tokens [a, b) of s hold a verb, an auxiliary
// or a quotation mark.
func hasVerb(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if u := s.Tokens[k].UPOS; u == "VERB" || u == "AUX" || quoteMark(s.Tokens[k].Text) != 0 {
			return true
		}
	}
	return false
}

// apposedBeforeVerb returns the head of the person's name set off by
// commas right before speech verb v (adverbs aside) after a description
// that opens the sentence ("The chief executive of X, Omar Velt, said",
// "One of the club's owners, Jane Doe, also said"), or -1.
func (x *doc) apposedBeforeVerb(s *sent, v int) int {
	k := v - 1
	for k > 0 && s.Tokens[k].UPOS == "ADV" {
		k--
	}
	if k < 3 || s.Tokens[k].Text != "," {
		return -1
	}
	mi := s.ment[k-1]
	if mi < 0 || x.ments[mi].kind != mName || x.ments[mi].b != k || x.ments[mi].ent < 0 || x.typeOf(x.ments[mi].ent) != newsgraph.Person {
		return -1
	}
	a := x.ments[mi].a
	if a < 2 || s.Tokens[a-1].Text != "," {
		return -1
	}
	for j := 0; j < a-1; j++ {
		if u := s.Tokens[j].UPOS; u == "VERB" || u == "AUX" || s.quote[j] >= 0 {
			return -1 // (a clause before it, not a description)
		}
		if e := x.entityAt(s, j); e >= 0 && x.typeOf(e) == newsgraph.Person {
			return -1 // ("X, Y, said": a list of people, or a title the name before holds)
		}
	}
	return x.ments[mi].head
}

// coveringName returns the entity of the name mention that covers token k of s
// (under a description that may cover it too: "the Brindle Press news
// agency"), or -1.
func (x *doc) coveringName(s *sent, k int) int {
	for _, m := range x.ments {
		if m.s == s.idx && m.kind == mName && m.a <= k && k < m.b {
			return m.ent
		}
	}
	return -1
}

// channelNouns are the accounts and pages through which someone speaks.
var channelNouns = map[string]bool{"account": true, "page": true, "channel": true, "feed": true, "profile": true, "handle": true}

// speakerNext attributes a quotation that ends its sentence with its own
// mark to the speaker of the short sentence after it ("“Why now?” Tom
// Reeve asked.", "“We won!” said Ana Ruiz."), which the sentence splitter
// cut off at the quotation's "?", "!" or ".".
func (x *doc) speakerNext(qi int) bool {
	q := x.quotes[qi]
	if q.close.s < 0 || q.close.s+1 >= len(x.sents) {
		return false
	}
	s := x.sents[q.close.s]
	for k := q.close.t + 1; k < len(s.Tokens); k++ {
		if !s.isPunct(k) {
			return false
		}
	}
	if c := q.close.t - 1; c < 0 || !(s.Tokens[c].Text == "?" || s.Tokens[c].Text == "!" || s.Tokens[c].Text == ".") {
		return false
	}
	if q.open.s != q.close.s || q.open.t > 0 {
		return false // (a quotation its own sentence introduces: "X said: “…”")
	}
	p := x.sents[q.close.s+1]
	if p.para != s.para || p.heading || len(p.Tokens) > 12 {
		return false
	}
	for v := 0; v < len(p.Tokens) && v <= 6; v++ {
		if p.quote[v] >= 0 {
			return false
		}
		if p.Tokens[v].UPOS != "VERB" || !lexicon.IsSpeechVerb(p.lemma[v]) || p.Tokens[v].Rel != "root" {
			continue
		}
		for _, c := range p.kids[v] {
			switch r := p.Tokens[c].Rel; {
			case r == "nsubj", r == "punct", r == "advmod", r == "aux", r == "obl:tmod", r == "obl:unmarked":
			case (r == "obj" || r == "iobj" || r == "obl" && p.prep(c) == "to") && lexicon.IsHearerVerb(p.lemma[v]):
			case r == "obl" && (p.prep(c) == "in" || p.prep(c) == "on") && (lexicon.IsCalendar(p.Tokens[c].Text) || timeNoun(p.low[c]) || p.lemma[c] == "statement" || p.lemma[c] == "interview"):
			default:
				return false // "Tom Reeve said the vote was close.", "X called for an inquiry.": a statement of its own
			}
		}
		subj := p.child(v, "nsubj")
		if subj < 0 {
			return false
		}
		sp := x.speakerEntity(p, subj)
		if sp < 0 {
			return false
		}
		q.speaker, q.how = sp, "next"
		x.sayQuote(p, v, sp, qi)
		x.quoteVerb[pos{p.idx, v}] = true
		return true
	}
	return false
}
