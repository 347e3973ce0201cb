"""Is a conditional the consequence of a hypothesis ("Si la banque relevait ses taux, l'inflation
ralentirait"; "the strike would continue if ...")? Such a conditional states what follows from a
supposition, not unverified news, so it is not a hedge.

The test is made on the surface, which is robust to parse errors: a hypothetical marker from the
lexicon (`si`, `s'` before il/ils, `au cas où`, `if`, `unless`...) in the same sentence, unless it
opens an indirect question ("savoir si", "asked if") or is the adverb "si" before an adjective.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from ..matching import norm
from ..token_table import morph_of
from .clauses import HARD_BOUNDARIES, Sentences
from .mood import conditional_stem
from .words import ClauseWords, phrase_at

QUESTION_WINDOW = 3
# Marks that open a quotation: a question word before one does not govern the quoted "si".
OPENING_QUOTES = frozenset({"«", "“", '"'})
# How far after "si" its clause's finite verb is looked for ("si les contours de cette refonte restent").
SI_CLAUSE_REACH = 8
# Clitics or a negation between a relative pronoun and its verb ("que l'on attendrait", "qui ne").
RELATIVE_GAP = 3
# How far before the relative pronoun its antecedent's determiner may be ("une sorte de radeau qui").
ANTECEDENT_REACH = 4
# Words before a comparison's "que" ("plus vite que prévu", "moins que"): not a complementizer.
COMPARISON_REACH = 3
# Participle endings, to tell a compound conditional ("qui aurait tué") on a pipeline without morphology.
# Tags a participle may carry when the model gives it no VerbForm (none on a blank pipeline); an
# adverb such as "aussi" ends like one but is not ("ce qui minimiserait aussi..."). A word tagged as an
# adjective counts only with the ending -é ("âgé"): "eurosceptique", "publique" end in -ue.
PARTICIPLE_TAGS = ("", "VERB", "AUX")
# How far the parse may put a tense auxiliary's participle ("aurait par ailleurs demandé"), and the
# words allowed between them: adverbs and the prepositions of adverbial phrases ("par ailleurs").
AUXILIARY_REACH = 5
ADVERBIAL_TAGS = frozenset({"ADV", "ADP", "CCONJ"})
ADJECTIVAL_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "it", "ert", "int")


def hypothetical_marker(
    doc: Doc,
    token: Token,
    markers: list[tuple[int, int]],  # sorted
    keys: list[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
) -> tuple[int, int] | None:
    """The marker that makes `token`'s clause hypothetical, or None."""
    sent_start, sent_end = sentences.around(token.i)
    first = bisect.bisect_left(markers, (sent_start, sent_start))
    for start, end in markers[first:]:
        if start >= sent_end:
            break
        if _opens_question(doc, start, keys, words, sent_start):
            continue
        nxt = doc[end] if end < len(doc) else None
        degree = nxt is not None and nxt.pos_ in ("ADJ", "ADV") and nxt.dep_ != "advmod:neg"
        if end - start == 1 and degree and not keys[end] & words.si_determiners:
            continue  # "si grand", "si bien que": the adverb, not the conjunction ("si tous les pays...")
        if _separated(doc, min(start, token.i), max(start, token.i)):
            continue
        if end - start == 1 and phrase_at(doc, end, words.smooth_course_phrases):
            continue  # "si tout va bien, le pont devrait rouvrir": a forecast's proviso, as "sauf imprévu"
        if end - start == 1 and keys[start] & words.tense_sensitive_markers and _factual_si(doc, start, keys, words):
            continue  # "même s'il s'agira de...", "si les prix vont continuer": a fact or a contrast
        if doc.lang_ == "fr" and start > token.i and _complementizer(keys, words, token.i + 1, start):
            continue  # "X aurait franchi la frontière, et les habitants redoutent que si...": the que-clause's "si"
        if doc.lang_ == "fr" and start > token.i and _coordinated_condition(doc, start, end, keys, words, sent_end):
            continue  # "il ne s'agirait pas d'un cadre et si l'analyse confirme, le contrôle ...": the next clause's
        if words.open_case_markers and _past_conditional(doc, token) and _open_case(doc, start, end, words):
            continue  # "aurait été adapté en fonction des besoins, selon le maire": a past told as done
        if _realised_past(doc, token, start, end, keys, words, sent_start, sent_end):
            continue  # "Un tel acheteur aurait déjà été trouvé", "aurait eu des contacts pour ... en cas de"
        return (start, end)
    return None


