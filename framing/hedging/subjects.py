"""What the subject of a conditional says about its reading (French).

"La solution serait de taxer le kérosène", "Augmenter les impôts serait une erreur", "Vous seriez
surpris": the conditional says what a proposal, an action or a supposition would bring, a
hypothetical, not unverified news. "Chaque pays devrait contribuer", "Les gouvernements devraient
agir", "comme ils le devraient": "devrait" lays an obligation on someone who can act; it is no
forecast ("le chômage devrait baisser"), unless the sentence dates or sources one ("le gouvernement
devrait trancher la semaine prochaine", "selon nos informations").

The parse of the small French model is often wrong, so every test also looks at the surface: the
word before the verb group, the first word of the clause. Word lists (`conditional_contexts`):
`proposal_noun`, `proposal_verb`, `indefinite_determiner`, `agent_subject`, `universal_determiner`,
`forecast_sign`, `source_sign`, `verb_pro_form`, `deontic_question`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..matching import norm
from .clauses import HARD_BOUNDARIES, Sentences
from .genericity import REFLEXIVE_CLITICS
from .hypothetical import compound_conditional
from .implicit import ETRE_CONDITIONAL, implicit_hypothesis
from .mood import conditional_stem
from .words import ClauseWords

SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
# Marks that close a quotation: a reporting verb after one names the speaker, not a source of news.
CLOSING_QUOTES = frozenset({"»", "”", '"', "“"})
# A dash ends a dateline ("LONDRES – Tenter de négocier ne ferait que...") or opens an incise.
DASHES = ("–", "—")
# Words that may open a clause before its infinitive subject: "Mais ne pas agir serait..." (and
# any punctuation, which the small model sometimes tags as a noun).
CLAUSE_OPENERS = ("CCONJ", "ADV")
# Words back from the conditional to "sa possible escale (à Taïwan)": determiner, adjective, noun, complement.
EVENTUALITY_REACH = 7
# "un", "une" are number words to spaCy, but as articles they give no figure.
INDEFINITE_ARTICLES = frozenset({"un", "une"})
# Second-person object clitics, and the clitics and negation that may stand between one and the verb
# (`_second_person_clitic`: "il vous en aurait coûté"); closed classes of the grammar.
SECOND_PERSON_CLITICS = frozenset({"vous", "te", "t'", "t’"})
SKIPPED_CLITICS = frozenset({"en", "y", "ne", "n'", "n’"})
# Verbs of conduct that only oblige before "de" ("devrait cesser de mentir", not "devraient cesser").
# Words either side of a proposal noun where "dernière", "actuelle", "adoptée" mark it as in force.
IN_FORCE_REACH = 2
NEEDS_DE = frozenset({"cesser", "arrêter"})
# Words back from a provision verb to the scheme noun heading its subject ("le projet d'extension du
# réseau prévoit"): the small model often tags that "prévoit" an adjective, with no subject.
SCHEME_SUBJECT_REACH = 6
# Words after "selon" where the scheme noun may stand: "selon les termes de la nouvelle offre".
SCHEME_SOURCE_REACH = 6
# Determiners of "un tel", "une telle", "de tels", "de telles" (`such_adjective` after them).
SUCH_DETERMINERS = frozenset({"un", "une", "de", "d'"})


def hypothetical_subject(
    doc: Doc,
    token: Token,
    start: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    has_dep: bool,
    plain: bool,
) -> str | None:
    """Why the subject makes this conditional a hypothetical (`second-person`, `infinitive:Augmenter`,
    `indefinite:Quiconque`, `proposal:solution`), or None. `plain`: a conditional that is not a modal
    (only those describe a proposal: "la solution pourrait être de..." keeps the hedge of "pourrait")."""
    if "2" in token.morph.get("Person") or token.lower_.endswith("riez"):
        return "second-person"  # "Est-ce que vous négocieriez avec lui ?"
    lo, hi = sentences.around(token.i)
    if _second_person_clitic(doc, token) and not any(keys[k] & words.source_signs for k in range(lo, hi)):
        return "second-person-object"  # "Avant la réforme, ce crédit vous aurait coûté moins cher"
    if not plain:
        change = _change_in_subject(doc, token, start, keys, words, has_dep, (lo, hi))
        return f"change:{change}" if change is not None else None
    opener = _clause_opener(doc, token, start, keys, words, sentences)
    if opener is not None and keys[opener.i] & words.indefinite_pronouns:
        return f"indefinite:{opener.text}"  # "Quiconque oserait le dire serait exclu"
    if opener is not None and "Inf" in opener.morph.get("VerbForm") and not role_apposition(doc, opener, start):
        finite = any("Fin" in doc[m].morph.get("VerbForm") for m in range(opener.i + 1, start))
        if not finite:
            return f"infinitive:{opener.text}"  # "Tenter de négocier ne ferait que..."
    subjects = _subjects(doc, token, start, keys, has_dep)
    compound = compound_conditional(doc, token)
    # a passive or a past with "être" may describe a scheme ("la structure serait conçue pour..."),
    # while "aurait été abandonné" stays news
    if compound and not token.lower_.startswith(ETRE_CONDITIONAL):
        return None  # "le projet aurait été abandonné": the journalistic past conditional
    scheme = _scheme_source(doc, lo, token.i, keys, words)
    if scheme is not None:
        return f"scheme:{scheme}"  # "Selon le projet, les contrevenants seraient passibles d'une amende"
    reported = any(words.reports(doc, keys, k) for k in range(lo, hi))
    # "on compterait une dizaine de blessés, selon...": a figure, a date or a source keeps "on" journalistic
    figure = any(
        (doc[k].like_num and doc[k].lower_ not in INDEFINITE_ARTICLES) or keys[k] & words.count_nouns
        for k in range(lo, hi)
    )
    reported_or_figure = reported or figure
    implicit = None if compound else implicit_hypothesis(doc, token, start, keys, words, reported_or_figure)
    if implicit is not None:
        return implicit  # "on continuerait", "comme nous le ferions", "serait une bénédiction"
    if not any(keys[k] & words.source_signs for k in range(lo, hi)):
        described = _scheme_relative(doc, token, start, lo, keys, words)
        if described is not None:
            return f"scheme-relative:{described}"  # "Le plan prévoit une réforme, qui débuterait en janvier"
    such = None if compound else _such_subject(doc, start, lo, keys, words)
    if such is not None:  # a case put forward, whatever dates or sources the sentence holds (as "Un tel")
        return f"such:{such}"  # "Appliqué à tout le pays, un tel dispositif coûterait 25 milliards"
    if reported:
        return None  # "le projet coûterait 3 milliards, selon le ministère", "...aurait lieu mardi": news
    frame = _scheme_frame(doc, token, lo, keys, words, sentences)
    if frame is not None:
        frame_verb, frame_text = frame
        own = subjects or _shared_subjects(doc, token, keys, has_dep)
        if _refers_back(doc, own, keys, words, has_dep) or _takes_up(doc, own, frame_verb, lo, start):
            return f"scheme:{frame_text}"  # "Le projet consiste en un radeau. La structure serait conçue pour..."
    if compound:
        return None  # "la mesure serait appliquée": a scheme only in a scheme's frame (above)
    provision = _provision_frame(doc, token, lo, keys, words, sentences)
    if provision is not None:
        return f"provision:{provision}"  # "Les clauses de l'accord incluent X. Israël conserverait le droit..."
    if keys[token.i] & words.proposal_verbs and _infinitive_complement(doc, token, keys, words):
        # "il s'agirait de convenir de normes communes"; "l'une des pistes (...) serait de rouvrir..."
        return f"proposal:{token.lemma_ or token.lower_}-de"
    proposal = next(
        (t for t in subjects if keys[t.i] & words.proposal_nouns and not in_force(doc, t, keys, words)), None
    )
    if proposal is not None:
        return f"proposal:{proposal.text}"
    for subject in subjects:
        determiner = _determiner(doc, subject, has_dep)
        if (
            determiner is not None
            and keys[determiner.i] & words.indefinite_determiners
            and not _emergence(doc, token, keys, words)
        ):
            return f"indefinite:{determiner.text} {subject.text}"  # "une visite du président serait..."
        eventuality = _eventuality(doc, subject, keys, words, has_dep)
        if eventuality is not None:
            return f"eventuality:{eventuality} {subject.text}"  # "sa possible visite compliquerait..."
    eventuality = _eventuality_before(doc, start, lo, keys, words)
    if eventuality is not None:
        return f"eventuality:{eventuality}"  # "sa possible escale à Taïwan compliquerait...", parse missed
    if not figure:
        return _consequence(doc, token, start, lo, hi, keys, words, sentences)
    return None


def _consequence(
    doc: Doc,
    token: Token,
    start: int,
    lo: int,
    hi: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
) -> str | None:
    """Round eight: a simple conditional of an action in a restrictive relative ("des artisans qui
    rénoveraient la halle", "aux commerces qui les accueilleraient") with nothing that reports it (no
    source, date or figure in the sentence, no source in the sentence before, no reporting verb after
    it outside a quotation) names what such a thing would do: a hypothesis, whatever the determiner of
    the antecedent. Not after a comma ("le suspect, qui préparerait un attentat, ...": news about
    someone named) and not of a state ("qui serait", "qui détiendrait": `state_verb`). In a main clause
    the same shape is as often the journalistic conditional ("le plan n'inclurait pas de hausse
    d'impôts"), so it is left as a hedge."""
    relative = start - 1
    if relative <= lo or not keys[relative] & words.subject_relatives or doc[relative - 1].is_punct:
        return None
    stem = conditional_stem(norm(token.text))
    if keys[token.i] & words.state_verbs or (stem or "") in words.state_stems:
        return None
    if lo > 0:
        prev_lo = sentences.previous_start(lo)
        if any(keys[k] & words.source_signs for k in range(prev_lo, lo)):
            return None  # "Selon la police, ... Il préparerait un attentat."
    for k in range(token.i + 1, hi):
        if doc[k].text in CLOSING_QUOTES:
            break  # the speaker's own words: "« des gens qui paieraient plus », a dit le ministre"
        if keys[k] & words.governors and doc[k].pos_ in ("VERB", "AUX", ""):  # "": no tagger
            return None  # "..., a indiqué le parquet": reported news
    return f"consequence:{token.lemma_ or token.lower_}"


def _emergence(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """Round 35, third part: a conditional that says an event is near or coming about ("un accord
    serait proche", "un compromis se dessinerait"; `emergence_word`) tells unconfirmed news of that
    event even with an indefinite subject: the journalistic conditional, not an imagined case ("une
    taxe carbone rapporterait 5 milliards", a cost, effect or value)."""
    stem = conditional_stem(norm(token.text))
    if stem is not None and norm(stem) in words.emergence_stems:
        return True
    after = token.i + 1
    return stem == ETRE_CONDITIONAL and after < len(doc) and bool(keys[after] & words.emergence_words)


def _eventuality_before(
    doc: Doc, start: int, lo: int, keys: Sequence[frozenset[str]], words: ClauseWords
) -> str | None:
    """A possible event named in the clause just before the verb group ("sa possible escale à Taïwan
    compliquerait..."), when the parse gives no subject: a determiner then an eventuality adjective,
    with no punctuation, finite verb or relative word between it and the conditional."""
    for k in range(start - 1, max(lo, start - 1 - EVENTUALITY_REACH), -1):
        token = doc[k]
        if token.is_punct or "Fin" in token.morph.get("VerbForm") or token.pos_ in ("SCONJ", "PRON", "CCONJ"):
            return None
        if keys[k] & words.eventuality_adjectives and k > lo and doc[k - 1].pos_ == "DET":
            return f"{doc[k - 1].text} {token.text}"
    return None


def _scheme_source(doc: Doc, lo: int, end: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """ "Selon le projet", "selon le plan", "selon l'offre" (a `scheme_noun` too, eleventh round, b):
    the source is the scheme itself, not a person or a report."""
    for k in range(lo, end):
        if keys[k] & words.source_signs and doc[k].lower_ == "selon":
            for m in range(k + 1, min(end, k + 1 + SCHEME_SOURCE_REACH)):
                if keys[m] & (words.proposal_nouns | words.scheme_nouns):
                    return f"selon {doc[m].text}"
                if doc[m].is_punct or (doc[m].pos_ in ("NOUN", "PROPN") and not keys[m] & words.terms_nouns):
                    break  # "selon le ministre du projet": another noun heads the source
    return None


def _scheme_frame(
    doc: Doc, token: Token, lo: int, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> tuple[int, str] | None:
    """A verb that sets up a scheme in this sentence, before the conditional, or in the one before
    ("prévoit" only after a scheme noun: "le plan prévoit", not a forecaster's "prévoit"):
    "Le projet consiste en un radeau géant. La structure serait conçue pour...", "L'instance vise à
    rassembler des pays. Ces pays se fixeraient des objectifs". The conditional then describes the
    scheme. Not when the previous sentence names a source of its own ("selon le ministère")."""
    prev_lo = sentences.previous_start(lo)
    if any(keys[k] & words.source_signs for k in range(prev_lo, lo)):
        prev_lo = lo
    for k in range(prev_lo, token.i):
        if sets_up_scheme(doc, k, keys, words):
            return k, doc[k].text
    return None


def sets_up_scheme(doc: Doc, k: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """Whether token k is a verb that sets up a scheme: "propose", "envisagée", "vise à", "prévoit de"
    + an infinitive, or "prévoit", "comprend" after a scheme noun ("le texte prévoit", not
    "Météo-France prévoit des orages")."""
    if keys[k] & words.scheme_verbs:
        return True
    if keys[k] & words.purpose_verbs and _before_a(doc, k):
        return True
    if keys[k] & words.provision_verbs and _infinitive_complement(doc, doc[k], keys, words):
        return True  # "la société prévoit d'implanter un parc": a plan, whoever makes it
    return bool(keys[k] & words.provision_verbs) and _scheme_subject(doc, k, keys, words)


def _scheme_subject(doc: Doc, k: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """A provision verb whose subject is a scheme ("le texte prévoit", not "Météo-France prévoit des
    orages"): a `scheme_noun` in the four words before it, or (fourteenth round) a scheme or proposal
    noun as its parsed subject or, on the surface, in the six words before it with no punctuation or
    finite verb between ("le projet d'extension du réseau prévoit", "la proposition de la Commission
    comprend")."""
    if any(keys[m] & words.scheme_nouns for m in range(max(0, k - 4), k)):
        return True
    nouns = words.scheme_nouns | words.proposal_nouns
    if any(c.dep_.startswith("nsubj") and c.i < k and keys[c.i] & nouns for c in doc[k].children):
        return True
    for m in range(k - 1, max(-1, k - 1 - SCHEME_SUBJECT_REACH), -1):  # the parse often misses it
        if doc[m].is_punct or ("Fin" in doc[m].morph.get("VerbForm") and doc[m].pos_ in ("VERB", "AUX")):
            return False
        if keys[m] & nouns:
            return True
    return False


def _takes_up(doc: Doc, subjects: Sequence[Token], frame_verb: int, lo: int, start: int) -> bool:
    """The subject repeats a noun named after the verb that set up the scheme (fourteenth round): "Une
    mission propose de ne garder qu'une piste. Une piste bien orientée permettrait...", "La mairie
    envisage un péage. Le péage coûterait...". The same noun, taken up, names the scheme's object,
    whatever its determiner. Named: the nouns after the frame verb up to this sentence (or up to the
    conditional's clause, when the frame is in the same sentence). The subject: as parsed, or on the
    surface the noun after a determiner in the conditional's clause (no finite verb between it and the
    conditional). On the surface a noun is the word after a determiner (or after a determiner and
    an adjective): the small model tags "une gare routière" as two adjectives, "Une gare" as a verb."""
    clause_lo = max(lo, frame_verb + 1)
    candidates = {norm(s.text) for s in subjects if s.i >= clause_lo}
    k = start - 1
    while k > clause_lo:
        word = doc[k]
        if doc[k - 1].pos_ == "DET" and word.is_alpha:
            candidates.add(_surface_noun(doc, k))
        elif "Fin" in word.morph.get("VerbForm") and word.pos_ in ("VERB", "AUX"):
            break
        k -= 1
    end = lo if frame_verb < lo else k
    named = {_surface_noun(doc, m + 1) for m in range(frame_verb + 1, end - 1) if doc[m].pos_ == "DET"}
    named |= {norm(doc[m].text) for m in range(frame_verb + 1, end) if doc[m].pos_ == "NOUN"}
    return bool(candidates & named)


def _surface_noun(doc: Doc, k: int) -> str:
    """The word at k, or the noun after it when it is an adjective before a noun ("une nouvelle taxe")."""
    if doc[k].pos_ == "ADJ" and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN":
        return norm(doc[k + 1].text)
    return norm(doc[k].text)


def _such_subject(doc: Doc, start: int, lo: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """ "un tel dispositif", "de telles mesures" as the subject, in the conditional's clause (no finite
    verb, clause boundary word or hard boundary between): such a thing is a case put forward, not a
    fact (fourteenth round; at a sentence's start the `un tel` markers already say so). The words, or
    None."""
    for k in range(start - 1, lo, -1):
        word = doc[k]
        if word.text in HARD_BOUNDARIES or keys[k] & words.boundaries:
            return None  # "... un tel projet en 2019, mais la ville le relancerait": another clause
        if "Fin" in word.morph.get("VerbForm") and word.pos_ in ("VERB", "AUX"):
            return None
        if keys[k] & words.such_adjectives and doc[k - 1].lower_ in SUCH_DETERMINERS:
            return f"{doc[k - 1].text} {word.text}"
    return None


def _scheme_relative(
    doc: Doc, token: Token, start: int, lo: int, keys: Sequence[frozenset[str]], words: ClauseWords
) -> str | None:
    """A conditional in a relative clause ("qui" right before its verb group) whose antecedent is what a
    scheme verb of the same clause sets up: "Le plan prévoit une réforme en trois temps, qui
    débuterait en janvier", "La mairie propose un péage, qui coûterait cinq euros par jour" (fourteenth
    round). The relative tells the scheme's terms, so a date in it does not make it news; a source in
    the sentence does (the caller checks). Not across another finite verb or a hard boundary. The
    frame verb, or None."""
    relative = start - 1
    if relative <= lo or not keys[relative] & words.subject_relatives:
        return None
    for k in range(relative - 1, lo - 1, -1):
        if doc[k].text in HARD_BOUNDARIES:
            return None
        if sets_up_scheme(doc, k, keys, words):
            return doc[k].text
        if "Fin" in doc[k].morph.get("VerbForm") and doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def scheme_permission(
    doc: Doc,
    token: Token,
    start: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    has_dep: bool,
) -> str | None:
    """ "Selon l'accord, cette période pourrait être prolongée", "Selon l'offre, Israël pourrait maintenir
    ses positions": with the scheme itself as source, "pourrait" says what the scheme allows, a
    permission, not a guess (eleventh round, b). Only a passive infinitive or a subject that can act
    (a name, `agent_subject`): "selon le projet, les travaux pourraient durer dix ans" keeps its
    possibility. The scheme source, or None."""
    lo, _ = sentences.around(token.i)
    source = _scheme_source(doc, lo, start, keys, words)
    if source is None:
        return None
    passive = any(
        doc[k].lower_ == "être" and k + 1 < len(doc) and "Part" in doc[k + 1].morph.get("VerbForm")
        for k in range(token.i + 1, min(len(doc), token.i + 3))
    )
    agent = any(
        _named(subject, lo) or keys[subject.i] & words.agent_subjects
        for subject in _subjects(doc, token, start, keys, has_dep)
    )
    return source if passive or agent else None


def in_force(doc: Doc, noun: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "la dernière réforme", "la mesure actuelle", "la réforme adoptée en 2023": a measure already in
    force, whose conditional is a projection, not a proposal's effect (eleventh round, b). Read on the
    surface, two words either side of the noun."""
    near = range(max(0, noun.i - IN_FORCE_REACH), min(len(doc), noun.i + IN_FORCE_REACH + 1))
    return any(keys[k] & words.existing_modifiers for k in near if k != noun.i)


def _named(token: Token, lo: int) -> bool:
    """A name: tagged so, or capitalised inside the sentence (the small model tags "Israël" a noun)."""
    return token.pos_ == "PROPN" or (token.i > lo and token.text[:1].isupper() and token.is_alpha)


def _provision_frame(
    doc: Doc, token: Token, lo: int, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> str | None:
    """A scheme's provisions listed in this sentence or the one before ("les clauses de l'accord
    incluent...", "la proposition prévoit..."): a simple conditional of an action after them says
    what a party would do under the scheme, whatever its subject ("Israël conserverait le droit de
    refuser...", eleventh round, b). Not a state ("le ministre serait favorable"), which reports news,
    and not after a sentence that names a source of its own; the caller has already kept as news a
    compound conditional and a sentence with a source, a date or "selon"."""
    stem = conditional_stem(norm(token.text)) or ""
    if keys[token.i] & words.state_verbs or stem in words.state_stems:
        return None
    prev_lo = sentences.previous_start(lo)
    if any(keys[k] & words.source_signs for k in range(prev_lo, lo)):
        prev_lo = lo
    for k in range(prev_lo, token.i):
        if keys[k] & words.provision_verbs and _scheme_subject(doc, k, keys, words):
            return doc[k].text
    return None


def _shared_subjects(doc: Doc, token: Token, keys: Sequence[frozenset[str]], has_dep: bool) -> list[Token]:
    """The subject of the first verb when this one is coordinated to it ("Ces pays se fixeraient des
    objectifs et exempteraient..."): the parse gives the second verb no subject of its own."""
    head = token.head if token.dep_.startswith(("aux", "cop")) else token
    if not has_dep or head.dep_ != "conj" or head.head.i >= token.i:
        return []
    first = head.head
    return _subjects(doc, first, first.i, keys, has_dep)


def _refers_back(
    doc: Doc, subjects: Sequence[Token], keys: Sequence[frozenset[str]], words: ClauseWords, has_dep: bool
) -> bool:
    """The subject takes up something already named (a pronoun, "ces pays", "la structure"): a scheme's
    part. "Plusieurs ministres seraient sur la sellette" after "envisage un remaniement" is news."""
    for subject in subjects:
        if subject.pos_ == "PRON":
            return True
        determiner = _determiner(doc, subject, has_dep)
        if determiner is not None and keys[determiner.i] & words.anaphoric_determiners:
            return True
    return False


def _before_a(doc: Doc, k: int) -> bool:
    """ "vise à rassembler", "vise notamment à": the purpose, not "l'enquête vise le maire"."""
    for m in range(k + 1, min(len(doc), k + 3)):
        if doc[m].lower_ == "à":
            return True
        if doc[m].pos_ != "ADV":
            return False
    return False


def _eventuality(
    doc: Doc, noun: Token, keys: Sequence[frozenset[str]], words: ClauseWords, has_dep: bool
) -> str | None:
    """ "sa possible escale", "une éventuelle victoire": the subject is an event that may not happen."""
    near = [doc[k] for k in range(max(0, noun.i - 2), noun.i)]
    if has_dep:
        near += [c for c in noun.children if c.dep_ == "amod"]
    found = next((t for t in near if keys[t.i] & words.eventuality_adjectives), None)
    return found.text if found is not None else None


def _determiner(doc: Doc, noun: Token, has_dep: bool) -> Token | None:
    if has_dep:
        return next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    return doc[noun.i - 1] if noun.i > 0 else None


def _infinitive_complement(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """ "s'agirait de convenir": "de" then an infinitive (not "s'agirait d'un règlement de comptes")."""
    n = len(doc)
    j = token.i + 1
    while j < n and j <= token.i + 2 and doc[j].pos_ == "ADV":  # "s'agirait notamment de"
        j += 1
    if j + 1 >= n or doc[j].lower_.rstrip("'’") not in ("de", "d"):
        return False
    return "Inf" in doc[j + 1].morph.get("VerbForm")


def obligation_subject(
    doc: Doc,
    token: Token,
    start: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
    has_dep: bool,
) -> str | None:
    """Why "devrait" here lays an obligation (`pro-form`, `question`, `universal:chaque`,
    `agent:gouvernements`), or None."""
    if token.i > 0 and keys[token.i - 1] & words.verb_pro_forms:
        return "pro-form"  # "ils n'agissent pas autant qu'ils le devraient"
    lo, hi = sentences.around(token.i)
    if any(keys[k] & words.deontic_questions for k in range(lo, token.i)):
        return "question"  # "pourquoi les contribuables devraient-ils payer ?"
    subjects = _subjects(doc, token, start, keys, has_dep)
    for subject in subjects:
        for child in subject.children:
            if child.dep_ == "det" and child.i < subject.i and keys[child.i] & words.universal_determiners:
                return f"universal:{child.text}"  # "chaque pays devrait", "toute entreprise devrait"
    advice = _advice(doc, token, subjects, (lo, hi), keys, words)
    if advice is not None:
        return f"advice:{advice}"  # "les personnes fragiles devraient se faire vacciner avant l'hiver"
    agent = next((s for s in subjects if keys[s.i] & words.agent_subjects), None)
    reason = f"agent:{agent.text}" if agent is not None else None
    if reason is None:
        people = next((s for s in subjects if _people(doc, s, words)), None)
        reason = f"people:{people.text}" if people is not None else None
    if reason is None:
        sanction = _sanction(doc, token, keys, words)
        reason = f"sanction:{sanction}" if sanction is not None else None
    if reason is None:
        duty = _duty(doc, token, keys, words)
        reason = f"duty:{duty}" if duty is not None else None
    if reason is None:
        return None
    if any(keys[k] & words.forecast_signs or doc[k].text[:1].isdigit() for k in range(lo, hi)):
        return None  # "le gouvernement devrait trancher la semaine prochaine": a forecast
    return reason


def _advice(
    doc: Doc,
    token: Token,
    subjects: Sequence[Token],
    sentence: tuple[int, int],
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
) -> str | None:
    """Round thirty-four, second half: "les personnes fragiles devraient se faire vacciner", "les
    patients devraient prendre des précautions", "les aînés devraient éviter les efforts": a
    recommendation to a class of people (an `addressee_noun` heads the subject or one of its
    conjuncts) to take care of themselves. A recommendation is dated and sourced as often as a
    forecast ("dès maintenant", "cet hiver", "selon le ministère"), so the forecast signs that keep
    other obligations a forecast do not apply; a survey in the sentence does ("selon un sondage, les
    familles devraient limiter leurs achats": a forecast of behaviour). Returns the conduct."""
    lo, hi = sentence
    people = [s for s in subjects if keys[s.i] & words.addressee_nouns]
    people += [c for s in subjects for c in s.children if c.dep_ == "conj" and keys[c.i] & words.addressee_nouns]
    if not people:
        return None
    conduct = _conduct(doc, token, keys, words)
    if conduct is None or any(keys[k] & words.poll_nouns for k in range(lo, hi)):
        return None
    return conduct


def _conduct(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """The conduct of care after the modal, over adverbs and a negation: "se faire" + a `care_verb`
    ("se faire vacciner"), "prendre" + up to three words + a `precaution_noun` ("prendre quelques
    précautions"), or an `advice_verb` ("éviter", "consulter", "se protéger")."""
    n = len(doc)
    j = token.i + 1
    while j < n and (doc[j].pos_ == "ADV" or keys[j] & words.negations):
        j += 1
    reflexive = j < n and doc[j].lower_ in REFLEXIVE_CLITICS
    if reflexive:
        j += 1
    if j >= n:
        return None
    if reflexive and doc[j].lower_ == "faire" and j + 1 < n and keys[j + 1] & words.care_verbs:
        return f"se faire {doc[j + 1].text}"
    if not reflexive and doc[j].lower_ == "prendre":
        for m in range(j + 1, min(n, j + 5)):
            if keys[m] & words.precaution_nouns:
                return f"prendre {doc[m].text}"
            if doc[m].is_punct:
                break
        return None
    if keys[j] & words.advice_verbs:
        return doc[j].text
    return None


def _people(doc: Doc, noun: Token, words: ClauseWords) -> bool:
    """ "les Américains", "les Européens": a people told what to do (a capitalised plural with the
    ending of a demonym, after "les"), not a forecast about an institution."""
    text = noun.text
    if not text[:1].isupper() or not text.lower().endswith(words.demonym_suffixes or ("\0",)):
        return False
    return noun.i > 0 and doc[noun.i - 1].lower_ == "les"


def _sanction(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """ "devraient être poursuivis", "devrait être sanctionné": what someone deserves, not a forecast."""
    j = token.i + 1
    while j < len(doc) and (doc[j].pos_ == "ADV" or keys[j] & words.negations):
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ == "être" and keys[j + 1] & words.sanction_participles:
        return doc[j + 1].text
    return None


def _duty(doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> str | None:
    """ "devrait cesser de", "devraient s'abstenir", "devrait avoir honte", "devraient être capables
    de": conduct owed, not a forecast. "cesser" and "arrêter" only before "de" ("les combats
    devraient cesser" forecasts)."""
    n = len(doc)
    j = token.i + 1
    while j < n and (doc[j].pos_ == "ADV" or keys[j] & words.negations or doc[j].lower_ in REFLEXIVE_CLITICS):
        j += 1
    if j + 1 < n and doc[j].lower_ in ("être", "avoir"):
        j += 1
    if j >= n or not keys[j] & words.duty_verbs:
        return None
    if doc[j].lower_ in NEEDS_DE and (j + 1 >= n or doc[j + 1].lower_.rstrip("'’") not in ("de", "d")):
        return None
    return doc[j].text


def conditional_subjects(
    doc: Doc, token: Token, start: int, keys: Sequence[frozenset[str]], has_dep: bool
) -> list[Token]:
    """The conditional's subjects, or those of the verb it is coordinated to (for `plans`)."""
    return _subjects(doc, token, start, keys, has_dep) or _shared_subjects(doc, token, keys, has_dep)


def named_subject(doc: Doc, verb: Token, lo: int, start: int, keys: Sequence[frozenset[str]]) -> bool:
    """Whether the conditional's subject is a proper noun ("Laure Dupont, ..., pourrait revenir"): news
    about a named actor, not the sequel of the sentence before (the next-sentence carries of
    `continuation` and, since the thirty-second round, of `statements`). As parsed, or a sentence that
    opens on a name of two capitalised words (the small parser often takes a first name for a common
    noun and hangs the subject elsewhere when an apposition follows)."""
    subjects = conditional_subjects(doc, verb, start, keys, doc.has_annotation("DEP"))
    # A capital inside the sentence names ("L'Équateur", which the small model tags as a common noun).
    if any(subject.pos_ == "PROPN" or (subject.i > lo and subject.is_title) for subject in subjects):
        return True
    first, second = doc[lo], doc[lo + 1] if lo + 1 < start else None
    return second is not None and first.is_title and second.is_title and first.is_alpha and second.is_alpha


def _change_in_subject(
    doc: Doc,
    token: Token,
    start: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    has_dep: bool,
    sentence: tuple[int, int],
) -> str | None:
    """A modal whose subject is an indefinite or universal noun of change and whose verb acts on an object
    ("un léger relèvement des tarifs pourrait éloigner des abonnés", "toute nouvelle hausse pourrait
    freiner les ventes"): the change is the unstated condition and the verb its consequence, a
    hypothetical (thirtieth round; round 27's F3). Not a verb with no object, which forecasts the change
    itself ("une hausse pourrait intervenir en juin", "une baisse pourrait être annoncée"), not a noun
    outside the class ("une tempête pourrait frapper"), not beside a source ("selon")."""
    if not has_dep or any(keys[k] & words.source_signs for k in range(*sentence)):
        return None
    carried = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i), None)
    if carried is None or not any(c.dep_ == "obj" for c in carried.children):
        return None
    determiners = words.indefinite_determiners | words.universal_determiners
    for subject in _subjects(doc, token, start, keys, has_dep):
        determiner = _determiner(doc, subject, has_dep)
        if determiner is not None and keys[subject.i] & words.change_nouns and keys[determiner.i] & determiners:
            return f"{determiner.text} {subject.text}"
    return _opening_change(doc, token, keys, words, sentence[0], determiners)


def _opening_change(
    doc: Doc, token: Token, keys: Sequence[frozenset[str]], words: ClauseWords, lo: int, determiners: frozenset[str]
) -> str | None:
    """The parse's fallback: the sentence opens on the determiner, at most one adjective (which the model
    may tag a noun) and the noun of change, and no verb stands between them and the modal ("Une nouvelle
    baisse des taux pourrait relancer...", where the model hung "pourrait" on "taux")."""
    if lo + 1 >= token.i or not keys[lo] & determiners:
        return None
    noun = next((k for k in (lo + 1, lo + 2) if k < token.i and keys[k] & words.change_nouns), None)
    if noun is None or (noun == lo + 2 and doc[lo + 1].pos_ not in ("ADJ", "NOUN")):  # "brusque" tagged a noun
        return None
    if any(doc[k].pos_ in ("VERB", "AUX") for k in range(noun + 1, token.i)):
        return None
    return f"{doc[lo].text} {doc[noun].text}"


def _second_person_clitic(doc: Doc, token: Token) -> bool:
    """A second-person object clitic right before the conditional, over "en", "y" and a negation ("il
    vous en coûterait", "cela ne te coûterait rien"): the reporter puts the reader in an imagined case;
    nobody reports unconfirmed news about the reader (thirtieth round). Not beside a source ("selon"), read
    by the caller: there the reader is the one the news is about."""
    k = token.i - 1
    while k >= 0 and doc[k].lower_ in SKIPPED_CLITICS:
        k -= 1
    return k >= 0 and doc[k].lower_ in SECOND_PERSON_CLITICS


def _subjects(doc: Doc, token: Token, start: int, keys: Sequence[frozenset[str]], has_dep: bool) -> list[Token]:
    """The subject as parsed (and the noun after a pronoun: "l'une des solutions"), and the noun just before the
    verb group when it follows a determiner that is not part of a complement ("le coût du projet")."""
    found: list[Token] = []
    if has_dep:
        head = token.head if token.dep_.startswith(("aux", "cop")) else token
        for child in head.children:
            if child.dep_ in SUBJECT_RELS and child.i < token.i:
                found.append(child)
                if child.pos_ in ("PRON", "NUM"):  # "l'une des solutions", not "le coût du projet"
                    found.extend(c for c in child.children if c.dep_.startswith("nmod") and c.i > child.i)
    k = start - 1
    if k >= 1 and doc[k].is_alpha and doc[k - 1].pos_ == "DET":
        before = doc[k - 2] if k >= 2 else None
        if before is None or before.pos_ != "ADP":
            found.append(doc[k])
    return found


def role_apposition(doc: Doc, opener: Token, start: int) -> bool:
    """ "Nasser Ben Ali, le président du club, serait prêt": a role in apposition between commas right
    before the verb names a person, so the opener the model tagged an infinitive is a first name
    (nineteenth round); an infinitive subject takes no such apposition."""
    if start - 1 <= opener.i or doc[start - 1].text != ",":
        return False
    return any(doc[k].text == "," and doc[k + 1].pos_ == "DET" for k in range(opener.i + 1, start - 2))


def _clause_opener(
    doc: Doc, token: Token, start: int, keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> Token | None:
    """The first word of the conditional's clause (after a conjunction, an adverb or a negation): an
    infinitive there with no finite verb before the conditional is its subject ("Tenter de négocier ne
    ferait que..."), and so is "quiconque"."""
    lo, _ = sentences.around(token.i)
    for k in range(start - 1, lo - 1, -1):
        if doc[k].text in HARD_BOUNDARIES or doc[k].text in DASHES:
            lo = k + 1
            break
    k = lo
    skip = words.negations | words.relative_clitics  # "Ne pas agir", "Les citer toutes alourdirait..."
    while k < start and (not doc[k].is_alpha or doc[k].pos_ in CLAUSE_OPENERS or keys[k] & skip):
        k += 1
    return doc[k] if k < start else None
