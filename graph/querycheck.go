package graph

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on the text of a query, checked before it is compiled. goja's
// parser and compiler recurse once per level of nesting and per operator of
// a chain: 512K nested "(" overflow Go's 1 GB stack (a fatal error that no
// recover catches), 64 KB of "{" or of "1+1+…" take seconds, and goja
// folds a chain of constant "&&", "||" or "??" in time exponential in its
// length (22 operators: 0.9 s, 26: 11 s). Compilation cannot be
// interrupted, so such text is refused before it reaches goja.
const (
	// MaxQueryBytes is the largest query text accepted.
	MaxQueryBytes = 1 << 20
	// maxNesting bounds how deeply brackets ( [ { and template
	// substitutions ${ nest.
	maxNesting = 128
	// maxChain bounds the operators and bracket groups that one expression
	// may pile up, summed over the brackets that enclose it: the depth of
	// the syntax tree the compiler walks. 2048 compiles in milliseconds and
	// a few MB of stack; a 100-step Gizmo path uses about 300.
	maxChain = 2048
	// maxConstLogical bounds the &&, || and ?? operators in a row of
	// constants (2^12 evaluations at most).
	maxConstLogical = 12
)

// Causes of a QuerySourceError.
var (
	ErrQueryTooLarge   = errors.New("query is too large")
	ErrQueryTooComplex = errors.New("query is nested too deeply")
	ErrQuerySyntax     = errors.New("query syntax")
	// ErrQueryCallDepth stops a query whose JavaScript calls nest too
	// deeply (unbounded recursion).
	ErrQueryCallDepth = errors.New("query calls nested too deeply")
)

// A QuerySourceError is query text refused before compilation, with the
// place (1-based line and column, in bytes) where a limit was passed.
type QuerySourceError struct {
	Line, Column int
	Msg          string
	Err          error // ErrQueryTooLarge, ErrQueryTooComplex or ErrQuerySyntax
}

func (e *QuerySourceError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%v: %s", e.Err, e.Msg)
	}
	return fmt.Sprintf("%v at line %d, column %d: %s", e.Err, e.Line, e.Column, e.Msg)
}

func (e *QuerySourceError) Unwrap() error { return e.Err }

// CheckQuery checks a Gizmo query's text against the limits that keep goja's
// compiler fast and within its stack: size (MaxQueryBytes), bracket nesting,
// the length of operator chains, and constant-folded logical chains. It
// tokenizes the text as JavaScript (strings, template literals, comments and
// regular expression literals are skipped as the parser skips them); where
// "/" could begin a regular expression or be a division and the two readings
// differ, the query is refused rather than guessed.
func CheckQuery(src string) error {
	if len(src) > MaxQueryBytes {
		return &QuerySourceError{Err: ErrQueryTooLarge, Msg: fmt.Sprintf("%d bytes, at most %d", len(src), MaxQueryBytes)}
	}
	c := &checker{src: src, levels: []level{{}}, prev: tokStatement}
	return c.run()
}

// tokClass says what the previous token lets come next: an operand (so "/"
// divides), an operator or the start of a statement (so "/" begins a regular
// expression), or either.
type tokClass int

const (
	tokStatement tokClass = iota // a statement may begin: "{" opens a block
	tokOperator
	tokOperand
	tokAmbiguous
)

// A level is one open bracket.
type level struct {
	open  byte // '(', '[', '{', or '$' for a template substitution
	ctrl  bool // '(' after if, while, for or with: ")" ends a statement head
	obj   bool // '{' in operand position: an object literal, so "}" ends an operand
	chain int  // operators and groups in the current expression at this level
}

type checker struct {
	src    string
	i      int
	levels []level
	chain  int // sum of levels[*].chain
	prev   tokClass
	// prevWord is the previous token when it was a word, for "(" after
	// if/while/for/with and for postfix "++".
	prevWord string
	// newline is set when a line terminator came after the previous token.
	newline bool
	// constLogical counts &&, || and ?? in the current run of constants.
	constLogical int
}

