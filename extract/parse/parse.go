// Package parse is newsgraph's default extractor, "parse/v2": it reads
// entities, roles, quotations and facts from the NLP core's analysis of a
// news article (sentences, tags, dependency parse, named entities).
//
// What it reads, in order:
//   - names: the recognizer's mentions and runs of proper nouns it missed,
//     joined across hyphens and "X of Y", titles stripped into roles;
//     pronouns, definite descriptions ("the company") and concept noun
//     phrases ("the proposal");
//   - entities: the names of one entity grouped (surnames, acronyms, short
//     forms of institutions), typed by the votes of their mentions and
//     their head words, pronouns and descriptions linked to them;
//   - roles and affiliations from the way news names people (titles,
//     appositions, "X of Y", copulas, possessives): roles, member_of,
//     leads, nationality;
//   - located_in from the way places are written ("Frederick, Maryland",
//     "Virginia-based", "the championships in Doha");
//   - quotations and reported speech with their speakers (said, told);
//   - clause relations (package clause) mapped onto the canonical
//     predicates, with negation and modality;
//   - member_of, located_in, born_in and died_in that the relation
//     classifier (package relclass) scores with confidence between names
//     the rules did not relate (classifier.go).
//
// Word lists come from package lexicon; nothing names a particular person
// or organization.
package parse

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
	"github.com/newsgraph/newsgraph/extract/relclass"
)

// Name is the extractor's versioned name.
const Name = "parse/v2"

// Extractor is the parse-based extractor. It is safe for concurrent use.
type Extractor struct {
	an    *analyze.Analyzer
	coref *coref.Model
	rel   *relclass.Model
}

var _ newsgraph.Extractor = (*Extractor)(nil)

// New returns the extractor running the NLP core an, with the embedded
// coreference model and relation classifier.
func New(an *analyze.Analyzer) (*Extractor, error) {
	m, err := coref.Default()
	if err != nil {
		return nil, fmt.Errorf("load the coreference model: %w", err)
	}
	rel, err := relclass.Default()
	if err != nil {
		return nil, fmt.Errorf("load the relation classifier: %w", err)
	}
	return &Extractor{an: an, coref: m, rel: rel}, nil
}

// Name returns "parse/v2".
func (*Extractor) Name() string { return Name }

// Extract analyses d's text and extracts its entities and facts. It
// returns an error only when ctx is done.
func (e *Extractor) Extract(ctx context.Context, d newsgraph.Doc) (*newsgraph.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", d.Source, err)
	}
	turns := turnSpans(d.Text)
	nd, err := e.an.AnalyzeSome(ctx, d.Text, func(start, end int) bool {
		return mayHoldFacts(d.Text[start:end]) && (!inSpans(turns, start, end) || ownFact(d.Text[start:end]))
	})
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", d.Source, err)
	}
	x := &doc{d: d, nd: nd, factSeen: map[factKey]bool{}, quoteVerb: map[pos]bool{}, pendingCont: -1, usuallyLower: e.an.NER.UsuallyLower}
	x.coref = e.coref.Resolve(nd)
	x.build()
	x.findQuotes()
	x.findTurns()
	for _, s := range x.sents {
		x.findNames(s)
	}
	for _, s := range x.sents {
		x.findRefs(s)
	}
	x.typeNames(e.an.NER)
	x.clusterNames()
	x.giveBracketRoles()
	x.turnPeople()
	x.contextVotes()
	x.namesListedWithPeople()
	x.typeEntities(false)
	x.resolveRefs()
	x.foundedAsDescribed()
	x.affiliations()
	x.routePlaces()
	x.locations()
	x.turnSpeakers()
	x.ownRoles()
	x.findSpeech()
	if err := x.relations(ctx); err != nil {
		return nil, fmt.Errorf("extract %s: %w", d.Source, err)
	}
	x.reciprocal()
	x.prizesGone()
	x.custody()
	x.lostTo()
	x.amongTheDead()
	x.lifeEvents()
	x.resignations()
	x.travelWhere()
	x.meetingsWith()
	x.headlineVisits()
	x.classified(e.rel)
	x.sportsSides()
	x.champions()
	x.titlesWon()
	x.accoladesWon()
	x.thanksQuoted()
	x.ordersGiven()
	x.withMembers()
	x.suitsFiled()
	x.actingSites()
	x.typeEntities(true)
	return x.output(), nil
}

