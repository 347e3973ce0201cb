"""The optional quotation profile's test for records that give the speaker no words.

Quote annotation (the Gender Gap Tracker kind) counts what somebody is given to say: a quotation or a
reported clause. News-attribution annotation (PolNeAR, the default rules) also counts a noun object
(`praised the efforts of the squad`, `reported a decline in output`) and an infinitive (`urged residents
to leave`). With `quote_profile: objects_out` in a loaded lexicon (lexicons/en/optional/quotations.yaml)
such records are left out: a content with no quotation mark in it that is an object, an infinitive, or
a stretch of words the rules took for a clause without a `that` although it holds no finite verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching import norm as _norm
from .annotations import has, is_finite_verb
from .content import Content
from .resources import Resources

# Words whose lookup lemma differs but which are no verb (`these` -> `this`, `more` -> `much`).
NOT_VERB_CATEGORIES = ("determiner", "np_link", "adverb", "quantifier_subject", "time_word", "np_stop")


def voiceless_object(doc: Doc, content: Content | None, res: Resources, cue_start: int | None = None) -> bool:
    """True when the profile asks for it and the content reports no words of the speaker. Words
    reported before their cue (`The site holds two tombs, the director said`) are a clause whatever
    their verb's shape: only what follows a verb can be its object."""
    if content is None or content.form != "indirect" or not res.has("quote_profile", "objects_out"):
        return False
    if content.shape in ("object", "infinitive"):
        return True
    if cue_start is not None and content.end <= cue_start:
        return False
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return not has_finite_verb(list(span), res, tagged=has(doc, "POS"))


def has_finite_verb(tokens: list[Token], res: Resources, tagged: bool) -> bool:
    """A finite verb among the words: by its tag, or, without a tagger, by its shape: an auxiliary or a
    modal (`was`, `would`), a negated form (`don't`), or a past form not after a determiner (`the
    convicted`): in -ed, or irregular (`went`)."""
    if tagged:
        return any(is_finite_verb(t) for t in tokens)
    for k, t in enumerate(tokens):
        low = _norm(t.lower_)
        if res.has("auxiliary", low) or res.has("modal", low) or low.endswith("n't"):
            return True
        if k == 0 or not t.is_alpha or res.has("determiner", _norm(tokens[k - 1].lower_)):
            continue  # `the convicted man`, `the men`: a modifier or a noun after a determiner
        if low.endswith("ed") and len(low) > 4:
            return True
        irregular = not low.endswith(("s", "ing")) and t.lemma_ and t.lemma_.lower() != low and len(low) > 2
        if irregular and not any(res.has(c, low) for c in NOT_VERB_CATEGORIES):
            return True  # an irregular past (`found`, `went`, `said`) the lookup lemmas undo
    return False
