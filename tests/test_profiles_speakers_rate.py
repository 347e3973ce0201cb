"""Round 35: the speakers' hedge and booster rates count what a source says in indirect speech too.

A hedge in reported speech ("selon la préfète, les travaux pourraient ...") is the speaker's (voice
`reported`, round 32). The quoted-voice rate counts only cues inside quotation marks over quoted words,
so a reader asking how cautious an outlet's sources are missed every hedge of indirect speech. The
speakers' rates (`hedges_speakers_per_1k`, `boosters_speakers_per_1k`) count quoted and reported cues over
the words of quotations and reported speech, in the article's `scores` and in the profiles alike.
Sentences written for these tests.
"""

from __future__ import annotations

import json

import pytest

from framing.analyse import analyse_article
from framing.profiles import METRICS, article_components, article_values, metric_spec
from framing.types import Article, ArticleAnalysis

OWN = "Le chantier du tramway a sans doute pris du retard cet hiver. "  # 12 words, one reporter hedge
# 3 words of the reporter's (`Selon la préfète`), then 8 of the prefect's, with her hedge (`pourraient`)
INDIRECT = OWN + "Selon la préfète, les travaux pourraient reprendre avant la fin mars."
# the same 8 words quoted, then 4 of the reporter's (`a dit la préfète`)
DIRECT = OWN + "« Les travaux pourraient reprendre avant la fin mars », a dit la préfète."


def analysis(text: str) -> ArticleAnalysis:
    return analyse_article(Article(id="t", text=text, outlet="La Gazette", lang="fr"))


@pytest.fixture(scope="module")
def indirect() -> ArticleAnalysis:
    return analysis(INDIRECT)


def test_a_hedge_in_indirect_speech_counts_in_the_speakers_rate(indirect: ArticleAnalysis) -> None:
    assert [h.voice for h in indirect.hedges if h.counted] == ["reporter", "reported"]
    words, reported = indirect.article.words, indirect.article.reported_words
    assert reported == 8
    scores = json.loads(json.dumps(indirect.to_dict()))["scores"]  # as `framing analyze --json` prints it
    assert scores["hedges_speakers_per_1k"] == pytest.approx(1000 / reported, abs=1e-3)
    assert article_components(indirect)["hedges_speakers_per_1k"] == (1, reported)
    assert article_values(indirect)["hedges_speakers_per_1k"] == pytest.approx(scores["hedges_speakers_per_1k"])
    # the quoted-voice rate still reads quotation marks only: nothing quoted here
    assert article_components(indirect)["hedges_quoted_per_1k"] == (0, 0)
    # the reporter's own words and the speakers' words make the whole article
    own = article_components(indirect)["hedges_reporter_per_1k"][1]
    assert own + reported == words


def test_quoting_or_reporting_the_same_hedge_gives_the_same_speakers_rate(indirect: ArticleAnalysis) -> None:
    direct = analysis(DIRECT)
    assert [h.voice for h in direct.hedges if h.counted] == ["reporter", "quoted"]
    assert article_components(direct)["hedges_speakers_per_1k"] == (1, 8)
    assert direct.scores["hedges_speakers_per_1k"] == indirect.scores["hedges_speakers_per_1k"]


def test_the_speakers_rates_are_listed_with_a_description_in_each_language() -> None:
    assert {"hedges_speakers_per_1k", "boosters_speakers_per_1k"} <= set(METRICS)
    spec = metric_spec("hedges_speakers_per_1k")
    assert spec.unit == "per 1k words"
    assert "reported" in spec.description
