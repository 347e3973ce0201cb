#!/usr/bin/env bash
# Analyse one annotated evaluation set: run_set.sh SET_DIR OUT.jsonl [rules|trained]
# English sets are run twice in a round (rule-based and trained pipelines); French ignores the third argument.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
set_dir="$1"; out="$2"; mode="${3:-trained}"
framing="${FRAMING_BIN:-$here/.venv/bin/framing}"
if [ "$mode" = rules ]; then export FRAMING_EN_MODEL=rules; else unset FRAMING_EN_MODEL; fi
tmp="$out.part"
"$framing" analyze "$set_dir/texts" --json --no-cache --no-service > "$tmp"
mv "$tmp" "$out"
