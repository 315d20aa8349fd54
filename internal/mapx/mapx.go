// Package mapx holds the map helper that the read side and the exporters'
// model share.
package mapx

// Entry returns m[k], storing a new zero value there first when m holds
// none.
func Entry[K comparable, V any](m map[K]*V, k K) *V {
	v := m[k]
	if v == nil {
		v = new(V)
		m[k] = v
	}
	return v
}