func (c *checker) fail(at int, cause error, format string, args ...any) error {
	line := 1 + strings.Count(c.src[:at], "\n")
	col := at - strings.LastIndexByte(c.src[:at], '\n')
	return &QuerySourceError{Line: line, Column: col, Err: cause, Msg: fmt.Sprintf(format, args...)}
}

func (c *checker) top() *level { return &c.levels[len(c.levels)-1] }

// grow adds n to the current expression's chain.
func (c *checker) grow(at, n int) error {
	c.top().chain += n
	c.chain += n
	if c.chain+len(c.levels) > maxChain {
		return c.fail(at, ErrQueryTooComplex, "more than %d operators and brackets in one expression", maxChain)
	}
	return nil
}

// endExpression starts a new expression at the current level.
func (c *checker) endExpression() {
	c.chain -= c.top().chain
	c.top().chain = 0
}

// notConst ends a run of constants.
func (c *checker) notConst() { c.constLogical = 0 }

// statementKeywords begin a statement, so they end any expression before
// them.
var statementKeywords = map[string]bool{
	"var": true, "const": true, "return": true, "throw": true, "try": true, "catch": true,
	"finally": true, "switch": true, "case": true, "default": true, "break": true,
	"continue": true, "debugger": true,
}

// nestingKeywords take a statement as their body, which the parser reads
// one level deeper: "if (a) if (b) …" and "else if" chains count like
// operators.
var nestingKeywords = map[string]bool{
	"if": true, "else": true, "while": true, "for": true, "do": true, "with": true,
}

// operatorKeywords may stand inside an expression, before an operand.
var operatorKeywords = map[string]bool{
	"typeof": true, "void": true, "delete": true, "new": true, "in": true, "instanceof": true,
}

// reservedWords are keywords after which "/" begins a regular expression.
var reservedWords = map[string]bool{
	"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true,
	"debugger": true, "default": true, "delete": true, "do": true, "else": true, "enum": true,
	"export": true, "extends": true, "finally": true, "for": true, "function": true, "if": true,
	"import": true, "in": true, "instanceof": true, "new": true, "return": true, "switch": true,
	"throw": true, "try": true, "typeof": true, "var": true, "void": true, "while": true, "with": true,
}

// contextualWords are identifiers in some places and keywords in others.
var contextualWords = map[string]bool{
	"of": true, "yield": true, "await": true, "let": true, "async": true, "static": true,
	"get": true, "set": true,
}

var constWords = map[string]bool{"true": true, "false": true, "null": true}

// punctuators, longest first.
var punctuators = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
	"%=", "&=", "|=", "^=", "<<", ">>", "**",
}

// constOperators keep a run of constants going (goja folds them).
var constOperators = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "%": true, "**": true, "<<": true, ">>": true, ">>>": true,
	"&": true, "|": true, "^": true, "!": true, "~": true, "<": true, ">": true, "<=": true, ">=": true,
	"==": true, "!=": true, "===": true, "!==": true, "&&": true, "||": true, "??": true,
}

func isLineTerminator(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
}

