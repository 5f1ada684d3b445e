#!/usr/bin/env sh
# Page server time: each main route of each role opened over HTTP the way a browser does (bootstrap page, UI init,
# navigation UIDL), 20 concurrent clients each in its own signed-in session, p50/p95 per route against a one-Span
# baseline view in the same run. Results: printed, and written to target/bench-pages.txt.
# Options (system properties): -Dbench.pages.clients=20 -Dbench.pages.warmup=2 -Dbench.pages.opens=5
cd "$(dirname "$0")/../.." || exit 1
exec ./mvnw -o -q test -Dtest=PageTimeBench -Dbench.pages=true -Dsurefire.failIfNoSpecifiedTests=false "$@"
