#!/usr/bin/env bash
# Proves the README's Quick start on a Linux machine without a system browser:
#
#   npm install && npm run build
#   npm test
#
# 1. Copies this checkout as a fresh clone would see it once committed: a `git clone` (history
#    included: the build dates a draft release by git log) whose files are replaced by the working
#    tree's (tracked and untracked, not ignored: no node_modules/, build/, dist/).
# 2. In a private mount namespace, hides every system Chrome/Chromium (an empty, non-executable
#    file over each binary; empty folders over Debian chromium's files and the fonts it brought),
#    unsets CHROMIUM_PATH and gives npm an empty cache: only what `npm install` brings is left.
# 3. Runs the two commands, then prints the warning lines of `npm install`, the browser the
#    tests used, the browser tests run/passed/failed and the time of each step, and fails unless
#    every test passed and the browser tests ran on the Chromium that `npm install` brought.
#
# Usage (root, or a user allowed unprivileged namespaces; needs git, unshare, tar):
#   bash scripts/fresh-machine-check.sh [WORK_DIR]      (default: a new /tmp/fresh-machine.*)
#   FRESH_CHECK_LOCK=/tmp/build.lock bash scripts/fresh-machine-check.sh
#     takes that lock (flock) around the build and the tests, which build sites.
set -euo pipefail

if [ -z "${FRESH_CHECK_INSIDE:-}" ]; then
  src="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
  work="${1:-$(mktemp -d /tmp/fresh-machine.XXXXXX)}"
  mkdir -p "$work"
  work="$(cd "$work" && pwd)"
  rm -rf "$work/repo"
  git clone -q "$src" "$work/repo"
  find "$work/repo" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  (cd "$src" && git ls-files -z -co --exclude-standard |
    while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
    tar --null -T - -cf -) | tar -xf - -C "$work/repo"
  echo "fresh copy of $src in $work/repo ($(git -C "$work/repo" status --porcelain | wc -l) uncommitted changes copied)"
  unshare_flags=(--mount --propagation private)
  [ "$(id -u)" = 0 ] || unshare_flags+=(--map-root-user)
  exec unshare "${unshare_flags[@]}" env FRESH_CHECK_INSIDE=1 bash "$0" "$work"
fi

work="$1"
repo="$work/repo"
cd "$repo"

# Hide the system browsers and what Debian's chromium package installed with them.
: >"$work/no-browser" && chmod 644 "$work/no-browser"
mkdir -p "$work/empty"
for file in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -e "$file" ]; then mount --bind "$work/no-browser" "$file" && echo "hidden: $file"; fi
done
for dir in /usr/lib/chromium /opt/google/chrome /usr/share/fonts/truetype/liberation; do
  if [ -d "$dir" ]; then mount --bind "$work/empty" "$dir" && echo "hidden: $dir/"; fi
done
unset CHROMIUM_PATH
export npm_config_cache="$work/npm-cache"
IFS=: read -r -a path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if [ -x "$dir/$name" ] && [ -s "$dir/$name" ]; then echo "still found: $dir/$name" >&2; exit 1; fi
  done
done

locked() { if [ -n "${FRESH_CHECK_LOCK:-}" ]; then flock "$FRESH_CHECK_LOCK" "$@"; else "$@"; fi; }
timed() { # timed NAME command...: runs it, records its seconds in $work/NAME.seconds
  local name="$1" start status=0
  shift
  start=$(date +%s)
  "$@" || status=$?
  echo $(($(date +%s) - start)) >"$work/$name.seconds"
  return $status
}

echo "== npm install && npm run build (system node $(node --version), npm $(npm --version)) =="
timed install npm install 2>&1 | tee "$work/npm-install.log"
timed build locked npm run build
echo "== npm test =="
status=0
timed test locked npm test -- --reporter=default --reporter=json --outputFile.json="$work/test-results.json" || status=$?

echo "== summary =="
echo "npm install: $(grep -ci 'warn' "$work/npm-install.log" || true) warning lines, $(cat "$work/install.seconds") s"
echo "npm run build: $(cat "$work/build.seconds") s; npm test: $(cat "$work/test.seconds") s (exit $status)"
FRESH_CHECK_STATUS=$status node_modules/.bin/node --input-type=module -e '
  import { readFileSync } from "node:fs";
  import { findBrowser } from "./src/tools/browser.ts";
  const browser = await findBrowser();
  console.log(`browser: ${browser.source} (${browser.executablePath})`);
  const report = JSON.parse(readFileSync(process.argv[1], "utf8"));
  const count = (files) => {
    const tests = files.flatMap((file) => file.assertionResults);
    const passed = tests.filter((test) => test.status === "passed").length;
    return { files: files.length, tests: tests.length, passed, failed: tests.length - passed };
  };
  const isBrowserTest = (file) => /\/tests\/browser\/|lighthouse/.test(file.name);
  const all = count(report.testResults);
  const browserTests = count(report.testResults.filter(isBrowserTest));
  console.log(`all tests: ${all.tests} in ${all.files} files, ${all.passed} passed, ${all.failed} failed or not run`);
  console.log(`browser tests (tests/browser/, Lighthouse): ${browserTests.tests} in ${browserTests.files} files, ${browserTests.passed} passed, ${browserTests.failed} failed or not run`);
  const problems = [
    ...(browser.source.startsWith("@sparticuz/chromium") ? [] : [`the tests used ${browser.source}, not the Chromium npm install brought`]),
    ...(browserTests.tests === 0 ? ["no browser test ran"] : []),
    ...(all.failed > 0 || process.env.FRESH_CHECK_STATUS !== "0" ? ["npm test failed"] : []),
  ];
  console.log(problems.length ? `FRESH MACHINE CHECK FAILED: ${problems.join("; ")}` : "FRESH MACHINE CHECK PASSED");
  console.log(`${all.passed} passed, ${all.failed} failed`);
  process.exit(problems.length ? 1 : 0);
' "$work/test-results.json"