def _coordinated_condition(
    doc: Doc, start: int, end: int, keys: list[frozenset[str]], words: ClauseWords, sent_end: int
) -> bool:
    """A "si" right after a coordinator that opens a clause of its own (round 42): "Il ne s'agirait
    pas d'un titulaire et si l'analyse confirme le résultat, le contrôle ne devrait rien changer". The
    "si" clause ends at a comma and a finite verb follows it: that verb is the condition's consequence,
    and the conditional before the coordinator stays out of its scope. A proviso with no verb of its
    own after it ("recruterait un attaquant et, si les finances le permettent, un défenseur") keeps
    the earlier reading."""
    if start == 0 or not keys[start - 1] & words.coordinators:
        return False
    comma = next((k for k in range(end, sent_end) if doc[k].text == ","), None)
    if comma is None:
        return False
    return any(
        doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm") for k in range(comma + 1, sent_end)
    )


def _past_conditional(doc: Doc, token: Token) -> bool:
    """ "aurait été adapté", "aurait changé": the past conditional, "avoir" + a participle (not a modal's
    passive infinitive, "pourrait être perturbé", which `compound_conditional` also reads)."""
    return token.lower_.startswith(AVOIR_CONDITIONAL) and compound_conditional(doc, token)


def _open_case(doc: Doc, start: int, end: int, words: ClauseWords) -> bool:
    """Whether doc[start:end] is a marker of a case still open (`open_case`: "en fonction de")."""
    return tuple(norm(t.lower_) for t in doc[start:end]) in words.open_case_markers


def _realised_past(
    doc: Doc,
    token: Token,
    start: int,
    end: int,
    keys: list[frozenset[str]],
    words: ClauseWords,
    sent_start: int,
    sent_end: int,
) -> bool:
    """A past conditional told as done, which the marker does not make a case (twenty-first round): beside
    "un tel" with an adverb of realisation in its sentence ("aurait déjà trouvé"), or after the verb
    inside a purpose clause ("aurait eu des contacts pour préparer une offre en cas de vente": the
    purpose's case). Only a compound past: "Un tel accord coûterait cher" stays a case."""
    if not compound_conditional(doc, token):
        return False
    if keys[end - 1] & words.such_adjectives:
        return any(keys[k] & words.realised_adverbs for k in range(sent_start, sent_end))
    if start <= token.i:
        return False
    for k in range(token.i + 1, start - 1):
        if keys[k] & words.purpose_words:
            nxt = k + 2 if doc[k + 1].lower_ == "de" else k + 1  # "afin de préparer"
            if nxt < start and "Inf" in doc[nxt].morph.get("VerbForm"):
                return True
    return False


def anaphoric_case(doc: Doc, token: Token, words: ClauseWords, sentence: tuple[int, int]) -> str | None:
    """A conditional that states a scenario's consequence or an illustration, not news (round thirty-six,
    second half): returns the adverbial or the example that makes it one, or None.

    - an adverbial right after it that takes up a case stated before ("Le pire scénario table sur 3 degrés.
      La station fermerait alors ses pistes": `case_anaphor`) or gives an illustration ("l'armée devrait
      par exemple mobiliser six divisions": `example_phrase`);
    - a worked example's figure before it in its sentence ("un ménage qui gagne par exemple 2 000 euros
      toucherait 40 euros de plus").

    Not a compound past ("aurait alors pris la fuite", "se serait alors enfui"): the journalistic
    conditional of a narrated sequence, where "alors" says "next"; nor "alors que" (a contrast)."""
    k = token.i + 1
    n = phrase_at(doc, k, words.case_anaphors) or phrase_at(doc, k, words.example_phrases)
    if n and not (k + n < len(doc) and norm(doc[k + n].lower_) in words.complementizers):
        return None if compound_conditional(doc, token) else doc[k : k + n].text
    if not words.example_phrases:
        return None
    for j in range(sentence[0], token.i):
        m = phrase_at(doc, j, words.example_phrases, token.i)
        if m and j + m < token.i and doc[j + m].like_num:
            return f"{doc[j : j + m].text} {doc[j + m].text}"
    return None


