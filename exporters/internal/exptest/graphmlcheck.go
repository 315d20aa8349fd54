package exptest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// GraphMLNS is the GraphML namespace.
const GraphMLNS = "http://graphml.graphdrawing.org/xmlns"

// ValidateGraphML checks data against the structure the GraphML 1.0 schema
// (graphml.xsd, graphml-structure.xsd) prescribes: element nesting and
// order, required attributes and their enumerations, ids that are XML name
// tokens and unique, data keys that refer to a declared key for the right
// domain, edge ends that refer to nodes, and data values that parse as the
// key's attr.type. It is a structural re-statement of the schema, not a
// full XSD validator.
func ValidateGraphML(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	v := &gmlValidator{keys: map[string]gmlKey{}, ids: map[string]string{}, nodes: map[string]bool{}}
	var stack []*gmlElem
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("parse xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != GraphMLNS {
				return fmt.Errorf("element <%s> in namespace %q, want %q", t.Name.Local, t.Name.Space, GraphMLNS)
			}
			var parent *gmlElem
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			} else if t.Name.Local != "graphml" {
				return fmt.Errorf("root element <%s>, want <graphml>", t.Name.Local)
			}
			e := &gmlElem{name: t.Name.Local, attrs: map[string]string{}}
			for _, a := range t.Attr {
				if a.Name.Space == "" {
					e.attrs[a.Name.Local] = a.Value
				}
			}
			if parent != nil {
				if err := v.child(parent, e); err != nil {
					return err
				}
			}
			if err := v.start(e, parent); err != nil {
				return err
			}
			stack = append(stack, e)
		case xml.CharData:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				if top.name == "data" || top.name == "default" || top.name == "desc" {
					top.text.Write(t)
				} else if strings.TrimSpace(string(t)) != "" {
					return fmt.Errorf("text %q inside <%s>", string(t), top.name)
				}
			}
		case xml.EndElement:
			e := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if err := v.end(e); err != nil {
				return err
			}
		}
	}
	for _, ref := range v.edgeRefs {
		if !v.nodes[ref] {
			return fmt.Errorf("edge end %q names no node", ref)
		}
	}
	if !v.sawRoot {
		return errors.New("no <graphml> element")
	}
	return nil
}

type gmlKey struct{ domain, typ string }

type gmlElem struct {
	name  string
	attrs map[string]string
	// phase is the position reached in the parent's content model.
	phase int
	text  bytes.Buffer
	kids  int
}

type gmlValidator struct {
	keys     map[string]gmlKey
	ids      map[string]string // id → element kind, for uniqueness
	nodes    map[string]bool
	edgeRefs []string
	sawRoot  bool
}

// order gives, per parent, the allowed children and the phase each one
// belongs to: a child may not come after a child of a later phase, and a
// phase marked once allows only one child.
var order = map[string]map[string]struct {
	phase int
	once  bool
}{
	"graphml": {"desc": {0, true}, "key": {1, false}, "graph": {2, false}, "data": {2, false}},
	"key":     {"desc": {0, true}, "default": {1, true}},
	"graph":   {"desc": {0, true}, "data": {1, false}, "node": {1, false}, "edge": {1, false}, "hyperedge": {1, false}},
	"node":    {"desc": {0, true}, "data": {1, false}, "port": {1, false}, "graph": {2, true}},
	"edge":    {"desc": {0, true}, "data": {1, false}, "graph": {2, true}},
	"data":    {},
	"default": {},
	"desc":    {},
}

func (v *gmlValidator) child(parent, e *gmlElem) error {
	allowed, ok := order[parent.name]
	if !ok {
		return nil // port, hyperedge, …: not written by newsgraph; not checked
	}
	rule, ok := allowed[e.name]
	if !ok {
		return fmt.Errorf("<%s> is not allowed inside <%s>", e.name, parent.name)
	}
	switch {
	case rule.phase < parent.phase:
		return fmt.Errorf("<%s> out of order inside <%s>", e.name, parent.name)
	case rule.phase > parent.phase:
		parent.phase, parent.kids = rule.phase, 0
	case rule.once && parent.kids > 0:
		return fmt.Errorf("more than one <%s> inside <%s>", e.name, parent.name)
	}
	parent.kids++
	return nil
}

