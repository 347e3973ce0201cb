"""Resolve pronouns and definite descriptions to the earlier speaker they refer to.

`Il a ajouté` and `a-t-elle ajouté` take the most recent earlier speaker that agrees in number (and in
gender when both are known); `selon eux` first looks for a subject earlier in its own sentence (`les
groupes ..., ce qui, selon eux, ...`). `Le responsable a précisé` takes the most recent earlier speaker
with the same head noun. The resolved attribution keeps the antecedent's type, so an anonymous source
stays anonymous and a named one stays named; `speaker` keeps the words written, `resolved` the mention.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..matching import norm
from ..token_table import token_table
from ..types import Attribution
from .annotations import has
from .doc_memo import per_resources
from .impersonal_passive import impersonal_passive
from .resources import Resources
from .speaker_types import (
    DEMONYM_ENDINGS,
    NAMED_KINDS,
    PRONOUN,
    SpeakerInfo,
    classify,
    has_person,
    is_person_noun,
    mentions_anonymity,
    names_its_holder,
    title_names_someone,
)
from .speakers import SpeakerFinder

PERSON_WINDOW = 80  # tokens back to look for a named person a pronoun may stand for
INDEFINITE_OPENERS = ("a", "an", "another", "one")  # English: a role introduced as someone new
ROLE_WINDOW = 250  # tokens back to look for a named person a role description (`l'économiste`) stands for
ROLE_ARTICLES = ("le", "la", "l'")
DEMONSTRATIVES = ("ce", "cet", "cette")  # French `cette adjointe`: anaphoric, like a definite article
ROLE_POSSESSIVES = ("son", "sa", "leur")  # `leur directeur`: a role of the people just mentioned
NAME_IN_ROLE_PHRASE = 12  # tokens after a role word its own phrase may run before the holder's name
NAME_BEFORE_ROLE = 3  # a name ending this close before a role word (`X, le procureur`) is its holder
# French agent-noun endings: a definite `le médiateur` after the person was named is that person.
AGENT_SUFFIXES = ("teur", "trice", "seur", "iste")
ROLE_SUFFIXES_FR = ("aire",)  # `l'émissaire`, `la mandataire`: a role description standing for someone named
AGE_SUFFIXES = ("génaire",)  # `le quinquagénaire`: someone described by age, not by a role they hold


@dataclass
class Mention:
    """A speaker mention as found in the text, and what it resolves to."""

    start: int  # token range
    end: int
    info: SpeakerInfo
    cue_start_token: int
    after_marker: bool = False
    antecedent: Mention | None = None

    @property
    def resolved(self) -> Mention:
        m = self
        seen = 0
        while m.antecedent is not None and seen < 20:
            m = m.antecedent
            seen += 1
        return m


# French pronouns that point to the last entity mentioned, not to the last speaker.
LAST_MENTIONED = (
    *("ce dernier", "cette dernière", "celui-ci", "celle-ci", "celui", "celle"),
    *("l' intéressé", "l' intéressée", "le principal intéressé", "la principale intéressée", "le second", "la seconde"),
)
FORMER = ("le premier", "la première")  # the former of two persons just named: the one before the last
ORDINALS = ("le second", "la seconde", *FORMER)  # of a pair of persons: resolved to one of them or left
LAST_OF_ANY_KIND = ("ce dernier", "cette dernière", "celui-ci", "celle-ci")  # may stand for a body or a text
LAST_MENTIONED_PLURAL = ("ces derniers", "ces dernières", "ceux-ci", "celles-ci")
PERSONAL_ONLY = ("he", "she", "him", "her")  # English keeps `it` for bodies and documents


def _agrees(pronoun: SpeakerInfo, cand: SpeakerInfo) -> bool:
    if pronoun.number != cand.number:
        return False
    if pronoun.head in PERSONAL_ONLY and cand.type in ("institution", "document", "media"):
        return False
    if pronoun.head == "it" and cand.type not in ("institution", "document", "media"):
        return False  # `it` stands for a body, a document or an outlet, never a person
    return not (
        pronoun.gender in ("masc", "fem")
        and cand.gender in ("masc", "fem")
        and pronoun.gender != cand.gender
        and cand.type != "named_person"
    )


def resolve(doc: Doc, mentions: list[Mention], res: Resources, finder: SpeakerFinder) -> None:
    """Fill `antecedent` on pronoun and definite-description mentions (in place, in text order)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    genders: dict[str, str] = {}  # French: a named person's gender, from the pronouns already chained to them
    for idx, m in enumerate(ordered):
        if idx and res.lang == "fr":
            _learn_gender(doc, ordered[idx - 1], genders, res)
        if res.lang == "fr" and m.info.type == "anonymous" and _apposed_name(doc, m, res):
            m.info = replace(m.info, type="named_person", named=True)
        if res.lang == "fr" and (kind := _kind_of_full_mention(doc, m, res)) is not None:
            m.info = replace(m.info, type=kind)  # `Le groupe industriel X a ... X précise`: the body
        earlier = [
            c for c in ordered[:idx] if (c.start < m.start and c.info.type != PRONOUN) or c.antecedent is not None
        ]
        if res.lang == "fr" and m.info.type == "anonymous" and (own := _outlet_own(doc, m, earlier, res)) is not None:
            m.info = replace(m.info, type=own, named=own == "named_person")  # `notre interlocuteur`
            continue
        if res.lang == "fr" and _body_goes_on(doc, m, ordered[:idx], res, finder):
            m.info = replace(m.info, type="institution")  # `rappelle-t-on au X. « ... », ajoute-t-on`
            continue
        if res.lang == "fr" and m.info.type != PRONOUN and (spelt := _spelt_out(doc, m, earlier, res)) is not None:
            m.antecedent = spelt  # `le FT` after `le Financial Times`: the outlet, not a body
            continue
        if m.info.type == PRONOUN and impersonal_passive(doc, m.start, m.end, res):
            m.info = replace(m.info, type="document")  # `, est-il indiqué dans l'arrêté`: a text, no one
            continue
        if m.info.type == PRONOUN:
            if m.after_marker:
                local = _same_sentence_subject(doc, m, res, finder)
                if local is not None:
                    if _role_of_someone_named(doc, local, earlier, res):
                        # `le chef du gouvernement ... selon lui` after `le Premier ministre X`: the
                        # subject the marker points back to is a role standing for X, as a speaker's is
                        local.info = replace(local.info, type="named_person", named=True)
                    m.antecedent = local
                    continue
            introduced = _person_before_colon(doc, m, res, finder) if res.lang == "fr" else None
            if introduced is None and res.lang == "fr" and m.info.head in (*SUBJECT_PRONOUNS, "lui", "eux"):
                introduced = _agent_before(doc, m, earlier, res, finder)  # `ouverte par Anticor. Selon elle`
            if introduced is None and m.info.head in FORMER and res.lang == "fr":
                introduced = _former_person(doc, m, res, genders)
            if introduced is None and m.info.head in LAST_MENTIONED and m.info.number == "sing":
                # `ce dernier`, `celle-ci`: the last person the text named, speaker or not; French, the last
                # person it mentioned, named or not (`X a reçu le nouveau président. Ce dernier ...`)
                introduced = _previous_person(doc, m, res, genders if res.lang == "fr" else None)
                if res.lang == "fr":
                    introduced = _later_unnamed_person(doc, m, introduced, res, finder) or introduced
                if introduced is None and res.lang == "fr" and m.info.head in LAST_OF_ANY_KIND:
                    introduced = _last_body(doc, m, res, finder)  # `Le ministère ... Selon ce dernier`
            if introduced is None and m.info.head in LAST_MENTIONED_PLURAL and res.lang == "fr":
                introduced = _last_body(doc, m, res, finder)  # `les habitants ... », regrettent ces derniers`
            if introduced is None and m.info.head in ORDINALS:
                continue  # `Le second prévoit que` after `deux textes`: a person or no one, never a guess
            if introduced is None and res.lang == "fr":
                introduced = _continued_subject(doc, m, earlier, res, finder)
            if introduced is None and res.lang == "fr":
                introduced = _subject_before_quotation(doc, m, earlier, res, finder)
            if introduced is not None and res.lang == "fr":
                # round 47: `publié par Le Zalvo, Paul Roux ... a-t-il dit`: the person named since the outlet
                introduced = _person_after_outlet(doc, m, introduced.resolved, res, genders) or introduced
                _name_demonstrative_role(doc, introduced, earlier, res)  # `Cette élue ... Ce dernier`
            if introduced is not None:
                m.antecedent = introduced
                continue
            for cand in reversed(earlier):
                target = cand.resolved
                if res.lang == "fr" and _outlet_by_marker(cand):
                    continue  # `Selon Le Parisien, le président a ... « ... », aurait-il déclaré`: the person
                if res.lang == "fr" and (person := _person_after_outlet(doc, m, target, res, genders)) is not None:
                    m.antecedent = person  # `un entretien publié par Le Zalvo, Paul Roux ... a-t-il dit`
                    break
                if _impersonal(cand, res):
                    continue  # `a-t-on dit` is no one a later `il` can stand for
                if res.lang == "fr" and _other_gender(doc, m, target.start, target.end, genders, res):
                    continue  # `Marie Roux ... a-t-il ajouté`: a man named since, not Marie Roux
                if res.lang == "fr" and _person_behind_text(m, target, earlier):
                    continue  # `X a dit. Un bilan faisait état de ... a-t-il indiqué`: X, not the bilan
                if target.info.type != PRONOUN and _agrees(
                    m.info, cand.info if cand.info.type != PRONOUN else target.info
                ):
                    m.antecedent = _named_holder_between(doc, cand, m, res, pronoun=True) or cand
                    break
            else:
                person = _previous_person(doc, m, res, genders) if m.info.number == "sing" else None
                if person is None:
                    person = _previous_subject(doc, m, res, finder)
                    if person is not None and _role_of_someone_named(doc, person, earlier, res):
                        # `L'ex-député a pris ses fonctions. « ... », a-t-il déclaré`, the person named
                        # before under the role: the chain ends at that person
                        person.info = replace(person.info, type="named_person", named=True)
                if person is not None:
                    if res.lang == "fr":
                        _name_demonstrative_role(doc, person, earlier, res)
                    m.antecedent = person
                elif earlier and _disagreeing_source(m, earlier[-1], res):
                    # `un bilan de la préfecture ... écrit-elle`: the body that wrote the text, if it agrees
                    m.antecedent = _document_author(doc, m, earlier[-1].resolved, res)
                elif earlier and not _plural_for_one(m, earlier[-1], res) and not _impersonal(earlier[-1], res):
                    m.antecedent = earlier[-1]
                elif res.lang == "fr" and _unnamed_witness(doc, m, res):
                    m.info = replace(m.info, type="anonymous")  # later pronouns resolve to this one
        elif res.lang == "fr" and _same_source(doc, m, res) and earlier:
            # `selon la même source`: the last earlier mention of a source (same head noun), else the
            # source the text quoted last, with its type (a prefecture stays an institution)
            m.antecedent = (
                _last_same_head(m, earlier) or _relayed_same_noun(doc, m, earlier, res, finder) or earlier[-1]
            )
        elif res.lang == "fr" and _bare_title(doc, m, res) and not _title_holder(doc, m, earlier, res):
            # `le président` of a court no one names: a role without a name keeps the speaker unnamed
            m.info = replace(m.info, type="anonymous", named=False)
        elif res.lang == "fr" and _unnamed_office(doc, m, earlier, res):
            # `le maire de Villiers` whose holder the text never names: an unnamed individual
            m.info = replace(m.info, type="anonymous", named=False)
        elif (
            (m.info.definite or _demonstrative(doc, m, res) or _contracted_article(doc, m, res))
            and not m.info.named
            and m.info.head
        ):
            # `l'agence` after `l'agence Bloomberg`: a bare article and head takes the earlier phrase's type
            bare = res.lang == "fr" and m.end - m.start == 2
            matches = []
            for cand in reversed(earlier):
                target = cand.resolved
                if target is m or target.info.type == PRONOUN:
                    continue
                same_head = m.info.head not in res.pronouns and (
                    cand.info.head == m.info.head or target.info.head == m.info.head
                )  # `l'une d'elles` (head `lui`) is one of a set, not the `lui` of `selon lui`
                same_type = target.info.type == m.info.type or m.info.type in ("anonymous", "group") or bare
                if same_head and cand.info.number == m.info.number and same_type:
                    matches.append(cand)
            if matches:
                # `Le responsable américain` takes the earlier speaker sharing the most of its words
                # (`un responsable américain` over a later `un haut responsable militaire`); ties go to
                # the most recent
                best = max(matches, key=lambda cand: _shared_words(doc, m, cand.resolved))
                m.antecedent = _named_holder_between(doc, best, m, res) or best
            elif (
                m.info.type == "anonymous"
                and _role_description(doc, m, res)
                and (
                    _role_named(doc, m, res)
                    if res.has("unnamed_role", m.info.head)
                    else _named_before(doc, m, earlier, res) or _role_given(doc, m.info.head, res)
                )
            ):
                # `la candidate du parti`, `l'économiste` after the person was named: a role description
                # standing for that person, who is identified (the annotators' convention)
                m.info = replace(m.info, type="named_person", named=True)
            elif m.info.type == "anonymous" and res.lang == "fr" and _role_words_of_named(doc, m, res):
                # `le responsable étudiant` after `le leader étudiant Paul Roux`, `l'ancien maire de X` after
                # `Paul Roux, ancien maire de X`: the role's own words given to one named person
                m.info = replace(m.info, type="named_person", named=True)
            elif m.info.type == "anonymous" and _named_next(doc, m, res):
                # `le chef de file des écologistes a estimé ... Paul Roux réclame ...`: the lede's role
                # and the person the text names right after it
                m.info = replace(m.info, type="named_person", named=True)
            elif m.info.type == "anonymous" and res.lang == "fr" and _one_titled_holder(doc, m, res):
                # `dira son avocat` with `Me Paul Roux` written before or after: the one lawyer the
                # text names (the annotators' convention, cataphora included)
                m.info = replace(m.info, type="named_person", named=True)
            elif bare and res.lang == "fr" and (outlet := _last_outlet(doc, m, earlier, res)) is not None:
                # `..., a rapporté Bloomberg. ..., ajoute l'agence`: the agency the text just quoted
                m.antecedent = outlet
            elif m.info.type == "group" and _named_set(doc, m, res):
                # `les deux hommes` after the two were named: those named persons
                m.info = replace(m.info, type="named_person", named=True)
            elif m.info.type == "anonymous" and (speaker := _continued_speaker(doc, m, earlier, res)) is not None:
                # `« ... », indique Paul Roux, de la chambre d'agriculture. « ... », reprend le conseiller`
                m.antecedent = speaker
        elif (
            res.lang == "en"
            and _bare_title(doc, m, res)
            and (unnamed := _unnamed_same_title(doc, m, earlier, res)) is not None
        ):
            # `A union spokesperson said ... The spokesperson said`: the role as the text introduced it,
            # unnamed, even with someone else named before (issue 13: a role without a name is anonymous)
            m.antecedent = unnamed
        elif res.lang == "en" and _bare_title(doc, m, res) and not _named_before(doc, m, earlier, res):
            # `the spokesperson said`, `the mayor said` with no one named before: a role without a name
            # keeps the speaker unidentified
            m.info = replace(m.info, type="anonymous", named=False)


