#!/usr/bin/env bash
# Crash battery: write load through the application, then kill -9 — odd rounds the JVM alone,
# even rounds the JVM and its PostgreSQL together, as a power failure or a container stop does —
# and start again. Every start checks that each write the application acknowledged before the
# kill is in the database and that the search index holds exactly the published services with
# their current names. Usage: scripts/crash-battery/run.sh [rounds, default 50]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-50}
WORK=target/crash-battery
DATA=$WORK/data
START_TIMEOUT=${START_TIMEOUT:-300}

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
    for candidate in /usr/lib/jvm/*; do
        if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then JAVA_HOME=$candidate; fi
    done
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

mkdir -p "$WORK"
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
CLASSPATH_ALL="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
rm -rf "$DATA" "$WORK/logs" "$WORK/acks.log"
mkdir -p "$DATA" "$WORK/logs"

jvm=""
failed_restarts=0
index_mismatches=0

# Starts the application (name, extra arguments); succeeds once it has checked the last round and is writing.
start() {
    local log=$WORK/logs/$1.log port
    shift
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    : >"$log"
    java -Xmx1g -cp "$CLASSPATH_ALL" fi.ekokartta.crash.CrashBatteryApplication \
        --ekokartta.data-dir="$DATA" --server.port="$port" --ekokartta.admin-password=crash-battery-password \
        --crash.ack-log="$WORK/acks.log" --ekokartta.rate-limit.forms.count=1000000000 \
        --spring.main.banner-mode=off "$@" >"$log" 2>&1 &
    jvm=$!
    local waited=0
    until grep -q "CRASH-BATTERY WRITING" "$log"; do
        if ! kill -0 "$jvm" 2>/dev/null || [ "$waited" -ge "$START_TIMEOUT" ]; then
            echo "start $1 FAILED (see $log)"
            kill -9 "$jvm" 2>/dev/null || true
            wait "$jvm" 2>/dev/null || true
            return 1
        fi
        sleep 1; waited=$((waited + 1))
    done
    local check
    check=$(grep "CRASH-BATTERY CHECK" "$log")
    echo "start $1 after ${waited} s: ${check#*CHECK }"
    index_mismatches=$((index_mismatches + $(sed -n 's/.*index-mismatches=\([0-9]*\).*/\1/p' <<<"$check")))
}

postmaster_pid() {
    head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true
}

for round in $(seq 1 "$ROUNDS"); do
    if ! start "round-$round"; then
        failed_restarts=$((failed_restarts + 1))
        continue
    fi
    sleep $((2 + RANDOM % 5))
    if [ $((round % 2)) -eq 1 ]; then
        kill -9 "$jvm"; what="JVM"
    else
        pg=$(postmaster_pid)
        kill -9 "$jvm" "$pg" $(pgrep -P "$pg" || true) 2>/dev/null || true; what="JVM + PostgreSQL"
    fi
    wait "$jvm" 2>/dev/null || true
    echo "round $round: killed $what after $(wc -l <"$WORK/acks.log") acknowledged writes in all"
done

if ! start final --crash.writers=0; then
    failed_restarts=$((failed_restarts + 1))
fi
final=$(grep "CRASH-BATTERY CHECK" "$WORK/logs/final.log" || echo "CRASH-BATTERY CHECK none")
kill -TERM "$jvm" 2>/dev/null || true
wait "$jvm" 2>/dev/null || true
lost=$(sed -n 's/.*lost=\([0-9]*\).*/\1/p' <<<"$final")
acknowledged=$(sed -n 's/.*acknowledged=\([0-9]*\).*/\1/p' <<<"$final")
echo "CRASH BATTERY: rounds=$ROUNDS acknowledged=${acknowledged:-?} lost=${lost:-?} failed-restarts=$failed_restarts index-mismatches=$index_mismatches"
[ "${lost:-1}" -eq 0 ] && [ "$failed_restarts" -eq 0 ] && [ "$index_mismatches" -eq 0 ]
