"""French attribution, eleventh round (issue 13): recall on unseen French news. Quote lists (a heading
line names the speaker of the quotation paragraph under it), incise verbs of the press outside the
lexicon (`réagit X`), an inverted speaker followed by a relative clause or by its role, hearsay with a
singular `de source X` or two coordinated sources, `faire état de` with a possessive or a quotation.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


QUOTE_LIST = (
    "Les réactions des entraîneurs après la dixième journée.\n\n"
    "Le plus heureux : Martin Lefèvre (Brest)\n\n"
    "« Nous avons tenu jusqu'au bout. Les joueurs ont été courageux et je suis fier d'eux. »\n\n"
    "Le plus déçu : Claire Bonnet (Nîmes)\n\n"
    "« On a manqué de réalisme devant le but. Il faudra corriger cela très vite. »\n"
)


def test_quote_list_headings_name_the_speakers(nlp: Language) -> None:
    """Each quotation paragraph belongs to the person its heading line ends with."""
    pairs = contents(nlp, QUOTE_LIST)
    assert (
        "Martin Lefèvre",
        "Nous avons tenu jusqu'au bout. Les joueurs ont été courageux et je suis fier d'eux.",
    ) in pairs
    assert ("Claire Bonnet", "On a manqué de réalisme devant le but. Il faudra corriger cela très vite.") in pairs


def test_quote_list_speaker_is_typed_and_direct(nlp: Language) -> None:
    found_here = [a for a in found(nlp, QUOTE_LIST) if a.speaker == "Martin Lefèvre"]
    assert len(found_here) == 1
    assert found_here[0].speaker_type == "named_person" and found_here[0].form == "direct"


def test_heading_with_name_and_colon_after_it(nlp: Language) -> None:
    text = "Jeanne Roux, maire de Lunel :\n\n« Les travaux commenceront au printemps et dureront un an. »\n"
    assert ("Jeanne Roux", "Les travaux commenceront au printemps et dureront un an.") in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a heading that is a sentence, not a name: no speaker
        "Le club a gagné à Lens\n\n« Une victoire qui fait du bien à tout le monde ici. »\n",
        # the quotation does not make the whole paragraph: the heading speaks for nothing
        "Le plus heureux : Martin Lefèvre (Brest)\n\n« Nous avons tenu », dit le capitaine Paul Girard.\n",
        # a heading with no person's name
        "Les chiffres de la saison\n\n« Dix victoires, quatre nuls et trois défaites en championnat. »\n",
    ],
)
def test_heading_without_a_name_gives_no_speaker(nlp: Language, text: str) -> None:
    speakers = [a.speaker for a in found(nlp, text)]
    assert "Martin Lefèvre" not in speakers and "Le club" not in speakers and "Les chiffres" not in speakers


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an incise verb of the press that was missing: réagir
        (
            "« C'est une grande déception », réagit le président du club.",
            "le président du club",
            "C'est une grande déception",
        ),
        # the incise inside the marks, the speaker followed by a role without article
        (
            "« Nous attendions depuis des mois, réagit Paul Girard, délégué du personnel. Rien n'a bougé. »",
            "Paul Girard",
            "Nous attendions depuis des mois, réagit Paul Girard, délégué du personnel. Rien n'a bougé.",
        ),
        (
            "« Le pont restera fermé, explique Anne Morel, ingénieure de la ville. Il faut le renforcer. »",
            "Anne Morel",
            "Le pont restera fermé, explique Anne Morel, ingénieure de la ville. Il faut le renforcer.",
        ),
        # an inverted speaker followed by a relative clause
        (
            "« La digue a cédé dans la nuit », a précisé la sous-préfète qui s'est rendue sur place.",
            "la sous-préfète",
            "La digue a cédé dans la nuit",
        ),
        # hearsay with a singular `de source`, and two coordinated sources
        (
            "La mine fermera en juin, a-t-on appris lundi de source syndicale.",
            "source syndicale",
            "La mine fermera en juin",
        ),
        (
            "La mine fermera en juin, a-t-on appris auprès de la direction et de source syndicale.",
            "la direction",
            "La mine fermera en juin",
        ),
        (
            "La mine fermera en juin, a-t-on appris auprès de la direction et de source syndicale.",
            "source syndicale",
            "La mine fermera en juin",
        ),
        # faire état de with a possessive or a quotation
        ("Le syndicat a fait état de sa colère après la fermeture.", "Le syndicat", "sa colère après la fermeture"),
    ],
)
def test_speaker_and_content(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_role_after_incise_speaker_is_no_claim(nlp: Language) -> None:
    """`, a déclaré X, directeur de Y.` ends the incise: the role is no part of what was said."""
    text = "« Nous fermerons le site en mai », a déclaré Paul Girard, directeur de l'usine."
    assert ("Paul Girard", "Nous fermerons le site en mai") in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # réagir outside an incise is no speech
        "Les marchés ont réagi à la hausse des taux avec prudence.",
        # a passive `être assuré de` (to be sure to) names no speaker and reports nothing
        "Les voyageurs étaient assurés de pouvoir partir avant les fêtes.",
    ],
)
def test_no_attribution(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # `se dire` with an adjective or a participle: a stated position
        (
            "Le ministre s'est dit prêt à rencontrer les syndicats dès lundi.",
            "Le ministre",
            "prêt à rencontrer les syndicats dès lundi",
        ),
        (
            "La ministre s'est dite très favorable à une hausse du budget.",
            "La ministre",
            "très favorable à une hausse du budget",
        ),
        # a short clause with a source as subject, then a colon and the quotation
        (
            "Le maire en est convaincu : « La ville doit investir dans les transports. »",
            "Le maire",
            "La ville doit investir dans les transports.",
        ),
        (
            "Le préfet l'assure : « Aucune habitation n'est menacée pour le moment. »",
            "Le préfet",
            "Aucune habitation n'est menacée pour le moment.",
        ),
        (
            "Les pompiers restent prudents : « Le vent peut tourner à tout moment dans la nuit. »",
            "Les pompiers",
            "Le vent peut tourner à tout moment dans la nuit.",
        ),
        # after an opening apposition, with an object
        (
            "Ancien délégué syndical, Paul Girard a travaillé vingt ans dans l'usine : « Nous avons tout donné. »",
            "Paul Girard",
            "Nous avons tout donné.",
        ),
        # a trade or a role the lists lacked, after an initial `Pour`
        (
            "Pour le directeur du port, la saison a été exceptionnelle.",
            "le directeur du port",
            "la saison a été exceptionnelle",
        ),
        (
            "Pour cette viticultrice, les vendanges seront précoces.",
            "cette viticultrice",
            "les vendanges seront précoces",
        ),
    ],
)
def test_positions_and_lead_ins(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a lead-in that names no one, a verb of receiving (someone else wrote it), an impersonal clause
        "Le bilan est lourd : « trois maisons détruites et une route coupée ».",
        "Le maire a reçu une lettre anonyme : « Vous allez le regretter bientôt. »",
        "Il faut le dire : « rien ne va plus dans ce dossier ».",
        # `se dit` without an attribute reports no position
        "Ce qui se dit dans les couloirs reste secret.",
    ],
)
def test_lead_ins_that_report_nothing(nlp: Language, text: str) -> None:
    assert [a for a in found(nlp, text) if a.rule == "colon" or "dit" in a.text] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le maire s'est déclaré favorable à la réouverture de la piscine.",
            "Le maire",
            "favorable à la réouverture de la piscine",
        ),
        ("Les syndicats se sont déclarés opposés au projet.", "Les syndicats", "opposés au projet"),
    ],
)
def test_se_declarer_with_an_attribute(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_a_fire_breaking_out_is_no_speech(nlp: Language) -> None:
    """`se déclarer` with a thing for subject (a fire, an epidemic) means to break out."""
    text = (
        "Alors que la chaleur dure depuis lundi dans toute la région, deux incendies se sont déclarés, "
        "en particulier près de la côte."
    )
    assert [a for a in found(nlp, text) if "déclar" in a.text] == []


def test_own_incise_wins_over_the_previous_speaker(nlp: Language) -> None:
    """A quotation right after another speaker's, holding its own incise, is the incise's speaker's."""
    text = (
        "« Nous fermerons le site en mai », a déclaré la directrice. « Aucune offre n'est arrivée, explique "
        "Paul Girard, délégué du personnel. Nous sommes inquiets. »"
    )
    pairs = contents(nlp, text)
    quote = "Aucune offre n'est arrivée, explique Paul Girard, délégué du personnel. Nous sommes inquiets."
    assert ("Paul Girard", quote) in pairs
    assert ("la directrice", quote) not in pairs


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Après avoir rappelé que la digue était neuve, le préfet a levé l'alerte.",
            "le préfet",
            "la digue était neuve",
        ),
        (
            "Après avoir affirmé que les comptes étaient sains, la présidente du club a quitté la salle.",
            "la présidente du club",
            "les comptes étaient sains",
        ),
    ],
)
def test_fronted_past_infinitive_frame(nlp: Language, text: str, speaker: str, content: str) -> None:
    """The speaker of a fronted `Après avoir dit que ...,` is the subject after the frame's comma."""
    assert (speaker, content) in contents(nlp, text)


def test_sans_avoir_dit_reports_nothing(nlp: Language) -> None:
    text = "Sans avoir précisé que le site fermerait, la direction a réuni les salariés."
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "La saison sera difficile selon Paul Girard, président de la fédération.",
        "La saison sera difficile selon la Fédération des chasseurs, l'organisme qui gère les battues.",
    ],
)
def test_selon_x_then_its_apposition(nlp: Language, text: str) -> None:
    """`... selon X, role.` at the end of the sentence: what was said is the clause before the marker."""
    pairs = contents(nlp, text)
    assert any(content == "La saison sera difficile" for _, content in pairs)
    assert not any("président" in content or "organisme" in content for _, content in pairs)
