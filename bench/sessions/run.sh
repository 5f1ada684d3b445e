#!/usr/bin/env sh
# Heap per open Vaadin session: 1,000 real HTTP sessions (bootstrap page + UI init request, own cookie each) on
# the catalogue view, against a bare one-Span route and the Span inside the main layout, in the same run; then 300
# signed-in sessions each on the one Span, the reviewer's inbox and the measure editor on a full draft.
# Results: printed, and written to target/bench-sessions.txt.
# Options (system properties): -Dbench.sessions.count=1000 -Dbench.sessions.warmup=50 -Dbench.sessions.clients=4 -Dbench.sessions.signedIn=300
cd "$(dirname "$0")/../.." || exit 1
exec ./mvnw -o -q test -Dtest=SessionHeapBench -Dbench.sessions=true -Dsurefire.failIfNoSpecifiedTests=false "$@"
