"""French loaded vocabulary, round 39 (issue 14): classes missed on both read sets of the round.

Each class below has misses on the two read sets (L38, L39); every sentence here was written for the test:

- a ruler told as a monarch: "régner par décret", "un long règne" (not a monarch's), "le roi est nu",
  "crime de lèse-majesté" (not the offence of a kingdom's law), "jupitérien", "Jupiter" (not the planet or a
  myth), "le tsar Untel" (not the history of Russia);
- moralisers named by irony: "les belles âmes", "les bonnes âmes" (not "une bonne âme" who helps), "donneurs
  de leçon" in the singular too;
- a thing called a sham: "pseudos" in the plural, "un semblant de démocratie" (not "un semblant de calme");
- the end of an institution told as a death or a killing ("on tue l'école du village", "la mort des petits
  commerces", "l'estocade"; not a person's death, nor a bullfight);
- a verb of the action class in its sense of matter: "pourrir" of food or bones, "pulvériser" in a text on crop
  sprays (the figures stay: "laisser pourrir la situation", "pulvériser un record");
- the earthquake named by its head noun is a natural force ("le tremblement de terre qui a dévasté"), and a
  tyre is a physical thing (framing/senses.py's lists)."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Depuis trois ans, la présidente de région s'est habituée à régner par décret.", "régner par décret"),
        ("Ce nouveau revers annonce la fin du long règne du maire sortant.", "long règne"),
        ("Le roi est nu : plus personne ne croit aux promesses du gouvernement.", "Le roi est nu"),
        ("Pour ce ministre, la moindre objection devient un crime de lèse-majesté.", "lèse-majesté"),
        ("Le style jupitérien du chef de l'État agace jusque dans son camp.", "jupitérien"),
        ("Jupiter ne se trompe jamais : la réforme passera sans débat au Parlement.", "Jupiter"),
        ("La région vit désormais au rythme des humeurs du tsar Dupuis et de sa cour.", "tsar"),
        ("Les belles âmes de la capitale nous expliquent comment cultiver nos champs.", "belles âmes"),
        ("Les bonnes âmes qui nous gouvernent n'ont jamais tenu une fourche.", "bonnes âmes"),
        ("Ils passent pour des pollueurs aux yeux des bonnes âmes de la ville.", "bonnes âmes"),
        (
            "Les donneurs de leçon du conseil municipal restent muets quand leurs alliés sont en cause.",
            "donneurs de leçon",
        ),
        ("Ces pseudos débats ne trompent personne.", "pseudos"),
        ("Le pays n'a connu qu'un semblant de démocratie pendant vingt ans.", "semblant de démocratie"),
        ("La réforme a dévasté l'hôpital public en deux ans.", "dévasté"),
        ("En supprimant ces postes, on tue l'école du village.", "tue l'école"),
        ("Sans ces trois classes, c'est la mort des petits commerces du bourg.", "mort des petits commerces"),
        ("Ce vote est l'estocade pour un gouvernement déjà affaibli.", "estocade"),
        ("Le gouvernement laisse pourrir la situation dans les hôpitaux.", "pourrir"),
        ("L'athlète a pulvérisé le record du monde du 400 mètres.", "pulvérisé"),
    ],
)
def test_counted(fr: Language, text: str, word: str) -> None:
    """A hit holds the word (the moralisers' label keeps its determiner: "les belles âmes")."""
    assert any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le long règne de la reine Victoria a duré plus de soixante ans.", "long règne"),
        (
            "Un militaire a été condamné en Thaïlande pour crime de lèse-majesté. "
            "Le tribunal lui reproche une insulte au roi et l'a envoyé en prison.",
            "lèse-majesté",
        ),
        ("Une bonne âme a rapporté le portefeuille au commissariat.", "âme"),
        ("De bonnes âmes ont déposé des fleurs devant la maison.", "âmes"),
        ("Un semblant de calme est revenu dans le quartier après la nuit d'émeutes.", "semblant de calme"),
        ("Des familles vivent sous des tentes depuis le tremblement de terre qui a dévasté la côte.", "dévasté"),
        ("Les manifestants ont bloqué le rond-point avec des pneus embrasés.", "embrasés"),
        ("La sonde Juno a photographié les orages de Jupiter, la plus grande planète du système solaire.", "Jupiter"),
        ("Le tsar Nicolas II abdique en mars 1917, au début de la révolution russe.", "tsar"),
        ("La mort de son père l'a profondément marqué.", "mort"),
        ("Dans l'arène, le matador a porté l'estocade au taureau sous les sifflets.", "estocade"),
        ("Faute de courant, le poisson stocké dans la chambre froide pourrit en deux jours.", "pourrit"),
        ("Les os du squelette, protégés par l'argile, ont mis des siècles à pourrir.", "pourrir"),
        (
            "Les pesticides inquiètent les riverains. Les agriculteurs qui les pulvérisent sont les premiers "
            "exposés, et les traitements se multiplient au printemps.",
            "pulvérisent",
        ),
    ],
)
def test_not_counted(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in lexicon_words(fr, text))
