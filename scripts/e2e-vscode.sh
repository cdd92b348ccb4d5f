#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code (code-server), driven by Chromium.
#
#   bash scripts/e2e-vscode.sh                 # from the repository root
#
# What it does:
#   1. installs the Debian packages it needs when they are missing (chromium, libkrb5-dev, ripgrep);
#   2. installs code-server 4.100.3 into a cache outside the repository (once; later runs reuse it);
#   3. builds the language server jar (mvn package) and the .vsix (npm run package);
#   4. installs the .vsix into a fresh extensions dir, starts code-server on 127.0.0.1 with a
#      temporary user-data-dir and a workspace copied from test-fixtures/e2e/;
#   5. drives the workbench with playwright-core + /usr/bin/chromium (vscode-client/e2e/drive.mjs)
#      and checks what a user sees: colouring, the exact Problems panel, the status bar with the
#      linked sample (after a fresh start and after a reload), code lenses, completion, "Generate IX
#      config" (from the palette, a code lens and Ctrl+. on a sample recognised by content), the
#      tunnel status view, a router transcript's diagnosis, a server restart and its output channel.
#
# Environment:
#   IXLS_E2E_CACHE        cache dir for code-server (default: ~/.cache/ixls-e2e)
#   IXLS_E2E_SKIP_MVN=1   reuse language-server/target/ixls.jar instead of running mvn package
#   IXLS_E2E_STUB_SERVER=1  run against a small stand-in language server (vscode-client/e2e/stub-server)
#                         instead of ixls.jar: checks the harness itself, not the real server
#   IXLS_E2E_ONLY=install   stop after installing the prerequisites (warms the cache)
#
# Screenshots and logs: vscode-client/build/e2e/. Exit status 0 only when every check passed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLIENT="$ROOT/vscode-client"
OUT="$CLIENT/build/e2e"
CACHE="${IXLS_E2E_CACHE:-$HOME/.cache/ixls-e2e}"
CODE_SERVER_VERSION=4.100.3
CODE_SERVER_HOME="$CACHE/code-server-$CODE_SERVER_VERSION"
CODE_SERVER="$CODE_SERVER_HOME/node_modules/.bin/code-server"
DEBIAN_PACKAGES=(chromium libkrb5-dev ripgrep)
START_SECONDS=$SECONDS

log() { printf '[e2e %4ds] %s\n' "$((SECONDS - START_SECONDS))" "$*"; }
fail() { log "$*"; echo "E2E FAIL: $*"; exit 1; }

