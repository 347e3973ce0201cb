"""Find attribution cues: reporting verbs (by lemma, with a surface-form fallback) and markers (*selon*).

A cue is only a candidate: `extractor` keeps it when a speaker and reported content are found. The
filters here drop verbs that report no speech that took place: infinitives (*prévoient d'annoncer*),
the simple future (*annonceront*), hypothetical modals (*would say*), negation (*n'a pas précisé*),
nouns that look like verbs (*le rapport*, *the report*), and bare past participles used as adjectives
(*un communiqué publié*), except after *comme*/*as* (*comme annoncé dans une déclaration*).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..quotes import QuoteIndex
from ..token_table import morph_of, token_table
from .annotations import has, is_finite_verb, is_infinitive
from .incise_dates import date_phrase_end
from .object_attribute import attribute_after
from .resources import CONTRACTED_DE, POSSESSIVE_DETERMINERS, UNACCENTED_CAPITALS, ReportingTerm, Resources

CLITIC_SUBJECTS = ("-il", "-elle", "-ils", "-elles", "-on")
FR_SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles")  # `on` also opens `on nous dit`, read elsewhere


@dataclass
class Cue:
    """A reporting verb or marker that may open an attribution."""

    kind: str  # "verb", "participle", "as_reported", "marker"
    head: int  # token index of the verb, or of the marker's first word
    first: int  # first token of the verbal group (aux, clitics) or of the marker
    last: int  # last token of the verbal group or marker (inclusive)
    term: ReportingTerm
    clitic: int | None = None  # inverted clitic subject (a-t-il), token index


def is_tagged(doc: Doc) -> bool:
    return has(doc, "POS") or has(doc, "TAG")


def find_cues(doc: Doc, res: Resources, quotes: QuoteIndex) -> list[Cue]:
    """Every candidate cue outside quotation marks, in document order; one pass over the tokens."""
    tagged = is_tagged(doc)
    table = token_table(doc)
    verb_keys = res.verb_keys
    cues: list[Cue] = []
    skip_until = -1
    lowers, lemmas, words = table.lower, table.lemma, table.words
    # Only a marker's first word or a reporting verb (by form or lemma) can start a cue: one comprehension
    # passes over the other tokens.
    wanted = res.cue_words
    # French futures in the 1990 spelling, read once per distinct word (most words hold no `è`)
    reformed = (
        {low for low in set(lowers) if "è" in low and _reformed_future_lemma(low) in verb_keys}
        if res.lang == "fr"
        else set()
    )
    starts = [
        i
        for i, (low, lem) in enumerate(zip(lowers, lemmas, strict=True))
        if low in wanted or lem in verb_keys or low in reformed
    ]
    for i in starts:
        lower, lemma, punct, space = lowers[i], lemmas[i], table.is_punct[i], table.is_space[i]
        if i <= skip_until or punct or space:
            continue
        # `_marker_key` without a Token: only an unaccented French capital reads the form
        if res.lang == "fr" and lower in UNACCENTED_CAPITALS and words[i][:1].isupper():
            marker_key = UNACCENTED_CAPITALS[lower]
        else:
            marker_key = lower
        if marker_key in res.markers:
            cue = _match_marker(doc, table.lower, i, res.markers[marker_key], res.marker_seconds[marker_key])
            if cue is None and res.lang == "fr":
                cue = _relative_marker(doc, table.lower, i, res.markers[marker_key], res)
            if cue is not None and cue.term.needs_modifier and _bare_marker_end(doc, cue.last):
                cue = None  # `elle n'avait pas de source.`: a source lacked, none cited
            if cue is not None and _adjunct_of_verb(cue, cues, lower, res):
                skip_until = cue.last  # `», précise-t-on de même source`: where the verb's words come from
                continue
            if cue is not None and quotes.containing(table.idx[i]) is None:
                cues.append(cue)
                skip_until = cue.last
                continue
        if lower not in verb_keys and lemma not in verb_keys and _reformed_future_lemma(lower) not in verb_keys:
            continue  # most words: no reporting verb by form or lemma
        if res.has("time_word", lower):
            continue  # `maintenant que` (now that) is no form of `maintenir`
        if i > 0 and words[i - 1].endswith("-") and not doc[i - 1].whitespace_:
            continue  # the second half of a compound (`soi-disant`), not a verb
        tok = doc[i]
        term = _verb_term(tok, res, tagged)
        if term is None:
            continue
        if quotes.containing(tok.idx) is not None:
            continue
        cue = _verb_cue(doc, tok, term, res, tagged)
        if cue is not None:
            cues.append(cue)
            skip_until = cue.last
    return cues


def _adjunct_of_verb(cue: Cue, cues: list[Cue], lower: str, res: Resources) -> bool:
    """French: a `de` source marker right after a verb of saying (`ajoute-t-on de même source`, `a-t-il
    indiqué de source policière`) says where that verb's words come from; it is no second record."""
    return (
        res.lang == "fr"
        and lower == "de"
        and bool(cues)
        and cues[-1].kind != "marker"
        and not cues[-1].term.media_subject  # `a appris l'AFP de sources concordantes`: the sources' own record
        and cues[-1].last == cue.first - 1
    )


def _marker_key(tok: Token, lower: str, res: Resources) -> str:
    """The first word of the markers to try at tok: its lower case, or the accented word an
    unaccented French capital stands for."""
    if res.lang == "fr" and lower in UNACCENTED_CAPITALS and tok.text[:1].isupper():
        return UNACCENTED_CAPITALS[lower]
    return lower


def _marker_word(low: str, word: str, last: bool) -> bool:
    """A marker's word at its place; a final French `de` also matches its contractions and elision."""
    return low == word or (last and word == "de" and low in CONTRACTED_DE)


def _relative_marker(doc: Doc, lowers: list[str], i: int, terms: list[ReportingTerm], res: Resources) -> Cue | None:
    """French: a one-word marker that opens only a sentence (`Pour le ministre, ...`) also governs the
    relative pronoun of a source just named, after a comma (`selon une source, pour qui « ... »`)."""
    if i < 1 or i + 1 >= len(lowers) or lowers[i - 1] != "," or not res.has("person_relative", lowers[i + 1]):
        return None
    term = next((t for t in terms if len(t.words) == 1), None)
    return Cue("marker", i, i, i, term) if term is not None else None


def _match_marker(
    doc: Doc, lowers: list[str], i: int, terms: list[ReportingTerm], seconds: frozenset[str] | None
) -> Cue | None:
    """The first of `terms` (markers keyed by their first word, which matched at i) whose words follow;
    `seconds`: the words their second tokens can be (`Resources.marker_seconds`)."""
    if seconds is not None and (i + 1 >= len(lowers) or lowers[i + 1] not in seconds):
        return None  # every marker of the list has a second word, and none of them follows
    for term in terms:
        n = len(term.words)
        if i + n <= len(lowers) and all(
            _marker_word(lowers[i + k], w, k == n - 1 and n > 1) for k, w in enumerate(term.words) if k
        ):
            if term.initial and not _sentence_start(doc, i):
                continue
            return Cue("marker", i, i, i + n - 1, term)
    return None


def _bare_marker_end(doc: Doc, last: int) -> bool:
    """Nothing qualifies the marker's last word: the text, the line or the clause ends right after it."""
    if last + 1 >= len(doc) or "\n" in doc[last].whitespace_:
        return True
    nxt = doc[last + 1]
    return nxt.is_space or (nxt.is_punct and nxt.text not in ("(", "«", "“", '"'))


def _sentence_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or "\n" in prev.whitespace_ or prev.text in (".", "!", "?", "»", '"', "”", "''", ":")


NAME_SENTENCE_WINDOW = 40  # tokens either side read to tell body text from a title-case headline


def _word_of_a_name(doc: Doc, i: int) -> bool:
    """Without a tagger, a verb form written with a capital in mid-sentence, next to another
    capitalised word or a number (`the Riverside Express, also ran`, `singer Ana Wonder,`, `the State
    Department`, `a Galaxy Note 9`), is a word of a name (a product, a service, a body, a person, a title),
    in body text: a sentence fewer than half of whose words are capitalised. A title-case headline
    (`Senator Says Vote Will Pass`) keeps its verbs, and so does an all-capitals one; a verb after a
    comma with a lower-case word after it (`Smith, Wrote on Monday`) is no part of a name."""
    tok = doc[i]
    if not tok.text[:1].isupper() or tok.text.isupper() or _sentence_start(doc, i):
        return False
    prev = doc[i - 1]
    if prev.is_punct and prev.text != ",":
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    beside = (prev.is_alpha and prev.text[:1].isupper()) or (
        nxt is not None and (nxt.text[:1].isupper() or nxt.like_num)
    )
    if not beside:
        return False
    first = i
    while first > max(0, i - NAME_SENTENCE_WINDOW) and not _sentence_start(doc, first):
        first -= 1
    last = i + 1
    while last < min(len(doc), i + NAME_SENTENCE_WINDOW) and not _sentence_start(doc, last):
        last += 1
    words = [t.text for t in doc[first:last] if t.is_alpha]
    return 2 * sum(w[:1].isupper() for w in words) < len(words)


def _norm(text: str) -> str:
    return text.replace("’", "'")


def _verb_term(tok: Token, res: Resources, tagged: bool) -> ReportingTerm | None:
    lemma = _norm(tok.lemma_.lower()) if tok.lemma_ else ""
    lower = _norm(tok.lower_)
    for first in (lemma, lower):
        for term in res.phrasal_verbs.get(first, ()):
            if _phrasal_matches(tok, term):
                return term
    term = res.verb_lemmas.get(lemma)
    by_form = False
    if term is None:
        term = res.verb_forms.get(lower) or res.verb_lemmas.get(lower)
        by_form = term is not None
    if term is None and res.lang == "fr":
        term = res.verb_lemmas.get(_reformed_future_lemma(lower) or "")
        by_form = term is not None
    if term is None and res.lang == "fr" and _after_subject_pronoun(tok):
        term = res.verb_lemmas.get(_present_first_group_lemma(lower) or "")
        by_form = term is not None  # `Elle dénonce`, tagged a noun: a subject pronoun opens a verb group
    if term is None:
        return None
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if (
        prev is not None
        and res.has("determiner", prev.lower_)
        and prev.lower_ not in ("de", "d'")
        and not _as_clitic(doc, tok.i - 1)
        and not (res.lang == "fr" and _incise_clitic(doc, tok.i - 1))
        and not (tagged and prev.pos_ == "PRON" and tok.pos_ == "VERB")  # `Certains relèvent que`
        and not _quantifier_subject(doc, tok.i, res)
        and not _relative_verb(tok, prev, res)
        and not (res.lang == "fr" and _clitic_before_complement(doc, tok.i, term))
    ):
        return None  # le rapport, the report, une note
    if res.lang == "en" and prev is not None and _english_noun_slot(tok, prev, res):
        return None
    if res.lang == "en" and not tagged and _word_of_a_name(doc, tok.i):
        return None  # `the Riverside Express, also`, `a Galaxy Note 9`, `the State Department`: a name
    if res.lang == "en" and _in_speech_idiom(doc, tok.i, res):
        return None  # `easier said than done`, `That said,`, `so to speak`: nobody's words reported
    if res.lang == "en" and prev is not None and _attributive(tok, prev, res):
        return None  # `near alleged killer X`, `over purported links`: a modifier of a noun
    if res.lang == "en" and prev is not None and _told_to_do(tok, prev, res):
        return None  # `residents told to leave were angry`: the residents were told, they told nobody
    if (
        res.lang == "en"
        and prev is not None
        and res.has("quote_profile", "objects_out")
        and _reduced_passive(tok, prev, res)
    ):
        return None  # quotation profile: `stalls maintained by X` gives the stalls no words
    if res.lang == "en" and not tagged and res.has("noun_homograph", lower) and not _homograph_as_verb(tok, res):
        return None  # `the states`, `state officials`, `his remarks`: a noun without a tagger to say otherwise
    if res.lang == "en" and not tagged and term.noun_form and not _noun_form_as_verb(tok, res):
        return None  # `broad support among`, `draw support`: the noun, not `voters support the plan`
    if not tagged and not _english_past(tok, res) and not _clause_follows(doc, tok.i, res):
        for nxt_tok in doc[tok.i + 1 : tok.i + 3]:
            if nxt_tok.is_punct or res.has("determiner", _norm(nxt_tok.lower_)):
                break  # `dismissed the claims`: what follows a determiner is a noun
            if res.lang == "en" and res.has("infinitive_marker", _norm(nxt_tok.lower_)):
                break  # `declined to comment`: the verb after `to` is an infinitive, not the main verb
            if _norm(nxt_tok.lower_) in res.verb_forms or _norm(nxt_tok.lemma_.lower()) in res.verb_lemmas:
                return None  # `the report concluded`, `state media reported`: a noun before the real verb
    if tagged:
        if tok.pos_ in ("VERB", "AUX"):
            return term
        if res.lang == "fr" and tok.i + 1 < len(doc) and _inner_clitic(doc, tok.i + 1) > tok.i + 1:
            return term  # `martèle-t-il`, `souligne-t-on` (tagged a preposition): a hyphenated subject makes a verb
        # The small French model sometimes tags a verb as a noun or adjective: accept it when the
        # surrounding words show a verb (an auxiliary before it, que or a clitic subject after it).
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if (by_form or tok.pos_ in ("NOUN", "ADJ", "PROPN", "X", "ADV", "PRON", "DET", "INTJ")) and (
            (prev is not None and res.has("auxiliary", prev.lower_) and prev.lower_ not in ("l'", "le", "la", "les"))
            or res.has("complementizer", _norm(nxt))
            or _opens_clause_past_adverbs(doc, tok.i + 1, res)  # `relèvent ensuite avec ironie que`
            or _as_clitic(doc, tok.i - 1)  # `comme le souligne X` (the verb tagged a noun)
            or (res.lang == "fr" and _after_subject_pronoun(tok))  # `Elle dénonce ce lundi leur « X »`
            or (res.lang == "fr" and tok.i + 1 < len(doc) and mistagged_adverb(doc[tok.i + 1], res))
            or (res.lang == "fr" and _incise_clitic(doc, tok.i - 1))  # `», le coupe sa collègue`
            or nxt in CLITIC_SUBJECTS
            or nxt == "-t"  # `rappelle-t-il` (the verb tagged an adjective)
            or (res.lang == "fr" and _after_inverted_auxiliary(doc, tok.i))  # `a-t-il énuméré`
            or nxt in (":", "«", "“", '"')  # déplore : « ... », dénonce « ... »
            or _after_quote(tok)  # « ... », lance une agricultrice
            or (by_form and _incise_slot(tok, res))  # ..., rapporte Reuters.
            or (term.infinitive and _infinitive_past_negation(doc, tok.i + 1))  # `disent ne pas comprendre`
            or (term.infinitive and _infinitive_past_adjunct(doc, tok.i + 1, res))  # `nie pour sa part avoir`
            or (res.lang == "fr" and _bare_participle_passive(tok, term, res))  # `une idée qualifiée de X par Y`
            or (res.lang == "fr" and _aside_then_content(doc, tok.i + 1, res))  # `souligne, dans un message, que`
            or (res.lang == "fr" and tok.lower_.endswith("ant") and _that_soon(doc, tok.i + 1, res))  # `Notant à X que`
            or (res.lang == "fr" and _between_subject_and_object(tok, res, coordinated=term.object))
            or (  # `Les chercheurs alertent sur ...` (the verb tagged an adverb): a noun, the verb, its preposition
                term.complement and nxt in term.complement and prev is not None and prev.pos_ in ("NOUN", "PROPN")
            )
            or (  # `menace de quitter`, `appelle à manifester`
                (term.infinitive or term.complement)
                and tok.i + 2 < len(doc)
                and _norm(doc[tok.i + 1].lower_) in ("de", "d'", "à")
                and "Inf" in doc[tok.i + 2].morph.get("VerbForm")
            )
        ):
            return term
        return None
    return term