func isIdentStart(r rune) bool {
	return r == '$' || r == '_' || r == '\\' || (r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z')) ||
		(r >= utf8.RuneSelf && !unicode.IsSpace(r) && r != '\ufeff' && !isLineTerminator(r))
}

func isIdentPart(r rune) bool {
	return isIdentStart(r) || (r >= '0' && r <= '9')
}

func (c *checker) run() error {
	for {
		if err := c.skipSpace(); err != nil {
			return err
		}
		if c.i >= len(c.src) {
			break
		}
		if err := c.token(); err != nil {
			return err
		}
	}
	if len(c.levels) > 1 {
		return c.fail(len(c.src), ErrQuerySyntax, "unclosed %q", c.top().open)
	}
	return nil
}

// skipSpace skips white space and comments, noting line terminators.
func (c *checker) skipSpace() error {
	for c.i < len(c.src) {
		r, n := utf8.DecodeRuneInString(c.src[c.i:])
		switch {
		case isLineTerminator(r):
			c.newline = true
			c.i += n
		case unicode.IsSpace(r) || r == '\ufeff':
			c.i += n
		case strings.HasPrefix(c.src[c.i:], "//"):
			for c.i < len(c.src) {
				r, n := utf8.DecodeRuneInString(c.src[c.i:])
				if isLineTerminator(r) {
					break
				}
				c.i += n
			}
		case strings.HasPrefix(c.src[c.i:], "/*"):
			end := strings.Index(c.src[c.i+2:], "*/")
			if end < 0 {
				return c.fail(c.i, ErrQuerySyntax, "unterminated comment")
			}
			body := c.src[c.i+2 : c.i+2+end]
			if strings.ContainsAny(body, "\n\r\u2028\u2029") {
				c.newline = true
			}
			c.i += end + 4
		default:
			return nil
		}
	}
	return nil
}

// token reads one token at c.i.
func (c *checker) token() error {
	start := c.i
	r, _ := utf8.DecodeRuneInString(c.src[c.i:])
	nl := c.newline
	c.newline = false
	switch {
	case r == '"' || r == '\'':
		c.asiBreak(nl, tokOperand)
		if err := c.skipString(byte(r)); err != nil {
			return err
		}
		c.prev, c.prevWord = tokOperand, ""
		return nil
	case r == '`':
		c.asiBreak(nl, tokOperator) // a template after a newline continues a tagged call
		c.notConst()
		if err := c.grow(start, 1); err != nil {
			return err
		}
		c.i++
		return c.templateText()
	case r >= '0' && r <= '9' || (r == '.' && c.i+1 < len(c.src) && c.src[c.i+1] >= '0' && c.src[c.i+1] <= '9'):
		c.asiBreak(nl, tokOperand)
		c.skipNumber()
		c.prev, c.prevWord = tokOperand, ""
		return nil
	case isIdentStart(r):
		return c.word(nl)
	case r == '/':
		return c.slash(nl)
	}
	return c.punctuator(nl)
}

// asiBreak ends the current expression when a line terminator separates an
// operand from a token that cannot continue it (automatic semicolon
// insertion); next is the class of that token: only an operand or a
// statement keyword breaks.
func (c *checker) asiBreak(newline bool, next tokClass) {
	if newline && (c.prev == tokOperand || c.prev == tokAmbiguous) && next == tokOperand {
		c.endExpression()
	}
}

func (c *checker) skipString(q byte) error {
	start := c.i
	c.i++
	for c.i < len(c.src) {
		r, n := utf8.DecodeRuneInString(c.src[c.i:])
		switch {
		case r == rune(q):
			c.i++
			return nil
		case r == '\\':
			c.i++
			if c.i < len(c.src) {
				_, n2 := utf8.DecodeRuneInString(c.src[c.i:])
				if strings.HasPrefix(c.src[c.i:], "\r\n") {
					n2 = 2
				}
				c.i += n2
			}
			continue
		case isLineTerminator(r) && r != '\u2028' && r != '\u2029':
			return c.fail(start, ErrQuerySyntax, "unterminated string")
		}
		c.i += n
	}
	return c.fail(start, ErrQuerySyntax, "unterminated string")
}

// templateText skips the text of a template literal up to its end or to a
// substitution "${", which opens a level.
func (c *checker) templateText() error {
	start := c.i
	for c.i < len(c.src) {
		switch c.src[c.i] {
		case '`':
			c.i++
			c.prev, c.prevWord = tokOperand, ""
			return nil
		case '\\':
			c.i += 2
			continue
		case '$':
			if c.i+1 < len(c.src) && c.src[c.i+1] == '{' {
				c.i += 2
				return c.push(start, '$')
			}
		}
		c.i++
	}
	return c.fail(start, ErrQuerySyntax, "unterminated template literal")
}

func (c *checker) skipNumber() {
	seenDot, hex := false, strings.HasPrefix(c.src[c.i:], "0x") || strings.HasPrefix(c.src[c.i:], "0X")
	for c.i < len(c.src) {
		b := c.src[c.i]
		switch {
		case b >= '0' && b <= '9', b|0x20 >= 'a' && b|0x20 <= 'z', b == '_':
		case b == '.' && !seenDot && !hex:
			seenDot = true
		case (b == '+' || b == '-') && !hex && c.i > 0 && c.src[c.i-1]|0x20 == 'e':
		default:
			return
		}
		c.i++
	}
}

func (c *checker) word(nl bool) error {
	start := c.i
	escaped := false
	for c.i < len(c.src) {
		r, n := utf8.DecodeRuneInString(c.src[c.i:])
		if !isIdentPart(r) {
			break
		}
		if r == '\\' {
			escaped = true
			if c.i+1 < len(c.src) && c.src[c.i+1] == 'u' {
				n = 2
			}
		}
		c.i += n
	}
	w := c.src[start:c.i]
	switch {
	case escaped:
		// An escaped keyword: refuse to guess what follows.
		c.asiBreak(nl, tokOperand)
		c.notConst()
		c.prev = tokAmbiguous
	case statementKeywords[w]:
		c.endExpression()
		c.notConst()
		c.prev = tokStatement
	case nestingKeywords[w]:
		if w != "else" && (c.prev == tokOperand || c.prev == tokAmbiguous) {
			c.endExpression() // a new statement
		}
		c.notConst()
		if err := c.grow(start, 1); err != nil {
			return err
		}
		c.prev = tokStatement
	case operatorKeywords[w]:
		if w != "in" && w != "instanceof" {
			c.asiBreak(nl, tokOperand)
		}
		if w != "typeof" && w != "void" {
			c.notConst()
		}
		if err := c.grow(start, 1); err != nil {
			return err
		}
		c.prev = tokOperator
	case reservedWords[w]:
		c.asiBreak(nl, tokOperand)
		c.notConst()
		c.prev = tokOperator
	case contextualWords[w]:
		c.asiBreak(nl, tokOperand)
		c.notConst()
		if err := c.grow(start, 1); err != nil { // yield and await are operators
			return err
		}
		c.prev = tokAmbiguous
	default:
		c.asiBreak(nl, tokOperand)
		if !constWords[w] {
			c.notConst()
		}
		c.prev = tokOperand
	}
	c.prevWord = w
	return nil
}

// slash reads a division or a regular expression literal.
func (c *checker) slash(nl bool) error {
	start := c.i
	switch c.prev {
	case tokOperand:
		return c.punctuator(nl)
	case tokAmbiguous:
		end, ok := c.regexEnd()
		if !ok {
			return c.punctuator(nl)
		}
		// Read as a division, the text up to the regular expression's
		// end is code; it must not hold what would change the reading.
		after := ""
		if end+1 < len(c.src) {
			after = c.src[end+1 : end+2]
		}
		if body := c.src[start+1 : end]; strings.ContainsAny(body, "()[]{}'\"`;,/\\") || after == "/" || after == "*" {
			return c.fail(start, ErrQuerySyntax, "ambiguous \"/\" after %q: put the division or the regular expression in parentheses", c.prevWordOr("}"))
		}
		return c.punctuator(nl)
	}
	end, ok := c.regexEnd()
	if !ok {
		return c.fail(start, ErrQuerySyntax, "unterminated regular expression")
	}
	c.asiBreak(nl, tokOperand)
	c.notConst()
	c.i = end + 1
	for c.i < len(c.src) {
		r, n := utf8.DecodeRuneInString(c.src[c.i:])
		if !isIdentPart(r) {
			break
		}
		c.i += n
	}
	c.prev, c.prevWord = tokOperand, ""
	return nil
}

func (c *checker) prevWordOr(s string) string {
	if c.prevWord != "" {
		return c.prevWord
	}
	return s
}

// regexEnd returns the index of the "/" that ends a regular expression
// literal starting at c.i, on the same line.
func (c *checker) regexEnd() (int, bool) {
	inClass := false
	for j := c.i + 1; j < len(c.src); {
		r, n := utf8.DecodeRuneInString(c.src[j:])
		switch {
		case isLineTerminator(r):
			return 0, false
		case r == '\\':
			j++
			if j < len(c.src) {
				r2, n2 := utf8.DecodeRuneInString(c.src[j:])
				if isLineTerminator(r2) {
					return 0, false
				}
				n = n2
			}
		case r == '[':
			inClass = true
		case r == ']':
			inClass = false
		case r == '/' && !inClass:
			return j, true
		}
		j += n
	}
	return 0, false
}

func (c *checker) punctuator(nl bool) error {
	start := c.i
	p := c.src[c.i : c.i+1]
	for _, q := range punctuators {
		if strings.HasPrefix(c.src[c.i:], q) {
			p = q
			break
		}
	}
	if p == "?." && c.i+2 < len(c.src) && c.src[c.i+2] >= '0' && c.src[c.i+2] <= '9' {
		p = "?"
	}
	c.i += len(p)
	if !constOperators[p] && p != "(" && p != ")" {
		c.notConst()
	}
	switch p {
	case "(", "[", "{":
		// A group after an operand is a call or an index: one more step
		// of the chain. Any group nests one level.
		if err := c.grow(start, 1); err != nil {
			return err
		}
		obj := p == "{" && c.prev == tokOperator && c.prevWord == "" // after an operator: an object literal
		ctrl := p == "(" && (c.prevWord == "if" || c.prevWord == "while" || c.prevWord == "for" || c.prevWord == "with")
		if err := c.push(start, p[0]); err != nil {
			return err
		}
		c.top().ctrl, c.top().obj = ctrl, obj
		c.prev, c.prevWord = tokOperator, ""
		if p == "{" {
			c.prev = tokStatement
		}
		return nil
	case ")", "]", "}":
		return c.pop(start, p[0])
	case ",":
		c.endExpression()
		c.prev, c.prevWord = tokOperator, ""
		return nil
	case ";":
		c.endExpression()
		c.prev, c.prevWord = tokStatement, ""
		return nil
	case "&&", "||", "??":
		c.constLogical++
		if c.constLogical > maxConstLogical {
			return c.fail(start, ErrQueryTooComplex, "more than %d &&, || or ?? between constants", maxConstLogical)
		}
	case "++", "--":
		if c.prev == tokOperand && !nl {
			c.prev, c.prevWord = tokOperand, "" // postfix
			return c.grow(start, 1)
		}
		c.asiBreak(nl, tokOperand)
	}
	c.prev, c.prevWord = tokOperator, ""
	if p == "=>" || p == ":" {
		c.prev = tokStatement // "=> {" and "label: {" open blocks
	}
	return c.grow(start, 1)
}

func (c *checker) push(at int, open byte) error {
	if len(c.levels) > maxNesting {
		return c.fail(at, ErrQueryTooComplex, "brackets nested more than %d deep", maxNesting)
	}
	c.levels = append(c.levels, level{open: open})
	return nil
}

var closes = map[byte]byte{')': '(', ']': '[', '}': '{'}

func (c *checker) pop(at int, close byte) error {
	t := c.top()
	if len(c.levels) == 1 || (t.open != closes[close] && !(close == '}' && t.open == '$')) {
		return c.fail(at, ErrQuerySyntax, "unbalanced %q", close)
	}
	c.endExpression()
	c.levels = c.levels[:len(c.levels)-1]
	c.prevWord = ""
	switch {
	case t.open == '$':
		return c.templateText()
	case t.open == '(' && t.ctrl:
		c.prev = tokStatement // "if (…) /re/": a statement begins
	case t.open == '{' && !t.obj:
		c.prev = tokAmbiguous // a block or function body, or an expression
	default:
		c.prev = tokOperand
	}
	return nil
}
