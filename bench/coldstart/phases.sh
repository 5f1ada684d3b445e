#!/usr/bin/env bash
# Where a start's time goes, from its log (bench/coldstart/run.sh keeps one per start in target/coldstart-logs):
# the seconds between the first log line and each milestone the libraries log.
# Usage: bench/coldstart/phases.sh target/coldstart-logs/aot-restart-1.log
set -euo pipefail
log=$1
awk '
  function t(line) { split(substr(line, 12, 12), p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
  /^20[0-9][0-9]-/ {
    now = t($0)
    if (first == "") first = now
    m = ""
    if ($0 ~ /Starting .*Application/) m = "context start (JVM up, logging ready)"
    else if ($0 ~ /Tomcat initialized/) m = "embedded Tomcat initialised"
    else if ($0 ~ /Root WebApplicationContext: initialization completed/) m = "web context ready (bean definitions scanned)"
    else if ($0 ~ /HikariPool-1 - Start completed/) m = "connection pool started"
    else if ($0 ~ /Successfully validated|Schema .* is up to date|Successfully applied/) m = "Flyway done"
    else if ($0 ~ /Initialized JPA EntityManagerFactory/) m = "Hibernate EntityManagerFactory ready"
    else if ($0 ~ /Search index:/ && !idx++) m = "catalogue search index opened"
    else if ($0 ~ /ProcessEngine .* created/) m = "Flowable process engine built"
    else if ($0 ~ /AuthenticationManager configured|DefaultSecurityFilterChain|SecurityFilterChain/ && !sec++) m = "Spring Security configured"
    else if ($0 ~ /Exposing .* endpoints/) m = "actuator endpoints"
    else if ($0 ~ /Tomcat started/) m = "Tomcat started (port open)"
    else if ($0 ~ /Started .* in [0-9.]+ seconds/) { m = $0; sub(/.*Started /, "Started ", m) }
    if (m != "") printf "%7.2f s  %s\n", now - first, m
  }' "$log"
