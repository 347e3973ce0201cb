"""French loaded vocabulary, fourteenth round (issue 14): animal labels left alone in a text about
animals (the literal domain of `not_in_text`), a quoted answer ("oui", "non") that is no scare quote,
and the new classes (shock as a state, graphic violence, verbs that paint an act, figures of
commentary, disorder nouns) with the uses that must not match. Every sentence here was written for
the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import french_scare_quote_pipeline, lexicon_hits, lexicon_words
from loaded_support import scare_quote_words as scare_quotes
from spacy.language import Language

from framing.components.lexicon import present_er_infinitive
from framing.lexicons import parse_file

# ------------------------------------------------------------------ literal domain of animal labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une meute de photographes attendait la chanteuse à l'aéroport.", ["meute"]),
        ("Ces vautours de la finance rachètent les usines en faillite.", ["vautours"]),
        ("Le député traite les grévistes comme des bêtes.", ["des bêtes"]),
    ],
)
def test_animal_labels_for_people_still_match(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a report on hunting: hounds, a stag, hunters (three words of the domain)
        "Les chasseurs ont lâché la meute dans la forêt. Les chiens ont suivi le cerf jusqu'au village.",
        # a report on farming: the flock, the shepherd, the sheep
        "Le berger rentre le troupeau le soir. Les vautours tournent au-dessus des brebis malades.",
        # a report on a zoo: the animals are animals
        "Le zoo ferme en hiver. Les soigneurs nourrissent les animaux, singes et ours, et le vétérinaire passe.",
    ],
)
def test_animal_words_are_literal_in_a_text_about_animals(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_two_domain_words_are_not_enough_to_call_the_text_literal(fr: Language) -> None:
    # `in_text_min` is 3: one stray farm word and one dog do not make a text about animals
    text = "Le ministre de l'élevage a promené son chien. Une meute de journalistes l'attendait."
    assert lexicon_words(fr, text) == ["meute"]


def test_a_literal_domain_needs_a_whole_number_minimum(tmp_path: Path) -> None:
    path = tmp_path / "loaded.yaml"
    path.write_text(
        "language: fr\nfamily: loaded\nentries:\n"
        "  - id: t-meute\n    term: meute\n    category: labeling\n    note: n\n"
        "    context: {not_in_text: [chien], in_text_min: 0}\n",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    assert [e.id for e in parsed.entries] == []
    assert any("in_text_min" in p.message for p in parsed.errors)


# ------------------------------------------------------------------ answers in quotation marks


def test_a_quoted_answer_is_no_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quotes(fr, "Le « non » l'a emporté au référendum de dimanche.") == []
    assert scare_quotes(fr, "Les électeurs ont voté « oui » à une large majorité.") == []


def test_a_quoted_word_beside_an_answer_stays_a_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quotes(fr, "Cette « réforme » a coûté cher aux retraités.") == ["réforme"]
    assert scare_quotes(fr, "Ce « non merci » a surpris la direction.") == ["non merci"]


# ------------------------------------------------------------------ new classes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shock and dismay as a state
        ("Les voisins, sidérés, ont appelé la mairie.", ["sidérés"]),
        ("Une foule horrifiée a assisté à la scène.", ["horrifiée"]),
        ("Les commerçants excédés ferment leurs rideaux.", ["excédés"]),
        # violence told in its most graphic word
        ("Le régime torture ses opposants dans les prisons.", ["torture"]),
        ("Des otages ont été égorgés selon l'ONG.", ["égorgés"]),
        # verbs that paint an act
        ("Ces propos enveniment le débat sur les retraites.", ["enveniment"]),
        ("Le gouvernement dorlote les grandes banques.", ["dorlote"]),
        ("La chaîne glorifie les exploits du général.", ["glorifie"]),
        ("Le maire snobe les associations du quartier.", ["snobe"]),
        # figures of commentary and disorder nouns
        ("Le ministre est sur la sellette après ce rapport.", ["sur la sellette"]),
        ("Le club est dans la tourmente depuis l'été.", ["dans la tourmente"]),
        ("La cacophonie gouvernementale inquiète les marchés.", ["cacophonie"]),
        ("La méconnaissance du dossier saute aux yeux.", ["méconnaissance"]),
        # postures and manners told as a figure
        ("La direction s'arc-boute contre toute hausse des salaires.", ["arc-boute"]),
        # an idiom of stance, optional since round 30 (test_loaded_fr_round30.py)
        ("Les syndicats campent sur leurs positions depuis lundi.", []),
        ("L'opposition traîne le maire dans la boue.", ["traîne le maire dans la boue"]),
        ("Ce pays donne des leçons de démocratie au monde.", ["donne des leçons de"]),
        ("La réforme a été menée tambour battant.", ["tambour battant"]),
        ("Le patron a licencié sans états d'âme.", ["sans états d'âme"]),
        ("C'est une unité de façade entre les deux partis.", ["de façade"]),
        ("Cette baisse d'impôt en trompe-l'œil ne convainc pas.", ["en trompe-l'œil"]),
        # figures in the plural, and a cry of exasperation
        ("Ces annonces sont des écrans de fumée.", ["écrans de fumée"]),
        ("Des seigneurs de la guerre tiennent la vallée.", ["seigneurs de la guerre"]),
        # "ras-le-bol" alone is a group's mood, optional since round 37 (test_loaded_fr_round37.py)
        ("Le ras-le-bol des infirmières grandit.", []),
        # verb forms the pipeline does not lemmatise to the class word
        ("Le pouvoir musèle la presse locale.", ["musèle"]),
        ("Les partis instrumentalisent la colère des agriculteurs.", ["instrumentalisent"]),
        ("Cette dette plombe les comptes de la ville.", ["plombe"]),
        # "exacerbé" is optional since round 37 (test_loaded_fr_round37.py); "envenimé" keeps the row
        ("Le conflit, envenimé par la crise, s'étend.", ["envenimé"]),
        # feminine and plural forms of class adjectives the pipeline does not lemmatise
        ("Ces institutions sclérosées freinent tout.", ["sclérosées"]),
        ("Des procédures tarabiscotées découragent les usagers.", ["tarabiscotées"]),
    ],
)
def test_fourteenth_round_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La nouvelle a sidéré les voisins.",  # the verb after an auxiliary, not a state
        "Un homme a été poignardé devant la gare.",  # the plain verb of a crime report
        "Le comité a donné son feu vert au chantier.",  # a neutral idiom
        "Les peintres refont la façade de la mairie.",  # a building's front
        "Le professeur donne des cours du soir.",  # lessons, not lecturing
        "Les monuments illuminés attirent les touristes.",  # lit, not a label
    ],
)
def test_fourteenth_round_plain_uses_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # present forms of -er verbs that also spell a noun, which the lemmatisers leave as they are
        ("Le ministre retourne sa veste.", ["retourne sa veste"]),
        ("Le maire joue avec le feu.", ["joue avec le feu"]),
        ("Les élus traînent le préfet dans la boue.", ["traînent le préfet dans la boue"]),
    ],
)
def test_present_forms_of_er_verbs_reach_their_figure(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize("text", ["La traîne de la robe touche le sol.", "Il a une joue rouge."])
def test_the_noun_the_form_also_spells_does_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_present_er_infinitive() -> None:
    assert [present_er_infinitive(w) for w in ("joue", "joues", "jouent", "de", "ment")] == [
        "jouer",
        "jouer",
        "jouer",
        None,
        None,
    ]


def test_a_state_of_shock_is_emotive_in_the_reporter_s_voice(fr: Language) -> None:
    found = lexicon_hits(fr, "Les parents, atterrés, quittent la réunion.")
    assert [(h.text, h.category, h.voice) for h in found] == [("atterrés", "emotive", "reporter")]
