"""Build one annotator's full brief: the common part, then the family's part with the set's name and folder.

    python3 make_annotator_brief.py attr A81 /work/blind55/A81 > full_A81.md

Round 47 wrote its briefs this way (the common part names `/work/prompts47/used_urls.txt` and the
`dupcheck.py` pattern; change both for a new round).
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent


def brief(family: str, name: str, folder: str) -> str:
    """The common part with the set's scratch folder, then the family's part with its name and folder."""
    common = (HERE / "annotator-common.md").read_text(encoding="utf-8")
    common = common.replace("/tmp/<your set name>/", f"/tmp/{name}/")
    part = (HERE / f"annotator-part-{family}.md").read_text(encoding="utf-8")
    return common + "\n" + part.replace("SETNAME", name).replace("SETDIR", folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("family", help="attr, hedge, biased, loaded, quotes or uncertain")
    parser.add_argument("name", help="the set's name, e.g. A81")
    parser.add_argument("folder", help="the set's folder")
    args = parser.parse_args()
    print(brief(args.family, args.name, args.folder))


if __name__ == "__main__":
    main()
