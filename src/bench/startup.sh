#!/usr/bin/env bash
# Start-up benchmark: how long the app's first window takes to appear, beside an empty JavaFX
# window started from the same jar, on this machine. Prints each run and the medians.
#
#   ./mvnw -Pbundle -DskipTests package         # the jar, its CDS archive, the app image, the empty window
#   src/bench/startup.sh [runs]                 # default 7 runs of each, alternating
#
# Measures: empty (the yardstick), app (java -jar, as from a fresh build), app-cds (java -jar with
# the archive and the image's JVM options, read from its .cfg) and image (the app image's launcher).
#
# Needs a display; without DISPLAY it starts Xvfb (apt package xvfb) on :97 for the run.
# Each run ends itself at the first frame (-Dbackproplab.probe, see StartupProbe), so the figure is
# milliseconds from the process's start to its first painted frame. Tests never assert timings.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
jar=target/backprop-lab.jar
archive=target/backprop-lab.jsa
image=target/bundle/backprop-lab/bin/backprop-lab
image_cfg=target/bundle/backprop-lab/lib/app/backprop-lab.cfg
# The image's JVM options (one truth: the pom's jpackage arguments), without its own archive and version.
options=()
[[ -f "$image_cfg" ]] && mapfile -t options < <(sed -n 's/^java-options=//p' "$image_cfg" | grep -v 'SharedArchiveFile\|jpackage.app-version')
[[ -f "$jar" && -d target/test-classes ]] || { echo "startup.sh: build first: ./mvnw -DskipTests package test-compile" >&2; exit 2; }
source src/bench/display.sh
ensure_display

first_frame() { # name: reads the run's output
  awk -v n="$1" '$1 == n && $2 == "first-frame-ms" { print $3 }'
}
probe() { # name, java arguments...
  local name=$1; shift
  java -Dbackproplab.probe="$name" "$@" 2>/dev/null | first_frame "$name"
}

kinds=(empty app)
[[ -f "$archive" ]] && kinds+=(app-cds)
[[ -x "$image" ]] && kinds+=(image)
declare -A times
for ((i = 1; i <= runs; i++)); do
  for kind in "${kinds[@]}"; do
    case $kind in
      empty)   t=$(probe empty -cp "$jar:target/test-classes" backproplab.bench.EmptyWindow) ;;
      app)     t=$(probe app -jar "$jar") ;;
      app-cds) t=$(probe app-cds -XX:SharedArchiveFile="$archive" "${options[@]}" -jar "$jar") ;;
      image)   t=$(JAVA_TOOL_OPTIONS=-Dbackproplab.probe=image "$image" 2>/dev/null | first_frame image) ;;
    esac
    [[ -n "$t" ]] || { echo "startup.sh: $kind did not report a first frame" >&2; exit 1; }
    echo "run $i  $kind  $t ms"
    times[$kind]+="$t "
  done
done
echo
[[ ${#options[@]} -gt 0 ]] && echo "app-cds and image run with: ${options[*]}"
empty=$(tr ' ' '\n' <<<"${times[empty]}" | grep . | median)
printf 'median  %-8s %6s ms\n' empty "$empty"
for kind in "${kinds[@]:1}"; do
  m=$(tr ' ' '\n' <<<"${times[$kind]}" | grep . | median)
  printf 'median  %-8s %6s ms   %.2f x empty\n' "$kind" "$m" "$(awk -v a="$m" -v b="$empty" 'BEGIN { print a / b }')"
done
