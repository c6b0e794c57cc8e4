#!/usr/bin/env bash
# Responsiveness probe: how long the window makes a click or a key wait while a race trains on the
# loss-curve tab, and how long the race takes: the classroom race (6 activations x 5 optimizers x
# 1,000 epochs, 5-word windows) or, with 'largest', the largest one allowed (the same 30 curves x
# 100,000 epochs, 1-word windows; several minutes). Each run prints the app's own line (see TrainingProbe):
#   training max-fx-wait-ms N p99-fx-wait-ms M train-ms T
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
prefs=$(mktemp -d)
trap 'rm -rf "$prefs"; kill ${xvfb:-} 2>/dev/null || true' EXIT

field() { # name: the number after it on the line read
  awk -v n="$1" '{ for (i = 1; i < NF; i++) if ($i == n) print $(i + 1) }'
}
lines=()
for ((i = 1; i <= runs; i++)); do
  line=$(java -Dbackproplab.probe="$probe" -Djava.util.prefs.userRoot="$prefs" -jar "$jar" 2>/dev/null | grep "^$probe " || true)
  [[ -n "$line" ]] || { echo "training.sh: run $i did not report (see: java -Dbackproplab.probe=$probe -jar $jar)" >&2; exit 1; }
  echo "run $i  $line"
  lines+=("$line")
done
echo
all=$(printf '%s\n' "${lines[@]}")
printf 'median  max-fx-wait-ms %s  p99-fx-wait-ms %s  train-ms %s\n' "$(field max-fx-wait-ms <<<"$all" | median)" \
  "$(field p99-fx-wait-ms <<<"$all" | median)" "$(field train-ms <<<"$all" | median)"
printf 'worst   max-fx-wait-ms %s\n' "$(field max-fx-wait-ms <<<"$all" | sort -n | tail -1)"
echo "on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
