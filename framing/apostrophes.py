"""French text as spaCy's models see it: the typographic apostrophe `’` read as the straight `'`.

`fr_core_news_sm` was trained on text with the straight apostrophe: given `l’avocat` it tags `l’` a noun
and hangs the clause on it, where `l'avocat` gives a determiner and a sound parse (`qu’`, `n’`, `s’`
lose their lemmas and roles the same way). French news mostly writes `’`. The first component swaps
the Doc for one whose words carry `'` (one character for one, the same tokens); the tagger, parser,
lemmatizer and NER run on it; the second component swaps back to the original words and copies every
annotation over, so offsets, token texts and span texts stay those of the text as read.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CURLY = "\u2019"
STRAIGHT = "'"
STRAIGHT_NAME = "apostrophes_straight"
RESTORE_NAME = "apostrophes_restore"
_STASH = "framing_original_words"
# What the trained components assign, copied from the straight Doc back to the original one.
_ANNOTATIONS = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID")


@Language.component(STRAIGHT_NAME)
def straight_apostrophes(doc: Doc) -> Doc:
    """The same tokens with `’` written `'` (the original words kept aside for the restore step)."""
    if CURLY not in doc.text:
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    straight = Doc(doc.vocab, words=[w.replace(CURLY, STRAIGHT) for w in words], spaces=spaces)
    for token, source in zip(straight, doc, strict=True):
        token.norm_ = source.norm_.replace(CURLY, STRAIGHT)
    straight.user_data.update(doc.user_data)
    straight.user_data[_STASH] = (words, [t.norm_ for t in doc])
    return straight


@Language.component(RESTORE_NAME)
def restore_apostrophes(doc: Doc) -> Doc:
    """The original words back, with the annotations the models gave the straight ones."""
    stash = doc.user_data.pop(_STASH, None)
    if stash is None:
        return doc
    words, norms = stash
    original = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    original.from_array(list(_ANNOTATIONS), doc.to_array(list(_ANNOTATIONS)))
    for token, norm in zip(original, norms, strict=True):
        token.norm_ = norm
    original.tensor = doc.tensor
    original.user_data.update(doc.user_data)
    return original


def add_apostrophe_components(nlp: Language) -> Language:
    """Put the swap before the first trained component and the swap back after the last one."""
    if not nlp.pipe_names:
        return nlp
    nlp.add_pipe(STRAIGHT_NAME, first=True)
    nlp.add_pipe(RESTORE_NAME, last=True)
    return nlp