FULL_MENTION_WINDOW = 6  # words of kind between a body's noun and its name (`le groupe français de services X`)
POSSESSION_LINKS = ("de", "d'", "du", "des")


def _kind_of_full_mention(doc: Doc, m: Mention, res: Resources) -> str | None:
    """French: one capitalised word typed a person for want of a determiner (`X précise`, `selon X`)
    whose earlier full mention puts a noun of kind before it (`le groupe industriel X`, `l'office
    public X`): the kind of that mention (institution, outlet, document). Another capitalised word just
    before the name (`Paul X`) or `de` right before it (`la société de X`, someone's) stops the walk."""
    if m.end - m.start != 1 or m.info.type != "named_person":
        return None
    word = doc[m.start].text
    if not (word[:1].isupper() and word.isalpha()):
        return None
    kinds = (*NAMED_KINDS, ("singular_body", "institution"))  # `le groupe X`: one body
    words = token_table(doc).words  # the walk back compares forms: no Token for the words passed
    for k in range(m.start - 1, -1, -1):
        if words[k] != word or k == 0 or norm(words[k - 1]) in POSSESSION_LINKS:
            continue
        for u in reversed(doc[max(0, k - FULL_MENTION_WINDOW) : k]):
            if u.is_punct or u.text[:1].isupper() or u.pos_ in ("VERB", "AUX"):
                break
            kind = next((k for cat, k in kinds if res.is_a(cat, u.text, u.lemma_)), None)
            if kind is not None:
                return kind
    return None


def _continued_subject(
    doc: Doc, m: Mention, earlier: list[Mention], res: Resources, finder: SpeakerFinder
) -> Mention | None:
    """French: a subject pronoun opening its sentence before its verb (`Le rapport est épais. Il
    déplore ...`) continues the previous sentence's subject when that subject agrees in number and
    gender, rather than the last speaker quoted; an earlier speaker with that very span keeps its chain."""
    if m.after_marker or m.start > m.cue_start_token or m.info.head not in SUBJECT_PRONOUNS:
        return None
    s_start, _ = finder.sentences.bounds(m.start)
    table = token_table(doc)  # the flags of the words before it, without a Token each
    if not all(map(max, table.is_punct[s_start : m.start], table.is_space[s_start : m.start])):
        return None  # a word before the pronoun in its sentence
    prev = _previous_subject(doc, m, res, finder)
    if prev is None or prev.info.type == PRONOUN or not _agrees(m.info, prev.info):
        return None
    speaker = _speaker_of_previous_sentence(m, earlier, finder)
    if (
        speaker is not None
        and speaker.start < prev.start
        and speaker.resolved.info.type != PRONOUN
        and _agrees(m.info, speaker.resolved.info)
    ):
        # `La présidente, X, affirme que cette hausse ... Elle précise`: the subject found first may
        # sit inside what the speaker said; the speaker of that sentence goes on speaking
        return speaker
    return _joined_to_chain(doc, prev, earlier, res)


def _joined_to_chain(doc: Doc, prev: Mention, earlier: list[Mention], res: Resources) -> Mention:
    """The mention a pronoun resolves to: an earlier speaker mention that `prev` opens (`Son avocat, Me X,
    a dit`: the parse's subject stops at the comma, the speaker runs on to the apposed name) keeps its
    chain and its type; otherwise `prev`, typed a named person when it is the role of someone named."""
    same = next((c for c in earlier if c.start <= prev.start < c.end), None)
    if same is not None:
        return same
    if _role_of_someone_named(doc, prev, earlier, res):
        prev.info = replace(prev.info, type="named_person", named=True)
    return prev


SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles")
# an unnamed person or people a narrative sentence brings in; a named person there is found by the
# named-holder and nearest-person rules already (`_named_holder_between`, `_previous_person`)
UNNAMED_PERSON_TYPES = ("anonymous", "group")
NARRATIVE_SENTENCES = 2  # sentences back a narrative subject is looked for, through a pronoun subject
NARRATIVE_SUBJECTS = ("nsubj", "nsubj:pass")  # `Un passant a été blessé.`: the witness too


def _narrative_subject(
    doc: Doc, m: Mention, s_start: int, earlier: list[Mention], res: Resources, finder: SpeakerFinder
) -> Mention | None:
    """The noun subject of the sentence before, or of the one before it when the sentence between has
    only a subject pronoun that agrees with m (`L'homme était chez lui. Il a entendu un coup de feu.`);
    None as soon as one of these sentences quotes someone (that speaker's chain goes on)."""
    if not has(doc, "DEP"):
        return None
    for _ in range(NARRATIVE_SENTENCES):
        if s_start == 0:
            return None
        p_start, _ = finder.sentences.bounds(s_start - 1)
        if any(p_start <= c.start < s_start for c in earlier):
            return None
        pronoun = False
        for tok in doc[p_start:s_start]:
            if tok.dep_ not in NARRATIVE_SUBJECTS or finder.quotes.containing(tok.idx) is not None:
                continue
            if tok.pos_ in ("NOUN", "PROPN"):
                span = finder.np_from_head(tok)
                info = classify(doc, span[0], span[1], res)
                return None if info.type == PRONOUN else Mention(span[0], span[1], info, span[0])
            pronoun = pronoun or tok.lower_ == m.info.head
        if not pronoun:
            return None
        s_start = p_start
    return None


def _subject_before_quotation(
    doc: Doc, m: Mention, earlier: list[Mention], res: Resources, finder: SpeakerFinder
) -> Mention | None:
    """French: the incise of a quotation that opens its sentence (`Un riverain a vu la scène. « ... »,
    raconte-t-il.`) is spoken by the unnamed person the sentence before brings in as its subject, when
    that sentence quotes no one: the news story introduces a witness in a narrative sentence, then
    gives the quotation. The last speaker quoted earlier (an outlet, a prosecutor, a named person) is
    further back, and the pronoun was resolved to it."""
    if m.after_marker or m.start < m.cue_start_token or m.info.head not in SUBJECT_PRONOUNS:
        return None
    s_start, _ = finder.sentences.bounds(m.start)
    first = next((t for t in doc[s_start : m.start] if not t.is_space), None)
    if first is None or (finder.quotes.containing(first.idx) is None and first.text not in ("«", '"', "“")):
        return None
    prev = _narrative_subject(doc, m, s_start, earlier, res, finder)
    if prev is None or prev.info.type not in UNNAMED_PERSON_TYPES or not _agrees(m.info, prev.info):
        return None
    return _joined_to_chain(doc, prev, earlier, res)


def _speaker_of_previous_sentence(m: Mention, earlier: list[Mention], finder: SpeakerFinder) -> Mention | None:
    """The last speaker mention of the sentence before `m`'s, if that sentence has one."""
    s_start, _ = finder.sentences.bounds(m.start)
    if s_start == 0:
        return None
    p_start, _ = finder.sentences.bounds(s_start - 1)
    inside = [c for c in earlier if p_start <= c.start < s_start]
    return inside[-1] if inside else None


def _body_goes_on(doc: Doc, m: Mention, before: list[Mention], res: Resources, finder: SpeakerFinder) -> bool:
    """French: a bare `on` (`ajoute-t-on`, `Mais on tempère`) right after a body that spoke through `on`
    (`rappelle-t-on au X`, `Au X, on confirme`), in the same or the next sentence, is that body going on."""
    if m.info.type != "anonymous" or m.end - m.start != 1 or not before:
        return False
    if not res.has("impersonal_pronoun", norm(doc[m.start].text).lstrip("-")):
        return False
    last = max(before, key=lambda c: c.start)
    if last.resolved.info.type != "institution":
        return False
    if not any(res.has("impersonal_pronoun", norm(t.text).lstrip("-")) for t in doc[last.start : last.end + 3]):
        return False
    s_start, _ = finder.sentences.bounds(m.start)
    return s_start == 0 or last.start >= finder.sentences.bounds(s_start - 1)[0]


def _surname(doc: Doc, start: int, end: int) -> str:
    """The last capitalised word of a name (`Marie Roux` -> `roux`): the key a later mention shares."""
    caps = [t for t in doc[start:end] if t.is_alpha and t.text[:1].isupper()]
    return norm(caps[-1].text) if caps else ""


def _learn_gender(doc: Doc, m: Mention, genders: dict[str, str], res: Resources) -> None:
    """A gendered pronoun (`explique-t-elle`) resolved to a named person tells that person's gender; so
    does a gendered article, title or role noun just before the name (`la ministre Marie Roux`, `Mme
    Roux`: the tagger's gender of proper nouns is not read, it guesses)."""
    target = m.resolved
    if target is m or target.info.type != "named_person":
        key = _surname(doc, m.start, m.end) if m.info.type == "named_person" else ""
        gender = _gender_before(doc, m.start, m.end, res)
        if key and gender and key not in genders:
            genders[key] = gender
        return
    gender = _pronoun_gender(m)
    key = _surname(doc, target.start, target.end)
    if gender and key:
        genders.setdefault(key, gender)


def _gender_before(doc: Doc, start: int, end: int, res: Resources) -> str | None:
    """The gender of the lower-case article or role noun, or the title (`Mme`, `M.`), standing right
    before a named person's first capitalised word (`la députée Marie Roux`, `Mme Roux`). Capitalised
    words are never read: the tagger guesses the gender of names (and tags some given names nouns)."""
    if end - start > 2 and doc[start].pos_ == "DET" and _role_word(doc[start + 1], res):
        first = start + 2  # `le député de la région, Paul Roux`: the role opening the phrase, not `de la`
    else:
        first = next((t.i for t in doc[start:end] if _capitalised_name_word(t, res)), None)
    if first is None:
        return None
    t = doc[first - 1] if first > 0 else None
    if t is not None and t.text == "," and first > 2 and _role_word(doc[first - 2], res):
        first -= 1  # `le maire, Paul Girard`: the role in apposition before the name
        t = doc[first - 1]
    if t is None or not (res.has("honorific", norm(t.text).rstrip(".")) or _role_word(t, res)):
        return None  # `dans la semaine Paul Roux`: a time noun is no one's role
    g = doc[first - 2].morph.get("Gender") if first > 1 and doc[first - 2].pos_ == "DET" else []
    if len(g) != 1:
        g = t.morph.get("Gender")  # `l'avocate Marie Roux`: the elided article has none, the noun tells
    # `la ministre Marie Roux`: the article first, since the tagger gives an epicene role either gender
    return {"Masc": "masc", "Fem": "fem"}.get(g[0]) if len(g) == 1 else None


