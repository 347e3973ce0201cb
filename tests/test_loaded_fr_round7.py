"""French loaded vocabulary, seventh round (issue 14): fixed figures of attack, contempt, capitulation
and servility, hyperbole frames ("une vague de" + words, not water), judging manner and quality phrases,
irony markers, more class words, and the literal or neutral uses that must not match. Every sentence
here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitulation and servility
        ("Le gouvernement est passé sous les fourches caudines des créanciers.", ["fourches caudines"]),
        ("Les syndicats refusent de baisser les bras.", ["baisser les bras"]),
        ("Le club a fini par hisser le drapeau blanc.", ["hisser le drapeau blanc"]),
        ("Le conseil a plié l'échine devant le promoteur.", ["plié l'échine"]),
        ("Ses adjoints lèchent les bottes du patron.", ["lèchent les bottes"]),
        ("La direction s'aplatit devant les actionnaires.", ["aplatit devant"]),
        ("La mairie a vendu son âme au promoteur.", ["vendu son âme"]),
        ("La région est pieds et poings liés face à l'État.", ["pieds et poings liés"]),
        # attack and contempt
        ("L'opposition a traîné dans la boue le nouveau préfet.", ["traîné dans la boue"]),
        ("Le joueur a été mis au ban du club.", ["mis au ban"]),
        ("Le ministre crache sur les enseignants.", ["crache sur les"]),
        # "vent debout" left the default lexicon in round 30 (an idiom of stance: test_loaded_fr_round30.py)
        ("Les élus sont vent debout contre le projet.", []),
        ("Les deux adjoints sont à couteaux tirés.", ["couteaux tirés"]),
        ("Le rapport tord le cou à une idée reçue.", ["tord le cou"]),
        ("Les maires croisent le fer avec le préfet.", ["croisent le fer"]),
        ("Le député est monté sur ses grands chevaux.", ["ses grands chevaux"]),
        ("Les riverains, pressés comme des citrons, paient encore.", ["comme des citrons"]),
        ("Le débat a tourné à la foire d'empoigne.", ["foire d'empoigne"]),
        # insinuation of hidden motives or control
        ("Selon lui, le banquier tire les ficelles en sous-main.", ["tire les ficelles", "sous-main"]),
        ("Ce discours fait le jeu des extrêmes.", ["fait le jeu des"]),
        ("Les actionnaires s'enrichissent sur le dos des salariés.", ["sur le dos des"]),
        ("L'hôpital a été fermé sur l'autel de la rentabilité.", ["autel de"]),
        ("Cette association sert de bras armé au parti.", ["bras armé"]),
        # labels
        ("Le maire traite ses critiques d'oiseaux de mauvais augure.", ["oiseaux de mauvais augure"]),
        # the whole figure "jouer les pompiers pyromanes" since round 14 reads "joue" as the verb
        ("Le sénateur joue les pompiers pyromanes.", ["joue les pompiers pyromanes"]),
        ("Le gérant n'était qu'un homme de paille.", ["homme de paille"]),
        ("Certains parlent d'une république bananière.", ["bananière"]),
        # absurdity and incompetence
        ("Avec cette taxe, on marche sur la tête.", ["marche sur la tête"]),
        (
            "Le maire a perdu les pédales, son adjoint pédale dans la semoule.",
            ["perdu les pédales", "pédale dans la semoule"],
        ),
        (
            "Une élite hors sol, déconnectée des réalités, gouverne en roue libre.",
            ["hors sol", "déconnectée des réalités", "roue libre"],
        ),
        ("Le conseil met la charrue avant les bœufs.", ["charrue avant les bœufs"]),
        # false promises and feelings, evasion
        ("Le candidat promet monts et merveilles et vend du rêve.", ["monts et merveilles", "vend du rêve"]),
        (
            "Le ministre verse des larmes de crocodile et fait la sourde oreille.",
            ["larmes de crocodile", "sourde oreille"],
        ),
        ("La direction s'en lave les mains et se défile.", ["lave les mains", "se défile"]),
        # concealment and punishment
        ("Le gouvernement a enterré le rapport, passé à la trappe.", ["enterré le rapport", "trappe"]),
        ("L'opposant a été jeté en prison.", ["jeté en prison"]),
        ("Ce dirigeant a du sang sur les mains.", ["sang sur les mains"]),
        ("Le militant dénonce un procès en sorcellerie.", ["procès en sorcellerie"]),
        # conflict as a fight, hyperbole
        ("Pékin montre les dents ; entre les deux partis, le torchon brûle.", ["montre les dents", "torchon brûle"]),
        ("Son annonce est un pavé dans la mare.", ["pavé dans la mare"]),
        ("Ses idées sont à des années-lumière des nôtres.", ["années-lumière"]),
        ("Le pays croule sous un océan de dettes.", ["croule sous", "océan de dettes"]),
        ("Un régime à bout de souffle, un clan aux abois.", ["bout de souffle", "aux abois"]),
        ("L'Assemblée n'est qu'une chambre d'enregistrement.", ["chambre d'enregistrement"]),
        ("Il dénonce la police de la pensée et l'écologie punitive.", ["police de la pensée", "écologie punitive"]),
        # proverbial figures that judge a choice or a person
        ("Les électeurs choisissent entre la peste et le choléra.", ["peste et le choléra"]),
        ("Le syndicat veut le beurre et l'argent du beurre.", ["argent du beurre"]),
        ("Nommer ce lobbyiste, c'est faire entrer le loup dans la bergerie.", ["loup dans la bergerie"]),
        (
            "C'est l'hôpital qui se moque de la charité : l'arroseur arrosé.",
            ["hôpital qui se moque", "arroseur arrosé"],
        ),
        # labels and imputed motives
        ("Le tribun dénonce un État policier et le politiquement correct.", ["État policier", "politiquement correct"]),
        ("Le candidat surfe sur la colère et joue sur les peurs.", ["surfe sur la", "joue sur les peurs"]),
        (
            "Le ministre brandit la menace d'une grève ; l'opposant est traité d'ennemi du peuple.",
            ["brandit la menace", "ennemi du peuple"],
        ),
        # fate and decline
        ("Cette décision sonne le glas du commerce de proximité.", ["sonne le glas"]),
        ("Les salariés paieront les pots cassés.", ["pots cassés"]),
        ("La réforme a mis au placard les anciens cadres.", ["mis au placard"]),
        # reprimand told as a beating or a scolding
        ("Le patron lui a passé un savon.", ["passé un savon"]),
        ("Le préfet a remonté les bretelles des maires.", ["remonté les bretelles"]),
        ("Le chroniqueur a taillé un costard au ministre.", ["taillé un costard"]),
        ("Ces publicités nous bourrent le crâne.", ["bourrent le crâne"]),
        ("Le candidat accuse l'État profond de tout bloquer.", ["État profond"]),
    ],
)
def test_seventh_round_figures(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hyperbole frames: a wave or a flood of words or feelings
        ("L'annonce a provoqué une vague d'indignation.", ["vague d'indignation"]),
        ("Le ministre a essuyé un torrent de critiques.", ["torrent de critiques"]),
        ("Le film a reçu un concert de louanges.", ["concert de louanges"]),
        # judging manner and quality
        ("Le texte a été adopté au forceps, à la hussarde.", ["au forceps", "hussarde"]),
        ("La loi a été votée en catimini, à marche forcée.", ["catimini", "marche forcée"]),
        ("Il dénonce une presse de caniveau.", ["caniveau"]),
        ("Il se sert d'arguments de bas étage.", ["bas étage"]),
        ("Les patients subissent une médecine à deux vitesses.", ["à deux vitesses"]),
        ("Le promoteur a vendu le parc sans vergogne.", ["sans vergogne"]),
        # irony and emphasis
        ("Cerise sur le gâteau, la facture a doublé.", ["Cerise sur le gâteau"]),
        ("N'en déplaise aux sceptiques, le pont tient.", ["N'en déplaise"]),
        ("Le ministre, excusez du peu, réclame un second palais.", ["excusez du peu"]),
        ("Le maire réclame, tenez-vous bien, un second palais.", ["tenez-vous bien"]),
        ("Le comble, c'est que personne n'a été prévenu.", ["comble"]),
        ("Le chantier est devenu un véritable fiasco.", ["véritable fiasco"]),
        ("Un décor digne d'un mauvais feuilleton.", ["digne d'un"]),
        ("Une répression digne des pires régimes.", ["digne des pires"]),
    ],
)
def test_seventh_round_frames_and_markers(fr: Language, text: str, expected: list[str]) -> None:
    # the classes only: the graded evaluative tier of round 21 is tested apart (it also reads an
    # evaluative adjective next to a frame, "un mauvais feuilleton")
    assert [h.text for h in lexicon_hits(fr, text) if h.category != "evaluative"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des investisseurs voraces et insatiables rachètent tout.", ["voraces", "insatiables"]),
        ("Le parti, sclérosé et moribond, cherche un chef.", ["sclérosé", "moribond"]),
        ("Une hausse débridée des loyers, disproportionnée.", ["débridée", "disproportionnée"]),
        ("L'éditorialiste égratigne le maire et flétrit son adjoint.", ["égratigne", "flétrit"]),
        ("Le club a capitulé face aux supporters.", ["capitulé"]),
        ("Ce n'était qu'un bluff, une palinodie de plus.", ["bluff", "palinodie"]),
        ("Le débat a tourné au pugilat, un vrai cirque.", ["pugilat", "vrai", "cirque"]),
        ("Un saltimbanque et ses laudateurs ont pris la parole.", ["saltimbanque", "laudateurs"]),
        ("Le président explique doctement que tout va bien.", ["doctement"]),
        ("Un ton péremptoire, des slogans racoleurs et tapageurs.", ["péremptoire", "racoleurs", "tapageurs"]),
        ("Le ministre assène ses chiffres et chipote sur le reste.", ["assène", "chipote"]),
        ("Le projet a fait un flop, un vrai plantage.", ["flop", "vrai", "plantage"]),
        (
            "Une administration pléthorique et budgétivore, une gestion technocratique.",
            ["pléthorique", "budgétivore", "technocratique"],
        ),
        ("Le rapport parle d'un apartheid scolaire et d'une muselière pour la presse.", ["apartheid", "muselière"]),
        ("Le résultat est stupéfiant.", ["stupéfiant"]),
        ("Un parlement croupion, un gouvernement illégitime.", ["croupion", "illégitime"]),
        ("Une fiscalité confiscatoire au service du narratif officiel.", ["confiscatoire", "narratif"]),
        ("Ces faussaires laissent le pays végéter.", ["faussaires", "végéter"]),
        # -ment adverbs of listed adjectives, nouns of attitude
        ("Le maire a répondu hargneusement, puis venimeusement.", ["hargneusement", "venimeusement"]),
        ("Une réforme pensée simplistement et défendue péremptoirement.", ["simplistement", "péremptoirement"]),
        ("Le préfet a répondu avec dédain, désinvolture et un certain toupet.", ["dédain", "désinvolture", "toupet"]),
        (
            "Les élus ont docilement approuvé ce que l'on appelle pudiquement un ajustement.",
            ["docilement", "pudiquement"],
        ),
    ],
)
def test_seventh_round_class_words(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # literal, technical or neutral uses the new entries must leave alone
        "Une vague de chaleur touche le sud du pays.",
        "Le torrent de montagne a débordé après l'orage.",
        "Les prix sont en légère hausse ce mois-ci.",
        "Le psychologue de la clinique reçoit le mardi.",
        "Les salaires de bas niveau ont augmenté de bas en haut de l'échelle.",
        "Ce témoin est digne de confiance.",
        "Le skieur a baissé les yeux avant le départ.",
        "Le marin a hissé le drapeau du club.",
        "La salle était comble pour le concert.",
        "Il a rangé les cartons au grenier.",
        "Il a posé la lampe de paille sur la table.",
        "Le tailleur lui a taillé un costume sur mesure.",
        "Le commissaire de police a ouvert une enquête.",
        "Cette ferme produit des tomates hors sol.",
        "Le chirurgien se lave les mains avant d'opérer.",
        "La ferme est à des années du village, cela fait des années.",
        "Le nageur a pris la tête de la course.",
        "La ville a enterré son ancien maire.",
        "La police a démantelé un trafic de stupéfiants.",
        "La police de proximité patrouille la nuit.",
        "Les douaniers ont saisi des stupéfiants et un stupéfiant inconnu.",
    ],
)
def test_seventh_round_neutral_uses(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_quoted_hits_keep_their_voice(fr: Language) -> None:
    """A loaded word inside a speaker's quotation counts, and says it is the speaker's, not the outlet's."""
    text = "« Ce plan est une mascarade », a lancé la maire. Le projet reste une mascarade."
    voices = [(h.text, h.voice) for h in lexicon_hits(fr, text)]
    assert voices == [("mascarade", "quoted"), ("mascarade", "reporter")]
