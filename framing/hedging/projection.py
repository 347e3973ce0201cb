"""A poll's projection in the conditional (French), fifteenth round.

"Le parti obtiendrait 120 sièges", "X recueillerait 30 % des voix", "serait en tête au second tour":
with a poll in view, the conditional states what would happen if the vote were held now, a
hypothetical, not a source's unverified news. In view: a poll word (`poll_noun`: "sondage",
"projection", "intentions de vote") in the sentence, in the four before it, in the next one (a lead
whose poll is named after it) or in the headline. The conditional must itself tell an electoral
outcome: an electoral verb (`poll_verb`: "l'emporterait", "devancerait", "voteraient") or, near the
verb, a word of score, rank or seats (`poll_outcome`, `seat_noun`: "voix", "en tête", "sièges").

A share of the people polled is a projection too since the seventeenth round ("60 % des Français
seraient favorables à la réforme, selon un sondage": `poll_share`; the integrator's annotators mark it
so), while a measured change stays the journalistic conditional ("le parti progresserait
de 6 points", "serait en hausse depuis mars": `poll_change_word` with a measure word and no seats),
and a compound past ("aurait obtenu 30 % des voix" tells results). A modal is a projection only with
seats near it ("pourrait conquérir 300 sièges"): "15 % pourraient s'abstenir"
and "le duel final devrait opposer les mêmes" stay hedges (seventeenth round).

A forecast word (`forecast_noun`: "projections", "prévisions") names an electoral projection only
when the conditional tells votes, seats or a win; with nothing but a figure in "%" it is a
forecaster's rate ("la croissance ralentirait à 0,8 %, selon les projections de la banque"), the
forecaster's unconfirmed figure, a hedge (twenty-fourth round). A share of the people polled needs
a word of people asked ("sondage", "sondés") in view.

Once the vote is held, the figures are results not yet confirmed (twenty-ninth round, convention
decision): with a count sign in view ("sortie des urnes", "résultats partiels", "dépouillement"),
"X recueillerait 52 % des voix" is the journalistic conditional, a hedge.

Round 39: a seat projection (seats near the verb) reads a poll word anywhere in the article, as one
that lists a poll's seat counts party by party names the poll once; and a win or a rout ("connaîtrait
une déroute") is an outcome word (`poll_outcome`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .clauses import HEADLINE_REACH, Sentences, first_with
from .hypothetical import compound_conditional
from .implicit import ETRE_CONDITIONAL
from .words import ClauseWords, phrase_at

# Sentences back from the conditional's own where a poll word still sets the scope.
POLL_SENTENCES_BACK = 4
# A share of the people polled ("61 %"): a typographic sign, which the word lexicons cannot hold.
PERCENT_SIGN = "%"
# Sentences after a headline's conditional where its poll may be named: a headline announces a poll
# that the lead names after an opening quote or a reminder (seventeenth round).
HEADLINE_LEAD_SENTENCES = 4
# Words before the verb group where an outcome word belongs to its clause ("Le score serait..."); after
# the verb, the rest of the sentence ("ne serait plus reconnu comme un parti ... avec cinq élus").
OUTCOME_REACH = 8
# Words after the conditional where a change word is still what the verb tells ("serait en hausse",
# "serait nettement en recul", "pourrait perdre"); a change further on is a side note to a projected
# score or rank ("obtiendrait 30 %, en recul de 2 points"), thirty-third round.
CHANGE_REACH = 3
# What the conditional tells (`_outcome`): a win, votes or seats; or only a share in "%".
ELECTORAL = "electoral"
SHARE = "share"


def poll_projection(
    doc: Doc,
    token: Token,
    start: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    modal: bool = False,
) -> str | None:
    """Why this conditional is a poll's projection (`poll:sondage`), or None. A modal ("pourrait
    conquérir 300 sièges") only with seats in view: a seat projection's range (seventeenth round)."""
    if compound_conditional(doc, token) and not token.lower_.startswith(ETRE_CONDITIONAL):
        return None  # "aurait obtenu 30 % des voix": results, told in the journalistic conditional
    lo, hi = sentences.around(token.i)
    near = range(max(lo, start - OUTCOME_REACH), hi)
    outcome = _outcome(doc, token, near, keys, words)
    if outcome is None:
        return None
    if modal and not any(keys[k] & words.seat_nouns for k in near):
        return None  # "15 % pourraient s'abstenir": a share the poll measured, told with a modal
    signs = words.poll_nouns if outcome == ELECTORAL else words.survey_nouns
    poll = _poll_in_view(doc, lo, hi, keys, signs, sentences)
    if poll is None and outcome == ELECTORAL and any(keys[k] & words.seat_nouns for k in near):
        return _seats_of_the_article_poll(doc, keys, words)
    if poll is None or _vote_held(doc, lo, hi, words, sentences):
        return None  # "selon les sondages de sortie des urnes, X recueillerait 52 %": an unconfirmed result
    return f"poll:{poll}"


