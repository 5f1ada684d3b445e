#!/usr/bin/env sh
# Catalogue search benchmark: 100,000 generated published measures, 16 concurrent clients, REST API over
# loopback vs. the same search run directly against the database. Stops by itself (fixed request counts and
# a time cap per phase: -Dbench.phaseSeconds=120, -Dbench.warmupSeconds=45). Results: printed, and written to target/bench-catalogue.txt.
# Options (system properties): -Dbench.measures=100000 -Dbench.clients=16 -Dbench.requests=200 -Dbench.warmup=50
# Java assertions are off as in production: with them on (surefire's default), Lucene's internal assertions
# (e.g. a sortedness check on every postings block skip) took about a third of a search's time.
cd "$(dirname "$0")/../.." || exit 1
exec ./mvnw -o -q test -Dtest=CatalogueSearchBench -Dbench.catalogue=true -Dsurefire.failIfNoSpecifiedTests=false -DenableAssertions=false "$@"