def consequence_of_supposition(doc: Doc, token: Token, words: ClauseWords) -> str | None:
    """ "La hausse qui en résulterait", "le chaos qui s'ensuivrait": a verb of consequence in the
    conditional after its clitic tells what would follow from a supposition (round eleven), or None.
    Without the clitic ("l'incendie résulterait d'un court-circuit") it reports a cause: a hedge."""
    stem = conditional_stem(token.lower_)
    clitics = words.consequence_stems.get(norm(stem)) if stem is not None else None
    if not clitics or token.i == 0 or norm(doc[token.i - 1].text) not in clitics:
        return None
    return f"{doc[token.i - 1].text} {token.text}"


def _factual_si(doc: Doc, start: int, keys: list[frozenset[str]], words: ClauseWords) -> bool:
    """Whether the "si" at `start` states a fact rather than a condition (eleventh round, b), from the
    tense of the first finite verb after it: a future ("s'il s'agira de", "si les prix vont monter")
    never follows a "si" of condition; after "même", a present or a passé composé concedes a fact
    ("même si les contours restent flous", "même s'il a démissionné"), an imperfect is still a
    hypothesis ("même si l'État payait"), and a conditional concedes a point reported or forecast
    ("même si la crise pèserait sur la reprise": "si" never takes a conditional in a condition; round
    49), so neither the concession's verb nor its main clause is hypothetical. After "même", a comma
    does not end the search: the concession's subject may carry an apposition ("même si le maire,
    élu en 2020, a démissionné"; round 38), and a concession has a verb of its own.
    Without morphology nothing is decided."""
    concessive = start > 0 and bool(keys[start - 1] & words.concessive_adverbs)
    verb = None
    for k in range(start + 1, min(len(doc), start + 1 + SI_CLAUSE_REACH)):
        if doc[k].is_punct and not (concessive and doc[k].text == ","):
            break  # "si, selon le maire, ...": the clause's verb is not in reach
        if "Fin" in doc[k].morph.get("VerbForm"):
            verb = doc[k]
            break
    if verb is None:
        return False
    tense = verb.morph.get("Tense")
    if "Fut" in tense:
        return True
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if keys[verb.i] & words.future_auxiliaries and nxt is not None and "Inf" in nxt.morph.get("VerbForm"):
        return True  # the periphrastic future: "si les prix vont continuer à monter"
    mood = verb.morph.get("Mood")
    conditional = "Cnd" in mood or conditional_stem(verb.lower_) is not None  # the model tags many "Imp"
    return concessive and (("Pres" in tense and "Ind" in mood) or conditional)


def _opens_question(doc: Doc, start: int, keys: list[frozenset[str]], words: ClauseWords, floor: int) -> bool:
    """ "se demander si", "la question si": an indirect question. Not past a colon or an opening quote
    ("avec cette question : « Si ... »": the question is quoted, its "si" is a condition; nineteenth
    round)."""
    for i in range(start - 1, max(floor, start - QUESTION_WINDOW) - 1, -1):
        if doc.lang_ == "fr" and (doc[i].text in HARD_BOUNDARIES or doc[i].text in OPENING_QUOTES):
            return False  # French only: English was not measured
        if keys[i] & words.question_words:
            return True
    return False


def _complementizer(keys: list[frozenset[str]], words: ClauseWords, lo: int, hi: int) -> bool:
    """A "que" between a conditional and a later "si" opens the clause the "si" belongs to (round eight,
    French only: English "that" clauses were not measured). Not the "que" of a comparison ("pourrait
    se creuser plus vite que prévu si...", round eleven), which opens no clause of its own."""
    return any(keys[k] & words.complementizers and not _comparison(keys, words, k, lo) for k in range(lo, hi))


def _comparison(keys: list[frozenset[str]], words: ClauseWords, k: int, lo: int) -> bool:
    """A degree word ("plus", "moins", "autant") just before this "que": it closes a comparison."""
    return any(keys[j] & words.comparative_degrees for j in range(max(lo, k - COMPARISON_REACH), k))


def _separated(doc: Doc, lo: int, hi: int) -> bool:
    """A semicolon or colon between the marker and the verb puts them in different clauses."""
    return any(doc[i].text in HARD_BOUNDARIES for i in range(lo, hi))


