#!/usr/bin/env bash
# Installs what the tests need (Debian's Chromium for the browser tests), builds with warnings as errors,
# checks formatting, and runs every test. Prints "N passed, N failed" at the end.
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

dotnet build FrontDesk.Bot.sln -warnaserror -nologo -v quiet
dotnet format FrontDesk.Bot.sln --verify-no-changes --no-restore

results=tests/artifacts/results
rm -rf "$results"
status=0
dotnet test FrontDesk.Bot.sln --no-build --nologo --logger "trx;LogFileName=tests.trx" \
  --results-directory "$results" -- RunConfiguration.TestSessionTimeout=3000000 || status=$?

trx=$(find "$results" -name '*.trx' | head -n 1)
if [ -n "$trx" ]; then
  passed=$(grep -o 'passed="[0-9]*"' "$trx" | head -n 1 | tr -dc 0-9)
  failed=$(grep -o 'failed="[0-9]*"' "$trx" | head -n 1 | tr -dc 0-9)
  echo "tests: ${passed:-0} passed, ${failed:-0} failed"
else
  echo "tests: 0 passed, 1 failed"
  status=1
fi
exit $status
