package main

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// A small Universal NER file, written for this test: two documents, an
// OTH span (dropped) and a stray B-O tag (read as O).
const unerSample = `# newdoc id = a
# sent_id = a-1
# text = Maria Lindqvist flew to Oslo on Monday.
1	Maria	B-PER	-	-
2	Lindqvist	I-PER	-	-
3	flew	O	-	-
4	to	O	-	-
5	Oslo	B-LOC	-	-
6	on	O	-	-
7	Monday	O	-	-
8	.	B-O	-	-

# newdoc id = b
# sent_id = b-1
# text = Norwegian officials at Statkraft said nothing.
1	Norwegian	B-OTH	-	-
2	officials	O	-	-
3	at	O	-	-
4	Statkraft	B-ORG	-	-
5	said	O	-	-
6	nothing	O	-	-
7	.	O	-	-
`

func TestEvalNERIOB2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sample.iob2")
	if err := os.WriteFile(path, []byte(unerSample), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "eval", "ner", "--format", "iob2", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	if !regexp.MustCompile(`^ner: p=[0-9.]+ r=[0-9.]+ f1=[0-9.]+ mentions=3$`).MatchString(last) {
		t.Errorf("last line %q: want ner: p=… r=… f1=… mentions=3", last)
	}
}

func TestEvalNERErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.iob2")
	if err := os.WriteFile(bad, []byte("1\tOslo\tB-LOC\n2\tis\tX-Y\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"unknown format", []string{"eval", "ner", "--format", "xml", bad}, `unknown --format "xml"`},
		{"bad tag", []string{"eval", "ner", "--format", "iob2", bad}, "bad.iob2:2: tag is not O"},
		{"missing file", []string{"eval", "ner", "--format", "iob2", bad + ".none"}, "no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runCmd(t, "", tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got error %v, want one containing %q", err, tc.want)
			}
			if tc.name == "bad tag" {
				var ie *ner.IOBError
				if !errors.As(err, &ie) || !errors.Is(err, ner.ErrIOBTag) || ie.Line != 2 {
					t.Errorf("got %v, want an *ner.IOBError at line 2 wrapping ErrIOBTag", err)
				}
			}
		})
	}
}
