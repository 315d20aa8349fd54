// Package all registers every export format: import it for its side
// effects.
package all

import (
	// Each package registers its format from init.
	_ "github.com/newsgraph/newsgraph/exporters/csv"
	_ "github.com/newsgraph/newsgraph/exporters/dot"
	_ "github.com/newsgraph/newsgraph/exporters/graphml"
	_ "github.com/newsgraph/newsgraph/exporters/jsonld"
	_ "github.com/newsgraph/newsgraph/exporters/nquads"
)
