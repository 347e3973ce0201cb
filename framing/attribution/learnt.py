"""French impersonal hearsay with no source named: `Le budget est bouclé, a-t-on appris.`,
`..., apprend-on mercredi.`

Agency copy closes a sentence with `a-t-on appris` when the reporter learnt the fact from a source it
does not name. With a source after it (`a-t-on appris de source syndicale`, `auprès du parquet`) the
hearsay marker rules read it; alone, the clause before the comma is what was learnt, from nobody the
text names: an attribution with no speaker span, typed anonymous like an agentless passive. The verb
forms are the `preceded_by` words of the hearsay markers (lexicons/fr/reporting_verbs.yaml); only a
date may follow before the end of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..matching import norm
from ..quotes import QuoteIndex
from ..token_table import token_table
from .content import Content, ContentFinder, date_word
from .resources import Resources

IMPERSONAL = ("-on", "on")
GROUP_WORDS = ("-on", "on", "-t", "a", "avait", "aurait", "l'", "l’")  # `a-t-on appris`, `l'a-t-on appris`
MAX_TAIL = 5  # date words between the verb and the end of the sentence (`a-t-on appris mercredi soir.`)


@dataclass
class Learnt:
    """The verb group of an impersonal `apprendre` and the clause before its comma."""

    first: int
    last: int
    content: Content


def find_learnt(doc: Doc, res: Resources, index: QuoteIndex, contents: ContentFinder) -> list[Learnt]:
    """Every sentence-final `, a-t-on appris` / `, apprend-on` with no source after it; French only."""
    if res.lang != "fr" or not res.hearsay_preceders:
        return []
    out: list[Learnt] = []
    preceders = res.hearsay_preceders
    # screened on the token table's lower-cased forms: no Token is built for the words that are no verb
    # form, and each distinct form is read once (most Docs hold none of the preceders)
    lowers = token_table(doc).lower
    wanted = {low for low in set(lowers) if norm(low) in preceders}
    for i in [i for i, low in enumerate(lowers) if low in wanted] if wanted else []:
        tok = doc[i]
        if index.containing(tok.idx) is not None:
            continue
        last = i + 1 if i + 1 < len(doc) and norm(doc[i + 1].lower_) in IMPERSONAL else i
        first = i
        while first > 0 and norm(doc[first - 1].lower_) in GROUP_WORDS:
            first -= 1
        impersonal = last > i or any(norm(t.lower_) in IMPERSONAL for t in doc[first:i])
        if not impersonal or first == 0 or doc[first - 1].text != "," or not _ends_sentence(doc, last + 1, res):
            continue
        content = contents.clause_before(first - 1)
        if content is not None:
            out.append(Learnt(first, last, content))
    return out


def _ends_sentence(doc: Doc, k: int, res: Resources) -> bool:
    """Only date words (`mercredi soir`, `ce mardi`), then the sentence's final punctuation (or the end
    of the text)."""
    for t in doc[k : k + MAX_TAIL + 1]:
        low = norm(t.lower_)
        if t.text in (".", "!", "?", "\n") or t.is_space:
            return True
        if not (t.like_num or date_word(res, low)):
            return False
    return k >= len(doc)
