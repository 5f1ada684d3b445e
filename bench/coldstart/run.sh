#!/usr/bin/env bash
# Cold start to ready: Policy Monitor's jar against a bare Vaadin + Spring Boot jar (bench/coldstart/bare-app).
# For each start: wall time from launching `java -jar` until GET / answers 200 with the page.
# Usage: bench/coldstart/run.sh [runs]   (default 5; SKIP_BUILD=1 reuses the jars already built;
#        JAVA_OPTS="..." is passed to both applications alike; AOT=1 starts both from the JDK's AOT cache,
#        recorded first by bin/start-with-aot-cache.sh for each jar, the way production starts with it)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-5}

java_bin=""
for candidate in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*2[1-9]*/bin/java; do
  if [ -x "$candidate" ]; then java_bin=$candidate; break; fi
done
[ -n "$java_bin" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building both jars..."
  ./mvnw -q -o package -DskipTests
  ./mvnw -q -o -f bench/coldstart/bare-app/pom.xml package -DskipTests
fi
main_jar=$root/target/policy-monitor.jar
bare_jar=$root/bench/coldstart/bare-app/target/bare-app.jar

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

main_opts=""; bare_opts=""
if [ "${AOT:-0}" = 1 ]; then
  echo "Recording the AOT caches (training runs)..."
  main_cache=$(AOT_TRAIN_ONLY=1 AOT_DIR="$work/aot-main" JAVA="$java_bin" bin/start-with-aot-cache.sh "$main_jar")
  bare_cache=$(AOT_TRAIN_ONLY=1 AOT_DIR="$work/aot-bare" JAVA="$java_bin" bin/start-with-aot-cache.sh "$bare_jar")
  main_jar=$work/aot-main/application/$(basename "$main_jar")
  bare_jar=$work/aot-bare/application/$(basename "$bare_jar")
  main_opts="-XX:AOTCache=$main_cache"; bare_opts="-XX:AOTCache=$bare_cache"
  echo "caches: $(du -h "$main_cache" | cut -f1) (policy monitor), $(du -h "$bare_cache" | cut -f1) (bare)"
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

ticks=$(getconf CLK_TCK)
logs=$root/target/coldstart-logs
mkdir -p "$logs"

# cpu_ms <pid> : user + system CPU time the process has used so far (all its threads), in milliseconds
cpu_ms() {
  awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat"
}

# start_once <jar> <data-dir or ""> <jvm options> <log name> : prints "wall-ms cpu-ms" until GET / gave 200 with the
# Vaadin page; CPU is the JVM's own user + system time at that moment, which other processes on the machine
# disturb far less than the wall time (on a loaded machine the wall time is mostly the queue for a core)
start_once() {
  local jar=$1 data=$2 opts=$3 name=$4 port pid start now body cpu
  port=$(free_port)
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  if [ -n "$data" ]; then
    "$java_bin" ${JAVA_OPTS:-} $opts -jar "$jar" --server.port="$port" --policymonitor.data-dir="$data" >"$work/log" 2>&1 &
  else
    "$java_bin" ${JAVA_OPTS:-} $opts -jar "$jar" --server.port="$port" >"$work/log" 2>&1 &
  fi
  pid=$!
  while true; do
    if body=$(curl -fsS --max-time 5 "http://127.0.0.1:$port/" 2>/dev/null) && [[ $body == *"<html"* ]]; then
      now=$(date +%s%N)
      cpu=$(cpu_ms "$pid")
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$jar exited before it was ready:" >&2; tail -30 "$work/log" >&2; exit 1
    fi
    sleep 0.05
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  cp "$work/log" "$logs/$name.log"
  echo "$(( (now - start) / 1000000 )) $cpu"
}

stats() { # median and min of the numbers given
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%d %d", m, a[1]}'
}

echo "JDK: $("$java_bin" -version 2>&1 | head -1)${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}${main_opts:+, both from their AOT cache}"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
mode=$([ "${AOT:-0}" = 1 ] && echo aot || echo plain)
bare=(); fresh=(); restart=(); bare_cpu=(); fresh_cpu=(); restart_cpu=()
for i in $(seq 1 "$runs"); do
  read -r b bc <<<"$(start_once "$bare_jar" "" "$bare_opts" "$mode-bare-$i")"
  rm -rf "$work/data"
  # empty database: migrations, Flowable tables, demo data
  read -r f fc <<<"$(start_once "$main_jar" "$work/data" "$main_opts" "$mode-empty-$i")"
  # same database again: an ordinary restart
  read -r r rc <<<"$(start_once "$main_jar" "$work/data" "$main_opts" "$mode-restart-$i")"
  bare+=("$b"); fresh+=("$f"); restart+=("$r"); bare_cpu+=("$bc"); fresh_cpu+=("$fc"); restart_cpu+=("$rc")
  echo "run $i: bare ${b} ms (CPU ${bc} ms), policy monitor (empty db) ${f} ms (CPU ${fc} ms)," \
    "policy monitor (restart) ${r} ms (CPU ${rc} ms); load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

read -r bm bmin <<<"$(stats "${bare[@]}")"
read -r fm fmin <<<"$(stats "${fresh[@]}")"
read -r rm_ rmin <<<"$(stats "${restart[@]}")"
read -r bcm bcmin <<<"$(stats "${bare_cpu[@]}")"
read -r fcm fcmin <<<"$(stats "${fresh_cpu[@]}")"
read -r rcm rcmin <<<"$(stats "${restart_cpu[@]}")"
printf '%-32s %8s %8s %7s\n' "" "median" "min" "ratio"
printf '%-32s %6d ms %6d ms %7s\n' "bare Vaadin + Spring Boot" "$bm" "$bmin" "1.00"
printf '%-32s %6d ms %6d ms %7s\n' "Policy Monitor, restart" "$rm_" "$rmin" "$(awk -v a="$rm_" -v b="$bm" 'BEGIN{printf "%.2f", a/b}')"
printf '%-32s %6d ms %6d ms %7s\n' "Policy Monitor, empty database" "$fm" "$fmin" "$(awk -v a="$fm" -v b="$bm" 'BEGIN{printf "%.2f", a/b}')"
echo "JVM CPU time (user + system) until ready:"
printf '%-32s %6d ms %6d ms %7s\n' "bare Vaadin + Spring Boot" "$bcm" "$bcmin" "1.00"
printf '%-32s %6d ms %6d ms %7s\n' "Policy Monitor, restart" "$rcm" "$rcmin" "$(awk -v a="$rcm" -v b="$bcm" 'BEGIN{printf "%.2f", a/b}')"
printf '%-32s %6d ms %6d ms %7s\n' "Policy Monitor, empty database" "$fcm" "$fcmin" "$(awk -v a="$fcm" -v b="$bcm" 'BEGIN{printf "%.2f", a/b}')"
echo "logs of every start: $logs"
if [ "${AOT:-0}" = 1 ]; then
  echo "target (both from their AOT cache): restart median <= 2.5 x bare median"
else
  echo "target: restart median <= 1.5 x bare median"
fi
