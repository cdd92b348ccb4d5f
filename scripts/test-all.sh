#!/usr/bin/env bash
# Runs every test of the project. This is the command README.md gives and .ci/run runs.
#   1. Java: grammars, engine, CLI, language server, Eclipse plugin (unit, property, golden,
#      protocol tests); builds language-server/target/ixls.jar; then ./ixls itself (first run,
#      locales)
#   2. VS Code extension: type check and unit tests, then the .vsix build
#   3. End to end in real editors, against the real server: Neovim (headless), VS Code
#      (code-server driven by Chromium) and Eclipse (a real workbench under Xvfb; skipped with a
#      message where ../shared/third_party is not at hand). Each installs what it needs when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "== 1/5 Java: mvn verify, then the ./ixls launcher as users run it"
mvn -B -ntp verify
bash scripts/check-launcher.sh

echo "== 2/5 VS Code extension: npm ci, npm test, npm run package"
(cd vscode-client && npm ci --no-audit --no-fund && npm test && npm run package)

echo "== 3/5 End to end: Neovim"
bash scripts/e2e-neovim.sh

echo "== 4/5 End to end: VS Code (code-server)"
IXLS_E2E_SKIP_MVN=1 bash scripts/e2e-vscode.sh

echo "== 5/5 End to end: Eclipse (workbench under Xvfb)"
IXLS_E2E_SKIP_MVN=1 bash scripts/e2e-eclipse.sh

echo "== all tests passed"
