package tokenize_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/extract/nlp/tokenize"
)

func ExampleSentences() {
	text := "It's up to Hamas' leaders, U.S. officials said Oct. 7. They didn't say more."
	for _, s := range tokenize.Sentences(text) {
		fmt.Printf("%d-%d:", s.Start, s.End)
		for _, t := range s.Tokens {
			fmt.Printf(" %s", t.Text)
		}
		fmt.Println()
	}
	// Output:
	// 0-54: It 's up to Hamas ' leaders , U.S. officials said Oct. 7 .
	// 55-76: They did n't say more .
}
