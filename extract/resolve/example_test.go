package resolve_test

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/resolve"
)

func ExampleResolver_Resolve() {
	r := resolve.New(nil)
	ctx := context.Background()
	first, _ := r.Resolve(ctx, newsgraph.Doc{ID: "a"}, []newsgraph.Entity{
		{Key: "e1", Name: "Antony Blinken", Type: newsgraph.Person},
	})
	second, _ := r.Resolve(ctx, newsgraph.Doc{ID: "b"}, []newsgraph.Entity{
		{Key: "e1", Name: "Anthony Blinken", Type: newsgraph.Person},
		{Key: "e2", Name: "Biden administration", Type: newsgraph.Organization},
	})
	fmt.Println(string(first[0]))
	fmt.Println(string(second[0]))
	fmt.Println(string(second[1]))
	// Output:
	// https://w3id.org/newsgraph/entity/antony-blinken
	// https://w3id.org/newsgraph/entity/antony-blinken
	// https://w3id.org/newsgraph/entity/biden-administration
}
