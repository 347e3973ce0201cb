"""French attribution, round 36, second half (attrfr36b): wire copy's straight single quotation marks and the
last typing fallback.

- Swiss and wire copy quotes in straight single marks ('Nous y croyons', a-t-il dit.). The same character
  is the French apostrophe, so it opens a quotation only after a space, a colon, a bracket or at a
  paragraph's start, before a letter, and closes in the same paragraph before a space or punctuation.
- A club and a start-up speak as bodies (institution), not as things (document); nouns of things that
  speak stay documents.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _records(nlp: Language, text: str) -> list[tuple[str | None, str, str, str]]:
    out = []
    for a in checked_attributions(nlp, text):
        content = text[a.content_start : a.content_end] if a.content_start is not None else ""
        out.append((a.speaker, a.speaker_type, a.form, content))
    return out


def test_an_incise_after_a_single_marked_quotation_takes_the_quotation(nlp: Language) -> None:
    text = "Le gardien genevois restait calme après le match. 'Nous avons manqué de lucidité', a-t-il reconnu."
    assert _records(nlp, text) == [("il", "anonymous", "direct", "Nous avons manqué de lucidité")]


def test_apostrophes_inside_the_quotation_do_not_close_it(nlp: Language) -> None:
    text = "Le président du club a réagi dimanche. 'L'équipe n'a pas démérité aujourd'hui', a-t-il estimé."
    found = [(s, f, c) for s, _, f, c in _records(nlp, text)]
    assert found == [("il", "direct", "L'équipe n'a pas démérité aujourd'hui")], found


def test_apostrophes_alone_open_no_quotation(nlp: Language) -> None:
    text = "L'État a annoncé qu'il maintiendrait l'aide aux commerçants jusqu'à l'automne."
    found = _records(nlp, text)
    assert found == [("L'État", "institution", "indirect", "il maintiendrait l'aide aux commerçants jusqu'à l'automne")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le club vaudois a indiqué que son entraîneur resterait en poste jusqu'à la fin de la saison.",
            "Le club vaudois",
        ),
        ("La start-up a assuré que ses vélos en libre-service seraient réparés d'ici lundi.", "La start-up"),
    ],
)
def test_a_club_or_a_start_up_speaks_as_a_body(nlp: Language, text: str, speaker: str) -> None:
    found = [(s, t) for s, t, _, _ in _records(nlp, text)]
    assert [t for _, t in found] == ["institution"] and speaker.startswith(str(found[0][0])), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("L'examen indique que le randonneur était mort avant l'aube.", "L'examen"),
        ("L'annonce de la direction précise que le site fermera en juin.", "L'annonce de la direction"),
    ],
)
def test_nouns_of_things_that_speak_stay_documents(nlp: Language, text: str, speaker: str) -> None:
    found = [(s, t) for s, t, _, _ in _records(nlp, text)]
    assert found == [(speaker, "document")], found


# `selon toute vraisemblance` and its siblings: the writer's own estimate, no source (separate commit).
@pytest.mark.parametrize(
    "text",
    [
        "Le suspect avait, selon toute vraisemblance, quitté la région avant l'arrivée des gendarmes.",
        "Selon toute probabilité, la séance du conseil municipal sera reportée au mois prochain.",
        "Le chalet était, selon toute apparence, inoccupé depuis plusieurs années.",
    ],
)
def test_a_fixed_phrase_of_likelihood_is_no_source(nlp: Language, text: str) -> None:
    assert _records(nlp, text) == []
