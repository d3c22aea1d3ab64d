#!/usr/bin/env bash
# The one test command (README "Quick start"; .ci/run calls it). On a fresh Debian machine it sets itself up:
#   - Debian's Chromium and the Noto CJK fonts for the browser tests, and poppler-utils (pdftotext, pdffonts) for the
#     tests that read generated PDFs (installed when missing and run as root; otherwise it says what to install, runs
#     everything, and those tests fail with the same hint);
#   - Debian's postgresql and redis-server (installed when missing and run as root): a throwaway PostgreSQL cluster and
#     a Redis on loopback run for the server-mode tests (scripts/test-servers.sh) and are stopped at the end; when
#     GOVDATA_TEST_POSTGRES and GOVDATA_TEST_REDIS are set already, those servers are used instead;
#   - the dotnet local tools; the NuGet packages (restore, package registries only).
# It builds the solution once, runs every test, and ends with one line: "N passed, N failed" (", N skipped" when any).
# Exit status: 0 only when the build succeeded and no test failed.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration="${GOVDATA_TEST_CONFIGURATION:-Release}"
results="TestResults/test-sh"
started=$SECONDS

say() { printf '[test.sh] %s\n' "$*"; }

# --- 1. Browser and fonts for the E2E tests, PDF text tools --------------------------------------------------------
missing=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
    missing+=(chromium)
fi
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1 && ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    missing+=(fonts-noto-cjk)
fi
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdffonts >/dev/null 2>&1; then
    missing+=(poppler-utils)
fi
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing ${missing[*]} (Debian packages) for the browser and PDF tests"
        # Another process may hold the dpkg lock for a while: wait for it instead of failing.
        if ! { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null; then
            say "WARNING: could not install ${missing[*]}; the E2E and PDF tests will fail"
        fi
    else
        say "missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
        say "the other tests run now; the E2E and PDF tests will fail until then"
    fi
fi

# --- 2. .NET ---------------------------------------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
    say "the .NET SDK (see global.json) is not on PATH; install it first"
    echo "0 passed, 1 failed"
    exit 1
fi
if ! dotnet tool restore >/dev/null; then
    say "WARNING: dotnet tool restore failed (only scripts/add-migration.sh needs the tools)"
fi

# --- 3. Throwaway PostgreSQL and Redis for the server-mode tests, started beside the build ---------------------------
# Their start (initdb, or installing the Debian packages on a fresh machine) overlaps the build instead of following it.
servers_pid=""
if [ -z "${GOVDATA_TEST_POSTGRES:-}" ] || [ -z "${GOVDATA_TEST_REDIS:-}" ]; then
    export GOVDATA_TEST_SERVERS_STATE="$PWD/TestResults/test-servers.env"
    mkdir -p TestResults
    servers_log="TestResults/test-servers.log"
    bash scripts/test-servers.sh start >"$servers_log" 2>&1 &
    servers_pid=$!
    # Stop only once the start has finished (it may still be running when the build fails).
    trap 'wait "$servers_pid" 2>/dev/null; bash scripts/test-servers.sh stop' EXIT
fi

# --- 4. Build once ---------------------------------------------------------------------------------------------------
say "building ($configuration)"
build_started=$SECONDS
if ! dotnet build GovData.sln -c "$configuration" -v q -nologo; then
    say "build failed"
    # The build counts as one failure, so the tally never reads as a clean run.
    echo "0 passed, 1 failed"
    exit 1
fi

say "built in $(( SECONDS - build_started )) s"

if [ -n "$servers_pid" ]; then
    if wait "$servers_pid" && servers="$(bash scripts/test-servers.sh env)"; then
        cat "$servers_log"
        eval "$servers"
    else
        cat "$servers_log"
        say "WARNING: PostgreSQL and Redis did not start; the server-mode tests will fail with a hint"
    fi
fi

# --- 5. Every test ---------------------------------------------------------------------------------------------------
rm -rf "$results"
say "running the tests"
tests_started=$SECONDS
# Collections at once: GovData.Tests/xunit.runner.json (1.5 per core); GOVDATA_TEST_THREADS overrides it (e.g. 2, or
# 1x on a machine loaded by other work, where the browser tests' 15 s timeouts are the first to give).
runsettings=()
if [ -n "${GOVDATA_TEST_THREADS:-}" ]; then
    runsettings=(-- "xUnit.MaxParallelThreads=$GOVDATA_TEST_THREADS")
fi
dotnet test GovData.Tests/GovData.Tests.csproj -c "$configuration" --no-build -nologo \
    --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" --blame-hang-timeout 5min "${runsettings[@]}"
test_status=$?
say "tests ran in $(( SECONDS - tests_started )) s"

# --- 6. One line -----------------------------------------------------------------------------------------------------
counter() { grep -o "<Counters [^>]*" "$trx" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
trx="$(find "$results" -name '*.trx' 2>/dev/null | head -n 1)"
if [ -n "$trx" ]; then
    passed=$(counter passed)
    failed=$(( $(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted) ))
    skipped=$(counter notExecuted)
else
    passed=0 failed=0 skipped=0
fi
# A crashed or hung test host can leave fewer failures in the report than there were: never report green then.
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi

if [ -d artifacts/e2e-screenshots ]; then
    say "E2E screenshots: artifacts/e2e-screenshots/"
fi
say "done in $(( SECONDS - started )) s"
line="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    line="$line, $skipped skipped"
fi
echo "$line"
[ "$failed" -eq 0 ]
