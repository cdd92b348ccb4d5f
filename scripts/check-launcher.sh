#!/usr/bin/env bash
# The ./ixls launcher as a user runs it, after `mvn verify` has built the jar: its first run makes
# the class-data archive without a byte on stdout (a JSON report stays JSON), and a config named in
# Japanese is checked under any locale (C/POSIX, or a Japanese locale that is not installed),
# with the messages in the language the locale names.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
config="$work/東京本社.ix"
cp test-fixtures/ix/seed-article.ix "$config"
failed=0
check() { # name, expected text, command...
  local name="$1" expected="$2"
  shift 2
  local out
  out="$("$@" 2>"$work/stderr")" || true
  if [[ "$out" == *"$expected"* ]]; then
    echo "CHECK PASS $name"
  else
    echo "CHECK FAIL $name: expected '$expected' in:"
    echo "$out" | head -5
    sed -n 1,5p "$work/stderr"
    failed=1
  fi
}
rm -f language-server/target/ixls-*.jsa
json="$(./ixls check --format json "$config" 2>/dev/null)"
if [[ "$json" == "{"* ]] && ls language-server/target/ixls-*.jsa >/dev/null 2>&1; then
  echo "CHECK PASS first run: archive made, stdout is the JSON report alone"
else
  echo "CHECK FAIL first run: archive made, stdout is the JSON report alone: $(echo "$json" | head -2)"
  failed=1
fi
check "LANG=C, a Japanese file name" "1 file checked: 0 errors" env -u LC_ALL -u LC_MESSAGES LANG=C ./ixls check "$config"
check "LC_ALL=C, a Japanese file name" "1 file checked: 0 errors" env LC_ALL=C ./ixls check "$config"
check "LANG=ja_JP.UTF-8 (installed or not): Japanese" "1 ファイルをチェック: エラー 0" \
  env -u LC_ALL -u LC_MESSAGES LANG=ja_JP.UTF-8 ./ixls check "$config"
check "LC_MESSAGES=ja_JP.UTF-8 with LANG=C: Japanese" "ファイルをチェック" \
  env -u LC_ALL LC_MESSAGES=ja_JP.UTF-8 LANG=C ./ixls check "$config"
exit "$failed"
