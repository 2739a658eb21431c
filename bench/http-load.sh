#!/usr/bin/env bash
# HTTP load test of the platform on loopback: starts the packaged jar with demo data on a fresh embedded
# database, makes a personal API token, then runs wrk against pages and API endpoints.
# Usage: bench/http-load.sh [seconds per endpoint, default 20] [connections, default 16]
# Needs: wrk (apt-get install wrk), a built jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
connections="${2:-16}"
port=18080
data=$(mktemp -d)
jar=target/edufusion.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

EDUFUSION_DATA_DIR="$data" EDUFUSION_DB_EMBEDDED_PORT=15499 EDUFUSION_PORT=$port \
  java -Xmx1g -jar "$jar" --spring.profiles.active=demo > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null || { tail -50 "$data/app.log"; exit 1; }

token=$(curl -fs -u admin@demo.edufusion.kz:EduFusion2026 -H 'Content-Type: application/json' \
  -d '{"name":"load test","validDays":1}' "http://localhost:$port/api/v1/me/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/')

run() {
  local name="$1" path="$2"; shift 2
  # warm-up, then the measured run
  wrk -t2 -c"$connections" -d5s "$@" "http://localhost:$port$path" >/dev/null
  local out; out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "http://localhost:$port$path")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %-36s | %9s | %8s | %8s | %s |\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
}

echo "wrk: 2 threads, $connections connections, ${duration}s per endpoint after a 5 s warm-up; $(nproc) cores"
echo "| endpoint | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
run "GET /actuator/health/readiness" /actuator/health/readiness
run "GET / (landing page, anonymous)" /
run "GET /api/v1/me (Bearer token)" /api/v1/me -H "Authorization: Bearer $token"
run "GET /api/v1/organizations (Bearer)" "/api/v1/organizations?size=20" -H "Authorization: Bearer $token"
run "GET /api/v1/reference/regions (Bearer)" /api/v1/reference/regions -H "Authorization: Bearer $token"
run "GET /api/v1/reference/occupations?q=engineer" "/api/v1/reference/occupations?q=engineer" -H "Authorization: Bearer $token"
