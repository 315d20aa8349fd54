package explore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/exporters/model"
)

// An apiError is an answer other than 200: its status, message, the
// parameter at fault (for 400) and the seconds to wait (for 503).
type apiError struct {
	code  int
	msg   string
	param string
	retry int
}

func (e *apiError) Error() string { return e.msg }

func badParam(name, format string, args ...any) *apiError {
	return &apiError{code: http.StatusBadRequest, param: name, msg: "parameter " + name + ": " + fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) *apiError {
	return &apiError{code: http.StatusNotFound, msg: fmt.Sprintf(format, args...)}
}

// writeError answers err as JSON: {"error": "…", "parameter": "…"}.
func writeError(w http.ResponseWriter, err *apiError) {
	if err.retry > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(err.retry))
	}
	body := map[string]string{"error": err.msg}
	if err.param != "" {
		body["parameter"] = err.param
	}
	writeJSON(w, err.code, body)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		code = http.StatusInternalServerError
		buf.Reset()
		fmt.Fprintf(&buf, "{\"error\":%q}\n", "encode the answer: "+err.Error())
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// params reads the query parameters of one request.
type params struct {
	v url.Values
}

// Limits of parameters.
const (
	maxParamBytes = 1 << 10 // one value
	maxListItems  = 500     // items of a list parameter
	maxQueryBytes = 200     // a search
)

// newParams checks that the request names only known parameters, each
// once (lists may be repeated), with values of valid UTF-8 and at most
// maxParamBytes each.
func newParams(r *http.Request, known, lists []string) (*params, *apiError) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, &apiError{code: http.StatusBadRequest, msg: "query string: " + err.Error()}
	}
	for name, vals := range v {
		if !slices.Contains(known, name) && !slices.Contains(lists, name) {
			all := slices.Concat(known, lists)
			slices.Sort(all)
			if len(all) == 0 {
				return nil, badParam(name, "unknown: this endpoint takes no parameters")
			}
			return nil, badParam(name, "unknown (known: %s)", strings.Join(all, ", "))
		}
		if len(vals) > 1 && !slices.Contains(lists, name) {
			return nil, badParam(name, "given %d times, want once", len(vals))
		}
		if len(vals) > maxListItems {
			return nil, badParam(name, "given %d times, at most %d", len(vals), maxListItems)
		}
		for _, x := range vals {
			if !utf8.ValidString(x) {
				return nil, badParam(name, "not valid UTF-8")
			}
			if len(x) > maxParamBytes*16 || (!slices.Contains(lists, name) && len(x) > maxParamBytes) {
				return nil, badParam(name, "%d bytes, too long", len(x))
			}
		}
	}
	return &params{v: v}, nil
}

// str returns the value of name, "" when absent.
func (p *params) str(name string) string { return strings.TrimSpace(p.v.Get(name)) }

// required returns the value of name, which must be given.
func (p *params) required(name string) (string, *apiError) {
	s := p.str(name)
	if s == "" {
		return "", badParam(name, "missing")
	}
	return s, nil
}

// intIn returns the integer value of name in [lo, hi], def when absent.
func (p *params) intIn(name string, def, lo, hi int) (int, *apiError) {
	s := p.str(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, badParam(name, "%q is not a whole number", s)
	}
	if n < lo || n > hi {
		return 0, badParam(name, "%d is out of range: want %d..%d", n, lo, hi)
	}
	return n, nil
}

// maxPage bounds the items of one page of a list.
const maxPage = 200

// page returns the parameters offset (default 0) and limit (1..maxPage,
// default def) of a paged list.
func (p *params) page(def int) (offset, limit int, aerr *apiError) {
	if offset, aerr = p.intIn("offset", 0, 0, 1<<30); aerr != nil {
		return 0, 0, aerr
	}
	limit, aerr = p.intIn("limit", def, 1, maxPage)
	return offset, limit, aerr
}

// list returns the items of a list parameter: comma-separated, or the
// parameter repeated; empty items are dropped. At most max items.
func (p *params) list(name string, max int) ([]string, *apiError) {
	var out []string
	for _, v := range p.v[name] {
		for _, x := range strings.Split(v, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
	}
	return checkList(name, out, max)
}

// ids returns the items of a list of entity IDs: the parameter repeated,
// one ID each (IRIs may hold commas). At most max items.
func (p *params) ids(name string, max int) ([]string, *apiError) {
	var out []string
	for _, v := range p.v[name] {
		if x := strings.TrimSpace(v); x != "" {
			out = append(out, x)
		}
	}
	return checkList(name, out, max)
}

func checkList(name string, out []string, max int) ([]string, *apiError) {
	if len(out) > max {
		return nil, badParam(name, "%d items, at most %d", len(out), max)
	}
	return out, nil
}

// date returns the day given as name (2006-01-02), "" when absent.
func (p *params) date(name string) (string, *apiError) {
	s := p.str(name)
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse(model.DateLayout, s); err != nil {
		return "", badParam(name, "%q is not a day written 2006-01-02", s)
	}
	return s, nil
}

// An endpoint is one API resource: the parameters it takes and the
// function that answers it from the index.
type endpoint struct {
	known, lists []string
	// answer returns the value to encode as JSON, or writes the answer
	// itself and returns nil (exports).
	answer func(e *Explorer, ix *Index, p *params, w http.ResponseWriter, r *http.Request) (any, *apiError)
}

// serveAPI answers one API request: GET or HEAD only, known parameters,
// an index loaded, a turn among MaxRequests, and a panic answered with
// 500.
func (e *Explorer) serveAPI(ep endpoint, w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, &apiError{code: http.StatusMethodNotAllowed, msg: "use GET"})
		return
	}
	p, aerr := newParams(r, ep.known, ep.lists)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	ix, aerr := e.index()
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	wait := time.NewTimer(time.Second)
	defer wait.Stop()
	select {
	case e.turns <- struct{}{}:
		defer func() { <-e.turns }()
	case <-wait.C:
		writeError(w, &apiError{code: http.StatusServiceUnavailable, retry: 1,
			msg: fmt.Sprintf("too many requests at once (at most %d): try again in a moment", cap(e.turns))})
		return
	case <-r.Context().Done():
		return
	}
	v, aerr := e.call(ep, ix, p, w, r)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	if v != nil {
		writeJSON(w, http.StatusOK, v)
	}
}

// call runs ep's answer, turning a panic into a 500.
func (e *Explorer) call(ep endpoint, ix *Index, p *params, w http.ResponseWriter, r *http.Request) (v any, aerr *apiError) {
	defer func() {
		if x := recover(); x != nil {
			e.opts.Logger.Error("explorer: handler panicked", "path", r.URL.Path, "panic", fmt.Sprint(x), "stack", string(debug.Stack()))
			v, aerr = nil, &apiError{code: http.StatusInternalServerError, msg: errPanic.Error()}
		}
	}()
	return ep.answer(e, ix, p, w, r)
}
