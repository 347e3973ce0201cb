"""The voice of a hedge or booster in reported speech (round 32): `reported`, the speaker's, not the writer's.

A cue inside what an attribution record says a speaker said, outside quotation marks, is `reported`; a
vague attribution, a cue on the attribution's own verb and the writer's own sentences stay `reporter`;
quotation marks still give `quoted`. The reporter-voice rates leave reported cues out, and the terminal
table, the report's evidence and the span export name the speaker. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from hedging_support import english_hedging_pipeline
from spacy.language import Language

from framing.analyse import analyse_article
from framing.export import span_rows
from framing.nlp import load_pipeline
from framing.render.evidence import article_evidence
from framing.types import Article, CertaintyCue


@pytest.fixture(scope="module")
def nlp_fr() -> Language:
    return load_pipeline("fr")


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


def cue(nlp: Language, text: str, word: str) -> CertaintyCue:
    doc = nlp(text)
    found = [c for c in [*doc._.framing_hedges, *doc._.framing_boosters] if word in c.text]
    assert len(found) == 1, [(c.text, c.kind, c.voice) for c in [*doc._.framing_hedges, *doc._.framing_boosters]]
    return found[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le directeur de l'usine estime que la production pourrait reprendre en mars.", "pourrait"),
        ("Selon la préfecture, l'incendie aurait détruit une dizaine de hangars.", "aurait détruit"),
        ("La digue a probablement cédé dans la nuit, a indiqué le maire de la commune.", "probablement"),
        ("Le syndicat a affirmé que la grève serait sans doute suivie par les contrôleurs.", "sans doute"),
    ],
)
def test_a_hedge_inside_french_reported_speech_is_the_speakers(nlp_fr: Language, text: str, word: str) -> None:
    found = cue(nlp_fr, text, word)
    assert found.counted
    assert found.voice == "reported"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La production pourrait reprendre en mars, faute de pièces détachées.", "pourrait"),
        ("L'incendie aurait détruit une dizaine de hangars dans la nuit.", "aurait détruit"),
    ],
)
def test_the_writers_own_hedge_stays_the_reporters(nlp_fr: Language, text: str, word: str) -> None:
    assert cue(nlp_fr, text, word).voice == "reporter"


def test_a_vague_attribution_stays_the_writers_hedge(nlp_fr: Language) -> None:
    text = "Selon certains observateurs, le scrutin serait reporté à l'automne."
    assert cue(nlp_fr, text, "Selon certains").voice == "reporter"
    assert cue(nlp_fr, text, "serait reporté").voice == "reported"


def test_a_conditional_on_the_verb_of_saying_doubts_the_saying(nlp_fr: Language) -> None:
    found = cue(nlp_fr, "Le président du club aurait déclaré que l'entraîneur resterait.", "aurait déclaré")
    assert found.voice == "reporter"


def test_quotation_marks_still_make_a_hedge_quoted(nlp_fr: Language) -> None:
    text = "« La récolte sera probablement plus faible », a estimé l'agriculteur."
    assert cue(nlp_fr, text, "probablement").voice == "quoted"


def test_an_english_hedge_in_reported_speech_is_the_speakers(nlp_en: Language) -> None:
    assert cue(nlp_en, "Officials said the storm could reach the coast by Friday.", "could").voice == "reported"
    assert cue(nlp_en, "The storm could reach the coast by Friday.", "could").voice == "reporter"
    assert cue(nlp_en, "The minister reportedly said the plan was on track.", "reportedly").voice == "reporter"


def test_reporter_rate_and_evidence_leave_reported_hedges_to_their_speaker(nlp_fr: Language) -> None:
    text = (
        "Selon la préfecture, l'incendie aurait détruit une dizaine de hangars. "
        "La zone pourrait rester fermée plusieurs jours."
    )
    analysis = analyse_article(Article(id="a", text=text, outlet="x", lang="fr"))
    voices = {h.text: h.voice for h in analysis.hedges if h.counted}
    assert voices == {"aurait détruit": "reported", "pourrait rester": "reporter"}
    # the overall rate counts both, the reporter's own rate only the writer's hedge, over the writer's own
    # words: the 8 of the prefecture's reported clause are left out of its base (round 34)
    assert analysis.scores["hedges_per_1k"] == pytest.approx(2000 / analysis.article.words, abs=1e-3)
    assert analysis.article.reported_words == 8
    own_words = analysis.article.words - 8
    assert analysis.scores["hedges_reporter_per_1k"] == pytest.approx(1000 / own_words, abs=1e-3)
    details = {item.text: dict(item.details) for item in article_evidence(analysis) if item.family == "hedge"}
    assert details["aurait détruit"]["Speaker"] == "la préfecture"
    assert "Speaker" not in details["pourrait rester"]
    rows = {row["text"]: row for row in span_rows([analysis]) if row["family"] == "hedge"}
    assert (rows["aurait détruit"]["voice"], rows["aurait détruit"]["speaker"]) == ("reported", "la préfecture")
    assert (rows["pourrait rester"]["voice"], rows["pourrait rester"]["speaker"]) == ("reporter", None)
