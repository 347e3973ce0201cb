"""French role nouns as speakers (sixteenth round): a demonstrative role (`cette adjointe`), a role no
list has that the text puts against a name (`le berger X`), a role with the name in apposition before it
(`X, présidente de ..., estime`). Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language

from framing.attribution.coref import Mention, resolve
from framing.attribution.resources import load_resources
from framing.attribution.speaker_types import classify


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_demonstrative_role_after_the_name_is_the_person(nlp: Language) -> None:
    text = (
        "La mairie a reçu Juliette Mercier, adjointe chargée des écoles. "
        "Cette adjointe estime que les travaux dureront tout l'été."
    )
    assert by_speaker(nlp, text, "Cette adjointe").speaker_type == "named_person"


def test_demonstrative_role_nobody_named_stays_anonymous(nlp: Language) -> None:
    text = "La réunion a duré deux heures. Cette adjointe estime que les travaux dureront tout l'été."
    assert by_speaker(nlp, text, "Cette adjointe").speaker_type == "anonymous"


def test_unlisted_role_given_to_a_name_is_the_person(nlp: Language) -> None:
    text = (
        "Le berger Mathieu Lagarde a perdu douze brebis cette semaine dans la vallée. "
        "Selon le berger, les attaques ont eu lieu la nuit."
    )
    assert by_speaker(nlp, text, "le berger").speaker_type == "named_person"


def test_unlisted_role_with_no_name_is_not_named(nlp: Language) -> None:
    text = "Douze brebis sont mortes cette semaine dans la vallée. Selon le berger, les attaques ont eu lieu la nuit."
    assert by_speaker(nlp, text, "le berger").speaker_type != "named_person"


def _role_mention_type(nlp: Language, text: str, role: str) -> str:
    """The type the resolver gives a speaker mention the parser cut to the role words alone."""
    doc = nlp(text)
    res = load_resources("fr")
    start = next(t.i for t in doc if t.text == role.split()[0])
    end = start + len(nlp.tokenizer(role))
    mention = Mention(start, end, classify(doc, start, end, res), end)
    resolve(doc, [mention], res, None)  # type: ignore[arg-type]  # no pronoun: the finder is not used
    return mention.info.type


@pytest.mark.parametrize(
    ("text", "role", "kind"),
    [
        (
            "Hélène Barbier, présidente de l'association des commerçants estime que le marché doit rester ouvert.",
            "présidente de l'association des commerçants",
            "named_person",
        ),
        (
            "Ce matin, présidente de l'association des commerçants, Hélène Barbier a rappelé les règles.",
            "présidente de l'association des commerçants",
            "named_person",
        ),
        (
            "Au marché, présidente de l'association des commerçants estime que la ville doit agir.",
            "présidente de l'association des commerçants",
            "anonymous",
        ),
    ],
)
def test_name_in_apposition_next_to_the_role_subject(nlp: Language, text: str, role: str, kind: str) -> None:
    assert _role_mention_type(nlp, text, role) == kind


def test_demonym_next_to_a_name_is_not_a_role(nlp: Language) -> None:
    text = (
        "Le chancelier allemand Paul Wagner a rencontré ses homologues hier à Bruxelles. "
        "« Pourquoi payer plus ? », demande l'Allemand moyen."
    )
    records = [a for a in found(nlp, text) if a.speaker and "Allemand" in a.speaker]
    assert records and all(a.speaker_type != "named_person" for a in records)


def test_role_after_a_person_called_by_her_given_name(nlp: Language) -> None:
    text = (
        "« Il ne reste qu'un carton de vaccins sur l'étagère », montre Nadège. "
        "Les fournisseurs ne répondent plus, explique la pharmacienne."
    )
    assert by_speaker(nlp, text, "la pharmacienne").speaker_type == "named_person"


def test_role_with_no_given_name_before_stays_anonymous(nlp: Language) -> None:
    text = (
        "« Il ne reste qu'un carton de vaccins sur l'étagère », montre une cliente. "
        "Les fournisseurs ne répondent plus, explique la pharmacienne."
    )
    assert by_speaker(nlp, text, "la pharmacienne").speaker_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "role", "kind"),
    [
        (
            "Le foyer est maîtrisé, a indiqué directeur adjoint de l'Agence Josiane Evrard hier soir.",
            "directeur adjoint de l'Agence Josiane Evrard",
            "named_person",
        ),
        (
            "Le foyer est maîtrisé, a indiqué la voisine de Josiane Evrard hier soir.",
            "voisine de Josiane Evrard",
            "anonymous",
        ),
    ],
)
def test_role_phrase_ending_with_a_name(nlp: Language, text: str, role: str, kind: str) -> None:
    assert _role_mention_type(nlp, text, role) == kind
