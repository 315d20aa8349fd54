#!/usr/bin/env bash
# deps.sh — install the Debian packages newsgraph's demo and tests use:
# Graphviz (renders DOT), and the Python checkers that load our exports
# (networkx, igraph, rdflib, pyld), and PostgreSQL (the server the postgres backend's tests start, see
# postgres.sh). Go itself must already be installed.
# Usage: scripts/deps.sh [demo|test|bench|postgres]
set -euo pipefail

case "${1:-test}" in
  demo) want=(graphviz) ;;
  test) want=(graphviz python3-networkx python3-igraph python3-rdflib python3-pyld postgresql) ;;
  bench) want=(jq bc time postgresql) ;;
  postgres) want=(postgresql) ;;
  *) echo "deps: unknown set ${1} (demo, test, bench or postgres)" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    sudo=sudo
  else
    echo "deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
