#!/usr/bin/env bash
# deps.sh — install the Debian packages newsgraph's demo and tests use:
# Graphviz (renders DOT), the Python checkers that load our exports
# (networkx, igraph, rdflib, pyld), PostgreSQL (the server the postgres
# backend's tests start, see postgres.sh), and Chromium with a font for
# the web explorer's browser tests. Go itself must already be installed. A
# package that is only wanted (Chromium) may fail to install: the tests
# that need it then say so and skip.
# Usage: scripts/deps.sh [demo|test|bench|postgres]
set -euo pipefail

wanted=()
case "${1:-test}" in
  demo) want=(graphviz) ;;
  test) want=(graphviz python3-networkx python3-igraph python3-rdflib python3-pyld postgresql)
        wanted=(chromium fonts-dejavu-core) ;;
  bench) want=(jq bc time postgresql) ;;
  postgres) want=(postgresql) ;;
  *) echo "deps: unknown set ${1} (demo, test, bench or postgres)" >&2; exit 2 ;;
esac

# absent NAME...: prints the packages of NAME... that are not installed.
absent() {
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}
mapfile -t missing < <(absent "${want[@]}")
mapfile -t optional < <(absent "${wanted[@]}")
if [ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    sudo=sudo
  elif [ ${#missing[@]} -gt 0 ]; then
    echo "deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  else
    echo "deps: cannot install ${optional[*]} (no root, no sudo): the tests that need them will skip" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}" >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
if [ ${#optional[@]} -gt 0 ]; then
  echo "deps: installing ${optional[*]}" >&2
  $sudo apt-get install -y -qq --no-install-recommends "${optional[@]}" >&2 ||
    echo "deps: could not install ${optional[*]}: the tests that need them will skip" >&2
fi
