"""The round tools' duplicate check: a republished text under another address must be caught."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "rounds" / "dupcheck.py"

EARLIER = (
    "Le conseil municipal a voté mardi soir la fermeture de la piscine, dont la rénovation coûterait "
    "près de trois millions d'euros, a indiqué le maire à l'issue de la séance."
)
OTHER = (
    "Les pompiers sont intervenus dans la nuit pour un feu de broussailles près de la voie ferrée ; "
    "aucun blessé n'est à déplorer selon la préfecture."
)


def run(tmp_path: Path, candidate_text: str) -> subprocess.CompletedProcess[str]:
    texts = tmp_path / "old" / "A01" / "texts"
    texts.mkdir(parents=True)
    (texts / "01_piscine.txt").write_text(EARLIER, encoding="utf-8")
    candidate = tmp_path / "new.txt"
    candidate.write_text(candidate_text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--earlier", str(tmp_path / "old"), "--", str(candidate)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_republished_text_is_flagged(tmp_path: Path) -> None:
    result = run(tmp_path, "Titre repris\n" + EARLIER)
    assert result.returncode == 1
    assert "DUPLICATE" in result.stdout


def test_a_different_text_passes(tmp_path: Path) -> None:
    result = run(tmp_path, OTHER)
    assert result.returncode == 0
    assert "ok (0.00)" in result.stdout


def test_a_candidate_inside_the_earlier_folders_is_not_its_own_duplicate(tmp_path: Path) -> None:
    """A pattern covering the round's own sets compares a text with its siblings, not with itself."""
    own = tmp_path / "round" / "A02" / "texts"
    own.mkdir(parents=True)
    candidate = own / "01_feu.txt"
    candidate.write_text(OTHER, encoding="utf-8")
    sibling = tmp_path / "round" / "H02" / "texts"
    sibling.mkdir(parents=True)
    (sibling / "01_piscine.txt").write_text(EARLIER, encoding="utf-8")
    republished = own / "02_piscine.txt"
    republished.write_text("Titre repris\n" + EARLIER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--earlier", str(tmp_path / "round"), "--", str(candidate), str(republished)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert f"{candidate}: ok (0.00)" in result.stdout
    assert f"{republished}: DUPLICATE" in result.stdout
    assert result.returncode == 1
