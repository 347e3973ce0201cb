"""Generated sample articles for corpus and CLI tests (generic news prose, never the seed texts)."""

from __future__ import annotations

import json
from pathlib import Path

_FR_PLACES = ("Lyon", "Nantes", "Rennes", "Lille", "Brest", "Dijon", "Tours", "Nancy", "Reims", "Caen", "Metz", "Pau")
_EN_PLACES = ("Leeds", "Boston", "Denver", "Bristol", "Dallas", "Glasgow")


def french_text(i: int) -> str:
    """A short, unmistakably French news text; different for every `i`."""
    place = _FR_PLACES[i % len(_FR_PLACES)]
    return (
        f"Le conseil municipal de {place} a voté mardi un budget de {10 + i} millions d'euros pour rénover les écoles "
        f"de la ville, selon un communiqué de la mairie. L'opposition a dénoncé une hausse des impôts locaux "
        f"qu'elle juge injuste, tandis que le maire assure que les travaux commenceront "
        f"avant la fin de l'année {2020 + i}."
    )


def english_text(i: int) -> str:
    place = _EN_PLACES[i % len(_EN_PLACES)]
    return (
        f"The city council of {place} approved on Tuesday a budget of {10 + i} million dollars to renovate the "
        f"local schools, according to a statement from the mayor's office. Opposition members said the tax rise "
        f"was unfair, while the mayor insisted that the work would begin before the end of {2020 + i}."
    )


def german_text() -> str:
    return (
        "Der Stadtrat hat am Dienstag einen Haushalt von zwölf Millionen Euro für die Renovierung der Schulen "
        "beschlossen, teilte die Stadtverwaltung mit. Die Opposition kritisierte die Steuererhöhung als ungerecht."
    )


def write_good_folder(folder: Path, count: int, *, outlet_prefix: str = "Journal") -> list[str]:
    """`count` French articles good_0.txt... with a metadata.json giving each an outlet; returns their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    metadata: dict[str, object] = {"_about": "generated for tests"}
    ids = []
    for i in range(count):
        name = f"good_{i}.txt"
        (folder / name).write_text(french_text(i) + "\n", encoding="utf-8")
        metadata[name] = {"outlet": f"{outlet_prefix} {i % 2}", "lang": "fr", "date": f"2024-01-{i + 1:02d}"}
        ids.append(f"good_{i}")
    (folder / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    return ids


def add_metadata(folder: Path, name: str, **fields: object) -> None:
    path = folder / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    metadata[name] = fields
    path.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