def _capitalised_name_word(t: Token, res: Resources) -> bool:
    """A capitalised word of a name, not a title (`Mme`, `M.`)."""
    return t.is_alpha and t.text[:1].isupper() and not res.has("honorific", norm(t.text).rstrip("."))


def _role_word(t: Token, res: Resources) -> bool:
    """A lower-case noun of a person's role (`députée`, `ministre`, `directeur`), listed or an agent noun."""
    if not (t.text.islower() and t.pos_ == "NOUN"):
        return False
    keys = (norm(t.text), norm(t.lemma_ or t.text))
    listed = any(res.has(cat, k) for cat in ("person_noun", "unique_title", "anonymous_head") for k in keys)
    return listed or keys[0].endswith(AGENT_SUFFIXES)


def _pronoun_gender(m: Mention) -> str | None:
    """The gender a singular pronoun carries (`il`, `elle`, from the pronoun list), else None."""
    gendered = m.info.type == PRONOUN and m.info.number == "sing" and m.info.gender in ("masc", "fem")
    return m.info.gender if gendered else None


def _other_gender(doc: Doc, m: Mention, start: int, end: int, genders: dict[str, str], res: Resources) -> bool:
    """French: `m` is a gendered pronoun (`il`, `elle`) and the person named doc[start:end] is known to be of the other
    gender (from a pronoun already chained to them or the words opening their phrase)."""
    gender = _pronoun_gender(m)
    if gender is None:
        return False
    known = genders.get(_surname(doc, start, end)) or _gender_before(doc, start, end, res)
    return known is not None and known != gender


def _person_behind_text(m: Mention, target: Mention, earlier: list[Mention]) -> bool:
    """French: `il`, `elle` speaking whose nearest candidate is a text (`Un précédent bilan faisait état
    de ...`) while a person quoted before that text, within PERSON_WINDOW tokens, agrees: a pronoun
    subject of a verb of saying is the person; a text is kept when no person is that near (`selon le
    communiqué ... ajoute-t-il`)."""
    if m.info.head not in ("il", "elle") or target.info.type != "document":
        return False
    for c in reversed(earlier):
        person = c.resolved
        if c.end > target.start or person.info.type == PRONOUN:
            continue
        if m.start - c.end > PERSON_WINDOW:
            return False
        if person.info.type in ("named_person", "anonymous") and _agrees(m.info, person.info):
            return True
        if person.info.type != "document":
            return False  # a body or an outlet between: left to the existing order
    return False


def _impersonal(cand: Mention, res: Resources) -> bool:
    """French `on` (`a-t-on appris`): an unnamed voice no later pronoun stands for."""
    return res.lang == "fr" and res.has("impersonal_pronoun", norm(cand.resolved.info.head or ""))


