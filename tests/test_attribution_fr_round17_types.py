"""French speaker types (seventeenth round): a role that goes on quoting the person just named (`reprend
le conseiller`), possessive determiners opening a sentence (`Nos sources`), a source noun before an
outlet's name (`une source Reuters`), and recogniser noise taken for a person. Every sentence here was
written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language

from framing.attribution.coref import person_names
from framing.attribution.resources import load_resources
from framing.attribution.speaker_types import classify


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_role_after_a_named_speaker_is_that_person(nlp: Language) -> None:
    text = (
        "« Les vignes ont beaucoup souffert du froid », indique Paul Granger, de la chambre d'agriculture. "
        "Les dégâts varient d'une parcelle à l'autre. "
        "« Le chardonnay est le plus touché », reprend le conseiller."
    )
    record = by_speaker(nlp, text, "le conseiller")
    assert record.speaker_type == "named_person"
    assert record.resolved is not None and "Paul Granger" in record.resolved


def test_role_after_an_unnamed_speaker_stays_anonymous(nlp: Language) -> None:
    text = (
        "« Les vignes ont beaucoup souffert du froid », confie un viticulteur du village. "
        "Les dégâts varient d'une parcelle à l'autre. "
        "« Le chardonnay est le plus touché », reprend le conseiller."
    )
    assert by_speaker(nlp, text, "le conseiller").speaker_type == "anonymous"


def test_role_with_nobody_named_stays_anonymous(nlp: Language) -> None:
    text = "Les vignes ont beaucoup souffert du froid. « Le chardonnay est le plus touché », reprend le conseiller."
    assert by_speaker(nlp, text, "le conseiller").speaker_type == "anonymous"


def test_a_noun_of_a_thing_does_not_take_the_last_speaker(nlp: Language) -> None:
    text = (
        "« Nous attendons le rapport », explique Louise Chardon, maire de la commune. "
        "Le rapport affirme que la digue a cédé."
    )
    record = by_speaker(nlp, text, "Le rapport")
    assert record.speaker_type == "document"


def test_feminine_resident_after_a_named_speaker(nlp: Language) -> None:
    text = (
        "« Les pistes sont fermées depuis une semaine », regrette Maëlle Dubois, venue skier en famille. "
        "« Nous reviendrons en mars », poursuit cette résidente de Lausanne."
    )
    assert by_speaker(nlp, text, "cette résidente de Lausanne").speaker_type == "named_person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le convoi a quitté la ville jeudi. Nos sources affirment que les otages sont vivants.", "Nos sources"),
        ("Le convoi a quitté la ville jeudi. Selon une source Reuters, les otages sont vivants.", "une source Reuters"),
        ("Le convoi a quitté la ville jeudi. Selon des sources AFP, les otages sont vivants.", "des sources AFP"),
    ],
)
def test_the_outlets_unnamed_sources_are_anonymous(nlp: Language, text: str, speaker: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == "anonymous"


def test_the_outlet_itself_stays_media(nlp: Language) -> None:
    text = "Le convoi a quitté la ville jeudi. Selon Reuters, les otages sont vivants."
    assert by_speaker(nlp, text, "Reuters").speaker_type == "media"


def test_an_elided_particle_is_no_person_name(nlp: Language) -> None:
    doc = nlp("Le magasin n’a pas rouvert depuis les travaux de Paul Granger.")
    res = load_resources("fr")
    names = [doc[start:end].text for start, end in person_names(doc, res)]
    assert all(not name.endswith("’") for name in names)
    assert "Paul Granger" in names


def _span_type(nlp: Language, text: str, words: str) -> str:
    """The type `classify` gives the token range written `words` in `text`."""
    doc = nlp(text)
    start = next(t.i for t in doc if doc[t.i :].text.startswith(words))
    end = next(t.i + 1 for t in doc[start:] if doc[start : t.i + 1].text == words)
    return classify(doc, start, end, load_resources("fr")).type


def test_a_span_opened_on_a_day_and_a_comma_is_typed_by_the_words_after() -> None:
    nlp = pipeline("fr")
    text = "La réunion a eu lieu samedi, le président de la fédération régionale a estimé que le délai était court."
    assert _span_type(nlp, text, "samedi, le président de la fédération régionale") == "named_person"
    assert _span_type(nlp, text, "samedi") == "document"
