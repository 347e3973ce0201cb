"""French speaker types (twenty-first round), from reference chains: `la même source` goes back to the
last mention of a source, not to a body quoted in between; a pronoun never stands for the impersonal
`on` and goes on to the role and the person named before it; time words before a determiner are no
part of the subject's phrase (`Jeudi une source ...`, `à l'AFP vendredi une source ... qui`). Every
sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


SOURCE_THEN_BODY = (
    "Une source policière a indiqué que l'enquête avançait. La direction de la police a confirmé "
    "l'arrestation de deux hommes. « Ils étaient connus », a dit cette même source. Un complice est "
    "recherché, a-t-elle ajouté."
)


def test_same_source_goes_back_to_the_source_not_the_body_between(nlp: Language) -> None:
    record = by_speaker(nlp, SOURCE_THEN_BODY, "cette même source")
    assert record.speaker_type == "anonymous"
    assert record.resolved == "Une source policière"


def test_pronoun_after_same_source_stays_anonymous(nlp: Language) -> None:
    assert by_speaker(nlp, SOURCE_THEN_BODY, "elle").speaker_type == "anonymous"


def test_body_quoted_before_same_source_keeps_its_type(nlp: Language) -> None:
    assert by_speaker(nlp, SOURCE_THEN_BODY, "La direction de la police").speaker_type == "institution"


def test_same_source_with_no_earlier_source_takes_the_last_speaker(nlp: Language) -> None:
    text = (
        "La préfecture a interdit la baignade sur trois plages, précise la préfecture dans un "
        "communiqué. Les analyses seront refaites lundi, selon la même source."
    )
    assert by_speaker(nlp, text, "la même source").speaker_type == "institution"


def test_pronoun_skips_impersonal_on_for_the_named_role(nlp: Language) -> None:
    text = (
        "La nouvelle ministre de la Santé, Claire Martin, est attendue lundi à Lyon pour sa première "
        "visite, a-t-on appris vendredi auprès de deux sources gouvernementales. La ministre devrait "
        "annoncer un plan pour les hôpitaux de la région, a-t-on dit au journal. L'ancienne députée, "
        "qui est âgée de 45 ans et connaît mal le dossier, a pris ses fonctions vendredi matin après "
        "le remaniement du gouvernement. « Je sais ce que les soignants attendent », a-t-elle déclaré "
        "lors de la passation de pouvoirs."
    )
    record = by_speaker(nlp, text, "elle")
    assert record.speaker_type == "named_person"
    assert record.resolved != "on"
    # the impersonal voices themselves stay unnamed
    assert by_speaker(nlp, text, "on").speaker_type == "anonymous"


def test_pronoun_with_only_on_before_is_not_chained_to_it(nlp: Language) -> None:
    text = "Le chantier prendra du retard, a-t-on indiqué à la mairie. « Nous ferons au mieux », a-t-il ajouté."
    kinds = [(a.speaker, a.resolved) for a in checked_attributions(nlp, text) if a.speaker == "il"]
    assert all(resolved != "on" for _, resolved in kinds)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jeudi une source diplomatique a indiqué que le sommet était reporté.", "une source diplomatique"),
        (
            "Lundi soir des sources proches du dossier ont affirmé que la vente était signée.",
            "des sources proches du dossier",
        ),
    ],
)
def test_time_words_before_the_subject_are_no_part_of_it(nlp: Language, text: str, speaker: str) -> None:
    record = by_speaker(nlp, text, speaker)
    assert record.speaker_type == "anonymous"
    assert text[record.start :].startswith(speaker)


def test_relative_after_an_inverted_subject_with_addressee_and_date(nlp: Language) -> None:
    text = (
        "« Le projet est abandonné », a déclaré à l'AFP vendredi une source interne au ministère qui "
        "évoque toutefois un report."
    )
    speakers = {a.speaker: a.speaker_type for a in checked_attributions(nlp, text)}
    assert "une source interne au ministère" in speakers
    assert speakers["une source interne au ministère"] == "anonymous"
    assert not any(speaker.startswith("l'AFP") for speaker in speakers)


def test_time_word_after_de_stays_in_the_phrase(nlp: Language) -> None:
    text = "Les élus du conseil de lundi ont affirmé que le budget était voté."
    speakers = [a.speaker for a in checked_attributions(nlp, text)]
    assert speakers and all(not speaker.startswith("lundi") for speaker in speakers if speaker)


def test_sentence_opening_pronoun_continues_the_previous_subject(nlp: Language) -> None:
    text = (
        "« Nous publierons tout », a promis la fondation Marie Roux. Le rapport de la fondation est "
        "épais. Il déplore la hausse du nombre de sans-abri."
    )
    record = by_speaker(nlp, text, "Il")
    assert record.speaker_type == "document"
    assert record.resolved == "Le rapport de la fondation"


def test_previous_subject_of_the_other_gender_is_skipped(nlp: Language) -> None:
    text = (
        "« Nous allons agir », a déclaré Paul Durand. La réunion a duré deux heures. "
        "Il a ajouté que le budget était prêt."
    )
    record = by_speaker(nlp, text, "Il")
    assert record.speaker_type == "named_person"
    assert record.resolved == "Paul Durand"


def test_inverted_pronoun_keeps_the_last_speaker(nlp: Language) -> None:
    text = (
        "« Nous allons agir », a déclaré Paul Durand. Le projet de loi est prêt. « Il sera voté en juin », "
        "a-t-il ajouté."
    )
    assert by_speaker(nlp, text, "il").resolved == "Paul Durand"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Le groupe industriel Vernalis a déposé une offre de rachat. Vernalis précise que l'offre expire en juin.",
            "Vernalis",
            "institution",
        ),
        (
            "La société Vernalis a déposé une offre. Selon Vernalis, l'offre expire en juin.",
            "Vernalis",
            "institution",
        ),
        (
            "Le quotidien régional Vernalis a publié une enquête. Vernalis affirme que le maire a menti.",
            "Vernalis",
            "media",
        ),
    ],
)
def test_bare_name_takes_the_kind_of_its_full_mention(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Paul Vernier a quitté la réunion. Vernier précise que l'offre expire en juin.",
        "Paul Vernier, patron de la société de Vernier, a parlé. Vernier précise que l'offre expire en juin.",
    ],
)
def test_bare_surname_of_a_person_stays_a_person(nlp: Language, text: str) -> None:
    assert by_speaker(nlp, text, "Vernier").speaker_type == "named_person"


def test_opening_pronoun_goes_on_with_the_speaker_not_the_subject_of_what_was_said(nlp: Language) -> None:
    # after a heading line the parse may miss the role as subject and find the reported clause's
    # subject first (`cette hausse`); the speaker of that sentence is the one who goes on speaking
    for text in (
        "La société défend sa décision\nLa directrice de la société, Anne Morel, affirme que cette hausse "
        "s’inscrit dans un contexte d’inflation. Elle précise que les tarifs sociaux resteront inchangés.",
        "La mairie répond aux critiques\nLa maire de la commune, Sophie Blanc, estime que cette fermeture "
        "s’explique par le manque de médecins. Elle affirme qu'une solution sera trouvée.",
    ):
        record = by_speaker(nlp, text, "Elle")
        assert record.speaker_type == "named_person"
        assert record.resolved.endswith(("Anne Morel", "Sophie Blanc"))
