#!/usr/bin/env bash
# End-to-end test of the Eclipse plugin in a real Eclipse IDE workbench (Equinox, SWT/GTK under
# Xvfb, the Generic Editor, LSP4E, TM4E), driven from inside by a test-only bundle.
#
#   bash scripts/e2e-eclipse.sh                 # from the repository root
#
# What it does:
#   1. installs the Debian packages it needs when they are missing (Xvfb, GTK, ImageMagick...);
#   2. assembles the workbench once into a cache (later runs reuse it): the pinned bundles of
#      eclipse-plugin/e2e/pom.xml from Maven Central, the plain jars among them wrapped as bundles
#      with bnd, and LSP4E 0.30.8 and TM4E 0.17.2 compiled with ECJ from the source archives in
#      ../shared/third_party/ (never changed, never shipped);
#   3. builds the ixls bundle (mvn package) and compiles its sources again against the real LSP4E,
#      so the compile-only stub the ordinary build uses cannot drift from LSP4E's API;
#   4. compiles the test driver (eclipse-plugin/e2e-driver/, never shipped) and launches the
#      workbench on Temurin 25 under Xvfb three times: in English, with -nl ja, and without LSP4E;
#      the driver opens files in a workspace and checks markers, code actions, completion, hover,
#      colouring and the preference page, that a missing LSP4E is reported to the user (see
#      eclipse-plugin/e2e-driver/.../Driver.java), and takes a screenshot;
#   5. checks the workbench logs: no unresolved bundle, no "Unhandled event loop exception", no
#      "Unknown editor".
# Every check prints PASS or FAIL; the exit status is 0 only when every check passed. Where the
# LSP4E/TM4E source archives are not at hand, the test is skipped with a message (exit 0).
#
# Environment:
#   IXLS_E2E_CACHE         cache dir (default ~/.cache/ixls-e2e): downloads (its own Maven local
#                          repository), the built workbench (eclipse-<hash of its inputs>/)
#   IXLS_E2E_SHARED        the folder holding third_party/ (default: ../shared beside the repository)
#   IXLS_E2E_JAVA_HOME     the Java 21+ that runs the workbench (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   IXLS_E2E_SKIP_MVN=1    reuse eclipse-plugin/bundle/target/dev.ixls.eclipse.jar instead of mvn package
#   IXLS_E2E_BREAK         for proving the test fails: no-server-jar (the bundle without its server
#                          jar) or no-diagnostics (a server whose diagnostics never reach Eclipse)
#   IXLS_E2E_KEEP=1        keep the run folder (workspaces, configuration, logs)
#   IXLS_E2E_ONLY=install  stop after assembling the workbench (warms the cache)
#
# Output: eclipse-plugin/target/e2e/ (workbench.png, the driver's results, the workbench logs).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/eclipse-plugin/target/e2e"
CACHE="${IXLS_E2E_CACHE:-$HOME/.cache/ixls-e2e}"
SHARED="${IXLS_E2E_SHARED:-$ROOT/../shared}"
JAVA_HOME_E2E="${IXLS_E2E_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME_E2E/bin/java"
LSP4E_TGZ="$SHARED/third_party/lsp4e-0.30.8-src.tar.gz"
TM4E_TGZ="$SHARED/third_party/tm4e-0.17.2-src.tar.gz"
DEBIAN_PACKAGES=(xvfb xauth libgtk-3-0 dbus-x11 imagemagick fonts-dejavu-core fonts-ipafont-gothic)
# Bump when the way the workbench is assembled changes (the cache key holds it).
RECIPE=1
START_SECONDS=$SECONDS

log() { printf '[e2e-eclipse %4ds] %s\n' "$((SECONDS - START_SECONDS))" "$*"; }
fail() { log "$*"; echo "E2E FAIL: $*"; exit 1; }

FAILED=0
PASSED=0
check_pass() { PASSED=$((PASSED + 1)); printf '  PASS  %s\n' "$*"; }
check_fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$*"; }

