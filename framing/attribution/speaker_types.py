"""Type a speaker: named_person, institution, document, media, anonymous or group.

The decision looks at the *nucleus* of the speaker's phrase (the words before its first `de`/`of`
complement or comma) and at an appositive name: `Le porte-parole du Pentagone, Sean Parnell` is a named
person, `Un haut responsable irakien de la sécurité` is anonymous (its complement names a body, not the
speaker), `la revue américaine Politico` is media. Word lists come from `lexicons/<lang>/sources.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc, Span, Token

from ..matching import norm as _norm
from ..token_table import morph_features, morph_of, span_text, token_table
from .armed_groups import named_armed_group
from .body_names import body_with_article, written_as_body
from .english_names import name_kind
from .name_runs import glued_hyphen
from .outlet_kinds import bare_outlet_kind, medium_complement
from .resources import Resources

PRONOUN = "pronoun"
# Definite and possessive determiners: `le président`, `sa présidente`, `its governor` name one holder.
DEFINITE_WORDS = ("le", "la", "l'", "les", "the", "son", "sa", "ses", "leur", "its", "his", "her", "their")
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
    fallback: bool = False  # no list, name or entity decided the type (a guess from number alone)
    # French: the type is `document` only because the head is a lower-case noun no list knows (the last
    # fallback); other rules keep reading it as a thing, the speaker type shown may not (unlisted_speaker.py)
    unlisted_noun: bool = False


def _span_words(span: Span) -> list[str]:
    """`_norm` of each token's text, read from the Doc's token table: building Tokens cost more."""
    return token_table(span.doc).lower[span.start : span.end]


def _span_lemmas(span: Span) -> list[str]:
    """`_norm(t.lemma_ or t.text)` of each token, from the token table."""
    return token_table(span.doc).base[span.start : span.end]


def _phrase_at(words: list[str], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest listed phrase starting at words[i] (phrases indexed by first word), or 0."""
    if i >= len(words):
        return 0
    for phrase in phrases.get(words[i], ()):
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
    if len(words) == len(lemmas):  # the common case: two set tests in C instead of a generator
        if not (vocab.isdisjoint(words) and vocab.isdisjoint(lemmas)):
            return True
    elif any(w in vocab or lem in vocab for w, lem in zip(words, lemmas, strict=False)):
        return True
    phrases = res.phrase_list(category)
    if text is not None:
        written = text_words(text)
        if any(w in vocab for w in written) or _has_phrase(written, phrases):
            return True
    return _has_phrase(words, phrases) or (lemmas is not words and _has_phrase(lemmas, phrases))


