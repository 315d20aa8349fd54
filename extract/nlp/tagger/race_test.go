//go:build race

package tagger

// raceEnabled is set when the race detector is on: sync.Pool then drops
// pooled values at random, so allocation counts are not meaningful.
const raceEnabled = true
