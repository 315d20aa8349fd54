//go:build !linux

package parse

import "time"

// threadCPU is not available on this system.
func threadCPU() time.Duration { return 0 }