def virtual_relative(
    doc: Doc, token: Token, keys: list[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> str | None:
    """The antecedent that makes a conditional in a relative clause describe a virtual thing, or None.

    "une décroissance qui toucherait les ménages", "aucune étude qui montrerait", "ce qui limiterait
    les coûts", "quiconque oserait": the conditional says what such a thing would do if it existed
    or came about (a hypothetical, like "si"), not unverified news. The journalistic conditional in a
    relative is a compound past ("un homme qui aurait tué"), or has a definite antecedent ("le suspect,
    qui serait âgé de 30 ans"): both stay hedges. A plural of people an advice addresses right before
    "qui" ("il est conseillé aux personnes qui détiendraient ces produits"; round 38) names whoever the
    case would fit, as "ceux qui". Word lists: `relative_pronoun`, `relative_clitic`,
    `indefinite_antecedent`, `indefinite_pronoun`, `addressee_noun` in `conditional_contexts`.
    """
    if not words.relative_pronouns or compound_conditional(doc, token):
        return None
    lo, _ = sentences.around(token.i)
    k = token.i - 1
    while k >= lo and k > token.i - 1 - RELATIVE_GAP and keys[k] & (words.relative_clitics | words.negations):
        k -= 1
    if k < lo:
        return None
    if keys[k] & words.indefinite_pronouns:
        return doc[k].text  # "quiconque oserait": the pronoun is its own antecedent
    if not keys[k] & words.relative_pronouns:
        return None
    if k > lo + 1 and keys[k - 1] & words.addressee_nouns and doc[k].lower_ == "qui" and doc[k - 2].lower_ in GENERIC:
        return f"{doc[k - 1].text} {doc[k].text}"  # "aux personnes qui détiendraient": whoever would (round 38)
    for m in range(k - 1, max(lo, k - 1 - ANTECEDENT_REACH), -1):
        if doc[m].is_punct:
            return None
        if keys[m] & words.indefinite_antecedents:
            return f"{doc[m].text}...{doc[k].text}"
    return None


# The definite plural of a class of people ("aux personnes qui ..."), not "des familles qui fuiraient" (news).
GENERIC = frozenset({"les", "aux"})

# An article after the conditional opens its object: "n'aurait l'envie", "serait un succès".
ARTICLES = frozenset({"l'", "l’", "le", "la", "les", "un", "une", "des", "du"})


def compound_conditional(doc: Doc, token: Token) -> bool:
    """A compound conditional ("aurait tué", "serait parti"): an auxiliary followed by a participle.

    Adverbs may stand between ("aurait par ailleurs demandé", "serait déjà bel et bien reparti"):
    the parse tells it when the tense auxiliary's head is a participle a few words on, the surface
    when only adverbs come before the participle (thirty-second round; the two-word window read
    those as present conditionals, of a scheme or of a party's statement)."""
    head = token.head
    if (
        token.dep_ == "aux:tense"
        and 0 < head.i - token.i <= AUXILIARY_REACH
        and "Part" in head.morph.get("VerbForm")
        and all(doc[k].pos_ in ADVERBIAL_TAGS for k in range(token.i + 1, head.i))
    ):
        return True
    for nxt in doc[token.i + 1 : token.i + 3]:
        if nxt.lower_ in ARTICLES:
            return False  # "aurait l'envie": a noun follows an article, whatever the tagger says
        if _participle(nxt):
            return True
    k = token.i + 1
    while k < min(len(doc) - 1, token.i + AUXILIARY_REACH) and _adverbial(doc, k):
        k += 1
    return k > token.i + 2 and _participle(doc[k])


def _participle(token: Token) -> bool:
    """Whether the word after an auxiliary is its past participle, by morphology or, without it, by
    its ending; "serait âgé": a participle the model tags as an adjective."""
    verb_form = morph_of(token).get("VerbForm", ())
    if verb_form:
        return "Part" in verb_form
    if token.pos_ in PARTICIPLE_TAGS and token.is_alpha and len(token.text) > 3 and _participle_ending(token):
        return True
    return token.pos_ == "ADJ" and token.lower_.endswith(ADJECTIVAL_PARTICIPLE_ENDINGS)


def _adverbial(doc: Doc, k: int) -> bool:
    """An adverb, or the preposition of an adverbial phrase ("par ailleurs", "à nouveau")."""
    return doc[k].pos_ == "ADV" or (doc[k].pos_ == "ADP" and k + 1 < len(doc) and doc[k + 1].pos_ == "ADV")


def _participle_ending(token: Token) -> bool:
    return token.lower_.endswith(PARTICIPLE_ENDINGS)


# The conditional stem of "avoir" ("aurait", "auraient"), the auxiliary of a past conditional.
AVOIR_CONDITIONAL = "aur"
# How far after a clause-opening marker ("si", "à moins que") its finite verb is looked for.
OPEN_CLAUSE_REACH = 12
# Tenses of a condition's verb that imagine a case ("si la banque relevait", "s'il avait plu").
IRREAL_TENSES = frozenset({"Imp", "Pqp"})


def _figure(token: Token) -> bool:
    """A figure a scenario projects ("40 %", "trois millions"): not the article "un" (which spaCy's
    French reads as a number word) nor a year ("écartés du pouvoir depuis 2013": a date)."""
    text = token.text
    if len(text) == 4 and text.isdigit() and text.startswith(("1", "20")):
        return False
    return text[:1].isdigit() or (token.like_num and token.pos_ == "NUM")


def open_condition(doc: Doc, marker: tuple[int, int], token: Token, sentence: tuple[int, int]) -> str | None:
    """The finite verb of an open (predictive) condition at `marker`, or None (twenty-eighth round).

    "Si la grève se poursuit, le gouvernement pourrait céder", "..., à moins que le parlement ne s'y
    oppose": the condition is in the present (indicative or subjunctive) or a passé composé, a case
    the writer takes as open, and "pourrait" in its consequence is a guess about what will happen (a
    modal hedge), where the grammar asked for a future ("pourra"). "Si la banque relevait ses taux",
    "s'il avait plu" (imperfect, pluperfect) imagine a case: the conditional is the grammar's own,
    hypothetical. Only markers that open a clause with a verb: a noun phrase ("en cas de crise") or
    an adverb ("sinon") states no tense, and the reading stays hypothetical. A figure in the
    consequence ("si la tendance se poursuit, la part des seniors pourrait atteindre 40 %") is a
    scenario's projection, hypothetical like a poll's seats (`projection`). Needs morphology."""
    start, end = marker
    if end - start == 1 and not doc[start].lower_.startswith("s"):
        return None  # one-word markers other than "si"/"s'" ("sans", "faute") open no clause
    consequence = range(token.i + 1, start if start > token.i else sentence[1])
    if any(_figure(doc[k]) for k in consequence):
        return None
    present = None
    for k in range(end, min(sentence[1], end + OPEN_CLAUSE_REACH)):
        word = doc[k]
        if word.is_punct and word.text not in ("'", "’"):
            break  # "si, selon le maire, ...": the clause ends
        morph = word.morph
        if word.pos_ not in ("VERB", "AUX") or "Fin" not in morph.get("VerbForm"):
            continue
        if set(morph.get("Tense")) & IRREAL_TENSES or "Cnd" in morph.get("Mood"):
            return None  # any imperfect in reach: the tagger may take an adverb for the first verb
        if present is None and ("Pres" in morph.get("Tense") or "Sub" in morph.get("Mood")):
            present = word.text
    return present


def supposed_context(doc: Doc, token: Token, words: ClauseWords, sentences: Sentences) -> str | None:
    """A context frame ("Dans ce contexte, il ferait plus frais") before the conditional in its sentence,
    when the sentence before has a conditional of its own: the frame takes up a supposed case, so the
    conditional tells what that case would bring (round 49). After a sentence of facts the frame names a
    real situation and the conditional stays a hedge."""
    lo, _ = sentences.around(token.i)
    frame = next(((k, n) for k in range(lo, token.i) if (n := phrase_at(doc, k, words.context_frames, token.i))), None)
    if frame is None:
        return None
    before = sentences.previous_start(lo)
    if not any("Cnd" in doc[k].morph.get("Mood") or conditional_stem(doc[k].lower_) for k in range(before, lo)):
        return None
    return doc[frame[0] : frame[0] + frame[1]].text
