"""French attribution, round 38: speakers that are anaphoric noun phrases.

`», a précisé ce dernier`, `selon cette dernière`, `a réagi l'intéressé`, `a répondu le second`: the
tagger reads `dernier`, `intéressé`, `second` as an adjective or a participle, so the noun-phrase walk
found no noun and the attribution was lost after a quotation or a `selon`. These phrases are pronouns:
found in every position, resolved to the mention they stand for and typed by it. Every sentence here
was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language

from framing.types import Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def only(nlp: Language, text: str) -> Attribution:
    records = checked_attributions(nlp, text)
    assert len(records) == 1, [(a.speaker, a.text) for a in records]
    return records[0]


@pytest.mark.parametrize(
    ("text", "speaker", "resolved", "kind"),
    [
        (  # incise after a quotation
            "Le maire de Lyon, Paul Girard, a reçu les commerçants. "
            "« Nous ne fermerons pas le marché », a précisé ce dernier.",
            "ce dernier",
            "Paul Girard",
            "named_person",
        ),
        (
            "La ministre de la Santé, Claire Fontaine, était à Lille. "
            "« Les urgences resteront ouvertes », a indiqué cette dernière.",
            "cette dernière",
            "Claire Fontaine",
            "named_person",
        ),
        (  # selon / d'après
            "Le préfet a rencontré Jean Moreau, le président du club. "
            "Selon ce dernier, le stade sera rénové d'ici 2027.",
            "ce dernier",
            "Jean Moreau",
            "named_person",
        ),
        (
            "L'avocate de la famille, Maître Anne Leroy, a été reçue par le juge. "
            "D'après cette dernière, le dossier est incomplet.",
            "cette dernière",
            "Anne Leroy",
            "named_person",
        ),
        (  # preposed subject + que (already right, kept)
            "Le procureur a rencontré Luc Bernard. Celui-ci a déclaré que l'enquête serait rouverte.",
            "Celui",
            "Luc Bernard",
            "named_person",
        ),
        (  # an unnamed antecedent: anonymous
            "Un responsable syndical était présent devant l'usine. "
            "« Les salariés sont épuisés », a expliqué ce dernier.",
            "ce dernier",
            "Un responsable syndical",
            "anonymous",
        ),
        (  # a body: institution
            "Le parquet de Nantes a ouvert une enquête. D'après ce dernier, le conducteur roulait à 140 km/h.",
            "ce dernier",
            "Le parquet de Nantes",
            "institution",
        ),
        (
            "La mairie de Rennes a publié un bilan. Selon cette dernière, les travaux ont coûté deux millions.",
            "cette dernière",
            "La mairie de Rennes",
            "institution",
        ),
        (  # a text: document
            "Le rapport de la Cour des comptes a été publié mardi. Selon ce dernier, la dette a doublé.",
            "ce dernier",
            "Le rapport de la Cour des comptes",
            "document",
        ),
        (  # plural, inverted: the people just mentioned
            "Le maire a rencontré les habitants du quartier. « Rien ne changera », ont regretté ces derniers.",
            "ces derniers",
            "les habitants du quartier",
            "group",
        ),
    ],
)
def test_demonstrative_speaker_is_resolved_and_typed(
    nlp: Language, text: str, speaker: str, resolved: str, kind: str
) -> None:
    a = only(nlp, text)
    assert (a.speaker, a.resolved, a.speaker_type) == (speaker, resolved, kind)


def test_gender_picks_the_person_where_the_title_tells(nlp: Language) -> None:
    base = "La sénatrice Claire Fontaine a reçu M. Paul Girard à Lyon. « Nous ferons des économies », a assuré {}."
    assert only(nlp, base.format("cette dernière")).resolved == "Claire Fontaine"
    assert only(nlp, base.format("ce dernier")).resolved == "Paul Girard"


@pytest.mark.parametrize(
    ("text", "speaker", "resolved"),
    [
        (
            "Le tribunal a condamné Julien Marchand à un an de prison. "
            "« Je ferai appel », a réagi l'intéressé à la sortie.",
            "l'intéressé",
            "Julien Marchand",
        ),
        (
            "Le conseil a suspendu Marc Leroy. Le principal intéressé a affirmé qu'il contesterait la décision.",
            "Le principal intéressé",
            "Marc Leroy",
        ),
        (
            "Deux candidats se sont affrontés dimanche, Paul Roux et Marc Petit. "
            "« Je ne me retirerai pas », a répondu le second.",
            "le second",
            "Marc Petit",
        ),
        (
            "Deux candidats se sont affrontés dimanche, Paul Roux et Marc Petit. "
            "« Je ne me retirerai pas », a répondu le premier.",
            "le premier",
            "Paul Roux",
        ),
    ],
)
def test_person_phrases_stand_for_a_named_person(nlp: Language, text: str, speaker: str, resolved: str) -> None:
    a = only(nlp, text)
    assert (a.speaker, a.resolved, a.speaker_type) == (speaker, resolved, "named_person")


def test_ordinal_after_things_is_no_guess(nlp: Language) -> None:
    a = only(nlp, "Le conseil a voté deux textes. Le second prévoit que les loyers seront gelés.")
    assert a.resolved is None


@pytest.mark.parametrize(
    "text",
    [
        "Ce dernier point a été discuté longuement par les élus, qui ont voté la motion.",
        "La dernière fois, le maire a affirmé que les travaux seraient finis en mai.",
        "Le dernier rapport a montré que la pauvreté augmente dans la région.",
        "Le premier ministre a affirmé que la réforme serait votée.",
    ],
)
def test_dernier_qualifying_a_noun_is_no_pronoun(nlp: Language, text: str) -> None:
    for a in checked_attributions(nlp, text):
        assert a.resolved is None, (a.speaker, a.resolved)
        assert "dernier" not in a.speaker.lower() or a.speaker_type == "document", a.speaker


@pytest.mark.parametrize(
    ("text", "resolved", "kind"),
    [
        (  # an epicene role: the article tells the gender
            "Le préfet a écrit à la ministre. Selon cette dernière, la réforme sera appliquée en mai.",
            "la ministre",
            "anonymous",
        ),
        (  # a role in apposition before the name tells the gender
            "Mme Claire Fontaine a rencontré le maire, Paul Girard. Selon cette dernière, le projet est abandonné.",
            "Mme Claire Fontaine",
            "named_person",
        ),
        (  # the last thing mentioned, not the subject before it
            "Le ministère a publié un décret. Ce dernier prévoit que les loyers seront gelés.",
            "un décret",
            "document",
        ),
    ],
)
def test_antecedent_of_the_right_gender_and_kind(nlp: Language, text: str, resolved: str, kind: str) -> None:
    a = only(nlp, text)
    assert (a.resolved, a.speaker_type) == (resolved, kind)
