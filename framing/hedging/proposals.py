"""The terms of a proposal, an offer or a reform told in the conditional (French), sixteenth round.

"Treize offres de reprise sont sur la table. La dernière reprendrait 800 salariés": once the text
presents a proposal, an offer, a bid, a reform or a project that is not adopted (`proposal_opener`:
"offre", "réforme", "projet", "candidat", "propose", "envisage"; not "la réforme adoptée",
`settled_word`), the plain conditionals of the next sentences describe its terms, a hypothetical,
even with no plan word in their own sentence (a reform told provision after provision).

The scope reaches back `SCOPE_SENTENCES` sentences and is closed by a sentence of reported fact: a
source ("selon", "d'après") beside a conditional, or a conditional of an event ("aurait tué", "serait
mort", "se serait enfui"). The conditional itself stays the journalistic one when its sentence names a
source, when it tells an event (the same shapes), a state the press reports ("il y aurait", "se
trouveraient", `state_verb`), or when its subject is a name ("Chelsea offrirait 40 millions" is a
rumour of who does what, not the terms of an offer on the table).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..matching import norm
from ..token_table import morph_of
from .clauses import Sentences
from .hypothetical import compound_conditional
from .implicit import ETRE_CONDITIONAL
from .mood import conditional_stem
from .ruled_out import ruled_out
from .subjects import in_force, role_apposition, sets_up_scheme
from .words import ClauseWords

# Sentences back from the conditional's own where an opener still sets the scope.
SCOPE_SENTENCES = 5
REFLEXIVE = frozenset({"se", "s'"})
AVOIR_CONDITIONAL = "aur"
# Object clitics before the verb: "l'examinerait", "la jugerait", "les étudierait".
OBJECT_CLITICS = frozenset({"le", "la", "l'", "les"})
# "selon les premiers chiffrages": words from "selon" to the estimate noun.
ESTIMATE_REACH = 3


def proposal_terms(
    doc: Doc,
    token: Token,
    subjects: Sequence[Token],
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
) -> str | None:
    """Why this plain conditional tells the terms of a proposal in scope (`proposal-scope:offres`), or None."""
    if _reported_event(doc, token, keys, words) or _reported_state(doc, token, keys, words):
        return None
    if _status(doc, token, keys, words):
        return None  # "la réforme serait à l'étude": news about the proposal, not one of its terms
    if _reaction(doc, token, keys, words):
        return None  # "Le conseil l'examinerait lundi": what is done with the proposal is news about it
    lo, hi = sentences.around(token.i)
    effect = _effect(token, keys, words)
    reporting = [k for k in range(lo, hi) if k != token.i and _source(doc, keys, k, words)]
    if any(not (effect and _estimate(keys, k, words)) for k in reporting):
        return None  # "la réforme coûterait 3 milliards, selon la Cour", "..., a expliqué le maire": reported
    if any(_named(s) or _name_in_apposition(doc, s, token) for s in subjects) or _fronted_name(doc, lo, token):
        return None  # "Chelsea offrirait 40 millions", "Le président, Jean Dupont, envisagerait": a rumour
    first, end = lo, token.i
    for _ in range(SCOPE_SENTENCES + 1):
        opener = _opener(doc, first, end, keys, words, subjects)
        if opener is not None:
            return f"proposal-scope:{opener}"
        previous = sentences.previous_start(first)
        if previous >= first or _closes(doc, previous, first, keys, words):
            return None
        first, end = previous, first
    return None


def _named(subject: Token) -> bool:
    """A name: tagged so, or a capitalised word (the small model tags "Chelsea" a common noun; a common
    noun as subject comes after its article, in lower case)."""
    if subject.pos_ == "PRON":
        return False  # "Il relèverait le seuil": a pronoun heading its sentence is no name (eighteenth round)
    return subject.pos_ == "PROPN" or (subject.text[:1].isupper() and subject.is_alpha)


def _fronted_name(doc: Doc, lo: int, verb: Token) -> bool:
    """ "Jean Dupont, le président du club, envisagerait": a name heading the sentence, then its role in
    apposition right before the verb (nineteenth round; the parse often misses this subject)."""
    first = next((doc[k] for k in range(lo, verb.i) if not doc[k].is_space), None)
    if first is None or first.pos_ in ("DET", "PRON", "ADP", "ADV", "CCONJ", "SCONJ") or not first.is_alpha:
        return False
    return _named(first) and role_apposition(doc, first, verb.i)


def _name_in_apposition(doc: Doc, subject: Token, verb: Token) -> bool:
    """A role named by a name in apposition ("Le président du club, Jean Dupont, envisagerait"): a
    person's doing, as with a name for subject (seventeenth round). By the parse, or on the surface: a
    name right after a comma between the subject and its verb."""
    if any(child.dep_ == "appos" and _named(child) for child in subject.children):
        return True
    between = range(subject.i + 1, verb.i - 1)
    return any(doc[k].text == "," and _named(doc[k + 1]) for k in between)


def _source(doc: Doc, keys: Sequence[frozenset[str]], k: int, words: ClauseWords) -> bool:
    """A source word ("selon") or a verb of saying ("a expliqué le maire"), not a verb of proposing nor
    a participle used as an adjective ("une épreuve dite de spécialité", "reconnue comme")."""
    if keys[k] & words.source_signs:
        return not (_criterion(keys, k, words) or _scheme_named(keys, k, words))
    if not keys[k] & words.governors or keys[k] & words.proposal_openers:
        return False
    if "Part" in doc[k].morph.get("VerbForm"):
        return k > 0 and bool(keys[k - 1] & words.auxiliaries)
    return doc[k].pos_ in ("VERB", "AUX")


def _effect(token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """An effect verb (`effect_verb`, by lemma or future stem: "permettrait", "rapporterait")."""
    stem = conditional_stem(norm(token.text)) or ""
    return bool((keys[token.i] | {stem, stem + "e"}) & words.effect_verbs)


def _estimate(keys: Sequence[frozenset[str]], k: int, words: ClauseWords) -> bool:
    """A source that estimated the effect (round 35, second half): a verb of estimating ("a estimé
    l'Unédic", "chiffre le ministère") or "selon" / "d'après" + an estimate noun ("selon les chiffrages
    du gouvernement"). The figure it gives is what the measure would bring if applied: the scenario
    stays a hypothetical, while a source that only says ("a déclaré", "selon le ministre") reports it."""
    if keys[k] & words.estimate_words:
        return True
    if not keys[k] & words.source_signs:
        return False
    return any(keys[m] & words.estimate_words for m in range(k + 1, min(len(keys), k + ESTIMATE_REACH + 1)))


def _status(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "serait à l'étude", "serait en discussion", "serait envisagée": the proposal's status."""
    if not token.lower_.startswith(ETRE_CONDITIONAL):
        return False
    return any(keys[k] & words.proposal_statuses for k in range(token.i + 1, min(len(doc), token.i + 4)))


def _reaction(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "Le conseil l'examinerait", "la direction jugerait l'offre insuffisante" (twenty-first round): a
    verb of weighing or deciding on a proposal (`proposal_reaction`) whose direct object is the proposal,
    a clitic pronoun right before the verb or a proposal noun, tells what is done with it: news."""
    stem = conditional_stem(norm(token.text)) or ""
    if not (keys[token.i] | {stem, stem + "e"}) & words.proposal_reactions:
        return False
    before = next((doc[k] for k in range(token.i - 1, max(-1, token.i - 3), -1) if doc[k].lower_ != "ne"), None)
    if before is not None and norm(before.text) in OBJECT_CLITICS:
        return True  # "l'examinerait", "ne la jugerait pas" (right before a verb: no article, whatever its tag)
    proposals = words.proposal_openers | words.proposal_nouns | words.scheme_nouns
    return any(c.dep_ == "obj" and keys[c.i] & proposals for c in token.children)


def _opener(
    doc: Doc, lo: int, hi: int, keys: Sequence[frozenset[str]], words: ClauseWords, subjects: Sequence[Token]
) -> str | None:
    """A proposal noun not said settled, a verb of proposing, or "prévoit de" + infinitive, in [lo, hi);
    not after a conditional of its sentence ("Rien ne serait définitif, mais la proposition..." is a
    rumour about the proposal, told in the journalistic conditional)."""
    for k in range(lo, hi):
        if _conditional(doc[k]):
            return None
        if keys[k] & words.proposal_openers or _qualified(keys, k, words):
            if any(keys[m] & words.settled_words for m in range(k + 1, hi)) or in_force(doc, doc[k], keys, words):
                continue  # "la réforme adoptée en 2023", "la dernière réforme", "le projet a été abandonné"
            if keys[k] & words.bidder_nouns and any(s.i == k for s in subjects):
                continue  # "Le repreneur fermerait l'atelier": what a person would do, a rumour
            if _inquiry_lead(keys, k, lo, hi, words):
                continue  # "les enquêteurs suivent cette piste": an inquiry's lead, not a proposal (round 40)
            if ruled_out(doc, k, k + 1, keys, words, (lo, hi)):
                continue  # "a refusé une proposition de rachat": a proposal turned down has no terms (round 40)
            return doc[k].text
        elif sets_up_scheme(doc, k, keys, words) and keys[k] & words.provision_verbs:
            return doc[k].text  # "le ministère prévoit de revoir..."
    return None


def _inquiry_lead(keys: Sequence[frozenset[str]], k: int, lo: int, hi: int, words: ClauseWords) -> bool:
    """ "Les enquêteurs ont suivi cette piste", "c'est la piste que privilégie l'enquête" (round 40): a
    lead noun (`lead_noun`) in a sentence about an inquiry (`inquiry_word`) names an explanation being
    checked. The conditionals after it tell facts of the case in the journalistic conditional ("un autre
    suspect serait impliqué"), not the terms of a proposal: in the read sets H52-H55 all five plain
    conditionals typed by a proposal's scope were gold hedges, three after an inquiry's "piste"."""
    if not keys[k] & words.lead_nouns:
        return False
    return any(keys[m] & words.inquiry_words for m in range(lo, hi))


def _qualified(keys: Sequence[frozenset[str]], k: int, words: ClauseWords) -> bool:
    """ "l'initiative populaire", "une initiative citoyenne" (eighteenth round): a noun that names a
    proposal put to a vote only with its qualifier right after it."""
    if not keys[k] & words.qualified_openers or k + 1 >= len(keys):
        return False
    return bool(keys[k + 1] & words.proposal_qualifiers)


def _conditional(token: Token) -> bool:
    """A verb in the conditional, by the model's mood or, for a verb, by its ending."""
    if "Cnd" in morph_of(token).get("Mood", ()):
        return True
    return token.pos_ in ("VERB", "AUX") and conditional_stem(norm(token.text)) is not None


def _closes(doc: Doc, lo: int, hi: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """A sentence of reported fact: a conditional of an event, or a conditional beside a source."""
    conditionals = [doc[k] for k in range(lo, hi) if _conditional(doc[k])]
    if any(_reported_event(doc, t, keys, words) for t in conditionals):
        return True
    sources = (
        k
        for k in range(lo, hi)
        if keys[k] & words.source_signs and not (_criterion(keys, k, words) or _scheme_named(keys, k, words))
    )
    return bool(conditionals) and any(True for _ in sources)


def _criterion(keys: Sequence[frozenset[str]], k: int, words: ClauseWords) -> bool:
    """ "selon les revenus", "selon des modalités encore floues": "selon" + a criterion (`criterion_noun`
    in the three words after it) means "depending on", and names no source."""
    return any(keys[m] & words.criterion_nouns for m in range(k + 1, min(len(keys), k + 4)))


def _scheme_named(keys: Sequence[frozenset[str]], k: int, words: ClauseWords) -> bool:
    """ "Selon la proposition", "d'après le projet", "selon les termes de l'offre" (twenty-first round, b):
    a source word + the proposal itself in the three words after it tells the proposal's content, not
    reported news; it neither closes the scope nor refuses a term (not a bidder: "selon le repreneur")."""
    scheme = (words.proposal_openers - words.bidder_nouns) | words.proposal_nouns | words.terms_nouns
    return any(keys[m] & scheme for m in range(k + 1, min(len(keys), k + 4)))


def _reported_event(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "aurait tué", "aurait été arrêté", "serait mort", "se serait enfui": a compound conditional with
    "avoir", of a verb conjugated with "être", or of a pronominal verb. A passive ("serait complété")
    may describe a term."""
    if token.lower_.startswith(AVOIR_CONDITIONAL):
        return compound_conditional(doc, token)  # "reprendrait 800 salariés" is no auxiliary at all
    if not token.lower_.startswith(ETRE_CONDITIONAL):
        return False
    participle = next((t for t in doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV"), None)
    if participle is not None and keys[participle.i] & words.event_participles:
        return True  # "seraient déjà partis", whatever the tagger makes of the participle
    reflexive = any(doc[k].lower_ in REFLEXIVE for k in range(max(0, token.i - 2), token.i))
    return reflexive and compound_conditional(doc, token)


def _reported_state(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "il y aurait", "se trouveraient", "vivrait": a state the press reports, not a term."""
    if token.i > 0 and doc[token.i - 1].lower_ == "y" and token.lower_.startswith(AVOIR_CONDITIONAL):
        return True  # "il y aurait 40 blessés"; not "les producteurs y disposeraient de"
    plain_be_or_have = token.lower_.startswith((ETRE_CONDITIONAL, AVOIR_CONDITIONAL))
    return not plain_be_or_have and bool(keys[token.i] & words.state_verbs)