def _seats_of_the_article_poll(doc: Doc, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """A seat projection whose poll is named further than the usual view (round 39): an article that
    sets out a poll's seat counts party by party ("Les écologistes obtiendraient de 12 à 18 sièges") names the
    poll once, at the start or the end. Seats make the electoral reading sure, so the poll may stand
    anywhere in the text; a count sign anywhere ("dépouillement") still makes them results."""
    every = range(len(doc))
    poll = first_with(keys, words.poll_nouns, [every])
    if poll is None or any(phrase_at(doc, k, words.count_signs) for k in every):
        return None
    return f"poll:{doc[poll].text}"


def _vote_held(doc: Doc, lo: int, hi: int, words: ClauseWords, sentences: Sentences) -> bool:
    """Whether a count sign ("sortie des urnes", "résultats partiels", "dépouillement") in the poll's
    view tells that the vote is over: its figures are results not yet confirmed, not a projection
    (twenty-ninth round, convention decision)."""
    first = sentences.start_back(lo, POLL_SENTENCES_BACK)
    return any(phrase_at(doc, k, words.count_signs, hi) for k in range(first, hi))


def _outcome(doc: Doc, token: Token, near: range, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """How the conditional tells a poll's outcome: `ELECTORAL` (a win, votes, seats, a score or rank),
    `SHARE` (only a figure in "%" or a share word), or None (a measured change, or no outcome). The
    change must be what the verb itself tells ("progresserait de 6 points", "serait en hausse depuis
    mars"): a change in an apposition or another clause ("serait troisième avec 14 %, en baisse
    d'un point", "X l'emporterait, tandis que Y reculerait de 8 points") leaves the score or rank a
    projection, as the annotators of two sets read it (thirty-third round)."""
    seats = any(keys[k] & words.seat_nouns for k in near)
    told = range(token.i, min(len(doc), token.i + 1 + CHANGE_REACH))
    changes = any(keys[k] & words.poll_changes for k in told) and any(keys[k] & words.poll_measures for k in near)
    if changes and not seats:
        return None  # "progresserait de 6 points", "serait en hausse depuis mars": what the poll measured
    verbs = [token, *(t for t in doc[token.i + 1 : token.i + 3] if t.pos_ in ("VERB", "AUX", "ADJ"))]
    if any(keys[t.i] & words.poll_verbs for t in verbs):
        return ELECTORAL  # "l'emporterait", "serait élu", "se qualifierait", "voteraient"
    if seats or any(_outcome_word(keys, words, k) for k in near):
        return ELECTORAL
    if any(doc[k].text == PERCENT_SIGN or keys[k] & words.poll_shares for k in near):
        return SHARE  # "61 % des habitants seraient favorables", "Suivraient les Verts (12 %)"
    return None


def _outcome_word(keys: Sequence[frozenset[str]], words: ClauseWords, k: int) -> bool:
    """A word of score or rank, not a quantifier ("la majorité des sièges", not "la majorité des salariés")."""
    found = keys[k] & words.poll_outcomes
    if not found:
        return False
    after = keys[k + 1] if k + 1 < len(keys) else frozenset()
    return not any(after & words.poll_outcome_not_before.get(word, frozenset()) for word in found)


def _poll_in_view(
    doc: Doc, lo: int, hi: int, keys: Sequence[frozenset[str]], signs: frozenset[str], sentences: Sentences
) -> str | None:
    """A poll word (of `signs`) in the sentence, the ones before it, the next one (the next four after
    a headline) or the headline."""
    first = sentences.start_back(lo, POLL_SENTENCES_BACK)
    last = hi
    ahead = HEADLINE_LEAD_SENTENCES if lo == 0 and hi <= HEADLINE_REACH else 1
    for _ in range(ahead):
        while last < len(doc) and doc[last].is_space:
            last += 1
        if last < len(doc):
            last = sentences.around(last)[1]
    k = first_with(keys, signs, sentences.with_headline(first, last))
    return doc[k].text if k is not None else None
