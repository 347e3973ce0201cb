"""French attribution, round 46: phrasal verbs with an adverb inside, frames of blaming, highlighting,
suspecting and holding a proposition, orders (the read sets' convention) and a time adjunct between a
verb and its object. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

# ---------------------------------------------------------------- class P: an adverb inside a phrasal verb


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La préfecture fait également savoir que la route restera fermée.",
            "La préfecture",
            "la route restera fermée",
        ),
        ("Le club fait aussi savoir qu'il ne fera pas appel.", "Le club", "il ne fera pas appel"),
        ("Un bilan fait d'ailleurs état de trois blessés légers.", "Un bilan", "trois blessés légers"),
        (
            "« Le chantier reprendra en mai », fait encore savoir la mairie.",
            "la mairie",
            "Le chantier reprendra en mai",
        ),
        (
            "Les enquêteurs mettent notamment en avant les risques liés au stockage.",
            "Les enquêteurs",
            "les risques liés au stockage",
        ),
    ],
)
def test_phrasal_verb_with_one_adverb_inside(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


def test_a_negation_inside_a_phrasal_verb_is_no_adverb(fr: Language) -> None:
    assert speaker_content_pairs(fr, "Il ne fait pas savoir ce qu'il pense.") == []


# ---------------------------------------------------------------- class F: frames


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le rapport met en cause la gestion du chantier.", "Le rapport", "la gestion du chantier"),
        (
            "Cette étude met en lumière les retards accumulés depuis dix ans.",
            "Cette étude",
            "les retards accumulés depuis dix ans",
        ),
        ("Des experts le soupçonnent d'avoir falsifié les comptes.", "Des experts", "avoir falsifié les comptes"),
        ("La juge soupçonne le gérant d'avoir caché des fonds.", "La juge", "avoir caché des fonds"),
        ("La police le suspecte d'avoir pris la fuite.", "La police", "avoir pris la fuite"),
        (
            "Des chercheurs soutenaient l'idée que le climat avait joué un rôle.",
            "Des chercheurs",
            "le climat avait joué un rôle",
        ),
        ("Le ministre défend la thèse que la crise sera brève.", "Le ministre", "la crise sera brève"),
        (
            "Les enquêteurs privilégient l'hypothèse que le feu est accidentel.",
            "Les enquêteurs",
            "le feu est accidentel",
        ),
        (
            "Un rapport pointe des manques dans la formation des agents.",
            "Un rapport",
            "des manques dans la formation des agents",
        ),
    ],
)
def test_frames(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le trésorier du club de voile est mis en cause.",
        "Un incendie a mis en lumière la vétusté du bâtiment.",
        "Le gérant est soupçonné d'avoir caché des fonds.",
        "L'agence soupçonne de multiples infractions.",
        "La maire défend l'idée d'un impôt local.",
        "L'aiguille pointe vers le nord.",
        "Il pointe le doigt vers la porte.",
        "Le club pointe à la troisième place du classement.",
    ],
)
def test_frames_without_a_source_or_a_content(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ---------------------------------------------------------------- class O: orders


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le général a ordonné aux soldats de « ne plus tirer ».", "Le général", "ne plus tirer"),
        ("La juge a sommé le prévenu de « tout dire ».", "La juge", "tout dire"),
    ],
)
def test_orders_with_a_clause_or_quoted_words(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le commandant a ordonné de tirer sur les véhicules.",
        "La cour a ordonné la saisie de ses biens.",
        "Le président a ordonné une hausse du volume de données fournies au régime.",
        "Le président a ordonné une hausse des effectifs ainsi que du matériel fourni par l'armée.",
        "La juge a sommé le prévenu de s'expliquer sur ces virements.",
        "L'ONU a enjoint les deux camps de respecter la trêve.",
    ],
)
def test_orders_of_a_bare_act_report_nothing(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ---------------------------------------------------------------- class T: a time adjunct before the object


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le ministre dénonce ce matin la hausse des loyers.", "Le ministre", "la hausse des loyers"),
        ("La fédération déplore lundi 3 mars la hausse des tarifs.", "La fédération", "la hausse des tarifs"),
    ],
)
def test_time_adjunct_between_verb_and_object(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le gardien, qui pour l'heure est suspecté d'avoir ouvert la porte, a été entendu mardi soir.",
        "Un adjoint au maire est soupçonné par les enquêteurs d'avoir truqué un marché public.",
        "Un agent soupçonné d'avoir falsifié des fiches de paie a été suspendu.",
    ],
)
def test_the_one_suspected_is_no_source(fr: Language, text: str) -> None:
    """A passive or a participle after its noun names the suspect: `soupçonner` speaks in the active only."""
    assert speaker_content_pairs(fr, text) == []


def test_a_suspicion_with_avoir_keeps_its_source(fr: Language) -> None:
    text = "Les douaniers l'ont longtemps soupçonné d'avoir caché la marchandise dans un entrepôt."
    assert ("Les douaniers", "avoir caché la marchandise dans un entrepôt") in speaker_content_pairs(fr, text)
