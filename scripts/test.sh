#!/usr/bin/env bash
# Installs what the tests need (Debian's Chromium for the browser tests, Debian's postgresql for the PostgreSQL
# pass), builds with warnings as errors, checks formatting, runs every test on SQLite, the crash test on its own,
# then every test that can reach the database again on PostgreSQL (all but the browser, chart, card and bench tests;
# with them the two-host tests that run only there). Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

# The charts (SkiaSharp's Linux build without fontconfig) need only fonts under /usr/share/fonts: a Latin sans font
# and a Chinese one, WenQuanYi Micro Hei first (ScottPlot lays out its labels better than Noto Sans CJK's).
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'noto.*cjk' \
  || [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  echo "Installing Debian's chromium for the browser tests, and the fonts for the charts…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core >/dev/null
fi

# The PostgreSQL pass: the tests start a throwaway cluster themselves (tests/Harness/PostgresCluster.cs: initdb and
# pg_ctl from /usr/lib/postgresql/<version>/bin, a temp folder, a free loopback port), so only the server is needed.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the PostgreSQL pass…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

dotnet build FrontDesk.Bot.sln -warnaserror -nologo -v quiet
dotnet format FrontDesk.Bot.sln --verify-no-changes --no-restore

results=tests/artifacts/results
rm -rf "$results" "$results-crash" "$results-postgres"
status=0
dotnet test FrontDesk.Bot.sln --no-build --nologo --filter "Category!=Reliability" --logger "trx;LogFileName=tests.trx" \
  --results-directory "$results" -- RunConfiguration.TestSessionTimeout=3000000 || status=$?

# The crash test measures how late notices are after a restart (issue 13: within 10 s), so it runs on its own,
# not beside hundreds of other tests on the same two cores.
dotnet test tests/FrontDesk.Tests.csproj --no-build --nologo --filter "Category=Reliability" --logger "trx;LogFileName=tests-crash.trx" \
  --results-directory "$results-crash" -- RunConfiguration.TestSessionTimeout=3000000 || status=$?

# The same fixtures on PostgreSQL (FRONTDESK_TEST_DB=postgres): every test that can reach the database, data-layer
# (TestDatabase) and protocol-level (FrontDeskApp) alike, so a folder added later runs here without being named.
# Left out is only what never touches the provider: the browser tests (PageTests), the charts, the card JSON tests,
# the bench's short mode (its own database settings), and the crash test (Category=Reliability, its own pass above),
# but not the two-host tests (*AcrossInstancesTests, some also Reliability), which run only on PostgreSQL.
postgres_tests='(Category!=Reliability|FullyQualifiedName~AcrossInstancesTests)'
postgres_tests+='&FullyQualifiedName!~PageTests&FullyQualifiedName!~Reports.Charts'
postgres_tests+='&FullyQualifiedName!~FrontDesk.Tests.Cards.&FullyQualifiedName!~FrontDesk.Tests.Bench.'
FRONTDESK_TEST_DB=postgres dotnet test tests/FrontDesk.Tests.csproj --no-build --nologo --filter "$postgres_tests" \
  --logger "trx;LogFileName=tests-postgres.trx" --results-directory "$results-postgres" \
  -- RunConfiguration.TestSessionTimeout=3000000 || status=$?

passed=0
failed=0
for pass in "$results" "$results-crash" "$results-postgres"; do
  trx=$(find "$pass" -name '*.trx' 2>/dev/null | head -n 1)
  if [ -z "$trx" ]; then
    echo "no test results in $pass"
    failed=$((failed + 1))
    status=1
    continue
  fi
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -n 1 | tr -dc 0-9)
  f=$(grep -o 'failed="[0-9]*"' "$trx" | head -n 1 | tr -dc 0-9)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
echo "tests: ${passed} passed, ${failed} failed"
exit $status
