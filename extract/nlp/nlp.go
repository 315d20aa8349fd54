// Package nlp holds the types of newsgraph's NLP core: a document split into
// sentences and tokens with byte offsets, each token with its part of speech,
// lemma and dependency relation, and the named-entity mentions of each
// sentence. The components that fill them in live in sub-packages
// (tokenize, tagger, parser, ner); models are trained from Universal
// Dependencies treebanks and embedded in the binary.
package nlp

// A Token is one syntactic word of a sentence. Offsets are bytes into the
// document text; a word split off a surface token ("n't" of "don't") has the
// sub-span it covers.
type Token struct {
	Start, End int    // [Start, End) in Document.Text
	Text       string // the word as written (Document.Text[Start:End])
	UPOS       string // universal part of speech (NOUN, PROPN, VERB, …)
	XPOS       string // Penn Treebank tag (NN, NNP, VBD, …)
	Lemma      string // dictionary form, lower case except proper nouns
	Head       int    // index of the head token in the sentence, -1 for the root
	Rel        string // UD dependency relation to the head (nsubj, obj, …)
}

// A Mention is a named-entity mention: tokens [Start, End) of its sentence.
type Mention struct {
	Start, End int
	Type       string // PERSON, ORG, PLACE, NORP, DATE, …
}

// A Sentence is a run of tokens with its byte span in the document.
type Sentence struct {
	Start, End int
	Tokens     []Token
	Mentions   []Mention
}

// A Document is an analysed text.
type Document struct {
	Text      string
	Sentences []Sentence
}
