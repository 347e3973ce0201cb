"""A planned thing's effects and "tout" + noun in the conditional (French), fifteenth round.

"Ce contournement est un projet d'autoroute. Elle relierait l'A28 à l'A13": the project was named
sentences earlier, with no verb that sets it up ("propose", "prévoit de": see `subjects`), and the
conditional tells what the planned thing would do or cost. Read as a hypothetical when the verb is
one of effect or property (`effect_verb`: coûter, relier, accueillir, permettre, desservir...), its
subject takes up the thing (a personal pronoun, or a noun after a demonstrative, or after a definite
article when the noun is a planned thing, `plan_noun`, or a proposal or scheme noun), a plan sign
(`plan_sign`: "projet", "futur", "prévu") is in the sentence before the verb, in the two sentences
before it or in the headline, and the sentence names no source ("le stade accueillerait 40 000
places, selon le club" stays reported news). A compound past ("aurait coûté", "aurait relié") and a
reported event ("aurait été arrêté", "serait mort") are never effects.

Twentieth round: when the subject names the planned thing itself (a definite or demonstrative article
+ a `plan_noun`: "le stade", "ce tunnel"), any present conditional, active ("compterait") or passive
("serait situé", not an unaccusative event "serait parti", a reflexive "se serait effondré" or a
compound past), describes the plan, and a proposal noun in scope opens it too ("Selon la
proposition, ..."). Not when the sentence or the two before tell the plan's details as news: an
attribution to the press or to an unnamed source (`sources.news_cues`) or a `leak_sign` ("a appris
le journal"); those details are unconfirmed, and annotators mark their conditionals as hedges.

"Tout lien direct augmenterait la congestion", "toute hausse pénaliserait les ménages": "tout" + a
noun with no article (a `universal_determiner` that is also an `indefinite_antecedent`) is any such
thing, a hypothesis; "toute la ville serait privée d'eau" (an article follows) and "tout serait
rentré dans l'ordre" stay news.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..matching import norm
from .clauses import Sentences, first_with
from .hypothetical import compound_conditional
from .implicit import ETRE_CONDITIONAL
from .mood import conditional_stem
from .words import ClauseWords

# Sentences back from the conditional's own where a plan sign still sets the scope.
PLAN_SENTENCES_BACK = 2
PERSONAL_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# Demonstratives take up whatever was named; a definite article only a planned thing.
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
DEFINITE_ARTICLES = frozenset({"le", "la", "les", "l'"})
# Twentieth round (b): "un nouveau stade compterait 30 000 places" names a planned thing too.
INDEFINITE_ARTICLES = frozenset({"un", "une", "des"})
# "le service de tramway", "les travaux du musée": the "de" that heads a noun complement.
DE_FORMS = frozenset({"de", "d'", "du", "des"})
COMPLEMENT_REACH = 4
# "se serait effondré": a reflexive event, news about the thing, not its description.
REFLEXIVE_CLITICS = frozenset({"se", "s'"})


def plan_effect(
    doc: Doc,
    token: Token,
    subjects: Sequence[Token],
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    news_cues: frozenset[int] = frozenset(),
) -> str | None:
    """Why this plain conditional tells a planned thing's effect (`plan-effect:projet`), or None."""
    # Twentieth round: with a planned thing's noun as subject ("le stade compterait", "la ligne serait
    # reliée"), any present conditional, active or passive, describes the plan, not unverified news.
    named_plan = any(_names_plan(doc, subject, keys, words) for subject in subjects)
    described = named_plan and _present_description(doc, token, words)
    if not (_effect_verb(doc, token, keys, words) or described):
        return None
    if compound_conditional(doc, token) and not (_property(doc, token, keys, words) or described):
        return None  # "aurait coûté", "aurait été arrêté"; not "serait gratuit", tagged a participle
    lo, hi = sentences.around(token.i)
    if any(keys[k] & words.source_signs for k in range(lo, hi)):
        return None  # "le stade accueillerait 40 000 places, selon le club": reported
    pronoun = [doc[k] for k in range(max(lo, token.i - 2), token.i) if doc[k].lower_ in PERSONAL_PRONOUNS]
    if not (named_plan or any(_takes_up_plan(doc, subject, keys, words) for subject in [*subjects, *pronoun])):
        return None  # the pronoun on the surface too: the model parses "Il serait gratuit" as impersonal
    first = sentences.start_back(lo, PLAN_SENTENCES_BACK)
    if described and any(k in news_cues or keys[k] & words.leak_signs for k in range(first, hi)):
        return None  # "..., a appris le journal. Ce tunnel serait creusé...": the plan's details are news
    # a planned thing named as subject: a proposal in scope is enough ("Selon la proposition, ...")
    signs = words.plan_signs | (words.proposal_nouns | words.proposal_openers if described else frozenset())
    k = first_with(keys, signs, sentences.with_headline(first, token.i))
    if k is None and described:
        # twentieth round (b): a scheme noun in the sentences before ("a voté le plan. Les travaux..."),
        # not in the conditional's own, where it may be the subject itself ("Le budget coûterait")
        k = first_with(keys, words.scheme_nouns, sentences.with_headline(first, lo))
    return f"plan-effect:{doc[k].text}" if k is not None else None


