"""French hedging, twenty-seventh round, hedgefr30 (issue 14): convention decisions and recurring mechanisms.

Re-mentions of an unnamed source, negated knowledge or confirmation, "rien ne permet de dire", a
sentence-initial "A" read as "À", and indicative "pouvoir" of possibility with a theoretical or future
adverb. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_epistemic, counted_vague_attributions
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Selon une source proche de l'enquête, le suspect a quitté la ville. "
            "Selon cette source, il aurait pris un train pour Lyon.",
            "cette source",
        ),
        (
            "Le site fermera en juin, selon une source syndicale. "
            "Environ 120 postes sont concernés, a ajouté la source interrogée.",
            "la source",
        ),
        (
            "D'après plusieurs sources, le ministre va quitter le gouvernement. "
            "Toujours selon les sources que nous avons jointes, son successeur est déjà choisi.",
            "les sources",
        ),
    ],
)
def test_a_later_mention_of_an_unnamed_source_counts(fr: Language, text: str, mention: str) -> None:
    assert any(mention in words for words in counted_vague_attributions(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Selon cette source, le club a refusé l'offre.",  # no unnamed source before: a source the text knows
        "La police a confirmé l'accident. Les sources ont souligné que la route était glissante, "
        "a déclaré la source.",  # the bare definite anaphor stays uncounted
    ],
)
def test_a_mention_of_a_source_with_no_unnamed_source_before_is_not_counted(fr: Language, text: str) -> None:
    assert counted_vague_attributions(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Les causes de l'incendie n'ont pas encore été formellement établies.",
            "n'ont pas encore été formellement établies",
        ),
        ("Selon le journal, l'accord n'a jamais été confirmé par le club.", "n'a jamais été confirmé"),
        ("Le nombre de blessés n'est par ailleurs pas connu.", "n'est par ailleurs pas connu"),
        (
            "Le bilan reste lourd, et l'origine de la fuite pas encore totalement éclaircie.",
            "pas encore totalement éclaircie",
        ),
        ("Le lien entre les deux affaires n'est toujours pas prouvé.", "n'est toujours pas prouvé"),
    ],
)
def test_negated_knowledge_or_confirmation_is_an_epistemic_hedge(fr: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le conducteur n'était pas connu des services de police.",  # notoriety, not an open fact
        "Le porte-parole n'a pas confirmé l'information.",  # active: what a source did not do
        "Le calendrier final n'a pas encore été fixé.",  # a decision still to take
    ],
)
def test_negation_of_notoriety_or_of_an_act_is_not_a_hedge(fr: Language, text: str) -> None:
    assert counted_epistemic(fr, text) == []


def test_nothing_allows_to_say_is_a_hedge(fr: Language) -> None:
    text = "Rien ne permet, à ce stade, d'affirmer que la souche a muté."
    assert ("epistemic_hedge", "Rien ne permet, à ce stade, d'affirmer") in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rien ne permet de suspecter une contamination de l'eau potable.",
        "Rien ne permet de craindre une pénurie cet hiver, assure le distributeur.",
    ],
)
def test_nothing_allows_to_suspect_reassures_and_is_not_counted(fr: Language, text: str) -> None:
    assert counted_epistemic(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A en croire plusieurs élus, le budget sera voté sans encombre.", "A en croire plusieurs"),
        ("A priori, la rencontre aura lieu comme prévu samedi.", "A priori"),
    ],
)
def test_a_sentence_initial_capital_a_reads_as_a_grave_a(fr: Language, text: str, cue: str) -> None:
    assert any(words == cue for _kind, words in counted_cues(fr, text))


def test_a_verb_a_is_not_read_as_a_grave_a(fr: Language) -> None:
    assert counted_cues(fr, "Le maire a en outre annoncé la fermeture du pont.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ces particules peuvent théoriquement franchir la paroi des cellules.", "peuvent théoriquement franchir"),
        ("Un tarif qui peut donc prochainement dépasser les deux euros.", "peut donc prochainement dépasser"),
        ("L'élu admet que l'on peut très bien avoir une hausse des taux dès l'été.", "on peut très bien avoir"),
    ],
)
def test_indicative_pouvoir_with_a_theoretical_or_future_adverb_is_a_modal_hedge(
    fr: Language, text: str, cue: str
) -> None:
    assert ("modal_hedge", cue) in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il peut prochainement rentrer chez lui, selon son médecin.",  # permission to a person
        "On peut bien dire ce qu'on veut, le chantier avance.",  # concessive
    ],
)
def test_pouvoir_of_permission_or_concession_is_not_a_hedge(fr: Language, text: str) -> None:
    assert not any(kind == "modal_hedge" for kind, _words in counted_cues(fr, text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "« Il ne me paraît pas possible de dire que les prix vont baisser », estime l'économiste.",
            "Il ne me paraît pas possible de dire",
        ),
        ("Il me paraît probable que le texte soit voté avant l'été.", "Il me paraît probable"),
        ("Sur ces molécules, on en sait encore très peu, reconnaît la chercheuse.", "on en sait encore très peu"),
        ("Le calendrier sera tenu, promet le maire. Rien n'est moins sûr.", "Rien n'est moins sûr"),
        ("« J'ai la sensation que l'équipe peut aller loin », confie l'entraîneur.", "J'ai la sensation que"),
        ("Le réseau risque ainsi de saturer dès l'hiver prochain.", "risque ainsi de"),
        ("Les loyers grimpent, au risque de devenir inabordables pour les étudiants.", "au risque de devenir"),
    ],
)
def test_near_misses_of_closed_slots_are_epistemic_hedges(fr: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(fr, text)


def test_sauf_with_a_noun_of_unforeseen_event_is_an_adverb_hedge(fr: Language) -> None:
    text = "Le nouveau pont ouvrira, sauf incident, à la mi-juin."
    assert ("adverb_hedge", "sauf incident") in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il n'est pas possible de stationner devant la mairie pendant les travaux.",  # a ban, not ignorance
        "Le coureur a tout risqué, au risque de sa vie.",  # the noun, no infinitive
        "Rien n'est plus sûr que ce placement, assure la banque.",  # affirms
    ],
)
def test_near_miss_extensions_keep_their_guards(fr: Language, text: str) -> None:
    assert counted_epistemic(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Pour certains distributeurs, la hausse devrait se poursuivre jusqu'en mars.", "Pour certains distributeurs"),
        ("Les chercheurs ont longtemps cru que ce glacier était stable.", "Les chercheurs ont longtemps cru"),
        ("« La filière ne s'en remettra pas », commente un confrère.", "un confrère"),
    ],
)
def test_unnamed_professionals_as_source_are_vague_attributions(fr: Language, text: str, cue: str) -> None:
    assert cue in counted_vague_attributions(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "« Les stocks sont vides », a constaté un journaliste de l'AFP sur place.",  # a named body
        "Les chercheurs ont affirmé que le glacier avait perdu un tiers de sa masse.",  # a saying verb: a fact reported
    ],
)
def test_named_or_reporting_professionals_are_not_vague_attributions(fr: Language, text: str) -> None:
    assert counted_vague_attributions(fr, text) == []
