#!/usr/bin/env bash
# train.sh — retrain every model of the NLP core from ../shared/ud (and the
# Wikinews text in ../shared/corpus for the word clusters, and the
# named-entity data sets in ../shared/ner for the NER and the relation
# classifier), print dev and test scores, and overwrite the embedded model
# files. Training is deterministic: the same data and code give the same
# models. It takes roughly 20–30 minutes on 2 cores. Review
# `git diff --stat` afterwards and rebuild newsgraph to embed the new
# models.
set -euo pipefail
cd "$(dirname "$0")/.."
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3
shared=${SHARED:-../shared}
[ -d "$shared/ud" ] || { echo "train: $shared/ud not found (set SHARED=…)" >&2; exit 1; }
[ -d "$shared/ner" ] || { echo "train: $shared/ner not found (set SHARED=…)" >&2; exit 1; }

echo "== word clusters"
go run ./extract/nlp/tagger/internal/clusters -shared "$shared" -o extract/nlp/tagger/model/clusters.tsv.gz -iters 8
echo "== tagger"
go run ./extract/nlp/tagger/internal/train -ud "$shared/ud" -clusters extract/nlp/tagger/model/clusters.tsv.gz -o extract/nlp/tagger/model/tagger.bin.gz
echo "== parser (on gold tags and tags of 4 jackknifed taggers; beam 8, parses with beam 4, margin 100)"
go run ./extract/nlp/parser/internal/train -ud "$shared/ud" -jackknife 4 -tagepochs 6 -mix -epochs 10 \
  -beam 8 -ensemble 2 -setbeam 4/100 \
  -mbits 21 -lbits 16 -clusters extract/nlp/tagger/model/clusters.tsv.gz \
  -o extract/nlp/parser/model/parser.bin.gz
echo "== named entities (GUM, UNER EWT, Re-DocRED, Wikigold; on tags of 4 jackknifed taggers)"
go run ./extract/nlp/ner/internal/train -ud "$shared/ud" -ner "$shared/ner" -final -beam 4 -bits 18 -epochs 10 -typer-epochs 3 -test \
  -jackknife 4 -tagepochs 6 -tagclusters extract/nlp/tagger/model/clusters.tsv.gz \
  -o extract/nlp/ner/model/ner.bin.gz
echo "== coreference (on entities from recognizers not trained on the documents: a model of the train splits for dev, five fold models for train)"
coref_tmp=$(mktemp -d)
trap 'rm -rf "$coref_tmp"' EXIT
go run ./extract/nlp/ner/internal/train -ud "$shared/ud" -ner "$shared/ner" -fixed -beam 4 -bits 18 -epochs 10 -typer-epochs 3 \
  -jackknife 4 -tagepochs 6 -tagclusters extract/nlp/tagger/model/clusters.tsv.gz \
  -jkfile "$coref_tmp/jk.tsv" -o "$coref_tmp/ner-train.bin.gz"
for f in 0 1 2 3 4; do
  go run ./extract/nlp/ner/internal/train -ud "$shared/ud" -ner "$shared/ner" -fixed -beam 4 -bits 18 -epochs 10 -typer-epochs 3 \
    -jkfile "$coref_tmp/jk.tsv" -fold0 5 -fold "$f" -o "$coref_tmp/nerfold.$f.bin.gz"
done
go run ./extract/nlp/coref/internal/train -ud "$shared/ud" -final -test \
  -ner "$coref_tmp/ner-train.bin.gz" -nerfolds "$coref_tmp/nerfold" \
  -o extract/nlp/coref/model/coref.bin.gz
echo "== relation classifier (Re-DocRED, four fifths of the documents; held-out scores printed)"
go run ./extract/relclass/internal/train -ner "$shared/ner" -o extract/relclass/model/relclass.bin.gz
