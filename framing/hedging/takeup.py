"""Whether a definite group of experts takes up people the text has already named (round 39).

"Des chercheurs de l'université de Montréal ont mesuré ... Les chercheurs estiment que ...": the second
"les chercheurs" are the first ones, identified, so their belief is an attribution, not a vague source.
Two independent annotators (H52, H53) read every such take-up so; "les économistes pensent que" with no
economist before it stays a whole profession in lieu of a source. The nouns that count as the group
named before are the entry's own (`data.taken_up_after`, a profession and its singular), so the data
stays in the lexicon. Read only where an entry that asks for it matched. A verb of belief proper
(`data.taken_up_except`: "les chercheurs pensent que") is left counted: H52 marks it a hedge and H53
does not, so the earlier decision stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc


def taken_up(
    doc: Doc, keys: Sequence[frozenset[str]], start: int, end: int, nouns: Iterable[str], verbs: Iterable[str] = ()
) -> bool:
    """Whether one of `nouns`, as a noun, stands anywhere in the text before token `start` ("des
    études scientifiques" is an adjective: no group named), unless the match ends on one of `verbs`."""
    if keys[end - 1] & frozenset(str(v).lower() for v in verbs):
        return False
    wanted = frozenset(str(n).lower() for n in nouns)
    return any(keys[k] & wanted and doc[k].pos_ != "ADJ" for k in range(start))
