# Sourced by the scripts that replay one build's csc command line (profile-csc.sh, generator-order.sh, replay-ab.sh).

# kept_build <case> <scale> <out>: builds the synthetic service once with this checkout's package (measure-build.sh,
# KEEP=1) and sets work (the kept build's folder), project (the service built), compiler and arguments (its csc
# command line: the Csc task logs it as one line, the tool's path, then the arguments).
kept_build() {
  KEEP=1 "$repo/benchmarks/measure-build.sh" --scale "$2" --case "$1" --runs 1 --no-baseline >"$3/measure.txt"
  work=$(grep -o "/[^ ]*/opencx-scopes-build\.[A-Za-z0-9]*" "$3/measure.txt" | head -1)
  project="$work/$1-x$2/with"
  local command
  command=$(grep -m1 -E "^ +/.*/csc /noconfig" "$work/logs/$1-x$2-with-1.log" | sed 's/^ *//')
  compiler=${command%% *}
  arguments=${command#* }
}

# replay <rsp> <log>: runs the kept build's csc with that command line from the service's folder, its output in the
# log, and sets seconds to how long it took; stops the script if it fails.
replay() {
  local started
  started=$(date +%s.%N)
  (cd "$project" && "$compiler" @"$1" >"$2" 2>&1) || { tail -20 "$2"; exit 1; }
  seconds=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
}

# charge <pattern> <log>: the seconds -reportanalyzer charged the first analyzer, assembly or generator matching.
charge() { grep -E "^ +[0-9.<]+ +[0-9<]+ +$1" "$2" | head -1 | awk '{print $1}'; }
