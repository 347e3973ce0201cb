"""French hedging, round 44: round 43's recurring held-out causes written as classes (docs/hedging.md, round 44).

Each class has its own lists, so a class can be taken or left with its commit. Every sentence here was written
for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str, kind: str) -> bool:
    """Whether a counted hedge of `kind` holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and k == kind and counted for cue, k, counted in counted_kinds(nlp, text))


def _any_counted(nlp: Language, text: str, words: str) -> bool:
    """Whether any counted hedge holds `words`."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


# Class 3. A claim qualified as unverified, unofficial or still unknown by an adjective or a participle.
UNVERIFIED_HEDGES = [
    ("Le site a relayé des propos non confirmés par le ministère.", "non confirmés"),
    ("Un bilan non vérifié fait état de vingt morts.", "non vérifié"),
    ("Les chiffres, non encore authentifiés, circulent depuis mardi.", "non encore authentifiés"),
    ("Ces montants non-vérifiés ont été repris partout.", "non-vérifiés"),
    ("Selon des résultats non officiels, la maire sortante l'emporte.", "non officiels"),
    ("Les données étaient « non officielles », a nuancé l'institut.", "non officielles"),
    ("Selon un décompte officieux, trois cents bateaux manquent.", "officieux"),
    ("Il a obtenu ces montants à titre officieux auprès du groupe.", "officieux"),
    ("Le camion a quitté la route pour une raison encore inconnue.", "encore inconnue"),
    ("Le malaise, toujours inexpliqué, inquiète les parents.", "toujours inexpliqué"),
    ("Ce sondage est sujet à caution.", "sujet à caution"),
    ("Ces estimations sont à prendre avec précaution.", "à prendre avec précaution"),
    ("Le projet allégué visait deux préfectures.", "allégué"),
    ("La brigade a ouvert une enquête après des soupçons de fraude électorale.", "soupçons de fraude"),
]
UNVERIFIED_LOOK_ALIKES = [
    ("La princesse a fait une visite non officielle à Rome.", "non officielle"),
    ("Le secteur informel fait vivre la moitié du pays.", "informel"),
    ("Les ministres se sont vus lors d'une réunion informelle.", "informelle"),
    ("Un peintre encore inconnu du grand public expose à Nantes.", "inconnu"),
    ("Ajoutez un soupçon de muscade.", "soupçon"),
    ("Le trésorier est au-dessus de tout soupçon de fraude.", "soupçon"),
    ("Les faits allégués par la partie civile sont anciens.", "allégués"),
    ("Confirmée ou non, la nouvelle a fait chuter le titre.", "non"),
    ("Un drone non identifié a survolé la base.", "non identifié"),
    ("Ce patient est sujet à des crises d'angoisse.", "sujet à"),
]


@pytest.mark.parametrize(("text", "words"), UNVERIFIED_HEDGES)
def test_unverified_status_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words, "epistemic_hedge"), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), UNVERIFIED_LOOK_ALIKES)
def test_unverified_look_alikes_are_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _any_counted(fr, text, words), counted_kinds(fr, text)


# Class 6. Hypothesis nouns made one option, a possibility adjective after its noun, epistemic `pouvoir` + évoquer.
POSSIBILITY_HEDGES = [
    ("L'hypothèse la plus sérieuse reste celle d'une fuite.", "hypothèse la plus sérieuse", "epistemic_hedge"),
    ("La thèse privilégiée reste un acte isolé.", "thèse privilégiée", "epistemic_hedge"),
    ("Le lot est retiré à cause de la présence possible de salmonelles.", "possible", "epistemic_hedge"),
    ("Ces douleurs peuvent évoquer une appendicite.", "peuvent évoquer", "modal_hedge"),
    ("Une telle fissure peut révéler une faiblesse de la structure.", "peut révéler", "modal_hedge"),
]
POSSIBILITY_LOOK_ALIKES = [
    ("Dans l'hypothèse la plus sombre, le chantier serait reporté.", "hypothèse"),
    ("L'hypothèse la plus folle a été écartée par les enquêteurs.", "hypothèse"),
    ("Il faut vendre le plus de billets possible.", "possible"),
    ("La préfète peut évoquer ce dossier lundi.", "évoquer"),
]


@pytest.mark.parametrize(("text", "words", "kind"), POSSIBILITY_HEDGES)
def test_possibility_shapes_are_counted(fr: Language, text: str, words: str, kind: str) -> None:
    assert _counted(fr, text, words, kind), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), POSSIBILITY_LOOK_ALIKES)
def test_possibility_look_alikes_are_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _any_counted(fr, text, words), counted_kinds(fr, text)


# Class 2. Unnamed sources outside a "selon" slot.
SOURCE_HEDGES = [
    ("Trois soldats ont été blessés, a-t-on appris de sources hospitalières.", "sources hospitalières"),
    ("Ces montants ont été obtenus de source syndicale.", "source syndicale"),
    ("La digue a cédé dans la nuit, ont rapporté les médias régionaux.", "les médias régionaux"),
    ("Le maire a démissionné, rapporte la presse locale.", "la presse locale"),
    ("Les noms n'ont pas été révélés par les sources du quotidien.", "les sources du quotidien"),
    ("Certains vignerons affirment que la grêle a tout détruit.", "Certains vignerons"),
    ("Certaines ONG estiment que le bilan est plus lourd.", "Certaines ONG"),
]
SOURCE_LOOK_ALIKES = [
    ("L'usine tire son énergie de sources renouvelables.", "sources"),
    ("Le sénateur a vivement critiqué les médias locaux.", "médias"),
    ("Certains vignerons ont été indemnisés.", "vignerons"),
    ("La juge a ouvert une enquête sur les sources du journal.", "sources"),
]


@pytest.mark.parametrize(("text", "words"), SOURCE_HEDGES)
def test_unnamed_sources_are_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words, "vague_attribution"), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), SOURCE_LOOK_ALIKES)
def test_source_look_alikes_are_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _any_counted(fr, text, words), counted_kinds(fr, text)


# Class 4. A quantified group counts as a source only in a speaking position.
GROUPS_SPEAKING = [
    ("Plusieurs analystes estiment que la nappe va baisser.", "Plusieurs analystes"),
    ("Selon de nombreux observateurs, la réforme sera votée.", "de nombreux observateurs"),
    ("De nombreux économistes sont persuadés que l'inflation va refluer.", "De nombreux économistes"),
    ("Plusieurs spécialistes redoutent un été sec.", "Plusieurs spécialistes"),
    ("De nombreux témoignages le confirment.", "De nombreux témoignages"),
]
GROUPS_SILENT = [
    ("Le virus a contaminé plusieurs chercheurs du laboratoire.", "plusieurs chercheurs"),
    ("Le projet, face à de nombreux reproches, a été retiré.", "de nombreux reproches"),
    ("Plusieurs experts ignoraient l'existence de ce manuscrit.", "Plusieurs experts"),
    ("De nombreux témoins ont été entendus par les gendarmes.", "De nombreux témoins"),
    ("La ministre accuse certains dirigeants régionaux de laxisme.", "certains dirigeants"),
]


@pytest.mark.parametrize(("text", "words"), GROUPS_SPEAKING)
def test_group_in_speaking_position_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words, "vague_attribution"), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), GROUPS_SILENT)
def test_group_outside_speaking_position_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _any_counted(fr, text, words), counted_kinds(fr, text)


# Class 5. "nous devrions" / "on devrait" + a verb of result or a future time: the speaker's forecast, not a duty.
FORECASTS = [
    ("« D'ici l'automne, nous devrions avoir un prestataire », a expliqué l'adjoint.", "devrions avoir"),
    ("On devrait connaître le montant exact la semaine prochaine.", "devrait connaître"),
    ("« Nous devrions recevoir les premières doses en avril », a précisé la pharmacienne.", "devrions recevoir"),
]
DUTIES = [
    ("Nous devrions agir plus vite contre le gaspillage.", "devrions agir"),
    ("On devrait interdire ces engrais.", "devrait interdire"),
]


@pytest.mark.parametrize(("text", "words"), FORECASTS)
def test_first_person_forecast_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words, "modal_hedge"), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), DUTIES)
def test_first_person_duty_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _any_counted(fr, text, words), counted_kinds(fr, text)
