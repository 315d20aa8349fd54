//go:build !linux

package graph

import "github.com/boltdb/bolt"

// releasePages does nothing outside Linux.
func releasePages(db *bolt.DB) {}
