"""Is a past conditional a counterfactual ("il aurait suffi d'un geste", "alors qu'il aurait pu
l'empêcher")? It says what did *not* happen, so the writer is committed to the fact, not hedging it:
a hypothetical, not the journalistic conditional ("l'homme aurait tué sa voisine").

Surface tests, word lists from `conditional_contexts`: the participle "suffi" after the conditional
(`counterfactual_participle`); "aurait pu" in a clause opened by "alors que" / "tandis que"
(`contrast_conjunction`), where a possibility is set against what happened instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .clauses import HARD_BOUNDARIES, Sentences
from .words import ClauseWords

# "aurait sans doute suffi", "n'aurait pas suffi": adverbs or a negation between auxiliary and participle.
PARTICIPLE_REACH = 3
# The modal participle "pu" ("aurait pu"), the possibility a contrast sets against the facts.
POSSIBILITY_PARTICIPLE = "pu"


def counterfactual(
    doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> str | None:
    """Why this conditional states what did not happen (`suffi`, `alors que`), or None."""
    after = _participle_after(doc, token, keys, words)
    if after is not None and keys[after.i] & words.counterfactual_participles:
        return after.text  # "il aurait suffi de prévenir les riverains"
    if after is None or after.lower_ != POSSIBILITY_PARTICIPLE:
        return None
    lo, _ = sentences.around(token.i)
    for k in range(token.i - 1, lo - 1, -1):
        if doc[k].text in HARD_BOUNDARIES or doc[k].text == ",":
            return None
        nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
        if keys[k] & words.contrast_conjunctions and nxt in ("que", "qu'", "qu’"):
            return f"{doc[k].text} {doc[k + 1].text}"  # "alors que la prévention aurait pu suffire"
    return None


def _participle_after(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> Token | None:
    """The word after the auxiliary, past adverbs and a negation ("aurait sans doute suffi")."""
    for k in range(token.i + 1, min(len(doc), token.i + 1 + PARTICIPLE_REACH)):
        if keys[k] & words.counterfactual_participles:
            return doc[k]  # the small model tags "suffi" as an adverb
        if doc[k].pos_ == "ADV" or keys[k] & words.negations:
            continue
        return doc[k] if doc[k].is_alpha else None
    return None
