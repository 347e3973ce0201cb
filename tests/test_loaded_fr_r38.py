"""French loaded vocabulary, round 38 (issue 14, precision against any technique span).

Classes of false hits, each fixed by a definition and each with a counterpart that still counts:

- the phrase someone's remarks were about ("les propos du ministre sur « l'ensauvagement »") is named, not
  used (framing/use_mention.py, topic construction);
- the triage grades of emergency medicine ("urgence vitale") are set phrases;
- a measure noun ("ampleur", "intensité") gives a size after "telle" or "grande", and dramatizes only at the
  exceptional ("d'une rare intensité");
- the last-straw idiom is read to its verb ("qui a fait déborder le vase"), not at "la goutte d'eau qui";
- a verb with no object is said of its subject, a relative pronoun subject standing for its antecedent ("des
  verrières qui ont explosé"), and parts of a building are physical things (framing/senses.py);
- a speaker's "« c'est inquiétant »" is the speaker's reaction (framing/experiencer.py, `quoted_entries`);
  "impressionnant" said of the pictures of an event describes them.

Every sentence here was written for the test; each "not counted" case fires on the round's start code."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Les propos du député sur « l'ensauvagement » des quartiers ont relancé la polémique.", "ensauvagement"),
        (
            "On se souvient de ses déclarations, devant des patrons réunis à Lyon, sur le « pognon de dingue ».",
            "pognon",
        ),
        ("Le patient a été admis en urgence vitale au centre hospitalier de Valence.", "vitale"),
        ("Une grève d'une telle ampleur n'avait pas touché la raffinerie depuis dix ans.", "d'une telle ampleur"),
        ("Chaque adhésion est une goutte d'eau qui aidera l'association à racheter le moulin.", "goutte d'eau qui"),
        ("Sous la grêle, des verrières qui ont explosé ont blessé deux employés de la jardinerie.", "explosé"),
        (
            "« C'était d'autant plus inquiétant que la maternité était la seule de la vallée », a dit la sage-femme.",
            "inquiétant",
        ),
        ("« C'était très impressionnant, les grêlons cassaient les tuiles », raconte un riverain.", "impressionnant"),
        ("Des vidéos impressionnantes de la crue circulent sur les réseaux sociaux.", "impressionnantes"),
    ],
)
def test_not_counted(fr: Language, text: str, word: str) -> None:
    assert word not in lexicon_words(fr, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the writer's own use of a loaded word, even in quotation marks with no topic of remarks before it
        ("Le gouvernement laisse prospérer l'ensauvagement des quartiers.", "ensauvagement"),
        # a vital need asserted by the writer
        ("Ce port est vital pour toute l'économie de l'île.", "vital"),
        # the exceptional measure
        ("La finale fut d'une rare intensité.", "d'une rare intensité"),
        # the idiom read whole
        ("Ce nouveau retard fut la goutte d'eau qui a fait déborder le vase.", "goutte d'eau qui a fait déborder"),
        # no object, but the subject is no physical thing
        ("Les loyers qui ont explosé pèsent sur les familles.", "explosé"),
        # the writer's verdict, and a quoted verdict that is no "c'est" reaction
        ("La hausse des loyers dans le centre est inquiétante.", "inquiétante"),
        ("Le syndicat dénonce « une dérive inquiétante » de la direction.", "inquiétante"),
        ("Le bilan de la saison est impressionnant.", "impressionnant"),
    ],
)
def test_still_counted(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)
