"""A plain conditional that goes on a hypothesis or a reported plan is part of it (French).

"Cette agence fixerait les tarifs et contrôlerait les ports auxquels les navires seraient
rattachés": once the first conditional is read as a hypothesis (a scheme, a proposal, a "si" clause, an
implicit condition), the verbs coordinated to it and the relative clauses that describe its objects
tell the same imagined case; each taken alone has no sign of it, and would count as the journalistic
conditional. The hypothesis carries on to the later plain conditionals of the sentence, up to a hard
boundary (";", ":") or a word that names a source or a date ("selon", "hier"), where reported news may
start again (fourteenth round: past a date, a verb coordinated right after the hypothesis still goes
on it). Modals keep their own reading ("... et pourrait coûter cher" is a guess).

Tenth round: it also carries on into the **next sentence**, when that sentence goes on describing
the same case with a simple conditional of an action and names no source and no date: "X a indiqué
que l'accord se déroulerait en deux phases. Dans la première, les combats cesseraient..." (a
reported plan, told on after its verb of saying), "Si le texte passait, les loyers baisseraient. Les
propriétaires perdraient..." A compound conditional ("il aurait reconnu les faits") or one of a
state ("il serait âgé de", "il aurait des dettes") is the journalistic conditional of new news, and
stays a hedge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..lexicons import normalize_term
from ..matching import norm
from .clauses import HARD_BOUNDARIES, Sentences
from .findings import CONCORDANCE, CONDITIONAL_HEDGE, HYPOTHETICAL, Finding
from .hypothetical import compound_conditional
from .mood import conditional_stem
from .plans import present_passive
from .subjects import named_subject
from .words import ClauseWords

# Readings of a conditional that a plain conditional in the next sentence may go on telling.
CARRIED_READINGS = frozenset({CONCORDANCE, HYPOTHETICAL})
# A counterfactual ("il aurait été libre de toute façon") closes on itself: what never happened sets
# up no case for the next sentence to go on telling (eighteenth round).
CLOSED_TRAIL = "|counterfactual:"
# An indefinite subject's case ("Un plan serait sur les rails") is often itself unconfirmed news: a
# passive after it ("des lignes seraient menacées") is not carried as a description (twentieth round).
WEAK_TRAIL = "|subject:indefinite:"
# Twenty-first round: a case set up by a marker of supposition ("si", "dans ce cas", "au cas où",
# "dans cette hypothèse") goes on in the next sentence even for a modal: "Si l'accord était signé, le
# prix baisserait. Les importateurs pourraient alors doubler leurs achats" tells what could happen in
# the supposed case, not the writer's doubt about news. Only the marker's case: a plan's modal ("le
# pont devrait relier") stays a hedge, as annotators mark it (round 18), and so does the case of a
# condition or proviso of one statement ("Sans accord, l'UE devrait... Ces droits pourraient...").
MODAL_HEDGE = "modal_hedge"
MARKER_TRAIL = "|hypothetical:"
SUPPOSITION_TRAIL = "|continues-supposition:"


def continue_hypotheses(
    doc: Doc,
    findings: Sequence[Finding],
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    hedged: frozenset[int] = frozenset(),
) -> list[Finding]:
    """`findings` (in text order) with each plain conditional hedge that follows a
    hypothesis in the same sentence made a hypothesis too (rule trail `|continues:<first verb>`), and
    each that goes on a hypothesis or concordance of the sentence before (`|continues-sentence:<verb>`).
    `hedged`: tokens of the counted lexical hedges ("peut-être", "risque de"), which end a supposition."""
    out: list[Finding] = []
    opened: tuple[int, str] | None = None  # (first token after the hypothesis, its text)
    # (end of the sentence of the last hypothesis or concordance, its text, whether it was a hypothesis)
    carried: tuple[int, str, bool] | None = None
    # (end of the sentence of the last hypothesis set by a marker, its text): twenty-first round
    supposed: tuple[int, str] | None = None
    for finding in sorted(findings, key=lambda f: f.start):
        if opened is not None:
            after, text = opened
            lo, _ = sentences.around(finding.start)
            between = range(after, finding.start)
            if (
                lo >= after
                or any(doc[k].text in HARD_BOUNDARIES or keys[k] & words.source_signs for k in between)
                or (any(words.reports(doc, keys, k) for k in between) and not _coordinated(finding, keys, words))
            ):
                opened = None
            elif finding.kind == CONDITIONAL_HEDGE and finding.counted:
                finding = dataclasses.replace(
                    finding, kind=HYPOTHETICAL, rule=f"{finding.rule}|continues:{text}", counted=False
                )
        if (
            carried is not None
            and finding.kind == CONDITIONAL_HEDGE
            and finding.counted
            and _goes_on(doc, finding, carried[0], keys, words, sentences, passive=carried[2])
        ):
            finding = dataclasses.replace(
                finding, kind=HYPOTHETICAL, rule=f"{finding.rule}|continues-sentence:{carried[1]}", counted=False
            )
        if (
            supposed is not None
            and finding.kind == MODAL_HEDGE
            and finding.counted
            and _modal_goes_on(doc, finding, supposed[0], keys, words, sentences, hedged)
        ):
            finding = dataclasses.replace(
                finding, kind=HYPOTHETICAL, rule=f"{finding.rule}|continues-supposition:{supposed[1]}", counted=False
            )
        if finding.kind == HYPOTHETICAL and (_supposition(doc, finding, words) or SUPPOSITION_TRAIL in finding.rule):
            supposed = (sentences.around(finding.start)[1], doc[finding.start : finding.end].text)
        if finding.kind == HYPOTHETICAL:
            opened = (finding.end, opened[1] if opened is not None else doc[finding.start : finding.end].text)
        if finding.kind in CARRIED_READINGS and _postposed_proviso(doc, finding, words, sentences):
            carried = None  # "..., sous l'hypothèse d'une récolte normale. En parallèle, X progresserait"
        elif finding.kind in CARRIED_READINGS and CLOSED_TRAIL not in finding.rule:
            carried = (
                sentences.around(finding.start)[1],
                doc[finding.start : finding.end].text,
                finding.kind == HYPOTHETICAL and WEAK_TRAIL not in finding.rule,
            )
        out.append(finding)
    return out


def _supposition(doc: Doc, finding: Finding, words: ClauseWords) -> bool:
    """A hypothesis set by a marker that posits a case (`supposition_markers`: "si", "dans ce cas"), told
    in the present conditional, active or passive ("seraient plafonnés"): a past one ("aurait pu agir
    s'il l'avait voulu") is what never happened, and sets up no case for the next sentence."""
    _, marked, marker = finding.rule.partition(MARKER_TRAIL)
    if not marked or normalize_term(marker.split("|")[0]) not in words.supposition_markers:
        return False
    verb = _conditional_verb(doc, finding)
    return verb is not None and (not compound_conditional(doc, verb) or present_passive(doc, verb, words))


def _postposed_proviso(doc: Doc, finding: Finding, words: ClauseWords, sentences: Sentences) -> bool:
    """A hypothesis set by a proviso put after its verb ("le PIB progresserait de 2 %, sous l'hypothèse
    d'une récolte normale"): a marker that posits no case (not `supposition_markers`: "sous
    l'hypothèse de", "faute de", "à condition de") and stands after the conditional. A condition put
    after its clause restricts that clause only; put first ("Faute d'accord, les droits grimperaient.
    Les exportateurs perdraient alors..."), it frames what follows, and the carry stays (thirty-second
    round; the modals' carry has kept to suppositions since the twenty-first)."""
    _, marked, marker = finding.rule.partition(MARKER_TRAIL)
    if not marked:
        return False
    marker = marker.split("|")[0]
    if normalize_term(marker) in words.supposition_markers:
        return False
    first_word = norm(marker.split()[0].lower()) if marker.split() else ""
    lo, _ = sentences.around(finding.start)
    return not any(norm(doc[k].lower_) == first_word for k in range(lo, finding.start))


def _modal_goes_on(
    doc: Doc,
    finding: Finding,
    previous_end: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    hedged: frozenset[int] = frozenset(),
) -> bool:
    """Whether a counted modal, in the sentence right after a supposition's, goes on telling its case:
    a present modal ("pourrait", not "aurait pu"), in a sentence with no source word and no verb of
    saying (a date may be the supposed case's own: "pourrait empocher 30 millions l'an prochain").
    Twenty-eighth round: not a sentence with a hedge of its own ("pourrait peut-être céder", "le pays
    risque de s'enliser, et la crise pourrait"), which is the writer's own guess, nor one whose
    modal has a proper noun as subject ("Si l'information se confirmait, ... . Marie Durand pourrait
    revenir"): news about a named actor, not the supposed case's sequel."""
    bounds = _next_sentence(doc, finding, previous_end, sentences)
    if bounds is None:
        return False
    lo, hi = bounds
    verb = _conditional_verb(doc, finding)
    if verb is None or verb.lower_.startswith(("aur", "ser")):
        return False  # "aurait pu": what could have been, a case of its own
    if any(k in hedged for k in range(lo, hi)) or named_subject(doc, verb, lo, finding.start, keys):
        return False
    # the modal's own verb ("pourraient contester") reports nothing
    return not words.names_source_or_saying(doc, keys, lo, hi, own=range(finding.start, finding.end))


def _conditional_verb(doc: Doc, finding: Finding) -> Token | None:
    """The finding's verb in the conditional, if it holds one."""
    return next((doc[k] for k in range(finding.start, finding.end) if conditional_stem(norm(doc[k].text))), None)


def _next_sentence(doc: Doc, finding: Finding, previous_end: int, sentences: Sentences) -> tuple[int, int] | None:
    """The token bounds of the finding's sentence when it is the one right after `previous_end` (only
    spaces between); None for the same sentence or a later one."""
    lo, hi = sentences.around(finding.start)
    if lo < previous_end or any(not doc[k].is_space for k in range(previous_end, lo)):
        return None
    return lo, hi


def _coordinated(finding: Finding, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "qui débuterait en janvier et s'achèverait en 2030": a verb right after "et", "ou", "puis"
    shares the subject and the reading of the hypothesis before it, so a date between them does not
    start reported news again (fourteenth round); a source word still does."""
    return finding.start > 0 and bool(keys[finding.start - 1] & words.coordinators)


def _goes_on(
    doc: Doc,
    finding: Finding,
    previous_end: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    passive: bool = False,
) -> bool:
    """Whether a counted plain conditional, in the sentence right after `previous_end`, goes on that
    sentence's case: a simple conditional of an action, with no source or date in its sentence."""
    bounds = _next_sentence(doc, finding, previous_end, sentences)
    if bounds is None:
        return False  # the same sentence (handled above) or not the next one
    lo, hi = bounds
    verb = _conditional_verb(doc, finding)
    if verb is None:
        return False
    # After a hypothesis, a passive "seraient reliés" goes on describing it (twentieth round).
    described = passive and compound_conditional(doc, verb) and present_passive(doc, verb, words)
    if compound_conditional(doc, verb) and not described:
        return False
    stem = conditional_stem(norm(verb.text)) or ""
    if not described and (keys[verb.i] & words.state_verbs or stem in words.state_stems):
        return False
    if keys[verb.i] & words.impression_verbs:
        return False  # "On dirait que la tempête se calme": the writer's impression, a hedge of its own
    if named_subject(doc, verb, lo, finding.start, keys):
        return False  # "... . Marie Durand quitterait le parti": news about a named actor (as for modals)
    return not any(words.reports(doc, keys, k) for k in range(lo, hi))