// turnSpans returns the byte spans of the turns of an interview
// transcript in text (see findTurns): each from after a bracketed name to
// the next one, the last to the end of its line. The sentences of a turn
// are its speaker's words and give no facts of their own, so they are not
// parsed; in interview articles they are most of the text.
func turnSpans(text string) [][2]int {
	var marks [][2]int // [start of "((", end of "))"]
	for i := 0; i+4 < len(text); {
		j := strings.Index(text[i:], "((")
		if j < 0 {
			break
		}
		j += i
		k := strings.Index(text[j+2:], "))")
		if k < 0 {
			break
		}
		k += j + 2
		name := text[j+2 : k]
		if name != "" && name[0] >= 'A' && name[0] <= 'Z' && len(name) <= 60 && !strings.ContainsAny(name, "()\n") && len(strings.Fields(name)) <= 6 {
			marks = append(marks, [2]int{j, k + 2})
		}
		i = j + 2
	}
	if len(marks) < 2 {
		return nil
	}
	spans := make([][2]int, 0, len(marks))
	for i, m := range marks {
		end := len(text)
		if i+1 < len(marks) {
			end = marks[i+1][0]
			if nl := strings.IndexByte(text[m[1]:end], '\n'); nl >= 0 && strings.HasSuffix(strings.TrimSpace(text[m[1]:m[1]+nl]), "?") {
				end = m[1] + nl // a question ends its turn: what follows unmarked is the story's again
			}
		} else if nl := strings.IndexByte(text[m[1]:], '\n'); nl >= 0 {
			end = m[1] + nl
		}
		spans = append(spans, [2]int{m[1], end})
	}
	return spans
}

// ownFact reports whether a sentence of an interview's turn may state a
// fact of its speaker's own ("I was born in Tanzania", "I am a professor
// at Velm College"), so that it is worth parsing: "I" and a word of such
// facts, with a name after its first word.
func ownFact(sentence string) bool {
	ws := strings.Fields(sentence)
	i, cue, name := false, false, false
	for k, w := range ws {
		t := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		switch {
		case t == "I":
			i = true
		case k > 0 && t != "" && unicode.IsUpper([]rune(t)[0]):
			name = true
		}
		if ownFactWords[strings.ToLower(t)] {
			cue = true
		}
	}
	return i && cue && name
}

// ownFactWords are the words of the facts an interviewee states of
// their own life and work.
var ownFactWords = map[string]bool{"born": true, "founded": true, "co-founded": true, "started": true, "created": true, "established": true,
	"joined": true, "join": true, "work": true, "worked": true, "working": true, "teach": true, "taught": true, "lead": true, "led": true,
	"head": true, "headed": true, "chair": true, "chaired": true, "run": true, "ran": true, "moved": true, "went": true, "visited": true,
	"travelled": true, "traveled": true, "returned": true, "support": true, "supported": true, "oppose": true, "opposed": true,
	"resigned": true, "quit": true, "won": true, "met": true, "professor": true, "director": true, "president": true, "member": true,
	"founder": true, "co-founder": true, "chairman": true, "chairwoman": true, "chief": true, "ceo": true, "lecturer": true,
	"researcher": true, "student": true, "candidate": true, "secretary": true, "editor": true, "manager": true, "coach": true,
	"captain": true, "leader": true, "mayor": true, "governor": true, "senator": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "am": true, "was": true}

// inSpans reports whether [start, end) lies inside one of spans.
func inSpans(spans [][2]int, start, end int) bool {
	for _, s := range spans {
		if s[0] <= start && end <= s[1] {
			return true
		}
	}
	return false
}

// mayHoldFacts reports whether a sentence can hold a fact, so that it is
// worth parsing: it names something (a capitalised word other than a
// function word or a month starting it),
// refers to something named (a third-person pronoun, a description such as
// "the company"), or quotes someone. Parsing is the NLP core's costliest
// stage; about an eighth of news text is sentences with none of these.
func mayHoldFacts(sentence string) bool {
	first := true
	for _, w := range strings.FieldsFunc(sentence, func(r rune) bool { return unicode.IsSpace(r) }) {
		if strings.ContainsAny(w, "\"“”«»") {
			return true
		}
		t := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		if t == "" {
			continue
		}
		if !first || !lexicon.IsNotName(t) && !lexicon.IsCalendar(t) {
			// (a sentence's first word may be a name too: "Hale won
			// the race")
			for _, r := range t {
				if unicode.IsUpper(r) {
					return true
				}
				break
			}
		}
		first = false
		l := strings.ToLower(t)
		if _, ok := pronouns[l]; ok {
			return true
		}
		if _, ok := lexicon.Description(l); ok || lexicon.IsInstitution(l) || lexicon.IsConceptHead(l) {
			return true
		}
	}
	return false
}
