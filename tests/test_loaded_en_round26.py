"""English loaded vocabulary, twenty-sixth round (issue 14): the conventions of the biased-sentence
annotators and two classes.

- A loaded word inside a quotation, or inside the clause a named speaker is reported to have said, is
  the speaker's wording: it stays in the output, with `attributed: true`, and `framing evaluate` gives
  a writer-only biased-sentence figure beside the reference one.
- Single curly quotation marks are quotation marks; quotation marks around the name of a measure or of
  a post are no scare quotes; a partisan word inside a party's name is no label.
- An "anti-" agent noun, a "-phobe" word and a camp named by a quoted slogan are loaded. (The passive
  of coercion this round also tried was taken out at integration: 2 of its 22 hits on en_loaded were
  marked spans, and its one hit on the blind B26 was a false one.)

Every sentence here was written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from english_support import english_pipeline
from loaded_support import english_scare_quote_pipeline, scare_quote_words, term_hits
from spacy.language import Language
from typer.testing import CliRunner

from framing.cli.app import app
from framing.types import LoadedHit


@pytest.fixture(scope="module", params=["trained", "rules"])
def en_any(request: pytest.FixtureRequest) -> Language:
    """Scare quotes read in any text (round 37's stance gate off): these tests check the rule's other filters
    one sentence at a time."""
    return english_scare_quote_pipeline(request.param)


@pytest.fixture(scope="module", params=["trained", "rules"])
def en_with_attribution(request: pytest.FixtureRequest) -> Language:
    return english_pipeline(request.param, ("framing_quotes", "framing_lexicon", "framing_attribution"))


def attributed_words(nlp: Language, text: str) -> dict[str, bool]:
    found: list[LoadedHit] = nlp(text)._.framing_loaded
    for hit in found:
        assert text[hit.start : hit.end] == hit.text
    return {h.text: h.attributed for h in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council leader, a vocal anti-masker, skipped the briefing.",
            ("anti-masker", "en-loaded-r26-anti-agent-noun"),
        ),
        (
            "The columnist called the school board transphobic in Sunday's edition.",
            ("transphobic", "en-loaded-r26-phobe-label"),
        ),
        (
            "They belong to the “abolish-the-tax” crowd that rejects every budget.",
            ("” crowd", "en-loaded-r26-quoted-camp"),
        ),
    ],
)
def test_coined_labels(en: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in term_hits(en, text)


@pytest.mark.parametrize(
    "text",
    [
        # nouns that merely end in -er after "anti-", and a phobia that names a fear
        "The lab tested three anti-cancer compounds on Tuesday.",
        "Two agoraphobic patients joined the trial in June.",
        # a partisan word inside a party's name, written out or in brackets after its initials
        "The Communist Party of Nepal joined the talks on Monday.",
        "The CPN (Maoist) and two smaller parties walked out.",
    ],
)
def test_phobias_and_party_names_are_not_flagged(en: Language, text: str) -> None:
    assert term_hits(en, text) == []


def test_a_partisan_word_outside_a_name_still_counts(en: Language) -> None:
    hits = term_hits(en, "A crowd of Marxist students blocked the gate.")
    assert ("Marxist", "en-loaded-r15-partisan-labels") in hits


def test_single_curly_quotes_are_quotation_marks(en: Language, en_any: Language) -> None:
    assert scare_quote_words(en_any, "The ‘savings’ vanished within a year of the merger.") == ["savings"]
    assert attributed_words(en, "Marchers carried signs reading ‘stop the shameful cuts’ through the square.") == {
        "shameful": True
    }


def test_the_name_of_a_measure_or_a_post_is_no_scare_quote(en_any: Language) -> None:
    assert scare_quote_words(en_any, "Owners are exempt from the government’s “export freeze” until March.") == []
    assert scare_quote_words(en_any, "A “fairness commissioner” will sit on the panel from May.") == []
    # one word alone can still be put at a distance
    assert scare_quote_words(en_any, "The “freeze” lasted all of nine days.") == ["freeze"]


def test_words_quoted_with_their_speaker_elsewhere_are_no_scare_quote(en_any: Language) -> None:
    text = (
        "The “winter crisis” returned to every ward this year. "
        "Last January the minister called it a “winter crisis” in parliament."
    )
    assert scare_quote_words(en_any, text) == []
    assert scare_quote_words(en_any, "The “winter crisis” returned to every ward this year.") == ["winter crisis"]


def test_a_speakers_wording_is_attributed(en_with_attribution: Language) -> None:
    nlp = en_with_attribution
    # the reported clause of a named speaker, after a verb that reports a clause
    assert attributed_words(nlp, "Governor Smith says the agency is bloated and wasteful.") == {
        "bloated": True,
        "wasteful": True,
    }
    # a direct quotation
    assert attributed_words(nlp, "“It is a shameful decision,” insisted Jane Doe, a doctor.") == {"shameful": True}
    # the writer's own sentence
    assert attributed_words(nlp, "The agency is bloated and wasteful.") == {"bloated": False, "wasteful": False}


def test_the_writer_only_sentence_figure_leaves_a_speakers_wording_out(tmp_path: Path) -> None:
    text = "Governor Smith says the agency is bloated.\nThe agency is bloated.\nThe agency met on Monday."
    lines = text.split("\n")
    starts = [0, len(lines[0]) + 1, len(lines[0]) + len(lines[1]) + 2]
    labels = ["non-biased", "biased", "non-biased"]
    gold = {
        "a.txt": {
            "sentences": [
                {"start": s, "end": s + len(x), "label": lab} for s, x, lab in zip(starts, lines, labels, strict=True)
            ]
        }
    }
    folder = tmp_path / "set"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "a.txt").write_text(text, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps({"about": "test", "articles": gold}), encoding="utf-8")
    first, second = text.index("bloated"), text.index("bloated", text.index("bloated") + 1)
    loaded = [
        {"start": first, "end": first + 7, "text": "bloated", "voice": "reporter", "attributed": True},
        {"start": second, "end": second + 7, "text": "bloated", "voice": "reporter", "attributed": False},
    ]
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"article": {"path": "a.txt"}, "loaded": loaded}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(folder), "--predictions", str(pred), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    counts = report["counts"]
    # the reference figures read every loaded span, as the shared scorer does: both sentences flagged
    assert (counts["bs_gold"], counts["bs_tp"], counts["bs_pred"], counts["bs_negflag"]) == (1, 1, 2, 1)
    # beside them, the writer's wording only: the speaker's "bloated" no longer flags its sentence
    extra = report["extra_figures"]
    assert (extra["bias_sent_writer_p"], extra["bias_sent_writer_r"]) == (1.0, 1.0)
