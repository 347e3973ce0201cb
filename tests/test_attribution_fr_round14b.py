"""French quotations with no cue whose speaker the sentence before names (rule `prior_sentence`), a
quotation split by its cue kept as one record, and a speaker that stops before the outlet it spoke to
(fourteenth round). Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language

from framing.types import Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def prior(nlp: Language, text: str) -> list[Attribution]:
    return [a for a in found(nlp, text) if a.rule == "prior_sentence"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La grêle a frappé la vallée dans la nuit. Le maraîcher a fait le tour de ses serres avant l'aube. "
            "« Je n'avais jamais vu autant de vitres brisées. » Les dégâts sont estimés à dix mille euros.",
            "Le maraîcher",
            "Je n'avais jamais vu autant de vitres brisées.",
        ),
        (
            "Les commerçants attendent les aides. C'est le cas de Julie Marchand, fleuriste rue des Lilas. "
            "« Nous avons perdu un tiers de nos clients depuis le début du chantier. »",
            "Julie Marchand",
            "Nous avons perdu un tiers de nos clients depuis le début du chantier.",
        ),
        (
            "Une inquiétude que partage Paul Bernier, apiculteur dans la vallée :\n\n"
            "« Les ruches sont vides depuis trois semaines et personne ne sait pourquoi. »",
            "Paul Bernier",
            "Les ruches sont vides depuis trois semaines et personne ne sait pourquoi.",
        ),
    ],
)
def test_quotation_takes_the_person_named_in_the_sentence_before(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (record,) = prior(nlp, text)
    assert record.speaker == speaker
    assert text[record.content_start : record.content_end] == content
    assert record.form == "direct"
    assert text[record.start : record.end] == f"« {content} »"


@pytest.mark.parametrize(
    "text",
    [
        # nobody is named in the sentence before
        "Le musée a rouvert ses portes lundi. « Une belle journée pour toute la ville. »",
        # two people are named: the quotation's speaker is not given
        "Marc Lenoir et Anne Caradec ont visité le chantier. « Les travaux avancent plus vite que prévu. »",
        # a quotation opening its paragraph after a sentence with no colon starts something else
        "C'est le cas de Julie Marchand, fleuriste rue des Lilas.\n"
        "« Nous avons perdu un tiers de nos clients depuis le début du chantier. »",
        # too short to be a sentence of speech
        "Le maire a inauguré la place. « Vive la fête. »",
        # a thing found: someone else wrote it
        "Le gardien Marc Lenoir a retrouvé une lettre sous la porte :\n« Je reviendrai au printemps avec eux. »",
    ],
)
def test_no_speaker_in_the_sentence_before_gives_no_record(nlp: Language, text: str) -> None:
    assert prior(nlp, text) == []


def test_a_speaker_already_holding_a_record_is_carried_on_by_floating_not_here(nlp: Language) -> None:
    text = (
        "« La piscine rouvrira en juin », a annoncé Claire Morvan. "
        "« Les bassins sont prêts et les vestiaires refaits à neuf. »"
    )
    records = found(nlp, text)
    assert [a.rule for a in records] == ["inverted", "floating"]
    assert all(a.speaker == "Claire Morvan" for a in records)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Nous allons rouvrir la piscine », a annoncé le maire, « les travaux sont terminés ».", "le maire"),
        ("« Nous allons rouvrir la piscine », a-t-il annoncé, « car les travaux sont terminés ».", "il"),
        (
            "« Nous allons rouvrir la piscine », a annoncé le maire dans un communiqué, « les travaux sont terminés ».",
            "le maire",
        ),
        ("« Nous allons rouvrir la piscine », a annoncé le maire à l'AFP, « les travaux sont terminés ».", "le maire"),
    ],
)
def test_quotation_split_by_its_cue_is_one_record(nlp: Language, text: str, speaker: str) -> None:
    (record,) = found(nlp, text)
    assert record.speaker == speaker
    assert text[record.content_start :].startswith("Nous allons rouvrir la piscine")
    assert text[: record.content_end].endswith("les travaux sont terminés")


def test_two_sentences_each_with_a_cue_stay_two_records(nlp: Language) -> None:
    text = "« Nous allons rouvrir la piscine », a annoncé le maire. « Les travaux sont terminés », a-t-il ajouté."
    first, second = found(nlp, text)
    assert text[first.content_start : first.content_end] == "Nous allons rouvrir la piscine"
    assert text[second.content_start : second.content_end] == "Les travaux sont terminés"


def test_speaker_stops_before_the_outlet_it_spoke_to(nlp: Language) -> None:
    text = "« La saison sera difficile pour les producteurs », a déclaré le maire à l'AFP."
    (record,) = found(nlp, text)
    assert record.speaker == "le maire"
    assert record.speaker_type == "anonymous"  # round 26: no holder named


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le syndicat se dit « prêt à discuter », mais « pas à n'importe quel prix ».",
            "« prêt à discuter », mais « pas à n'importe quel prix »",
        ),
        (
            "Le syndicat se dit « favorable au projet » et « prêt à le défendre ».",
            "« favorable au projet » et « prêt à le défendre »",
        ),
        (
            "Le ministre s'est dit « prêt » à un échange, pour sortir « ces familles » de la ville assiégée.",
            "« prêt » à un échange, pour sortir « ces familles » de la ville assiégée",
        ),
    ],
)
def test_quoted_fragment_content_runs_on_past_a_coordinated_quotation_or_a_purpose_clause(
    nlp: Language, text: str, content: str
) -> None:
    (record,) = found(nlp, text)
    assert text[record.content_start : record.content_end] == content
    assert record.form == "mixed"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Selon un sondage Ifop pour Le Figaro publié lundi, 60 % des Français approuvent la réforme.",
            "Selon un sondage Ifop pour Le Figaro publié lundi",
            "60 % des Français approuvent la réforme",
        ),
        (
            "Selon un rapport de l'Association des riverains (ADR) datant de 2019, le bruit a doublé.",
            "Selon un rapport de l'Association des riverains (ADR) datant de 2019",
            "le bruit a doublé",
        ),
        (
            "Selon la préfecture, qui cite des chiffres provisoires, 300 foyers sont privés d'électricité.",
            "Selon la préfecture",
            "300 foyers sont privés d'électricité",
        ),
    ],
)
def test_opening_marker_content_starts_after_the_source_phrase(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    record = next(a for a in found(nlp, text) if a.rule == "marker")
    assert text[record.start : record.end] == cue
    assert text[record.content_start : record.content_end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le maire revendique un choix clair : la piscine rouvrira en juin.",
            "un choix clair : la piscine rouvrira en juin",
        ),
        (
            "L'association dénonce la politique des bailleurs qu'elle accuse de laisser les logements vides.",
            "la politique des bailleurs qu'elle accuse de laisser les logements vides",
        ),
        (
            "Le syndicat dénonce les salaires, les horaires et les primes qu'il juge indignes du secteur.",
            "les salaires, les horaires et les primes qu'il juge indignes du secteur",
        ),
    ],
)
def test_noun_object_stays_in_the_content_before_a_colon_or_a_relative(nlp: Language, text: str, content: str) -> None:
    record = found(nlp, text)[0]
    assert text[record.content_start : record.content_end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le maire a déclaré mardi à la presse : la piscine rouvrira en juin.", "la piscine rouvrira en juin"),
        ("Le maire a dit à ses adjoints qu'il fallait rouvrir la piscine.", "il fallait rouvrir la piscine"),
    ],
)
def test_an_addressee_or_a_date_before_the_clause_stays_out(nlp: Language, text: str, content: str) -> None:
    (record,) = found(nlp, text)
    assert text[record.content_start : record.content_end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Elle dit ne plus se verser de salaire depuis deux mois.", "ne plus se verser de salaire depuis deux mois"),
        ("Le témoin affirme l'avoir vu sortir de la banque.", "l'avoir vu sortir de la banque"),
        ("Le maire assure s'être trompé sur les chiffres.", "s'être trompé sur les chiffres"),
        ("Il affirme avoir vu le suspect.", "avoir vu le suspect"),
    ],
)
def test_infinitive_content_keeps_its_clitics_and_negation(nlp: Language, text: str, content: str) -> None:
    (record,) = found(nlp, text)
    assert text[record.content_start : record.content_end] == content


def test_a_given_name_typed_in_lower_case_still_names_the_speaker(nlp: Language) -> None:
    text = "« Nous avons perdu un tiers de nos clients », explique sylvie Martin, commerçante."
    (record,) = found(nlp, text)
    assert record.speaker == "sylvie Martin"
    assert record.speaker_type == "named_person"
    assert text[record.content_start : record.content_end] == "Nous avons perdu un tiers de nos clients"


def test_a_lower_case_word_that_is_no_given_name_opens_no_speaker(nlp: Language) -> None:
    text = "« Nous avons perdu un tiers de nos clients », explique ainsi Martin."
    assert all(a.speaker != "ainsi Martin" for a in found(nlp, text))
