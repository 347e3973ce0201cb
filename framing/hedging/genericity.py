"""Is a vague quantifier part of a general claim, or a rough count in the report of one event?

"Some species are venomous", "Many countries have banned it", "Certains pays l'interdisent": the
claim is made of an unspecified part of a class, and the reader cannot tell which part, or how large
(a weasel word). "Many people were injured in the blast", "De nombreux habitants ont dû quitter
leur domicile", "Les forces quitteront certaines bases" report one event and only count or pick its
participants roughly: quantity vagueness, an approximator like "about 300".

The difference is read on the tense of the clause, from the first finite verb after the quantifier
in its sentence (else the last one before it; for a French adverb such as "souvent", the last one
before it first, else the first one after it): a past or a future, or a year named in the sentence,
marks an event; the present, the English present perfect ("have banned": a state of things), a modal
of possibility and the conditional leave a general claim. The small parsers often hang a quantifier
on the wrong verb, so the surface order is read, not the tree. A pipeline without tags or morphology
has no tense to read, and the quantifier is then taken as general.

English tells one event from a general account less by tense: the simple past also tells history and
habit ("Many settlers farmed the valley", "some critics dismissed the novel"), and English readers
mark those vague quantifiers as weasel words about as often as present-tense ones. An entry with
`generic_only: dated` therefore needs, besides a past or future verb, a word that pins the clause
to one occasion (`event_time` in `conditional_contexts`: "yesterday", "on Sunday", "last week").

French "certains" (twenty-eighth round, `generic_only: narrative`) is read more narrowly: the
passé composé and the imperfect state how things are or were ("dont certaines ont fermé leurs portes",
"certains restaient ouverts la nuit", like the English present perfect) and the conditional
forecasts, so only a tense of one occasion makes an event: the pluperfect ("certaines unités
s'étaient repliées"), the passé simple, the simple future ("fermeront certaines gares") or a year.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .clauses import Sentences
from .mood import future_form

FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll", "wo"})
EVENT_TENSES = frozenset({"Imp", "Fut", "Past"})  # imparfait, futur, passé simple (finite forms)
PERFECT_AUXILIARIES = frozenset({"avoir"})
YEAR_CENTURIES = ("1", "20")  # a year from 1000 to 2099, as a four-digit token
PARTICIPLE_REACH = 3
COORDINATORS = frozenset({"et", "ou"})
CONTRACTED_DE = frozenset({"du", "des"})  # "de" + article: the first conjunct's preposition
CONJUNCT_REACH = 6  # tokens back from "et" to the first conjunct's "de"
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})  # "se sont avérées" is a past, not a present passive


def event_marker(
    doc: Doc,
    i: int,
    sentences: Sentences,
    time_words: frozenset[str] | None = None,
    keys: Sequence[frozenset[str]] = (),
    narrative: bool = False,
) -> str | None:
    """What makes the quantifier at token i part of one event ("ont:passé composé", "year:2014"), or None.

    With `time_words` (the `dated` reading, for English), a past or future verb makes an event only
    when a word of one occasion is in the sentence, and a year alone does not. With `narrative`
    (French), only a tense of one occasion does (`occasion_tense`).
    """
    lo, hi = sentences.around(i)
    occasion = None
    if time_words is None:
        for k in range(lo, hi):
            text = doc[k].text
            if len(text) == 4 and text.isdigit() and text.startswith(YEAR_CENTURIES):
                return f"year:{text}"
    else:
        occasion = next((doc[k].text for k in range(lo, hi) if keys[k] & time_words), None)
        if occasion is None:
            return None
    after, before = range(i + 1, hi), range(i - 1, lo - 1, -1)
    # a French adverb ("ont souvent transigé", "sont souvent bondées") follows the finite verb it qualifies
    order = [*before, *after] if doc[i].pos_ == "ADV" and doc.lang_ == "fr" else [*after, *before]
    for k in order:
        tense = occasion_tense(doc, k) if narrative else _finite_tense(doc, k)
        if tense is not None:
            if tense not in ("past", "future"):
                return None
            return f"{doc[k].text}:{tense}" + (f"+{occasion}" if occasion else "")
    return None


def _finite_tense(doc: Doc, k: int) -> str | None:
    """ "past", "future" or "general" for a finite verb or auxiliary at k, None for any other word."""
    token = doc[k]
    if doc.lang_ == "en":
        tag = token.tag_
        if tag == "MD":
            return "future" if token.lower_ in FUTURE_MODALS else "general"
        if tag == "VBD":
            return "past"
        if tag == "VBN" and token.dep_ == "ROOT" and not any(c.dep_.startswith("aux") for c in token.children):
            return "past"  # "Many roads reopened": a simple past the tagger read as a participle
        return "general" if tag in ("VBZ", "VBP") else None
    morph = token.morph
    if "Fin" not in morph.get("VerbForm"):
        return None
    if "Cnd" in morph.get("Mood"):
        return "future"  # "certains prix devraient augmenter": the conditional is the hedge, of one forecast
    tense = set(morph.get("Tense"))
    if "Fut" in tense:
        return "future"
    if tense & EVENT_TENSES:
        return "past"
    reflexive = k > 0 and doc[k - 1].lower_ in REFLEXIVE_CLITICS and token.lemma_ == "être"
    if token.lemma_ in PERFECT_AUXILIARIES or reflexive:  # "se sont avérées": a reflexive perfect
        for j in range(k + 1, min(len(doc), k + 1 + PARTICIPLE_REACH)):
            if "Part" in doc[j].morph.get("VerbForm"):
                return "past"  # passé composé: "ont dû", "ont enregistré"
    return "general"


def occasion_tense(doc: Doc, k: int) -> str | None:
    """ "past" or "future" for a French finite verb of one occasion at k (pluperfect, passé simple,
    simple future), "general" for any other finite verb (present, passé composé, imperfect,
    conditional), None for a word that is not a finite verb."""
    token = doc[k]
    morph = token.morph
    if "Fin" not in morph.get("VerbForm"):
        return "future" if not morph.get("VerbForm") and token.is_lower and future_form(token.text) else None
    if "Cnd" in morph.get("Mood"):
        return "general"
    tense = set(morph.get("Tense"))
    if "Fut" in tense:
        return "future"
    if "Past" in tense:
        return "past"  # passé simple
    reflexive = k > 0 and doc[k - 1].lower_ in REFLEXIVE_CLITICS and token.lemma_ == "être"
    if "Imp" in tense and (token.lemma_ in PERFECT_AUXILIARIES or token.lemma_ == "être" or reflexive):
        for j in range(k + 1, min(len(doc), k + 1 + PARTICIPLE_REACH)):
            if "Part" in doc[j].morph.get("VerbForm"):
                return "past"  # pluperfect: "avaient quitté", "s'étaient redéployées"
    return "general"


def object_of(doc: Doc, i: int, links: frozenset[str]) -> Token | None:
    """The verb whose object the quantifier at token i opens ("accepter certaines dégradations", "envoie
    de nombreux signaux"), or None. In French news such an object is a rough count of what one actor
    does or has, not a general claim of part of a class, and so is the complement of a noun ("la vie
    de nombreuses femmes"); `links` are the words that may stand between ("de"). Needs tags: the
    caller checks. "Dans de nombreux pays" (a setting) stays a general claim."""
    k = i - 1
    linked = k >= 0 and doc[k].lower_ in links
    if linked:
        k -= 1
    if k >= 0 and (doc[k].pos_ in ("VERB", "AUX") or (linked and doc[k].pos_ == "NOUN")):
        return doc[k]  # also the complement of a noun: "la vie de nombreuses femmes"
    if linked and k >= 1 and doc[k].pos_ == "ADJ" and doc[k - 1].pos_ == "NOUN":
        return doc[k - 1]  # a noun and its adjective: "l'opposition farouche de certains syndicats"
    if linked and k >= 0 and doc[k].lower_ in COORDINATORS:
        return _coordinated_complement(doc, k, links)
    return None


def _coordinated_complement(doc: Doc, k: int, links: frozenset[str]) -> Token | None:
    """The head of the complement that the conjunct after "et"/"ou" at k continues: "les prix du blé et
    de certaines matières premières" is a second complement of "prix", a rough count like the first.
    "De nombreux pays et de nombreuses régions l'interdisent" opens no complement: the first "de" has
    no noun or verb before it, and the claim stays general."""
    for j in range(k - 1, max(-1, k - 1 - CONJUNCT_REACH), -1):
        if doc[j].lower_ in links or doc[j].lower_ in CONTRACTED_DE:
            head = doc[j - 1] if j > 0 else None
            if head is not None and head.pos_ in ("VERB", "AUX", "NOUN"):
                return head
            return None
    return None
