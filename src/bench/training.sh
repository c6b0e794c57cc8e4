#!/usr/bin/env bash
# Responsiveness probe: how long the window makes a click or a key wait while a race trains on the
# loss-curve tab, and how long the race takes: the classroom race (6 activations x 5 optimizers x
# 1,000 epochs, 5-word windows) or, with 'largest', the largest one allowed (the same 30 curves x
# 100,000 epochs, 1-word windows; several minutes). Each run prints the app's own line (see TrainingProbe):
#   training max-fx-wait-ms N p99-fx-wait-ms M train-ms T click-frame-ms C
# and at the end the medians and the worst max. Tests never assert timings; figures go to
# docs/performance.md with the processor, cores and JDK they were measured on.
#
#   ./mvnw -DskipTests package        # the jar
#   src/bench/training.sh [runs] [classroom|largest]      # default 5 runs of the classroom race
#
# Needs a display; without DISPLAY it starts Xvfb (apt package xvfb) on :97 for the run.
# Each run starts with fresh preferences (a temporary folder), so a remembered window size does not count.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
case "${2:-classroom}" in
  classroom) probe=training ;;
  largest)   probe=training-largest ;;
  *) echo "training.sh: the race is classroom or largest, got '$2'" >&2; exit 2 ;;
esac
jar=target/backprop-lab.jar
[[ -f "$jar" ]] || { echo "training.sh: build first: ./mvnw -DskipTests package" >&2; exit 2; }
source src/bench/display.sh
ensure_display
probe_runs "$probe" "$runs" "$jar"
echo
all=$(printf '%s\n' "${lines[@]}")
printf 'median  max-fx-wait-ms %s  p99-fx-wait-ms %s  train-ms %s  click-frame-ms %s\n' "$(field max-fx-wait-ms <<<"$all" | median)" \
  "$(field p99-fx-wait-ms <<<"$all" | median)" "$(field train-ms <<<"$all" | median)" "$(field click-frame-ms <<<"$all" | median)"
printf 'worst   max-fx-wait-ms %s\n' "$(field max-fx-wait-ms <<<"$all" | sort -n | tail -1)"
machine
