#!/usr/bin/env bash
# npm test: every check, in the order that fails fastest.
#   lint → production build (Next's own type check) → tsc → Jest (unit + integration on an
#   in-memory PGlite) → Jest integration again on PostgreSQL when TEST_DATABASE_URL is set →
#   end-to-end in Chromium against the production build, on an embedded database, and the
#   main journeys again on PostgreSQL when TEST_DATABASE_URL is set.
# It runs everything even after a failure, then prints one summary line and fails if
# anything failed.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports
status=0

check() { # name, command...: a check that is not a test runner counts as one test
  local name=$1; shift
  echo "▸ $name"
  if "$@"; then echo "pass" > "reports/check-$name.txt"; else echo "fail" > "reports/check-$name.txt"; status=1; fi
}

check lint npx eslint --max-warnings=0 .
check build npm run build
check typecheck npx tsc --noEmit

server_url=${TEST_DATABASE_URL:-}

echo "▸ jest (PGlite)"
env -u TEST_DATABASE_URL NODE_OPTIONS=--experimental-vm-modules \
  npx jest --json --outputFile=reports/jest-pglite.json || status=1

if [ -n "$server_url" ]; then
  echo "▸ jest integration (PostgreSQL)"
  TEST_DATABASE_URL=$server_url NODE_OPTIONS=--experimental-vm-modules \
    npx jest --testPathPatterns integration-test --json --outputFile=reports/jest-postgres.json || status=1
fi

echo "▸ end-to-end (embedded database)"
env -u TEST_DATABASE_URL E2E_REPORT=reports/e2e-embedded.json npx playwright test || status=1

if [ -n "$server_url" ]; then
  # On PostgreSQL, the journeys that cross the most of the database (signup to a new
  # partnership, a partnership through all six phases, concurrent board moves): the whole
  # suite twice would take CI past its time budget, and the integration tests already ran
  # every service on PostgreSQL.
  echo "▸ end-to-end (PostgreSQL)"
  TEST_DATABASE_URL=$server_url E2E_REPORT=reports/e2e-postgres.json npx playwright test \
    tests/e2e/partnership-journey.e2e.ts tests/e2e/partnership-lifecycle.e2e.ts tests/e2e/board.e2e.ts || status=1
fi

node scripts/summarize-tests.mjs reports || status=1
exit $status
