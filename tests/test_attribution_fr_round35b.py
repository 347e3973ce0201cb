"""French attribution, round 35 second half (incise35): material between an incise verb and its inverted
subject. Wire copy puts a date, a place or a channel there (`», a indiqué le 3 mars le ministère`, `»,
a déclaré lors d'une conférence de presse le procureur`) and may put a parenthesis after the speaker
(`», décrit un surveillant (qui a requis l'anonymat) du centre de X`). The speaker is the noun phrase after
the verb and its adjuncts: never a day number, a date word or the complement of an adjunct's noun.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language

QUOTE = "« Les discussions reprendront la semaine prochaine », "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _speakers(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)]


@pytest.mark.parametrize(
    ("incise", "speaker", "kind"),
    [
        ("a indiqué lundi 3 mars le ministère de l'Intérieur.", "le ministère de l'Intérieur", "institution"),
        ("a indiqué le 3 mars le ministère de l'Intérieur.", "le ministère de l'Intérieur", "institution"),
        ("a déclaré le 14 juillet 2023 Jean Dumont.", "Jean Dumont", "named_person"),
        ("a réagi ce jeudi 14 novembre 2024 Jean Dumont, le maire.", "Jean Dumont", "named_person"),
        ("a indiqué lundi 3 mars à l'AFP un proche du dossier.", "un proche du dossier", "anonymous"),
        ("a déclaré jeudi 12 à la presse le directeur de l'hôpital.", "le directeur de l'hôpital", "anonymous"),
        ("indique le 2 février dernier un rapport du Sénat.", "un rapport du Sénat", "document"),
    ],
)
def test_a_written_date_after_the_verb_is_not_the_speaker(nlp: Language, incise: str, speaker: str, kind: str) -> None:
    found = _speakers(nlp, QUOTE + incise)
    assert found == [(speaker, kind)], found


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("a déclaré lors d'une conférence de presse le procureur de Lyon.", "le procureur de Lyon"),
        ("a précisé au cours d'un entretien Paul Martin, adjoint au maire.", "Paul Martin"),
        ("a déclaré à l'issue de la réunion le délégué syndical.", "le délégué syndical"),
        ("a déclaré au micro de RTL le ministre de l'Économie.", "le ministre de l'Économie"),
        ("a précisé dans la nuit de samedi à dimanche la préfecture.", "la préfecture"),
        ("a affirmé samedi après-midi le ministre de la Santé.", "le ministre de la Santé"),
    ],
)
def test_an_adjunct_with_its_own_complement_is_not_the_speaker(nlp: Language, incise: str, speaker: str) -> None:
    found = [s for s, _ in _speakers(nlp, QUOTE + incise)]
    assert found == [speaker], found


def test_a_parenthesis_after_the_inverted_speaker_keeps_the_record(nlp: Language) -> None:
    text = (
        "Les cellules sont « trop petites et mal chauffées », décrit un surveillant de prison "
        "(qui a requis l'anonymat) du centre pénitentiaire de Nîmes, dans le Gard, le plus ancien de la région."
    )
    found = _speakers(nlp, text)
    assert len(found) == 1 and found[0][0] is not None, found
    assert found[0][0].startswith("un surveillant de prison (") and found[0][0].endswith("de Nîmes"), found
    assert found[0][1] == "anonymous", found


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("ont déclaré mardi 20 manifestants.", "20 manifestants"),
        ("a déclaré le 3e adjoint au maire.", "le 3e adjoint au maire"),
        ("ont affirmé à l'AFP des responsables syndicaux.", "des responsables syndicaux"),
        ("ont affirmé à l'AFP d'autres salariés.", "d'autres salariés"),
        ("ont témoigné à l'AFP de nombreux habitants.", "de nombreux habitants"),
    ],
)
def test_a_count_or_a_partitive_subject_stays_the_speaker(nlp: Language, incise: str, speaker: str) -> None:
    found = [s for s, _ in _speakers(nlp, QUOTE + incise)]
    assert found == [speaker], found
