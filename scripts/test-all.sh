#!/usr/bin/env bash
# Runs every test of the project. This is the command README.md gives and .ci/run runs.
#   1. Java: grammars, engine, CLI and language server (unit, property, golden, protocol tests)
#   2. VS Code extension: type check and unit tests, then the .vsix build (needs the server jar)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "== 1/2 Java: mvn verify"
mvn -B -ntp verify

echo "== 2/2 VS Code extension: npm ci, npm test, npm run package"
(cd vscode-client && npm ci --no-audit --no-fund && npm test && npm run package)

echo "== all tests passed"