def _in_speech_idiom(doc: Doc, i: int, res: Resources) -> bool:
    """Token i is a word of a listed English idiom built on a verb of saying (`speech_idiom` in
    sources.yaml): the phrase as a whole, written around the token, reports no words."""
    low = _norm(doc[i].lower_)
    for phrase in res.phrases.get("speech_idiom", ()):
        for m, word in enumerate(phrase):
            start = i - m
            if word != low or start < 0 or start + len(phrase) > len(doc):
                continue
            if not all(_norm(doc[start + k].lower_) == w for k, w in enumerate(phrase)):
                continue
            if phrase[0] == "that" and not (
                _sentence_start(doc, start) or (start > 0 and _norm(doc[start - 1].lower_) in ("but", "and"))
            ):
                continue  # `a sign that said, "..."`: a relative, not `That said, ...`
            return True
    return False


NOT_NOUN_CATEGORIES = (
    "determiner",
    "complementizer",
    "infinitive_marker",
    "np_stop",
    "np_link",
    "auxiliary",
    "modal",
    "adverb",
    "time_word",
)
SPEAKER_CATEGORIES = (
    "clause_boundary",
    "person_noun",
    "institution_noun",
    "group_noun",
    "anonymous_head",
    "media_noun",
    "document_noun",
)


def _attributive(tok: Token, prev: Token, res: Resources) -> bool:
    """English participles before a lower-case noun are adjectives (`near alleged gang leader X`,
    `over purported links`): with a parse, any reporting verb the parse makes a noun's modifier
    (`amod`); without one, a listed `attributive_participle` (sources.yaml) after a lower-case word
    that is no speaker (not a pronoun, a plural in -s, a relative, `police`), before a word that is no
    determiner, pronoun or function word (`police alleged that`, `who alleged fraud` stay verbs)."""
    doc = tok.doc
    if has(doc, "DEP"):  # the parse may hang a verb on its object (`Trump told supporters`): a subject before it stays
        return (
            tok.dep_ == "amod"
            and prev.pos_ not in ("NOUN", "PROPN", "PRON")
            and not any(c.dep_.startswith("nsubj") for c in tok.children)
        )
    if not res.has("attributive_participle", _norm(tok.lower_)) or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    nlow = _norm(nxt.lower_)
    if not nxt.is_alpha or not nxt.text.islower() or any(res.has(c, nlow) for c in NOT_NOUN_CATEGORIES):
        return False
    plow = _norm(prev.lower_)
    if not prev.is_alpha or not prev.text.islower() or (plow.endswith("s") and not plow.endswith("ss")):
        return False
    return not any(res.has(c, plow) for c in SPEAKER_CATEGORIES)


def _reduced_passive(tok: Token, prev: Token, res: Resources) -> bool:
    """English `stalls maintained by X`, `a claim repeated by Y`: a past participle right after a
    lower-case word that is no auxiliary, with `by` and its agent after it, modifies the noun before
    it (a passive): the noun is no speaker. PolNeAR counts many (`a report written by X`), so
    only the quotation profile (`objects_out`) leaves them out."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or _norm(doc[tok.i + 1].lower_) != "by" or not _english_past(tok, res):
        return False
    if doc[tok.i + 2].lower_.endswith("ing") or not (
        res.has("determiner", _norm(doc[tok.i + 2].lower_)) or doc[tok.i + 2].text[:1].isupper()
    ):
        return False  # `concluded by making it clear`, `said by telephone`: no agent follows
    plow = _norm(prev.lower_)
    if not prev.is_alpha or not prev.text.islower() or plow.endswith("ly"):
        return False  # `, quoted by`; `Trump said by`; `was quickly told by`
    return not any(res.has(c, plow) for c in ("auxiliary", "passive_auxiliary", "modal", "adverb", "negation"))


AS_WORDS = ("comme", "ainsi")
OBJECT_CLITICS = ("le", "la", "l'", "les")


def _after_comme(doc: Doc, first: int) -> bool:
    """`comme a prévenu X, « ... »`: `comme` right before the verb group (no clitic object) announces
    a source after the verb, as `comme le souligne X` does."""
    return first >= 1 and doc[first - 1].lower_ == "comme" and first < len(doc) and doc[first].pos_ in ("AUX", "VERB")


def _as_word_before(doc: Doc, first: int) -> bool:
    """`comme` right before the verb group, or before its object clitic (`comme le souhaite X`)."""
    return first >= 1 and (_norm(doc[first - 1].lower_) in AS_WORDS or _as_clitic(doc, first - 1))


def _after_comma_ce_que(doc: Doc, first: int) -> bool:
    """`..., ce qu'a confirmé la direction`, `..., ce que dément le ministère`: `ce que` after a comma
    and right before the verb group takes up the clause before as what the source after the verb
    said, as `comme l'a confirmé X` does."""
    return (
        first >= 3
        and _norm(doc[first - 1].lower_) in ("que", "qu'")
        and doc[first - 2].lower_ == "ce"
        and doc[first - 3].text == ","
        and doc[first].pos_ in ("AUX", "VERB")
    )


def _as_clitic(doc: Doc, i: int) -> bool:
    """`comme le souligne X`, `comme l'a dit X`: after `comme` the article is an object clitic, not a
    determiner, and the verb that follows is a verb; `venir de` may stand between (`comme vient de le
    confirmer X`)."""
    if i < 1 or _norm(doc[i].lower_) not in OBJECT_CLITICS:
        return False
    j = i - 3 if _after_venir_de(doc, i) else i - 1  # `comme vient de le confirmer le maire`: the recent past
    return _norm(doc[j].lower_) in AS_WORDS


def _clitic_before_complement(doc: Doc, i: int, term: ReportingTerm) -> bool:
    """`Les enquêteurs le soupçonnent d'avoir menti`, `la juge la somme de s'expliquer`: between a subject
    and a finite verb whose complement opens right after it with its preposition and an infinitive, `le`,
    `la`, `les` is the verb's object clitic, not a determiner (the small model reads `le soupçonnent` as
    a noun phrase). The subject before the clitic is a noun, a name or a subject pronoun; the verb's form
    is finite (not `la demande de rester` after a verb, where the subject test fails)."""
    if i < 2 or i + 2 >= len(doc) or not term.complement:
        return False
    if _norm(doc[i - 1].lower_) not in ("le", "la", "les", "l'"):
        return False
    before = doc[i - 2]
    if not (before.pos_ in ("NOUN", "PROPN") or _norm(before.lower_) in (*FR_SUBJECT_PRONOUNS, "on")):
        return False
    if not _norm(doc[i].lower_).endswith(("e", "ent", "ait", "aient")):
        return False
    nxt = _norm(doc[i + 1].lower_)
    return nxt in term.complement and nxt in ("de", "d'", "à") and "Inf" in doc[i + 2].morph.get("VerbForm")


def _incise_clitic(doc: Doc, i: int) -> bool:
    """`», le coupe sa collègue`, `», la reprend le juge`: right after a quotation's closing mark (and
    its comma) the article is the object clitic of an incise verb addressed to the last speaker, not a
    determiner (French)."""
    return _norm(doc[i].lower_) in OBJECT_CLITICS and _after_quote(doc[i])


def _recent_past(doc: Doc, first: int) -> bool:
    """`vient de` before the verb group that opens at `first` (its clitic, or the infinitive)."""
    return _after_venir_de(doc, first) or _after_venir_de(doc, first - 1)


def _after_venir_de(doc: Doc, i: int) -> bool:
    """`vient de` (`venir de`, the recent past) right before token i."""
    return i >= 3 and _norm(doc[i - 1].lower_) in ("de", "d'") and doc[i - 2].lemma_ == "venir"


AS_SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles", "nous", "on", "je", "j'", "vous")


def _as_subject_clitic(doc: Doc, first: int) -> int | None:
    """`Comme il l'avait annoncé, ...`, `comme nous l'écrivions hier, ...`: `comme`, a subject pronoun and
    the object clitic `le` before the verb group; the pronoun's index (the speaker), else None."""
    for i in range(max(first - 1, 2), min(first + 2, len(doc))):
        if (
            _norm(doc[i].lower_) in OBJECT_CLITICS
            and _norm(doc[i - 1].lower_) in AS_SUBJECT_PRONOUNS
            and _norm(doc[i - 2].lower_) in AS_WORDS
        ):
            return i - 1
    return None


def _infinitive_lead(doc: Doc, to: int, res: Resources) -> int | None:
    """English `went on to say`, `continued to insist`, `took to Twitter to call`: a listed verb of
    going on (`infinitive_lead`) before `to` makes the infinitive the subject's own speech; returns
    where the lead starts (the subject is found to its left)."""
    if res.lang != "en" or to == 0:
        return None
    if res.has("infinitive_lead", _norm(doc[to - 1].lower_)):
        return to - 1
    for words in res.phrases.get("infinitive_lead", ()):
        start = to - len(words)
        if start >= 0 and all(_norm(doc[start + k].lower_) == w for k, w in enumerate(words)):
            return start
    return None


def _relative_verb(tok: Token, prev: Token, res: Resources) -> bool:
    """English `a message that said`, `polls that show`: after `that` or `which`, a past form or an -s
    form is the verb of a relative clause (a singular `that` does not stand before a plural noun)."""
    if res.lang != "en" or _norm(prev.lower_) not in ("that", "which"):
        return False
    low = _norm(tok.lower_)
    return _english_past(tok, res) or (low.endswith("s") and not low.endswith("ss"))


