#!/usr/bin/env bash
# vendor-js.sh — copy the web explorer's JavaScript libraries from npm into
# explore/static/vendor, byte for byte, with their licences and a manifest
# (explore/static/vendor/MANIFEST: package, version, file, SHA-256) that the
# Go tests check against explore/js/package-lock.json. The versions are
# pinned in explore/js/package.json and its lock file; `go build` needs none
# of this (the files are committed and embedded), only an update does.
#   scripts/vendor-js.sh          install from the lock file and copy
#   scripts/vendor-js.sh --check  install into a temporary folder and fail
#                                 when the committed files differ
# To update a library: change its version in explore/js/package.json, run
# `npm install --ignore-scripts` in explore/js, then this script.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v npm >/dev/null || { echo "vendor-js: npm is not installed (Debian: apt-get install npm)" >&2; exit 1; }

check=false
[ "${1:-}" = "--check" ] && check=true

# package, file in the package, name in vendor/
files=(
  "cytoscape dist/cytoscape.min.js cytoscape.min.js"
  "cytoscape LICENSE cytoscape.LICENSE"
  "layout-base layout-base.js layout-base.js"
  "layout-base LICENSE layout-base.LICENSE"
  "cose-base cose-base.js cose-base.js"
  "cose-base LICENSE cose-base.LICENSE"
  "cytoscape-fcose cytoscape-fcose.js cytoscape-fcose.js"
  "cytoscape-fcose LICENSE cytoscape-fcose.LICENSE"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp explore/js/package.json explore/js/package-lock.json "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)

out="$work/vendor"
mkdir -p "$out"
manifest="$out/MANIFEST"
{
  echo "# The web explorer's vendored libraries: package, version, file, SHA-256."
  echo "# Written by scripts/vendor-js.sh from explore/js/package-lock.json; do not edit."
} > "$manifest"
for f in "${files[@]}"; do
  read -r pkg src dst <<<"$f"
  version=$(node -p "require('$work/node_modules/$pkg/package.json').version")
  cp "$work/node_modules/$pkg/$src" "$out/$dst"
  echo "$pkg $version $dst $(sha256sum "$out/$dst" | cut -d' ' -f1)" >> "$manifest"
done

dest=explore/static/vendor
if $check; then
  if diff -r "$out" "$dest" >/dev/null; then
    echo "vendor-js: $dest is current"
    exit 0
  fi
  echo "vendor-js: $dest differs from what npm gives for explore/js/package-lock.json:" >&2
  diff -r "$out" "$dest" | head -20 >&2 || true
  echo "run scripts/vendor-js.sh and commit the result" >&2
  exit 1
fi
rm -rf "$dest"
cp -r "$out" "$dest"
echo "vendor-js: wrote $dest"
