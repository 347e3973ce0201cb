"""French speaker types (twenty-second round): a pronoun skips a named person of the other gender (known
from a pronoun already chained to them or from the role or title before the name); a paper's title-case
name that spells a time word (`Le Soir`) is the speaker, not a date; a subject pronoun's phrase stops
before the negation and the clitics (`Il ne s'...`); an `on` at a body in capitals (`au SNV`) is that
body, and a bare `on` going on after it too; a plural noun of things with a complement (`les conclusions
de ...`) is a document. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_pronoun_skips_a_woman_for_the_man_named_since(nlp: Language) -> None:
    text = (
        "Marie Dupont dirige la crèche depuis dix ans. « Nous manquons de place », explique-t-elle. "
        "Le maire, Paul Martin, a répondu lundi. « Il faudra attendre le budget », a-t-il ajouté."
    )
    record = by_speaker(nlp, text, "il")
    assert record.resolved == "Paul Martin"
    assert record.speaker_type == "named_person"


def test_pronoun_keeps_the_speaker_of_its_own_gender(nlp: Language) -> None:
    text = "« Le budget est prêt », a estimé Vincent Roux. « Il faudra attendre », a-t-il ajouté."
    assert by_speaker(nlp, text, "il").resolved == "Vincent Roux"


def test_title_before_the_name_gives_the_gender(nlp: Language) -> None:
    text = "Mme Claire Morel a visité l'usine. M. Jean Roux l'accompagnait. « Nous embauchons », a-t-elle dit."
    assert "Claire Morel" in (by_speaker(nlp, text, "elle").resolved or "")


def test_role_before_the_name_gives_the_gender(nlp: Language) -> None:
    text = (
        "La députée Claire Morel a visité l'usine. Le directeur Jean Roux l'accompagnait. "
        "« Nous embauchons », a-t-il dit."
    )
    assert by_speaker(nlp, text, "il").resolved == "Jean Roux"


def test_time_noun_before_a_name_is_no_gender(nlp: Language) -> None:
    text = (
        "« Rien n'est prêt », a dit dans la semaine Paul Martin. Le conseil a voté. "
        "« Il faudra attendre », a-t-il ajouté."
    )
    assert by_speaker(nlp, text, "il").resolved == "Paul Martin"


@pytest.mark.parametrize("verb", ["selon", "a rapporté"])
def test_paper_named_like_a_time_word_is_the_speaker(nlp: Language, verb: str) -> None:
    text = f"Le projet de fusion des deux communes a été abandonné, {verb} Le Soir."
    record = by_speaker(nlp, text, "Le Soir")
    assert record.speaker_type == "media"


def test_lower_case_time_word_stays_out_of_the_speaker(nlp: Language) -> None:
    text = "Le projet a été abandonné, selon le maire, lundi soir."
    assert [a.speaker for a in checked_attributions(nlp, text)] == ["le maire"]


def test_subject_pronoun_phrase_stops_before_negation_and_clitic(nlp: Language) -> None:
    text = "Paul Martin dirige la ferme. Il ne s'en cache pas : « nous allons fermer »."
    speakers = [a.speaker for a in checked_attributions(nlp, text)]
    assert not any(s and " " in s and s.lower().startswith("il ") for s in speakers)


def test_on_at_a_body_in_capitals_is_an_unnamed_person_there(nlp: Language) -> None:
    # round 49: the read sets A78 and A82 type an inverted `on` at a body anonymous, not the body
    text = "« La récolte sera faible », rappelle-t-on au SNV. « Il faudra attendre », ajoute-t-on."
    records = [a for a in checked_attributions(nlp, text) if a.speaker == "on"]
    assert [a.speaker_type for a in records] == ["anonymous", "anonymous"]


def test_on_told_to_an_agency_stays_anonymous(nlp: Language) -> None:
    text = "« La récolte sera faible », rappelle-t-on à l'AFP. « Il faudra attendre », ajoute-t-on."
    records = [a for a in checked_attributions(nlp, text) if a.speaker == "on"]
    assert [a.speaker_type for a in records] == ["anonymous", "anonymous"]


def test_on_far_after_the_body_stays_anonymous(nlp: Language) -> None:
    text = (
        "« La récolte sera faible », rappelle-t-on au SNV. Le pont est fermé. Les travaux durent. "
        "« Il faudra attendre », ajoute-t-on."
    )
    records = [a for a in checked_attributions(nlp, text) if a.speaker == "on"]
    assert [a.speaker_type for a in records] == ["anonymous", "anonymous"]


def test_plural_things_with_a_complement_are_a_document(nlp: Language) -> None:
    text = "Selon les conclusions du rapporteur, la digue a cédé."
    assert by_speaker(nlp, text, "les conclusions du rapporteur").speaker_type == "document"


def test_plural_without_complement_stays_a_group(nlp: Language) -> None:
    text = "Plusieurs établissements ont indiqué qu'ils fermeraient."
    assert by_speaker(nlp, text, "Plusieurs établissements").speaker_type == "group"


def test_kind_noun_in_capitals_names_a_body(nlp: Language) -> None:
    text = "La chasse sera interdite, a déclaré l'ONG Rivers Watch."
    assert by_speaker(nlp, text, "l'ONG Rivers Watch").speaker_type == "institution"
