#!/usr/bin/env bash
# End-to-end test of the language server in a real editor: Neovim, headless. Opens a config with
# a mistake, receives the diagnostics, asks for completion, hover and code actions, applies a
# quick fix, then applies "Generate IX config" on an AWS sample; a second client without a
# workspace folder checks that a config's first diagnostics already hold the cross-checks against
# the sample its init_options name (scripts/e2e-neovim.lua).
#
# Needs: Java 17, Maven (to build the jar when missing), Neovim >= 0.7 (Debian package `neovim`;
# installed here with apt-get when missing and running as root). Every step is bounded in time;
# exits non-zero on any failure.
#
# Options (environment): IXLS_E2E_BUILD=1 rebuilds the jar; IXLS_E2E_KEEP=1 keeps the work folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="$root/language-server/target/ixls.jar"

if ! command -v nvim >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing neovim (apt-get)" >&2
    timeout 300 apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq neovim >&2
  else
    echo "e2e-neovim: nvim not found; install the Debian package neovim" >&2
    exit 2
  fi
fi
nvim --version | head -1

if [ ! -f "$jar" ] || [ "${IXLS_E2E_BUILD:-0}" = 1 ]; then
  echo "== building $jar" >&2
  timeout 900 mvn -B -q -DskipTests package >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ixls-e2e-nvim.XXXXXX")"
cleanup() {
  if [ "${IXLS_E2E_KEEP:-0}" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p "$work/aws" "$work/home" "$work/bare"
cp test-fixtures/lsp/e2e/seed-typo.ix "$work/seed-typo.ix"
# Opened by a second client without a workspace folder, the sample named in init_options.
cp test-fixtures/lsp/e2e/seed-mistakes.ix "$work/bare/router.ix"
cp test-fixtures/lsp/e2e/downloaded-sample.txt "$work/aws/downloaded-sample.txt"

echo "== Neovim end-to-end test (work folder $work)"
# A private HOME and XDG folders: no user config, plugins, shada or swap files get in the way.
status=0
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
  XDG_STATE_HOME="$work/home/.local/state" XDG_CACHE_HOME="$work/home/.cache" \
  IXLS_JAR="$jar" IXLS_E2E_DIR="$work" \
  timeout --kill-after=10 240 nvim --headless --clean -n -i NONE \
  -c "luafile $root/scripts/e2e-neovim.lua" || status=$?
if [ "$status" != 0 ]; then
  echo "e2e-neovim: FAILED (exit $status)" >&2
  exit 1
fi
echo "== Neovim end-to-end test passed"
