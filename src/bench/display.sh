# Shared by the benchmark scripts (sourced, not run): a display for a real window, and a median.

# Without DISPLAY, starts Xvfb (apt package xvfb) on :97 for the rest of the script.
ensure_display() {
  [[ -n "${DISPLAY:-}" ]] && return
  command -v Xvfb >/dev/null || { echo "$(basename "$0"): no DISPLAY and no Xvfb to start one" >&2; exit 2; }
  Xvfb :97 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:97
  sleep 1
}

# The median of the numbers on standard input, one per line.
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# The number after the name $1 on each line read.
field() { awk -v n="$1" '{ for (i = 1; i < NF; i++) if ($i == n) print $(i + 1) }'; }

# Runs the app's probe $1 (see its class) $2 times from the jar $3, all with fresh preferences (a temporary
# folder, so a remembered window size does not count), printing each run's line; leaves them in the array lines.
probe_runs() {
  local probe=$1 runs=$2 jar=$3 prefs line i
  prefs=$(mktemp -d)
  lines=()
  for ((i = 1; i <= runs; i++)); do
    line=$(java -Dbackproplab.probe="$probe" -Djava.util.prefs.userRoot="$prefs" -jar "$jar" 2>/dev/null | grep "^$probe " || true)
    if [[ -z "$line" ]]; then
      rm -rf "$prefs"
      echo "$(basename "$0"): run $i did not report (see: java -Dbackproplab.probe=$probe -jar $jar)" >&2
      exit 1
    fi
    echo "run $i  $line"
    lines+=("$line")
  done
  rm -rf "$prefs"
}

# The machine the figures were measured on: cores, processor, JDK.
machine() { echo "on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"; }
