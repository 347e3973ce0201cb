#!/usr/bin/env bash
# Dev sets and seeds for one code tree: measure_dev.sh CODE_DIR OUT_DIR [--with-en-attribution]
# Runs the tree's own package (PYTHONPATH) with this checkout's virtual environment.
set -uo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
code="$(cd "$1" && pwd)"
# -P: without it `python -m` puts the working directory first on sys.path, so a run started inside
# another checkout would import that checkout's package instead of CODE_DIR's.
python="${FRAMING_PYTHON:-$here/.venv/bin/python}"
[ -x "$python" ] || python="$(git -C "$here" rev-parse --path-format=absolute --git-common-dir)/../.venv/bin/python"  # a worktree: the main checkout's venv
out="$2"; shift 2
dev="${FRAMING_DEV:-$here/../shared/dev}"; eval_dir="$(dirname "$dev")/eval"
mkdir -p "$out"
run() {  # run NAME TEXTS MODE
  local name="$1" texts="$2" mode="$3"
  if [ "$mode" = rules ]; then export FRAMING_EN_MODEL=rules; else unset FRAMING_EN_MODEL; fi
  PYTHONPATH="$code" "$python" -P -m framing analyze "$texts" --json --no-cache --no-service > "$out/$name.jsonl" 2> "$out/$name.err"
}
score() { python3 "$eval_dir/score_dev.py" "$dev/$1" "$out/$2.jsonl" | tail -1 > "$out/$2.score"; echo "$2: $(cat "$out/$2.score")"; }
run fr_attribution "$dev/fr_attribution/texts" trained; score fr_attribution fr_attribution
run fr_loaded_paragraphs "$dev/fr_loaded_paragraphs/texts" trained; score fr_loaded_paragraphs fr_loaded_paragraphs
for mode in trained rules; do
  run en_hedges_$mode "$dev/en_hedges/texts" $mode; score en_hedges en_hedges_$mode
  run en_loaded_$mode "$dev/en_loaded/texts" $mode; score en_loaded en_loaded_$mode
done
if [ "${1:-}" = --with-en-attribution ]; then
  run en_attribution_rules "$dev/en_attribution/texts" rules; score en_attribution en_attribution_rules
fi
run seeds "$code/seeds" trained
python3 "$eval_dir/score.py" "$eval_dir/seeds-gold.json" "$out/seeds.jsonl" "$code/seeds" | tail -1 | tee "$out/seeds.score"
