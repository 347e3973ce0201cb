"""French graded evaluative tier, twenty-first round (issue 14): adjectives and adverbs that the Pattern
French subjectivity lexicon rates as judging count as loaded hits of their own category `evaluative`,
in the reporter's voice or alone in a short quotation, at most one per sentence, through the parse
(adverbs in -ment through their adjective, the copula of a predicative adjective), never in a name.
The optional file adds quality nouns through their adjective. Every sentence here was written for the
test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from loaded_support import lexicon_hits
from spacy.language import Language

from framing.evaluative import adjective_by_endings, load_tier
from framing.lexicons import load_entries
from framing.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
NOUNS = ROOT / "lexicons" / "fr" / "optional" / "evaluative_nouns.yaml"
TIER = ROOT / "lexicons" / "fr" / "optional" / "evaluative_tier.yaml"


@pytest.fixture(scope="module")
def fr_default() -> Language:
    return load_pipeline("fr")


@pytest.fixture(scope="module")
def fr() -> Language:
    """The tier is off by default since round 32; its optional file turns it on."""
    return load_pipeline("fr", (str(TIER),))


@pytest.fixture(scope="module")
def fr_nouns() -> Language:
    return load_pipeline("fr", (str(TIER), str(NOUNS)))


def test_the_tier_is_off_by_default_and_its_optional_file_turns_it_on(fr_default: Language, fr: Language) -> None:
    text = "La mairie a présenté un plan surprenant pour le port."
    assert evaluative(fr_default, text) == []
    assert evaluative(fr, text) == ["surprenant"]


def evaluative(nlp: Language, text: str) -> list[str]:
    return [h.text for h in lexicon_hits(nlp, text) if h.category == "evaluative"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le conseil a adopté un budget ennuyeux pour la saison.", ["ennuyeux"]),
        ("La mairie a présenté un plan surprenant pour le port.", ["surprenant"]),
        # one hit per sentence: the first evaluative word
        ("Le maire a tenu un discours surprenant et ennuyeux devant le conseil.", ["surprenant"]),
        # an adverb the small model tags as a noun is read through its adjective ("agressive")
        ("Le club a joué agressivement en seconde période.", ["agressivement"]),
    ],
)
def test_evaluative_words_in_the_reporters_voice(fr: Language, text: str, expected: list[str]) -> None:
    assert evaluative(fr, text) == expected


def test_hit_is_graded_and_weighted_below_a_class_entry(fr: Language) -> None:
    [hit] = [h for h in lexicon_hits(fr, "Le conseil a adopté un budget ennuyeux.") if h.category == "evaluative"]
    assert hit.voice == "reporter"
    assert hit.term == "fr-eval-ennuyeux"
    assert hit.weight_source == "entry" and 0 < hit.weight <= 1.0


def test_joins_a_sentence_a_class_already_hit(fr: Language) -> None:
    # French spans count one by one, so the tier does not wait for a sentence with no other hit
    hits = lexicon_hits(fr, "Ce fiasco a laissé un bilan ennuyeux.")
    assert [(h.text, h.category) for h in hits] == [("fiasco", "dramatizing"), ("ennuyeux", "evaluative")]


def test_a_speakers_word_quoted_alone_counts(fr: Language) -> None:
    [hit] = [h for h in lexicon_hits(fr, "Le maire a qualifié le budget d'« ennuyeux » devant la presse.")]
    assert (hit.text, hit.category, hit.voice) == ("ennuyeux", "evaluative", "quoted")


@pytest.mark.parametrize(
    "text",
    [
        # a long quotation is the speaker's wording, not the reporter's choice of a word
        "« Ce budget est ennuyeux et il ne mène nulle part, nous le refuserons », a déclaré le maire.",
        # the feeling of a person (UD copula: the subject hangs on the adjective)
        "Ils sont très heureux de cette décision.",
        "Les habitants sont furieux contre la mairie.",
        # a name or a title
        "Le film Surprenante Rencontre sort demain au cinéma.",
        # stopped words: their hits were mostly plain on the read sets
        "Un bon nombre de familles ont une belle maison.",
        # a participle is a verb form, not an adjective of the lexicon
        "Le stade a été abandonné par le club.",
    ],
)
def test_no_evaluative_hit(fr: Language, text: str) -> None:
    assert evaluative(fr, text) == []


def test_quality_nouns_only_with_the_optional_file(fr: Language, fr_nouns: Language) -> None:
    text = "L'agressivité du club a surpris les arbitres."
    assert evaluative(fr, text) == []
    assert evaluative(fr_nouns, text) == ["agressivité"]
    assert evaluative(fr_nouns, "Le club a réservé la salle pour la saison.") == []


def test_endings_read_an_adverb_or_a_noun_through_its_adjective() -> None:
    words = {"honteuse", "méchant", "violent", "aisé", "absolu", "lâche", "absurde"}
    adverbs = [("amment", "ant"), ("emment", "ent"), ("ément", "é"), ("ument", "u"), ("ment", "")]
    assert adjective_by_endings("honteusement", words, adverbs) == "honteuse"
    assert adjective_by_endings("méchamment", words, adverbs) == "méchant"
    assert adjective_by_endings("violemment", words, adverbs) == "violent"
    assert adjective_by_endings("aisément", words, adverbs) == "aisé"
    assert adjective_by_endings("absolument", words, adverbs) == "absolu"
    assert adjective_by_endings("gouvernement", words, adverbs) is None
    nouns = [("ité", ""), ("ité", "e"), ("eté", "e")]
    assert adjective_by_endings("absurdité", words, nouns) == "absurde"
    assert adjective_by_endings("lâcheté", words, nouns) == "lâche"


def test_french_rule_and_english_rule() -> None:
    assert load_tier(load_entries("fr", "evaluative")) is None  # off by default since round 32
    tier = load_tier(load_entries("fr", "evaluative", (TIER,)))
    assert tier is not None and tier.voice == "reporter" and tier.with_other_hits
    assert tier.adverb_endings and not tier.noun_endings and tier.quoted_max_words > 0
    assert "bon" not in tier.words and "belle" not in tier.words
    for entry in tier.words.values():
        assert entry.data["subjectivity"] >= tier.rule.data["min_subjectivity"]
        assert abs(entry.data["polarity"]) >= tier.rule.data["min_polarity"]
        assert 0 < entry.weight <= 1.0
    # a form the source rates itself is judged by its own values, not through its adjective
    assert "parfaitement" in tier.listed and "parfaitement" not in tier.words
    english = load_tier(load_entries("en", "evaluative"))
    assert english is not None and not english.with_other_hits and not english.adverb_endings


def test_build_script_repairs_the_french_values(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_evaluative", ROOT / "tools" / "build_evaluative.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_evaluative"] = module
    spec.loader.exec_module(module)
    xml = tmp_path / "fr-sentiment.xml"
    xml.write_text(
        '<sentiment language="fr" license="PDDL">'
        '<word form="haineux" pos="JJ" polarity="-0.38" subjectivity="-0.80" />'
        '<word form="plein" pos="JJ" polarity="0.29" subjectivity="0.30" />'
        '<word form="plein" pos="RB" polarity="0.25" subjectivity="35.0" />'
        '<word form="élégant" pos="JJ" polarity="0.7" subjectivity="0.7" />'
        "</sentiment>",
        encoding="utf-8",
    )
    values = module.pattern_values(xml, "fr")
    assert values["haineux"] == pytest.approx((-0.38, 0.8))  # the subjectivity's sign dropped
    assert values["plein"] == pytest.approx((0.29, 0.3))  # the out-of-range sense skipped
    assert "élégant" in values  # accented forms are words
