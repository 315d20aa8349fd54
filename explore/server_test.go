package explore

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"

	"github.com/cayleygraph/quad"
)

func newServer(h http.Handler) *httptest.Server { return httptest.NewServer(SecurityHeaders(h)) }

// errReader is a store that cannot be read.
type errReader struct{}

func (errReader) Each(ctx context.Context, fn func(quad.Quad) error) error {
	return errors.New("the disk is gone")
}
func (errReader) Find(ctx context.Context, d quad.Direction, vals []quad.Value, fn func(quad.Quad) error) error {
	return errors.New("the disk is gone")
}
