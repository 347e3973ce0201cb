#!/usr/bin/env bash
# Score one annotated set on one code tree: score_set.sh CODE_DIR SET_DIR OUT_PREFIX
# French sets run once; English sets (B, Q, U families) run on both pipelines (OUT_PREFIX.rules/.trained).
set -uo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
code="$(cd "$1" && pwd)"
# -P: without it `python -m` puts the working directory first on sys.path, so a run started inside
# another checkout would import that checkout's package instead of CODE_DIR's.
python="${FRAMING_PYTHON:-$here/.venv/bin/python}"
[ -x "$python" ] || python="$(git -C "$here" rev-parse --path-format=absolute --git-common-dir)/../.venv/bin/python"  # a worktree: the main checkout's venv
set_dir="$2"; out="$3"
eval_dir="$here/../shared/eval"
run() {
  if [ "$2" = rules ]; then export FRAMING_EN_MODEL=rules; else unset FRAMING_EN_MODEL; fi
  PYTHONPATH="$code" "$python" -P -m framing analyze "$set_dir/texts" --json --no-cache --no-service > "$1" 2> "$1.err"
}
score() {
  if python3 -c "import json,sys; g=json.load(open(sys.argv[1]))['articles']; sys.exit(0 if any('not_hedges' in a or 'approximators' in a for a in g.values()) else 1)" "$set_dir/gold.json"; then
    python3 "$here/tools/rounds/score_hedges.py" "$set_dir" "$1"
  else
    python3 "$eval_dir/score_dev.py" "$set_dir" "$1" | tail -1
  fi
}
lang=$(python3 -c "import sys,pathlib; t=' '.join(p.read_text() for p in pathlib.Path(sys.argv[1],'texts').glob('*.txt')); print('fr' if t.count(' le ')+t.count(' les ') > t.count(' the ') else 'en')" "$set_dir")
if [ "$lang" = fr ]; then
  run "$out.jsonl" trained; echo "$(basename "$set_dir") $(score "$out.jsonl")"
else
  for mode in rules trained; do run "$out.$mode.jsonl" $mode; echo "$(basename "$set_dir") $mode $(score "$out.$mode.jsonl")"; done
fi