var (
	keyFor   = map[string]bool{"all": true, "graph": true, "node": true, "edge": true, "hyperedge": true, "port": true, "endpoint": true, "graphml": true}
	keyTypes = map[string]bool{"boolean": true, "int": true, "long": true, "float": true, "double": true, "string": true}
)

// isNMTOKEN reports whether s is an XML name token.
func isNMTOKEN(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '_' || r == ':' ||
			unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == 0xB7) {
			return false
		}
	}
	return true
}

func (v *gmlValidator) uniqueID(kind, id string) error {
	if !isNMTOKEN(id) {
		return fmt.Errorf("<%s> id %q is not an XML name token", kind, id)
	}
	if prev, dup := v.ids[kind+"\x00"+id]; dup {
		return fmt.Errorf("duplicate %s id %q", prev, id)
	}
	v.ids[kind+"\x00"+id] = kind
	return nil
}

func (v *gmlValidator) start(e *gmlElem, parent *gmlElem) error {
	a := e.attrs
	switch e.name {
	case "graphml":
		v.sawRoot = true
	case "key":
		id, ok := a["id"]
		if !ok {
			return errors.New("<key> without id")
		}
		if err := v.uniqueID("key", id); err != nil {
			return err
		}
		dom := a["for"]
		if dom == "" {
			dom = "all"
		}
		if !keyFor[dom] {
			return fmt.Errorf("<key id=%q> for=%q is not a GraphML domain", id, dom)
		}
		typ := a["attr.type"]
		if typ == "" {
			typ = "string"
		}
		if !keyTypes[typ] {
			return fmt.Errorf("<key id=%q> attr.type=%q is not a GraphML type", id, typ)
		}
		if _, ok := a["attr.name"]; !ok {
			return fmt.Errorf("<key id=%q> has no attr.name", id)
		}
		v.keys[id] = gmlKey{domain: dom, typ: typ}
	case "graph":
		switch a["edgedefault"] {
		case "directed", "undirected":
		default:
			return fmt.Errorf("<graph> edgedefault=%q, want directed or undirected", a["edgedefault"])
		}
		if id, ok := a["id"]; ok {
			if err := v.uniqueID("graph", id); err != nil {
				return err
			}
		}
	case "node":
		id, ok := a["id"]
		if !ok {
			return errors.New("<node> without id")
		}
		if err := v.uniqueID("node", id); err != nil {
			return err
		}
		v.nodes[id] = true
	case "edge":
		for _, end := range []string{"source", "target"} {
			ref, ok := a[end]
			if !ok {
				return fmt.Errorf("<edge> without %s", end)
			}
			v.edgeRefs = append(v.edgeRefs, ref)
		}
		if id, ok := a["id"]; ok {
			if err := v.uniqueID("edge", id); err != nil {
				return err
			}
		}
		if d, ok := a["directed"]; ok && d != "true" && d != "false" {
			return fmt.Errorf("<edge> directed=%q, want true or false", d)
		}
	case "data":
		k, ok := a["key"]
		if !ok {
			return errors.New("<data> without key")
		}
		key, ok := v.keys[k]
		if !ok {
			return fmt.Errorf("<data key=%q> refers to no declared key", k)
		}
		if key.domain != "all" && parent != nil && key.domain != parent.name {
			return fmt.Errorf("<data key=%q> inside <%s>, but the key is for %s", k, parent.name, key.domain)
		}
	}
	return nil
}

func (v *gmlValidator) end(e *gmlElem) error {
	if e.name != "data" {
		return nil
	}
	key := v.keys[e.attrs["key"]]
	s := strings.TrimSpace(e.text.String())
	var err error
	switch key.typ {
	case "int", "long":
		_, err = strconv.ParseInt(s, 10, 64)
	case "float", "double":
		_, err = strconv.ParseFloat(s, 64)
	case "boolean":
		if s != "true" && s != "false" {
			err = errors.New("not true or false")
		}
	}
	if err != nil {
		return fmt.Errorf("<data key=%q> value %q is not a %s: %w", e.attrs["key"], s, key.typ, err)
	}
	return nil
}
