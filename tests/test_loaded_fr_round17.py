"""French loaded vocabulary, seventeenth round (issue 14): classes of blame, annoyance, intractability,
intransigence, slapdash work and praise of results; "véritable" / "vrai" as emphasis; frames of
emphasis; verbs of attitude and rough handling; nouns of judged speech; a second batch of idioms; and
the plain uses that must not match (negation, legal and administrative senses, literal domains, plain
degree after a strong intensifier, the participle "parvenu", the adjective "floue", "au pire" as an
adverb of reasoning). Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commune a choisi une méthode critiquable pour recruter.", ["critiquable"]),
        ("Les moyens alloués aux écoles restent inadéquats.", ["inadéquats"]),
        ("Le retard du chantier est agaçant pour les riverains.", ["agaçant"]),
        ("Le bilan de la saison est démoralisant.", ["démoralisant"]),
        ("Le problème du stationnement paraît insoluble.", ["insoluble"]),
        # "épineux" is a stock idiom, optional since round 37 (test_loaded_fr_round37.py)
        ("Le dossier épineux du port revient au conseil.", []),
        ("Il existe une injustice criante entre les quartiers.", ["criante"]),
        ("Le texte a été voté dans un climat hostile.", ["hostile"]),
        ("Le ministre reste inflexible sur le calendrier.", ["inflexible"]),
        ("La réforme a été bâclée en quelques semaines.", ["bâclée"]),
        ("La coopération entre les deux villes a été fructueuse.", ["fructueuse"]),
        ("Les premiers résultats sont décevants.", ["décevants"]),
    ],
)
def test_evaluative_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # negated verdicts
        "Le choix du maire n'est pas critiquable.",
        "La hausse n'est guère décevante.",
        # the legal term, not a verdict of obviousness
        "Le suspect a été arrêté en flagrant délit.",
        # the administrative senses of "extraordinaire" are left out of the praise class
        "Le conseil se réunira en session extraordinaire lundi.",
    ],
)
def test_negated_and_legal_uses_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ce chantier est une véritable épreuve pour les commerçants.", ["véritable"]),
        ("Le stationnement est un vrai problème dans le centre.", ["vrai"]),
        ("Le quartier connaît de vrais problèmes de stationnement.", ["vrais"]),
        ("Le résultat est pour le moins surprenant.", ["pour le moins surprenant"]),
        ("Le calendrier est des plus serrés.", ["est des plus serrés"]),
        ("Cette hausse est la taxe de trop pour les ménages.", ["la taxe de trop"]),
        ("Quelle belle leçon de démocratie!", ["Quelle belle"]),
    ],
)
def test_frames_of_emphasis(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plain superlative, not emphasis
        "C'est l'un des plus grands ports du pays.",
        # "le véritable" + noun names the real one, it does not emphasise
        "Le véritable nom du village figure sur la carte.",
        # "rien de vrai" is a judgement of truth, not emphasis
        "Il n'y a rien de vrai dans cette rumeur.",
        # "au pire" alone is an adverb of reasoning
        "Au pire, les travaux dureront un mois de plus.",
    ],
)
def test_plain_frames_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_au_pire_before_a_noun_still_matches(fr: Language) -> None:
    assert lexicon_words(fr, "La panne est arrivée au pire moment.") == ["au pire moment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le directeur s'entête malgré les avertissements.", ["s'entête"]),
        ("Les responsables se terrent dans leurs bureaux.", ["se terrent"]),
        ("Les équipes sont malmenées depuis des mois.", ["malmenées"]),
        ("Les infirmières sont assaillies de demandes.", ["assaillies"]),
        ("Le service croule sous les dossiers.", ["croule sous"]),
        ("Le député a répondu par une longue diatribe.", ["diatribe"]),
        ("Le secteur a connu une véritable euphorie.", ["véritable", "euphorie"]),
        ("Les subventions sont une manne pour les clubs.", ["manne"]),
    ],
)
def test_verbs_and_nouns(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


def test_judged_speech_noun_is_literal_in_a_court_report(fr: Language) -> None:
    text = (
        "Au tribunal, le procureur a prononcé un réquisitoire de deux heures. "
        "L'avocat de la défense a répondu devant la cour."
    )
    assert lexicon_words(fr, text) == []


def test_mammoth_is_literal_in_a_text_about_prehistory(fr: Language) -> None:
    assert lexicon_words(fr, "L'administration est un mammouth qui ne bouge pas.") == ["mammouth"]
    text = "Les ossements d'un mammouth ont été trouvés dans le permafrost, avec des outils de la préhistoire."
    assert lexicon_words(fr, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Chine a damé le pion à ses concurrents.", ["damé le pion"]),
        # optional since round 37 (test_loaded_fr_round37.py)
        ("Le club a signé, au grand dam de ses supporters.", []),
        ("Le lobby est arrivé à ses fins.", ["arrivé à ses fins"]),
        ("Les négociations sont au point mort.", ["au point mort"]),
        ("Le ministre a fait machine arrière.", ["machine arrière"]),
        # optional since round 37 (test_loaded_fr_round37.py)
        ("Les locataires font les frais de la réforme.", []),
        ("Le dossier est dans l'impasse depuis l'été.", ["dans l'impasse"]),
        ("Le gouvernement navigue à vue.", ["navigue à vue"]),
    ],
)
def test_idioms(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


def test_idiom_with_a_literal_domain(fr: Language) -> None:
    text = "Un nageur est tombé à l'eau près de la plage ; les sauveteurs l'ont ramené."
    assert lexicon_words(fr, text) == []
    assert lexicon_words(fr, "Le projet de tramway est tombé à l'eau.") == ["tombé à l'eau"]


@pytest.mark.parametrize(
    "text",
    [
        "Le quartier a tellement changé en dix ans.",
        "Les causes de la panne sont parfaitement identifiées.",
        "Le message du préfet est absolument clair.",
        "Le village a totalement disparu sous les eaux.",
    ],
)
def test_strong_intensifier_before_plain_degree_does_not_match(fr: Language, text: str) -> None:
    assert [h.text for h in lexicon_hits(fr, text) if h.term == "fr-loaded-intensif-fort"] == []


def test_strong_intensifier_still_matches_a_judgement(fr: Language) -> None:
    hits = lexicon_hits(fr, "Les soignants sont complètement épuisés.")
    assert [(h.text, h.term) for h in hits] == [("complètement épuisés", "fr-loaded-intensif-fort")]


def test_parvenu_participle_and_noun(fr: Language) -> None:
    assert lexicon_words(fr, "Les négociateurs sont parvenus à un accord.") == []
    hits = lexicon_hits(fr, "Le maire traite son rival de parvenu.")
    assert [(h.text, h.category) for h in hits] == [("parvenu", "labeling")]


def test_floue_adjective_and_flouer(fr: Language) -> None:
    assert lexicon_words(fr, "La règle reste floue pour les parents.") == []
    assert lexicon_words(fr, "Les clients ont été floués par la banque.") == ["floués"]


@pytest.mark.parametrize(
    "text",
    [
        # the verb in -ant, not the adjective
        "Le gouvernement a agi en décourageant les investisseurs.",
        # "can no longer", not emphasis
        "La commune ne peut plus attendre les subventions.",
        # "real" wolves in a text about animals
        "Les analyses montrent que ce ne sont pas de véritables loups mais des chiens, selon l'éleveur du troupeau.",
    ],
)
def test_verbs_in_ant_and_literal_real_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_giants_of_an_industry_but_not_a_giant_screen(fr: Language) -> None:
    assert lexicon_words(fr, "Les géants du numérique paient peu d'impôts en Europe.") == ["géants du"]
    assert lexicon_words(fr, "La mairie installe un écran géant de dix mètres.") == []


def test_emphasis_leaves_a_listed_noun_its_own_entry(fr: Language) -> None:
    hits = lexicon_hits(fr, "Le maire est une vraie girouette.")
    assert [(h.text, h.term) for h in hits] == [
        ("vraie", "fr-loaded-veritable-emphase"),
        ("girouette", "fr-loaded-classe-insultes"),
    ]


def test_sacro_sainte_cut_at_its_hyphen(fr: Language) -> None:
    assert lexicon_words(fr, "La sacro-sainte règle des trois ans tient toujours.") == ["sacro-sainte"]


def test_inflected_forms_the_lemmatiser_misses(fr: Language) -> None:
    assert lexicon_words(fr, "Le ministre défend une vision étriquée de la culture.") == ["étriquée"]
    # "bornée" is left out: its literal sense (bounded) is the common one in technical copy
    assert lexicon_words(fr, "La concession a une durée bornée à vingt ans.") == []
