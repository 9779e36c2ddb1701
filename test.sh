#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing (Chromium, CJK fonts, PostgreSQL), starts a
# PostgreSQL cluster on 127.0.0.1:5433 for the tests, builds, and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# No 'grep -q' after a pipe: it stops reading, the writer dies of SIGPIPE and, under pipefail, a font that is there reads as missing.
fc-list 2>/dev/null | grep -i -E 'wqy|noto.*cjk' >/dev/null || need+=(fonts-wqy-zenhei)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# A cluster of its own for the tests, so a system PostgreSQL on 5432 is left alone.
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
export PG_TEST_PORT=${PG_TEST_PORT:-5433}
if ! pg_lsclusters -h | awk '{print $2}' | grep -x platformtest >/dev/null; then
  pg_createcluster "$pg_version" platformtest -p "$PG_TEST_PORT" -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  echo "listen_addresses = '127.0.0.1'" > "/etc/postgresql/$pg_version/platformtest/conf.d/listen.conf"
  echo "max_connections = 300" > "/etc/postgresql/$pg_version/platformtest/conf.d/connections.conf"
fi
pg_ctlcluster "$pg_version" platformtest start 2>/dev/null || true
for _ in $(seq 1 30); do
  su postgres -c "psql -p $PG_TEST_PORT -tAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $PG_TEST_PORT -qc \"ALTER USER postgres PASSWORD 'postgres'\""
export PLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Password=postgres"

dotnet tool restore >/dev/null
dotnet build Platform.sln -c Release -warnaserror -nologo -v q
log=$(mktemp)
set +e
dotnet test Platform.sln -c Release --no-build --nologo -v q --logger "console;verbosity=normal" "$@" | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(awk '/^ +Passed: [0-9]+$/ {s+=$2} END {print s+0}' "$log")
failed=$(awk '/^ +Failed: [0-9]+$/ {s+=$2} END {print s+0}' "$log")
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
