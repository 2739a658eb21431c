#!/usr/bin/env bash
# Load test of the academy's course and lesson pages (issue 6, item 7): starts the packaged jar with demo data on a
# fresh embedded PostgreSQL, seeds 100,000 enrollments (bench/academy-seed.sql), logs 200 learners in, then runs wrk
# with 200 connections - one per learner - against the course pages and then the lesson pages, each learner's own
# session on every request. Prints p50/p90/p95/p99 (target: p95 < 150 ms) and the server's CPU time per page.
# Usage: bench/academy-load.sh [seconds, default 30] [enrollments, default 100000] [users, default 200]
#        [mean think times between a user's pages in ms, comma-separated, default 0 = none: every connection
#         always busy; e.g. 0,1000 measures both]
# Needs: wrk and psql (apt-get install -y wrk postgresql-client), a built jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
enrollments="${2:-100000}"
users="${3:-200}"
thinks="${4:-0}"
port=18081
dbport=15498
data=$(mktemp -d)
jar=target/edufusion.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package
for tool in wrk psql curl; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y wrk postgresql-client curl" >&2; exit 2; }; done

EDUFUSION_DATA_DIR="$data" EDUFUSION_DB_EMBEDDED_PORT=$dbport EDUFUSION_PORT=$port \
  java -Xmx1g -jar "$jar" --spring.profiles.active=demo > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null || { tail -50 "$data/app.log"; exit 1; }

db() { psql -h localhost -p $dbport -U postgres -d postgres -X -q "$@"; }
start=$(date +%s)
db -v enrollments="$enrollments" -v users="$users" -f bench/academy-seed.sql
echo "seeded in $(( $(date +%s) - start )) s: $(db -tAc 'SELECT count(*) FROM academy.enrollment') enrollments," \
  "$(db -tAc 'SELECT count(*) FROM academy.lesson_progress') lesson progress rows"

# one session per load learner: the login form's CSRF token, then the form post
: > "$data/cookies"
for n in $(seq 1 "$users"); do
  jar_file="$data/jar-$n"
  csrf=$(curl -fs -c "$jar_file" "http://localhost:$port/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
  curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "email=load-$n@bench.edufusion.kz" \
    --data-urlencode "password=EduFusion2026" --data-urlencode "_csrf=$csrf" "http://localhost:$port/login"
  awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_file" >> "$data/cookies"
done
echo "sessions: $(wc -l < "$data/cookies")"

db -tAc "SELECT '/academy/courses/' || id FROM academy.course WHERE published_version_id IS NOT NULL" > "$data/course-paths"
db -tAc "SELECT '/academy/lessons/' || l.id FROM academy.lesson l JOIN academy.course c ON c.published_version_id = l.version_id" > "$data/lesson-paths"

measure() {
  local name="$1" paths="$2"
  wrk -t2 -c"$users" -d10s -s bench/academy-load.lua "http://localhost:$port" -- "$data/cookies" "$paths" "$think" >/dev/null
  echo "== $name ($(wc -l < "$paths") pages), wrk -t2 -c$users -d${duration}s, think time ${think} ms, after a 10 s warm-up"
  local before out
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"$users" -d"${duration}s" --timeout 10s -s bench/academy-load.lua "http://localhost:$port" -- "$data/cookies" "$paths" "$think" \
    | sed -n '/^requests/,$p')
  echo "$out"
  # the server's own CPU time per page: unlike latency, hardly moved by other processes sharing the cores
  echo "$out" | awk -v t=$(( $(cpu_ticks) - before )) -v hz="$(getconf CLK_TCK)" \
    '/^requests/ {gsub(",", "", $2); printf "server CPU %.1f ms per page\n", 1000 * t / hz / $2}'
}
# user + system CPU ticks of the application process so far
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load generator on the same cores"
for think in ${thinks//,/ }; do
  measure "course pages" "$data/course-paths"
  measure "lesson pages" "$data/lesson-paths"
done
