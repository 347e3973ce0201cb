"""French loaded words read through their family or their syntax, twenty-second round (issue 14):
action nouns made from a verb of the loaded lexicon carry its judgement ("gaspillage" <- "gaspiller"),
and a verb of abrupt movement counts when a noun is its subject ("les tarifs se sont envolés"), not when
a person or a thing moves. Every sentence here was written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_hits
from spacy.language import Language

from framing.derived import base_of, load_rules, participle_verb
from framing.lexicons import load_entries
from framing.nlp import load_pipeline


def derived_hits(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.term) for h in lexicon_hits(nlp, text) if h.term.startswith("fr-derived-")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministère annonce des amputations dans le budget des musées.", "amputations"),
        ("Les élus dénoncent ce gaspillage depuis des mois.", "gaspillage"),
        ("La brutalité de cette réforme a surpris les syndicats.", "brutalité"),
    ],
)
def test_action_noun_of_a_loaded_verb(fr: Language, text: str, expected: str) -> None:
    assert derived_hits(fr, text) == [(expected, "fr-derived-nouns")]


def test_derived_noun_takes_the_verbs_category_and_names_it_in_its_note(fr: Language) -> None:
    [hit] = [h for h in lexicon_hits(fr, "Les élus dénoncent ce gaspillage depuis des mois.") if h.text == "gaspillage"]
    assert "« gaspiller »" in hit.note
    entries = load_entries("fr", "loaded")
    assert hit.category == next(e.category for e in entries if "gaspiller" in str(e.pattern or e.term))


@pytest.mark.parametrize(
    "text",
    [
        "Le marché a vendu trois tonnes de pommes.",  # "tonne" is no action noun of "tonner"
        "Il a payé en liquide au guichet.",  # nor "liquide" of "liquider"
        "La station de lavage ouvre à huit heures.",  # "lavage": "laver" is no loaded verb
        "La maternité de la ville rouvre en mai.",  # "maternité" is no quality of a listed adjective
    ],
)
def test_plain_nouns_are_not_read_as_derived(fr: Language, text: str) -> None:
    assert derived_hits(fr, text) == []


NOUNS = {"amputation": "amputer", "gaspillage": "gaspiller", "brutalité": "brutal", "malveillance": "malveillant"}


def test_suffix_pairs_read_the_verb_or_the_adjective() -> None:
    rules = load_rules(load_entries("fr", "derived"), load_entries("fr", "loaded"))
    assert rules is not None
    assert {noun: (base_of(noun, rules) or ("", None))[0] for noun in NOUNS} == NOUNS
    assert base_of("tonne", rules) is None
    assert base_of("lavage", rules) is None
    assert base_of("maternité", rules) is None  # "materne" is listed as a form of a verb, not a lemma


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les tarifs du gaz se sont envolés depuis janvier.", ["envolés"]),
        ("Les tarifs ont bondi cette semaine.", ["bondi"]),
        # a person or an animal that jumps: literal movement
        ("Il a bondi hors de la voiture.", []),
        ("Le chat a bondi sur la table.", []),
    ],
)
def test_movement_verb_needs_a_noun_subject(fr: Language, text: str, expected: list[str]) -> None:
    assert [t for t, term in derived_hits(fr, text) if term == "fr-derived-mouvement-quantite"] == expected


def test_participle_tagged_as_adjective_is_read_through_its_verb() -> None:
    verbs = {"bondir", "envoler", "fondre"}
    assert [participle_verb(f, verbs) for f in ("bondi", "envolées", "fondu", "bondissant")] == [
        "bondir",
        "envoler",
        "fondre",
        None,
    ]


def test_english_has_no_derived_rules() -> None:
    assert load_rules(load_entries("en", "derived"), load_entries("en", "loaded")) is None


DEGREE = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "degree.yaml"


@pytest.mark.parametrize(
    ("text", "default", "with_degree"),
    [
        ("La mairie impose une règle très stricte aux commerçants.", [], ["très stricte"]),
        ("Le repas n'était pas très cher.", [], []),  # a negated degree: mild wording, not a judgement
        ("« Le texte est très strict », a dit le maire.", [], []),  # a speaker's degree
    ],
)
def test_optional_degree_frame(fr: Language, text: str, default: list[str], with_degree: list[str]) -> None:
    degree = load_pipeline("fr", (str(DEGREE),))
    term = "fr-loaded-r22-degre-adjectif"
    assert [h.text for h in lexicon_hits(fr, text) if h.term == term] == default
    assert [h.text for h in lexicon_hits(degree, text) if h.term == term] == with_degree
