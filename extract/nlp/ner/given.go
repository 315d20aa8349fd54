package ner

// GivenName reports whether w, as written ("Isabel"), is a given name of
// the recognizer's gazetteer.
func GivenName(w string) bool { return loadFirstNames()[hashString(w)] }
