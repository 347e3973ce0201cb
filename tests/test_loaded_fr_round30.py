"""French loaded vocabulary, thirtieth round: use and mention, and the press's idioms of stance.

A loaded word the text names as a word (after "le terme", "le mot de", "ce qu'on appelle", a participle
of naming, or coordinated with such a quotation) is talked about, not used; in a text about the word its
other uses in the writer's voice do not count either, while a speaker's use still does
(framing/use_mention.py). The idioms by which the press names a party's stance or public reaction
("vent debout", "monter au créneau", "tirer la sonnette d'alarme") moved to the optional reaction list;
figures of a situation stay. English keeps the mention rule in an optional file. Every sentence here was
written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import french_scare_quote_pipeline, lexicon_words
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.nlp import load_pipeline, rule_based_english

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"
REACTIONS = str(LEXICONS / "fr" / "optional" / "reaction_verbs.yaml")


@pytest.fixture(scope="module")
def fr_reactions() -> Language:
    return load_pipeline("fr", lexicon_paths=(REACTIONS,))


MENTIONED = [
    # a noun of mention, the word quoted
    "Le terme « wokisme » est entré cette année dans le dictionnaire.",
    "Le mot « islamo-gauchiste » a été employé par la ministre devant les députés.",
    "L'expression « grand remplacement » vient d'un essayiste d'extrême droite.",
    # an adjective and a link between the noun and the word
    "Le terme péjoratif de « dictateur » a disparu du communiqué final.",
    "Le mot même de « dictateur » a disparu du communiqué final.",
    # not quoted: after the link, or right after the noun
    "Les juristes débattent de la notion de génocide devant la Cour.",
    "Le mot fasciste revient dans chaque débat télévisé.",
    # a frame that names impersonally, and a participle of naming
    "Ce qu'on appelle le grand remplacement n'a aucun fondement démographique.",
    "La théorie dite du « grand remplacement » circule sur les réseaux sociaux.",
    # coordinated with a mentioned quotation
    "Les termes « woke » et « wokisme » divisent les universitaires.",
]


@pytest.mark.parametrize("text", MENTIONED)
def test_a_word_named_as_a_word_does_not_count(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


USED = [
    # a speaker applies the label: a conjugated verb of naming
    ("Le ministre a traité ses opposants de « fascistes » pendant le meeting.", "fascistes"),
    ("Le dictateur a fait arrêter des centaines d'opposants.", "dictateur"),
    # a finite "dit" is speech, "se dire" a state (round 34: a word of feeling there, "s'est dite
    # « scandalisée »", is the person's state and no longer counts, test_loaded_fr_round34.py; a word of
    # the other classes still does)
    ("Le président dit « inacceptable » ce projet de loi.", "inacceptable"),
    ("Elle s'est dite « trahie » par la décision du jury.", "trahie"),
    ("La ministre s'est de son côté dite « trahie » par le verdict.", "trahie"),
    # "expression de" + a determiner is the expression of a feeling
    ("L'expression de la haine raciale est punie par la loi.", "haine"),
    # locutions built on a noun of mention
    ("En termes de violence, le mois de mars a été le pire.", "le pire"),
    ("Au terme de combats acharnés, l'armée a repris la ville.", "acharnés"),
    # a whole sentence quoted after a noun of mention is someone's words, not a word named
    ("Il a eu cette formule « les gens du ministère sont des incapables et des menteurs ».", "menteurs"),
    # an adverb after the frame is the writer's comment on the naming, not the word named
    ("Le conseil a voté ce qu'on appelle pudiquement un ajustement des tarifs.", "pudiquement"),
    # "soi-disant" is no mention: it is loaded itself
    ("Cette soi-disant réforme coûtera cher aux ménages.", "soi-disant"),
]


@pytest.mark.parametrize(("text", "word"), USED)
def test_a_word_used_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)


def test_a_text_about_the_word_leaves_its_other_uses_out_but_keeps_a_speakers(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = (
        "Le mot « wokisme » fait débat. Le terme « wokisme » désigne pour ses détracteurs une idéologie. "
        "Le wokisme serait né aux États-Unis. Les critiques du wokisme se multiplient. "
        "« Le wokisme détruit l'université », a lancé le député."
    )
    hits = [h for h in fr(text)._.framing_loaded if h.category != "scare_quotes"]
    assert [(h.text, h.voice) for h in hits] == [("wokisme", "quoted")]


def test_a_word_named_once_keeps_its_other_uses(fr: Language) -> None:
    text = "Le terme « wokisme » est récent. Le député a dénoncé le wokisme des universités."
    assert lexicon_words(fr, text) == ["wokisme"]


STANCE_IDIOMS = [
    ("Les syndicats sont vent debout contre la réforme des retraites.", "vent debout"),
    ("La ministre est montée au créneau pour défendre son budget.", "montée au créneau"),
    ("Les urgentistes tirent la sonnette d'alarme sur le manque de lits.", "tirent la sonnette"),
    ("Le projet a provoqué une levée de boucliers chez les maires.", "levée de boucliers"),
    ("Le député a poussé un coup de gueule contre la hausse des péages.", "coup de gueule"),
    ("Les deux délégations ont campé sur leurs positions.", "campé sur leurs positions"),
    ("La majorité a serré les rangs derrière la Première ministre.", "serré les rangs"),
    ("Le ministre a enfoncé le clou lors de son discours.", "enfoncé le clou"),
]


@pytest.mark.parametrize(("text", "idiom"), STANCE_IDIOMS)
def test_idioms_of_stance_count_only_with_the_reaction_list(
    fr: Language, fr_reactions: Language, text: str, idiom: str
) -> None:
    assert lexicon_words(fr, text) == []
    assert idiom in lexicon_words(fr_reactions, text)


@pytest.mark.parametrize(
    ("text", "idiom"),
    [
        ("Après le premier tour, le candidat a jeté l'éponge.", "jeté l'éponge"),
        ("Les négociations salariales sont au point mort.", "au point mort"),
        ("Le chantier est tombé à l'eau faute de crédits.", "tombé à l'eau"),
    ],
)
def test_figures_of_a_situation_still_count(fr: Language, text: str, idiom: str) -> None:
    assert idiom in lexicon_words(fr, text)


def test_english_mentions_count_unless_the_optional_rule_is_loaded() -> None:
    text = 'The label "extremist" was attached to the group by the ministry. Police said the thugs fled.'
    plain = rule_based_english()
    plain.add_pipe("framing_quotes")
    plain.add_pipe("framing_lexicon")
    assert lexicon_words(plain, text) == ["extremist", "thugs"]
    optional = rule_based_english()
    optional.add_pipe("framing_quotes")
    optional.add_pipe(
        "framing_lexicon", config={"lexicon_paths": [str(LEXICONS / "en" / "optional" / "use_mention.yaml")]}
    )
    assert lexicon_words(optional, text) == ["thugs"]
