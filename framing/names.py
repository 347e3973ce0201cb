"""Whether a lexicon match is a word of a capitalised name or title inside a sentence.

French writes names and titles with a capital and running words in lower case: a loaded word written
with a capital inside its sentence belongs to a title or a name ("le film Les Misérables", "le collectif
Stop Arnaque", "le livre Le Scandale des eaux"), which the reporter did not choose as wording.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

SENTENCE_OPENERS = frozenset({".", "!", "?", "…", ":", "«", '"', "“", "‹", "—", "–", "-", "("})
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})  # also glued to a token ("juin[2].")
ELIDED_ARTICLES = frozenset({"l'", "l’", "d'", "d’"})
NAME_WORDS_BETWEEN = 2  # capitalised words between a label and the head of a party's name
LINK_TAGS = frozenset({"ADP", "DET"})  # a preposition or an article inside a name: "Face à l'…", "Forces … de …"


def in_capitalised_name(doc: Doc, start: int) -> bool:
    """Whether doc[start] is written with a capital (not all capitals) where a sentence does not begin,
    next to another capitalised word: a name or a title of several words ("Les Misérables", "Stop
    Arnaque Énergie").

    A sentence begins at the parser's sentence start, after a line break, after sentence-final or
    opening punctuation (a quotation opens like a sentence) and after an elided article that itself
    begins the sentence ("L'Eurocrate …"). A lone capital is French usage, not a name ("l'État
    profond", "une victoire à la Pyrrhus"), and words in capitals throughout are emphasis.
    """
    token = doc[start]
    if not token.text[:1].isupper() or token.is_upper:
        return False
    if not _inside_a_sentence(doc, start):
        return False
    return any(0 <= i < len(doc) and _capitalised_word(doc[i].text) for i in (start - 1, start + 1))


def in_a_parsed_name(doc: Doc, start: int, labels: Collection[str]) -> bool:
    """Whether doc[start] lies inside a name or a title the parser marks (an entity of `labels`: an
    organisation, a work), past the name's first word, where French capitals do not show the words.

    French capitalises only the first word of a title or of an organisation's name ("Face à la folie
    ordinaire", "Front uni de libération du Nord"), so the loaded words further in are in
    lower case and `in_capitalised_name` cannot see them. The name must open with a capital where no
    sentence begins (not in capitals throughout: an acronym), and the word must be capitalised itself or
    come after a preposition or an article of the name: an adjective right after a name ("la Commission
    européenne tentaculaire", which the parser may take into the entity) is the writer's word.
    """
    token = doc[start]
    if token.ent_iob_ != "I" or token.ent_type_.lower() not in labels:
        return False
    first = start
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    opening = doc[first]
    # the text's marks, not the parser's sentence starts: the parser often starts a sentence at a title
    if not _capitalised_word(opening.text) or not _inside_a_sentence(doc, first, parser_starts=False):
        return False
    return token.text[:1].isupper() or any(doc[i].pos_ in LINK_TAGS for i in range(first + 1, start))


def _capitalised_word(text: str) -> bool:
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def _inside_a_sentence(doc: Doc, start: int, parser_starts: bool = True) -> bool:
    """Whether doc[start] is not the first word of a sentence, a line or a quotation (`parser_starts`:
    also not where the parser starts a sentence; the text's own marks alone otherwise)."""
    i = start
    while i > 0:
        if parser_starts and doc[i].is_sent_start and doc.has_annotation("SENT_START"):
            return False
        prev = doc[i - 1]
        if "\n" in prev.text_with_ws or prev.text in SENTENCE_OPENERS or prev.text[-1:] in SENTENCE_ENDS:
            return False
        if prev.lower_ not in ELIDED_ARTICLES and not prev.is_space:
            return True
        i -= 1
    return False


def in_a_party_name(doc: Doc, start: int, heads: Collection[str]) -> bool:
    """Whether a capitalised label word is a word of a party's or a group's name: a capitalised noun of
    `heads` (Party, Front, League...) follows it, after at most `NAME_WORDS_BETWEEN` capitalised words
    ("the Communist Party of India", "the Socialist Workers Party"), or it stands alone in brackets after
    a name or its initials ("CPI (Marxist)"). "Marxist Democrat", "the Dems" are labels, not names."""
    if not doc[start].text[:1].isupper():
        return False
    for i in range(start + 1, min(len(doc), start + 2 + NAME_WORDS_BETWEEN)):
        if not _capitalised_word(doc[i].text):
            break
        if doc[i].lower_ in heads:
            return True
    return (
        1 < start < len(doc) - 1
        and doc[start - 1].text == "("
        and doc[start + 1].text == ")"
        and doc[start - 2].text[:1].isupper()
    )
