//go:build !unix

package parser

import "time"

// cpuTime is not measured on this platform; words/cpu-s is then meaningless.
func cpuTime() time.Duration { return 0 }
