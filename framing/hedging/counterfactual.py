"""Is a past conditional a counterfactual ("il aurait suffi d'un geste", "alors qu'il aurait pu
l'empêcher")? It says what did *not* happen, so the writer is committed to the fact, not hedging it:
a hypothetical, not the journalistic conditional ("l'homme aurait tué sa voisine").

Surface tests, word lists from `conditional_contexts`: the participle "suffi" after the conditional
(`counterfactual_participle`); "aurait pu" in a clause opened by "alors que" / "tandis que"
(`contrast_conjunction`), where a possibility is set against what happened instead; "aurait pu"
followed by an outcome that was escaped ("aurait pu être bien pire", "aurait pu coûter la vie",
`counterfactual_outcome`, reached over `outcome_link` words such as "être", "bien", "plus", and
object clitics: "aurait pu lui coûter la vie"). Fourteenth round: a near miss heading the sentence
("À cinq minutes près, j'aurais été dans le train", `near_miss_word`). Eighteenth round: a past
conditional with "de toute façon" in its clause ("il aurait été libre de toute façon",
`regardless_phrase`), and the elided demonstrative before "aurait été" ("ç'aurait été le plus long
pont", `elided_demonstrative`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .clauses import HARD_BOUNDARIES, Sentences
from .hypothetical import compound_conditional
from .implicit import AVOIR_CONDITIONAL
from .words import ClauseWords, phrase_at

INFINITIVE_ENDINGS = ("er", "ir", "re")  # "pouvoir", "devoir" end in "ir" too
# "on l'aurait dû", "on n'y aurait pas pu": object clitics between the subject and the auxiliary.
OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’", "lui", "leur", "y", "en"})
# "aurait sans doute suffi", "n'aurait pas suffi": adverbs or a negation between auxiliary and participle.
PARTICIPLE_REACH = 3
# The modal participle "pu" ("aurait pu"), the possibility a contrast sets against the facts.
POSSIBILITY_PARTICIPLE = "pu"
# "aurait pu être bien plus lourd": the infinitive and adverbs between "pu" and the escaped outcome.
OUTCOME_REACH = 4
# "À quelques centimètres près,": words of the measure between "à" and "près".
NEAR_MISS_REACH = 4
# "aurait pu faire bien plus de dégâts": the words between "pu" and a degree of comparison.
COMPARISON_REACH = 5
# "ce n'est pas (le pont de la gare) qui": the words between the cleft opener and "qui".
CLEFT_REACH = 10


def counterfactual(
    doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> str | None:
    """Why this conditional states what did not happen (`suffi`, `alors que`, `près`), or None."""
    near = _near_miss(doc, token, keys, words, sentences)
    if near is not None:
        return near  # "À cinq minutes près, j'aurais été dans le train"
    cleft = _excluded_cleft(doc, token, keys, words, sentences)
    if cleft is not None:
        return cleft  # "ce n'est pas un pont qui aurait cédé", "il n'y a que les analyses qui auraient pu"
    if compound_conditional(doc, token):
        past = _regardless(doc, token, words, sentences) or _elided_demonstrative(doc, token, keys, words)
        if past is not None:
            return past  # "il aurait été libre de toute façon", "ç'aurait été le plus long pont"
    after = _participle_after(doc, token, keys, words)
    if after is not None and keys[after.i] & words.counterfactual_participles:
        return after.text  # "il aurait suffi de prévenir les riverains"
    if after is not None and keys[after.i] & words.regret_participles:
        regret = _regret(doc, token, after, keys, words, sentences)
        if regret is not None:
            return regret  # "On aurait pu choisir la voie du décret", "nous aurions dû partir"
    if after is None or after.lower_ != POSSIBILITY_PARTICIPLE:
        return None
    outcome = _outcome_after(doc, after, keys, words)
    if outcome is not None:
        return outcome.text  # "le bilan aurait pu être bien plus lourd": it was not
    compared = _comparison_after(doc, after, keys, words)
    if compared is not None:
        return compared.text  # "la crue aurait pu être moins forte": weighed against what came (round 45)
    lo, _ = sentences.around(token.i)
    for k in range(token.i - 1, lo - 1, -1):
        if doc[k].text in HARD_BOUNDARIES or doc[k].text == ",":
            return None
        nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
        if keys[k] & words.contrast_conjunctions and nxt in ("que", "qu'", "qu’"):
            return f"{doc[k].text} {doc[k + 1].text}"  # "alors que la prévention aurait pu suffire"
    return None


def _regret(
    doc: Doc, token: Token, participle: Token, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> str | None:
    """ "On aurait pu choisir le décret", "j'aurais dû partir", "nous aurions pu gagner" (twenty-second
    round): "avoir" in the conditional + "pu" / "dû" + an infinitive, with the speaker or anyone at all
    as subject (`regret_subject`, right before the auxiliary, over a negation and object clitics) and
    no source word in the sentence: what one could or should have done and did not, not a fact the
    writer reports ("selon la police, il aurait pu s'enfuir" stays the journalistic conditional)."""
    if not token.lower_.startswith(AVOIR_CONDITIONAL):
        return None
    infinitive = next((t for t in doc[participle.i + 1 : participle.i + 1 + OUTCOME_REACH] if t.pos_ != "ADV"), None)
    while infinitive is not None and (infinitive.pos_ == "PRON" or keys[infinitive.i] & words.relative_clitics):
        nxt = infinitive.i + 1
        infinitive = doc[nxt] if nxt < len(doc) and nxt <= participle.i + OUTCOME_REACH else None
    if infinitive is None or not _infinitive(infinitive):
        return None
    lo, hi = sentences.around(token.i)
    k = token.i - 1
    while k >= lo and (keys[k] & words.negations or doc[k].lower_ in OBJECT_CLITICS):
        k -= 1  # "on n'aurait pas pu", "on l'aurait dû"
    if k < lo or not keys[k] & words.regret_subjects:
        return None
    if any(keys[m] & words.source_signs for m in range(lo, hi)):
        return None
    return f"regret:{doc[k].text}"


def _infinitive(token: Token) -> bool:
    """An infinitive by the model's morphology or, for a verb, by its ending (the small model tags
    "choisir" after "aurait pu" as a finite verb)."""
    if "Inf" in token.morph.get("VerbForm"):
        return True
    return token.pos_ in ("VERB", "AUX") and token.lower_.endswith(INFINITIVE_ENDINGS)


def _near_miss(
    doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> str | None:
    """A near miss heading the sentence (fourteenth round): "à", a measure of at least two words
    ("cinq minutes", "quelques centimètres", "une voix"; not "à peu près"), "près" and a comma, with
    the conditional after the comma. It tells what was escaped, so the writer vouches that it did not
    happen. The words "à ... près", or None."""
    lo, _ = sentences.around(token.i)
    while lo < token.i and doc[lo].is_space:
        lo += 1
    if not keys[lo] & words.near_miss_open:
        return None
    for k in range(lo + 3, min(token.i - 1, lo + 2 + NEAR_MISS_REACH)):
        if keys[k] & words.near_miss_close:
            return f"{doc[lo].text} ... {doc[k].text}" if doc[k + 1].text == "," else None
        if doc[k].is_punct:
            return None
    return None


def _regardless(doc: Doc, token: Token, words: ClauseWords, sentences: Sentences) -> str | None:
    """ "de toute façon" in the conditional's clause (its sentence, cut at ";", ":", "?"): what would
    have happened whatever was done, so the writer vouches that it did not have to. The phrase, or None."""
    lo, hi = sentences.around(token.i)
    for k in range(token.i - 1, lo - 1, -1):
        if doc[k].text in HARD_BOUNDARIES:
            lo = k + 1
            break
    for k in range(token.i + 1, hi):
        if doc[k].text in HARD_BOUNDARIES:
            hi = k
            break
    for k in range(lo, hi):
        n = phrase_at(doc, k, words.regardless_phrases, hi)
        if n:
            return doc[k : k + n].text
    return None


def _excluded_cleft(
    doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> str | None:
    """A conditional in the relative of a negated or exclusive cleft ("ce n'est pas un pont qui aurait
    été abîmé", "il n'y a que des analyses qui auraient pu le dire", round 49): the speaker rules the case
    out or says only a thing that is missing could have settled it, so the conditional tells what is not,
    a hypothetical. The relative "qui" right before the verb group, the cleft opener (`cleft_exclusion`)
    within a few words before it in the same clause, an aside in brackets skipped; the exclusive
    opener only before "aurait pu"; not with a source in the sentence ("selon")."""
    k = token.i - 1
    while k >= 0 and keys[k] & words.negations:
        k -= 1  # "qui n'aurait pas"
    if k < 0 or doc[k].lower_ != "qui":
        return None
    lo, hi = sentences.around(token.i)
    if any(keys[j] & words.source_signs for j in range(lo, hi)):
        return None  # "ce n'est pas le conducteur qui aurait fui, selon la police": a report corrected
    after = _participle_after(doc, token, keys, words)
    possibility = after is not None and after.lower_ == POSSIBILITY_PARTICIPLE  # "il n'y a que X qui aurait pu"
    j, seen = k - 1, 0
    while j >= lo and seen < CLEFT_REACH:
        if doc[j].text == ")":  # "les échantillons (poils, urine) qui": the aside is skipped whole
            opening = next((i for i in range(j - 1, lo - 1, -1) if doc[i].text == "("), None)
            if opening is None:
                return None
            j = opening - 1
            continue
        if doc[j].text in HARD_BOUNDARIES or doc[j].text == ",":
            return None
        n = phrase_at(doc, j, words.cleft_exclusions, k) or (possibility and phrase_at(doc, j, words.cleft_onlys, k))
        if n:
            return doc[j : j + n].text
        j, seen = j - 1, seen + 1
    return None


def _elided_demonstrative(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """ "ç'aurait été" (eighteenth round): the elided "ce" right before a past conditional of "avoir"
    weighs what never was ("ç'aurait été une première"); a full "cela aurait été" may still report."""
    if token.i == 0 or not keys[token.i - 1] & words.elided_demonstratives:
        return None
    return doc[token.i - 1 : token.i + 1].text


def _participle_after(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> Token | None:
    """The word after the auxiliary, past adverbs and a negation ("aurait sans doute suffi")."""
    for k in range(token.i + 1, min(len(doc), token.i + 1 + PARTICIPLE_REACH)):
        if keys[k] & words.counterfactual_participles:
            return doc[k]  # the small model tags "suffi" as an adverb
        if doc[k].pos_ == "ADV" or keys[k] & words.negations:
            continue
        return doc[k] if doc[k].is_alpha else None
    return None


def _comparison_after(doc: Doc, participle: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> Token | None:
    """A degree word of comparison in the clause after "pu" ("pu être moins forte", "pu avoir de plus
    lourdes suites", "pu mieux faire"; round 45): the possible is set against what came, so the writer
    vouches for what came. Stops at punctuation and at "que", which opens another clause."""
    for k in range(participle.i + 1, min(len(doc), participle.i + 1 + COMPARISON_REACH)):
        if doc[k].is_punct or keys[k] & words.complementizers:
            return None
        if keys[k] & words.escaped_comparisons:
            return doc[k]
    return None


def _outcome_after(doc: Doc, participle: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> Token | None:
    """The escaped outcome after "pu" ("pu être pire", "pu coûter la vie"), over "être" and adverbs."""
    for k in range(participle.i + 1, min(len(doc), participle.i + 1 + OUTCOME_REACH)):
        if keys[k] & words.counterfactual_outcomes:
            return doc[k]
        if keys[k] & (words.outcome_links | words.relative_clitics) or doc[k].pos_ == "ADV":
            continue
        return None
    return None
