"""A party's own statement about its plan, told in the conditional (French), twenty-second round.

"Cette adaptation, précise l'enseigne, « conduirait à la suppression de 500 emplois »", "Le groupe
souligne que ce rapprochement donnerait naissance au numéro trois mondial": the conditional is the
speaker's, inside what a company, a government, a union or a person says about a plan, an offer or a
deal in scope; it tells what the plan would do, not news the writer leaves unconfirmed. The signal
comes from the attribution analyser: the conditional sits in the content of an attribution whose
speaker is named and is not the press or an unnamed source (`news_cues`), and whose cue is a verb of
saying, not "selon" / "d'après" ("selon X, il aurait..." stays the journalistic conditional).

Only the plain present conditional or a present passive ("seraient supprimés"): not a compound past
("aurait signé", a reported event), not a reflexive ("se trouveraient"), not a modal (a forecast,
left to the modal rules). Not a conditional with a first- or second-person clitic ("ça ne
m'étonnerait pas": the speaker's own doubt), nor one with a source word, a date or a press cue in its sentence
(a date makes it a forecast of when, as in `analyser._forecast_signs`).
A plan must be in scope: a proposal, scheme or deal noun or a plan sign ("projet", "prévu") in the
statement before the conditional or in the sentences before it; the noun of a planned thing alone
("la route rouvrirait", "la ligne serait achevée en 2030") is not enough: the thing may exist.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..matching import norm
from ..types import Attribution
from .clauses import Sentences
from .hypothetical import compound_conditional
from .implicit import AVOIR_CONDITIONAL, ETRE_CONDITIONAL
from .plans import present_passive
from .subjects import named_subject
from .words import ClauseWords

# Speakers whose report is news to confirm, not a party's own statement (as in `sources`).
NEWS_SOURCE_TYPES = frozenset({"media", "anonymous"})
# Sentences back from the conditional's own where a plan noun still sets the scope (as in `proposals`).
SCOPE_SENTENCES = 5
REFLEXIVE = frozenset({"se", "s'"})
# "ne m'étonnerait pas", "nous conviendrait": the speaker's own attitude, a hedge of their own.
PERSONAL_CLITICS = frozenset({"me", "m'", "te", "t'", "nous", "vous"})


def party_contents(
    doc: Doc, attributions: Sequence[Attribution], keys: Sequence[frozenset[str]], words: ClauseWords
) -> dict[int, int]:
    """Token index -> the first token of its statement, for what a named party says with a verb of
    saying (not the press, not an unnamed source, not "selon X")."""
    tokens: dict[int, int] = {}
    for a in attributions:
        if a.speaker_type in NEWS_SOURCE_TYPES or a.speaker_start is None:
            continue
        if a.content_start is None or a.content_end is None:
            continue
        cue = doc.char_span(a.start, a.end, alignment_mode="expand")
        if cue is None or any(keys[k] & words.source_signs for k in range(cue.start, cue.end)):
            continue  # "selon le groupe, il aurait...": the journalistic conditional
        speaker = doc.char_span(a.speaker_start, a.speaker_end or a.speaker_start, alignment_mode="expand")
        if speaker is None or _unnamed(doc, keys, words, speaker.start, speaker.end):
            continue  # "aux dires de plusieurs élus": people left unnamed, a vague source
        content = doc.char_span(a.content_start, a.content_end, alignment_mode="expand")
        if content is not None:
            for k in range(content.start, content.end):
                tokens.setdefault(k, content.start)
    return tokens


def _year(token: Token) -> bool:
    """A year ("en 2030"): a date, as a `dating_word` is."""
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _unnamed(doc: Doc, keys: Sequence[frozenset[str]], words: ClauseWords, start: int, end: int) -> bool:
    """A speaker opened by a quantifier or a number ("plusieurs élus", "trois cadres", "des
    syndicalistes"), as `sources.unnamed_sources` reads them."""
    first = next((k for k in range(start, end) if not doc[k].is_space), None)
    return first is not None and (bool(keys[first] & words.source_quantifiers) or doc[first].like_num)


def party_projection(
    doc: Doc,
    token: Token,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    contents: dict[int, int],
    news_cues: frozenset[int],
) -> str | None:
    """Why this conditional is a party's account of its plan (`party-statement:<plan word>`), or None."""
    lo, hi = sentences.around(token.i)
    origin = contents.get(token.i)
    if origin is None:  # not inside a statement: perhaps the sentence after one
        origin = _statement_before(doc, keys, words, sentences, contents, lo, hi)
        if origin is not None and named_subject(doc, token, lo, token.i, keys):
            return None  # "X se dit insatisfaite de l'accord. L'Argentine ruerait aussi...": news of another actor
    if origin is None:
        return None
    previous = doc[token.i - 1] if token.i > 0 else None
    if previous is not None and norm(previous.text) in REFLEXIVE and not keys[token.i] & words.proposal_verbs:
        return None  # "se trouveraient": a reflexive state or event; "il s'agirait d'un plan" describes it
    auxiliary = token.lower_.startswith((AVOIR_CONDITIONAL, ETRE_CONDITIONAL))
    if auxiliary and compound_conditional(doc, token) and not present_passive(doc, token, words):
        return None  # "aurait signé", "serait parti": a reported event ("s'agirait bel et bien" is none)
    if any(norm(doc[k].text) in PERSONAL_CLITICS for k in range(max(lo, token.i - 2), token.i)):
        return None
    reported = words.leak_signs | words.reported_signs  # a source word, a date
    if any(k in news_cues or keys[k] & reported or _year(doc[k]) for k in range(lo, hi)):
        return None  # "..., selon le maire", "a appris le journal", "serait achevée en 2030": news, a forecast
    # Not a planned thing's noun alone ("la route rouvrirait", "la ligne serait achevée"): it may exist.
    first = min(origin, sentences.start_back(lo, SCOPE_SENTENCES))
    for k in range(token.i - 1, first - 1, -1):
        if keys[k] & words.plan_words:
            return f"party-statement:{doc[k].text}"
    return None


def _statement_before(
    doc: Doc,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    contents: dict[int, int],
    lo: int,
    hi: int,
) -> int | None:
    """The statement's first token when the sentence right before holds a party's statement and this
    one names no source and no verb of saying of its own: the account goes on ("..., ajoute le groupe.
    Il s'agirait d'un plan de départs volontaires")."""
    previous = sentences.previous_start(lo)
    if previous >= lo or words.names_source_or_saying(doc, keys, lo, hi):
        return None
    return next((contents[k] for k in range(previous, lo) if k in contents), None)
