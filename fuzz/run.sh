#!/usr/bin/env bash
# Runs Chronicle's fuzz targets, each for SECONDS, one after the other.
#
#   fuzz/run.sh BUILD_DIR SECONDS [TARGET...]     (default: every target; `make fuzz` calls this)
#
# Each target starts from its committed seeds (fuzz/seeds/TARGET) plus seeds generated here (gzip
# variants of the WARC seeds, the real data/ files for data_files) and keeps its working corpus
# in BUILD_DIR/corpus/TARGET between runs, so coverage grows run after run. A crash, hang, leak or
# failed check leaves the input in BUILD_DIR/artifacts/TARGET/ and makes the script exit 1.
# Every run appends "date target seconds executions outcome" to BUILD_DIR/fuzz-stats.tsv, the
# record docs/reliability.md's totals come from.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build="${1:?usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]}"
seconds="${2:?usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]}"
shift 2
build="$(cd "$build" && pwd)"
# Default: every target fuzz/CMakeLists.txt defines (each is a fuzz/NAME.cc with a chronicle_fuzzer line).
targets=("$@")
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(sed -n 's/^chronicle_fuzzer(\([a-z_]*\) .*/\1/p' "$here/CMakeLists.txt")
fi

dict_of() {
  case "$1" in
    read_auto) echo read_auto ;; read_jsonl) echo jsonl ;; read_warc | http_response) echo warc ;;
    read_html | extract_html) echo html ;; extract_text) echo text ;; analyze) echo analyze ;; dates) echo dates ;;
    search_query) echo query ;; data_files) echo data ;;
  esac
}

# Seeds that are better generated than committed: binaries and copies of files that change.
generate_seeds() {
  local target="$1" out="$2"
  mkdir -p "$out"
  case "$target" in
    read_warc | read_auto)
      for f in "$here"/seeds/read_warc/*.warc; do
        gzip -9 -c "$f" >"$out/$(basename "$f").gz"
      done
      # One gzip member per record, as crawlers write them.
      python3 - "$here/seeds/read_warc/crawl.warc" "$out/crawl.members.warc.gz" <<'PY'
import gzip, re, sys
data = open(sys.argv[1], "rb").read()
records = [m for m in re.split(rb"(?=WARC/1\.0\r\n)", data) if m]
open(sys.argv[2], "wb").write(b"".join(gzip.compress(r) for r in records))
PY
      ;;
    data_files)
      # Selector byte = index of the file in the target's sorted list (data_files.cc).
      local i=0 f
      while read -r f; do
        if [[ "$f" == nlp/ner.model ]]; then
          # The real model is megabytes: a one-row model of the same format instead.
          python3 -c 'import struct,sys; sys.stdout.buffer.write(bytes([int(sys.argv[1])]) + b"CHRNER01" + struct.pack("<IIIfI", 3, 10, 17, 0.01, 1) + struct.pack("<I", 5) + struct.pack("<17h", *range(17)))' "$i" >"$out/nlp_ner.model"
        else
          { printf "\\x$(printf %02x "$i")"; head -c 8192 "$root/data/$f"; } >"$out/$(echo "$f" | tr / _)"
        fi
        i=$((i + 1))
      done < <(cd "$root/data" && find extract html nlp -maxdepth 1 -type f | LC_ALL=C sort; echo generated/gazetteer.tsv)
      ;;
  esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
timeout="${FUZZ_TIMEOUT:-10}"
status=0
for t in "${targets[@]}"; do
  bin="$build/fuzz/fuzz_$t"
  if [[ ! -x "$bin" ]]; then
    echo "fuzz: $t: not built ($bin); build with: cmake --build $build --target fuzzers" >&2
    status=1
    continue
  fi
  corpus="$build/corpus/$t"
  generated="$build/generated-seeds/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  generate_seeds "$t" "$generated"
  seeds=()
  [[ -d "$here/seeds/$t" ]] && seeds+=("$here/seeds/$t")
  seeds+=("$generated")
  log="$build/logs/$t.log"
  mkdir -p "$(dirname "$log")"
  # -timeout: one input taking FUZZ_TIMEOUT s (10) is a hang. It is wall time: a long run under
  # `nice -n 19` on a loaded machine can be descheduled that long, so such runs raise it.
  # -rss_limit_mb: 2 GB is far past any real need.
  if [[ -n "${FUZZ_REPLAY:-}" ]]; then
    # `make test`: every committed and generated seed once, no mutation, so the suite is
    # deterministic; new findings come from `make fuzz`, and each becomes a committed seed.
    "$bin" -runs=0 -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "${seeds[@]}" >"$log" 2>&1
  else
    "$bin" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 \
      -dict="$here/dict/$(dict_of "$t").dict" -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" >"$log" 2>&1
  fi
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if ((rc == 0)); then
    outcome=ok
  else
    outcome="FAILED(rc=$rc)"
    status=1
    echo "fuzz: $t: failed; input saved in $artifacts, log in $log" >&2
    grep -m 3 -E 'ERROR|fuzz check failed|runtime error|Test unit written' "$log" >&2
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$seconds" "${execs:-0}" "$outcome" >>"$build/fuzz-stats.tsv"
  printf 'fuzz: %-14s %6s executions in %ss: %s\n' "$t" "${execs:-0}" "$seconds" "$outcome"
done
exit $status
