#!/usr/bin/env bash
# Runs every test of the project: the Java build (unit, property, golden and CLI tests).
# This is the command README.md gives and .ci/run runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "== Java: mvn verify (grammars, engine, CLI, language server)"
mvn -B -q verify
echo "== Java tests passed"
