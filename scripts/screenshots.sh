#!/usr/bin/env bash
# screenshots.sh — take the README's pictures of the web explorer: the
# browser tests run on the store of the bundled example articles in
# headless Chromium and save the main pages as PNG files in docs/explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=go1.27.3
scripts/deps.sh test
mkdir -p docs/explorer
NEWSGRAPH_SCREENSHOTS=$PWD/docs/explorer go test -count=1 -run 'TestBrowserExplorer$' ./cmd/newsgraph
ls -l docs/explorer
