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
