"""French attribution, round 43: classes that recur in the held-out tables, written broadly.

An aside between a verb of saying and its complement (a date, a recipient, a channel, a stretch between
commas) leaves the complement the verb's; a plural collective of members named by their role is a group
whatever its determiner; a title in quotation marks where a source stands is an outlet. Every sentence
here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_types
from spacy.language import Language

# ---------------------------------------------------------------- class 2: an aside before the complement


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le président a déclaré mardi soir à la presse ne pas vouloir se représenter.",
            "Le président",
            "ne pas vouloir se représenter",
        ),
        (
            "Le président a déclaré, dans un entretien au Monde, ne pas vouloir se représenter.",
            "Le président",
            "ne pas vouloir se représenter",
        ),
        ("Le suspect a affirmé aux enquêteurs avoir agi seul.", "Le suspect", "avoir agi seul"),
        ("La chanteuse a dit sur Instagram avoir reçu des menaces.", "La chanteuse", "avoir reçu des menaces"),
        (
            "Le ministre a reconnu lundi devant les députés avoir commis une erreur.",
            "Le ministre",
            "avoir commis une erreur",
        ),
        (
            "Le club a assuré dans un communiqué n'avoir jamais été informé.",
            "Le club",
            "n'avoir jamais été informé",
        ),
        (
            "Interrogée par la presse, une source ministérielle a déclaré, sous couvert de l'anonymat, "
            "n'être pas au courant.",
            "une source ministérielle",
            "n'être pas au courant",
        ),
        (
            "Un responsable a affirmé jeudi à l'AFP, sous couvert d'anonymat, que la décision était prise.",
            "Un responsable",
            "la décision était prise",
        ),
        (
            "Le maire a affirmé à la radio, sans donner de détails, que le chantier reprendrait.",
            "Le maire",
            "le chantier reprendrait",
        ),
        (
            "Auparavant, le quotidien avait affirmé, citant un document interne, que l'usine fermerait.",
            "le quotidien",
            "l'usine fermerait",
        ),
    ],
)
def test_aside_before_complement(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in [(s, c) for s, c, _ in speaker_content_types(fr, text)]


@pytest.mark.parametrize(
    "text",
    [
        # an indirect question, not a statement
        "Le maire a expliqué aux habitants comment réagir en cas d'alerte.",
        # the infinitive belongs to the phrase (`au revoir`, `sans convaincre`), not to the verb
        "Le maire a dit au revoir à ses administrés avant de partir.",
        "Il a parlé pendant une heure sans convaincre la salle.",
        # a relative clause in the aside: a finite verb, no aside
        "La directrice a écrit aux parents, qui s'inquiétaient, vouloir rouvrir l'école.",
    ],
)
def test_no_infinitive_past_other_material(fr: Language, text: str) -> None:
    contents = [c for _, c, _ in speaker_content_types(fr, text)]
    assert not any(c.startswith(("réagir", "revoir", "convaincre", "vouloir")) for c in contents)


# ---------------------------------------------------------------- class 1: plural collectives of members


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Des militaires ont affirmé avoir repoussé l'assaut.", "Des militaires"),
        ("Des agents de la mairie ont assuré que les dossiers étaient traités.", "Des agents de la mairie"),
        ("Plusieurs gendarmes ont raconté que la foule était calme.", "Plusieurs gendarmes"),
        ("Des membres de la famille ont déclaré que la victime était menacée.", "Des membres de la famille"),
        ("Leurs représentants ont affirmé que la grève continuerait.", "Leurs représentants"),
        ("Ses dirigeants ont assuré que l'entreprise ne fermerait pas.", "Ses dirigeants"),
        ("La quinzaine de signataires estime que le projet est illégal.", "La quinzaine de signataires"),
    ],
)
def test_members_as_a_collective(fr: Language, text: str, speaker: str) -> None:
    assert (speaker, "group") in [(s, t) for s, _, t in speaker_content_types(fr, text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # source words and single officials stay unnamed individuals
        ("Des sources policières ont indiqué que le suspect était connu.", "Des sources policières"),
        ("Des témoins ont raconté que le conducteur roulait vite.", "Des témoins"),
        ("Des responsables américains ont affirmé que l'accord était proche.", "Des responsables américains"),
        ("Un agent de la mairie a assuré que les dossiers étaient traités.", "Un agent de la mairie"),
        # a cardinal counts individuals
        ("Deux enquêteurs ont indiqué que la piste criminelle était privilégiée.", "Deux enquêteurs"),
    ],
)
def test_sources_and_individuals_stay_anonymous(fr: Language, text: str, speaker: str) -> None:
    assert (speaker, "anonymous") in [(s, t) for s, _, t in speaker_content_types(fr, text)]


# ---------------------------------------------------------------- class 3: titles in quotation marks


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'Selon "Le Canard enchaîné", le ministre aurait dîné avec l\'industriel.',
            "Le Canard enchaîné",
            "le ministre aurait dîné avec l'industriel",
        ),
        ("D'après « Libération », le projet de loi sera retiré.", "Libération", "le projet de loi sera retiré"),
        (
            "Selon « Les Echos », la banque prépare un plan de départs.",
            "Les Echos",
            "la banque prépare un plan de départs",
        ),
        ('Selon le "Financial Times", la fusion est imminente.', "Financial Times", "la fusion est imminente"),
        (
            'Le maire aurait reçu des menaces, a rapporté "Le Parisien".',
            "Le Parisien",
            "Le maire aurait reçu des menaces",
        ),
    ],
)
def test_quoted_title_as_outlet(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content, "media") in speaker_content_types(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        # a quoted word after a verb is no outlet
        "Interrogé sur une démission, le ministre a répondu « Jamais ».",
        # a report's title after its noun: the report speaks, not its title
        "Selon le rapport « Santé et territoires », les déserts médicaux progressent.",
    ],
)
def test_quoted_words_not_an_outlet(fr: Language, text: str) -> None:
    assert not any(t == "media" for _, _, t in speaker_content_types(fr, text))
