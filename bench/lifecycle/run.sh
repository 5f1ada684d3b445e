#!/usr/bin/env sh
# Submission lifecycle throughput: measures through submit -> review -> partner confirmation -> sign-off ->
# published via the application's services, against a bare Flowable engine running the same BPMN with no-op
# service tasks, in the same JVM. Results: printed, and written to target/bench-lifecycle.txt.
# Options (system properties): -Dbench.measures=200 -Dbench.warmup=100 -Dbench.rounds=4
cd "$(dirname "$0")/../.." || exit 1
exec ./mvnw -o -q test -Dtest=LifecycleThroughputBench -Dbench.lifecycle=true -Dsurefire.failIfNoSpecifiedTests=false "$@"
