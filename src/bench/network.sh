#!/usr/bin/env bash
# Largest-network probe: how long the stepping view takes to show the largest network it draws,
# 4-64-64-64-64-64-1 (16,704 weights), and then each of 20 steps (see NetworkProbe). Each run prints
# the app's own line:
#   network switch-ms N step-median-ms M step-max-ms X
# and at the end the medians. Tests never assert timings; figures go to docs/performance.md with the
# processor, cores and JDK they were measured on.
#
#   ./mvnw -DskipTests package        # the jar
#   src/bench/network.sh [runs]       # default 5 runs
#
# Needs a display; without DISPLAY it starts Xvfb (apt package xvfb) on :97 for the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
jar=target/backprop-lab.jar
[[ -f "$jar" ]] || { echo "network.sh: build first: ./mvnw -DskipTests package" >&2; exit 2; }
source src/bench/display.sh
ensure_display
probe_runs network "$runs" "$jar"
echo
for f in switch-ms step-median-ms step-max-ms; do
  echo "median $f $(printf '%s\n' "${lines[@]}" | field "$f" | median)"
done
machine