RUN=""
cleanup() {
  local status=$?
  if [[ -n "$RUN" && -d "$RUN" ]]; then
    if [[ "${IXLS_E2E_KEEP:-}" == 1 ]]; then log "run folder kept: $RUN"; else rm -rf "$RUN"; fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo "E2E FAIL: interrupted"; exit 130' INT TERM

# ---- 0. what must be at hand -----------------------------------------------------------------
if [[ ! -f "$LSP4E_TGZ" || ! -f "$TM4E_TGZ" ]]; then
  log "SKIP: the LSP4E and TM4E source archives are not at hand ($SHARED/third_party/; set IXLS_E2E_SHARED"
  log "      to the folder that holds third_party/). The Eclipse end-to-end test did not run."
  echo "E2E SKIPPED (no LSP4E/TM4E source)"
  exit 0
fi
[[ -x "$JAVA" ]] || fail "no Java at $JAVA_HOME_E2E (LSP4E 0.29+ and the newest platform bundles need Java 21+; set IXLS_E2E_JAVA_HOME)"

ensure_debian_packages() {
  local missing=() pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return
  [[ $(id -u) == 0 ]] || fail "missing Debian packages (${missing[*]}); install them as root: apt-get install ${missing[*]}"
  log "installing Debian packages: ${missing[*]}"
  timeout 600 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The manifest header of a jar (continuation lines joined), or nothing.
manifest_header() {
  { unzip -p "$1" META-INF/MANIFEST.MF 2>/dev/null || true; } | tr -d '\r' | awk -v h="$2" '
    /^ / { if (on) v = v substr($0, 2); next }
    on { on = 0; found = 1 }
    !found && index($0, h ": ") == 1 { on = 1; v = substr($0, length(h) + 3) }
    END { if (on || found) print v }'
}

# ---- 1. the workbench, cached ------------------------------------------------------------------
# Plain jars of the workbench and the bundle names Eclipse, LSP4E and TM4E require them under.
declare -A WRAP_BSN=(
  [batik-constants]=org.apache.batik.constants [batik-css]=org.apache.batik.css
  [batik-i18n]=org.apache.batik.i18n [batik-shared-resources]=org.apache.batik.shared.resources
  [batik-util]=org.apache.batik.util [xmlgraphics-commons]=org.apache.xmlgraphics
  [xml-apis-ext]=org.w3c.css.sac [commonmark]=org.commonmark
  [commonmark-ext-gfm-tables]=org.commonmark.ext-gfm-tables [joni]=org.joni [jcodings]=org.jcodings
)

WB_KEY=$( { echo "recipe $RECIPE"; cat "$ROOT/eclipse-plugin/e2e/pom.xml"; sha256sum "$LSP4E_TGZ" "$TM4E_TGZ" | cut -d' ' -f1;
            declare -p WRAP_BSN; } | sha256sum | cut -c1-16)
WB="$CACHE/eclipse-$WB_KEY"
PLUGINS="$WB/install/plugins"

# Copies a jar into the install as <bsn>_<version>.jar, Eclipse's own naming.
install_bundle() {
  local jar=$1 bsn version
  bsn=$(manifest_header "$jar" Bundle-SymbolicName | cut -d';' -f1 | tr -d ' ')
  version=$(manifest_header "$jar" Bundle-Version | tr -d ' ')
  [[ -n "$bsn" ]] || return 1
  cp "$jar" "$PLUGINS/${bsn}_${version:-0.0.0}.jar"
}

wrap_jar() {
  local jar=$1 name base version bsn
  name=$(basename "$jar" .jar)
  base=${name%-*}
  version=${name##*-}
  bsn=${WRAP_BSN[$base]:-}
  [[ -n "$bsn" ]] || fail "no bundle name known for the plain jar $name (add it to WRAP_BSN)"
  # Versions like 1.19 or 1.3.04 as OSGi versions (1.19.0, 1.3.4).
  version=$(awk -F. '{ printf "%d.%d.%d", $1, ($2 == "" ? 0 : $2), ($3 == "" ? 0 : $3) }' <<<"$version")
  cat > "$WB/build/wrap-$base.bnd" <<EOF
Bundle-SymbolicName: $bsn
Bundle-Version: $version
Export-Package: *;version=$version
Import-Package: *;resolution:=optional
EOF
  "$JAVA" -jar "$WB/tools/biz.aQute.bnd.jar" wrap -b "$bsn" -v "$version" -p "$WB/build/wrap-$base.bnd" \
    -o "$WB/build/wrapped/$name.jar" "$jar" >> "$WB/build/wrap.log" 2>&1 || fail "bnd wrap of $name failed; see $WB/build/wrap.log"
  install_bundle "$WB/build/wrapped/$name.jar"
}

# Compiles one Eclipse project of a source archive with ECJ and jars it as its build.properties says.
build_source_bundle() {
  local project=$1 classpath=$2 name out src srcdirs=() entry version
  name=$(basename "$project")
  out="$WB/build/$name"
  rm -rf "$out"
  mkdir -p "$out/classes"
  # source.. = the source folders; bin.includes = what goes into the jar besides the classes.
  local props
  props=$(sed -e ':a' -e '/\\$/N; s/\\\n//; ta' "$project/build.properties")
  for src in $(sed -n 's/^source\.\.[[:space:]]*=//p' <<<"$props" | tr ',' ' '); do
    srcdirs+=("$project/$src")
  done
  find "${srcdirs[@]}" -name '*.java' > "$out/sources.txt"
  if ! "$JAVA" -jar "$WB/tools/ecj.jar" --release 21 -encoding UTF-8 -nowarn \
      -d "$out/classes" -cp "$classpath" "@$out/sources.txt" > "$out/ecj.log" 2>&1; then
    fail "ECJ could not compile $name; see $out/ecj.log"
  fi
  for src in "${srcdirs[@]}"; do
    (cd "$src" && find . -type f ! -name '*.java' -exec cp --parents {} "$out/classes/" \;)
  done
  for entry in $(sed -n 's/^bin\.includes[[:space:]]*=//p' <<<"$props" | tr ',' ' '); do
    case "$entry" in
      .|META-INF/) ;;
      *) [[ -e "$project/$entry" ]] && cp -r "$project/${entry%/}" "$out/classes/" ;;
    esac
  done
  mkdir -p "$out/classes/META-INF"
  sed 's/\.qualifier/.e2e/' "$project/META-INF/MANIFEST.MF" > "$out/MANIFEST.MF"
  [[ -d "$project/META-INF" ]] && (cd "$project" && find META-INF -type f ! -name MANIFEST.MF -exec cp --parents {} "$out/classes/" \;)
  "$JAVA_HOME_E2E/bin/jar" --create --file "$out/$name.jar" --manifest "$out/MANIFEST.MF" -C "$out/classes" .
  install_bundle "$out/$name.jar"
  log "built $name ($(wc -l < "$out/sources.txt") source files)"
}

assemble_workbench() {
  if [[ -f "$WB/.complete" ]]; then
    log "workbench: cached in $WB"
    return
  fi
  log "assembling the workbench into $WB (downloads and builds; once)"
  rm -rf "$WB"
  mkdir -p "$WB/build/wrapped" "$PLUGINS"
  log "resolving the pinned bundles from Maven Central (eclipse-plugin/e2e/pom.xml)"
  timeout 900 mvn -B -ntp -f "$ROOT/eclipse-plugin/e2e/pom.xml" -Dmaven.repo.local="$CACHE/m2" \
    -De2e.out="$WB/download" package > "$WB/build/mvn.log" 2>&1 \
    || fail "resolving the workbench failed; see $WB/build/mvn.log"
  mv "$WB/download/tools" "$WB/tools"
  local jar skipped=()
  for jar in "$WB"/download/plugins/*.jar; do
    install_bundle "$jar" || skipped+=("$(basename "$jar")")
  done
  # Compile-time annotations of Guava with no manifest: nothing at run time needs them.
  ((${#skipped[@]})) && log "not bundles, left out: ${skipped[*]}"
  for jar in "$WB"/download/wrap/*.jar; do
    wrap_jar "$jar"
  done
  log "$(ls "$PLUGINS" | wc -l) bundles from Maven Central"

  mkdir -p "$WB/src"
  tar -xzf "$LSP4E_TGZ" -C "$WB/src"
  tar -xzf "$TM4E_TGZ" -C "$WB/src"
  local cp
  cp=$(ls "$PLUGINS"/*.jar "$WB"/download/compile/*.jar | tr '\n' ':')
  local tm4e="$WB/src/tm4e-0.17.2" project
  for project in org.eclipse.tm4e.core org.eclipse.tm4e.registry org.eclipse.tm4e.ui org.eclipse.tm4e.languageconfiguration; do
    build_source_bundle "$tm4e/$project" "$cp"
    cp=$(ls "$PLUGINS"/*.jar "$WB"/download/compile/*.jar | tr '\n' ':')
  done
  build_source_bundle "$WB/src/lsp4e-0.30.8/org.eclipse.lsp4e" "$cp"
  cp "$WB"/download/compile/*.jar "$WB/tools/"
  rm -rf "$WB/download" "$WB/src"
  touch "$WB/.complete"
  log "workbench assembled: $(ls "$PLUGINS" | wc -l) bundles"
}

# ---- 2. the ixls bundle ------------------------------------------------------------------------
BUNDLE="$ROOT/eclipse-plugin/bundle/target/dev.ixls.eclipse.jar"

build_ixls_bundle() {
  if [[ "${IXLS_E2E_SKIP_MVN:-}" == 1 && -f "$BUNDLE" ]]; then
    log "reusing $BUNDLE"
  else
    log "building the ixls bundle (mvn package)"
    (cd "$ROOT" && timeout 900 mvn -B -ntp -q -DskipTests package) > "$OUT/mvn.log" 2>&1 \
      || fail "mvn package failed; see $OUT/mvn.log"
  fi
  [[ -f "$BUNDLE" ]] || fail "no $BUNDLE after the build"
}

# The bundle's sources compiled again, against the real LSP4E instead of the compile-only stub.
compile_against_real_lsp4e() {
  local out="$RUN/ixls-real-lsp4e"
  mkdir -p "$out"
  find "$ROOT/eclipse-plugin/bundle/src/main/java" -name '*.java' > "$out/sources.txt"
  if "$JAVA" -jar "$WB/tools/ecj.jar" --release 17 -encoding UTF-8 -nowarn -d "$out/classes" \
      -cp "$(ls "$PLUGINS"/*.jar | tr '\n' ':')" "@$out/sources.txt" > "$OUT/ecj-ixls.log" 2>&1; then
    check_pass "compile: the ixls bundle's sources against the real LSP4E 0.30.8 ($(wc -l < "$out/sources.txt") files)"
  else
    check_fail "compile: the ixls bundle's sources against the real LSP4E 0.30.8: $(grep -m3 -E 'ERROR|error' "$OUT/ecj-ixls.log" | tr '\n' ' ')"
  fi
}

# IXLS_E2E_BREAK: a copy of the bundle with its server missing or muted, to prove the checks fail.
break_bundle() {
  local mode=$1 dir="$RUN/broken-bundle"
  rm -rf "$dir"
  mkdir -p "$dir/content"
  (cd "$dir/content" && unzip -q "$BUNDLE")
  case "$mode" in
    no-server-jar)
      rm "$dir/content/server/ixls.jar"
      ;;
    no-diagnostics)
      mkdir -p "$dir/mute/classes"
      (cd "$dir/mute/classes" && unzip -q -o "$ROOT/language-server/target/ixls.jar" -x 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA')
      "$JAVA" -jar "$WB/tools/ecj.jar" --release 17 -nowarn -d "$dir/mute/classes" \
        "$ROOT/eclipse-plugin/e2e/broken-server/MuteDiagnostics.java" > "$dir/mute/ecj.log" 2>&1 \
        || fail "could not compile MuteDiagnostics; see $dir/mute/ecj.log"
      printf 'Main-Class: MuteDiagnostics\n' > "$dir/mute/manifest.txt"
      rm -f "$dir/mute/classes/META-INF/MANIFEST.MF"
      "$JAVA_HOME_E2E/bin/jar" --create --file "$dir/content/server/ixls.jar" --manifest "$dir/mute/manifest.txt" \
        -C "$dir/mute/classes" .
      ;;
    *) fail "unknown IXLS_E2E_BREAK=$mode (no-server-jar or no-diagnostics)" ;;
  esac
  "$JAVA_HOME_E2E/bin/jar" --create --file "$dir/dev.ixls.eclipse.jar" --manifest "$dir/content/META-INF/MANIFEST.MF" \
    -C "$dir/content" .
  BUNDLE="$dir/dev.ixls.eclipse.jar"
  log "BROKEN ON PURPOSE ($mode): installing $BUNDLE"
}

# ---- 3. the test driver (eclipse-plugin/e2e-driver), cached by the hash of its sources ----------
DRIVER=""
build_driver() {
  local src="$ROOT/eclipse-plugin/e2e-driver" key dir
  key=$(cd "$src" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)
  dir="$WB/driver-$key"
  DRIVER="$dir/dev.ixls.eclipse.e2e.driver.jar"
  if [[ -f "$DRIVER" ]]; then
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir/classes"
  find "$src/src" -name '*.java' > "$dir/sources.txt"
  "$JAVA" -jar "$WB/tools/ecj.jar" --release 21 -encoding UTF-8 -nowarn -d "$dir/classes" \
    -cp "$(ls "$PLUGINS"/*.jar | tr '\n' ':')" "@$dir/sources.txt" > "$dir/ecj.log" 2>&1 \
    || fail "the test driver does not compile; see $dir/ecj.log"
  cp "$src/plugin.xml" "$dir/classes/"
  "$JAVA_HOME_E2E/bin/jar" --create --file "$DRIVER" --manifest "$src/META-INF/MANIFEST.MF" -C "$dir/classes" .
  log "built the test driver"
}

# ---- 4. launching the workbench ----------------------------------------------------------------
write_config() {
  local dir=$1 without=${2:-} jar name bundles=()
  mkdir -p "$dir"
  for jar in "$PLUGINS"/*.jar; do
    name=$(basename "$jar")
    [[ -n "$without" && "$name" == "${without}_"* ]] && continue
    case "$name" in
      org.eclipse.osgi_*|org.eclipse.equinox.launcher*) continue ;;
      org.apache.felix.scr_*|org.eclipse.equinox.common_*|org.eclipse.equinox.event_*|org.apache.aries.spifly.dynamic.bundle_*)
        bundles+=("reference:file:$jar@2:start") ;;
      org.eclipse.core.runtime_*) bundles+=("reference:file:$jar@4:start") ;;
      *) bundles+=("reference:file:$jar") ;;
    esac
  done
  bundles+=("reference:file:$BUNDLE" "reference:file:$DRIVER")
  {
    echo "osgi.framework=file:$(ls "$PLUGINS"/org.eclipse.osgi_*.jar)"
    echo "osgi.bundles=$(IFS=,; echo "${bundles[*]}")"
    echo "osgi.bundles.defaultStartLevel=4"
    echo "osgi.configuration.cascaded=false"
    echo "eclipse.application=org.eclipse.ui.ide.workbench"
  } > "$dir/config.ini"
}

# One workbench launch; the driver's verdicts go to $OUT/results-<phase>.txt.
launch() {
  local phase=$1 nl=$2 without=${3:-} status=0
  local config="$RUN/configuration-$phase" workspace="$RUN/workspace-$phase"
  write_config "$config" "$without"
  mkdir -p "$workspace"
  log "launching the workbench ($phase, -nl $nl)"
  GDK_BACKEND=x11 NO_AT_BRIDGE=1 LANG=C.UTF-8 timeout --kill-after=20 420 \
    xvfb-run -a -s "-screen 0 1440x900x24" dbus-launch --exit-with-session \
    "$JAVA" -Xmx1g -Dixls.e2e.results="$OUT/results-$phase.txt" -Dixls.e2e.phase="$phase" \
      -Dixls.e2e.fixtures="$ROOT/test-fixtures" -Dixls.e2e.outside="$RUN/outside" \
      -Dixls.e2e.screenshot="$OUT/workbench.png" \
      -jar "$(ls "$PLUGINS"/org.eclipse.equinox.launcher_*.jar)" \
      -install "$WB/install" -configuration "$config" -data "$workspace" \
      -consoleLog -nosplash -clearPersistedState -nl "$nl" > "$OUT/console-$phase.log" 2>&1 || status=$?
  [[ -f "$workspace/.metadata/.log" ]] && cp "$workspace/.metadata/.log" "$OUT/workspace-$phase.log"
  find "$workspace/.metadata/.plugins/dev.ixls.eclipse" -name 'server.log' -exec cp {} "$OUT/server-$phase.log" \; 2>/dev/null || true
  log "workbench ($phase) ended with status $status"
  if ((status == 124 || status == 137)); then
    check_fail "$phase: the workbench closed by itself (killed after 420 s)"
  fi
  report "$phase"
}

# Prints the driver's verdicts and the log checks of one launch.
report() {
  local phase=$1 file="$OUT/results-$phase.txt" verdict name detail
  if [[ ! -f "$file" ]]; then
    check_fail "$phase: the test driver ran (no results; see $OUT/console-$phase.log)"
    return
  fi
  while IFS=$'\t' read -r verdict name detail; do
    case "$verdict" in
      PASS) check_pass "$phase: $name"; [[ -n "$detail" ]] && printf '        %s\n' "${detail:0:300}" ;;
      FAIL) check_fail "$phase: $name"; printf '        %s\n' "${detail:0:600}" ;;
    esac
  done < "$file"
  if grep -qx DONE "$file"; then check_pass "$phase: the test driver finished"; else check_fail "$phase: the test driver finished"; fi
  local logs=("$OUT/console-$phase.log")
  [[ -f "$OUT/workspace-$phase.log" ]] && logs+=("$OUT/workspace-$phase.log")
  log_free "$phase" "no unresolved bundle in the log" 'could not be resolved|Could not resolve module|Unresolved requirement|missing requirement' "${logs[@]}"
  log_free "$phase" "no \"Unhandled event loop exception\" in the log" 'Unhandled event loop exception' "${logs[@]}"
  log_free "$phase" "no \"Unknown editor\" in the log" 'Unknown editor' "${logs[@]}"
}

log_free() {
  local phase=$1 name=$2 pattern=$3
  shift 3
  local hits
  hits=$(grep -h -E "$pattern" "$@" 2>/dev/null | head -3 || true)
  if [[ -z "$hits" ]]; then check_pass "$phase: $name"; else check_fail "$phase: $name: ${hits:0:400}"; fi
}

# ---- main ----------------------------------------------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT" "$CACHE"
ensure_debian_packages
assemble_workbench
if [[ "${IXLS_E2E_ONLY:-}" == install ]]; then
  echo "E2E install done"
  exit 0
fi
RUN=$(mktemp -d "${TMPDIR:-/tmp}/ixls-e2e-eclipse.XXXXXX")
mkdir -p "$RUN/outside"
cp "$ROOT/test-fixtures/e2e/vpn-0a1b2c3d4e5f67890.txt" "$RUN/outside/"
build_ixls_bundle
compile_against_real_lsp4e
[[ -n "${IXLS_E2E_BREAK:-}" ]] && break_bundle "$IXLS_E2E_BREAK"
build_driver
log "setup done in $((SECONDS - START_SECONDS)) s"

launch en en
launch ja ja
# An Eclipse without LSP4E: the plugin must say so instead of doing nothing.
launch no-lsp4e en org.eclipse.lsp4e

log "$PASSED passed, $FAILED failed in $((SECONDS - START_SECONDS)) s (screenshot, results and logs in $OUT)"
if ((FAILED > 0 || PASSED == 0)); then
  echo "E2E FAIL"
  exit 1
fi
echo "E2E PASS"