# ---- cleanup: everything this script started ------------------------------------------------
TMP_ROOT=""
CODE_SERVER_PID=""
DRIVER_PID=""
# Ends a process group started with setsid (its leader's pid is the group id): TERM, then KILL.
end_group() {
  local leader=$1
  [[ -n "$leader" ]] || return 0
  kill -TERM -- "-$leader" 2>/dev/null || return 0
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 -- "-$leader" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL -- "-$leader" 2>/dev/null || true
}
cleanup() {
  local status=$?
  # The browser driver (with its Chromium) and code-server (with its extension host and the
  # language server) each run in a process group of their own.
  end_group "$DRIVER_PID"
  end_group "$CODE_SERVER_PID"
  if [[ -n "$TMP_ROOT" && -d "$TMP_ROOT" ]]; then
    rm -rf "$TMP_ROOT"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo "E2E FAIL: interrupted"; exit 130' INT TERM

# ---- 1. Debian packages ----------------------------------------------------------------------
ensure_debian_packages() {
  local missing=() pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if ((${#missing[@]} == 0)); then
    return
  fi
  [[ $(id -u) == 0 ]] || fail "missing Debian packages (${missing[*]}); install them as root: apt-get install ${missing[*]}"
  log "installing Debian packages: ${missing[*]}"
  timeout 600 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ---- 2. code-server, cached ------------------------------------------------------------------
# The npm package's install scripts download things this network cannot reach; install with
# --ignore-scripts and do their work by hand (see shared/reference/vscode-e2e.md).
install_code_server() {
  if [[ -f "$CODE_SERVER_HOME/.installed" ]]; then
    log "code-server $CODE_SERVER_VERSION: cached in $CODE_SERVER_HOME"
    return
  fi
  log "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_HOME (a few minutes, once)"
  rm -rf "$CODE_SERVER_HOME"
  mkdir -p "$CODE_SERVER_HOME"
  (
    set -e
    cd "$CODE_SERVER_HOME"
    export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
    echo '{"name":"ixls-e2e-code-server","private":true}' > package.json
    timeout 600 npm install --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION"
    timeout 600 npm rebuild argon2
    cd node_modules/code-server/lib/vscode
    timeout 600 npm install --ignore-scripts
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
    npm_config_yes=true timeout 900 npm rebuild
    ln -sfn node_modules node_modules.asar
    ln -sf code-linux.sh bin/remote-cli/code-server
    ln -sf browser-linux.sh bin/helpers/browser.sh
    cd extensions
    timeout 600 npm install
  ) > "$CACHE/code-server-install.log" 2>&1 || fail "code-server install failed; see $CACHE/code-server-install.log"
  timeout 60 "$CODE_SERVER" --version >/dev/null || fail "code-server does not run; see $CACHE/code-server-install.log"
  touch "$CODE_SERVER_HOME/.installed"
  log "code-server installed"
}

# ---- 3. the .vsix ----------------------------------------------------------------------------
build_vsix() {
  if [[ "${IXLS_E2E_STUB_SERVER:-}" != 1 ]]; then
    if [[ "${IXLS_E2E_SKIP_MVN:-}" == 1 && -f "$ROOT/language-server/target/ixls.jar" ]]; then
      log "reusing language-server/target/ixls.jar"
    else
      log "building the language server (mvn package)"
      (cd "$ROOT" && timeout 900 mvn -q -DskipTests package) > "$OUT/mvn.log" 2>&1 \
        || fail "mvn package failed; see $OUT/mvn.log"
    fi
  fi
  log "building the extension (npm ci, npm run package)"
  (
    cd "$CLIENT"
    timeout 600 npm ci --no-audit --no-fund
    if [[ "${IXLS_E2E_STUB_SERVER:-}" == 1 && ! -f "$ROOT/language-server/target/ixls.jar" ]]; then
      # The stub run never starts the jar; package a placeholder so the .vsix can be built.
      : > "$TMP_ROOT/placeholder.jar"
      IXLS_SERVER_JAR="$TMP_ROOT/placeholder.jar" timeout 300 npm run package
    else
      timeout 300 npm run package
    fi
  ) > "$OUT/package.log" 2>&1 || fail "building the .vsix failed; see $OUT/package.log"
  VSIX=$(ls -t "$CLIENT"/*.vsix | head -n 1)
  log "built $(basename "$VSIX")"
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# ---- main ------------------------------------------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT" "$CACHE"
ensure_debian_packages
install_code_server
if [[ "${IXLS_E2E_ONLY:-}" == install ]]; then
  echo "E2E install done"
  exit 0
fi
TMP_ROOT=$(mktemp -d /tmp/ixls-e2e.XXXXXX)
build_vsix

USER_DATA="$TMP_ROOT/user-data"
EXTENSIONS="$TMP_ROOT/extensions"
WORKSPACE="$TMP_ROOT/workspace"
mkdir -p "$USER_DATA/User" "$EXTENSIONS" "$WORKSPACE"
cp -R "$ROOT/test-fixtures/e2e/." "$WORKSPACE/"
# The expectations are read from the fixtures, not shown to the editor.
rm -f "$WORKSPACE"/*.problems.txt
# An AWS sample saved under a name VS Code opens as Plain Text, pasted without its header.
cp "$ROOT/test-fixtures/lsp/e2e/downloaded-sample.txt" "$WORKSPACE/my-aws-download.txt"

# Settings for a quiet, predictable workbench. Word-based suggestions and snippets are off so
# that any completion list comes from the language server.
JAVA_HOME_SETTING=""
if [[ "${IXLS_E2E_STUB_SERVER:-}" == 1 ]]; then
  JAVA_HOME_SETTING="\"ixls.java.home\": \"$CLIENT/e2e/stub-server/fake-jdk\","
fi
cat > "$USER_DATA/User/settings.json" <<JSON
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "editor.wordBasedSuggestions": "off",
  "editor.snippetSuggestions": "none",
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  $JAVA_HOME_SETTING
  "ixls.awsSamples": ["$WORKSPACE/vpn-0a1b2c3d4e5f67890.txt"],
  "ixls.diagnostics.delayMs": 100
}
JSON

log "installing the extension into a fresh extensions dir"
timeout 120 "$CODE_SERVER" --extensions-dir "$EXTENSIONS" --user-data-dir "$USER_DATA" \
  --install-extension "$VSIX" > "$OUT/install-extension.log" 2>&1 \
  || fail "code-server --install-extension failed; see $OUT/install-extension.log"

PORT=$(free_port)
log "starting code-server on 127.0.0.1:$PORT"
setsid "$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry \
  --disable-update-check --disable-workspace-trust --user-data-dir "$USER_DATA" \
  --extensions-dir "$EXTENSIONS" "$WORKSPACE" > "$OUT/code-server.log" 2>&1 &
CODE_SERVER_PID=$!

for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break
  kill -0 "$CODE_SERVER_PID" 2>/dev/null || fail "code-server exited; see $OUT/code-server.log"
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" || fail "code-server did not answer within 60 s"
log "code-server is up"

setsid timeout --kill-after=10 480 node "$CLIENT/e2e/drive.mjs" \
  --url "http://127.0.0.1:$PORT/?folder=$WORKSPACE" \
  --workspace "$WORKSPACE" --out "$OUT" --logs "$USER_DATA/logs" --fixtures "$ROOT/test-fixtures" &
DRIVER_PID=$!
DRIVE_STATUS=0
wait "$DRIVER_PID" || DRIVE_STATUS=$?
# The extension host's log holds the language client's output channel contents.
find "$USER_DATA/logs" -name '*.log' -path '*exthost*' -exec cp {} "$OUT/" \; 2>/dev/null || true
if ((DRIVE_STATUS == 124)); then
  fail "the browser run took longer than 480 s (screenshots in $OUT)"
elif ((DRIVE_STATUS != 0)); then
  fail "checks failed (screenshots and logs in $OUT)"
fi
log "all checks passed in $((SECONDS - START_SECONDS)) s"
echo "E2E PASS"
