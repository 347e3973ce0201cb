"""Type a speaker: named_person, institution, document, media, anonymous or group.

The decision looks at the *nucleus* of the speaker's phrase (the words before its first `de`/`of`
complement or comma) and at an appositive name: `Le porte-parole du Pentagone, Sean Parnell` is a named
person, `Un haut responsable irakien de la sécurité` is anonymous (its complement names a body, not the
speaker), `la revue américaine Politico` is media. Word lists come from `lexicons/<lang>/sources.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .resources import Resources

PRONOUN = "pronoun"
PERSON_LABELS = ("PER", "PERSON")
PLACE_LABELS = ("LOC", "GPE")
ORG_LABELS = ("ORG", "NORP")
NAME_PARTICLES = ("al-", "al", "el", "ben", "bin", "ibn", "de", "van", "von", "abou", "abu", "-")


@dataclass(frozen=True)
class SpeakerInfo:
    type: str  # a SpeakerType, or "pronoun" (to be resolved)
    number: str  # "sing" / "plur"
    gender: str  # "masc" / "fem" / "any"
    head: str  # lower-case head word (for definite-description resolution)
    definite: bool
    named: bool


def _norm(text: str) -> str:
    return text.replace("’", "'").lower()


def _phrase_at(words: list[str], i: int, phrases: list[tuple[str, ...]]) -> int:
    for phrase in phrases:
        n = len(phrase)
        if tuple(words[i : i + n]) == phrase:
            return n
    return 0


WORD_RE = re.compile(r"\w+(?:[-‑]\w+)*'?")


def text_words(text: str) -> list[str]:
    """Words as written, hyphenated compounds kept whole (`l'état-major` -> l', état-major)."""
    return WORD_RE.findall(_norm(text))


def _contains(words: list[str], lemmas: list[str], res: Resources, category: str, text: str | None = None) -> bool:
    vocab = res.words.get(category, set())
    if any(w in vocab or lem in vocab for w, lem in zip(words, lemmas, strict=False)):
        return True
    if text is not None:
        written = text_words(text)
        if any(w in vocab for w in written):
            return True
        phrases = res.phrase_list(category)
        if any(_phrase_at(written, i, phrases) for i in range(len(written))):
            return True
    phrases = res.phrase_list(category)
    return any(_phrase_at(words, i, phrases) or _phrase_at(lemmas, i, phrases) for i in range(len(words)))


def nucleus(doc: Doc, start: int, end: int, res: Resources) -> tuple[Span, Span | None]:
    """Split a speaker span into its nucleus and an appositive after a comma (if any)."""
    span = doc[start:end]
    cut = end
    appos = None
    for t in span:
        low = _norm(t.text)
        if t.text == ",":
            cut = min(cut, t.i)
            rest = doc[t.i + 1 : end]
            if len(rest) and rest[0].text[:1].isupper():
                appos_end = end
                for u in rest:
                    if u.text == ",":
                        appos_end = u.i
                        break
                appos = doc[t.i + 1 : appos_end]
            break
        if t.i > start and (res.has("np_link", low) or t.text in "([") and not _inside_name(doc, t.i):
            cut = min(cut, t.i)
            break
    nuc = doc[start:cut] if cut > start else span
    return nuc, appos


def _inside_name(doc: Doc, i: int) -> bool:
    """`de` inside a proper name (Charles de Gaulle, Département d'État) is part of the name."""
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return bool(prev is not None and nxt is not None and prev.text[:1].isupper() and nxt.text[:1].isupper()
                and prev.ent_iob_ in ("B", "I") and nxt.ent_iob_ == "I")


def classify(doc: Doc, start: int, end: int, res: Resources, context: tuple[int, int] | None = None) -> SpeakerInfo:
    """Type the speaker phrase doc[start:end]; `context` (token range) is searched for anonymity phrases."""
    nuc, appos = nucleus(doc, start, end, res)
    words = [_norm(t.text) for t in nuc]
    lemmas = [_norm(t.lemma_ or t.text) for t in nuc]
    number, gender = _agreement(nuc, res)
    definite = bool(words) and words[0] in ("le", "la", "l'", "les", "the")
    head = _head_word(nuc, res)

    def info(kind: str, named: bool = False) -> SpeakerInfo:
        return SpeakerInfo(kind, number, gender, head, definite, named)

    if len(nuc) == 1 and words[0].lstrip("-") in res.pronouns:
        num, gen = res.pronouns[words[0].lstrip("-")]
        return SpeakerInfo(PRONOUN, num, gen, words[0].lstrip("-"), True, False)
    if _contains(words, words, res, "media_name") or (appos is not None and _contains(
        [_norm(t.text) for t in appos], [_norm(t.text) for t in appos], res, "media_name")):
        return info("media")
    if appos is not None and _looks_like_person(appos, res):
        return info("named_person", True)
    if _has_person(nuc, res):
        return info("named_person", True)
    ntext = nuc.text
    if _contains(words, lemmas, res, "document_noun", ntext) and not _contains(words, lemmas, res, "anonymous_head"):
        return info("document")
    if _contains(words, lemmas, res, "media_noun", ntext):
        return info("media")
    if _contains(words, lemmas, res, "unique_title") and definite and number == "sing" and not _anonymity(doc, context, res):
        return info("named_person", True)
    if _contains(words, lemmas, res, "anonymous_head", ntext):
        return info("anonymous")
    if _contains(words, lemmas, res, "group_noun", ntext):
        return info("group")
    if (
        _contains(words, lemmas, res, "institution_name", ntext)
        or _contains(words, lemmas, res, "institution_noun", ntext)
        or _contains(words, words, res, "place", ntext)
        or any(t.ent_type_ in PLACE_LABELS + ORG_LABELS for t in nuc)
    ):
        return info("institution")
    if _anonymity(doc, context, res):
        return info("anonymous")
    if any(t.text[:1].isupper() for t in nuc[1:]) or (len(nuc) and nuc[0].text[:1].isupper() and not definite
                                                       and words[0] not in res.words.get("determiner", ())):
        return info("named_person", True)
    if _contains(words, lemmas, res, "unique_title") and definite:
        return info("named_person", True)
    return info("group" if number == "plur" else "anonymous")


def _anonymity(doc: Doc, context: tuple[int, int] | None, res: Resources) -> bool:
    if context is None:
        return False
    span = doc[context[0] : context[1]]
    words = [_norm(t.text) for t in span]
    lemmas = [_norm(t.lemma_ or t.text) for t in span]
    return _contains(words, lemmas, res, "anonymity_phrase")


def _looks_like_person(span: Span, res: Resources) -> bool:
    if any(t.ent_type_ in PERSON_LABELS for t in span):
        return True
    words = [_norm(t.text) for t in span]
    if _contains(words, words, res, "place") or _contains(words, words, res, "institution_name"):
        return False
    return 0 < len(span) <= 5 and all(
        t.text[:1].isupper() or _norm(t.text) in NAME_PARTICLES or t.text.startswith(("al-", "el-")) or t.text == "."
        for t in span
    )


def _has_person(nuc: Span, res: Resources) -> bool:
    """A proper name in the nucleus that is not a place, body or outlet: `le Premier ministre X Y`."""
    words = [_norm(t.text) for t in nuc]
    lemmas = [_norm(t.lemma_ or t.text) for t in nuc]
    title_words: set[int] = set()
    for i in range(len(words)):
        n = _phrase_at(words, i, res.phrase_list("unique_title")) or _phrase_at(lemmas, i, res.phrase_list("unique_title"))
        title_words.update(range(i, i + n))
        if words[i] in res.words.get("unique_title", ()) or lemmas[i] in res.words.get("unique_title", ()):
            title_words.add(i)
    if any(t.ent_type_ in PERSON_LABELS for t in nuc) and not _contains(words, words, res, "place"):
        persons = [t for t in nuc if t.ent_type_ in PERSON_LABELS]
        pw = [_norm(t.text) for t in persons]
        if not (_contains(pw, pw, res, "place") or _contains(pw, pw, res, "institution_name")):
            return True
    caps = [
        i for i, t in enumerate(nuc)
        if t.text[:1].isupper() and i not in title_words and not (i == 0 and words[0] in res.words.get("determiner", ()))
    ]
    if not caps:
        return False
    cap_words = [words[i] for i in caps]
    if _contains(cap_words, cap_words, res, "place") or _contains(words, words, res, "institution_name"):
        return False
    if any(nuc[i].ent_type_ in PLACE_LABELS + ORG_LABELS for i in caps):
        return False
    if res.lang == "en":
        # English puts the name last: `Pentagon spokesman John Kirby`; `Iraqi officials` is no name.
        return caps[-1] == len(nuc) - 1 and not _contains(words[-1:], [_norm(nuc[-1].lemma_ or nuc[-1].text)], res, "anonymous_head")
    return True


def _head_word(nuc: Span, res: Resources) -> str:
    for t in nuc:
        if t.pos_ in ("NOUN", "PROPN") and res.lang != "en":
            return _norm(t.lemma_ or t.text)
    for t in nuc:
        low = _norm(t.lemma_ or t.text)
        if low in res.words.get("determiner", ()) or t.is_punct:
            continue
        if res.lang == "en":
            continue
        return low
    return _norm(nuc[-1].lemma_ or nuc[-1].text) if len(nuc) else ""


def _agreement(nuc: Span, res: Resources) -> tuple[str, str]:
    number, gender = "sing", "any"
    for t in nuc:
        n = t.morph.get("Number")
        g = t.morph.get("Gender")
        if t.pos_ in ("NOUN", "PROPN", "DET"):
            if "Plur" in n:
                number = "plur"
            if "Fem" in g:
                gender = "fem"
            elif "Masc" in g and gender == "any":
                gender = "masc"
    if len(nuc):
        first = _norm(nuc[0].text)
        if first in ("les", "des", "ces", "leurs", "plusieurs", "deux", "trois", "the") and first != "the":
            number = "plur"
        last = _norm(nuc[-1].text)
        if res.lang == "en" and last.endswith("s") and not last.endswith("ss") and not nuc[-1].text[:1].isupper():
            number = "plur"
        if res.lang == "en" and first in ("la", "une", "elle"):
            gender = "fem"
    return number, gender
