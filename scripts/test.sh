#!/usr/bin/env bash
# `npm test`, the README's test command: the type check, the linters, Jest, then the browser tests on the
# production build. The build runs beside the linters rather than after Jest: each of them keeps about one
# of CI's two cores busy, so together they take half a minute less. tsc goes first, alone: it also reads
# .next/types from any earlier build, which the build rewrites (on a fresh clone there are none yet).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache

npm run typecheck || exit 1

echo "npm test: building for the browser tests beside the linters (its log follows theirs)"
# The static export first: its build replaces .next, which the server build then writes (out/ stays).
(npm run build:static && npm run build) > .cache/build.log 2>&1 &
build=$!
npm run lint
linted=$?
wait "$build"
built=$?
cat .cache/build.log
if [ "$built" -ne 0 ]; then echo "npm test: the build failed (above)" >&2; exit 1; fi
if [ "$linted" -ne 0 ]; then exit 1; fi

npm run test:unit || exit 1
E2E_PREBUILT=1 npm run test:e2e
