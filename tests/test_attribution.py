"""Attribution with the French model: the constructions of issue 4, on sentences written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from spacy.language import Language

from framing.components.attribution import SPANS_KEY, SPEAKERS_KEY
from framing.types import Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def attributions(nlp: Language, text: str) -> list[Attribution]:
    doc = nlp(text)
    found = doc._.framing_attributions
    for a in found:  # the offset invariant, on every span
        assert text[a.start : a.end] == a.text
        if a.speaker_start is not None:
            assert text[a.speaker_start : a.speaker_end] == a.speaker
        if a.content_start is not None:
            assert 0 <= a.content_start < a.content_end <= len(text)
    return found


def one(nlp: Language, text: str) -> Attribution:
    found = attributions(nlp, text)
    assert len(found) == 1, [a.text for a in found]
    return found[0]


def test_apposition_names_the_speaker(nlp: Language) -> None:
    a = one(nlp, "Le porte-parole de l'armée, Paul Renard, a déclaré mardi que les exercices reprendraient.")
    assert a.speaker_type == "named_person"
    assert "Paul Renard" in a.speaker
    assert a.text.endswith("a déclaré") and a.form == "indirect"


def test_relative_clause_between_subject_and_verb_keeps_anonymity(nlp: Language) -> None:
    a = one(nlp, "Le diplomate, qui a parlé sous couvert d'anonymat, a expliqué que les discussions reprendraient.")
    assert a.speaker == "Le diplomate"
    assert a.speaker_type == "anonymous"
    assert "sous couvert d'anonymat" in a.text


def test_colon_introduces_a_quote_over_several_sentences(nlp: Language) -> None:
    text = "Un haut gradé a expliqué : « La mission est terminée. Les troupes rentreront avant Noël. »"
    a = one(nlp, text)
    assert a.form == "direct" and a.speaker_type == "anonymous"
    assert text[a.content_start : a.content_end] == "La mission est terminée. Les troupes rentreront avant Noël."


def test_inversions_and_pronoun_resolution(nlp: Language) -> None:
    text = (
        "La ministre de la Culture, Anne Roux, a annoncé un plan pour les musées. "
        "« Personne ne sera oublié », a-t-elle ajouté. « Nous irons vite » dit-elle encore."
    )
    found = attributions(nlp, text)
    assert [a.speaker_type for a in found] == ["named_person"] * 3
    assert found[1].speaker == "elle" and "Anne Roux" in (found[1].resolved or "")
    assert found[1].form == found[2].form == "direct"


def test_inverted_document_and_media(nlp: Language) -> None:
    text = "« Le site restera fermé », précise le communiqué. La fermeture coûtera cher, a noté Reuters."
    kinds = [(a.speaker_type, a.form) for a in attributions(nlp, text)]
    assert kinds == [("document", "direct"), ("media", "indirect")]


def test_selon_and_d_apres(nlp: Language) -> None:
    text = (
        "Selon un responsable européen, l'accord sera signé lundi. "
        "D'après l'agence AFP, deux ministres ont démissionné."
    )
    kinds = [(a.text, a.speaker_type) for a in attributions(nlp, text)]
    assert kinds == [("Selon un responsable européen", "anonymous"), ("D'après l'agence AFP", "media")]


def test_participial_cue_takes_the_clause_subject(nlp: Language) -> None:
    text = "Le gouvernement a présenté son budget mercredi, affirmant que le déficit serait réduit."
    a = one(nlp, text)
    assert a.text.startswith("affirmant")
    assert a.speaker == "Le gouvernement" and a.speaker_type == "institution"
    assert a.verb_lemma == "affirmer" and a.stance == "assertive"


def test_definite_description_resolves_to_the_earlier_speaker(nlp: Language) -> None:
    text = (
        "Un responsable américain a indiqué que les frappes continueraient. "
        "Le responsable a précisé que la décision avait été prise lundi."
    )
    first, second = attributions(nlp, text)
    assert second.speaker == "Le responsable"
    assert second.resolved == first.speaker == "Un responsable américain"
    assert second.speaker_type == "anonymous"


def test_mixed_speech_and_quote_links(nlp: Language) -> None:
    text = "Le maire a assuré que la ville allait « tout reconstruire » d'ici à deux ans."
    doc = nlp(text)
    (a,) = doc._.framing_attributions
    assert a.form == "mixed"
    (q,) = doc._.framing_quotes
    assert q.attribution == 0 and q.words == 2 and q.text == "tout reconstruire"


def test_scare_quote_without_speaker_is_not_linked(nlp: Language) -> None:
    doc = nlp("Les habitants parlent d'une « catastrophe annoncée » depuis des mois.")
    assert doc._.framing_attributions == []
    (q,) = doc._.framing_quotes
    assert q.attribution is None


def test_not_speech(nlp: Language) -> None:
    for text in (
        "Le président annoncera sa décision la semaine prochaine.",
        "Les deux pays ont convenu de reprendre le dialogue.",
        "L'armée maintient une présence dans la région.",
        "Le ministre n'a pas précisé le calendrier.",
    ):
        assert attributions(nlp, text) == [], text


def test_spans_groups_for_researchers(nlp: Language) -> None:
    doc = nlp("La police a indiqué que deux suspects avaient été arrêtés.")
    (span,) = doc.spans[SPANS_KEY]
    assert span.text == "La police a indiqué" and span.label_ == "institution"
    assert [s.text for s in doc.spans[SPEAKERS_KEY]] == ["La police"]


def test_media_relaying_unnamed_sources(nlp: Language) -> None:
    text = "Le sommet serait reporté, selon le quotidien Le Soir, qui cite des diplomates européens."
    # round 11: the relayed sources are a second source of the same claim (one record per source)
    a, relayed = attributions(nlp, text)
    assert a.speaker_type == "media" and a.relays_anonymous is True
    assert relayed.speaker == "des diplomates européens" and relayed.speaker_type == "anonymous"
    assert (relayed.content_start, relayed.content_end) == (a.content_start, a.content_end)
    b = one(nlp, "Le sommet serait reporté, selon le quotidien Le Soir.")
    assert b.relays_anonymous is False


def test_pour_marker_only_for_a_speaker_at_sentence_start(nlp: Language) -> None:
    a = one(nlp, "Pour la syndicaliste Marie Vidal, « rien n'est réglé ».")
    assert a.text == "Pour la syndicaliste Marie Vidal" and a.speaker_type == "named_person" and a.form == "direct"
    for text in (
        "Pour la première fois, le conseil a voté le budget.",
        "Pour réduire les coûts, l'usine fermera le samedi.",
        "Le texte prévoit une aide pour les familles, selon toute vraisemblance.",
    ):
        assert [x.verb_lemma for x in attributions(nlp, text)] != ["pour"], text


def test_a_speaker_with_a_bracketed_acronym_keeps_its_closing_bracket(nlp: Language) -> None:
    a = one(nlp, "Le ministère de l'Intérieur (Beauvau) a annoncé lundi que les contrôles seraient renforcés.")
    assert a.speaker_type == "institution"
    assert a.speaker.endswith("(Beauvau)")


def test_definite_description_prefers_the_speaker_sharing_its_words(nlp: Language) -> None:
    found = attributions(
        nlp,
        "Un diplomate européen a déclaré que le sommet était reporté. "
        "Un diplomate africain a expliqué que les troupes resteraient. "
        "Le diplomate européen a ajouté que rien n'était décidé.",
    )
    last = found[-1]
    assert last.text.startswith("Le diplomate européen")
    assert last.speaker == "Le diplomate européen" and last.resolved == "Un diplomate européen"