def _role_of_someone_named(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> bool:
    """French: a definite role description (`le ministre`, `l'ex-eurodéputé`) found as the previous
    sentence's subject, with a person named shortly before it: the role stands for that person, by the
    same test as a speaker's role."""
    return (
        res.lang == "fr"
        and m.info.type == "anonymous"
        and m.info.definite
        and _role_description(doc, m, res)
        and (_role_named(doc, m, res) if res.has("unnamed_role", m.info.head) else _named_before(doc, m, earlier, res))
    )


def _last_same_head(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The chain of a `la même source`: the last earlier mention with the same head noun (`une source
    policière ... a dit cette même source`), so a body or an outlet quoted in between (`La direction a
    confirmé`, `précise le quotidien`) does not take the unnamed source's words."""
    for cand in reversed(earlier):
        if cand.info.head == m.info.head and cand.resolved.info.type != PRONOUN:
            return cand
    return None


def _unnamed_same_title(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> Mention | None:
    """English: the last earlier mention of the same title in the same number (`a union spokesperson`,
    `a hospital spokesman`) when it is an indefinite one that names nobody, so `the spokesperson` that
    follows is that unnamed person, not someone named earlier in another role. A named holder met
    last (`spokesperson Ann Roe`) leaves the decision to the usual tests."""
    for cand in reversed(earlier):
        if cand.info.head != m.info.head or cand.info.number != m.info.number:
            continue
        target = cand.resolved
        if target is not cand or target.info.named or target.info.type != "anonymous":
            return None
        if doc[cand.start].lower_ not in INDEFINITE_OPENERS or has_person(doc[cand.start : cand.end], res):
            return None  # `Russian Ambassador to the UN Vitaly Churkin` typed anonymous names someone
        return cand
    return None


def _unnamed_witness(doc: Doc, m: Mention, res: Resources) -> bool:
    """French: a singular pronoun that nothing before it resolves, in a text that names no person
    before it and says someone speaks anonymously (`Il témoigne anonymement. ..., raconte-t-il`): the
    pronoun stands for that unnamed witness, not for a person named out of sight (a heading's name)."""
    if m.info.number != "sing" or m.info.head not in (*SUBJECT_PRONOUNS, "lui"):
        return False
    if any(start < m.start for start, _ in person_names(doc, res)):
        return False
    return mentions_anonymity(doc, 0, m.start, res)


SINGULAR_PERSONAL = ("il", "elle", "lui")


def unresolved_pronoun_type(doc: Doc, m: Mention, res: Resources) -> str:
    """The type of a French `il`, `elle`, `lui` nothing before it resolves. News writes such a pronoun
    for a person it named out of the tool's sight (a heading, a name the recogniser split), so it is a
    named person when the text names a person before it; an excerpt that opens on the pronoun, or names
    no one before it, leaves the speaker unidentified (the annotators type it anonymous). Plural
    pronouns stand for a collective, unless the plural subject they take up names two persons or more
    (`X et Y ont quitté la salle. Ils dénoncent ...`): a pronoun resolving to named persons is named."""
    if m.info.number != "sing":
        return "named_person" if _named_plural_subject(doc, m, res) else "group"
    return "named_person" if _person_named_before(doc, m.start, res) else "anonymous"


def _named_plural_subject(doc: Doc, m: Mention, res: Resources) -> bool:
    """French: a plural pronoun nothing else resolved takes up two persons the text has just named together
    (`Paul Roux et Marc Petit ont ...`, `le Pr X, tout comme le Pr Y, ont ...`), within PERSON_WINDOW tokens
    before it, with no plural noun brought in since as a subject (`Les habitants ... Ils`: those). It reads
    the persons the text names (person_names, and a titled name the recogniser calls a place) and the
    words between two of them (a coordinator, commas, titles), not
    the parse's subjects, which a long apposition or a misplaced sentence break loses."""
    if not has(doc, "ENT_IOB"):
        return False
    floor = max(0, m.start - PERSON_WINDOW)
    titled = [(e.start, e.end) for e in doc.ents if res.has("honorific", norm(e[0].text))]  # `Pr X` tagged a place
    persons = sorted({(s, e) for s, e in (*person_names(doc, res), *titled) if floor <= s and e <= m.start})
    for (_, end), (start, last) in reversed(list(pairwise(persons))):
        if _joined_persons(doc, end, start, res):
            return not any(_plural_noun_subject(t) for t in doc[last : m.start])
    return False


def _joined_persons(doc: Doc, end: int, start: int, res: Resources) -> bool:
    """The words between two person names are a coordinator (`et`, `ainsi que`, `tout comme`) with only
    commas, articles and titles (`le Pr`) around it: one subject naming both."""
    words = [
        w
        for t in doc[end:start]
        if not t.is_punct and not res.has("determiner", w := norm(t.text)) and not res.has("honorific", w)
    ]
    return res.is_phrase("person_coordinator", words)


def _plural_noun_subject(t: Token) -> bool:
    """A plural common noun as a subject (`les habitants ont ...`): a group a later plural pronoun takes up."""
    return t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")


def retyped_inner_pronoun(doc: Doc, a: Attribution, res: Resources, found: Sequence[Attribution] = ()) -> Attribution:
    """An attribution found inside a quotation read as a text of its own (nested_quotes), whose singular
    pronoun nothing in the quotation resolves (`« ..., explique-t-il, ... »`): resolved to the one person
    the last record before the quotation gave a voice to (`Une voisine raconte ... « ..., dit-elle »`),
    when gender and number agree and no person is named between; else typed against the whole text,
    where the person it stands for may be named before the quotation."""
    word = norm(a.speaker).lstrip("-")
    if res.lang != "fr" or a.resolved is not None or a.speaker_type != "anonymous" or word not in SINGULAR_PERSONAL:
        return a
    span = doc.char_span(a.speaker_start, a.speaker_end, alignment_mode="expand")
    if span is None:
        return a
    voice = _last_voice(doc, a, span.start, res, found)
    if voice is not None:
        return voice
    if not _person_named_before(doc, span.start, res):
        return a
    return replace(a, speaker_type="named_person")


INNER_PRONOUN_GENDER = {"il": "masc", "elle": "fem"}


def _last_voice(doc: Doc, a: Attribution, at: int, res: Resources, found: Sequence[Attribution]) -> Attribution | None:
    """`a` resolved to the speaker of the last record of `found` before its quotation, in the same
    paragraph, when that speaker is one person (anonymous or named) of the pronoun's gender and no
    person's name stands between that record and the pronoun (a reader takes it for the voice just quoted)."""
    start = a.content_start if a.content_start is not None else a.start
    before = [o for o in found if o.speaker_end is not None and o.speaker_end <= start and o.start < start]
    if not before:
        return None
    last = max(before, key=lambda o: o.speaker_end or 0)
    assert last.speaker_start is not None and last.speaker_end is not None
    if last.speaker_type not in ("anonymous", "named_person") or "\n" in doc.text[last.speaker_start : start]:
        return None
    s_start, s_end = (
        (last.resolved_start, last.resolved_end)
        if last.resolved_start is not None and last.resolved_end is not None
        else (last.speaker_start, last.speaker_end)
    )
    who = doc.char_span(s_start, s_end, alignment_mode="expand")
    if who is None or norm(who.text).lstrip("-") in res.pronouns:
        return None
    info = classify(doc, who.start, who.end, res)
    gender = INNER_PRONOUN_GENDER.get(norm(a.speaker).lstrip("-"))
    if info.number != "sing" or (gender is not None and info.gender not in ("any", gender)):
        return None
    record = doc.char_span(last.start, max(last.end, last.speaker_end), alignment_mode="expand")
    if record is None or any(record.end <= s < at for s, _ in person_names(doc, res)):
        return None  # `contacté par Le Zalvo, explique` inside the record is no one named since
    return replace(
        a,
        speaker_type=last.speaker_type,
        resolved=doc.text[s_start:s_end],
        resolved_start=s_start,
        resolved_end=s_end,
    )


def _person_named_before(doc: Doc, start: int, res: Resources) -> bool:
    """A person named before token `start`: a name the recogniser or the given-name list found, or
    two or more capitalised words within PERSON_WINDOW tokens that type as a person's name (`Paul
    Marceau, qui ..., selon lui`, a name both missed)."""
    if any(name_start < start for name_start, _ in person_names(doc, res)):
        return True
    j = max(0, start - PERSON_WINDOW)
    while j < start - 1:
        k = j
        while k < start and doc[k].is_alpha and doc[k].text[:1].isupper():
            k += 1
        if k - j >= 2 and classify(doc, j, k, res).type == "named_person":
            return True
        j = max(k, j + 1)
    return False


def _relayed_same_noun(
    doc: Doc, m: Mention, earlier: list[Mention], res: Resources, finder: SpeakerFinder
) -> Mention | None:
    """`a rapporté l'agence X citant une source policière. ..., indique la même source`: the text named
    an unnamed source of that head noun after the last speaker it quoted (a source that speaker relays,
    with no speaker mention of its own), so `la même source` is that unnamed source, not the relay."""
    last = earlier[-1]
    for t in reversed(doc[last.end : m.start]):
        if not t.is_lower or norm(t.lemma_ or t.text) != m.info.head:
            continue
        start = t.i
        while start > last.end and res.has("determiner", norm(doc[start - 1].text)):
            start -= 1
        found = finder.right_np(start, skip_time=False, max_len=8)
        if found is None or not found[0] <= t.i < found[1]:
            return None
        info = classify(doc, found[0], found[1], res)
        return Mention(found[0], found[1], info, m.cue_start_token) if info.type == "anonymous" else None
    return None


def _plural_for_one(m: Mention, cand: Mention, res: Resources) -> bool:
    """French `ils`, `elles` falling back on the last speaker when that speaker is one person, named or
    not (`..., explique Agnès. « Ils m'ont dit ... »`, `..., explique un manifestant. Ils dénoncent`): a
    plural never stands for one person, so the pronoun stays a group of its own."""
    target = cand.resolved
    return (
        res.lang == "fr"
        and m.info.number == "plur"
        and target.info.number == "sing"
        and target.info.type in ("named_person", "anonymous")
    )


def _disagreeing_source(m: Mention, cand: Mention, res: Resources) -> bool:
    """French: the last source, taken as a last resort, when it cannot be what the pronoun stands for:
    a text, a body or an outlet of another number or gender (`ils` after `cet examen`, `elle` after `un
    bilan de la préfecture`). A pronoun takes up a referent that agrees with it (the guidelines resolve it
    to the nearest full mention of its referent): the text's author when one agrees, else none."""
    target = cand.resolved
    return (
        res.lang == "fr"
        and m.info.head in SUBJECT_PRONOUNS
        and target.info.type in ("document", "institution", "media")
        and not _agrees(m.info, target.info)
    )


AUTHOR_TYPES = ("institution", "media", "named_person")  # who writes a bilan, a report, a statement


def _document_author(doc: Doc, m: Mention, text: Mention, res: Resources) -> Mention | None:
    """The author named in a document's own phrase (`un bilan de la préfecture`, `le rapport de l'ONU`)
    when the pronoun agrees with the author, not the document: the body or person the text quotes through
    it. None otherwise (the pronoun stays unresolved)."""
    if text.info.type != "document":
        return None
    for k in range(text.start + 1, text.end - 1):
        if norm(doc[k].text) not in POSSESSION_LINKS:
            continue
        info = classify(doc, k + 1, text.end, res)
        if info.type in AUTHOR_TYPES and _agrees(m.info, info):
            return Mention(k + 1, text.end, info, k + 1)
    return None


ACRONYM_LETTERS = (2, 6)  # letters of an acronym standing for a name the text spelt out


def _spelt_out(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> Mention | None:
    """An acronym alone (`le FT`, `l'OIM`) whose letters are the initials of an earlier speaker's
    words (`le Financial Times`; short lower-case words such as `pour`, `les` left out): that speaker,
    when the acronym's own type differs from it (the acronym was typed by guess)."""
    lowers = token_table(doc).lower  # `norm` of each form: a Token only for a word kept
    words = [doc[i] for i in range(m.start, min(m.end, len(lowers))) if not res.has("determiner", lowers[i])]
    if len(words) != 1:
        return None
    letters = words[0].text
    low, high = ACRONYM_LETTERS
    if not (letters.isalpha() and letters.isupper() and low <= len(letters) <= high):
        return None
    for cand in reversed(earlier):
        target = cand.resolved
        full = [
            t.text
            for t in doc[cand.start : cand.end]
            if t.is_alpha and not res.has("determiner", norm(t.text)) and (t.text[:1].isupper() or len(t.text) > 4)
        ]
        if len(full) == len(letters) and "".join(w[0] for w in full).upper() == letters:
            return cand if target.info.type not in (m.info.type, PRONOUN) else None
    return None


def _last_outlet(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> Mention | None:
    """A bare `l'agence` whose head is both a body and a news agency (`press_body_noun`): the last
    earlier speaker, when it is an outlet (a body or a person quoted in between keeps the word's own
    type)."""
    if not res.has("press_body_noun", m.info.head) or not earlier:
        return None
    last = earlier[-1]
    return last if last.resolved.info.type == "media" else None


def _continued_speaker(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> Mention | None:
    """French news goes on quoting the person it just named under a role word of its own (`le
    conseiller`, `la haute fonctionnaire`, `le vigneron`): a singular definite or demonstrative role with
    no earlier mention of its head stands for the last speaker when that speaker is a named person and
    no other person is named between them."""
    if res.lang != "fr" or not earlier or m.info.number != "sing" or not _role_opening(doc, m):
        return None
    if _new_referent(doc, m):
        return None  # `le patron d'une boulangerie`: someone the text introduces, not the speaker it quoted
    head = m.info.head
    if any(res.has(cat, head) for cat in ("collective_source", "report_noun")):
        return None  # `cette source`, `cette information`: not a role someone holds
    role = head.endswith(AGENT_SUFFIXES) or any(
        res.has(cat, head) for cat in ("person_noun", "unique_title", "anonymous_head", "unnamed_role")
    )
    if not role and not _role_given(doc, head, res):
        return None  # `l'aperçu le plus sensationnel`: no person's role
    last = earlier[-1]
    named = [(start, end) for start, end in person_names(doc, res) if last.end <= start and end <= m.start]
    if named and m.start - named[-1][1] <= PERSON_WINDOW:
        # the person named last is no speaker yet (`Interrogée par la radio, Marie Roux, la sous-préfète,
        # énumère ...` read with another subject): the role stands for that person
        start, end = named[-1]
        info = classify(doc, start, end, res)
        others = [n for n in named[:-1] if doc[n[0] : n[1]].text != doc[start:end].text]
        if info.type == "named_person" and not others:
            return Mention(start, end, info, start)
        return None
    target = last.resolved
    if target.info.type != "named_person" or m.start - last.end > ROLE_WINDOW:
        return None
    if _someone_new_between(doc, last.end, m.start, res):
        return None  # `Le propriétaire d'une maison ... L'homme affirme`: the person brought in since
    if m.info.gender in ("masc", "fem") and last.info.gender in ("masc", "fem") and m.info.gender != last.info.gender:
        return None
    own = {(last.start, last.end), (target.start, target.end)}
    if any(last.end <= start and end <= m.start and (start, end) not in own for start, end in person_names(doc, res)):
        return None  # someone else named in between may be the one the role stands for
    return last


NAMED_NEXT_WINDOW = 60  # tokens after the role's sentence in which the lede's person may be named
INVERTED_NEXT_WINDOW = 150  # the same, for the inverted speaker that closes the next sentence (`», a dit X.`)


def _named_next(doc: Doc, m: Mention, res: Resources) -> bool:
    """French news introduces a person by role and names them right after (`le chef de file des
    écologistes a estimé ... Paul Roux réclame ...`; `leur président a annoncé ... a expliqué le président
    de la coopérative, Paul Roux`): a singular definite or possessive role description, the first person
    the text mentions (no one named before it nor in its own sentence), stands for the first person named
    after its sentence when that person is given the same role word, or opens a sentence with no role of
    their own.
    The guidelines type a role description standing for a person named in the article named_person,
    after the role as well as before it (issue 13, round 33). Sentences are cut at a full stop or a line
    break, not by the parse, which often runs a lede into the next paragraph."""
    if res.lang != "fr" or m.info.number != "sing":
        return False
    opened = norm(doc[m.start].text) in (*ROLE_ARTICLES, *ROLE_POSSESSIVES) or _contracted_article(doc, m, res)
    if not opened or _new_referent(doc, m):
        return False
    head = m.info.head
    if res.has("anonymous_head", head) or res.has("collective_source", head):
        return False  # `la source`, `l'entourage`: no one's role
    agent = head.endswith((*AGENT_SUFFIXES, *ROLE_SUFFIXES_FR)) and not head.endswith(AGE_SUFFIXES)
    if not (agent or res.has("person_noun", head) or res.has("unique_title", head)):
        return False
    found = _first_named_after(doc, m, res, INVERTED_NEXT_WINDOW)
    if found is None:
        return False
    start, end, first_break = found
    if start - first_break > NAMED_NEXT_WINDOW:
        # only the incise closing the next sentence reaches this far (a long quotation before it)
        return _inverted_speaker_next(doc, m, start, end)
    words = token_table(doc).lower
    given = [i for i in range(max(first_break, start - NAME_IN_ROLE_PHRASE), start) if words[i] == head]
    if given and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(given[-1], start)):
        return True  # `le président de la coopérative, Paul Roux`
    if _sentence_break(doc[start - 1]) and end < len(doc) and doc[end].text != ",":
        return True
    return _inverted_speaker_next(doc, m, start, end)


SENTENCE_END = 3  # tokens a sentence's end may spread over (`.`, a closing quote, a line break)
INCISE_VERB_GROUP = 5  # tokens between the comma and an inverted speaker (`, a affirmé à l'AFP`)


def _inverted_speaker_next(doc: Doc, m: Mention, start: int, end: int) -> bool:
    """The person named after the role's sentence is the inverted speaker that closes the very next
    sentence, with no role of their own (`..., selon l'élu. « ... », a déclaré Paul Roux.`): French news
    names the person it introduced by a role in the incise that follows, as it does when the name opens
    the next sentence; a name with a role apposed (`, a dit Paul Roux, maire de X`) may be someone else."""
    breaks = [
        i
        for i in range(m.end, start)
        if _sentence_break(doc[i]) and ("\n" in doc[i].text or not _inside_quotes(doc, m.end, i))
    ]  # a full stop inside the role's own quotation does not end its sentence
    if not breaks or breaks[-1] - breaks[0] > SENTENCE_END:
        return False  # not the very next sentence
    first_break = breaks[-1]
    if end < len(doc) and not _sentence_break(doc[end]):
        return False  # a role or more words after the name
    group_start = max(first_break, start - 1 - INCISE_VERB_GROUP)
    comma = next((i for i in range(start - 1, group_start, -1) if doc[i].text == ","), None)
    if comma is None:
        return False
    group = doc[comma + 1 : start]
    return any(t.pos_ in ("VERB", "AUX") for t in group) and not any(t.is_punct for t in group)


CONTRACTED_ARTICLES = ("du", "au")  # `auprès du porte-parole`: `de` / `à` + the singular definite article


def _contracted_article(doc: Doc, m: Mention, res: Resources) -> bool:
    """French `auprès du porte-parole`, `au directeur`: the speaker span opens on the noun, its definite
    article fused into the preposition before it, so the phrase is definite as `le porte-parole` is."""
    if res.lang != "fr" or m.start == 0 or m.info.number != "sing":
        return False
    return norm(doc[m.start - 1].text) in CONTRACTED_ARTICLES and doc[m.start].pos_ in ("NOUN", "ADJ")


def _first_named_after(doc: Doc, m: Mention, res: Resources, window: int) -> tuple[int, int, int] | None:
    """The first person named after the mention's sentence and within `window` tokens of its end,
    when no one is named before the mention nor in its own sentence: (name start, name end, index of the
    sentence break). None otherwise."""
    names = person_names(doc, res)
    later = [(start, end) for start, end in names if start >= m.end]
    if not later or any(end <= m.start for _, end in names):
        return None
    start, end = min(later)
    breaks = [i for i in range(m.end, start) if _sentence_break(doc[i])]
    if not breaks or start - breaks[0] > window:
        return None  # someone named in the role's own sentence is someone else
    return start, end, breaks[0]


def _outlet_own(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> str | None:
    """French `notre` + a person noun is the outlet speaking of its own: `notre journaliste`, `notre
    correspondant` are the outlet (media); `notre interlocuteur` is the person it spoke to, named_person
    when a person was named just before (`_named_before`), as the guidelines type a role standing for a
    person named in the article. Otherwise None (the mention keeps its type)."""
    if m.info.number != "sing" or m.end - m.start < 2 or not res.has("outlet_possessive", norm(doc[m.start].text)):
        return None
    if res.has("press_staff_noun", m.info.head):
        return "media"
    if res.has("interviewee_noun", m.info.head) and _named_before(doc, m, earlier, res):
        return "named_person"
    return None


def _sentence_break(t: Token) -> bool:
    """A full stop, or a line break (a token of its own: a Token's trailing whitespace is one space or
    nothing)."""
    return t.text in (".", "!", "?") or "\n" in t.text


INDEFINITE_COMPLEMENT = (("d'", "un"), ("d'", "une"), ("de", "un"), ("de", "une"))


def _new_referent(doc: Doc, m: Mention) -> bool:
    """A definite description whose complement opens on an indefinite (`le patron d'une boulangerie`, `la
    mère d'un élève`): the article presents someone new, tied to something new, rather than pointing back
    to a person already named, so a name earlier in the text is not evidence that it stands for them."""
    words = [norm(t.text) for t in doc[m.start : m.end]]
    return any((words[i], words[i + 1]) in INDEFINITE_COMPLEMENT for i in range(1, len(words) - 1))


def _role_opening(doc: Doc, m: Mention) -> bool:
    """The mention opens with a definite article or a demonstrative, not `l'un des`."""
    if doc[m.start].lower_.replace("’", "'") not in (*ROLE_ARTICLES, *DEMONSTRATIVES):
        return False
    return not (m.end - m.start > 1 and doc[m.start + 1].lower_ in ("un", "une"))


def role_of_named_person(doc: Doc, start: int, end: int, info: SpeakerInfo, res: Resources) -> bool:
    """A definite role description found outside the speaker chain (the quoted sentence's speaker named
    in the sentence before: `L'éleveur a fait le tour du pré. « ... »`) stands for a person the text
    named, by the same test as a speaker's (`_role_description`, then a name given to the role or a
    person named shortly before)."""
    m = Mention(start, end, info, start)
    if info.type != "anonymous" or not info.definite or not _role_description(doc, m, res):
        return False
    return _role_named(doc, m, res) if res.has("unnamed_role", info.head) else _named_before(doc, m, [], res)


def unheld_title(doc: Doc, start: int, end: int, info: SpeakerInfo, res: Resources) -> bool:
    """A bare title found outside the speaker chain (`Le maire, lui, redoute ...`) typed named_person for
    its title alone, whose holder the text never names: an unnamed person, as a speaker's is."""
    m = Mention(start, end, info, start)
    return (_bare_title(doc, m, res) and not _title_holder(doc, m, [], res)) or _unnamed_office(doc, m, [], res)


PERSON_PRONOUNS_FR = ("il", "elle", "ils", "elles", "lui", "eux")


def _person_after_outlet(
    doc: Doc, m: Mention, target: Mention, res: Resources, genders: dict[str, str]
) -> Mention | None:
    """French (round 47): a person's pronoun (`a-t-il dit`, `selon lui`) whose nearest earlier source is an
    outlet (`un entretien publié par Le Zalvo`, `dans Le Zalvo`) while a person is named after that outlet
    and before the pronoun, outside quotation marks (`..., Paul Roux revient sur ...`): the person, whom the
    outlet published; the outlet itself is `le journal`, `le quotidien`."""
    if m.info.head not in PERSON_PRONOUNS_FR or target.info.type != "media":
        return None
    person = _previous_person(doc, m, res, genders)
    if person is None or person.start < target.end:
        return None
    # a name inside the quoted words (`« ... Mme X ... », s'est-elle écriée`) is not who speaks them
    return None if _inside_quotes(doc, _paragraph_start(doc, person.start), person.start) else person


def _outlet_by_marker(cand: Mention) -> bool:
    """French: an outlet or a document met as the source of a marker (`selon Le Parisien`): a later `il`
    or `elle` is a person the outlet reported on; French writes `le journal`, `le quotidien` for the
    outlet itself."""
    return cand.after_marker and cand.antecedent is None and cand.info.type in ("media", "document")


def _bare_title(doc: Doc, m: Mention, res: Resources) -> bool:
    """`the <title>`, French `le <titre>`, typed a named person for its title alone (no name in the phrase)."""
    if m.info.type != "named_person" or not m.info.definite or m.info.number != "sing":
        return False
    if res.lang == "fr" and not _lower_case_role(doc, m, res):
        return False  # `le procureur X Y`: a capitalised word before any complement may name someone
    if res.lang == "fr" and _capitalised_complement(doc, m, res) and not _coordinated_roles(doc, m, res):
        return False  # `le maire de Lyon`, `la ministre de la Santé`: one public office, the check sets' named
    articles = ("the",) if res.lang == "en" else ROLE_ARTICLES
    first = _norm_first(doc, m).replace("’", "'")
    if not res.has("unique_title", m.info.head) or (first not in articles and m.end - m.start > 1):
        return False
    if res.lang == "fr":
        # `le commissaire de Vénissieux`: a name in the complement is a place's or a body's, not the holder's
        return not names_its_holder(doc, m.start, m.end, res) and not title_names_someone(doc, m.info.head, res)
    return not has_person(doc[m.start : m.end], res) and not title_names_someone(doc, m.info.head, res)


def _unnamed_office(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> bool:
    """French: one office closed by a capitalised place or body (`le maire de Villiers`, `la ministre de
    la Santé`, `le président de l'Association X`), typed named_person for its title, whose holder the
    text never names. The guidelines type a person named_person when identified by name, and every
    annotated French set types such an office-holder anonymous unless the article names them (issue 13,
    round 33); `_bare_title` lets these through because a capitalised complement names a single office.
    The holder counts as named when the phrase gives the name, the text writes the title before a name,
    the same office (title and complement) is given a name anywhere, or the office stands for the person
    named last (`_named_before`), unless that person holds the title of another place."""
    if m.info.type != "named_person" or not m.info.definite or m.info.number != "sing" or m.end - m.start < 3:
        return False
    head = m.info.head
    if not res.has("unique_title", head) or _norm_first(doc, m).replace("’", "'") not in ROLE_ARTICLES:
        return False
    if not (_lower_case_role(doc, m, res) and _capitalised_complement(doc, m, res)) or _coordinated_roles(doc, m, res):
        return False
    if names_its_holder(doc, m.start, m.end, res) or title_names_someone(doc, head, res):
        return False
    if _office_named(doc, m, res):
        return False
    if not _named_before(doc, m, earlier, res):
        # `le nouveau président du pays a promis ... Le général Paul Roux a déclaré ...`: the lede's office
        # and the person named in the sentences right after it, a name given nearby (issue 13)
        return _first_named_after(doc, m, res, NAMED_NEXT_WINDOW) is None
    # `Paul Roux, maire de Brion, ... le maire de Villiers`: the person named last holds the title of
    # another place, so is not this office's holder
    last = _last_named(doc, m, earlier, res)
    return last is not None and _holds_other_office(doc, m, last, res)


OFFICE_KEY_WORDS = 3  # words after the title that identify one office (`de la Santé`, `de Villiers`)


def _office_named(doc: Doc, m: Mention, res: Resources) -> bool:
    """The text gives a name to this very office (title and the first words of its complement), before or
    after the mention: `Paul Roux, maire de Villiers`, `le maire de Villiers, Paul Roux`. A name given to
    the same title of another place (`Marie Roux, maire de Brion`) is someone else."""
    key = _office_key(doc, m)
    if key is None:
        return True  # head not found as written: do not guess
    words = token_table(doc).lower
    names = person_names(doc, res)
    ends = {end for _, end in names}
    starts = {start for start, _ in names}
    for i, w in enumerate(words):
        if w != m.info.head or words[i + 1 : i + 1 + len(key)] != key:
            continue
        if _name_at_role(doc, i, starts, ends):
            return True  # `Paul Roux, maire de Villiers`, `le maire de Villiers, Paul Roux`
    return False


def _office_key(doc: Doc, m: Mention) -> list[str] | None:
    """The title's first complement words in the mention (`de Villiers`), or None when the head is not
    found as written."""
    words = token_table(doc).lower
    heads = [i for i in range(m.start + 1, m.end) if words[i] == m.info.head or doc[i].lemma_.lower() == m.info.head]
    return words[heads[0] + 1 : min(m.end, heads[0] + 1 + OFFICE_KEY_WORDS)] if heads else None


def _holds_other_office(doc: Doc, m: Mention, person: tuple[int, int], res: Resources) -> bool:
    """The named person is given m's title with another complement, in apposition after the name
    (`Paul Roux, maire de Brion`) or before it with no other name between (`le maire de Brion, Paul
    Roux`)."""
    key = _office_key(doc, m)
    if key is None:
        return False
    start, end = person
    words = token_table(doc).lower
    ends = {e for _, e in person_names(doc, res)}
    after = [i for i in range(end, min(len(doc), end + 2)) if words[i] == m.info.head]
    before = [
        i
        for i in range(max(0, start - NAME_IN_ROLE_PHRASE), start)
        if words[i] == m.info.head
        and not any(e in ends for e in range(i + 1, start))
        and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(i, start))
    ]
    return any(words[i + 1 : i + 1 + len(key)] != key for i in after + before[-1:])


def _lower_case_role(doc: Doc, m: Mention, res: Resources) -> bool:
    """French: every word after the article and before the role's complement is lower case or a listed
    title's (`le Premier ministre`, `le commissaire | de Vénissieux`)."""
    words: list[Token] = []
    for t in doc[m.start + 1 : m.end]:
        if t.text == "," or res.has("np_link", norm(t.text)) or norm(t.text) in ROLE_COMPLEMENT_LINKS:
            break
        if t.is_alpha:
            words.append(t)
    return all(t.text.islower() or res.is_a("unique_title", t.text, t.lemma_) for t in words)


def _capitalised_complement(doc: Doc, m: Mention, res: Resources) -> bool:
    """French: a word after the article is capitalised and no listed title's (`le maire de Lyon`)."""
    words = [t for t in doc[m.start + 1 : m.end] if t.is_alpha]
    return not all(t.text.islower() or res.is_a("unique_title", t.text, t.lemma_) for t in words)


def _coordinated_roles(doc: Doc, m: Mention, res: Resources) -> bool:
    """French: the speaker is two roles coordinated (`le commissaire de X et le chef des renseignements à
    Y`): officials the text lists by office, which it does for people it leaves unnamed."""
    words = [norm(t.text) for t in doc[m.start : m.end]]
    return any(w == "et" and res.has("determiner", nxt) for w, nxt in pairwise(words))


# `à`, `au`, `aux` open a role's complement as `de` does (`l'adjoint au maire`, `le chef des services à X`)
ROLE_COMPLEMENT_LINKS = ("à", "au", "aux")


def _role_complement(doc: Doc, m: Mention, res: Resources) -> bool:
    """French: the role has a complement of its own (`l'adjoint au maire`, `le commissaire de X`, `le chef
    des renseignements à Y`): it introduces an office-holder, so the person named last is not evidence
    that the role stands for them; only a name given to the role itself is (issue 13, round 28)."""
    for t in doc[m.start + 2 : m.end]:
        low = norm(t.text)
        if t.text == ",":
            return False
        if res.has("np_link", low) or low in ROLE_COMPLEMENT_LINKS:
            return True
    return False


def _title_holder(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> bool:
    """French: the text names who holds the title (`le président Paul Roux`, `Paul Roux, président de X`;
    `_role_named`, `_role_given`), or the title stands for the person named last (`_named_before`)."""
    head = m.info.head
    if _role_named(doc, m, res) or _role_given(doc, head, res):
        return True
    return not (_court_office(doc, m, res) or _role_complement(doc, m, res)) and _named_before(doc, m, earlier, res)


def _court_office(doc: Doc, m: Mention, res: Resources) -> bool:
    """`la présidente du tribunal`, `le président de la cour`: a court's officer (`court_noun` in the
    complement), whom court reports leave unnamed; the last person named (a lawyer, the accused) is
    someone else, so only a name given to the office itself counts."""
    return any(res.is_a("court_noun", t.text, t.lemma_) for t in doc[m.start + 2 : m.end])


def _norm_first(doc: Doc, m: Mention) -> str:
    return doc[m.start].lower_


def _named_holder_between(doc: Doc, cand: Mention, m: Mention, res: Resources, pronoun: bool = False) -> Mention | None:
    """French: `un éleveur de la commune a constaté ... Paul Roux, éleveur à Brion, a découvert ...
    « ... », témoigne-t-il`: the unnamed speaker `m` would take is followed, before `m`, by a named
    person the recogniser finds with that role noun in apposition (`X, éleveur`, `l'éleveur X`), so `m`
    stands for that person. A pronoun also takes a person named as the subject of a later sentence
    outside quotes (`« ... », lance un habitant. Un geste que regrette Paul Roux. « ... », dit-il`)."""
    target = cand.resolved
    if res.lang != "fr" or target.info.type != "anonymous" or not target.info.head:
        return None
    head = target.info.head
    sentences = has(doc, "SENT_START")
    cand_sent = doc[cand.start].sent.start if sentences else 0
    for ent in reversed(doc.ents):
        if ent.start < cand.end or ent.end > m.start or ent.label_ not in ("PER", "PERSON"):
            continue
        after = doc[ent.end : min(m.start, ent.end + 3)]
        before = doc[max(cand.end, ent.start - 1) : ent.start]  # `l'éleveur Paul Roux`
        apposed = len(after) >= 2 and after[0].text == "," and any(t.lemma_.lower() == head for t in after[1:])
        subject = (
            pronoun
            and sentences
            and ent.root.dep_.startswith("nsubj")
            and cand_sent < ent.sent.start < doc[m.start].sent.start
            and m.start - ent.end <= PERSON_WINDOW
            and not _inside_quotes(doc, cand.end, ent.start)
        )
        if apposed or subject or any(t.lemma_.lower() == head or t.lower_ == head for t in before):
            info = classify(doc, ent.start, ent.end, res)
            if info.type == "named_person":
                return Mention(ent.start, ent.end, info, ent.start)
    return None


SET_SIZES = {"deux": 2, "trois": 3, "quatre": 4}


def _named_set(doc: Doc, m: Mention, res: Resources) -> bool:
    """French `les deux hommes`, `ces trois ministres` (article, number, person noun or title): as many
    distinct persons or more were named in the ROLE_WINDOW tokens before, so the phrase stands for them."""
    words = [t.lower_ for t in doc[m.start : m.end]]
    if res.lang != "fr" or len(words) != 3 or words[0] not in ("les", "ces") or words[1] not in SET_SIZES:
        return False
    noun = doc[m.start + 2]
    if not any(res.is_a(cat, noun.text, noun.lemma_) for cat in ("person_noun", "unique_title")):
        return False
    names = {ent.text for ent in doc.ents if ent.label_ in ("PER", "PERSON") and 0 <= m.start - ent.end <= ROLE_WINDOW}
    return len(names) >= SET_SIZES[words[1]]


def _paragraph_start(doc: Doc, i: int) -> int:
    """The first token of token i's paragraph (after the last line break before it)."""
    for t in reversed(doc[:i]):
        if "\n" in t.text or "\n" in t.whitespace_:
            return t.i + 1
    return 0


def _inside_quotes(doc: Doc, s_start: int, i: int) -> bool:
    """Token i sits inside guillemets or straight double quotes opened after token `s_start`."""
    words = [t.text for t in doc[s_start:i]]
    return words.count("«") > words.count("»") or words.count('"') % 2 == 1


def _same_source(doc: Doc, m: Mention, res: Resources) -> bool:
    """The mention is a `same_source` phrase (`la même source`, `ces mêmes sources`)."""
    words = token_table(doc).lower[m.start : m.end]  # lower case, ’ folded, without Tokens
    return res.is_phrase("same_source", words)


def _role_description(doc: Doc, m: Mention, res: Resources) -> bool:
    """A singular phrase opened by a definite article (`la candidate`, `l'économiste`), not by a
    possessive (`son avocat` is someone else) nor an English `the` (the English check sets keep
    `the player` anonymous), whose head is a person's role (a person noun or a title: not `le bureau`),
    or a word that otherwise keeps a source unnamed (`le conseiller`) when the text gives that very role
    a name (`X, conseiller fédéral, ...`: _role_named)."""
    first = doc[m.start].lower_.replace("’", "'")
    opened = first in ROLE_ARTICLES or _demonstrative(doc, m, res) or _contracted_article(doc, m, res)
    if m.info.number != "sing" or not opened:
        return False
    if m.end - m.start > 1 and doc[m.start + 1].lower_ in ("un", "une"):
        return False  # `l'un des habitants`: one unnamed member of a set, not a role someone holds
    head = m.info.head
    if res.has("anonymous_head", head):
        # `le conseiller` the text names (`X, conseiller fédéral`) is X; `cette source` never is
        return not res.has("collective_source", head) and _role_named(doc, m, res)
    # `le médiateur`, `le dictateur`, `la juriste`, `l'émissaire`
    agent = res.lang == "fr" and head.endswith((*AGENT_SUFFIXES, *ROLE_SUFFIXES_FR)) and not head.endswith(AGE_SUFFIXES)
    if agent or res.has("person_noun", head) or res.has("unique_title", head):
        return True
    if res.lang == "fr" and _inhabitant_epithet(doc, m):
        return True  # `le Lyonnais`, `l'Ukrainienne`: French names a person again by where they come from
    # a role no list has (`le berger`, `la vigneronne`) that the text itself gives a named person
    # (`le berger Paul Roux`, `Paul Roux, vigneron à ...`)
    return res.lang == "fr" and _role_given(doc, m.info.head, res)


ROLE_GLUE = 6  # words of a role phrase glued before a name (`le leader étudiant de X Paul Roux`)
ROLE_MODIFIER_TAGS = ("ADJ", "NOUN", "PROPN")


def _role_words_of_named(doc: Doc, m: Mention, res: Resources) -> bool:
    """French (round 47): a definite singular role (`le responsable étudiant`, `l'ancienne maire de X`) whose
    own words besides its head (`étudiant`, `X`) all stand in the role phrase the text glued to one named
    person before it (`le leader étudiant Paul Roux`, `Anne Roux, ancienne maire de X,`): the role names
    that person again, by the words a reader matches. No such words, two persons given them, or a gender
    that does not fit: left to the other rules."""
    if m.info.number != "sing" or norm(doc[m.start].text) not in (*ROLE_ARTICLES, *DEMONSTRATIVES):
        return False
    head = m.info.head
    agent = head.endswith((*AGENT_SUFFIXES, *ROLE_SUFFIXES_FR)) and not head.endswith(AGE_SUFFIXES)
    roles = ("person_noun", "unique_title", "anonymous_head")
    if not (agent or any(res.has(cat, head) for cat in roles)) or res.has("collective_source", head):
        return False
    own = {
        norm(t.text)
        for t in doc[m.start + 1 : m.end]
        if t.is_alpha and t.pos_ in ROLE_MODIFIER_TAGS and norm(t.text) != head and t.lemma_.lower() != head
    }
    if not own:
        return False
    holders = set()
    for start, end in person_names(doc, res):
        if end > m.start or m.start - end > ROLE_WINDOW:
            continue
        gender = _gender_before(doc, start, end, res)
        if gender in ("masc", "fem") and m.info.gender in ("masc", "fem") and gender != m.info.gender:
            continue
        glued = _glued_role(doc, start, end)
        words = {norm(t.text) for t in glued}
        role = any(  # the glued phrase holds a role of its own (`leader`), not only m's words (`la victime`)
            norm(t.text) not in own
            and (
                res.has("unique_title", t.lemma_.lower())
                or res.has("person_noun", t.lemma_.lower())
                or any(res.has(cat, norm(t.text)) for cat in roles)
            )
            for t in glued
        )
        if role and own <= words:
            holders.add(doc[start:end].text)
    return len(holders) == 1


def _glued_role(doc: Doc, start: int, end: int) -> list[Token]:
    """The words of the role phrase written against the name at start..end: before it with no punctuation
    or verb between (`le leader étudiant Paul Roux`), or after it between commas (`Paul Roux, ancien maire
    de X,`)."""
    out: list[Token] = []
    for t in reversed(doc[max(0, start - ROLE_GLUE) : start]):
        if t.is_punct or t.pos_ == "AUX" or t.is_sent_end:
            break  # not at VERB: the tagger reads `le leader étudiant` as verbs before a name
        out.append(t)
    if end < len(doc) and doc[end].text == ",":
        for t in doc[end + 1 : min(len(doc), end + 1 + NAME_IN_ROLE_PHRASE)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                break
            out.append(t)
    return out


def _inhabitant_epithet(doc: Doc, m: Mention) -> bool:
    """A definite article and one capitalised inhabitant noun, nothing after (`le Lyonnais`,
    `l'Ukrainienne`, `le Breton`): the press's way of naming again a person it introduced with their
    name and origin, not someone new (a new person comes with an indefinite: `un Lyonnais`)."""
    if m.end - m.start != 2:
        return False
    word = doc[m.start + 1]
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and word.text[1:].islower()
        and norm(word.text).endswith(DEMONYM_ENDINGS)
    )


def _one_titled_holder(doc: Doc, m: Mention, res: Resources) -> bool:
    """A singular role whose holders French writes with an abbreviated title (`avocat`: `Me`), and
    exactly one person written so in the text (`Me Paul Roux`): `son avocat` is that person, named
    before or after it; two such names leave the role unnamed."""
    titles = res.role_titles.get(m.info.head)
    if not titles or m.info.number != "sing":
        return False
    holders = {
        doc[t.i + 1].text
        for t in doc[:-1]
        if t.text.rstrip(".") in titles and doc[t.i + 1].is_alpha and doc[t.i + 1].text[:1].isupper()
    }
    return len(holders) == 1


def _role_given(doc: Doc, head: str, res: Resources) -> bool:
    """The text puts the role word right against a person's name: `le berger Paul Roux`, `Paul Roux,
    berger`, `Paul Roux, le berger` (no other word between, so `la colère de Paul Roux` does not count)."""
    names = person_names(doc, res)
    starts = {start for start, _ in names}
    ends = {end for _, end in names}
    for t in doc:
        if (t.lower_ != head and t.lemma_.lower() != head) or not t.text[:1].islower():
            continue
        if t.pos_ != "NOUN" and not (t.i > 0 and doc[t.i - 1].pos_ == "DET"):
            continue  # `le chancelier allemand X`: an adjective, not the role
        if t.i + 1 in starts or (t.i + 2 in starts and doc[t.i + 1].text == ","):
            return True
        before = [u.lower_ for u in doc[max(0, t.i - 3) : t.i]]
        if any(e in ends and all(w in (",", *ROLE_ARTICLES) for w in before[e - t.i :]) for e in range(t.i - 3, t.i)):
            return True
    return False


def _apposed_name(doc: Doc, m: Mention, res: Resources) -> bool:
    """`Paul Roux, président de l'association, estime`: the parser took the role for the subject and
    left the name in apposition before it (or after it: `la présidente de l'association, Marie Roux,`);
    the role headed by a person noun or title is that named person; so is a role phrase that ends with a
    name the recogniser missed (`directeur adjoint de l'Agence Paul Roux`)."""
    head = m.info.head
    agent = head.endswith(AGENT_SUFFIXES)
    if not (agent or any(res.has(cat, head) for cat in ("person_noun", "unique_title", "anonymous_head"))):
        return False
    names = person_names(doc, res)
    if res.has("collective_source", head):
        return False  # `l'entourage de X` is not X
    before = m.start >= 2 and doc[m.start - 1].text == "," and any(end == m.start - 1 for _, end in names)
    comma = _role_phrase_comma(doc, m.end)
    after = comma is not None and _titled_name_at(doc, comma + 1, names, res)
    inside = any(  # `directeur adjoint Paul Roux`; not `la fille de Paul Roux` nor `les dirigeants de X`
        m.start < start
        and end == m.end
        and end - start > 1
        and doc[start - 1].pos_ not in ("ADP", "DET")
        and not res.has("named_place_noun", norm(doc[start - 1].text))  # `de l'impasse Paul-Roux`: a street
        and doc[start].text[:1].isupper()  # an entity opening on `de` is the complement, not a name
        for start, end in names
    )
    if (after or inside) and _other_person_in_complement(doc, m, res):
        return False  # `un conseiller du président Paul Roux`: the name is the president's
    return before or after or inside


def _role_phrase_comma(doc: Doc, end: int) -> int | None:
    """The comma closing a role's phrase from token `end` on: right there, or after the rest of its
    complement that the speaker span left out (`le responsable des services | aux usagers de la Ville,
    Paul Roux`; `notre journaliste | sur place, Anne Lee`): words with no verb and no other punctuation,
    within NAME_IN_ROLE_PHRASE tokens."""
    for t in doc[end : min(len(doc), end + NAME_IN_ROLE_PHRASE)]:
        if t.text == ",":
            return t.i if t.i + 1 < len(doc) else None
        if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX") or (t.i > end and t.is_sent_start):
            return None
    return None


APPOSED_TITLE_WORDS = 2  # `le général`, `la Dre`: words of article and title an apposed name may open with


def _titled_name_at(doc: Doc, i: int, names: list[tuple[int, int]], res: Resources) -> bool:
    """A person's name starts at token i, or after an article and a title or honorific of its own
    (`..., le général Paul Roux`, `..., la Dre Marie Roux`): French repeats the holder's title in
    the apposition, and the name is still the role's holder."""
    starts = {start for start, _ in names}
    for k in range(i, min(len(doc), i + APPOSED_TITLE_WORDS + 1)):
        if k in starts:
            return True
        word = norm(doc[k].text).rstrip(".")
        article = k == i and word in ROLE_ARTICLES
        title = res.has("honorific", word) or (
            doc[k].text.islower() and any(res.has(cat, word) for cat in ("person_noun", "unique_title"))
        )
        if not (article or title):
            return False
    return False


def _other_person_in_complement(doc: Doc, m: Mention, res: Resources) -> bool:
    """A singular person noun or title in a complement after the head (`du président`, `de la
    ministre`): a name closing or following the phrase belongs to that person, not to the head."""
    words = [t for t in doc[m.start : m.end]]
    heads = [i for i, t in enumerate(words) if m.info.head in (t.lower_, t.lemma_.lower())]
    if not heads:
        return True  # head not found as written: do not guess
    for t in words[heads[0] + 1 :]:
        before = [u.lower_.replace("’", "'") for u in doc[max(m.start, t.i - 2) : t.i]]
        of_one = before[-1:] == ["du"] or before[-2:] in (["de", "la"], ["de", "l'"])  # singular complement
        if of_one and any(
            res.has(cat, key)
            for cat in ("person_noun", "unique_title", "anonymous_head")
            for key in (t.lower_, t.lemma_.lower())
        ):
            return True
    return False


def _name_demonstrative_role(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> None:
    """French: an antecedent found in the narrative, not as a speaker (`Depuis, cette infirmière dort chez
    une amie. « ... », dit-elle`), opened by a demonstrative and headed by a person's role takes up the
    last person named, as the same phrase does as a speaker: a demonstrative never brings in someone
    new. Typed named_person (in place) under the guards of `_stands_for_last_named`, and chained to that
    name unless the name is a complement (`élu du district de X`: a place)."""
    if m.info.type != "anonymous" or m.info.named or not _demonstrative(doc, m, res):
        return
    if not _role_description(doc, m, res):
        return  # a source noun (`cette source`) is a role only where the text names that role
    if not _stands_for_last_named(doc, m, earlier, res):
        return
    m.info = replace(m.info, type="named_person", named=True)
    if m.antecedent is not None or not has(doc, "ENT_IOB"):
        return
    role_gender = m.info.gender if m.info.gender in ("masc", "fem") else None
    for start, end in reversed(person_names(doc, res)):
        if end > m.start or m.start - end > ROLE_WINDOW:
            continue
        if start and norm(doc[start - 1].text) in COMPLEMENT_WORDS:
            continue  # `député du district de X`: a place or a body in a complement, no holder
        gender = _gender_before(doc, start, end, res)
        info = classify(doc, start, end, res)
        if info.type == "named_person" and (None in (gender, role_gender) or gender == role_gender):
            m.antecedent = Mention(start, end, info, start)  # the chain ends at the name
            return


def _demonstrative(doc: Doc, m: Mention, res: Resources) -> bool:
    """French `cette adjointe`, `ce syndicaliste`: a demonstrative points back (or to the person the
    lead introduces) as a definite article does."""
    return res.lang == "fr" and doc[m.start].lower_ in DEMONSTRATIVES


def _role_named(doc: Doc, m: Mention, res: Resources) -> bool:
    """An unnamed-voice role (`le porte-parole`, `le procureur`, `le magistrat`) stands for a person only
    when the text gives that role a name somewhere, before or after (`le procureur de la République de
    Marseille, Xavier Tarabeux`; `Dmitri Peskov, porte-parole du Kremlin`): the name inside the role's own
    phrase (no verb between, at most one comma) or just before it. Another person named nearby is not
    the spokesperson, and a role nobody names stays unnamed (the issue's convention)."""
    words = {m.info.head, *res.role_aliases.get(m.info.head, ())}
    starts = {ent.start: ent for ent in doc.ents if ent.label_ in ("PER", "PERSON")}
    ends = {ent.end for ent in doc.ents if ent.label_ in ("PER", "PERSON")}
    for t in doc:
        if t.lower_ not in words and t.lemma_.lower() not in words:
            continue
        if _name_at_role(doc, t.i, starts, ends):
            return True  # `Xavier Tarabeux, le procureur`
    return False


def _name_at_role(doc: Doc, i: int, starts: Container[int], ends: Container[int]) -> bool:
    """A person's name ends just before the role word at i (`Paul Roux, maire de Villiers`) or starts
    inside the role's own phrase after it (`le maire de Villiers, Paul Roux`): no verb, no sentence start
    and at most one comma between."""
    if any(e in ends for e in range(i - NAME_BEFORE_ROLE, i + 1)):
        return True
    if _name_before_coordinated_role(doc, i, ends):
        return True
    commas = 0
    for u in doc[i + 1 : min(len(doc), i + 1 + NAME_IN_ROLE_PHRASE)]:
        if u.i in starts:
            return True
        if u.is_sent_start or u.pos_ in ("VERB", "AUX") or (u.is_punct and u.text not in (",", "(", "-")):
            break
        commas += u.text == ","
        if commas > 1:
            break
    return False


COORDINATED_ROLE = 4  # words of a first role before `et` (`délégué FO et porte-parole`)


def _name_before_coordinated_role(doc: Doc, i: int, ends: Container[int]) -> bool:
    """The role word at i is the second of two roles apposed to a name (`Paul Roux, délégué FO et
    porte-parole du collectif`): `et` before it, a first role of a few words with no verb, then a
    comma closing the name."""
    if i < 3 or doc[i - 1].lower_ != "et":
        return False
    for comma in range(i - 2, max(0, i - 2 - COORDINATED_ROLE), -1):
        u = doc[comma]
        if u.text == ",":
            return comma in ends and comma < i - 2
        if u.pos_ in ("VERB", "AUX") or u.is_punct or u.is_sent_start:
            return False
    return False


def _named_before(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> bool:
    """A named person is mentioned within ROLE_WINDOW tokens before m (as a speaker or an entity), and m
    does not present someone new (`le patron d'une boulangerie`); French asks more of that person
    (`_stands_for_last_named`)."""
    if _new_referent(doc, m):
        return False
    if res.lang == "fr":
        return _stands_for_last_named(doc, m, earlier, res)
    if any(c.resolved.info.type == "named_person" and m.start - c.end <= ROLE_WINDOW for c in earlier):
        return True
    if not has(doc, "ENT_IOB"):
        return _previous_person(doc, m, res) is not None  # no recogniser: a run of capitalised words
    return any(0 <= m.start - end <= ROLE_WINDOW for _, end in person_names(doc, res))


def _stands_for_last_named(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> bool:
    """French: a role with no name of its own (`le chasseur`, `l'homme`, `le président`) names again the
    last person the text named within ROLE_WINDOW tokens whose known gender fits the role's, only when
    that person is still the one talked about: not the subject of another clause of the role's own
    sentence (`X l'interpelle mais le chasseur lui répond`: two people), and no unnamed person brought
    in since as a subject (`Le propriétaire d'une maison ... L'homme affirme`). Otherwise the role is
    someone the text leaves unnamed."""
    last = _last_named(doc, m, earlier, res)
    if last is None:
        return False
    start, end = last
    return not _named_beside(doc, start, end, m) and not _someone_new_between(doc, end, m.start, res)


def _last_named(doc: Doc, m: Mention, earlier: list[Mention], res: Resources) -> tuple[int, int] | None:
    """The last mention of a named person before m within ROLE_WINDOW tokens (a speaker, a pronoun chained
    to one, or a name in the text) whose known gender, if any, is the role's."""
    found: list[tuple[int, int, str | None]] = []
    for c in earlier:
        target = c.resolved
        if target.info.type == "named_person" and c.end <= m.start and m.start - c.end <= ROLE_WINDOW:
            gender = _pronoun_gender(c) or _gender_before(doc, target.start, target.end, res)
            found.append((c.start, c.end, gender))
    if has(doc, "ENT_IOB"):
        names = person_names(doc, res)
    else:
        person = _previous_person(doc, m, res)  # no recogniser: a run of capitalised words
        names = [(person.start, person.end)] if person is not None else []
    for start, end in names:
        if end <= m.start and m.start - end <= ROLE_WINDOW:
            found.append((start, end, _gender_before(doc, start, end, res)))
    role_gender = m.info.gender if m.info.gender in ("masc", "fem") else None
    fitting = [(start, end) for start, end, gender in found if None in (gender, role_gender) or gender == role_gender]
    return max(fitting, key=lambda f: f[1]) if fitting else None


def _named_beside(doc: Doc, start: int, end: int, m: Mention) -> bool:
    """The named person stands in m's own sentence, away from m (not in apposition to it: `Paul Roux, le
    chasseur,`): one sentence names one person once, by name or by role (`Marc interpelle un homme, mais
    le chasseur lui répond`), whatever the parse makes of its clauses."""
    if not has(doc, "SENT_START"):
        return False
    if all(t.is_punct or norm(t.text) in ROLE_ARTICLES for t in doc[end : m.start]):
        return False  # `Paul Roux, le chasseur,`: the role in apposition to the name
    between = doc[end : m.start]
    if any(_sentence_break(t) for t in between):
        return False  # a full stop or a line break the sentence splitter missed: another sentence
    return doc[start].sent.start == doc[m.start].sent.start


def _subject_like(t: Token) -> bool:
    """The parse's subject, or the noun phrase opening its sentence (determiners and adjectives before
    it), which French puts in subject position where the parse fails (a name or a noun left as ROOT)."""
    if t.dep_.startswith("nsubj"):
        return True
    return t.dep_ == "ROOT" and all(u.pos_ in ("DET", "ADJ", "PUNCT") for u in t.doc[t.sent.start : t.i])


NEW_PERSON_WORDS = 8  # words of a subject's phrase read for an indefinite (`Le propriétaire d'une maison`)


def _someone_new_between(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """A lower-case noun of persons brought in as a subject between tokens start and end, outside
    quotations, by an indefinite article or an indefinite complement (`un pêcheur`, `Le propriétaire d'une
    maison`): a new, unnamed person, whom a later role may stand for rather than the person named before."""
    if not has(doc, "DEP"):
        return False
    for t in doc[start:end]:
        if not (_subject_like(t) and t.pos_ == "NOUN" and t.text.islower()):
            continue
        if not is_person_noun(t, res):
            continue
        if _inside_quotes(doc, _paragraph_start(doc, t.i), t.i):
            continue  # a quotation may run over several sentences of its paragraph
        first = t.left_edge.i
        words = [norm(u.text) for u in doc[first : min(t.right_edge.i + 1, first + NEW_PERSON_WORDS)]]
        if words and words[0] in ("un", "une") and not (len(words) > 1 and words[1] in ("des", "de", "d'")):
            return True
        if any((words[i], words[i + 1]) in INDEFINITE_COMPLEMENT for i in range(1, len(words) - 1)):
            return True
    return False


PERSON_NAMES_KEY = "framing_person_names"


def person_names(doc: Doc, res: Resources) -> list[tuple[int, int]]:
    """Token ranges of the persons the text names: the recogniser's, and a listed given name followed by
    a capitalised word it missed (`Paul Roux` tagged nothing or a place). French only for the latter.

    Remembered per Doc (in `doc.user_data`, per resources): every role mention asks, and each answer
    walks the whole text. Callers only read the list."""
    return per_resources(doc, PERSON_NAMES_KEY, res, lambda: _person_names(doc, res))


def _person_names(doc: Doc, res: Resources) -> list[tuple[int, int]]:
    spans = [(ent.start, ent.end) for ent in doc.ents if ent.label_ in ("PER", "PERSON")]
    if res.lang != "fr":
        return spans
    spans = [(start, end) for start, end in spans if _name_like(doc[start:end]) and not _not_a_name(doc, start, end)]
    inside = {i for start, end in spans for i in range(start, end)}
    table = token_table(doc)
    words, lowers = table.words, table.lower
    for i in range(len(doc) - 1):
        if i in inside or not words[i][:1].isupper() or not res.has("given_name", lowers[i]):
            # the screen: both tests below need a listed given name with a capital outside a kept entity
            # (the table's lower case is `norm` of the form; no Token built)
            continue
        t, nxt = doc[i], doc[i + 1]
        if nxt.text[:1].isupper() and nxt.is_alpha:  # the screen checked the given name
            spans.append((t.i, t.i + 2))
        elif _given_name_alone(doc, t.i, res):
            spans.append((t.i, t.i + 1))  # `explique Nadège`: a person the text calls by her given name
    return sorted(spans)


def _name_like(ent: Span) -> bool:
    """A person entity that ends in a word, not an elided particle, and holds a capitalised word: the
    French recogniser tags `n’`, `jusqu’`, `le loup n’` or `pinot noir` a person (the tagger reads a curly
    elision as a proper noun), which would count as a person named before a role."""
    if ent[-1].text.endswith(("’", "'")):
        return False
    return any(t.text[:1].isupper() and t.is_alpha for t in ent)


NAMELESS_ARTICLES = ("le", "la", "l'", "les", "un", "une", "des", "du")  # never right before a person's name


def _not_a_name(doc: Doc, start: int, end: int) -> bool:
    """A person entity the French recogniser finds where no person is named: right after an article
    (`un Kunié`, `les îles de la Madeleine`: French writes a person's name without one, and `le Dr X`
    puts the title between), or one word opening a sentence that the tagger does not call a proper noun
    (`Prétextant ne pas avoir eu le temps, ...`: a participle's capital is the sentence's)."""
    if start > 0 and norm(doc[start - 1].text) in NAMELESS_ARTICLES:
        return True
    first = doc[start]
    return end - start == 1 and first.is_sent_start and first.pos_ != "PROPN"


def _given_name_alone(doc: Doc, i: int, res: Resources) -> bool:
    """A listed given name written alone, capitalised, mid-sentence, that is no place or body name."""
    t = doc[i]
    if not t.text[:1].isupper() or t.is_sent_start or (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
        return False
    if _not_a_name(doc, i, i + 1):
        return False  # `l'église de la Madeleine`: a given name after an article names a place
    low = norm(t.text)
    if not res.has("given_name", low):
        return False
    return not any(res.has(cat, low) for cat in ("place", "institution_name", "media_name"))


def _shared_words(doc: Doc, m: Mention, cand: Mention) -> int:
    """How many alphabetic words (beyond the head) two mentions share, case-insensitively."""
    words = {t.lower_ for t in doc[m.start : m.end] if t.is_alpha and t.lower_ != m.info.head}
    return len(words & {t.lower_ for t in doc[cand.start : cand.end] if t.is_alpha})


def _previous_person(doc: Doc, m: Mention, res: Resources, genders: dict[str, str] | None = None) -> Mention | None:
    """No earlier speaker agrees: the nearest person the text named before (`Sarah Cohen ... she said`);
    with `genders` (French), the nearest whose known gender does not contradict the pronoun's."""
    best: tuple[int, int] | None = None
    if has(doc, "ENT_IOB"):
        for ent in doc.ents:
            if ent.end > m.start:
                break
            near = ent.label_ in ("PER", "PERSON") and m.start - ent.end <= PERSON_WINDOW
            if near and (res.lang != "fr" or _name_like(ent)):
                if genders is not None and _other_gender(doc, m, ent.start, ent.end, genders, res):
                    continue
                best = (ent.start, ent.end)
    else:
        # No named-entity recogniser: the nearest run of two or more capitalised words.
        j = m.start - 1
        while j > 0 and m.start - j <= PERSON_WINDOW:
            if doc[j].text[:1].isupper() and doc[j - 1].text[:1].isupper() and doc[j].is_alpha and doc[j - 1].is_alpha:
                k = j - 1
                while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and j - k < 3:
                    k -= 1
                best = (k, j + 1)
                break
            j -= 1
    if best is None:
        return None
    info = classify(doc, best[0], best[1], res)
    if info.type != "named_person":
        return None
    return Mention(best[0], best[1], info, best[0])


def _agent_before(
    doc: Doc, m: Mention, earlier: list[Mention], res: Resources, finder: SpeakerFinder
) -> Mention | None:
    """French: the agent of a passive participle (`une plainte déposée par l'association X`) in the pronoun's
    sentence or the one before, after the last speaker mention: a pronoun that agrees with it takes it up
    (`Selon elle`, `Elle estime`), as the entity the text just brought in, rather than an earlier speaker."""
    s_start, _ = finder.sentences.bounds(m.start)
    p_start = finder.sentences.bounds(s_start - 1)[0] if s_start > 0 else s_start
    floor = max([p_start, *(c.end for c in earlier if c.end <= m.start)])
    for t in reversed(doc[floor : m.start - 1]):
        if not res.has("passive_agent", norm(t.text)) or t.i == 0:
            continue
        before = doc[t.i - 1]
        if not (before.pos_ in ("VERB", "ADJ") and "Part" in before.morph.get("VerbForm")):
            continue
        found = finder.right_np(t.i + 1, skip_time=False, max_len=8)
        if found is None or found[1] > m.start or _quoted(doc, p_start, t.i):
            return None
        info = classify(doc, found[0], found[1], res)
        if info.type == PRONOUN or not _agrees(m.info, info):
            return None
        return Mention(found[0], found[1], info, found[0])
    return None


def _later_unnamed_person(
    doc: Doc, m: Mention, named: Mention | None, res: Resources, finder: SpeakerFinder
) -> Mention | None:
    """French `ce dernier`, `celui-ci`: the last noun phrase of a person before it, in its sentence or the
    one before, when that phrase comes after the last named person (`X a reçu le nouveau président. Ce
    dernier ...`): a singular lower-case noun of persons of a fitting gender, outside quotations, not in
    apposition to a name (`Paul Roux, l'avocat du prévenu` is Paul Roux)."""
    s_start, _ = finder.sentences.bounds(m.start)
    p_start = finder.sentences.bounds(s_start - 1)[0] if s_start > 0 else s_start
    floor = max(p_start, named.end if named is not None else p_start)
    for t in reversed(doc[floor : m.start]):
        if not (t.pos_ == "NOUN" and t.text.islower() and is_person_noun(t, res)):
            continue
        if "Plur" in t.morph.get("Number") or _quoted(doc, p_start, t.i):
            continue
        gender = _article_gender(doc, t)
        if m.info.gender in ("masc", "fem") and gender and m.info.gender[0].upper() + m.info.gender[1:] not in gender:
            continue
        start = t.i
        while start > floor and (res.has("determiner", norm(doc[start - 1].text)) or doc[start - 1].pos_ == "ADJ"):
            start -= 1
        apposed = named is not None and all(u.is_punct for u in doc[named.end : start])
        if start == t.i or apposed:
            return None  # no article (`en tant que président`), or the role in apposition to the name
        found = finder.right_np(start, skip_time=False, max_len=8)
        if found is None or not found[0] <= t.i < found[1] or found[1] > m.start:
            return None
        person = Mention(found[0], found[1], classify(doc, found[0], found[1], res), found[0])
        if _bare_title(doc, person, res) and not _title_holder(doc, person, [], res):
            person.info = replace(person.info, type="anonymous", named=False)  # a title no one is named to
        return person
    return None


def _former_person(doc: Doc, m: Mention, res: Resources, genders: dict[str, str]) -> Mention | None:
    """French `le premier`, `la première` as a speaker: the former of the two persons named last, the
    one named before the last (of another surname), when the two are near enough to be a pair."""
    last = _previous_person(doc, m, res, genders)
    if last is None:
        return None
    before = _previous_person(doc, Mention(last.start, last.start, m.info, last.start), res, genders)
    if before is None or _surname(doc, before.start, before.end) == _surname(doc, last.start, last.end):
        return None
    return before


BODY_TYPES = ("institution", "media", "document")  # what a `ce dernier` with no person before it may be
PLURAL_TYPES = ("group", "anonymous")  # `ces derniers`: people, unnamed (`les habitants`, `des témoins`)
COMPLEMENT_WORDS = ("de", "d'", "du", "des")  # `le ministre de l'Intérieur`: a complement is no antecedent


def _last_body(doc: Doc, m: Mention, res: Resources, finder: SpeakerFinder) -> Mention | None:
    """French `ce dernier`, `cette dernière` with no person before it: the last noun phrase of a body, an
    outlet or a text in its sentence or the one before (`Le ministère a été interrogé. Selon ce dernier`),
    of a fitting gender, outside quotations, not a complement of another noun; `ces derniers`, `ceux-ci`
    when no earlier rule resolved them: the last plural phrase of that kind or of people."""
    if not has(doc, "DEP"):
        return None
    plural = m.info.number == "plur"
    s_start, _ = finder.sentences.bounds(m.start)
    p_start = finder.sentences.bounds(s_start - 1)[0] if s_start > 0 else s_start
    for t in reversed(doc[p_start : m.start]):
        if t.pos_ not in ("NOUN", "PROPN") or t.head.i == t.i or _quoted(doc, p_start, t.i):
            continue
        if t.dep_ not in ("nsubj", "nsubj:pass", "obj", "obl:arg", "obl:agent", "obl", "appos"):
            continue
        start, end = finder.np_from_head(t)
        if end > m.start:
            continue
        if start > 0 and norm(doc[start - 1].text).lower() in COMPLEMENT_WORDS:
            continue
        if ("Plur" in t.morph.get("Number")) != plural:
            continue
        gender = _article_gender(doc, t)
        if m.info.gender in ("masc", "fem") and gender and m.info.gender[0].upper() + m.info.gender[1:] not in gender:
            continue
        info = classify(doc, start, end, res)
        if info.type not in (*BODY_TYPES, *(PLURAL_TYPES if plural else ())) or info.number != m.info.number:
            return None  # the last phrase that fits is no source: leave the pronoun to the other rules
        return Mention(start, end, info, start)
    return None


def _article_gender(doc: Doc, t: Token) -> list[str]:
    """The gender of a noun as its article tells it (`la ministre`: the tagger gives an epicene role
    either gender), else as the tagger reads the noun."""
    before = doc[t.i - 1] if t.i > 0 else None
    if before is not None and before.pos_ == "DET" and len(before.morph.get("Gender")) == 1:
        return list(before.morph.get("Gender"))
    return list(t.morph.get("Gender"))


def _person_before_colon(doc: Doc, m: Mention, res: Resources, finder: SpeakerFinder) -> Mention | None:
    """`l'expérience du professeur Paul Roux : il observe que ...`: a singular pronoun opening the
    clause after a colon stands for the person the clause before the colon introduced, in the same
    sentence, rather than for an earlier speaker (French; names inside quotations do not count)."""
    if m.info.number != "sing" or not has(doc, "ENT_IOB"):
        return None
    s_start, _ = finder.sentences.bounds(m.start)
    colon = next((t.i for t in reversed(doc[s_start : m.start]) if t.text == ":"), None)
    if colon is None or m.start - colon > COLON_WINDOW:
        return None
    best = None
    for ent in doc.ents:
        if ent.start >= colon:
            break
        if ent.start >= s_start and ent.label_ in ("PER", "PERSON") and not _quoted(doc, s_start, ent.start):
            best = ent
    if best is None:
        return None
    info = classify(doc, best.start, best.end, res)
    if info.type != "named_person":
        return None
    return Mention(best.start, best.end, info, best.start)


def _quoted(doc: Doc, s_start: int, i: int) -> bool:
    """Token i sits inside quotation marks opened earlier in its sentence (any length of quotation):
    guillemets, curly quotes, or an odd number of straight double quotes (wire copy writes `"`)."""
    words = [t.text for t in doc[s_start:i]]
    return (
        words.count("«") > words.count("»")
        or words.count("\u201c") > words.count("\u201d")
        or words.count('"') % 2 == 1
    )


COLON_WINDOW = 12  # tokens between the colon and the pronoun: the pronoun opens the clause after it


def _previous_subject(doc: Doc, m: Mention, res: Resources, finder: SpeakerFinder) -> Mention | None:
    """No earlier speaker at all: the subject of the previous sentence, if it agrees
    (`Le ministre a défendu sa réforme. Il a estimé que ...`)."""
    if not has(doc, "DEP"):
        return None
    s_start, _ = finder.sentences.bounds(m.start)
    if s_start == 0:
        return None
    p_start, _ = finder.sentences.bounds(s_start - 1)
    guessed: Mention | None = None
    for tok in doc[p_start:s_start]:
        if tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN") and finder.quotes.containing(tok.idx) is None:
            span = finder.np_from_head(tok)
            info = classify(doc, span[0], span[1], res)
            if info.type == PRONOUN or info.number != m.info.number:
                return guessed
            found = Mention(span[0], span[1], info, span[0])
            if not (res.lang == "fr" and info.fallback):
                return found
            # `Le suspense a pris fin : le général X a annoncé ...`: a subject typed by guess alone
            # gives way to a later subject some list, name or entity types
            guessed = guessed or found
    return guessed


def _same_sentence_subject(doc: Doc, m: Mention, res: Resources, finder: SpeakerFinder) -> Mention | None:
    """`les groupes ... font part de ..., ce qui, selon eux, contrevient`: the sentence's earlier subject."""
    if not has(doc, "DEP"):
        return None
    sent_start, _ = finder.sentences.bounds(m.start)
    best = None
    for tok in doc[sent_start : m.start]:
        if tok.dep_ in ("nsubj",) and tok.pos_ in ("NOUN", "PROPN"):
            best = tok
    if best is None:
        return None
    if finder.quotes.containing(best.idx) is not None:
        return None
    span = finder.np_from_head(best)
    info = classify(doc, span[0], span[1], res)
    if info.type == PRONOUN or info.number != m.info.number:
        return None
    return Mention(span[0], span[1], info, span[0])
