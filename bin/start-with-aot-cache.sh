#!/usr/bin/env bash
# Production start with the JDK's ahead-of-time cache (JDK 25: JEP 483/514): classes are loaded and linked
# once, in a training run, and every later start maps them from the cache instead of parsing jars again.
#
#   bin/start-with-aot-cache.sh target/policy-monitor.jar [application arguments...]
#
# The first call (or the first after the jar changed) extracts the jar next to the cache (the cache only
# covers classes from plain jars, not from jars nested in a Boot jar), runs the application once up to the
# end of its context refresh (-Dspring.context.exit=onRefresh) to record the cache, then starts it for real.
# Later calls start at once from the cache. Environment:
#   AOT_DIR    where the extracted application and its cache live (default: <jar>.aot next to the jar)
#   JAVA       the java binary (default: a JDK 25+ from /usr/lib/jvm, else `java` on the PATH)
#   JAVA_OPTS  extra JVM options, used alike for the training run and the real start
#   AOT_TRAIN_ONLY=1  record the cache and stop (for image builds and benchmarks)
# A cache recorded by another JDK build, or for another class path, is ignored by the JVM with a warning: the
# application still starts, only without the speed-up. Delete AOT_DIR to record it again.
set -euo pipefail

jar=${1:?usage: $0 JAR [application arguments...]}
shift
jar=$(readlink -f "$jar")
dir=${AOT_DIR:-$jar.aot}

java_bin=${JAVA:-}
if [ -z "$java_bin" ]; then
  for candidate in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*2[6-9]*/bin/java; do
    if [ -x "$candidate" ]; then java_bin=$candidate; break; fi
  done
fi
java_bin=${java_bin:-java}
feature=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${feature%%.*}" -lt 25 ]; then
  echo "The AOT cache needs JDK 25 or newer; $java_bin is $feature" >&2
  exit 1
fi

app_jar=$dir/application/$(basename "$jar")
cache=$dir/app.aot
if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
  echo "Recording the AOT cache in $dir (once per jar)..." >&2
  rm -rf "$dir"
  mkdir -p "$dir"
  "$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$dir/application" >/dev/null
  training_data=$(mktemp -d)
  # shellcheck disable=SC2086
  "$java_bin" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh \
      -jar "$app_jar" --server.port=0 --policymonitor.data-dir="$training_data" >"$dir/training.log" 2>&1 \
    || { echo "Training run failed, see $dir/training.log" >&2; rm -rf "$training_data"; exit 1; }
  rm -rf "$training_data"
  [ -f "$cache" ] || { echo "No cache written, see $dir/training.log" >&2; exit 1; }
fi
if [ "${AOT_TRAIN_ONLY:-0}" = 1 ]; then
  echo "$cache"
  exit 0
fi
# shellcheck disable=SC2086
exec "$java_bin" ${JAVA_OPTS:-} -XX:AOTCache="$cache" -jar "$app_jar" "$@"