def _told_to_do(tok: Token, prev: Token, res: Resources) -> bool:
    """English `jails told to take more inmates`, `residents urged to leave`: a verb of telling or
    urging names the person told as its object (`told them to`), so a listed `directive_participle`
    (sources.yaml) with `to` and a verb right after it is a passive participle, reduced or not: the
    noun before it is the one told, no speaker. `told to Congress` (a name or a determiner after
    `to`) stays a verb."""
    doc = tok.doc
    if not res.has("directive_participle", _norm(tok.lower_)) or tok.i + 2 >= len(doc):
        return False
    if not res.has("infinitive_marker", _norm(doc[tok.i + 1].lower_)):
        return False
    verb = doc[tok.i + 2]
    vlow = _norm(verb.lower_)
    if not verb.is_alpha or not verb.text.islower() or any(res.has(c, vlow) for c in NOT_NOUN_CATEGORIES):
        return False
    if has(doc, "TAG") and verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(res.has("complementizer", _norm(t.lower_)) for t in doc[tok.i + 3 : tok.i + 5]):
        return False  # `told to reporters that ...`: `to` leads the person told
    return not res.has("modal", _norm(prev.lower_))


def _english_past(tok: Token, res: Resources) -> bool:
    """An English past form (`said`, `told`, `concluded`: the form differs from its lemma and is no
    `-s` plural) is no noun, so a verb after it (`said they want`) does not make it one."""
    if res.lang != "en" or not tok.lemma_:
        return False
    low = _norm(tok.lower_)
    return low != _norm(tok.lemma_.lower()) and not low.endswith(("s", "ing"))


def _clause_follows(doc: Doc, i: int, res: Resources) -> bool:
    """English `say they want`, `says he wants`: a subject pronoun right after the word opens the
    reported clause, so the word is the verb, whatever verb follows the pronoun."""
    return res.lang == "en" and i + 1 < len(doc) and _norm(doc[i + 1].lower_) in SUBJECT_PRONOUNS


def _english_noun_slot(tok: Token, prev: Token, res: Resources) -> bool:
    """English words a verb cannot follow or look like: after a possessive (`Editor's note`) or a
    preposition other than `to` (`filings by states`, `a story about alleged fraud`; but `by saying`
    is a verb), or capitalised inside running
    text (`as Secretary of State`); a headline in title case keeps its verb (`Senator Says ...`)."""
    low = _norm(prev.lower_)
    if low in ("'s", "’s") and _name_with_s(tok, prev, res):
        return False  # `Sainsbury's said`, `McDonald's says that`: a business named with a possessive
    if (low in ("'s", "s'") and not _contracted_aux(tok.doc, prev.i)) or prev.text.endswith("<"):
        return True  # `Editor's note`; `<tweet author=...>`: a markup tag's name, not a verb
    preposition = res.has("np_stop", low) or res.has("np_link", low)
    if preposition and low != "to" and not tok.lower_.endswith("ing"):  # `by saying`, `to argue` are verbs
        return True
    if prev.like_num and low != "one" and _norm(tok.lower_).endswith("s"):
        return True  # `faces four counts`, `two reports`: a plural noun after a number (`six said` stays)
    if not tok.text[:1].isupper() or _sentence_start(tok.doc, tok.i):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return any(t is not None and t.is_alpha and t.text.islower() for t in (prev, nxt))


def _name_with_s(tok: Token, prev: Token, res: Resources) -> bool:
    """A capitalised name ending in `'s` right before `said`, `says`, `told` (`name_s_verb` in
    sources.yaml): those forms are never a noun after a possessive, so the name is the subject."""
    before = tok.doc[prev.i - 1] if prev.i > 0 else None
    return before is not None and before.text[:1].isupper() and res.has("name_s_verb", tok.lower_)


QUOTE_OPENERS = (":", '"', "“", "''")


def _noun_form_as_verb(tok: Token, res: Resources) -> bool:
    """Without a tagger, a verb whose base and -s forms are nouns as often (`data.noun_form`: `support`)
    is a verb in those forms only after a word that can stand before a verb: a pronoun, an auxiliary, a
    modal, `to`, a negation, an adverb in -ly, a name, or a plural noun (`voters support the plan`);
    `strong support`, `draw support`, `and support` are nouns."""
    low = _norm(tok.lower_)
    if low.endswith(("ed", "ing")) or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    before = _norm(prev.lower_)
    if prev.is_punct or _sentence_start(tok.doc, tok.i):
        return False
    return (
        before in PRONOUN_SUBJECTS
        or before in ("not", "n't")
        or res.has("auxiliary", before)
        or res.has("modal", before)
        or res.has("infinitive_marker", before)
        or (before.endswith("ly") and len(before) > 4)
        or prev.text[:1].isupper()
        or (before.endswith("s") and not before.endswith(("ss", "'s")) and prev.is_alpha)
    )


def _homograph_as_verb(tok: Token, res: Resources) -> bool:
    """A word more often a noun than a verb (`noun_homograph`: `states`, `report`, `remarks`) is a verb
    of saying only with speech around it: a subject pronoun before it (`it states`), a colon or a
    quotation after it, `that` opening a clause (not `states that have`), or an incise with a name or
    a determiner after a comma (`, reports Reuters`)."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if prev is not None and res.has("clause_opener", _norm(prev.lower_)) and _norm(prev.lower_) in res.pronouns:
        return True
    if nxt.text in QUOTE_OPENERS:
        return True
    if res.has("complementizer", _norm(nxt.lower_)):
        then = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        return (
            then is not None
            and then.is_alpha
            and not (res.has("auxiliary", _norm(then.lower_)) or res.has("modal", _norm(then.lower_)))
        )
    return (
        prev is not None
        and (prev.text == "," or _after_quote(tok))
        and (nxt.text[:1].isupper() or res.has("determiner", _norm(nxt.lower_)))
    )


def reflexive_group(doc: Doc, first: int, head: int) -> bool:
    """A reflexive clitic in the verb group or right before it (`s'est vanté`, `s'estime`, `se chiffre`)."""
    return any(_norm(t.lower_) in ("se", "s'") for t in doc[max(0, first - 1) : head])


NOT_WORDS = ("pas", "jamais", "plus", "point", "guère")


def _after_inverted_auxiliary(doc: Doc, i: int) -> bool:
    """`a-t-il énuméré`, `avait-elle raillé`, `a-t-elle néanmoins mentionné`: an inverted auxiliary and
    its clitic subject before the token (adverbs between), so it is the participle of a compound tense
    whatever tag the small model gave it."""
    while i >= 3 and doc[i - 1].pos_ == "ADV" and doc[i - 1].text.islower() and doc[i - 1].lower_ not in NOT_WORDS:
        i -= 1  # `a-t-elle néanmoins mentionné`
    if i < 2 or doc[i - 1].lower_ not in CLITIC_SUBJECTS:
        return False
    j = i - 2
    if doc[j].lower_ == "-t":
        j -= 1
    return j >= 0 and doc[j].lemma_.lower() in ("avoir", "être")


def _between_subject_and_object(tok: Token, res: Resources, coordinated: bool = False) -> bool:
    """French: a present form of a listed verb tagged a noun, an adjective or an adverb between a noun
    phrase that opens its clause and a determiner or an opening quotation mark (`La fédération dénonce
    l'absence de ...`, `Le syndicat déplore une « baisse »`, `la Cour des finances évoque le prix`,
    `Danone dément toute hausse`): French puts no bare noun after a noun there, so the word is the verb
    of that subject. Adverbs may stand before the object (`évoque toutefois des risques`). A noun phrase
    ending a complement (`les relations entre Paris et la Russie annonce ...`) is not the subject, and is
    left alone. With `coordinated`, `et` after a finite verb may stand for the subject (`revendique la
    victoire et dénonce une fraude`)."""
    doc = tok.doc
    i = tok.i
    if i < 1 or i + 1 >= len(doc) or tok.pos_ not in ("NOUN", "ADJ", "ADV", "PROPN") or not tok.text.islower():
        return False
    if not _norm(tok.lower_).endswith(PRESENT_ENDINGS):
        return False
    if not (_subject_phrase_before(doc, i, res) or (coordinated and _coordinated_verb_slot(doc, i, res))):
        return False
    k = adjunct_after(doc, i + 1, res)
    for _ in range(MAX_OBJECT_ADVERBS):
        if k < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower() and doc[k].lower_ not in NOT_WORDS:
            k = adjunct_after(doc, k + 1, res)  # `évoque toutefois des risques`, `dénoncent par ailleurs une`
    if _object_opens(doc, k, res):
        return True
    dated = time_adjunct_end(doc, k, res)  # `évoque samedi une refonte`, `déplore lundi 3 mars la hausse`
    return dated > k and _object_opens(doc, dated, res)


def _object_opens(doc: Doc, k: int, res: Resources) -> bool:
    """A determiner (not `de`) or an opening quotation mark at k: a noun object or quoted words open."""
    if k >= len(doc):
        return False
    nxt = _norm(doc[k].lower_)
    return (res.has("determiner", nxt) and nxt not in ("de", "d'")) or nxt in ("«", "“", '"')


TIME_DEMONSTRATIVES = ("ce", "cet", "cette")
MAX_TIME_WORDS = 3  # `samedi matin`, `ce lundi soir`, `hier après-midi`


def time_adjunct_end(doc: Doc, k: int, res: Resources) -> int:
    """French: the token after a time adjunct opening at k (`samedi`, `jeudi soir`, `ce matin`, `hier`,
    `lundi 3 mars`), or k when none opens there. Wire copy dates a statement between its verb and the
    object (`évoque samedi une refonte`): the date is the verb's adjunct, never its content's start."""
    end = date_phrase_end(doc, k, res)
    if end > k:
        return end
    j = k + 1 if k < len(doc) and _norm(doc[k].lower_) in TIME_DEMONSTRATIVES else k
    start = j
    while (
        j < len(doc)
        and j - start < MAX_TIME_WORDS
        and doc[j].text.islower()
        and doc[j].pos_ not in ("VERB", "AUX")
        and res.has("time_word", _norm(doc[j].lower_))
    ):
        j += 1
    return j if j > start else k


def _coordinated_verb_slot(doc: Doc, i: int, res: Resources) -> bool:
    """French: `et` or `puis` right before token i, after a finite verb of the same sentence
    (`revendique la victoire et dénonce une fraude`): the second verb of a coordination, whose
    subject is the first one's."""
    if i < 2 or _norm(doc[i - 1].lower_) not in ("et", "puis"):
        return False
    start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    return any(is_finite_verb(t) or _untagged_first_verb(t, res) for t in doc[start : i - 1])


def _untagged_first_verb(t: Token, res: Resources) -> bool:
    """French: a listed verb's present form tagged an adverb, a noun or an adjective right after a
    subject noun phrase (`Les employés en grève réclament une hausse ... et dénoncent ...`): the first
    verb of the coordination, though the small model gave it no verb tag."""
    low = _norm(t.lower_)
    if t.pos_ not in ("ADV", "NOUN", "ADJ") or not t.text.islower() or not low.endswith(("ent", "e")):
        return False
    if low not in res.verb_forms and _present_first_group_lemma(low) not in res.verb_lemmas:
        return False
    return t.i > 0 and _subject_phrase_before(t.doc, t.i, res)


MAX_SUBJECT_TOKENS = 20  # tokens of a subject noun phrase walked back over (`la Cour régionale des finances`)
MAX_OBJECT_ADVERBS = 2  # adverbs between such a verb and its object
SUBJECT_LINKS = ("de", "d'", "des", "du")  # prepositions inside a subject noun phrase


def _subject_phrase_before(doc: Doc, i: int, res: Resources) -> bool:
    """French: the tokens before i are a noun phrase that opens its clause: a determiner or a name
    first, then nouns, names, adjectives, numbers, `de` complements and a bracketed acronym (`L'Office
    national des forêts (ONF)`), after the start of a sentence, a punctuation mark or a word that
    opens a clause (`mais`, `que`, `car`); not a preposition's object (`entre Paris et la Russie`)."""
    j = _before_modifier(doc, i - 1)
    if j < 0:
        return False
    if doc[j].text == ")":
        while j > 0 and i - j <= MAX_SUBJECT_TOKENS and doc[j].text != "(":
            j -= 1
        if doc[j].text != "(" or j == 0:
            return False
        j -= 1
    if doc[j].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    first = None
    while j >= 0 and i - j <= MAX_SUBJECT_TOKENS:
        t = doc[j]
        low = _norm(t.lower_)
        partitive = low in (*PARTITIVE_PRONOUNS, "un", "une")  # `l'une des avocates`, `plusieurs de ses proches`
        starts = (
            (res.has("determiner", low) and low not in SUBJECT_LINKS)
            or partitive
            or (t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper())
        )
        if starts and _opens_clause_before(doc, j, res):
            first = j
        inside = t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET") or low in SUBJECT_LINKS
        if inside or partitive or res.has("determiner", low):
            j -= 1
            continue
        if (low == "par" or _past_participle(t)) and first is None and j > 0:
            j -= 1  # `Le rapport rédigé par l'office dénonce`: a participle and its agent inside the subject
            continue
        break
    return first is not None


MAX_APPOSITION_TOKENS = 8  # words of a detached modifier between commas (`, souvent diplômés mais sans emploi,`)
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