def _effect_verb(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """An effect or property verb, by its lemma or its future stem ("permettr" + "e"), or "serait" + a
    figure ("serait de 16 milliards") or + a property adjective ("serait souterraine")."""
    if keys[token.i] & words.effect_verbs:
        return True
    stem = conditional_stem(norm(token.text)) or ""
    if {stem, stem + "e"} & words.effect_verbs:
        return True
    if not token.lower_.startswith(ETRE_CONDITIONAL):
        return False
    after = [t for t in doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV"]
    if len(after) >= 2 and after[0].lower_ in ("de", "d'") and after[1].like_num:
        return True  # "serait de 16,2 milliards", "serait d'environ" (an adverb is skipped)
    return _property(doc, token, keys, words)


def _property(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "serait (entièrement) souterraine": "être" then a property adjective, adverbs skipped."""
    if not token.lower_.startswith(ETRE_CONDITIONAL):
        return False
    after = [t for t in doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV"]
    return bool(after) and bool(keys[after[0].i] & words.property_adjectives)


def _names_plan(doc: Doc, subject: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "le stade", "cette ligne", "un nouveau stade" (twentieth round, b: an indefinite article too; the
    plan sign in scope is still required), or a noun whose "de" complement is the planned thing ("le
    service de tramway", "les travaux du musée")."""
    if subject.pos_ == "PRON":
        return False
    planned = words.plan_nouns | words.scheme_nouns
    if not (keys[subject.i] & planned or _plan_complement(doc, subject, keys, planned)):
        return False
    before = [doc[k] for k in range(max(0, subject.i - 3), subject.i)]
    articles = DEFINITE_ARTICLES | DEMONSTRATIVES | INDEFINITE_ARTICLES
    return any(t.lower_ in articles for t in before)


def _plan_complement(doc: Doc, head: Token, keys: Sequence[frozenset[str]], planned: frozenset[str]) -> bool:
    """ "service de tramway", "travaux du futur musée": the head's noun complement after "de" (from the
    parse, or on the surface within three words) is a planned thing's noun."""
    for child in head.children:
        if child.dep_ == "nmod" and child.i > head.i and keys[child.i] & planned:
            return any(norm(c.text) in DE_FORMS for c in child.children if c.dep_ == "case")
    window = doc[head.i + 1 : min(len(doc), head.i + 1 + COMPLEMENT_REACH)]
    if not window or norm(window[0].text) not in DE_FORMS:
        return False
    for tok in window[1:]:
        if keys[tok.i] & planned:
            return True
        if tok.pos_ not in ("DET", "ADJ"):
            return False
    return False


def _present_description(doc: Doc, token: Token, words: ClauseWords) -> bool:
    """A present conditional, or "serait" + a passive participle ("serait situé", "seraient reliés"):
    not a compound past ("aurait coûté", "aurait été détruit"), an unaccusative event ("serait parti")
    or a reflexive one ("se serait effondré")."""
    if token.i > 0 and norm(doc[token.i - 1].text) in REFLEXIVE_CLITICS:
        return False
    return not compound_conditional(doc, token) or present_passive(doc, token, words)


def present_passive(doc: Doc, token: Token, words: ClauseWords) -> bool:
    """ "serait situé", "seraient reliés": "être" in the conditional + a participle that is not an
    unaccusative event ("serait parti") nor "été" ("aurait été détruit")."""
    if token.i > 0 and norm(doc[token.i - 1].text) in REFLEXIVE_CLITICS:
        return False
    if not token.lower_.startswith(ETRE_CONDITIONAL):
        return False  # "aurait" + participle: a compound past
    after = [t for t in doc[token.i + 1 : token.i + 3] if t.pos_ != "ADV"]
    return bool(after) and norm(after[0].text) not in words.event_participles and after[0].lower_ != "été"


def _takes_up_plan(doc: Doc, subject: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """A personal pronoun, "ce/cette/ces" + noun, or "le/la/les" + a planned thing's noun."""
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSONAL_PRONOUNS
    before = [doc[k] for k in range(max(0, subject.i - 3), subject.i)]
    if any(t.lower_ in DEMONSTRATIVES for t in before):
        return True
    planned = words.plan_nouns | words.proposal_nouns | words.scheme_nouns | words.measure_nouns
    return any(t.lower_ in DEFINITE_ARTICLES for t in before) and bool(keys[subject.i] & planned)


def free_choice_subject(
    doc: Doc, start: int, lo: int, keys: Sequence[frozenset[str]], words: ClauseWords
) -> str | None:
    """ "Tout lien direct augmenterait...": "tout"/"toute" + a noun with no article, heading the
    conditional's clause (no finite verb between it and the verb group)."""
    for k in range(start - 1, lo - 1, -1):
        tok = doc[k]
        if tok.is_punct or ("Fin" in tok.morph.get("VerbForm") and tok.pos_ in ("VERB", "AUX")):
            return None
        if keys[k] & words.free_choice_determiners and k > lo and doc[k - 1].pos_ == "DET":
            return None  # "la toute nouvelle rame": "toute" after an article is the adverb of degree (round 47)
        if keys[k] & words.free_choice_determiners and k + 1 < start:
            after = doc[k + 1]
            if after.pos_ in ("NOUN", "ADJ", "PROPN") and after.is_alpha and after.pos_ != "DET":
                return f"{tok.text} {after.text}"
            return None
    return None