def _has_phrase(words: list[str], phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether a listed phrase starts at any word (most words start none: a dict test first)."""
    if not phrases or phrases.keys().isdisjoint(words):
        return False  # no word opens a listed phrase: the common case, decided in C
    return any(w in phrases and _phrase_at(words, i, phrases) for i, w in enumerate(words))


def nucleus(doc: Doc, start: int, end: int, res: Resources) -> tuple[Span, Span | None]:
    """Split a speaker span into its nucleus (before the first complement, comma or bracket) and an
    appositive name after a comma (`Le porte-parole du Pentagone, Sean Parnell`), if there is one."""
    span = doc[start:end]
    table = token_table(doc)  # the span's forms without a Token per word
    words, lowers = table.words, table.lower
    cut = end
    for i in range(span.start, span.end):
        text = words[i]
        if i > start and (text == "," or text in "([" or (res.has("np_link", lowers[i]) and not _inside_name(doc, i))):
            cut = i
            break
    appos = None
    for i in range(span.start, span.end):
        if words[i] == "," and i + 1 < end and words[i + 1][:1].isupper():
            appos_end = end
            for u in range(i + 1, max(i + 1, min(end, len(words)))):
                if words[u] == ",":
                    appos_end = u
                    break
            appos = doc[i + 1 : appos_end]
            break
    nuc = doc[start:cut] if cut > start else span
    return nuc, appos


def _inside_name(doc: Doc, i: int) -> bool:
    """`de` inside a proper name (Charles de Gaulle, Département d'État) is part of the name."""
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return bool(
        prev is not None
        and nxt is not None
        and prev.text[:1].isupper()
        and nxt.text[:1].isupper()
        and prev.ent_iob_ in ("B", "I")
        and nxt.ent_iob_ == "I"
    )


TYPING_CATEGORIES = (
    "document_noun", "media_noun", "unique_title", "anonymous_head", "group_noun", "person_noun",
    "institution_noun", "institution_name", "media_name", "place",
)  # fmt: skip


def word_keys(t: Token, res: Resources) -> list[str]:
    """The word as written, its lemma, and (English, where the lookup lemmatizer leaves capitalised
    plurals alone) a naive singular: `Officials` -> official."""
    return res.keys(t.text, t.lemma_)


def _compound_known(t: Token, res: Resources) -> bool:
    """A listed hyphenated word the tokenizer split (`secretary-general` -> secretary - general)."""
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-":
        word = _norm(doc[t.i - 2 : t.i + 1].text)
        return any(word in res.words.get(cat, ()) for cat in TYPING_CATEGORIES)
    return False


def _known(t: Token, res: Resources) -> bool:
    keys = word_keys(t, res)
    return any(k in res.words.get(cat, ()) for cat in TYPING_CATEGORIES for k in keys)


def head_token(nuc: Span, span: Span, res: Resources) -> Token | None:
    """The word that decides the type. English phrases end with their head (`Kremlin spokesman Dmitry
    Peskov`), French ones start with it after determiners and fronted adjectives (`Un haut responsable
    militaire`); a listed word is preferred where the tagger is unsure (`le communiqué conjoint`)."""
    words = [t for t in nuc if not t.is_punct and not res.has("determiner", _norm(t.text))]
    if not words:
        words = [t for t in span if not t.is_punct and not res.has("determiner", _norm(t.text))]
    if not words:
        return None
    if res.lang != "en":
        # a fronted adjective the tagger took for a noun (`une immense majorité`, `un ancien ministre`)
        # is not the head: drop a word the parse attaches as `amod` to a later word of the nucleus,
        # unless a list knows it (`le communiqué conjoint`, where the tagger makes `communiqué` the adjective)
        nouns = [
            t
            for t in words
            if not (t.dep_ == "amod" and nuc.start <= t.head.i < nuc.end and t.head.i > t.i and not _known(t, res))
        ]
        words = nouns or words
    ordered = list(reversed(words)) if res.lang == "en" else words
    if res.lang == "en" and _compound_known(ordered[0], res):
        return ordered[0]  # `the UN secretary-general`
    if res.lang == "en" and ordered[0].text[:1].isupper() and len(ordered) > 1 and ordered[1].text[:1].isupper():
        return ordered[0]  # a name ends the phrase
    for t in ordered:
        if _known(t, res):
            return t
    for t in ordered:
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    if res.lang != "en" and all(t.pos_ in ("NUM", "PRON", "ADJ") for t in words) and len(span) > len(nuc):
        # `l'une des personnes`, `deux des responsables`: the head is the complement's noun
        rest = [t for t in span[len(nuc) :] if t.pos_ in ("NOUN", "PROPN") and not t.like_num]  # not `douze`
        if rest:
            return rest[0]
    return ordered[0]


def _sentence_initial(t: Token) -> bool:
    doc = t.doc
    return t.i == 0 or doc[t.i - 1].is_space or doc[t.i - 1].text in (".", "!", "?", "»", '"', "”", "''", ":")


def _sentence_capital(t: Token, res: Resources) -> bool:
    """A capitalised word opening a sentence or a headline (`Tempête sur la côte : « ... »`) that the tagger
    reads as a common word, that is no listed given name nor covered by a person entity, and that the
    text never writes capitalised inside a sentence: its capital is the sentence's, no evidence of a name."""
    return (
        t.is_alpha  # `M.`, `Dr`: an abbreviated title opens a name
        and _sentence_initial(t)
        and not res.has("honorific", _norm(t.text))
        and t.pos_ != "PROPN"
        and t.ent_type_ not in PERSON_LABELS
        and not res.has("given_name", _norm(t.text))
        and t.text not in _capitalised_words(t.doc)[0]
    )


def _head_words(head: Token, nuc: Span, res: Resources) -> list[str]:
    """The head as written and as lemma, and the hyphenated compound it belongs to (état-major)."""
    out = word_keys(head, res)
    low = _norm(head.text)
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-":
        out.append(_norm(doc[head.i - 2 : head.i + 1].text))
    if res.lang == "fr" and head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and not doc[head.i].whitespace_:
        out.append(_norm(doc[head.i : head.i + 3].text))  # `la start-up` cut after its first part
    for word in text_words(span_text(doc, nuc.start, nuc.end)):
        if low and low in word.split("-"):
            out.append(word)
    return out


def classify(
    doc: Doc,
    start: int,
    end: int,
    res: Resources,
    context: tuple[int, int] | None = None,
    memo: dict[tuple[int, int, bool], SpeakerInfo] | None = None,
) -> SpeakerInfo:
    """Type the speaker phrase doc[start:end]; `context` (token range) is searched for anonymity phrases.

    The context only counts through whether it holds an anonymity phrase, so a `memo` (one per Doc)
    keyed by the span and that answer spares typing the same speaker again.
    """
    anonymity = _anonymity(doc, context, res)
    if memo is None:
        return _outlet_by_kind(
            doc, start, end, res, _unnamed_under_anonymity(_classify(doc, start, end, res, anonymity), anonymity, res)
        )
    key = (start, end, anonymity)
    info = memo.get(key)
    if info is None:
        typed = _unnamed_under_anonymity(_classify(doc, start, end, res, anonymity), anonymity, res)
        info = memo[key] = _outlet_by_kind(doc, start, end, res, typed)
    return info


def _outlet_by_kind(doc: Doc, start: int, end: int, res: Resources, info: SpeakerInfo) -> SpeakerInfo:
    """French: `les calculs du magazine` (a document of a medium) and a bare `le site` after an outlet named
    earlier speak as the outlet (outlet_kinds.py, round 44)."""
    if res.lang != "fr":
        return info
    if info.type == "document" and medium_complement(doc, start, end, res):
        return replace(info, type="media")
    if info.type in ("anonymous", "document") and bare_outlet_kind(doc, start, end, res):
        return replace(info, type="media")
    return info


def _unnamed_under_anonymity(info: SpeakerInfo, anonymity: bool, res: Resources) -> SpeakerInfo:
    """French: people who speak under cover of anonymity (`Sous couvert d'anonymat, des habitants
    racontent`) are individual sources the writer keeps unnamed, not a collective speaking as one: anonymous
    rather than group."""
    if anonymity and res.lang == "fr" and info.type == "group":
        return replace(info, type="anonymous")
    return info


def _classify(doc: Doc, start: int, end: int, res: Resources, anonymity: bool) -> SpeakerInfo:
    after_date = _after_leading_date(doc, start, end, res)
    if after_date is not None:
        return _classify(doc, after_date, end, res, anonymity)  # `samedi, le président de X` is the president
    span = doc[start:end]
    nuc, appos = nucleus(doc, start, end, res)
    words = _span_words(nuc)
    number, gender = _agreement(nuc, res)
    definite = bool(words) and words[0] in DEFINITE_WORDS
    if res.lang == "en" and len(nuc) == 1 and nuc[0].text[:1].isupper() and res.has("unique_title", words[0]):
        definite = True  # a headline drops its articles: `Judge says ...` is `the judge`
    head = head_token(nuc, span, res)
    head_key = _norm(head.lemma_ or head.text) if head is not None else ""
    if res.lang == "en" and head is not None and not definite and _headline_role(nuc, head, res):
        # `Prices will rise, says councillor`: a headline drops its article; the role is the person the
        # article names with it (`city councillor Ann Roe`), else an unnamed one
        named = title_names_someone(doc, head.text, res)
        return SpeakerInfo("named_person" if named else "anonymous", number, gender, head_key, True, named)

    def info(kind: str, named: bool = False) -> SpeakerInfo:
        return SpeakerInfo(kind, number, gender, head_key, definite, named)

    if res.lang == "fr" and head is not None and not definite and _headline_role_named_later(nuc, span, head, res):
        return info("named_person", True)  # `PDG de Zalvor : « ... »` over `Le PDG de Zalvor Paul Roux a dit`

    if res.lang == "fr" and head is not None and _titled_name_apposed_after(doc, head, nuc, end, res):
        return info("named_person", True)  # `un chef de la brigade, le colonel X Y` cut at the comma
    agent = _report_agent(doc, head, words, res) if res.lang == "fr" and head is not None else None
    if agent is not None:
        return info(agent)  # `selon des informations obtenues par le quotidien X`: the report's giver
    if res.lang == "fr" and len(nuc) == 1 and res.has("impersonal_pronoun", words[0].lstrip("-")):
        return info("anonymous")  # `On avait annoncé que`: the capital opens the sentence, it names nobody
    if len(nuc) == 1 and words[0].lstrip("-") in res.pronouns:
        num, gen = res.pronouns[words[0].lstrip("-")]
        return SpeakerInfo(PRONOUN, num, gen, words[0].lstrip("-"), True, False)
    pronoun_phrase = _pronoun_phrase(nuc, words, res) or _split_demonstrative(doc, nuc, end, res)
    if pronoun_phrase is not None:
        num, gen = res.pronouns[pronoun_phrase]
        return SpeakerInfo(PRONOUN, num, gen, pronoun_phrase, True, False)  # `ce dernier`, `celle-ci`
    if res.lang == "fr" and is_quoted_title(doc, start, end):
        return info("media")  # `selon « Les Echos »`: a title in quotation marks where a source stands
    if res.lang == "fr" and _members_of_own(span, res):
        return SpeakerInfo("anonymous", "plur", gender, head_key, False, False)  # `plusieurs de ses députés`
    if res.lang == "fr" and _own_circle(span, number, res):
        return SpeakerInfo("anonymous", number, gender, head_key, False, False)  # `ses avocats et sa famille`
    if res.lang == "fr" and _coordinated_bodies(span, res):
        return info("institution")  # `l'ARS et Zalvora`: bodies side by side
    if res.is_phrase("people_pronoun", words):
        return SpeakerInfo("group", "plur", gender, head_key, False, False)  # `certains`, `d'autres`, `beaucoup`
    if res.is_phrase("unnamed_one", _span_words(span)):
        return SpeakerInfo("anonymous", "sing", gender, head_key, False, False)  # `un autre`, `l'une`
    if res.lang == "en":
        kind = name_kind(nuc, span, res)
        if kind is not None:
            return info(kind, kind == "named_person")  # `spokesman John Smith`, `the Harbour Authority`
    if res.lang == "fr" and head is not None:
        complement = _transparent_complement(head, span, res)
        if complement is not None:
            return _classify(doc, complement, end, res, anonymity)  # `une partie de la classe politique`
    if res.lang == "fr" and _closing_given_name(nuc, res):
        return info("named_person", True)  # `... du Rassemblement national Marine Le Pen` the parse cut
    if res.lang == "fr" and _source_of_outlet(nuc, res):
        return info("anonymous")  # `une source Reuters`: someone the outlet keeps unnamed, not the outlet
    if res.lang == "fr" and named_armed_group(nuc, res):
        return info("group")  # `Les Zalvas affirment` after `les milices Zalvas`: an armed group (convention)
    if res.lang == "fr" and _company_name([t for t in nuc if not res.has("determiner", _norm(t.text))], res):
        return info("institution")  # `Zalvora a annoncé` after `le siège de Zalvora`: a company, not a surname
    if res.lang == "fr" and _sector_named_company(nuc, res):
        return info("institution")  # `Zalvora Autoroutes a annoncé`: a sector word closes a company's name
    if res.lang == "fr" and (kind := _one_of_a_people(nuc, res)) is not None:
        return info(kind)  # `Un Zalvérien impliqué dans ...`: a name takes no indefinite article
    employer = _employer_name(nuc, span, res) if res.lang == "fr" else None
    if employer is not None:
        return _classify(doc, start, employer, res, anonymity)  # `les livreurs Zalvora`: the staff, typed as such
    ntext = span_text(doc, nuc.start, nuc.end)
    appos_words = [_norm(t.text) for t in appos] if appos is not None else []
    if (
        _contains(words, words, res, "media_name", ntext)
        or (appos is not None and _contains(appos_words, appos_words, res, "media_name", appos.text))
        or _newspaper_title(nuc, res)
        or _cased_outlet(nuc, res)
        or _foreign_title(nuc, res)
        or WEB_DOMAIN.search(ntext) is not None
        or _domain_follows(doc, end)
    ):
        return info("media")
    if res.lang == "fr" and head is not None and (_agency_phrase(head, span, res) or _agency_acronym(head, nuc, res)):
        return info("media")  # `l'agence officielle KCNA`, `l'agence de presse d'État`: a news agency
    if res.lang == "fr" and (kind := _capitals_name_kind(span, nuc, res)) is not None:
        return info(kind)  # `L215`, `le SNPX-FSU`, `la FDSX et les JA`, `Presse-Zalvie`: no person's name
    if head is not None and head.text[:1].isupper() and _name_holds(head, nuc, res, "institution_name"):
        return info("institution")  # `l'ONG Médecins sans frontières`, `the Pentagon`
    named_kind = _named_by_kind(head, nuc, res)
    if named_kind is not None:
        return info(named_kind)  # `la revue médicale The Lancet`, `la société Gazprom`: the name is the body's
    if res.lang == "fr" and _body_named_after(head, nuc, span, res):
        return info("institution")  # `l'opérateur de satellites Eutelsat`, `le groupe de médias Vivendi`
    demonym = _demonym(head, nuc, words, res) if res.lang == "fr" and head is not None else None
    if demonym is not None:
        return info(demonym, demonym == "named_person")  # `l'Allemand moyen`, `les Européens`, `le Russe X Y`
    if appos is not None and _names_complement(head, appos, res):
        if _body_head(head, res):
            return info("institution")  # `le cabinet du ministre, Paul Martin`: the body speaks
        appos = None  # `l'entourage du ministre, Paul Martin`: the name is the minister's, the voice unnamed
    designated = _designated_kind(head, nuc, span, words, number, res) if res.lang == "fr" else None
    if designated is not None:
        return info(designated)  # `les dirigeants de X`, `les libéraux`, `nos confrères de X`
    if res.lang == "fr" and head is not None and _public_service(head, nuc, words, res):
        return info("institution")  # `les secours`, `les sapeurs-pompiers`: a public service named by its task
    if res.lang == "fr" and head is not None and _counted_people(nuc, head, res):
        return info("anonymous")  # `deux habitantes`, `trois témoins`: individuals counted, not a collective
    if res.lang == "fr" and head is not None and head.i < nuc.end and _plural_role_head(head, appos, nuc, res):
        return info("group")  # `les maires de Nantes, Rouen`, `dix maires de grandes villes`: several holders
    if appos is not None and _looks_like_person(appos, res):
        return info("named_person", True)
    if res.lang == "fr" and head is not None and len(span) == len(nuc) and _acronym_with_article(head, nuc, res):
        return info("institution")  # `selon la CRTV`: a body's acronym, whatever the recogniser guessed
    if res.lang == "fr" and (kind := _capitalised_common_head(nuc, res)) is not None:
        return info(kind)  # `la Sûreté générale`, `la Garde nationale`, `le Journal officiel`: a body's name
    if res.lang == "fr" and (_body_noun_in_capitals(nuc, res) or _common_words_name(nuc, res)):
        return info("institution")  # `le Tribunal Judiciaire de X`, `selon Terre Solidaire`: no person's name
    if res.lang == "fr" and _acronym_led_name(nuc, res):
        return info("institution")  # `Zalvo Mobilités` written `ZLV Mobilités`: a company's acronym opens it
    if res.lang == "fr" and head is not None and _body_by_role(head, nuc, span, res):
        return info("institution")  # `l'exploitant`, `le Défenseur des droits`, `le leader du secteur`
    if _has_person(nuc, res) or _ends_with_name(span, nuc, res) or _known_person(nuc, res):
        return info("named_person", True)
    if res.lang == "fr" and _role_closed_by_given_name(head, nuc, span, res):
        return info("named_person", True)  # `le procureur de la République de Rennes Paul Roux`: the role's holder
    if res.lang == "fr" and head is not None and _role_then_name(nuc, head, res):
        return info("named_person", True)  # `l'ancien bâtonnier X Y` with X tagged a place: a role, then its holder
    if res.lang == "fr" and _appositive_name(head, span, res) and not _someone_of_a_role(nuc, span, res):
        return info("named_person", True)  # `le conseiller à la Sécurité nationale Jake Sullivan` (tagged ORG)
    if res.lang == "fr" and _bracketed_name(span, res):
        return info("named_person", True)  # `un spécialiste des vaccins (le Dr Martin)`
    if (
        res.lang == "fr"
        and _bare_surname(nuc, span, res)
        and nuc[0].ent_type_ in PLACE_LABELS
        and _written_as_place(nuc[0])
    ):
        return info("institution")  # `a déclaré Québec`: a place alone speaks as its government
    if res.lang == "fr" and _bare_surname(nuc, span, res):
        return info("named_person", True)  # `déclare Gifford`, whatever the recogniser calls it
    if res.lang == "fr" and _one_of(span):
        return info(_member_kind(span, res))  # `l'un des pirates`: one unnamed member of a set
    if head is None:
        return SpeakerInfo(
            "group" if number == "plur" else "anonymous", number, gender, head_key, definite, False, True
        )
    hw = _head_words(head, nuc, res)
    rest = [_norm(t.text) for t in span[len(nuc) :]]
    outlet_complement = (
        bool(rest) and res.has("np_link", rest[0]) and _contains(rest, rest, res, "media_name", span[len(nuc) :].text)
    )
    if _contains(hw, hw, res, "document_noun") or res.is_phrase("document_noun", _content_words(words, res)):
        if outlet_complement:
            return info("media")  # `le rapport du Guardian` (not `documents obtained by the Times`): the outlet's
        if res.lang == "en" and _has_phrase(words, res.phrase_list("media_report")):
            return info("media")  # `media reports which claimed`, `a newspaper report said`: the press's report
        if res.lang == "fr" and _contains(hw, hw, res, "press_text_noun") and _issuing_outlet(doc, nuc.end, end, res):
            return info("media")  # `un documentaire de la BBC`, `un article paru dans le journal X`: the outlet's
        return info("document")
    if res.lang == "fr" and words[0] in OUTLET_OWN_POSSESSIVES and _contains(hw, hw, res, "report_noun"):
        # `selon nos informations`: the outlet's own sources, kept unnamed (round 45: anonymous in all six
        # such records of the eighteen read sets; round 33 had typed the outlet, media)
        return info("anonymous")
    if (
        res.lang == "fr"
        and (
            outlet_complement
            or (bool(rest) and res.has("np_link", rest[0]) and _contains(rest, rest, res, "media_noun"))
            or _named_outlet_complement(span[len(nuc) :], res)
            or _unlisted_name_complement(doc, nuc.end, end, res)
        )
        and _contains(hw, hw, res, "report_noun")
    ):
        return info("media")  # `une information de France Bleu`, `des informations de presse`: the outlet's report
    if _contains(hw, hw, res, "media_noun"):
        return info("media")
    if _contains(hw, hw, res, "unique_title") and definite and number == "sing" and not anonymity:
        if res.lang == "fr" and _contains(hw, hw, res, "unnamed_role"):
            return info("anonymous")  # `le porte-parole du ministère` with no name: a voice kept unnamed
        if res.lang == "fr" and _premises_complement(span[len(nuc) :], res):
            return info("anonymous")  # `le patron du café`: the owner of a shop holds no public office
        return info("named_person", True)
    if (
        res.lang == "fr"
        and number == "plur"
        and (words[0] in CORPS_DETERMINERS or words[0] in INDEFINITE_PLURAL_WORDS)
        and _contains(hw, hw, res, "corps_noun")
        and not anonymity
    ):
        if words[0] in CORPS_DETERMINERS and _body_complement(span[len(nuc) :], res):
            return info("institution")  # `les enquêteurs de la DCPJ`: a named body's staff speak as the body
        # `selon les policiers`, `ses membres`: the corps speaking as a collective; `des militaires`, `des
        # agents de la préfecture`, `certains membres de la famille`: members named by their role and no
        # source word, a collective too, and some of a body's staff do not speak as the body (group)
        return info("group")
    if res.lang == "fr" and number == "plur" and not anonymity and _contains(hw, hw, res, "plural_people_noun"):
        return info("group")  # `plusieurs personnes scandaient`: people in the plural are a crowd, as `des gens`
    if (
        res.lang == "fr"
        and number == "plur"
        and not anonymity
        and not res.has("own_possessive", words[0])
        and _contains(hw, hw, res, "circle_noun")
    ):
        return info("group")  # `des proches de X assurent`: kin or friends with no possessive, a collective
    if _contains(hw, hw, res, "anonymous_head") or (anonymity and not head.text[:1].isupper()):
        return info("anonymous")
    if _contains(hw, hw, res, "group_noun"):
        if any(t.text[:1].isupper() for t in nuc[1:]) and head.i < nuc[-1].i:
            return info("institution")  # `le syndicat Force ouvrière`: a named body
        if number == "sing" and _contains(hw, hw, res, "singular_body") and not _complement_follows(head):
            return info("institution")  # `le groupe a annoncé`: a company; `un groupe de chercheurs` stays a group
        return info("group")
    if _contains(hw, hw, res, "person_noun"):
        return info("group" if number == "plur" else "anonymous")
    if (
        res.lang == "fr"
        and number == "plur"
        and _contains(hw, hw, res, "plural_group")
        and not any(t.text[:1].isupper() for t in span[1:] if t.i != head.i)
    ):
        return info("group")  # `les partis de la majorité`, `des ONG`: several bodies left unnamed, a collective
    if res.lang == "fr" and head.ent_type_ in ORG_LABELS and _role_apposed(doc, head, end, res):
        return info("named_person", True)  # `Hanitra Rabe, sa directrice de la communication`
    if (
        _contains(hw, hw, res, "institution_noun")
        or _contains(hw, hw, res, "institution_name")
        or _contains(hw, hw, res, "place", ntext if head.text[:1].isupper() else None)
        or head.ent_type_ in PLACE_LABELS + ORG_LABELS
    ):
        return info("institution")
    if _contains(hw, hw, res, "unique_title"):
        if number == "plur" and res.lang == "en":
            return info("group")  # `the judges`, `managers`: several holders, none named
        return info("named_person" if definite else "anonymous", definite)
    capital_name = head.text[:1].isupper() and not (res.lang == "fr" and _sentence_capital(head, res))
    if capital_name and head.ent_type_ not in PLACE_LABELS + ORG_LABELS:
        sentence_initial = head.i == start and (head.i == 0 or doc[head.i - 1].is_punct or doc[head.i - 1].is_space)
        if not (sentence_initial and res.lang == "en" and _norm(head.text).endswith("s")):
            return info("named_person", True)
        if len(nuc) == 1 and _surname_in_s(doc, head.text):
            return info("named_person", True)  # `Sanders said` opening a sentence: written so mid-sentence too
    if capital_name and _looks_like_person(doc[head.i : head.i + 1], res) and res.lang != "en":
        return info("named_person", True)
    if res.lang == "fr" and number == "sing" and head.pos_ == "NOUN" and _norm(head.text).endswith(ABSTRACT_SUFFIXES):
        # `la science du climat`, `l'indice des prix`, `l'initiative`: a thing that "says", not a person
        return SpeakerInfo("document", number, gender, head_key, definite, False, True)
    if res.lang == "fr" and number == "plur" and _abstract_plural(head):
        # `les premiers éléments de l'enquête`, `les conclusions provisoires`: things, as in the singular
        return SpeakerInfo("document", number, gender, head_key, definite, False, True)
    if res.lang == "fr" and number == "plur" and _plural_of_things(head):
        # `les calculs réalisés par X`, `les enveloppes adoptées`: the singular's test on the lemma
        return SpeakerInfo("document", number, gender, head_key, definite, False, True)
    if (
        res.lang == "fr"
        and number == "sing"
        and head.pos_ == "NOUN"
        and head.text[:1].islower()
        and not any(word.endswith(PERSON_SUFFIXES) for word in _head_words(head, nuc, res))
    ):
        # `le droit fondamental des femmes`, `le vœu de campagne de X`, `le partenariat public-privé`: a noun
        # no list knows, without the ending of a noun of persons (`-eur`, `-iste`, `-ant`...), names a thing
        return SpeakerInfo("document", number, gender, head_key, definite, False, True, True)
    return SpeakerInfo("group" if number == "plur" else "anonymous", number, gender, head_key, definite, False, True)


# French endings of nouns of things and ideas (législation, science, indice, initiative, majorité...):
# no list decided the type, and such a word names no unidentified individual.
# French endings of nouns of persons (chercheur, pêcheuse, journaliste, habitant, pharmacien, internaute...):
# an unlisted noun with one of them may be someone unnamed; one without names a thing.
PERSON_SUFFIXES = (
    "eur", "euse", "rice", "ier", "ière", "iste", "ant", "ante", "ent", "ente", "ien", "ienne", "ais", "aise",
    "aire", "logue", "naute", "crate", "ois", "oise", "in", "ine", "é", "ée", "ard", "arde", "on", "onne",
    "er", "ère", "el", "elle",
)  # fmt: skip
ABSTRACT_SUFFIXES = ("tion", "sion", "ité", "ence", "ance", "isme", "ment", "age", "ure", "ice", "ive", "ie")


def _role_apposed(doc: Doc, head: Token, end: int, res: Resources) -> bool:
    """French: a capitalised name the recogniser called a body, then a comma and a person's role, maybe
    after a possessive (`X Y, sa directrice de la communication`, `X Y, responsable syndical`): that
    apposition introduces a person.
    Either the name lies in a recognised entity that began before it (`a déclaré au Monde X Y`: the
    recogniser ran the outlet's name into the person's), so its label is the outlet's, not the name's;
    or the phrase is a bare run of two capitalised words or more that no list knows as a place, body or
    outlet (`Fodé Oussou X, directeur de campagne`: the recogniser calls many foreign names bodies), since
    a body takes its article and no body is a `directeur`."""
    if not head.text[:1].isupper() or end + 2 >= len(doc) or doc[end].text != ",":
        return False
    first = doc[head.left_edge.i] if head.left_edge.i < end else head
    if first.ent_iob_ != "I" and not _bare_name_run(doc, head.i, end, res):
        return False
    role = doc[end + 2] if res.has("own_possessive", _norm(doc[end + 1].text)) else doc[end + 1]
    keys = (_norm(role.text), _norm(role.lemma_ or role.text))
    return any(res.has(cat, k) for cat in ("person_noun", "unique_title", "leader_noun") for k in keys)


def _bare_name_run(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """Tokens start..end are two to four capitalised words (a particle or hyphen may join them), no
    determiner before them, none a listed place, body or outlet: the shape of a person's full name."""
    words = doc[start:end]
    if not 2 <= len(words) <= 4 or (start > 0 and res.has("determiner", _norm(doc[start - 1].text))):
        return False
    if not all((t.is_alpha and t.text[:1].isupper()) or _norm(t.text) in NAME_PARTICLES for t in words):
        return False
    low = [_norm(t.text) for t in words]
    return not any(_contains(low, low, res, cat, words.text) for cat in ("place", "institution_name", "media_name"))


def _abstract_plural(head: Token) -> bool:
    """A lower-case plural noun no list typed whose singular (its lemma) has the ending of a noun of
    things and that a complement ties to what they come from (`les éléments de l'enquête`, `les
    conclusions d'une enquête`): the singular's test applied to the lemma, not a group of people (`plusieurs
    établissements`, with no complement, stay a group)."""
    lemma = _norm(head.lemma_ or "")
    if head.pos_ != "NOUN" or not head.text.islower() or lemma == _norm(head.text):
        return False
    return lemma.endswith(ABSTRACT_SUFFIXES) and any(c.dep_ == "nmod" for c in head.children)


def _plural_of_things(head: Token) -> bool:
    """A lower-case plural noun no list typed whose singular (its lemma) lacks the ending of a noun of
    persons (`calculs`, `enveloppes`, `relevés`): things, as the same noun in the singular is, not a
    group of people (`les riverains`, `des chercheurs` end as nouns of persons do)."""
    lemma = _norm(head.lemma_ or "")
    if head.pos_ != "NOUN" or not head.text.islower() or not lemma or lemma == _norm(head.text):
        return False
    return not lemma.endswith((*PERSON_SUFFIXES, *PERSON_OR_THING_SUFFIXES))


# Endings of nouns that name a person as often as a thing in the plural (`les critiques`, `les scientifiques`).
PERSON_OR_THING_SUFFIXES = ("ique",)


def _designated_kind(
    head: Token | None, nuc: Span, span: Span, words: list[str], number: str, res: Resources
) -> str | None:
    """French designations whose type the convention decided (issue 13): a body's leaders in the plural
    (`les dirigeants de X`: unnamed people, anonymous), a party named by its members' adjective with the
    definite plural (`les libéraux`, `les écologistes`: the party, institution), another outlet called
    `nos confrères de X` or `nos confrères` alone (media), the people the outlet met, `nos interlocuteurs`
    (group)."""
    if head is None:
        return None
    lead = _head_words(head, nuc, res)
    if number == "plur" and _contains(lead, lead, res, "leader_noun"):
        if words[0] in ("ses", "leurs", "les") and len(nuc) == 2 and len(span) == 2:
            # `ses dirigeants`, `leurs cadres`: a body's own leadership as a collective (round 43); round 49:
            # `les dirigeants` alone too (A81), the leadership of the body the text is about
            return "group"
        return "anonymous"
    if number == "plur" and words[0] == "les" and _contains(lead, lead, res, "party_member_noun"):
        return "institution"
    if _contains(lead, lead, res, "press_colleague_noun") and _named_complement(span[len(nuc) :], res):
        return "media"
    if number == "plur" and words[0] == "nos" and not any(t.text[:1].isupper() for t in nuc[1:]):
        if _contains(lead, lead, res, "press_colleague_noun"):
            return "media"  # `selon nos confrères`: the press's name for the other outlets it draws on
        if _contains(lead, lead, res, "interviewee_noun"):
            return "group"  # `nos interlocuteurs`: the people the outlet met, a collective (`les habitants`)
    rest = span[len(nuc) :]
    if (
        _contains(lead, lead, res, "press_staff_noun")
        and _outlet_complement(rest, res)
        and not (_has_person(nuc, res) or _ends_with_name(span, nuc, res))
    ):
        return "media"  # `le photographe de l'AFP`, `un journaliste du Monde`: the outlet's staff, speaking as it
    if number == "plur" and _counted_or_definite(nuc):
        capitalised = any(t.text[:1].isupper() for t in nuc[1:] if t.i != head.i)
        if _contains(lead, lead, res, "plural_group") and not capitalised:
            named = any(t.text[:1].isupper() for t in span[1:] if t.i != head.i)  # `les syndicats X et Y`
            if _takes_up_named_bodies(nuc, res):
                # `ces organisations`, `les deux syndicats` right after the text named the bodies: those
                # bodies, institution (round 46; A56's and A63's shape, wrong under round 45's class A)
                return "institution"
            if _norm(nuc[0].text) in COLLECTIVE_ARTICLES and not named:
                # `les syndicats`, `ces associations de riverains`: a class of bodies none of which is named
                # speaks as a collective (round 45: group in 12 of the 14 such records of eighteen read sets)
                return "group"
            return "institution"  # `cinq associations`, `leurs syndicats`: bodies counted or of someone's own
        if _contains(lead, lead, res, "court_officer_noun") and _body_in(rest, res):
            return "institution"  # `les juges d'instruction du tribunal de X`: a court's officers speak as it
    return None


# A definite plural that names a class of bodies, not a number of them nor someone's own (round 45).
COLLECTIVE_ARTICLES = ("les", "ces")
# Determiners of a definite plural (`les syndicats`, `ces associations`, `leurs partis`).
DEFINITE_PLURAL_WORDS = ("les", "ces", "ses", "leurs")


def _counted_or_definite(nuc: Span) -> bool:
    """The plural phrase opens on a cardinal above one (`cinq associations`) or a definite determiner
    (`les syndicats`): the convention of round 29 types such bodies as institutions, while an
    indefinite `des ONG` or `plusieurs partis` stays an unnamed collective."""
    first = nuc[0]
    if first.like_num:
        return _norm(first.text) not in ("un", "une", "1")
    return _norm(first.text) in DEFINITE_PLURAL_WORDS


def _outlet_complement(rest: Span, res: Resources) -> bool:
    """The words after the nucleus open on a link word and name an outlet: a listed outlet's name (`de
    l'AFP`), an outlet noun and its name (`du journal X`) or a capitalised title (`du Courrier Lorrain`);
    `de la radio` names no outlet, so its staff stay unnamed people."""
    words = _span_words(rest)
    if not words or not res.has("np_link", words[0]) or not any(t.text[:1].isupper() for t in rest[1:]):
        return False
    return (
        _contains(words, words, res, "media_name", rest.text)
        or _contains(words, words, res, "media_noun")
        or _named_outlet_complement(rest, res)
    )


def _body_in(rest: Span, res: Resources) -> bool:
    """A noun of a body (`du tribunal`, `du parquet`) stands in the complement after the nucleus."""
    return (
        bool(rest)
        and res.has("np_link", _norm(rest[0].text))
        and any(res.is_a("institution_noun", t.text, t.lemma_) for t in rest if t.text.islower())
    )


def _sector_named_company(nuc: Span, res: Resources) -> bool:
    """French: the phrase ends with two or more capitalised words, the last a sector word
    (`company_sector_word`: `Zalvora Autoroutes`, `Zalvora Assurances`): a company's name; a person's
    name does not end with `Autoroutes`."""
    run = 0
    while run < len(nuc) and nuc[len(nuc) - 1 - run].is_alpha and nuc[len(nuc) - 1 - run].text[:1].isupper():
        run += 1
    if run < 2:
        return False
    last = nuc[-1]
    return res.has("company_sector_word", _norm(last.text)) and not res.has("given_name", _norm(nuc[-run].text))


def _acronym_led_name(nuc: Span, res: Resources) -> bool:
    """French: a name of capitalised words that opens on an acronym in capitals and goes on in ordinary
    capitalisation (`ZLV Mobilités`, `ZLV Renouvelables`): a company's or a body's branch. A person's
    name does not open on an acronym; the recogniser often calls such a name a person's. Names with a
    listed given name (`DUPONT Jean`) or written wholly in capitals (`ZLV TV`) are left to the others.
    A glued hyphen inside the name is no word of it (`ZLV-Que Zalvo`, round 44)."""
    words = [t for t in nuc if not res.has("determiner", _norm(t.text)) and not glued_hyphen(t.doc, t.i)]
    if len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    first = words[0]
    if not (2 <= len(first.text) <= 6 and first.text.isupper()):
        return False
    if all(t.text.isupper() for t in words[1:]):
        return False
    return not any(res.has("given_name", _norm(t.text)) for t in words)


def _named_complement(rest: Span, res: Resources) -> bool:
    """A complement `de X` whose first word after the link is capitalised (`de Zalvora Matin`)."""
    words = [t for t in rest if not t.is_space]
    return len(words) >= 2 and res.has("np_link", _norm(words[0].text)) and words[1].text[:1].isupper()


PUBLISHED_LEMMAS = ("paraître", "publier")
OUTLET_WORD_LISTS = ("media_name", "media_noun", "outlet_kind_noun")  # a word naming an outlet or its kind
PUBLISHED_WINDOW = 8  # tokens after `paru` to look for `dans` (`paru le 8 mai dans`)


def _issuing_outlet(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """The complement of a press text's noun (from token `start` to the phrase's `end`), or the words
    right after the phrase, name the outlet that issued it: `de la BBC`, `du quotidien X`, a capitalised
    name no list knows as a person, place or body (`de 24 Heures`), or `paru(e) ... dans` an outlet."""
    rest = doc[start:end]
    words = _span_words(rest)
    legal_article = any(t.like_num for t in doc[max(0, start - 2) : start])  # `l'article 3 du Code pénal`
    if words and res.has("np_link", words[0]) and not legal_article:
        if any(res.has(cat, w) for w in words for cat in OUTLET_WORD_LISTS):
            return True
        if _contains(words, words, res, "media_name", rest.text) or _unlisted_name_complement(doc, start, end, res):
            return True
    k = end
    if k < len(doc) and _norm(doc[k].lemma_) in PUBLISHED_LEMMAS and doc[k].pos_ in ("VERB", "ADJ"):
        for t in doc[k + 1 : min(len(doc), k + PUBLISHED_WINDOW)]:
            if t.is_punct:
                return False
            if _norm(t.text) == "dans":
                after = doc[t.i + 1 : min(len(doc), t.i + 6)]
                low = [_norm(u.text) for u in after]
                return any(res.has(cat, w) for w in low for cat in OUTLET_WORD_LISTS) or _contains(
                    low, low, res, "media_name", after.text
                )
    return False


def _named_outlet_complement(rest: Span, res: Resources) -> bool:
    """A complement naming an online outlet by its kind and its name (`du site spécialisé X`, `du blog
    X`): the report noun before it (`une information du site X`) is that outlet's report."""
    words = _span_words(rest)
    if not words or not res.has("np_link", words[0]):
        return False
    kind = next((t for t in rest[1:] if res.is_a("outlet_kind_noun", t.text, t.lemma_)), None)
    if kind is None:
        return False
    after = [t for t in rest[kind.i - rest.start + 1 :] if not (t.text.islower() and t.pos_ == "ADJ")]
    return bool(after) and after[0].text[:1].isupper()  # `du site spécialisé X`, not `du site de la Mairie`


# Determiners before a corps noun that make the corps speak as a whole (`les policiers`, `ses membres`);
# `des policiers`, `plusieurs membres` stay unnamed individuals.
CORPS_DETERMINERS = ("les", "ses", "leurs")
# Determiners of an indefinite plural (`des agents`, `plusieurs membres`, `d'autres militaires`); a cardinal
# (`deux enquêteurs`) counts individuals instead (`_counted_people`).
INDEFINITE_PLURAL_WORDS = (
    "des",
    "certains",
    "certaines",
    "plusieurs",
    "quelques",
    "d'autres",
    "de",
    "d'",
    "nombreux",
    "nombreuses",
)


# Opening -> closing mark of a title (`selon « Le Monde »`); speakers.py finds titles by the same marks.
TITLE_MARKS = {"«": "»", "“": "”", '"': '"'}


def is_quoted_title(doc: Doc, start: int, end: int) -> bool:
    """French: the phrase is a capitalised title set alone in quotation marks (`« Le Monde »`,
    `"Libération"`): the marks right before and after it, as `Speakers.quoted_title` finds a source."""
    if start < 1 or end >= len(doc) or end <= start or not doc[start].text[:1].isupper():
        return False
    closer = TITLE_MARKS.get(doc[start - 1].text)
    return closer is not None and doc[end].text == closer


def _counted_people(nuc: Span, head: Token, res: Resources) -> bool:
    """French: a cardinal number above one opens the phrase and a lower-case noun of persons heads it
    (`deux habitantes`, `trois témoins`, `Quatre salariés de l'usine`): so many individuals, each
    unnamed, whom the text counts (the annotators type them anonymous); `les habitants`, `des
    manifestants` name a collective by its class (group)."""
    first = nuc[0]
    if not first.like_num or _norm(first.text) in ("un", "une", "1") or head.i <= first.i:
        return False
    if not head.text.islower():
        return False
    return is_person_noun(head, res)


# Word lists of the sources lexicon whose nouns name a person (`habitant`, `témoin`, `président`).
PERSON_NOUN_CATEGORIES = ("person_noun", "anonymous_head", "unique_title")


def is_person_noun(token: Token, res: Resources) -> bool:
    """Whether the token is a noun of persons in one of `PERSON_NOUN_CATEGORIES`."""
    return any(res.is_a(cat, token.text, token.lemma_) for cat in PERSON_NOUN_CATEGORIES)


BODY_ARTICLES = ("le", "la", "l'", "les")
# `nos informations`, `notre information`: the outlet's own reporting, its sources unnamed (anonymous)
OUTLET_OWN_POSSESSIVES = ("nos", "notre")
NOT_A_BODY_WORD = ("unique_title", "person_noun", "honorific", "given_name", "media_noun", "media_title_word")


def _content_words(words: list[str], res: Resources) -> list[str]:
    """The nucleus's words without its determiners (`le journal officiel` -> journal, officiel)."""
    return [w for w in words if not res.has("determiner", w)]


def _capitalised_common_head(nuc: Span, res: Resources) -> str | None:
    """French: a definite article, then a capitalised common noun, then lower-case words only (`la
    Sûreté générale`, `la Garde nationale`, `la Ligue suisse contre le cancer`): French capitalises the
    first noun of a body's or an official text's name and writes a person's name without an article,
    so the phrase names a body (institution), or a document when it is a listed document phrase (`le
    Journal officiel`). A title (`le Président`), a given name or an outlet's word keeps its own path."""
    words = [t for t in nuc if not t.is_punct]
    if len(words) < 2 or _norm(words[0].text) not in BODY_ARTICLES:
        return None
    noun, rest = words[1], words[2:]
    if not (noun.is_alpha and noun.text[:1].isupper() and noun.text[1:].islower() and noun.pos_ in ("NOUN", "PROPN")):
        return None
    if noun.ent_type_ in PERSON_LABELS or not all(t.text.islower() for t in rest):
        return None
    if any(res.is_a(cat, noun.text, noun.lemma_) for cat in NOT_A_BODY_WORD):
        return "document" if res.is_phrase("document_noun", _content_words(_span_words(nuc), res)) else None
    if not rest and noun.text.endswith(DEMONYM_ENDINGS):
        return None  # `le Lyonnais`: a person named again by where they come from
    return "institution"


BODY_NOUN_CATEGORIES = ("institution_noun", "court_noun")
NOT_A_NAME_OPENER = (*NOT_A_BODY_WORD, "anonymous_head", "office_title_noun", "place", "pronoun")
COMMON_NAME_WORDS = (2, 4)  # `Avenir Vert`, `Agir Ensemble Ici`: a body's name of common words
COMMON_OPENER_TAGS = ("NOUN", "VERB", "ADJ")


@lru_cache(maxsize=1)
def _french_words() -> tuple[frozenset[str], Table | None]:
    """Lower-case French words from spaCy's lookup data: the lemmas of nouns, adjectives, verbs and adverbs,
    and the form -> lemma table for their inflected forms; what a reader knows as common words. Empty
    when the data is not installed (the rule that asks then never fires)."""
    from ..components.lexicon import lemma_lookup_table  # the form table the lexicon already holds

    try:
        index = load_lookups("fr", ["lemma_index"]).get_table("lemma_index")
    except (ValueError, KeyError, OSError, ImportError):
        return frozenset(), None
    lemmas = frozenset(w for pos in ("noun", "adj", "verb", "adv") if pos in index for w in index[pos])
    return lemmas, lemma_lookup_table("fr")


def _french_word(word: str) -> bool:
    """`word` (lower case) is a common French word: a lemma of the lookup data or one of its forms."""
    lemmas, forms = _french_words()
    return word in lemmas or (forms is not None and word in forms)


def _body_noun_in_capitals(nuc: Span, res: Resources) -> bool:
    """French (round 47): an article, a listed noun of a body written with a capital (`le Tribunal`, `la
    Cour`, `le Conseil`), then words written with capitals too (`le Tribunal Judiciaire de X`, `la Cour
    d'Appel`): a body's name in plain capitals, whatever the recogniser guessed. Round 43's
    `_capitalised_common_head` wants the words after the noun in lower case; a given name or an honorific
    in the phrase (`le Comité Jean Moulin`) leaves it to the person rules."""
    words = [t for t in nuc if not t.is_punct]
    if len(words) < 3 or _norm(words[0].text) not in BODY_ARTICLES:
        return False
    noun, rest = words[1], words[2:]
    if not (noun.is_alpha and noun.text[:1].isupper() and noun.text[1:].islower()):
        return False
    if not any(res.is_a(cat, noun.text, noun.lemma_) for cat in BODY_NOUN_CATEGORIES):
        return False
    if not any(t.text[:1].isupper() and t.is_alpha for t in rest):
        return False
    return not any(res.has("given_name", _norm(t.text)) or res.has("honorific", _norm(t.text)) for t in rest)


def _common_words_name(nuc: Span, res: Resources) -> bool:
    """French (round 47): a name with no article made of two to four capitalised words whose first the
    tagger reads as a common noun, verb or adjective (`Terre Solidaire`, `Avenir Vert`, `Agir Ensemble`):
    a person's name opens on a given name, so this is an association's or a body's. Guards: no listed given
    name, honorific, title, role or place among its words (`Général X`, `Rose X`), no article before it."""
    words = [t for t in nuc if not t.is_punct]
    if not COMMON_NAME_WORDS[0] <= len(words) <= COMMON_NAME_WORDS[1] or len(words) != len(nuc):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in words):
        return False
    first = words[0]
    if first.pos_ not in COMMON_OPENER_TAGS or not first.lemma_[:1].islower():
        return False
    if not _french_word(_norm(first.text)):
        return False  # `Hatice X`: a given name no list holds, which the tagger read as a noun
    doc = nuc.doc
    if nuc.start > 0 and res.has("determiner", _norm(doc[nuc.start - 1].text)):
        return False
    low = [_norm(t.text) for t in words]
    if any(res.is_a(cat, t.text, t.lemma_) for t in words for cat in NOT_A_NAME_OPENER):
        return False
    return not _contains(low, low, res, "place")


def _public_service(head: Token, nuc: Span, words: list[str], res: Resources) -> bool:
    """`les secours`, `les pompiers`, `les marins-pompiers` (`public_service`, plural forms): French
    names an emergency service by its task in the definite plural, and it speaks as that service."""
    if len(words) < 2 or words[0] != "les":
        return False
    hw = _head_words(head, nuc, res)
    return _contains(hw, hw, res, "public_service")


def _body_complement(rest: Span, res: Resources) -> bool:
    """The words after a plural corps noun open on a link word and name a body: an acronym or a
    capitalised name (`de la DCPJ`, `de la Gendarmerie`), or a noun of a body (`de la brigade
    financière`, `du commissariat`): the staff of that body, speaking as it does."""
    words = _span_words(rest)
    k = _noun_after_link(words, res)
    if k is None:
        return False
    tok = rest[k]
    if tok.text[:1].isupper():
        return tok.ent_type_ not in PERSON_LABELS and not res.has("given_name", words[k])
    return res.is_a("institution_noun", tok.text, tok.lemma_)


def _premises_complement(rest: Span, res: Resources) -> bool:
    """The words after a title's nucleus open on a link word and name a shop, a café or a farm
    (`du café`, `de la boulangerie`, `de l'exploitation`): `premises_noun` in the sources lexicon."""
    words = _span_words(rest)
    k = _noun_after_link(words, res)
    return k is not None and rest[k].text[:1].islower() and res.has("premises_noun", words[k])


def _noun_after_link(words: list[str], res: Resources) -> int | None:
    """Where the noun stands in a complement that opens on a link word and its determiners (`de la X`),
    or None when the words do not open on a link word or end before a noun."""
    if not words or not res.has("np_link", words[0]):
        return None
    k = 1
    while k < len(words) and res.has("determiner", words[k]):
        k += 1
    return k if k < len(words) else None


def _unlisted_name_complement(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """`les informations de Vallée Business`, `une information du Courrier Lorrain`: a report noun's
    complement (a link word, then a capitalised name) that no list knows as a person, a place or a
    body: news writes `les informations de X` of an outlet's scoop, so the unlisted name is a paper's."""
    if end - start < 2 or not res.has("np_link", _norm(doc[start].text)):
        return False
    k = start + 1
    while k < end and res.has("determiner", _norm(doc[k].text)):
        k += 1
    name = doc[k:end]
    if not len(name) or not name[0].text[:1].isupper() or name[0].ent_type_ in PERSON_LABELS:
        return False
    words = [_norm(t.text) for t in name]
    return not any(
        _contains(words, words, res, category, name.text)
        for category in ("institution_name", "institution_noun", "place", "given_name")
    )


def _after_leading_date(doc: Doc, start: int, end: int, res: Resources) -> int | None:
    """French: a speaker span the parser opened on a time adverbial and its comma (`samedi,`, `lundi
    soir,`): where the speaker's own words start, or None."""
    if res.lang != "fr":
        return None
    i = start
    while i < end and res.has("time_word", doc[i].lower_):
        i += 1
    if i == start or i + 1 >= end or doc[i].text != ",":
        return None
    return i + 1


def _source_of_outlet(nuc: Span, res: Resources) -> bool:
    """`une source Reuters`, `des sources AFP`: a determiner, a source noun, then a capitalised name."""
    if len(nuc) < 3 or not res.has("determiner", _norm(nuc[0].text)):
        return False
    noun = nuc[1]
    return noun.text.islower() and res.is_a("collective_source", noun.text, noun.lemma_) and nuc[2].text[:1].isupper()


def _acronym_with_article(head: Token, nuc: Span, res: Resources) -> bool:
    """`la CRTV`, `le CNRB`: an article, then an acronym alone that no list knows (a title such as
    `le PDG` is listed). French writes a body's acronym with its article and a person's initials without
    one, so the recogniser's guess (often a miscellaneous name) does not make it a person."""
    if len(nuc) != 2 or head.i != nuc.start + 1 or not res.has("determiner", _norm(nuc[0].text)):
        return False
    text = head.text
    if _title_case_acronym(text) and not _known(head, res):
        return True  # `la Fnpl`, `la Cnil`: an acronym written as a word, whatever the recogniser guessed
    return (
        text.isalpha()
        and text.isupper()
        and len(text) >= 2
        and head.ent_type_ not in PERSON_LABELS
        and not _known(head, res)
    )


# Consonant pairs that open French (and most European) words and names: `Fr`, `Cl`, `Schmitt`'s `Sc`...
WORD_ONSETS = frozenset(
    (
        "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gn", "gr", "kh", "kl", "kr", "ph", "pl", "pn", "pr",
        "ps", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sv", "sw", "th", "tr", "ts", "tz", "vl", "vr", "wr",
        "zh",
    )
)  # fmt: skip
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûü")


def _title_case_acronym(text: str) -> bool:
    """`Fnpl`, `Cnil`, `Fnsa`: the press writes many acronyms with one capital; no word or name opens on a
    consonant pair such as `fn`, `cn`, `mj`, nor keeps a vowel out of its letters after the first."""
    if len(text) < 3 or not text.isalpha() or not text[0].isupper() or not text[1:].islower():
        return False
    low = text.lower()
    if not any(c in VOWELS for c in low[1:]):
        return True
    return low[0] not in VOWELS and low[1] not in VOWELS and low[:2] not in WORD_ONSETS


# A definite singular article right before a body's role noun (`le`, `l'`, `ce`, `cet`; `la` for a title).
ROLE_BODY_ARTICLES = ("le", "la", "l'", "ce", "cet", "cette")


def _body_by_role(head: Token, nuc: Span, span: Span, res: Resources) -> bool:
    """A body named by its role, not by a name nor an administration's noun (round 45): a company by its
    trade in the masculine singular (`l'exploitant`, `le géant pétrolier`; not `un exploitant agricole`),
    an independent office by its capitalised title (`le Défenseur des droits`, `la Médiatrice`), the leader
    of a market or an industry (`le leader français du secteur`). A reader takes each for the body: a
    person holding such a role is named, written in the feminine, or written in lower case (the title)."""
    if head.i != nuc.start + 1 or _norm(nuc[0].text) not in ROLE_BODY_ARTICLES:
        return False
    doc = head.doc
    low = _norm(head.text)
    nxt = _norm(doc[head.i + 1].text) if head.i + 1 < len(doc) else ""
    if res.has("body_role_noun", low) and _norm(nuc[0].text) != "la":
        return not res.is_phrase("person_noun", [low, nxt])
    if res.has("office_title_noun", low) and head.text[:1].isupper() and head.text[1:].islower():
        return True
    if res.has("sector_leader_noun", low) and _norm(nuc[0].text) != "la":
        return any(res.has("sector_word", _norm(t.text)) for t in doc[head.i + 1 : span.end])
    return False


def _bare_surname(nuc: Span, span: Span, res: Resources) -> bool:
    """French: one capitalised word (not an acronym) with no determiner, standing alone as the speaker
    (`déclare Gifford`, `Dupont a dit`): French writes bodies with an article (`le Kremlin`, `l'Élysée`),
    so a bare word no list knows as a place, body or outlet is a person's surname."""
    if len(span) != 1 or len(nuc) != 1:
        return False
    tok = nuc[0]
    text = tok.text
    if not (tok.is_alpha and text[:1].isupper() and text[1:].islower() and len(text) > 2):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    opening = prev is None or prev.is_space or prev.text in (".", "!", "?", "«", '"', "“", ":")
    if opening and tok.pos_ != "PROPN":
        return False  # opening a sentence, any capitalised word may stand there: a proper noun only
    low = [_norm(text)]
    return not any(
        _contains(low, low, res, cat, text) for cat in ("place", "institution_name", "media_name", "institution_noun")
    )


def _someone_of_a_role(nuc: Span, span: Span, res: Resources) -> bool:
    """An unnamed source's noun (`entourage`, `proche`, `conseiller`) whose complement names another
    person by role and name (`l'entourage du ministre des Finances X`): the name is that person's,
    the speaker stays unnamed."""
    words = _span_words(nuc)
    if not any(res.has("anonymous_head", w) for w in words):
        return False
    rest = span[len(nuc) :]
    return any(
        t.text[:1].islower() and any(res.is_a(cat, t.text, t.lemma_) for cat in ("unique_title", "person_noun"))
        for t in rest
    )


def _pronoun_phrase(nuc: Span, words: list[str], res: Resources) -> str | None:
    """A listed pronoun of several tokens (`ce dernier`, `cette dernière`, `celui-ci` split at its
    hyphen) that makes up the whole phrase: it points back like `il`, so it is resolved, not typed
    from its words (`dernier` is no noun of anyone)."""
    if len(nuc) < 2 or len(nuc) > 3:
        return None
    for key in (" ".join(words), "".join(words), _norm(nuc.text)):
        if key in res.pronouns:
            return key
    return None


def _split_demonstrative(doc: Doc, nuc: Span, end: int, res: Resources) -> str | None:
    """`Celle-ci estime`, `Celui-ci qui estime`: the speaker phrase stops at `Celle` the tokenizer split
    from `-ci`; the whole demonstrative, when listed, is the pronoun."""
    if len(nuc) != 1 or end + 2 > len(doc) or doc[end].text not in ("-", "‑"):
        return None
    key = _norm(nuc[0].text) + "-" + _norm(doc[end + 1].text)
    return key if key in res.pronouns else None


def _demonym(head: Token, nuc: Span, words: list[str], res: Resources) -> str | None:
    """A capitalised inhabitant noun right after a determiner: people of a country (`le Français moyen`
    anonymous, `les Polonais` a group), not a body; with capitalised words after it, a person's name
    (`l'Ukrainien Oleksandr Petrenko`, whatever the recogniser makes of the name)."""
    low = _norm(head.text)
    if not head.text[:1].isupper() or head.i != nuc.start + _after_other(nuc, 1) or not res.has("determiner", words[0]):
        return None
    if not low.endswith(DEMONYM_ENDINGS):
        return None
    if any(res.has(cat, low) for cat in ("place", "institution_name", "media_name", "given_name")):
        return None
    after = [t for t in nuc if t.i > head.i]
    if after and all(t.text[:1].isupper() and t.is_alpha for t in after) and len(after) <= 3:
        return "named_person" if words[0] in ("le", "l'", "la") else None
    if any(t.text[:1].isupper() for t in after):
        return None
    return "group" if words[0] in ("les", "des", "ces", "certains", "plusieurs") else "anonymous"


OTHER_WORDS = ("autre", "autres")


def _after_other(nuc: Span, i: int) -> int:
    """Index i of the nucleus, or the next one when `autre(s)` stands there (`une autre Lyonnaise`,
    `d'autres Bretons`): the word after it is the one a determiner would have right against it."""
    return i + 1 if i < len(nuc) - 1 and _norm(nuc[i].text) in OTHER_WORDS else i


DEMONYM_ENDINGS = (
    "ais", "ois", "ain", "ains", "ien", "iens", "and", "ands", "éen", "éens",
    "aise", "aises", "oise", "oises", "aine", "aines", "ienne", "iennes", "ande", "andes", "éenne", "éennes",
)  # fmt: skip


TITLED_KEY = "framing_attribution_titled"


def _headline_role(nuc: Span, head: Token, res: Resources) -> bool:
    """A singular role noun with no determiner in a headline: lower-case words only and the text's
    first line, which ends without a full stop."""
    if not all(t.is_alpha and t.text.islower() for t in nuc) or not head.text.islower():
        return False
    if not (res.is_a("person_noun", head.text, head.lemma_) or res.is_a("unique_title", head.text, head.lemma_)):
        return False
    if head.text.endswith("s") and not res.has("person_noun", head.text) and not res.has("unique_title", head.text):
        return False  # `says officials`: several
    text = token_table(nuc.doc).text
    line_end = text.find("\n")
    line = text if line_end < 0 else text[:line_end]
    return nuc.end_char <= len(line) and not line.rstrip().endswith(".")


def _headline_role_named_later(nuc: Span, span: Span, head: Token, res: Resources) -> bool:
    """French: a role with no article in the headline (`PDG de Zalvor : « ... »`) that the body writes
    again right before a person's name (`le PDG de Zalvor Paul Roux a précisé`): the headline gives the
    role of the person the article names, so it is that person (issue 13 item 2). The role must be the
    same words, followed by a name the recogniser tags a person or that opens on a listed given name."""
    doc = nuc.doc
    if nuc[0].i != head.i and res.has("determiner", _norm(nuc[0].text)):
        return False
    if not (is_person_noun(head, res) or res.is_a("unique_title", head.text, head.lemma_)):
        return False
    text = token_table(doc).text
    line_end = text.find("\n")
    if line_end < 0 or span.end_char > line_end or text[:line_end].rstrip().endswith("."):
        return False
    role = text[span.start_char : span.end_char].lower()
    lowered = text.lower()
    at = lowered.find(role, line_end)
    while at >= 0:
        after = doc.char_span(at + len(role), len(text), alignment_mode="expand")
        name = next((t for t in after if not t.is_space and t.text != ","), None) if after is not None else None
        if (
            name is not None
            and name.text[:1].isupper()
            and (name.ent_type_ in PERSON_LABELS or res.has("given_name", _norm(name.text)))
        ):
            return True
        at = lowered.find(role, at + len(role))
    return False


def title_names_someone(doc: Doc, title: str, res: Resources) -> bool:
    """English: the article writes this title right before a capitalised name somewhere (`Judge
    Mary Quinn`, `spokesman Tom Allen`), so a bare `the judge` (or a headline's `Judge`) is that
    person, named in the article (the annotators' convention; issue 13: no name keeps it anonymous)."""
    cache = doc.user_data.setdefault(TITLED_KEY, {})
    key = _norm(title)
    found = cache.get(key)
    if found is None:
        words = token_table(doc).words
        found = any(
            _norm(w) == key
            and i + 1 < len(words)
            and words[i + 1][:1].isupper()
            and words[i + 1].isalpha()
            and not res.has("time_word", _norm(words[i + 1]))
            and not res.has("determiner", _norm(words[i + 1]))
            for i, w in enumerate(words)
        )
        cache[key] = found
    return found


def _surname_in_s(doc: Doc, word: str) -> bool:
    """English, a capitalised word in -s opening a sentence (`Sanders`, `Democrats`): a name when the
    text also writes it capitalised inside a sentence and never writes its singular capitalised
    (`Democrat`, `American` are there for the plurals of groups)."""
    inner, capitalised = _capitalised_words(doc)
    return word in inner and word[:-1] not in capitalised


def _capitalised_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words inside sentences, and all capitalised words, of a Doc (computed once)."""
    cached = doc.user_data.get(CAPITALISED_KEY)
    if cached is None:
        table = token_table(doc)
        words = table.words
        capitalised = frozenset(w for w in words if w[:1].isupper())
        inner = frozenset(
            w
            for i, w in enumerate(words)
            if i > 0
            and w[:1].isupper()
            and (
                words[i - 1] in INNER_PUNCT
                or words[i - 1].islower()
                # the second word of a name run inside a sentence (`captain Joe Stevens`)
                or (i > 1 and words[i - 1][:1].isupper() and words[i - 1].isalpha() and words[i - 2].islower())
            )
        )
        cached = doc.user_data[CAPITALISED_KEY] = (inner, capitalised)
    return cached


CAPITALISED_KEY = "framing_attribution_capitalised"
INNER_PUNCT = (",", ";", "(", "—", "–")
NAMED_KINDS = (
    ("media_noun", "media"),
    ("outlet_kind_noun", "media"),  # `le site spécialisé X`: only before a name (`le site` alone is a place)
    ("document_noun", "document"),
    ("institution_noun", "institution"),
)


def _named_by_kind(head: Token | None, nuc: Span, res: Resources) -> str | None:
    """A noun naming a kind of outlet, document or body, then a capitalised name (French order): the
    name is that outlet's, document's or body's, not a person's."""
    if res.lang != "fr" or head is None or head.i >= nuc[-1].i:
        return None
    if head.text[:1].isupper() and not (head.text.isupper() and head.i > nuc.start):
        return None  # a name's word; but a kind noun written in capitals after its article (`l'ONG X`) counts
    if not any(t.text[:1].isupper() for t in nuc.doc[head.i + 1 : nuc.end]):
        return None
    hw = _head_words(head, nuc, res)
    for category, kind in NAMED_KINDS:
        if _contains(hw, hw, res, category):
            return kind
    return None


def _body_named_after(head: Token | None, nuc: Span, span: Span, res: Resources) -> bool:
    """A singular noun of a body (`opérateur`, `groupe`, `mouvement`) whose complement of kind closes on
    a capitalised name right after a common noun or adjective (`l'opérateur de satellites Eutelsat`, `le
    groupe de médias Vivendi`): the name is the body's. `le porte-parole du groupe Vivendi` has a
    person's role for head; `le groupe de Paul Roux` puts a preposition before a person's name."""
    if head is None or head.text[:1].isupper() or len(span) <= len(nuc) + 1:
        return False
    hw = _head_words(head, nuc, res)
    if not any(_contains(hw, hw, res, cat) for cat in ("institution_noun", "group_noun")):
        return False
    if any(_contains(hw, hw, res, cat) for cat in ("person_noun", "unique_title", "anonymous_head")):
        return False
    if "Plur" in head.morph.get("Number"):
        return False
    rest = span[len(nuc) :]
    run = 0
    for t in reversed(rest):
        if not (t.text[:1].isupper() and t.text[:1].isalpha()) or run == 3:
            break
        run += 1
    if not run or run + 2 > len(rest):
        return False
    kind, name = rest[1 : len(rest) - run], rest[len(rest) - run :]
    if _norm(rest[0].text) not in ("de", "d'"):
        return False  # one bare complement of kind: `de satellites`, not `de l'université Laval`
    if not all(t.text.islower() and t.is_alpha and t.pos_ in ("NOUN", "ADJ") for t in kind):
        return False
    if any(res.has("np_link", _norm(t.text)) or res.has("determiner", _norm(t.text)) for t in kind):
        return False
    return not any(t.ent_type_ in PERSON_LABELS or res.has("given_name", _norm(t.text)) for t in name)


def _ends_with_name(span: Span, nuc: Span, res: Resources) -> bool:
    """A person's name closes the phrase after its complement: `Le vice-président du Conseil de
    sécurité Paul Martin`, `La porte-parole du gouvernement Anne Leroy`."""
    if len(span) <= len(nuc):
        return False
    words = [_norm(t.text) for t in nuc]
    if any("Plur" in t.morph.get("Number") for t in nuc if t.pos_ in ("NOUN", "DET")) or any(
        _contains(words, words, res, category) for category in ("document_noun", "media_noun")
    ):
        return False  # `Des collègues de Jean Dupont`, `la revue médicale The Lancet`: not that person
    if res.lang == "fr" and _someone_of_a_role(nuc, span, res):
        return False  # `l'entourage du ministre X`, `un conseiller de la présidente X`: X is not the speaker
    run = 0
    for t in reversed(span[len(nuc) :]):
        initial = run > 0 and len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."  # `Antony J. Blinken`
        if not (t.is_alpha and t.text[:1].isupper()) and not initial and not (run and _norm(t.text) in NAME_PARTICLES):
            break
        run += 1
    if res.lang == "fr":
        # `le secrétaire d'État Antony J. Blinken`: the recogniser's person name closes the phrase, after
        # a capitalised complement (`État`) the run had taken in
        per = 0
        while per < run and span[len(span) - per - 1].ent_type_ in PERSON_LABELS:
            per += 1
        if 2 <= per < run and span[len(span) - per - 1].ent_type_ not in PERSON_LABELS:
            return _norm(span[len(span) - per - 1].text) not in ("de", "d'", "du", "des")
    while run and _norm(span[len(span) - run].text) in NAME_PARTICLES:
        run -= 1  # `le bureau de Johnson`: a complement naming the owner, not the speaker
    if run < 2:
        return False
    name = span[len(span) - run :]
    before = span[len(span) - run - 1] if len(span) - run - 1 >= 0 else None
    if before is not None and _norm(before.text) in ("de", "d'", "du", "des", "of"):
        return False
    if res.lang == "fr" and before is not None and res.has("named_place_noun", _norm(before.text)):
        return False  # `une habitante de l'impasse Paul-Roux`: the name is the street's
    if res.lang == "fr" and before is not None and before.i >= nuc.end and _title_in_complement(before, res):
        return False  # `le gouvernement du président X Y`, `un proche du ministre X Y`: the name is the title's
    if any(t.ent_type_ in PERSON_LABELS for t in name):
        return True
    words = [_norm(t.text) for t in name]
    return not (
        any(t.ent_type_ in PLACE_LABELS + ORG_LABELS for t in name)
        or _contains(words, words, res, "place", name.text)
        or _contains(words, words, res, "institution_name", name.text)
        or _contains(words, words, res, "media_name", name.text)
    )


def _title_in_complement(t: Token, res: Resources) -> bool:
    """A lower-case title or noun of persons in the complement, right before a name (`du président`, `de
    la ministre`): the name is that person's, and the phrase's head someone or something of theirs."""
    return t.text.islower() and any(res.is_a(cat, t.text, t.lemma_) for cat in ("unique_title", "person_noun"))


PERSON_WORDS_KEY = "framing_person_words"


def person_words(doc: Doc) -> frozenset[str]:
    """Capitalised words of the person names the entity recogniser found in the article (computed once
    per Doc from its entities): a surname alone (`Dupont a dit`) is then known to be a person even where
    the recogniser tags that one mention as an organisation or a place."""
    found = doc.user_data.get(PERSON_WORDS_KEY)
    if found is None:
        found = frozenset(
            t.text for ent in doc.ents if ent.label_ in PERSON_LABELS for t in ent if t.text[:1].isupper()
        )
        doc.user_data[PERSON_WORDS_KEY] = found
    return found


PERSON_HEAD_LISTS = ("person_noun", "unique_title", "anonymous_head")
KIND_LISTS = ("institution_noun", "media_noun", "document_noun", "group_noun", "institution_name", "media_name")


def _appositive_name(head: Token | None, span: Span, res: Resources) -> bool:
    """A role noun (`conseiller`, `porte-parole`, `ministre`) then a proper name of two words or more the
    parse gives as apposition to the role or to its complement (`le conseiller à la Sécurité nationale
    X Y`): the role's holder is named, whatever entity label the recogniser put on the name (it often
    calls foreign names ORG); not a name of the body a kind noun announces."""
    if (
        head is None
        or not head.text[:1].islower()
        or not any(res.is_a(cat, head.text, head.lemma_) for cat in PERSON_HEAD_LISTS)
    ):
        return False
    for t in span:
        if t.i <= head.i or t.dep_ != "appos" or t.pos_ != "PROPN" or not head.i <= t.head.i < t.i:
            continue
        owner = t.head
        if owner.i != head.i and any(res.is_a(cat, owner.text, owner.lemma_) for cat in KIND_LISTS):
            continue  # `le directeur de l'entreprise Acme Industries`: the name is the body's
        name = [t, *(c for c in t.children if c.dep_ == "flat:name" and c.i < span.end)]
        if len(name) < 2 or not all(u.text[:1].isupper() for u in name):
            continue
        words = [_norm(u.text) for u in name]
        text = " ".join(u.text for u in name)
        if not any(_contains(words, words, res, cat, text) for cat in ("place", "institution_name", "media_name")):
            return True
    return False


NAME_MIN_WORDS = 2  # a given name and a surname: one capitalised word after a role may be a place
NOT_A_HOLDER_NAME = ("place", "institution_name", "media_name", "institution_noun")  # `le maire Saint-Denis`: no name


def _role_then_name(nuc: Span, head: Token, res: Resources) -> bool:
    """French: a singular lower-case noun of persons (listed, or with a person's ending: `bâtonnier`),
    its adjectives, then two capitalised words or more closing the nucleus (`l'ancien bâtonnier Paul
    Roux`): the role's holder, named, whatever entity label the recogniser put on a foreign given name;
    not a listed place, body or outlet (`le maire de` is cut before its complement by the nucleus)."""
    if not head.text.islower() or head.pos_ != "NOUN" or "Plur" in head.morph.get("Number"):
        return False
    if not (is_person_noun(head, res) or _norm(head.text).endswith(PERSON_SUFFIXES)):
        return False
    after = [t for t in nuc if t.i > head.i]
    while after and after[0].text.islower() and after[0].pos_ == "ADJ":
        after = after[1:]
    if len(after) < NAME_MIN_WORDS or not all(t.is_alpha and t.text[:1].isupper() for t in after):
        return False
    words = [_norm(t.text) for t in after]
    text = " ".join(t.text for t in after)
    return not any(_contains(words, words, res, cat, text) for cat in NOT_A_HOLDER_NAME)


ROLE_HOLDER_LISTS = ("unique_title", "person_noun", "leader_noun")
NAME_RUN_TOKENS = 6  # a given name and a surname of up to two hyphenated parts: `Paul Roux-Martin`


def _role_closed_by_given_name(head: Token | None, nuc: Span, span: Span, res: Resources) -> bool:
    """French: a singular role noun (`le procureur`, `la directrice`), its complement, then a listed given
    name and its surname closing the phrase (`le procureur de la République de Brest Paul Roux`): the
    role's holder, named, whatever the recogniser labelled the run; not when a title or a noun of persons
    stands right before the name (`le conseiller du ministre Paul Roux`: the name is the minister's), nor
    for an unnamed source's noun (`l'entourage du maire Paul Roux`)."""
    if head is None or len(span) <= len(nuc) or "Plur" in head.morph.get("Number"):
        return False
    if not any(res.is_a(cat, head.text, head.lemma_) for cat in ROLE_HOLDER_LISTS):
        return False
    if _someone_of_a_role(nuc, span, res):
        return False
    doc = span.doc
    table = token_table(doc)
    words, lowers = table.words, table.lower
    for i in range(max(nuc.end, span.end - NAME_RUN_TOKENS), span.end - 1):
        if not (words[i][:1].isupper() and res.has("given_name", lowers[i])):
            continue
        # the surname: capitalised words, hyphens between (`Roux-Martin`), particles (`van der Berg`)
        if not _surname_run(words, lowers, [w.isalpha() for w in words], i + 1, span.end, hyphens=True):
            continue
        before = doc[i - 1]
        return not (
            lowers[i - 1] in LINK_WORDS
            or res.has("named_place_noun", lowers[i - 1])  # `une voisine de la rue Paul-Roux`: the street's name
            or _title_in_complement(before, res)
            or any(res.is_a(cat, before.text, before.lemma_) for cat in KIND_LISTS)
        )
    return False


def _known_person(nuc: Span, res: Resources) -> bool:
    """`M. Dupont`, `Dupont` alone after `Paul Dupont` was named: a person, not a body or a place."""
    words = [t for t in nuc if not t.is_punct]
    titled = (
        len(words) > 2 and res.has("determiner", _norm(words[0].text)) and res.has("honorific", _norm(words[1].text))
    )
    if res.lang == "fr" and titled:
        words = words[1:]  # `la Dre Marie Roux`: the article of the title, then the titled name
    # `sylvie Dupont`: a listed given name typed in lower case still opens a person's name
    lower_given = len(words) > 1 and words[0].text.islower() and res.has("given_name", _norm(words[0].text))
    if not words or not all(t.text[:1].isupper() for t in words[1 if lower_given else 0 :]):
        return False
    if res.has("honorific", _norm(words[0].text)):
        return len(words) > 1
    if len(words) > 3:
        return False
    given = len(words) > 1 and res.has("given_name", _norm(words[0].text))  # `Natacha Polony` tagged ORG
    known = given or any(t.text in person_words(nuc.doc) for t in words)
    if not known and (len(words) > 1 or not _given_name_before(words[0], res)):
        return False
    low = [_norm(t.text) for t in words]
    return not (
        _contains(low, low, res, "place", nuc.text)
        or _contains(low, low, res, "institution_name", nuc.text)
        or _contains(low, low, res, "media_name", nuc.text)
    )


SURNAMES_KEY = "framing_surnames"


def _given_name_before(tok: Token, res: Resources) -> bool:
    """A surname alone (`Gifford`) that the article writes elsewhere after a listed given name (`Paul
    Gifford`): a person, even where the entity recogniser tags neither mention; one text search per
    surname, remembered per Doc."""
    cache = tok.doc.user_data.setdefault(SURNAMES_KEY, {})
    found = cache.get(tok.text)
    if found is None:
        pattern = re.compile(r"([\w-]+)[ \u00a0]" + re.escape(tok.text) + r"\b")
        found = any(res.has("given_name", _norm(m.group(1))) for m in pattern.finditer(token_table(tok.doc).text))
        cache[tok.text] = found
    return found


PLACES_KEY = "framing_written_places"


def _written_as_place(tok: Token) -> bool:
    """A bare name the recogniser tags a place that the text also writes after a preposition of place
    (`au Québec`, `à Ottawa`): a place, not a surname the recogniser mistook (it tags many so); one
    text search per name, remembered per Doc."""
    cache = tok.doc.user_data.setdefault(PLACES_KEY, {})
    found = cache.get(tok.text)
    if found is None:
        pattern = re.compile(r"(?<!\w)(?:[àÀ]|au|aux|en)[ \u00a0]" + re.escape(tok.text) + r"\b")
        found = pattern.search(token_table(tok.doc).text) is not None
        cache[tok.text] = found
    return found


def _name_holds(head: Token, nuc: Span, res: Resources, category: str) -> bool:
    """True when a listed name in the nucleus includes the head word."""
    written = text_words(nuc.text)
    low = _norm(head.text)
    for i in range(len(written)):
        n = _phrase_at(written, i, res.phrase_list(category))
        if n and any(low in w.split("-") or low == w for w in written[i : i + n]):
            return True
    return any(w == low and w in res.words.get(category, ()) for w in written)


def mentions_anonymity(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """Tokens start..end hold an anonymity phrase (`anonymement`, `sous couvert d'anonymat`)."""
    return _anonymity(doc, (start, end), res)


def _anonymity(doc: Doc, context: tuple[int, int] | None, res: Resources) -> bool:
    if context is None:
        return False
    span = doc[context[0] : context[1]]
    words, lemmas = _span_words(span), _span_lemmas(span)
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


def names_its_holder(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """French: the speaker phrase doc[start:end] gives its own holder's name (`le préfet X Y`, `le maire,
    Paul Roux`, `l'avocate (Me Anne Roux)`), not a name inside its complement (`le commissaire de
    Vénissieux`, `l'avocat de Paul Roux`: a place, a client)."""
    span = doc[start:end]
    nuc, appos = nucleus(doc, start, end, res)
    return (
        _has_person(nuc, res)
        or (appos is not None and _looks_like_person(appos, res))
        or _ends_with_name(span, nuc, res)
        or _closing_given_name(span, res)  # `le procureur de la République de Paris Rémy Heitz`
        or _bracketed_name(span, res)
    )


def has_person(nuc: Span, res: Resources) -> bool:
    """Public name of `_has_person` (coref asks it of an English title phrase)."""
    return _has_person(nuc, res)


def _has_person(nuc: Span, res: Resources) -> bool:
    """A proper name in the nucleus that is not a place, body or outlet: `le Premier ministre X Y`."""
    written = [w for w in text_words(nuc.text) if not res.has("determiner", w)]
    if written and any(res.is_phrase(cat, written) for cat in ("place", "institution_name", "media_name")):
        return False  # `le Royaume-Uni`, split in three tokens no single one of which is listed
    words, lemmas = _span_words(nuc), _span_lemmas(nuc)
    title_words: set[int] = set()
    for i in range(len(words)):
        n = _phrase_at(words, i, res.phrase_list("unique_title")) or _phrase_at(
            lemmas, i, res.phrase_list("unique_title")
        )
        title_words.update(range(i, i + n))
        if words[i] in res.words.get("unique_title", ()) or lemmas[i] in res.words.get("unique_title", ()):
            title_words.add(i)
    # French: the recogniser's person entity often takes in a role and its article (`Le commissaire de X`);
    # only its capitalised words can be a name
    tagged = [t for t in nuc if t.ent_type_ in PERSON_LABELS]
    persons = [t for t in tagged if res.lang != "fr" or t.text[:1].isupper()]
    if persons and not _contains(words, words, res, "place"):
        last = tagged[-1]  # the whole entity's last word: a body noun closing it is seen below
        if (
            res.lang == "fr"
            and last.text.islower()
            and any(res.is_a(cat, last.text, last.lemma_) for cat in ("institution_noun", "group_noun"))
        ):
            return False  # `Saint-Étienne métropole` tagged a person: a name closed by the noun of a body
        pw = [_norm(t.text) for t in persons]
        if not (_contains(pw, pw, res, "place") or _contains(pw, pw, res, "institution_name")):
            return True
    caps = [
        i
        for i, t in enumerate(nuc)
        if t.text[:1].isupper()
        and i not in title_words
        and not (i == 0 and words[0] in res.words.get("determiner", ()))
        and not (_sentence_initial(t) and (_known(t, res) or (res.lang == "en" and t.ent_type_ not in PERSON_LABELS)))
        and not (res.lang == "fr" and _sentence_capital(t, res))
        and not (res.lang == "fr" and _sentence_initial(t) and t.pos_ == "NUM")  # `Dix maires`: a number
        and not (res.lang == "fr" and t.text.isupper() and res.is_a("institution_noun", t.text, t.lemma_))
    ]  # `des ONG`: an acronym listed as a body's noun is written in capitals, it names no one
    if not caps:
        return False
    cap_words = [words[i] for i in caps]
    if _contains(cap_words, cap_words, res, "place") or _contains(words, words, res, "institution_name"):
        return False
    if any(nuc[i].ent_type_ in PLACE_LABELS + ORG_LABELS for i in caps):
        return False
    if res.lang == "en":
        # English puts the name last: `Pentagon spokesman John Kirby`; `Iraqi officials`, `the Defense
        # Ministry` are no names.
        return caps[-1] == len(nuc) - 1 and not _known(nuc[-1], res) and not _compound_known(nuc[-1], res)
    return True


INDEFINITE_KINDS = {"un": "anonymous", "une": "anonymous", "des": "group"}


def _one_of_a_people(nuc: Span, res: Resources) -> str | None:
    """An indefinite article, then one capitalised word no list knows and nothing capitalised after it
    (`un Zalvérien`, `une Zalvérienne de 40 ans`, `des Zalvériens`): a person's name takes no indefinite
    article, so the word is a people's or a place's inhabitant, someone unnamed (or several)."""
    at = _after_other(nuc, 1)
    if len(nuc) <= at:
        return None
    kind = INDEFINITE_KINDS.get(_norm(nuc[0].text))
    word = nuc[at]
    if kind is None or not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()):
        return None
    if any(t.text[:1].isupper() for t in nuc[at + 1 :]):
        return None  # `un Jean Dupont`, `une Marie Roux` are names
    low = _norm(word.text)
    known = ("given_name", "media_name", "institution_name", "place")
    return None if any(res.has(cat, low) for cat in known) else kind


def _employer_name(nuc: Span, span: Span, res: Resources) -> int | None:
    """Where a company's name closing the phrase starts, after a lower-case noun of persons (`les
    livreurs Zalvora`, `un salarié Zalvora`): the name is the employer's, the speaker its staff, so the
    phrase before it decides the type. None unless the text writes that name as a body's."""
    if len(span) != len(nuc) or len(nuc) < 2:
        return None
    k = len(nuc)
    while k > 0 and nuc[k - 1].is_alpha and nuc[k - 1].text[:1].isupper():
        k -= 1
    if k == 0 or k == len(nuc) or not nuc[k - 1].text.islower() or nuc[k - 1].pos_ != "NOUN":
        return None
    return nuc[k].i if _company_name(list(nuc[k:]), res) else None


def _company_name(words: list[Token], res: Resources) -> bool:
    """Capitalised words the text writes as an organisation's (`le siège de X`) and never after a
    listed given name: `la société de Vernier` after `Paul Vernier` is that man's firm, and Vernier a man."""
    return written_as_body(words, res) and not _given_name_before(words[0], res)


def _agreement(nuc: Span, res: Resources) -> tuple[str, str]:
    number, gender = "sing", "any"
    doc = nuc.doc
    pos = token_table(doc).pos  # the part of speech without a Token: most words of a phrase are passed
    features = None
    for i in range(nuc.start, nuc.end):
        if pos[i] in ("NOUN", "PROPN", "DET"):  # read the morphology only where it counts
            features = features or morph_features(doc)  # `token.morph.get`, parsed once per string
            n = features[i].get("Number", ())
            g = features[i].get("Gender", ())
            if "Plur" in n:
                number = "plur"
            if "Fem" in g:
                gender = "fem"
            elif "Masc" in g and gender == "any":
                gender = "masc"
    if len(nuc):
        first = _norm(nuc[0].text)
        if first in ("les", "des", "ces", "leurs", "plusieurs", "deux", "trois", "certains", "certaines"):
            number = "plur"
        if res.lang == "fr" and nuc[0].like_num and first not in ("un", "une", "1"):
            number = "plur"  # `Huit des communes`, `dix maires`: a numeral above one
        if res.lang == "fr" and first in ("lesquels", "lesquelles"):
            number = "plur"  # `, lesquels jugent`: a relative standing for several
        if res.lang == "fr" and number == "sing" and _bare_plural(nuc[-1]):
            number = "plur"  # `des pêcheurs et plongeurs`: a plural the tagger left without its number
        if res.lang == "fr" and _one_of(nuc):
            number = "sing"  # `l'un des pirates`: one person out of a plural set
        if res.lang == "fr" and first in SINGULAR_ARTICLES and len(nuc) > 1 and _acronym_word(nuc[1].text):
            number = "sing"  # `l'ONG`, `la PME`: an acronym has no plural ending, its article tells the number
        last = _norm(nuc[-1].text)
        if (
            res.lang == "en"
            and last.endswith("s")
            and not last.endswith("ss")
            and (
                not nuc[-1].text[:1].isupper()
                or _sentence_initial(nuc[-1])
                or res.has("person_noun", last[:-1])  # `many Republicans`: a capitalised common noun
                or res.has("group_noun", last[:-1])
            )
        ):
            number = "plur"
        if res.lang == "en" and first in ("la", "une", "elle"):
            gender = "fem"
    return number, gender


SINGULAR_ARTICLES = ("le", "la", "l'", "un", "une", "cette", "ce", "cet", "son", "sa", "leur", "notre", "votre")


def _acronym_word(text: str) -> bool:
    """`ONG`, `PME`: capitals only (two at least), a word whose written form does not change in the plural."""
    letters = text.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _bare_plural(t: Token) -> bool:
    """A lower-case noun written as its lemma plus the plural -s or -x (`plongeurs`, `plongeur`) that
    the tagger gave no singular number: plural, even without a determiner saying so."""
    word, lemma = _norm(t.text), _norm(t.lemma_ or "")
    if not t.text.islower() or not lemma or "Sing" in morph_of(t).get("Number", ()):
        return False
    return word in (lemma + "s", lemma + "x")


ONE_WORDS = ("un", "une")
OF_WORDS = ("des", "d'entre", "de", "d'")


def _names_complement(head: Token | None, appos: Span, res: Resources) -> bool:
    """French: a name after the complement of a source no person can be (`l'entourage du chef de la
    diplomatie, Jean-Yves Le Drian`, `une source proche du ministre, Paul Martin`: `collective_source`)
    names the complement's person, not the source. `le conseiller du ministre, Paul Martin` may name the
    adviser, so a person's noun keeps its appositive."""
    if res.lang != "fr" or head is None or head.i >= appos.start:
        return False
    if not _complement_follows(head, SOURCE_MODIFIERS):
        return False
    return res.is_a("collective_source", head.text, head.lemma_) or _body_head(head, res)


# Lower-case words a source's noun may take before its complement (`une source proche du ministre`, `une
# source haut placée au ministère`, `une source bien informée de l'entourage`): adjectives, participles
# and their adverbs; the complement after them is still the source's (round 46).
SOURCE_MODIFIERS = 3


def _body_head(head: Token | None, res: Resources) -> bool:
    """A lower-case head naming a body (`le cabinet`, `le service`): a name after its complement
    (`le cabinet du ministre, Paul Martin`) is the complement's person, the voice the body's."""
    return (
        head is not None
        and head.text.islower()
        and any(res.is_a(cat, head.text, head.lemma_) for cat in BODY_HEAD_LISTS)
    )


# Heads naming a body: a name after their complement belongs to the complement, not to them.
BODY_HEAD_LISTS = ("institution_noun", "singular_body")


def _plural_role_head(head: Token | None, appos: Span | None, nuc: Span, res: Resources) -> bool:
    """French: the phrase's head is a lower-case role noun the morphology makes plural (`les maires`,
    `dix maires`): several holders, a group, whatever names or places its complement lists, unless a
    person's name stands in apposition (`les deux ministres, Paul Roux et Anne Lee`)."""
    if head is None or not head.text.islower() or head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number"):
        return False
    if not any(res.is_a(cat, head.text, head.lemma_) for cat in ("unique_title", "person_noun")):
        return False
    if any(t.ent_type_ in PERSON_LABELS for t in nuc):
        return False
    return appos is None or not any(t.ent_type_ in PERSON_LABELS for t in appos)


def _members_of_own(span: Span, res: Resources) -> bool:
    """`plusieurs de ses députés`, `deux de leurs collaborateurs`, `certains d'entre ses proches`: a few
    unnamed members of the subject's own circle, individuals speaking from inside (the annotators type
    them anonymous), not a collective such as `les députés` or `certains observateurs`."""
    words = token_table(span.doc).lower[span.start : min(span.end, span.start + 5)]  # `_norm` of each text
    if len(words) < 4 or not res.has("member_quantifier", words[0]):
        return False
    k = 1
    if words[k] in ("de", "d'"):
        k += 1
        if words[k] == "entre":
            k += 1
    else:
        return False
    if k + 1 >= len(words) or not res.has("own_possessive", words[k]):
        return False
    noun = span[k + 1]
    return any(res.has(category, key) for key in word_keys(noun, res) for category in PERSON_NOUN_CATEGORIES)


CONJUNCT_SEPARATORS = ("et", ",")


def _conjuncts(span: Span) -> list[list[Token]]:
    """The span's words cut at `et` and commas: `sa soeur et ses avocats` -> [sa soeur], [ses avocats]."""
    conjuncts: list[list[Token]] = [[]]
    for t in span:
        if _norm(t.text) in CONJUNCT_SEPARATORS:
            conjuncts.append([])
        else:
            conjuncts[-1].append(t)
    return conjuncts


def _own_circle(span: Span, number: str, res: Resources) -> bool:
    """`ses avocats`, `leurs proches`, `sa soeur et ses avocats`: each conjunct is a possessive then a noun
    of the subject's own circle (kin, friends, colleagues, lawyers: `circle_noun`), several of them, so
    the speakers are unnamed individuals close to someone, anonymous by the convention (issue 13), not a
    collective as `les avocats` would be. One of them (`son avocat`, `sa fille`) keeps the path of a
    role, which the text may name (`Me X`)."""
    conjuncts = _conjuncts(span)
    if number != "plur" and len(conjuncts) == 1:
        return False
    for words in conjuncts:
        if len(words) < 2 or not res.has("own_possessive", _norm(words[0].text)):
            return False
        if not any(res.has("circle_noun", key) for key in word_keys(words[1], res)):
            return False
    return True


def _coordinated_bodies(span: Span, res: Resources) -> bool:
    """`l'ARS et Zalvora`, `la mairie et la préfecture`: two or more conjuncts, each a body with its
    article (`body_with_article`) or a bare name the text writes as a body's (`written_as_body`)."""
    conjuncts = _conjuncts(span)
    if len(conjuncts) < 2:
        return False
    doc = span.doc
    return all(
        words and (body_with_article(doc, words[0].i, words[-1].i + 1, res) or written_as_body(words, res))
        for words in conjuncts
    )


def _one_of(nuc: Span) -> bool:
    """`l'un des X`, `une des X`, `l'une d'entre elles`: the phrase names one member of a plural set,
    so it is singular whatever the number of its noun."""
    words = token_table(nuc.doc).lower[nuc.start : min(nuc.end, nuc.start + 4)]  # `_norm` of each text
    if words and words[0] in ("l'",):
        words = words[1:]
    return len(words) >= 2 and words[0] in ONE_WORDS and words[1] in OF_WORDS


def _member_kind(span: Span, res: Resources) -> str:
    """The type of `l'un des X`: an unnamed individual, unless X names documents, outlets or bodies."""
    for t in span:
        if t.pos_ == "NOUN":
            keys = word_keys(t, res)
            for category, kind in NAMED_KINDS:
                if any(res.has(category, k) for k in keys):
                    return kind
            break
    return "anonymous"


LINK_WORDS = ("de", "d'", "du", "des")


def _complement_follows(head: Token, modifiers: int = 0) -> bool:
    """`un groupe de manifestants`: the noun is followed by what it gathers; with `modifiers`, up to that
    many lower-case adjectives, participles or adverbs may stand between (`une source proche du ministre`)."""
    doc = head.doc
    i = head.i + 1
    while i < len(doc) and i - head.i <= modifiers and doc[i].text.islower() and doc[i].pos_ in MODIFIER_POS:
        i += 1
    links = (*LINK_WORDS, *SOURCE_LINKS) if modifiers else LINK_WORDS
    return i < len(doc) and _norm(doc[i].text) in links


MODIFIER_POS = ("ADJ", "ADV", "VERB")  # `proche`, `haut placée`, `bien informée`
SOURCE_LINKS = ("au", "aux", "à")  # `une source proche au ministère`: the complement's other prepositions


def _transparent_complement(head: Token, span: Span, res: Resources) -> int | None:
    """Where the complement starts when the head names only a part or the wording of it (`une partie
    de la classe politique`, `les termes de la convention`, `un projet de déclaration`): that
    complement is the source and decides the type. None when the head is no such noun."""
    if not res.is_a("transparent_noun", head.text, head.lemma_) or not head.text.islower():
        return None  # `La Voix du Nord`: a capitalised head is a name's word
    doc = span.doc
    i = head.i + 1
    if i < len(doc) and res.is_phrase("document_noun", [_norm(head.text), _norm(doc[i].text)]):
        return None  # `le compte rendu de la réunion`: a document, not the meeting's account
    if i + 1 < span.end and doc[i].text[:1].isupper() and _norm(doc[i + 1].text) in LINK_WORDS:
        i += 1  # `le compte Instagram de la mairie`: a name of the thing itself, then the complement
    while i < span.end and doc[i].pos_ == "ADJ":
        i += 1  # `la grande majorité des experts`
    if i + 1 >= span.end or _norm(doc[i].text) not in LINK_WORDS:
        return None
    return i + 1 if _norm(doc[i].text) in ("de", "d'") else i


# A site's name with its domain (`RuBaltic.Ru`, `Mediapart.fr`): an outlet.
WEB_DOMAIN = re.compile(r"[A-Za-z]\.(?:[Rr]u|[Ff]r|[Cc]om|[Oo]rg|[Nn]et|[Ii]nfo|[Uu]a|[Bb]e|[Cc]h)$")


def _domain_follows(doc: Doc, end: int) -> bool:
    """The phrase is a site's name whose domain the tokenizer split off as a sentence (`cite
    RuBaltic.Ru.`: `RuBaltic`, `.`, `Ru`): no space around the dot, a listed domain after it."""
    if end + 1 >= len(doc) or end == 0 or doc[end].text != ".":
        return False
    if doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    return WEB_DOMAIN.search(doc[end - 1].text[-1:] + "." + doc[end + 1].text) is not None


def _newspaper_title(nuc: Span, res: Resources) -> bool:
    """A run of capitalised words closed by a title word of the press (`le Washington Examiner`, `la
    Unz Review`): an outlet, even one the name lists do not hold."""
    table = token_table(nuc.doc)  # forms and flags without a Token per word
    lowers, words, alpha = table.lower, table.words, table.is_alpha
    for i in range(nuc.start + 1, nuc.end):
        if not res.has("media_title_word", lowers[i]) or not words[i][:1].isupper():
            continue
        if alpha[i - 1] and words[i - 1][:1].isupper() and (i + 1 >= nuc.end or not words[i + 1][:1].isupper()):
            return True
    return False


def _foreign_title(nuc: Span, res: Resources) -> bool:
    """A name of one to three capitalised words opened by another language's definite article (`Het
    Laatste Nieuws`, `Die Welt`, `The Tablet`; `foreign_article`): French writes a foreign person's name
    without an article and a foreign body's name in translation, so the name is a publication's title,
    an outlet the name lists need not hold; a listed place (`The Hague`) stays a place."""
    words = [t for t in nuc if not t.is_punct]
    if len(words) > 2 and _norm(words[0].text) in BODY_ARTICLES and res.has("foreign_article", _norm(words[1].text)):
        words = words[1:]  # `le Die Welt`: French puts its own article before the title's
    if not 2 <= len(words) <= 4 or not res.has("foreign_article", _norm(words[0].text)):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    low = [_norm(t.text) for t in words]
    return not _contains(low, low, res, "place", nuc.text)


ARTICLE_WORDS = ("le", "la", "l'", "les", "de", "du", "des", "d'")


def _cased_outlet(nuc: Span, res: Resources) -> bool:
    """An outlet whose name is also a common phrase (`La Montagne`, `L'Union`): listed lower case in
    `media_name_cased`, it counts only where its words other than articles are written capitalised and
    it closes the phrase (`L'Union nationale de l'apiculture` is a body, not the paper)."""
    phrases = res.phrase_list("media_name_cased")
    if not phrases:
        return False
    words = _span_words(nuc)
    if phrases.keys().isdisjoint(words):
        return False  # no word opens a listed name: the common case, without a Token
    for i in range(len(words)):
        n = _phrase_at(words, i, phrases)
        if (
            n
            and i + n == len(words)
            and all(t.text[:1].isupper() for t in nuc[i : i + n] if _norm(t.text) not in ARTICLE_WORDS)
        ):
            return True
    return False


def _agency_phrase(head: Token, span: Span, res: Resources) -> bool:
    """A listed phrase of the press starting at the head (`agence officielle`, `agence de presse`): the
    words after `agence` make it an outlet, not the body `agence` alone would type (an institution)."""
    words = _span_words(span)
    return _phrase_at(words, head.i - span.start, res.phrase_list("media_noun")) > 0


def _agency_acronym(head: Token, nuc: Span, res: Resources) -> bool:
    """`l'agence XNA`, `l'agence APS`: `agence` (a body or the press, `press_body_noun`) written
    lower case and closed by an acronym no list knows as a body: French names a public agency by its
    acronym alone (`l'ARS`), and keeps `l'agence X` for the press agencies it quotes."""
    if not head.text.islower() or not res.has("press_body_noun", _norm(head.text)) or head.i + 2 != nuc.end:
        return False
    name = nuc[-1]
    return (
        name.text.isalpha()
        and name.text.isupper()
        and 2 <= len(name.text) <= 6
        and not res.has("institution_name", _norm(name.text))
    )


def _bracketed_name(span: Span, res: Resources) -> bool:
    """A role with the holder's name in brackets inside or right after the phrase (`un spécialiste
    des vaccins (le Dr Martin)`, `l'avocate (Me Anne Roux)`): the source is named."""
    doc = span.doc
    end = min(len(doc), span.end + 6)
    for t in doc[span.start + 1 : end]:
        if t.text != "(" or t.i > span.end:
            continue
        inside: list[Token] = []
        for u in doc[t.i + 1 : min(len(doc), t.i + 7)]:
            if u.text == ")":
                break
            inside.append(u)
        else:
            return False
        words = [u for u in inside if not res.has("determiner", _norm(u.text))]
        if words and res.has("honorific", _norm(words[0].text).rstrip(".")):
            words = words[1:]
            return bool(words) and all(u.text[:1].isupper() for u in words)
        return 2 <= len(words) <= 4 and _looks_like_person(doc[words[0].i : words[-1].i + 1], res)
    return False


CLOSING_NAME_TOKENS = 5  # a given name and a surname of up to four words (`Karin van der Berg`)


def _closing_given_name(nuc: Span, res: Resources) -> bool:
    """A listed given name and one to three capitalised words close the phrase after other words
    (`Rassemblement national Marine Le Pen`, where the parse cut `la leader du` off): a person, unless
    a kind noun or `de` right before makes it the name of a body (`l'hôpital Georges Pompidou`)."""
    table = token_table(nuc.doc)  # forms and flags without a Token per word; one only for the word before
    words, lowers, alpha = table.words, table.lower, table.is_alpha
    for i in range(nuc.start + max(1, len(nuc) - CLOSING_NAME_TOKENS), nuc.end - 1):
        if not words[i][:1].isupper() or not res.has("given_name", lowers[i]):
            continue
        if not _surname_run(words, lowers, alpha, i + 1, nuc.end):
            continue
        before = nuc.doc[i - 1]
        low = lowers[i - 1]
        return not (low in LINK_WORDS or any(res.is_a(cat, before.text, before.lemma_) for cat in KIND_LISTS))
    return False


# Lower-case particles inside a surname (`Karin van der Berg`, `Anne de La Tour`): with
# NAME_PARTICLES, the words a name may hold between its capitalised parts (round 46).
SURNAME_PARTICLES = frozenset({*NAME_PARTICLES, "der", "den", "du", "da", "di", "del", "della", "dos", "das", "ter"})


def _surname_run(
    words: list[str], lowers: list[str], alpha: list[bool], start: int, end: int, hyphens: bool = False
) -> bool:
    """Tokens start..end are a surname: capitalised words, with lower-case particles between them (`von
    der Leyen`) but never last, and hyphens between parts when `hyphens` (`Roux-Martin`)."""
    if start >= end or not (alpha[end - 1] and words[end - 1][:1].isupper()):
        return False
    for j in range(start, end):
        if alpha[j] and words[j][:1].isupper():
            continue
        if hyphens and words[j] == "-" and j + 1 < end:
            continue
        if lowers[j] in SURNAME_PARTICLES and words[j].islower():
            continue
        return False
    return True


APPOSED_TITLE_ARTICLES = ("le", "la", "l'")
APPOSED_TITLE_WORDS = 4  # `le général`, `le général nigérien`, `la vice-présidente exécutive`
APPOSED_NAME_TOKENS = 6
TITLE_POS = ("ADJ", "NOUN")  # `le général malien`: the tagger takes nationality adjectives for nouns


def _titled_name_apposed_after(doc: Doc, head: Token, nuc: Span, end: int, res: Resources) -> bool:
    """French: a person's role whose phrase the speaker rule closed at a comma, then an apposition of a
    definite title and a person's name (`a déclaré un chef de la brigade, le colonel malien Paul
    Roux`): the apposition names the speaker, who is that person. Not for a source's noun or a body
    (`une source proche de l'état-major, le général X`: the name is the complement's), nor when the
    speaker's complement holds a noun of persons (`un conseiller du ministre, le général X` may name the
    minister)."""
    if end + 4 >= len(doc) or doc[end].text != "," or _norm(doc[end + 1].text) not in APPOSED_TITLE_ARTICLES:
        return False
    if head.i >= nuc.end or not head.text.islower() or "Plur" in head.morph.get("Number"):
        return False
    if not any(res.is_a(cat, head.text, head.lemma_) for cat in ("person_noun", "unique_title", "anonymous_head")):
        return False
    if res.is_a("collective_source", head.text, head.lemma_) or _body_head(head, res):
        return False
    span = doc[nuc.start : end]
    if any(t.i > head.i and t.text[:1].isupper() for t in span) and _looks_like_person(span[len(nuc) :], res):
        return False
    if any(t.i > head.i and is_person_noun(t, res) for t in span):
        return False
    i = end + 2
    title = doc[i]
    if not title.text.islower() or not any(res.is_a(cat, title.text, title.lemma_) for cat in ROLE_HOLDER_LISTS):
        return False
    i += 1
    while i < len(doc) and i - end <= APPOSED_TITLE_WORDS and doc[i].text.islower() and doc[i].pos_ in TITLE_POS:
        i += 1
    j = i
    while j < len(doc) and j - i < APPOSED_NAME_TOKENS and (doc[j].text[:1].isupper() or doc[j].text == "-"):
        j += 1
    if j - i < NAME_MIN_WORDS or (j < len(doc) and not (doc[j].is_punct or doc[j].is_space)):
        return False
    name = doc[i:j]
    low = [_norm(t.text) for t in name]
    # a title, then capitalised words that no list calls a place, a body or an outlet
    return not any(_contains(low, low, res, cat, name.text) for cat in NOT_A_HOLDER_NAME)


REPORT_MODIFIERS = 2  # `des informations exclusives obtenues par`, `une fuite récente de`
RECIPIENT_LINKS = ("à", "au", "aux")  # `les confidences à un quotidien d'un enquêteur`: whom it was told to
RECIPIENT_TOKENS = 5
AGENT_TOKENS = 8
AGENT_STOPS = ("qui", "que", "qu'", "dont", "selon", "et")
AGENT_KINDS = ("media", "institution", "named_person", "anonymous", "group")
CONTRACTED_ARTICLES = {"du": "le", "des": "les"}  # `du Zalvo` is `de` + `le Zalvo`


def _report_agent(doc: Doc, head: Token, words: list[str], res: Resources) -> str | None:
    """French: a report named by its noun (`des informations`, `une indiscrétion`, `les confidences`, `une
    fuite`) is what its giver said: its agent (`obtenues par X`, `recueillies par X`) or its complement
    (`une indiscrétion du magazine X`, `les confidences à un quotidien d'un enquêteur`) is the source and
    decides the type. Things got hold of (`des documents obtenus par X`) take the agent after `par` only.
    None where no agent follows, where it is no source (`les éléments de l'enquête`: a document), or for
    the outlet's own `nos informations` (round 45's class B)."""
    if not head.text.islower() or (words and words[0] in OUTLET_OWN_POSSESSIVES):
        return None
    speech = res.is_a("agent_report_noun", head.text, head.lemma_)
    if not (speech or res.is_a("obtained_noun", head.text, head.lemma_)):
        return None
    i = head.i + 1
    while (
        i < len(doc)
        and i - head.i <= REPORT_MODIFIERS
        and doc[i].pos_ == "ADJ"
        and doc[i].text.islower()
        and not res.is_a("agent_participle", doc[i].text, doc[i].lemma_)
    ):
        i += 1
    if i + 1 >= len(doc):
        return None
    low = _norm(doc[i].text)
    if (
        doc[i].text.islower()
        and res.is_a("agent_participle", doc[i].text, doc[i].lemma_)
        and _norm(doc[i + 1].text) == "par"
    ):
        start = i + 2
    elif not speech:
        return None
    elif low in RECIPIENT_LINKS:
        link = next(
            (j for j in range(i + 1, min(len(doc), i + 1 + RECIPIENT_TOKENS)) if _norm(doc[j].text) in LINK_WORDS),
            None,
        )
        if link is None:
            return None
        start = link + 1
    elif low in LINK_WORDS:
        start = i + 1
    else:
        return None
    end = start
    while (
        end < len(doc)
        and end - start < AGENT_TOKENS
        and (not doc[end].is_punct or glued_hyphen(doc, end))  # `Zalvo-Matin` is one name
        and _norm(doc[end].text) not in AGENT_STOPS
    ):
        if doc[end].pos_ in ("VERB", "AUX") and end > start:
            break
        end += 1
    if end == start or doc[start].pos_ == "PRON":
        return None
    if _outlet_apposed(doc, end, res):
        return "media"  # `obtenues par le Zalvo, un hebdomadaire local`
    kind = _classify(doc, start, end, res, False).type
    if kind == "named_person" and _norm(doc[start - 1].text) in CONTRACTED_ARTICLES:
        # `une indiscrétion du Zalvo`: a name after an article is no person's; an outlet listed with its
        # article (`Le Zalvo`) is media, anything else is left as it was
        named = [CONTRACTED_ARTICLES[_norm(doc[start - 1].text)], *(_norm(t.text) for t in doc[start:end])]
        return "media" if res.is_phrase("media_name", named) else None
    return kind if kind in AGENT_KINDS else None


def _outlet_apposed(doc: Doc, end: int, res: Resources) -> bool:
    """`X, un hebdomadaire local`: an apposition that calls the phrase before it an outlet."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    if _norm(doc[end + 1].text) not in ("un", "une", "le", "la", "l'"):
        return False
    noun = doc[end + 2]
    return any(res.is_a(cat, noun.text, noun.lemma_) for cat in ("media_noun", "outlet_kind_noun"))


ACRONYM_MIN = 2  # `JA`, `FO`: two capitals make an acronym in a coordination of bodies
DIGIT_NAME = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Za-z0-9]*$")  # `L215`, `COP28`
CAPITAL_PART = re.compile(r"^[A-Z0-9&]{2,}$")


def _capitals_name_kind(span: Span, nuc: Span, res: Resources) -> str | None:
    """French names no person can bear (round 46): a name holding digits (`L215`), a hyphenated name that
    opens on an acronym in capitals (`le SNPX-FSU`, `SUD-Zalvo`), a coordination whose every member opens
    on an acronym (`la FDSX et les JX du Zalvo`): a body, institution; a hyphenated name with a word
    of a medium as one part (`Presse-Zalvie`, `Zalvo-Matin`): an outlet, media. Listed given names and
    nouns of persons keep their own rules."""
    words = [t for t in nuc if not res.has("determiner", _norm(t.text))]
    if not words or any(res.has("given_name", _norm(t.text)) for t in words):
        return None
    text = "".join(t.text + (" " if t.whitespace_ else "") for t in words).strip()
    if " " not in text and "-" in text.strip("-"):
        parts = text.split("-")
        if all(p[:1].isupper() for p in parts):
            if any(res.has("media_compound_word", _norm(p)) for p in parts):
                return "media"
            if CAPITAL_PART.match(parts[0]) and not any(res.has("place", _norm(p)) for p in parts):
                return "institution"
    if len(words) == 1 and DIGIT_NAME.match(words[0].text) and not res.has("media_name", _norm(words[0].text)):
        return "institution"
    conjuncts = _conjuncts(span)
    if len(conjuncts) >= 2:
        firsts = [next((t for t in c if not res.has("determiner", _norm(t.text))), None) for c in conjuncts]
        if all(t is not None and t.is_alpha and t.text.isupper() and len(t.text) >= ACRONYM_MIN for t in firsts):
            return "institution"
    return None


DEMONSTRATIVE_PLURAL = ("ces",)
TAKE_UP_SENTENCES = 2  # the phrase's sentence and the one before


def _takes_up_named_bodies(nuc: Span, res: Resources) -> bool:
    """French: a demonstrative plural (`ces organisations`) or a definite numeral (`les deux syndicats`)
    of bodies takes up bodies the text has just named: true when the phrase's sentence or the one before
    holds, before the phrase, a body's name (an entity the recogniser calls an organisation, or an acronym
    in capitals) that is no outlet's (`à l'AFP`)."""
    first = _norm(nuc[0].text)
    numeral = first == "les" and len(nuc) > 2 and nuc[1].like_num and _norm(nuc[1].text) not in ("un", "une")
    if first not in DEMONSTRATIVE_PLURAL and not numeral:
        return False
    doc = nuc.doc
    sent = doc[nuc.start].sent
    start = sent.start
    for _ in range(TAKE_UP_SENTENCES - 1):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in doc[start : nuc.start]:
        if not t.text[:1].isupper() or res.has("media_name", _norm(t.text)):
            continue
        if t.ent_type_ in ("ORG",) or (t.is_alpha and t.text.isupper() and len(t.text) >= ACRONYM_MIN):
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            if ent is not None and res.is_phrase("media_name", [_norm(x.text) for x in ent]):
                continue
            return True
    return False