def _before_modifier(doc: Doc, j: int) -> int:
    """French: the last token of a subject noun phrase when a post-nominal modifier ends at j, else j.
    Two modifiers put a noun phrase's end away from its verb: `en` + a bare noun (`Les salariés en
    grève réclament`, `Les parents en colère dénoncent`; the small model often tags the noun a verb,
    and `en` + a present participle is a gerund, no modifier), and a detached adjective or participle
    phrase between commas (`Les agriculteurs, souvent endettés, dénoncent`, `Les infirmières, épuisées
    par des mois de tension, réclament`), which holds no finite verb and follows a noun or adjective."""
    if j >= 1 and _norm(doc[j - 1].lower_) == "en" and doc[j].is_alpha and doc[j].text.islower():
        return j - 2 if not _norm(doc[j].lower_).endswith("ant") else j
    if doc[j].text != ",":
        return j
    k = j - 1
    while k > 0 and j - k <= MAX_APPOSITION_TOKENS and doc[k].text != ",":
        t = doc[k]
        if t.is_punct or is_finite_verb(t) or t.pos_ in ("PRON", "SCONJ", "AUX") or not t.text.islower():
            return j
        k -= 1
    if k <= 0 or doc[k].text != "," or k == j - 1 or doc[k - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return j
    lead = doc[k + 1]
    participle = lead.pos_ == "VERB" and "Part" in lead.morph.get("VerbForm")
    if not (lead.pos_ in ("ADJ", "ADV") or participle or _norm(lead.lower_).endswith(PARTICIPLE_ENDINGS)):
        return j
    return k - 1


def _past_participle(t: Token) -> bool:
    """A past participle by its tag and its ending (`menée`, `rédigés`), not a finite verb."""
    return t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and _norm(t.lower_).endswith(PAST_PARTICIPLE_ENDINGS)


def _opens_clause_before(doc: Doc, j: int, res: Resources) -> bool:
    """Token j opens a clause: the start of the text or of a sentence, after a punctuation mark other
    than a closing bracket, or after a word that opens a clause (`mais`, `que`, `car`)."""
    if j == 0 or doc[j].is_sent_start:
        return True
    prev = doc[j - 1]
    if prev.is_space and "\n" in prev.text:
        return True  # a paragraph break: the small model does not always start a sentence there
    if prev.is_punct:
        return prev.text not in (")", "]")
    low = _norm(prev.lower_)
    # not `à`, nor `et`/`ou`/`ni`, which join noun phrases (`entre l'Allemagne et la Russie annonce`)
    return res.has("clause_boundary", low) and low not in ("à", "qui", "dont", "et", "ou", "ni")


INFINITIVE_NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais", "rien", "guère"})


def _infinitive_past_negation(doc: Doc, k: int) -> bool:
    """French: an infinitive at `k`, or after the negation that belongs to it (`ne pas comprendre`,
    `ne rien savoir`, `n'avoir jamais`)."""
    while k < len(doc) and _norm(doc[k].lower_) in INFINITIVE_NEGATION:
        k += 1
    return k < len(doc) and is_infinitive(doc[k])


def _present_homograph(tok: Token, term: ReportingTerm, res: Resources) -> bool:
    """French: a verb in -re whose present third person is also its participle (`dit`, `écrit`,
    `décrit`), tagged a participle with no auxiliary, right after its subject (a noun, a name or a
    pronoun) and before what a present reports (an infinitive, maybe negated, or `que` past adverbs):
    `Le club dit vouloir rester`, `La ministre dit ne pas comprendre`. A participle used as an
    adjective (`le parti dit modéré`, `un texte écrit à la main`) has neither after it."""
    doc = tok.doc
    low, lemma = _norm(tok.lower_), _norm(tok.lemma_.lower())
    if not (low.endswith("t") and lemma.endswith("re")) or tok.i == 0:
        return False
    if doc[tok.i - 1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return (
        (term.infinitive and _infinitive_past_negation(doc, tok.i + 1))
        or _opens_clause_past_adverbs(doc, tok.i + 1, res)
        or _object_then_qualification(doc, tok.i + 1, term, res)
    )


MAX_QUALIFIED_OBJECT = 6  # tokens of the object before `comme` (`la réforme des retraites`)


def _object_then_qualification(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """`Le syndicat décrit la réforme comme une régression`: a short noun phrase object (an article
    first, no verb nor punctuation) then the `comme` complement of a verb that takes one; a present,
    since a participle used as an adjective takes no object."""
    if "comme" not in term.complement or k >= len(doc) or not res.has("determiner", _norm(doc[k].lower_)):
        return False
    for j in range(k + 1, min(len(doc), k + 1 + MAX_QUALIFIED_OBJECT)):
        t = doc[j]
        if _norm(t.lower_) == "comme":
            return j > k + 1
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _after_noun(doc: Doc, i: int) -> bool:
    """The word at i follows a noun, or the comma after one (`le congrès, prévu ce week-end`): an apposed
    participle, which describes the noun and reports nobody's words."""
    k = i - 1 if i > 0 and doc[i - 1].text != "," else i - 2
    return k >= 0 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ")


def _known_as(doc: Doc, i: int, res: Resources) -> bool:
    """French `X, dit parc des Oiseaux`, `Jean Dupont, dit « le Grand »`: `dit` after a noun phrase and a
    comma (no quotation before it), followed by a bare noun or a quotation mark, gives the name X goes
    by; a speaker after an incise verb opens with a determiner, a name or a title and a name (`», dit
    le maire`, `, dit maître Dupont`)."""
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "," or _after_quote(doc[i]):
        return False
    if doc[i - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    nxt = doc[i + 1]
    if nxt.text in ("«", "“", '"'):
        return True
    if not (nxt.is_alpha and nxt.text.islower()) or res.has("determiner", _norm(nxt.lower_)):
        return False  # `, dit le maire`, `, dit Paul`: a speaker
    if nxt.pos_ in ("VERB", "AUX", "PRON") or _norm(nxt.lower_).endswith("ment"):
        return False  # `, dit notamment le rapport`
    # a bare noun and its complement (`dit parc des Oiseaux`), not a title and a name (`dit maître Dupont`)
    after = _norm(doc[i + 2].lower_) if i + 2 < len(doc) else "."
    return after in ("de", "d'", "du", "des") or doc[i + 2].is_punct


def _partitive_head(doc: Doc, j: int) -> int:
    """The start of a partitive subject whose noun phrase opens at `j` with `des`/`de` (`l'une des
    avocates`, `chacun des délégués`, `plusieurs de ses proches`); `j` when there is none."""
    if j < 1 or _norm(doc[j].lower_) not in ("des", "de", "d'"):
        return j
    head = _norm(doc[j - 1].lower_)
    if head in ("un", "une") and j >= 2 and _norm(doc[j - 2].lower_) == "l'":
        return j - 2
    return j - 1 if head in PARTITIVE_PRONOUNS else j


PARTITIVE_PRONOUNS = ("chacun", "chacune", "aucun", "aucune", "certains", "certaines", "plusieurs", "beaucoup")
PRESENT_ENDINGS = ("e", "ent", "t", "d")  # third person present (`dénonce`, `déplorent`, `prévoit`, `défend`)


def _after_quote(tok: Token) -> bool:
    """The token follows a closing quotation mark (and maybe a comma): the slot of an incise verb."""
    doc = tok.doc
    j = tok.i - 1
    if j >= 0 and doc[j].text in DASHES:
        j -= 1  # `», – commente l'analyste`
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return j >= 0 and doc[j].text in ("»", "”", '"', "''")


DASHES = ("–", "—")


def _incise_slot(tok: Token, res: Resources) -> bool:
    """After a comma and before a name or a determiner that ends the sentence soon: `..., rapporte
    Reuters.`, `..., note le rapport.` (the verb of an incise, whatever the tagger says)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc):
        return False
    k = tok.i + 1
    while k + 1 < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower():
        k += 1  # `..., rapporte notamment franceinfo.`
    if res.lang == "fr":
        k = _past_short_recipient(doc, k, res)  # `..., rappelle à la presse le maire.`
    if k >= len(doc):
        return False
    nxt = doc[k]
    if not (
        nxt.text[:1].isupper()
        or nxt.pos_ == "PROPN"
        or res.has("determiner", _norm(nxt.lower_))
        or res.has("media_name", _norm(nxt.lower_))  # `, rapporte franceinfo.`
    ):
        return False
    return any(t.text in (".", ":", "!", "?", ",") for t in doc[k + 1 : k + 12])


def _past_short_recipient(doc: Doc, k: int, res: Resources) -> int:
    """French: past the person the words were said to between an incise verb and its subject (`à l'AFP`,
    `à la presse`, `au Monde`, `aux journalistes`: the preposition, a determiner, one word), so that the
    subject after it shows the verb; k when no such phrase opens at k."""
    if k + 1 >= len(doc) or _norm(doc[k].lower_) not in ("à", "au", "aux"):
        return k
    j = k + 1
    if _norm(doc[j].lower_) in ("à",) or doc[j].is_punct:
        return k
    if _norm(doc[k].lower_) == "à" and res.has("determiner", _norm(doc[j].lower_)):
        j += 1
    if j >= len(doc) or doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
        return k
    return j + 1


def que_follows(doc: Doc, k: int, res: Resources) -> bool:
    """`que` at `k`, past adverbs and listed adverbial phrases: the verb before `k` has its own clause."""
    return _opens_clause_past_adverbs(doc, k, res)


def _opens_clause_past_adverbs(doc: Doc, k: int, res: Resources) -> bool:
    """`que` after adverbs and listed adverbial phrases (`ensuite avec ironie que`)."""
    for _ in range(4):
        k = adjunct_after(doc, k, res)
        if k < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower():
            k += 1
        elif k < len(doc) and res.lang == "en" and res.has("time_word", _norm(doc[k].lower_)):
            k += 1  # `judged today that`
    return k < len(doc) and res.has("complementizer", _norm(doc[k].lower_))


PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
PASSIVE_COMPLEMENT_WORDS = ("de", "d'", "comme")  # `qualifié de`, `présenté comme` before the agent
MAX_COMPLEMENT_TOKENS = 14  # tokens between such a complement and `par`


def _bare_participle_passive(tok: Token, term: ReportingTerm, res: Resources) -> bool:
    """French: a past participle with no auxiliary followed by its complement preposition and, in the
    same clause, a `par` agent: a passive whose agent speaks. The participle qualifies the noun before it
    (`une idée qualifiée de « X » par Y`) or stands detached, opening the sentence or after a comma
    (`Décrit comme « X » par Y, le procès ...`, `Le texte, présenté comme Y par Z, ...`). A participle
    is known by its -é ending whatever its tag, or by the morphology for the other endings (`décrit`,
    `décrite`: verbs in -re)."""
    if not (tok.lower_.endswith(PAST_PARTICIPLE_ENDINGS) or _tagged_past_participle(tok)):
        return False
    if tok.i > 0 and not (
        tok.doc[tok.i - 1].is_alpha or tok.doc[tok.i - 1].text == "," or _sentence_start(tok.doc, tok.i)
    ):
        return False
    return _complement_then_agent(tok.doc, tok.i + 1, term, res)


def _tagged_past_participle(tok: Token) -> bool:
    """The morphologizer's past participle (`VerbForm=Part`, `Tense=Past`) on a word tagged a verb."""
    if tok.pos_ != "VERB":
        return False
    morph = morph_of(tok)
    return "Part" in morph.get("VerbForm", ()) and "Past" in morph.get("Tense", ())


def _complement_then_agent(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """A complement preposition at k, then `par` within the clause."""
    if k >= len(doc) or _norm(doc[k].lower_) not in (*term.complement, *PASSIVE_COMPLEMENT_WORDS):
        return False
    quoted = False  # `qualifié de « dangereux, irresponsable » par X`: a comma inside the quotation
    for t in doc[k + 1 : k + 1 + MAX_COMPLEMENT_TOKENS]:
        if t.text in ("«", "»", '"', "“", "”"):
            quoted = t.text in ("«", "“") or (t.text == '"' and not quoted)
            continue
        if t.is_sent_start or (t.is_punct and t.text != "-" and not quoted):
            return False
        if res.has("passive_agent", _norm(t.lower_)):
            return True
    return False


def _after_cleft(doc: Doc, i: int, res: Resources) -> bool:
    """French: the verb at i (past an auxiliary) follows `c'est ce que` / `c'était ce qu'`: what it
    reports is the sentence before, which the cleft points back to, as a `que` clause would."""
    j = i - 1
    if j >= 0 and res.has("auxiliary", _norm(doc[j].lower_)):
        j -= 1
    if res.lang != "fr" or j < 3:
        return False
    words = [_norm(t.lower_) for t in doc[j - 3 : j + 1]]
    return words[0] == "c'" and words[1] in ("est", "était") and words[2] == "ce" and words[3] in ("que", "qu'")


def _clause_or_incise(doc: Doc, tok: Token, last: int, term: ReportingTerm, res: Resources) -> bool:
    """`que` right after the verb (adverbs and an inverted clitic between: `soutient-il aussi que`), the
    verb as an incise after a quotation or a comma (`», soutient X`), or, for a verb flagged so, its
    complement, an object with its attribute or an infinitive right after it."""
    k = last + 1
    while k < len(doc) and _norm(doc[k].lower_) in (*CLITIC_SUBJECTS, "-t"):
        k += 1
    return (
        _opens_clause_past_adverbs(doc, k, res)
        or _after_quote(_past_auxiliaries(tok))
        or _incise_slot(tok, res)
        or _complement_near(doc, k, term, res)
        or (term.object_attribute and attribute_after(doc, k, res) is not None)  # `considère la loi caduque`
        or (term.infinitive and _infinitive_past_negation(doc, k))  # `soutient avoir agi seul`
    )


def _past_auxiliaries(tok: Token) -> Token:
    """The first word of the verb group that ends in `tok` (`», a soutenu X`, `», a-t-il soutenu`: the
    incise slot is after the quotation, before the auxiliary and its inverted clitic)."""
    doc = tok.doc
    j = tok.i
    while j > 0 and (
        (doc[j - 1].lemma_.lower() in ("avoir", "être") and doc[j - 1].text.islower())
        or _norm(doc[j - 1].lower_) in (*CLITIC_SUBJECTS, "-t")  # `», a-t-il soutenu`
    ):
        j -= 1
    return doc[j]


STANCE_LEAD = 5  # tokens from a participle's determiner to its noun of opinion (`exprimant de vives réserves`)
COMPLEMENT_REACH = 6  # tokens from a clause_only verb to its complement (`considère ce gazoduc comme`)


def _complement_near(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """French: one of the verb's complement prepositions a few words after it, no punctuation between
    (`considère ce gazoduc comme une menace`, `que la Chine considère comme faisant partie de`)."""
    if res.lang != "fr" or not term.complement:
        return False
    for t in doc[k : k + COMPLEMENT_REACH]:
        if t.is_punct:
            return False
        if _norm(t.lower_) in term.complement:
            return True
    return False


def _infinitive_past_adjunct(doc: Doc, k: int, res: Resources) -> bool:
    """A listed adverbial phrase (`pour sa part`, `de son côté`) and then an infinitive."""
    after = adjunct_after(doc, k, res)
    return k < after < len(doc) and is_infinitive(doc[after])


MAX_ASIDE = 14  # tokens of an aside between commas after a verb


def _aside_then_content(doc: Doc, k: int, res: Resources) -> bool:
    """French: a comma, a short aside with no finite verb, a comma, then `que` or a quotation mark
    (`souligne, dans un message adressé au président, que ...`)."""
    if k >= len(doc) or doc[k].text != ",":
        return False
    for m in range(k + 2, min(len(doc) - 1, k + 2 + MAX_ASIDE)):
        t = doc[m]
        if t.text in (".", ";", ":", "!", "?") or t.is_space or "Fin" in t.morph.get("VerbForm"):
            return False
        if t.text == ",":
            nxt = doc[m + 1]
            quoted_np = res.has("determiner", _norm(nxt.lower_)) and any(
                t.text in ("«", "“") for t in doc[m + 2 : min(len(doc), m + 6)]
            )  # `souligne, dans un message, sa « profonde gratitude »`
            return res.has("complementizer", _norm(nxt.lower_)) or nxt.text in ("«", "“") or quoted_np
    return False


MAX_PARTICIPLE_ASIDE = 4  # tokens of a short phrase between a participle and its content (`au passage`)


def _content_past_aside(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """French participle: adverbs, listed adverbial phrases or a short phrase led by a preposition
    (`par ailleurs`, `au passage`, `à Bordeaux`, `à ses proches`), an optional comma, then what opens the
    verb's content: `que`, a quotation or a colon, or a determiner when the verb takes a noun object
    (`soulignant par ailleurs, que`, `dénonçant au passage, les campagnes`)."""
    start = k
    for _ in range(4):
        k = adjunct_after(doc, k, res)
        if k < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower():
            k += 1
    if k < len(doc) and doc[k].pos_ == "ADP" and doc[k].text.islower() and not _opens_content(doc, k, term, res):
        m = k + 1
        while m < len(doc) and m - k <= MAX_PARTICIPLE_ASIDE and doc[m].is_alpha and doc[m].pos_ not in ("VERB", "AUX"):
            if res.has("complementizer", _norm(doc[m].lower_)) or (m > k + 1 and doc[m].text == ","):
                break
            m += 1
        k = m
    if k == start or k >= len(doc):
        return False
    if doc[k].text == "," and k + 1 < len(doc):
        k += 1
    return _opens_content(doc, k, term, res, nominal=term.object)


def _restrictive_que(doc: Doc, first: int, i: int, last: int, res: Resources) -> bool:
    """French `ne` before the verb with no negation word (one would have dropped the cue already) and
    `que` right after it: restrictive `ne ... que` (only), so that `que` opens no reported clause."""
    if res.lang != "fr" or not any(_norm(doc[x].lower_) in ("ne", "n'") for x in range(max(0, first - 1), i)):
        return False
    k = last + 1
    while k < len(doc) and doc[k].pos_ == "ADV" and _norm(doc[k].lower_) not in ("ne", "n'"):
        k += 1
    return k < len(doc) and _norm(doc[k].lower_) in ("que", "qu'")


def _restricted_degree(doc: Doc, tok: Token, last: int, res: Resources) -> bool:
    """French `ne reconnaît que partiellement les faits`, `n'admet qu'en partie les accusations`: a finite
    verb whose `ne ... que` restricts how far, an adverb right after `que`; the noun object after it is
    still what was said (not `n'admet que les membres`: only those, an act)."""
    if "Fin" not in tok.morph.get("VerbForm"):
        return False
    k = last + 1
    while k < len(doc) and _norm(doc[k].lower_) not in ("que", "qu'"):
        k += 1
    after = adjunct_after(doc, k + 1, res)
    if after > k + 1:
        return True
    nxt = doc[k + 1] if k + 1 < len(doc) else None  # the small model tags `partiellement` a verb at times
    return nxt is not None and nxt.text.islower() and (nxt.pos_ == "ADV" or nxt.lower_.endswith("ment"))


def saying_verb_at(tok: Token, res: Resources) -> bool:
    """A listed verb of saying by its form or lemma, or the first word of a listed phrase of saying
    whose other words follow (`fait état`, `a fait savoir`); no check of its tag or of its subject."""
    lemma, lower = _norm(tok.lemma_.lower()), _norm(tok.lower_)
    if lower in res.verb_forms or lemma in res.verb_lemmas:
        return True
    return any(_phrasal_matches(tok, term) for first in (lemma, lower) for term in res.phrasal_verbs.get(first, ()))


def _phrasal_matches(tok: Token, term: ReportingTerm) -> bool:
    return phrasal_last(tok, term) is not None


def _inner_clitic(doc: Doc, j: int) -> int:
    """Index after an inverted subject clitic at `j` (`-t-on`, `-il`), or `j` when there is none."""
    k = j
    if k < len(doc) and doc[k].lower_ == "-t":
        k += 1
    return k + 1 if k < len(doc) and doc[k].lower_ in CLITIC_SUBJECTS else j


def phrasal_last(tok: Token, term: ReportingTerm) -> int | None:
    """Last token of the phrasal verb `term` opened by `tok`, or None when the words do not follow.

    French inverts the subject clitic right after the first word (`fait-on savoir`, `fait-il
    remarquer`), inside the phrase: the clitic may stand between the first and the second word."""
    doc = tok.doc
    j = tok.i
    for k, word in enumerate(term.words):
        if k == 1:
            j = _inner_clitic(doc, j)
            while j < len(doc) and _norm(doc[j].lower_) in term.inner_negation:
                j += 1  # `ne fait pas mystère de`: the negation inside a negated phrase
            j = _inner_adverb(doc, j, word)
        if j >= len(doc):
            return None
        t = doc[j]
        if word not in (_norm(t.lemma_.lower()), _norm(t.lower_)) and not (
            k == 0 and _norm(t.lower_) in term.first_forms
        ):
            return None
        j += 1
    return j - 1


PHRASAL_NEGATIONS = frozenset(("ne", "n'", *NOT_WORDS, "nullement", "aucunement"))  # no adverb inside a phrase


def _inner_adverb(doc: Doc, j: int, word: str) -> int:
    """Index after one French adverb standing inside a phrasal verb, or `j` when there is none.

    French puts a sentence adverb right after the finite first word of a phrase (`fait aussi savoir`,
    `met notamment en cause`, `fait d'ailleurs état de`, `met par ailleurs en avant`): the phrase is
    still said. One adverb only, or one of the two-word adverbs `d'ailleurs` / `par ailleurs` / `en
    outre`; a negation is no such adverb (`inner_negation` reads it where a litotes needs it)."""
    if j + 1 >= len(doc) or doc.lang_ != "fr":
        return j
    low = _norm(doc[j].lower_)
    if low == word or _norm(doc[j].lemma_.lower()) == word:
        return j
    if low in ("d'", "par", "en") and _norm(doc[j + 1].lower_) in ("ailleurs", "outre"):
        return j + 2
    if doc[j].pos_ == "ADV" and low not in PHRASAL_NEGATIONS and low.isalpha():
        return j + 1
    return j


def _verb_cue(doc: Doc, tok: Token, term: ReportingTerm, res: Resources, tagged: bool) -> Cue | None:
    i = tok.i
    last = i + len(term.words) - 1
    inner = None  # `fait-on savoir`: the inverted clitic inside a phrasal verb
    if len(term.words) > 1:
        last = phrasal_last(tok, term) or last
        inner = next((x for x in range(i + 1, last) if doc[x].lower_ in CLITIC_SUBJECTS), None)
    if term.past_only and not _norm(tok.lower_).endswith("ed"):
        return None  # `the order that`, `a direct flight`: only `ordered`, `directed` report speech
    if term.clause_only and not (_clause_or_incise(doc, tok, last, term, res) or _after_cleft(doc, tok.i, res)):
        return None  # `les supporters soutiennent leur club`, `considère la durée ... plus courte que`
    # Walk left over auxiliaries, object clitics and adverbs: a-t-il déclaré, lui a dit, a également précisé.
    first = i
    clitic = None
    negated = False
    litotes = False
    j = i - 1
    while j >= 0:
        t = doc[j]
        low = _norm(t.lower_)
        multiword = adjunct_before(doc, j, res) if res.lang == "fr" else None
        if multiword is not None and multiword < j:
            first = multiword  # `a quant à lui révélé`: a listed phrase whose last word is a clitic
            j = multiword - 1
            continue
        if low in CLITIC_SUBJECTS:
            clitic = j
        elif res.lang == "fr" and _incise_clitic(doc, j):
            first = j  # `», le coupe sa collègue`: the object clitic opens the incise's verb group
            break
        elif _refusal(doc, j, res):
            negated = True  # `did not respond`, `would not say`: English news reports a refusal to speak
        elif res.has("negation", low) and not term.negated_only:
            return None
        elif term.negated_only and res.has("negation", low):
            litotes = True  # `n'a jamais caché que`: the negation makes the avowal
        elif term.negated_only and low == "ne":
            pass  # `ne cache pas que`: the negation's first half (`n'` is walked below)
        elif not (
            res.has("auxiliary", low)
            or (res.lang == "en" and _contracted_aux(doc, j))
            or (res.lang == "en" and low in EMPHATIC_REFLEXIVES and j > 0 and not doc[j - 1].is_punct)
            or _is_adverb(t, tagged)
            or (not tagged and res.has("adverb", low))  # `even suggest`, `now says`, `often questions`
            or low == "n'"
            # a two-word adverb: a par ailleurs admis, has in fact said
            or (tagged and t.pos_ == "ADP" and j + 1 < i and _is_adverb(doc[j + 1], tagged))
        ):
            adjunct = adjunct_before(doc, j, res)
            if adjunct is None:
                break
            # `a en parallèle annoncé`, `a tout de même de nouveau appelé`: an adverbial phrase
            # between the auxiliary and the participle
            first = adjunct
            j = adjunct - 1
            continue
        first = j
        j -= 1
    # Inverted clitic right after the verb: dit-il, ajoute-t-elle.
    clitic = inner if inner is not None else clitic
    k = last + 1
    while k < len(doc) and _norm(doc[k].lower_) in (*CLITIC_SUBJECTS, "-t"):
        if doc[k].lower_ in CLITIC_SUBJECTS:
            clitic = k
        last = k
        k += 1
    if (
        last + 1 < len(doc)
        and res.has("negation", _norm(doc[last + 1].lower_))
        and not _negated_infinitive(doc, last + 2)
        and not _comparative_plus(doc, last + 1, first, i)
    ):
        if not term.negated_only:
            return None  # dit-il pas, said not; not `vowed not to`, whose content is negated
        litotes = True  # `ne cache pas que`
    if term.inner_negation and any(_norm(t.lower_) in term.inner_negation for t in doc[i + 1 : last]):
        litotes = True  # `ne fait aucun mystère de`: the negation inside the phrase
    if term.negated_only and not litotes:
        return None  # `il a caché que`: concealment, nothing said
    if res.lang == "fr" and tagged and _negative_subject(doc, tok, first, i, res):
        return None  # `aucun ministre n'a confirmé que`: nobody said it
    if res.lang == "fr" and first > 0 and res.has("privative_preposition", _norm(doc[first - 1].lower_)):
        return None  # `sans détailler leur nationalité`, `sans préciser si`: what was not said
    if (
        not litotes
        and _restrictive_que(doc, first, i, last, res)
        and not (term.object and _restricted_degree(doc, tok, last, res))
    ):
        return None  # `ne ... que` means only, no clause follows
    if any(
        k >= 1 and _norm(doc[k].lower_) == "en" and _norm(doc[k - 1].lower_) in AS_WORDS for k in (first, first - 1)
    ):
        return None  # `comme en témoignent les chiffres`: evidence, not speech
    if first > 0 and res.has("modal", _norm(doc[first - 1].lower_)):
        if not negated:
            return None
        first -= 1  # `would not say`: the modal belongs to the refusal
    has_aux = first < i and any(
        res.has("auxiliary", _norm(doc[x].lower_)) or (res.lang == "en" and _contracted_aux(doc, x))
        for x in range(first, i)
    )
    passive = has_aux and any(res.has("passive_auxiliary", _norm(doc[x].lower_)) for x in range(first, i))
    if passive and not _norm(tok.lower_).endswith("ing"):
        return None  # `it is said`, `he was told`: a passive names no speaker as its subject
    if term.active_only and _participle_without_avoir(doc, i):
        return None  # `ce couple, qui est suspecté d'avoir fui`: the suspect is the subject, nobody speaks
    reflexive = any(_norm(doc[x].lower_) in ("se", "s'") for x in range(first, i))  # `s'est vanté`
    if term.not_reflexive and reflexive_group(doc, first, i):
        return None  # `pour s'assurer que`, `la saison s'annonce difficile`: no speech
    if first == i and _norm(tok.lower_) in term.adjective_forms and _after_noun(doc, i):
        return None  # `les partis dits « modérés »`, `le congrès, prévu ce week-end`: an adjective
    if term.adjective_forms and _known_as(doc, i, res):
        return None  # `le jardin de la ville, dit parc des Oiseaux`: a name it goes by
    if res.lang == "fr" and tagged and not reflexive and _passive(tok):
        # `un défi est lancé`, `il a été accusé de`: the subject is not the speaker (see extractor._passive)
        return Cue("passive", i, first, last, term, None)
    if res.lang == "fr" and tagged and first == i and _bare_participle_passive(tok, term, res):
        return Cue("passive", i, first, last, term, None)  # `un propos qualifié de « X » par la ministre`
    if term.media_subject and (clitic is not None or any(_norm(t.lower_) in ("on", "l'on") for t in doc[first:i])):
        return None  # `a-t-on appris`: the impersonal hearsay (learnt.py and the `de source` markers)
    if term.not_object and _act_object(doc, last + 1, term, res):
        return None  # `a déclaré la guerre`: an act, not speech
    form = _verb_form(tok, res, tagged)
    if res.lang == "fr" and tagged and form == "part_past" and not has_aux and _present_homograph(tok, term, res):
        form = "fin"  # `Le club dit vouloir rester`: the present, tagged as its participle
    if (
        res.lang == "fr"
        and form == "part_past"
        and not has_aux
        and len(term.words) > 1
        and _norm(tok.lower_).endswith("t")
        and _norm(tok.lemma_.lower()).endswith("re")
    ):
        form = "fin"  # `, fait savoir le ministère`: a phrasal verb's present in -t, tagged its participle
    if res.lang == "fr" and form == "part_past" and has_aux and _infinitive_auxiliary(doc, first, i, res, tagged):
        form = "inf"  # `après avoir déclaré que`: a past infinitive, spoken by the governing clause's subject
    if res.lang == "fr" and form == "fin" and _future_of_lemma(tok):
        form = "fut"  # `les dirigeants dénonceront` tagged a present: a prediction, no speech yet
    if res.lang == "fr" and term.inverted_only and res.has("intent_verb", term.term) and _as_word_before(doc, first):
        return None  # `comme le souhaite le maire`: what he wants done, not words he said
    if (
        res.lang == "fr"
        and (form not in ("inf", "part_pres") or (form == "inf" and _recent_past(doc, first)))
        and (_as_clitic(doc, first) or (first >= 1 and _as_clitic(doc, first - 1)))
    ):
        # `comme le souligne X`, `comme l'a rappelé X`: the source follows, the content is around
        clitic_at = first if _as_clitic(doc, first) else first - 1
        start = clitic_at - 3 if _after_venir_de(doc, clitic_at) else clitic_at - 1  # from `comme`
        return Cue("as_reported", i, start, last, term)
    subject = _as_subject_clitic(doc, first) if res.lang == "fr" and form not in ("inf", "part_pres") else None
    if subject is not None:
        # `Comme il l'avait annoncé, le maire ...`: the pronoun speaks, the host clause is what it said
        return Cue("as_reported", i, subject - 1, last, term, subject)  # `first` may be the pronoun
    if res.lang == "fr" and form not in ("inf", "part_pres") and clitic is None and _after_comme(doc, first):
        return Cue("as_reported", i, first - 1, last, term)  # `comme a prévenu X`, `comme l'écrivait X`
    if res.lang == "fr" and form not in ("inf", "part_pres") and clitic is None and _after_comma_ce_que(doc, first):
        return Cue("as_reported", i, first - 2, last, term)  # `..., ce qu'a confirmé la direction`
    if form == "inf" and not negated and res.lang == "fr":
        incise = _lead_incise(doc, first, res)
        if incise is not None:
            return Cue("verb", i, incise[0], last, term, incise[1] if clitic is None else clitic)
    if form == "inf" and term.finite_only:
        return None  # `des indices susceptibles de mettre en cause le maire`: a possibility, no one's words
    if form == "inf" and not negated:
        # `en a profité pour affirmer que`, `Et d'expliquer que`: an infinitive that opens reported content
        # and is not the object of an intention (`prévoient d'annoncer que`)
        opens = _opens_content(doc, last + 1, term, res, True) or _stance_next(doc, last + 1, term, res)
        if opens and not _intended(tok, first, res):
            return Cue("infinitive", i, first, last, term, clitic)
        return None
    progressive = any(
        res.has("passive_auxiliary", _norm(doc[x].lower_)) or _contracted_aux(doc, x) for x in range(first, i)
    )
    if form == "part_pres" and res.lang == "en" and progressive:
        # `the mayor is telling residents that`, `critics are calling it a "step"`: a form of `be`
        # before it makes a finite verb (its subject speaks), whatever its object
        return Cue("verb", i, first, last, term, clitic)
    if (
        form == "part_pres"
        and (term.object or term.possessive_object or term.stance_object or term.complement)
        and (_opens_content(doc, last + 1, term, res, True) or _possessive_next(doc, last + 1, term, res))
        and not (res.is_a("relay_verb", tok.text, tok.lemma_) and (res.lang == "en" or term.incise))
    ):  # `, citing officials` names a source; French `, invoquant des raisons de X` states the reason
        # (the extractor still drops `invoquant des sources proches`: `_relays_anonymous`)
        return Cue("participle", i, i, last, term, clitic)  # `accusant l'invasion d'être`, `plaidant pour`
    if (
        form in ("fut", "cond")
        and not has_aux
        and not (res.lang == "fr" and _narrative_incise(doc, tok, first, clitic, res))
        and not (res.lang == "fr" and form == "fut" and _quoted_clause_next(doc, last + 1, res))
    ):
        return None
    if form == "part_pres" and _relay_participle(doc, tok, first, last, res):
        return Cue("participle", i, i, last, term, clitic)  # `..., citing a new poll`: what is cited
    if form == "part_pres" and res.lang == "en" and has_aux:
        return Cue("verb", i, first, last, term, clitic)  # `he has been saying`, `he's hoping the vote`
    if form == "part_pres":
        if (
            _next_is_complement(doc, last + 1, res)
            or _reports_clause(doc, tok, last + 1, term, res)
            or (res.lang == "fr" and _opens_clause_past_adverbs(doc, last + 1, res))  # `rappelant aussi que`
            or (res.lang == "fr" and _content_past_aside(doc, last + 1, term, res))  # `soulignant par ailleurs, que`
            or _infinitive_told(doc, last + 1, term, res)  # `disant avoir vu`
        ):
            return Cue("participle", i, i, last, term, clitic)
        if res.lang != "fr" or _norm(tok.lower_).endswith("ant"):
            return None
        form = "fin"  # `», croit savoir un proche` tagged a present participle: French ones all end in -ant
    if res.lang == "fr" and tagged and form == "part_past" and not has_aux and aux_before_aside(doc, first) is not None:
        has_aux = True  # `Le maire a, dès lundi, annoncé que`: an aside splits the compound tense
    if form == "part_past" and not has_aux and clitic is None:
        prev = _norm(doc[first - 1].lower_) if first > 0 else ""
        if prev in ("comme", "as", "ainsi"):
            return Cue("as_reported", i, first - 1, last, term)
        if res.lang == "fr" and tagged and shares_auxiliary(doc, tok, first):
            return Cue("verb", i, first, last, term, clitic)  # `a confirmé que X et annoncé Y`: a second verb
        if res.lang == "fr" and not (tagged and (_incise_slot(tok, res) or _after_quote(tok))):
            return None  # a participle as adjective; but `..., conclut le rapport` (tagged a participle)
    if first > 0 and res.has("infinitive_marker", _norm(doc[first - 1].lower_)) and form in ("inf", "base"):
        lead = _infinitive_lead(doc, first - 1, res)
        if lead is not None and not negated:
            return Cue("verb", i, lead, last, term, clitic)  # `he went on to say that`: his words
        return None
    return Cue("verb", i, first, last, term, clitic)


AVOIR_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "avons", "avez"})
MAX_SPLIT_ASIDE = 14  # tokens of an aside between an auxiliary and its participle
MAX_NEGATIVE_SUBJECT = 8  # tokens from a negative subject to its verb group (`aucune de ces études n'`)


def aux_before_aside(doc: Doc, first: int) -> int | None:
    """French: the auxiliary of `avoir` before an aside between commas that ends right before the
    participle at `first` (`La ministre a, lors de sa visite, assuré que`), or None. The aside holds
    no quotation mark and no sentence end."""
    words = token_table(doc).words  # forms without a Token per word of the aside
    if first < 3 or words[first - 1] != ",":
        return None
    j = first - 2
    # (a Token's trailing whitespace is one space or nothing: a line break is a token of its own)
    while j > 0 and words[j] != "," and first - j <= MAX_SPLIT_ASIDE:
        if words[j] in ("«", "»", '"', "“", "”", ":", ";", ".", "!", "?"):
            return None
        j -= 1
    if j < 1 or words[j] != "," or j == first - 2:
        return None
    aux = doc[j - 1]
    # the small model tags `a` before a comma a main verb at times (`Le ministre a, dans une note,
    # affirmé`): a form of `avoir` right before the aside's comma is the auxiliary whatever its tag
    return j - 1 if aux.pos_ in ("AUX", "VERB") and _norm(aux.lower_) in AVOIR_FORMS else None


SUBJECT_PRONOUNS = ("he", "she", "they", "we", "i")  # English pronouns that can only open a clause
# `the mayor herself said`: an emphatic reflexive between the subject and its verb
EMPHATIC_REFLEXIVES = ("himself", "herself", "themselves", "itself", "myself", "ourselves")
CONTRACTED_AUXILIARIES = ("'s", "'re", "'m", "'ve", "'d")  # `he's hoping`, `they've said`
PRONOUN_SUBJECTS = ("he", "she", "it", "they", "we", "i", "you", "who", "that")


def _contracted_aux(doc: Doc, j: int) -> bool:
    """English `he's hoping`, `they're saying`, `she's said`: a contracted auxiliary after a subject
    pronoun (a possessive `'s` follows a noun, so a pronoun is required before it)."""
    if j < 1 or _norm(doc[j].lower_) not in CONTRACTED_AUXILIARIES:
        return False
    return _norm(doc[j - 1].lower_) in PRONOUN_SUBJECTS


REFUSAL_AUXILIARIES = ("did", "does", "do", "has", "have", "had", "would", "will", "could", "can", "wo", "ca")


def _refusal(doc: Doc, j: int, res: Resources) -> bool:
    """English `not`/`n't` right after `did`, `has`, `would` (`did not respond`, `wouldn't say`): news
    annotation counts a refusal to speak as an attribution; `never` and French negation stay out."""
    if res.lang != "en" or j == 0 or _norm(doc[j].lower_) not in ("not", "n't"):
        return False
    return _norm(doc[j - 1].lower_) in REFUSAL_AUXILIARIES


def _relay_participle(doc: Doc, tok: Token, first: int, last: int, res: Resources) -> bool:
    """English `..., citing a new poll`, `by citing his record`: a relay verb (`relay_verb`) after a
    comma or `by`, with words after it; news annotation reports what is cited as its subject's claim."""
    if res.lang != "en" or not res.is_a("relay_verb", tok.text, tok.lemma_) or first == 0 or last + 1 >= len(doc):
        return False
    return _norm(doc[first - 1].lower_) in (",", "by") and doc[last + 1].is_alpha


def _act_object(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """The verb's object (past adverbs and one determiner) is a noun that makes it an act (`not_object`)."""
    end = min(len(doc), k + 4)
    while k < end and (doc[k].pos_ == "ADV" or res.has("determiner", _norm(doc[k].lower_))):
        k += 1
    return k < len(doc) and any(w in term.not_object for w in res.keys(doc[k].text, doc[k].lemma_))


def _opens_content(doc: Doc, k: int, term: ReportingTerm, res: Resources, nominal: bool = False) -> bool:
    """What follows a non-finite verb opens reported content: `que`, a colon or quotation, one of the verb's
    complement prepositions, or (nominal) a determiner or a name opening its object."""
    if k >= len(doc):
        return False
    low = _norm(doc[k].lower_)
    if res.has("complementizer", low) or doc[k].text in (":", "«", "“", '"') or low in term.complement:
        return True
    return (
        nominal
        and term.object
        and (res.has("determiner", low) or doc[k].text[:1].isupper() or res.has("object_pronoun", low))
    )  # `..., calling him a coward`


def _possessive_next(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """A participle with `possessive_object` and its possessive object: `..., répétant sa volonté de`
    (not an infinitive: `le droit à affirmer leurs spécificités` names a right, not a statement); or
    with `stance_object` and a noun of opinion a few words on (`..., exprimant de vives réserves`)."""
    if k >= len(doc):
        return False
    if term.possessive_object and _norm(doc[k].lower_) in POSSESSIVE_DETERMINERS:
        return True
    return _stance_next(doc, k, term, res)


def _stance_next(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """A verb with `stance_object` and, at k, a determiner opening a noun of opinion a few words on
    (`exprimant de vives réserves`, `pour exprimer leur opposition`)."""
    if not term.stance_object or k >= len(doc) or not res.has("determiner", _norm(doc[k].lower_)):
        return False
    for t in doc[k + 1 : k + STANCE_LEAD]:
        if res.is_a("stance_noun", t.text, t.lemma_):
            return True
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _intended(tok: Token, first: int, res: Resources) -> bool:
    """The infinitive is what someone means, can or must do (`prévoit d'annoncer`, `veut dire`), not
    what they said: its governor (or the verb before `de`/`à`) is an intention or modal verb."""
    doc = tok.doc
    if first >= 2 and _norm(doc[first - 1].lower_) == "à" and _norm(doc[first - 2].lower_) in ("jusqu'", "jusque"):
        return False  # `vont jusqu'à affirmer que`: they went as far as saying it
    words = []
    if tok.head.i != tok.i:
        words += [_norm(tok.head.lemma_.lower()), _norm(tok.head.lower_)]
    j = first - 1
    while j >= 0 and (_norm(doc[j].lower_) in ("de", "d'", "à", "pour") or doc[j].pos_ == "ADV"):
        j -= 1
    if j >= 0:
        words += [_norm(doc[j].lemma_.lower()), _norm(doc[j].lower_)]
    return any(res.has("intent_verb", w) or res.has("modal", w) for w in words)


def _participle_without_avoir(doc: Doc, i: int) -> bool:
    """A French past participle (`soupçonné`, `suspectées`) not led by `avoir`: a passive (`est, à ce stade,
    soupçonné`) or a participle after its noun (`un élu soupçonné de`), whose noun is the one suspected."""
    if not _norm(doc[i].lower_).endswith(("é", "ée", "és", "ées")):
        return False
    k = i - 1
    while k >= 0 and doc[k].pos_ in ("ADV", "PRON") and doc[k].lemma_ != "avoir":
        k -= 1  # `l'ont déjà soupçonné`: adverbs and clitics between the auxiliary and the participle
    return not (k >= 0 and doc[k].lemma_ == "avoir")


def _passive(tok: Token) -> bool:
    """A passive verb (`est lancé`, `ont été soulignées`), not a pronominal one (`s'est dit`)."""
    children = list(tok.children)
    if any(c.lower_ in ("se", "s'", "s’") for c in children):
        return False
    # the morphology's Voice=Pass is unreliable (`a-t-il déclaré`): an auxiliary `être` must be there
    return any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in children)


def _is_adverb(tok: Token, tagged: bool) -> bool:
    if tagged:
        return tok.pos_ == "ADV" and tok.lower_ not in ("pas", "jamais", "not", "never", "plus")
    suffix = "ly" if tok.lang_ == "en" else "ment"  # `document` is no English adverb
    return tok.lower_.endswith(suffix) and len(tok) > len(suffix) + 3


def _reports_clause(doc: Doc, tok: Token, k: int, term: ReportingTerm, res: Resources) -> bool:
    """English `..., saying he would appeal`, `..., adding, "..."`, `by saying he would`, `after telling
    them that`: a participle after a comma or a listed preposition (`participle_preposition`) with a
    clause (or a quotation) of its own; `saying goodbye` or a sentence-initial `Saying` is no cue."""
    if res.lang != "en" or k >= len(doc) or tok.i == 0:
        return False
    before = doc[tok.i - 1]
    if not term.clause:
        # `..., promising to rebuild the pier`, `..., urging voters to back the levy`: an infinitive
        return before.text == "," and term.infinitive and _infinitive_soon(doc, k, term, res)
    document = res.is_a("document_noun", before.text, before.lemma_)  # `issued a statement saying it ...`
    chained = _norm(before.lower_) in ("and", "or") or with_subject(doc, tok.i) is not None
    if (
        before.text != ","
        and not res.has("participle_preposition", _norm(before.lower_))
        and not document
        and not chained
    ):
        return False
    if res.is_a("relay_verb", tok.text, tok.lemma_):
        return False  # `..., citing two officials`: the sources relayed (Extractor._relays_anonymous)
    nxt = doc[k]
    if res.has("trailing_word", nxt.lower_):  # `saying in a tweet that ...`
        for t in doc[k + 1 : k + 9]:
            if t.is_punct:
                return False
            if res.has("complementizer", _norm(t.lower_)):
                return True
        return False
    if before.text != ",":  # `by saying he would`, not `while saying goodbye`: a clause must open
        low = _norm(nxt.lower_)
        return (
            nxt.text in (":", '"', "“", "''")
            or (nxt.text == "," and not chained)  # `with all precincts reporting, the race ...`
            or res.has("complementizer", low)
            or res.has("clause_opener", low)
            or res.has("determiner", low)
            or nxt.text[:1].isupper()
            or _that_soon(doc, k, res)  # `after telling fans that ...`
        )
    return nxt.text in (",", '"', "“", "''") or nxt.is_alpha


WITH_SUBJECT_SPAN = 8  # `with 40 percent of likely voters saying`: words between `with` and the participle


def with_subject(doc: Doc, i: int) -> tuple[int, int] | None:
    """English `with 40 percent of voters saying they ...`: an absolute phrase whose noun phrase, between
    `with` and the participle at `i` (no punctuation between), is the participle's subject."""
    for j in range(i - 1, max(-1, i - 2 - WITH_SUBJECT_SPAN), -1):
        t = doc[j]
        if t.is_punct or t.is_space:
            return None
        if t.lower_ == "with":
            return (j + 1, i) if j + 1 < i else None
    return None


def _quantifier_subject(doc: Doc, i: int, res: Resources) -> bool:
    """`Most said they ...`, `Some say the plan ...`: a quantifier standing alone as the subject, then a
    clause (a pronoun, `that` or a determiner opens it); `some claims are` stays a noun phrase."""
    if (
        res.lang == "en"
        and i >= 3
        and doc[i - 1].like_num
        and _norm(doc[i - 2].lower_) in ("in", "of")
        and doc[i - 3].like_num
    ):
        return True  # `three in five said`, `two of three say`: a proportion standing alone
    if not res.has("quantifier_subject", doc[i - 1].lower_) or i + 1 >= len(doc):
        return False
    low = _norm(doc[i + 1].lower_)
    return low in res.pronouns or res.has("complementizer", low) or res.has("determiner", low)


def _infinitive_soon(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """`to` right after the participle, or (a verb with an object) within three words: `urging voters to`."""
    reach = 4 if term.object else 1
    for t in doc[k : k + reach]:
        if t.is_punct:
            return False
        if res.has("infinitive_marker", _norm(t.lower_)):
            return True
    return False


def _that_soon(doc: Doc, k: int, res: Resources) -> bool:
    """A `that` within four words, no punctuation before it: a short addressee, then the clause."""
    for t in doc[k : k + 5]:
        if t.is_punct:
            return False
        if res.has("complementizer", _norm(t.lower_)):
            return True
    return False


def _next_is_complement(doc: Doc, k: int, res: Resources) -> bool:
    return k < len(doc) and (res.has("complementizer", _norm(doc[k].lower_)) or doc[k].text in (":",))


def _infinitive_auxiliary(doc: Doc, first: int, i: int, res: Resources, tagged: bool) -> bool:
    """French: the auxiliary before the participle is itself an infinitive (`après avoir déclaré`, `sans
    avoir précisé`), so the verb has no subject of its own; untagged, an infinitive marker before it."""
    for x in range(first, i):
        if not res.has("auxiliary", _norm(doc[x].lower_)):
            continue
        if tagged and doc[x].morph:
            return is_infinitive(doc[x])
        return x > 0 and res.has("infinitive_marker", _norm(doc[x - 1].lower_))
    return False


def _inverted_clitic_after(tok: Token) -> bool:
    """`conclut-il`, `ajoute-t-elle`: the token after the verb is an inverted clitic subject."""
    doc = tok.doc
    k = tok.i + 1
    if k < len(doc) and _norm(doc[k].lower_) == "-t":
        k += 1
    return k < len(doc) and _norm(doc[k].lower_) in CLITIC_SUBJECTS


def _verb_form(tok: Token, res: Resources, tagged: bool) -> str:
    """One of inf, fut, part_pres, part_past, base, fin, from morphology or, untagged, from endings."""
    morph = morph_of(tok)  # field -> values, from the Doc's morphology column
    if tagged and morph:
        verb_form = morph.get("VerbForm", ())
        tense = morph.get("Tense", ())
        if "Inf" in verb_form and (res.lang != "fr" or tok.lower_.endswith(("r", "re"))):
            return "inf"  # (French: `promet` tagged an infinitive is none: every infinitive ends in -r, -re)
        if "Part" in verb_form:
            if res.lang == "fr" and _inverted_clitic_after(tok):
                return "fin"  # `», conclut-il.` tagged a participle: no participle takes an inverted subject
            if "Pres" in tense:
                return "part_pres"
            if res.lang == "fr" and tok.lower_.endswith(("e", "es", "ent")) and not tok.lower_.endswith(("ée", "ées")):
                return "fin"  # the small model tags some present forms (ajoute) as participles
            return "part_past"
        if "Ger" in verb_form:
            return "part_pres"
        if res.lang == "fr" and not verb_form and tok.pos_ in ("ADJ", "NOUN") and _norm(tok.lower_).endswith("ant"):
            return "part_pres"  # `Notant que ...` tagged an adjective: a verb of saying in -ant is its participle
        if "Fut" in tense and "Cnd" not in morph.get("Mood", ()) and (res.lang != "fr" or _future_ending(tok.lower_)):
            return "fut"  # (the small French model tags some presents as futures: `révèle`)
        if "Cnd" in morph.get("Mood", ()) or (res.lang == "fr" and _conditional_ending(tok)):
            return "cond"  # `répondrait`: a future seen from the past, no speech that took place
        if tok.tag_ == "VB":
            return "base"
        if tok.tag_ == "VBG":
            return "part_pres"
        return "fin"
    low = tok.lower_
    if tagged and tok.tag_ == "VBG":
        return "part_pres"
    if res.lang == "fr":
        if low.endswith("ant"):
            return "part_pres"
        if (
            low.endswith(("er", "ir", "re"))
            and tok.i > 0
            and res.has("infinitive_marker", _norm(tok.doc[tok.i - 1].lower_))
        ):
            return "inf"
        if low.endswith(("é", "ée", "és", "ées")):
            return "part_past"
        if low.endswith(("era", "eront", "ira", "iront")):
            return "fut"
        if _conditional_ending(tok):
            return "cond"
        return "fin"
    if low.endswith("ing"):
        return "part_pres"
    if low == (tok.lemma_ or low).lower():
        return "base"
    return "fin"


def _lead_incise(doc: Doc, first: int, res: Resources) -> tuple[int, int | None] | None:
    """French: `», a voulu rassurer le ministre`, `», a-t-il tenu à préciser`, `», devait-il déclarer`:
    a listed lead verb (`infinitive_lead`) before the infinitive, its auxiliary, adverbs and clitic
    subject right after a comma or a closing quotation mark: an incise whose inverted subject speaks.
    Returns where the group starts and its clitic subject."""
    k = first - 1
    while k >= 0 and _norm(doc[k].lower_) in CLITIC_SUBJECTS:
        k -= 1  # `devait-il déclarer`: the clitic between the lead and the infinitive
    start = None
    for words in res.phrases.get("infinitive_lead", ()):
        s = k - len(words) + 1
        if s >= 0 and all(_norm(doc[s + n].lower_) == w for n, w in enumerate(words)):
            start = s
            break
    if start is None and k >= 0 and res.has("infinitive_lead", _norm(doc[k].lower_)):
        start = k
    if start is None:
        return None
    clitic = next((x for x in range(start, first) if _norm(doc[x].lower_) in CLITIC_SUBJECTS), None)
    j = start - 1
    while j >= 0 and (
        res.has("auxiliary", _norm(doc[j].lower_))
        or _norm(doc[j].lower_) in (*CLITIC_SUBJECTS, "-t", "s'", "se")
        or (doc[j].pos_ == "ADV" and doc[j].text.islower())
    ):
        if _norm(doc[j].lower_) in CLITIC_SUBJECTS:
            clitic = j
        j -= 1
    if j < 0 or doc[j].text not in (",", "»", "”", '"'):
        return None
    return j + 1, clitic


def _negative_subject(doc: Doc, tok: Token, first: int, i: int, res: Resources) -> bool:
    """French: `ne` in the verb group and a negative subject before it in the clause (`aucun`,
    `personne`, `nul`: the `negative_subject` list): `aucune de ces études n'évoque`, `personne n'a dit`
    report that nothing was said. Read on the words: the parser often makes `aucune` the root."""
    if not any(_norm(doc[x].lower_) in ("ne", "n'") for x in range(first, i)):
        return False
    for j in range(first - 1, max(-1, first - 1 - MAX_NEGATIVE_SUBJECT), -1):
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            return False
        if res.has("negative_subject", _norm(doc[j].lower_)):
            return True
    return False


def _narrative_incise(doc: Doc, tok: Token, first: int, clitic: int | None, res: Resources) -> bool:
    """French: a simple future or conditional set off as an incise reports words already said, the
    narrative future of news (`L'une des pistes, dira-t-il, concerne ...`, `« ... », ajoutera-t-il.`,
    `..., affirmera le ministre.`); not a prediction (`il dira demain`) nor a hypothesis opening the
    clause (`Peut-être dira-t-il que`): the verb follows a comma or a closing quotation mark and has its
    subject inverted after it."""
    if first == 0 or doc[first - 1].text not in (",", "»", "”", '"'):
        return False
    if clitic is not None:
        return clitic > tok.i
    return _after_quote(tok) or _incise_slot(tok, res)


OPENING_QUOTES = ("«", "“", '"')
MAX_QUOTED_CLAUSE_TOKENS = 40  # tokens of a que-clause searched for the quotation it opens


def _quoted_clause_next(doc: Doc, k: int, res: Resources) -> bool:
    """French: a simple future followed by `que` (adverbs between) or a colon, then a quotation before the
    sentence ends (`le ministre affirmera que « ... »`): the narrative future of news reports words already
    said, since nobody quotes word for word what is still to be said."""
    k = adjunct_after(doc, k, res)
    while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower():
        k = adjunct_after(doc, k + 1, res)
    if k >= len(doc) or not (res.has("complementizer", _norm(doc[k].lower_)) or doc[k].text == ":"):
        return False
    for t in doc[k + 1 : k + 1 + MAX_QUOTED_CLAUSE_TOKENS]:
        if t.text in OPENING_QUOTES:
            return True
        if t.text in (".", "!", "?") or t.is_sent_start or "\n" in t.whitespace_:
            return False
    return False


def _conditional_ending(tok: Token) -> bool:
    """A French conditional ends in -rait/-raient, but so does the imperfect of a verb whose stem ends
    in r (`déclarait`, `assuraient`, `considérait`): that one is the lemma's stem plus -ait/-aient."""
    low = _norm(tok.lower_)
    if not low.endswith(("rait", "raient")):
        return False
    lemma = _norm(tok.lemma_.lower()) if tok.lemma_ else ""
    return not (lemma.endswith(("rer", "rir")) and low in (lemma[:-2] + "ait", lemma[:-2] + "aient"))


FUTURE_PERSON_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")
FUTURE_ENDINGS = tuple(f"r{ending}" for ending in FUTURE_PERSON_ENDINGS)  # -rai, -ras, -ra, -rons, -rez, -ront


def _future_of_lemma(tok: Token) -> bool:
    """French: the word is its infinitive (less the final e of -re verbs) plus a future ending
    (`dénonceront`, `affirmera`, `diront`), whatever tense the tagger gave it."""
    lemma, low = _norm(tok.lemma_.lower()), _norm(tok.lower_)
    if not lemma.endswith(("er", "ir", "re")) or low == lemma:
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return any(low == stem + ending for ending in FUTURE_PERSON_ENDINGS)


def _after_subject_pronoun(tok: Token) -> bool:
    """French: the token right after a third-person subject pronoun opening a clause (`Elle dénonce`,
    `Ils racontent`): only a verb (or its clitics) can follow one, whatever the tagger says."""
    i = tok.i
    if i < 1 or _norm(tok.doc[i - 1].lower_) not in FR_SUBJECT_PRONOUNS:
        return False
    return i < 2 or tok.doc[i - 2].is_punct or tok.doc[i - 2].is_space or tok.doc[i - 2].lower_ in ("et", "mais")


# French endings of adverbs of manner (catégoriquement, fermement, formellement, vaillamment, résolument);
# verb forms in -ment end otherwise (affirment, estiment), except the listed reporting forms (dément).
ADVERB_ENDINGS = ("ement", "amment", "emment", "ument", "ément")


def mistagged_adverb(tok: Token, res: Resources) -> bool:
    """French: an adverb of manner the small model tagged a verb after a verb it did not read as one
    (`le gouvernement nie catégoriquement ces accusations`: `nie` an adjective, `catégoriquement` the
    root, lemmatised `catégoriquemer`). Its ending and lower case show the adverb; the verb before it is
    then the verb of the clause."""
    low = _norm(tok.lower_)
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.text.islower()
        and low.endswith(ADVERB_ENDINGS)
        and low not in res.verb_forms
        and low not in res.verb_lemmas
    )


def _present_first_group_lemma(low: str) -> str | None:
    """French: the infinitive of a first-group present (`dénonce`, `critiquent` for dénoncer,
    critiquer), which the small model leaves unlemmatised when it tags the word a noun; None otherwise."""
    for ending in ("ent", "e"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + "er"
    return None


def _reformed_future_lemma(low: str) -> str | None:
    """French: the infinitive of a future or conditional in the 1990 spelling, with `è` for the `é` of
    the stem (`révèlera`, `considèrent`, `suggèrerait` for révéler, considérer, suggérer), which the small
    model leaves unlemmatised; None for any other word."""
    if "è" not in low:
        return None
    for ending in (*FUTURE_PERSON_ENDINGS, "ait", "aient"):
        if low.endswith("er" + ending):
            stem = low[: -len(ending)]
            k = stem.rfind("è")
            return stem[:k] + "é" + stem[k + 1 :]
    return None


def _future_ending(word: str) -> bool:
    """A French simple future ends in -rai/-ras/-ra/-rons/-rez/-ront."""
    return word.endswith(FUTURE_ENDINGS)


def adjunct_before(doc: Doc, j: int, res: Resources) -> int | None:
    """Start of a listed adverbial phrase (`adjunct_phrase`: `en parallèle`, `pour sa part`) ending at
    token j, or None."""
    if not 0 <= j < len(doc):
        return None
    lowers = token_table(doc).lower  # `_norm(doc[k].lower_)` for every k, without Tokens
    for phrase in res.phrases_by_last("adjunct_phrase").get(lowers[j], ()):
        n = len(phrase)
        if j - n + 1 >= 0 and lowers[j - n + 1 : j + 1] == list(phrase):
            return j - n + 1
    return None


def adjunct_after(doc: Doc, k: int, res: Resources) -> int:
    """End of the listed adverbial phrases starting at token k (k itself when none), and of French
    manner phrases: a preposition of manner and a bare noun (`commente sans illusion X`, `avec prudence`)."""
    index = res.phrase_list("adjunct_phrase")
    table = token_table(doc)  # lower case (’ folded), forms and parts of speech without Tokens
    lowers, words, pos = table.lower, table.words, table.pos
    n_tokens = len(lowers)
    while k < n_tokens:
        if (
            k + 2 < n_tokens
            and res.has("manner_preposition", lowers[k])
            and pos[k + 1] == "NOUN"
            and words[k + 1][:1].islower()
            and not res.has("np_link", lowers[k + 2])
        ):
            k += 2  # `sans illusion`, `sans surprise`: no determiner, so no noun phrase of its own
            continue
        for phrase in index.get(lowers[k], ()):
            n = len(phrase)
            if k + n <= n_tokens and lowers[k : k + n] == list(phrase):
                k += n
                break
        else:
            return k
    return k
    return k


def _comparative_plus(doc: Doc, k: int, first: int, i: int) -> bool:
    """French `», dit-il plus tard`, `», a-t-il ajouté plus loin`: `plus` before an adverb, with no `ne`
    in the verb group, is a comparison, not a negation."""
    return (
        _norm(doc[k].lower_) == "plus"
        and k + 1 < len(doc)
        and doc[k + 1].pos_ == "ADV"
        and not any(_norm(doc[x].lower_) in ("ne", "n'") for x in range(first, i))
    )


def _negated_infinitive(doc: Doc, k: int) -> bool:
    """English `not to` + a verb after a verb of saying (`vowed not to raise taxes`): the negation is
    part of what was said. `asked not to be named` is the anonymity formula, no promise: a passive
    infinitive (`to be`) is left out."""
    return k + 1 < len(doc) and _norm(doc[k].lower_) == "to" and _norm(doc[k + 1].lower_) != "be"


def _infinitive_told(doc: Doc, k: int, term: ReportingTerm, res: Resources) -> bool:
    """French: a participle of a verb that reports with an infinitive (`infinitive` in the lexicon) and an
    infinitive right after it (`disant avoir vu`, `affirmant ignorer`): what the speaker said of himself."""
    if res.lang != "fr" or not term.infinitive or k >= len(doc):
        return False
    for j in range(k, min(len(doc), k + 3)):  # `disant se trouver`, `affirmant n'en rien savoir`
        if doc[j].pos_ in ("VERB", "AUX") and is_infinitive(doc[j]):
            return True
        if _norm(doc[j].lower_) not in INFINITIVE_CLITICS:
            return False
    return False


INFINITIVE_CLITICS = frozenset(
    {"se", "s'", "me", "m'", "te", "t'", "l'", "le", "la", "les", "lui", "leur", "y", "en", "ne", "n'"}
)


def shares_auxiliary(doc: Doc, tok: Token, first: int) -> bool:
    """French: a past participle right after `et` that shares the auxiliary of `avoir` of a participle
    earlier in its sentence (`La préfète a confirmé que X et annoncé Y`, `ont dénoncé X et réclamé Y`):
    a second verb of the same subject. Its form must be the invariable one of a compound tense (no
    `-e`/`-es`/`-s` agreement, which makes an adjective: `des mesures décidées et annoncées`)."""
    if first < 3 or _norm(doc[first - 1].lower_) != "et":
        return False
    low = _norm(tok.lower_)
    if low.endswith(("ée", "ées", "és")) or not low.endswith(("é", "i", "t", "u", "is")):
        return False
    start = tok.sent.start if doc.has_annotation("SENT_START") else 0
    for k in range(first - 2, max(start, first - 40) - 1, -1):
        t = doc[k]
        if t.text in (".", "!", "?", ";"):
            return False
        nxt = doc[k + 1]
        if _norm(t.lower_) in AVOIR_FORMS and t.pos_ == "AUX" and nxt.pos_ == "VERB" and is_participle(nxt):
            return True  # `avait été bâclée` (a passive inside what was said) is passed over
    return False


def is_participle(tok: Token) -> bool:
    """The morphologizer marks the token a participle."""
    return "Part" in morph_of(tok).get("VerbForm", ())
