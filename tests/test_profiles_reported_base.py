"""Round 34: the base of the reporter-voice hedge and booster rates is the reporter's own words.

A hedge in reported speech ("selon le maire, la rénovation pourrait ...") is the speaker's (voice
`reported`, round 32), so the words of that reported speech are no more the reporter's than the hedge:
they leave the base of `hedges_reporter_per_1k` and `boosters_reporter_per_1k`, as quoted words always
did. Loaded hits keep two voices (one in reported speech is the reporter's word choice), so their
reporter base stays the words outside quotes. Sentences written for these tests.

Round 35: the speakers' rates (`hedges_speakers_per_1k`, `boosters_speakers_per_1k`) count the cues quoted
or reported over the words of quotations and reported speech, in the article's `scores` and in the
profiles alike: the quoted-voice rate, inside quotation marks only, missed every hedge of indirect speech.
"""

from __future__ import annotations

import json

import pytest

from framing.analyse import analyse_article
from framing.profiles import METRICS, article_components, article_values, metric_spec
from framing.reported_speech import reported_stretches
from framing.types import Article, ArticleAnalysis, Attribution, Quote

OWN = "Le conseil municipal votera sans doute le budget lundi. "  # 9 words, one hedge of the reporter's
# 3 words of the reporter's (`Selon le maire`), then 10 of the mayor's, with his hedge (`pourrait`)
INDIRECT = OWN + "Selon le maire, la rénovation de la piscine pourrait coûter plus que prévu."
# the same 10 words in quotation marks, then 4 of the reporter's (`a dit le maire`)
DIRECT = OWN + "« La rénovation de la piscine pourrait coûter plus que prévu », a dit le maire."


def analysis(text: str) -> ArticleAnalysis:
    return analyse_article(Article(id="t", text=text, outlet="Le Quotidien", lang="fr"))


@pytest.fixture(scope="module")
def indirect() -> ArticleAnalysis:
    return analysis(INDIRECT)


def test_reported_words_are_counted_and_shown_in_the_json(indirect: ArticleAnalysis) -> None:
    assert [(h.text, h.voice) for h in indirect.hedges] == [("sans doute", "reporter"), ("pourrait coûter", "reported")]
    info = indirect.to_dict()["article"]
    assert (info["words"], info["reported_words"]) == (22, 10)


def test_reporter_hedge_rate_of_indirect_speech_is_per_the_reporters_own_words(indirect: ArticleAnalysis) -> None:
    # one reporter hedge over the 12 words that are the reporter's (22 less the mayor's 10), not over 22
    assert indirect.scores["hedges_reporter_per_1k"] == pytest.approx(1000 / 12, abs=1e-3)
    assert article_values(indirect)["hedges_reporter_per_1k"] == pytest.approx(1000 / 12)
    assert article_components(indirect)["boosters_reporter_per_1k"][1] == 12
    # all voices: every word; loaded hits in reported speech stay the reporter's, so do the words
    assert article_values(indirect)["hedges_per_1k"] == pytest.approx(2000 / 22)
    assert article_components(indirect)["loaded_reporter_per_1k"][1] == 22


def test_quoting_or_reporting_the_same_words_gives_the_reporter_the_same_kind_of_base() -> None:
    direct = analysis(DIRECT)
    assert [h.voice for h in direct.hedges] == ["reporter", "quoted"]
    assert direct.article.reported_words == 0
    # 23 words less the 10 quoted: the reporter's 13 (9 + `a dit le maire`)
    assert direct.scores["hedges_reporter_per_1k"] == pytest.approx(1000 / 13, abs=1e-3)
    assert article_components(direct)["hedges_quoted_per_1k"] == (1, 10)


def test_an_analysis_written_before_round_34_keeps_its_base(indirect: ArticleAnalysis) -> None:
    data = indirect.to_dict()
    del data["article"]["reported_words"]
    old = ArticleAnalysis.from_dict(data)
    assert old.article.reported_words == 0
    assert article_components(old)["hedges_reporter_per_1k"] == (1, 22)


def record(start: int, end: int, content: tuple[int, int], speaker: tuple[int, int], rule: str = "") -> Attribution:
    s_start, s_end = speaker
    c_start, c_end = content
    kind = ("named_person", "indirect", "dire")
    return Attribution(start, end, "x", "X", s_start, s_end, *kind, c_start, c_end, rule=rule)


def test_reported_stretches_leave_out_the_records_own_words_quotes_and_speakerless_records() -> None:
    records = [
        # an inverted incise inside its own content: its cue and speaker are the reporter's words
        record(20, 25, (0, 50), (26, 30)),
        # a record nested in the first one's content: its cue lies in the first one's reported speech
        record(5, 8, (9, 18), (0, 4)),
        # `the claim that ...`: nobody is given a voice, so nothing is reported
        record(60, 65, (66, 90), (60, 65), rule="claim_noun"),
    ]
    quotes = [Quote(40, 45, "x", 0)]
    assert reported_stretches(records, quotes) == [(0, 20), (25, 26), (30, 40), (45, 50)]


def test_a_hedge_in_indirect_speech_counts_in_the_speakers_rate(indirect: ArticleAnalysis) -> None:
    scores = json.loads(json.dumps(indirect.to_dict()))["scores"]  # as `framing analyze --json` prints it
    assert scores["hedges_speakers_per_1k"] == pytest.approx(1000 / 10, abs=1e-3)  # the mayor's hedge, 10 words
    assert article_components(indirect)["hedges_speakers_per_1k"] == (1, 10)
    assert article_values(indirect)["hedges_speakers_per_1k"] == pytest.approx(scores["hedges_speakers_per_1k"])
    assert article_components(indirect)["hedges_quoted_per_1k"] == (0, 0)  # quotation marks only: none here
    # the reporter's own words and the speakers' words make the whole article
    assert article_components(indirect)["hedges_reporter_per_1k"][1] + 10 == indirect.article.words


def test_quoting_or_reporting_the_same_hedge_gives_the_same_speakers_rate(indirect: ArticleAnalysis) -> None:
    direct = analysis(DIRECT)
    assert article_components(direct)["hedges_speakers_per_1k"] == (1, 10)
    assert direct.scores["hedges_speakers_per_1k"] == indirect.scores["hedges_speakers_per_1k"]


def test_the_speakers_rates_are_listed_with_their_description() -> None:
    assert {"hedges_speakers_per_1k", "boosters_speakers_per_1k"} <= set(METRICS)
    spec = metric_spec("hedges_speakers_per_1k")
    assert spec.unit == "per 1k words"
    assert "reported" in spec.description
