"""The word lists the hedging rules need, read from the lexicons and turned into lookup sets once.

Nothing here is language-specific: French and English differ only by their lexicon files
(`hedges`, `boosters`, `reporting_verbs`, `conditional_contexts`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ..lexicons import LexiconEntry, load_entries, normalize_term, term_words
from ..matching import context_allows, norm
from ..token_patterns import positions_with_any

CONTEXT_FAMILY = "conditional_contexts"
GOVERNOR = "governor"
DEONTIC_GOVERNOR = "deontic_governor"
# An elided "de" before "un" / "une": "en moins d'une semaine" gives a length, not a date (`_duration`).
ELIDED_DE = frozenset({"d'", "d’"})
# The attribution lexicon's kinds of noun that name someone who can act (`agents`, round 37).
AGENT_SOURCE_KINDS = frozenset({"person_noun", "unique_title", "anonymous_head", "institution_noun", "group_noun"})


class Annotations:
    """Which annotations a Doc carries, each looked up once (`Doc.has_annotation` walks every token)."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._known: dict[str, bool] = {}

    def __contains__(self, attr: str) -> bool:
        if attr not in self._known:
            self._known[attr] = self._doc.has_annotation(attr)
        return self._known[attr]


def past_forms(lemma: str, lang: str) -> set[str]:
    """Regular past forms of a verb, so that governing verbs are found even without a lemmatizer.

    French verbs in -er and -ir: participle, imperfect and passé simple ("déclaré", "déclarait",
    "déclara"); English: the -ed form ("announced", "denied"). Irregular forms come from the
    lexicon's `data.forms`.
    """
    forms: set[str] = set()
    if lang == "fr" and len(lemma) > 3 and lemma.isalpha():
        stem = lemma[:-2]
        if lemma.endswith("er"):
            endings = ("é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "ant")
            forms.update(stem + e for e in endings)
        elif lemma.endswith("ir"):
            endings = ("i", "ie", "is", "it", "issait", "issaient", "irent", "issant")
            forms.update(stem + e for e in endings)
    elif lang == "en" and len(lemma) > 2 and lemma.isalpha():
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms.add(lemma[:-1] + "ied")
        else:
            forms.add(lemma + "ed")
    return forms


def present_forms(lemma: str, lang: str) -> set[str]:
    """Third-person present forms of a regular French verb ("estime", "estiment"): the small model
    often lemmatises them as nouns ("estime"), so the forms themselves are keys."""
    if lang == "fr" and len(lemma) > 3 and lemma.isalpha():
        stem = lemma[:-2]
        if lemma.endswith("er"):
            return {stem + "e", stem + "ent"}
        if lemma.endswith("ir"):
            return {stem + "it", stem + "issent"}
    return set()


def with_tensed_forms(lemmas: Iterable[str], lang: str) -> set[str]:
    """The verbs with their regular past and third-person present forms: keys that find a verb whatever
    tense the lemmatizer left it in."""
    out = set(lemmas)
    for verb in list(out):
        out |= past_forms(verb, lang) | present_forms(verb, lang)
    return out


@dataclass(frozen=True)
class Marker:
    """A (possibly multi-word) marker such as `si` or `au cas où`, with its entry's context."""

    words: tuple[str, ...]
    context: dict | None
    sentence_initial: bool = False  # "Sans cet accord, ..." only opens a condition at the start


def _categories(entry: LexiconEntry) -> set[str]:
    also = entry.data.get("also") or []
    return {entry.category, *([also] if isinstance(also, str) else also)}


def _verb_key(term: str, lang: str) -> str:
    """The word a multi-word verb is found by: the last in French ("faire savoir", "s'indigner"), the
    first in English, where the particle or preposition follows the verb ("rail against", "call for")."""
    words = normalize_term(term).split()
    return words[0] if lang == "en" else words[-1]


class ClauseWords:
    """Lookup sets for clause analysis: governing verbs, complementizers, markers, boundaries."""

    def __init__(self, lang: str, lexicon_paths: Sequence[str] = ()) -> None:
        contexts = load_entries(lang, CONTEXT_FAMILY, lexicon_paths)
        by_cat: dict[str, list[LexiconEntry]] = {}
        for entry in contexts:
            for cat in _categories(entry):
                by_cat.setdefault(cat, []).append(entry)

        def keys(cat: str) -> frozenset[str]:
            return frozenset(normalize_term(e.term) for e in by_cat.get(cat, []) if e.term)

        def keys_and_forms(cat: str) -> frozenset[str]:
            """The terms and their listed `data.forms` (plurals), for pipelines without a lemmatizer."""
            forms = {norm(str(f)) for e in by_cat.get(cat, []) for f in e.data.get("forms") or []}
            return keys(cat) | forms

        def word_tuples(cat: str) -> frozenset[tuple[str, ...]]:
            """The terms as word tuples ("de toute façon", "si tout va bien")."""
            return frozenset(term_words(e.term) for e in by_cat.get(cat, []))

        deontic = [e for e in by_cat.get(DEONTIC_GOVERNOR, []) if e.term]
        governors: set[str] = {_verb_key(e.term, lang) for e in [*by_cat.get(GOVERNOR, []), *deontic] if e.term}
        for entry in load_entries(lang, "reporting_verbs", lexicon_paths):
            if entry.data.get("role") == "marker" or not entry.term or entry.data.get("saying_verb") is False:
                continue  # `saying_verb: false`: a light verb of stance (`émettre un avis`), no verb of saying
            governors.add(_verb_key(entry.term, lang))
            governors.update(norm(f) for f in entry.data.get("forms") or [])
        for verb in list(governors):
            governors.update(past_forms(verb, lang))
        self.governors = frozenset(governors)
        self.complementizers = keys("complementizer")
        self.question_words = frozenset(_verb_key(e.term, lang) for e in by_cat.get("question_word", []) if e.term)
        self.auxiliaries = keys("auxiliary")
        self.boundaries = keys("clause_boundary")
        # Root (non-epistemic) readings of modals: see `modality`.
        self.generic_subjects = keys("generic_subject")
        self.specific_determiners = keys("specific_determiner")
        self.modal_adverbs = keys("modal_adverb")
        self.negations = keys("negation")
        self.passive_auxiliaries = keys("passive_auxiliary")
        self.deontic_subjects = keys("deontic_subject")
        # "d'ici mai, nous devrions avoir un devis": a first-person or "on" forecast, not a duty (round 44)
        self.forecast_subjects = keys("forecast_subject")
        self.result_verbs = keys("result_verb")
        # Round 47: a reportive conditional under a past verb of saying (`analyser._reportive_past`): a
        # present time word in its clause; a forward time word or a governor of promise that keeps a compound
        # conditional a future perfect in the past.
        self.present_times = keys("present_time")
        self.forward_times = keys("forward_time")
        self.forward_governors = frozenset(_verb_key(t, lang) for t in keys("forward_governor"))
        self.quantity_nouns = keys_and_forms("quantity_noun")  # "le chômage devrait reculer": a forecast
        # `ruled_out`: a verdict that settles a hypothesis ("a confirmé la thèse du"), and one that drops it
        # only when negated ("n'a pas retenu la thèse du"; round 47)
        self.verdict_verbs = frozenset(with_tensed_forms(keys_and_forms("verdict_verb"), lang))
        self.negated_verdict_verbs = keys_and_forms("negated_verdict_verb")
        # "une étude révèle que X proviendrait": a finding, with its forms
        self.finding_verbs = frozenset(with_tensed_forms(keys_and_forms("finding_verb"), lang))
        # "D'après l'étude, X serait associé à ...": a study credited as a source reports a finding (round 48)
        self.study_credits = keys("study_credit")
        # "would later become", "would often play": the future-in-the-past or habit of a story.
        self.narrative_adverbs = keys("narrative_adverb")
        # "may sometimes include": how often something happens in general, not a guess.
        self.frequency_adverbs = keys("frequency_adverb")
        # "yesterday", "on Sunday": words that pin a clause to one occasion (see `genericity`).
        self.event_times = keys("event_time")
        # English "may"/"could" read as a guess rather than a general possibility (see `modality`):
        # "may well", "may have caused", "he may", "may fall next week".
        self.guess_adverbs = keys("guess_adverb")
        self.perfect_auxiliaries = keys("perfect_auxiliary")
        self.specific_subjects = keys("specific_subject")
        self.forecast_times = keys("forecast_time")
        self.forecast_phrases = word_tuples("forecast_phrase")  # "this year", "coming weeks" (round 23)
        # "they could hear voices": "could" of perception or capacity, the past of "can" (round twenty).
        self.perception_verbs = keys("perception_verb")
        self.past_forms = keys("past_form")  # "met", "paid": a past read without tags (`past_frame`, round 25)
        self.relative_subjects = keys("relative_subject")  # "a bill which could": the antecedent's referent
        self.outcome_verbs = keys("outcome_verb")  # "rates could rise": a forecast (`modal_reading`, round 21)
        self.finite_verbs = keys("finite_verb")  # "banks believe rates will fall": a clause (`complement`, r26)
        # "une mesure qui limiterait", "ce qui permettrait": a conditional of a virtual thing (`hypothetical`).
        self.relative_pronouns = keys("relative_pronoun")
        self.relative_clitics = keys("relative_clitic")
        self.indefinite_antecedents = keys("indefinite_antecedent")
        self.indefinite_pronouns = keys("indefinite_pronoun")
        # "la solution serait de...", "chaque pays devrait", "les gouvernements devraient agir" (`subjects`).
        self.proposal_nouns = keys_and_forms("proposal_noun")
        self.agent_subjects = keys_and_forms("agent_subject")
        self.universal_determiners = keys("universal_determiner")
        # "tout lien", "toute hausse": universal and an indefinite antecedent, not "chaque" (`plans`)
        self.free_choice_determiners = self.universal_determiners & self.indefinite_antecedents
        self.forecast_signs = keys("forecast_sign")
        self.source_signs = keys("source_sign")  # "selon le ministère": reported news, not a proposal
        self.reported_signs = self.forecast_signs | self.source_signs
        # Fourteenth round: "300 millions par an", "chaque année": a rate, not a date that reports news.
        self.rate_words = keys("rate_word")
        self.dating_words = keys("dating_word")  # "il y a deux jours", "dans trois mois": a date
        self.coordinators = keys("coordinator")  # "qui débuterait en janvier et s'achèverait": one reading
        self.such_adjectives = keys("such_adjective")  # "un tel dispositif coûterait": a case, not a fact
        # "À cinq minutes près, j'aurais été dans le train": a near miss opens ("à") and closes ("près").
        near = by_cat.get("near_miss_word", [])
        self.near_miss_open = frozenset(normalize_term(e.term) for e in near if e.data.get("role") == "open")
        self.near_miss_close = frozenset(normalize_term(e.term) for e in near if e.data.get("role") == "close")
        # Fifteenth round (see `projection`): a poll's projection ("obtiendrait 120 sièges") is a hypothesis.
        # Fifteenth round (see `plans`): a planned thing's effect ("Elle relierait l'A28 à l'A13"), "tout lien".
        self.effect_verbs = keys_and_forms("effect_verb")
        self.plan_signs = keys("plan_sign")
        # sixteenth round (`proposals`): a proposal's nouns, "adoptée", verbs of events with "être"
        self.bidder_nouns = keys("bidder_noun")  # "le repreneur": an opener, a rumour as the subject
        self.proposal_openers = keys_and_forms("proposal_opener") | self.bidder_nouns
        self.settled_words = keys("settled_word")
        # eighteenth round: "l'initiative populaire" opens a proposal, "à l'initiative de" does not
        self.qualified_openers = keys_and_forms("qualified_opener")
        self.proposal_qualifiers = keys_and_forms("proposal_qualifier")
        # eighteenth round (`counterfactual`): "de toute façon" as word tuples; "ç'" before "aurait été"
        self.regardless_phrases = word_tuples("regardless_phrase")
        self.elided_demonstratives = keys("elided_demonstrative")
        # nineteenth round (`hypothetical`): "si tout va bien", a forecast's proviso, as word tuples after "si"
        self.smooth_course_phrases = word_tuples("smooth_course_phrase")
        # round thirty-six, second half (`hypothetical.anaphoric_case`): "alors", "dans ce cas" after the verb
        self.case_anaphors = word_tuples("case_anaphor")
        self.identity_pronouns = keys("identity_pronoun")  # "serait celui de": which case holds (round 49)
        # round 49: "dans ce contexte" takes up the sentence before, a supposed case when it is conditional
        self.context_frames = word_tuples("context_frame")
        self.cleft_exclusions = word_tuples("cleft_exclusion")  # "ce n'est pas X qui aurait" (round 49)
        self.cleft_onlys = word_tuples("cleft_only")  # "il n'y a que X qui aurait pu" (round 49)
        self.procedure_frames = word_tuples("procedure_frame")  # "à chaque suspicion de" (round 49)
        self.procedure_clauses = word_tuples("procedure_clause")  # "quand il n'y a pas de certitude"
        self.example_phrases = word_tuples("example_phrase")  # "par exemple": an illustration
        self.ruling_out_verbs = keys_and_forms("ruling_out_verb")  # "écarter la piste": dropped (r37)
        # round 40 (`proposals`): "les enquêteurs suivent cette piste", an inquiry's lead, opens no proposal
        self.lead_nouns = keys_and_forms("lead_noun")
        self.inquiry_words = keys_and_forms("inquiry_word")
        # Nouns of people and bodies that can act (r37, `agents`): the attribution lexicon's roles and
        # institutions, with this family's agents and addressees ("le ministre peut expliquer la mesure").
        people = {
            normalize_term(e.term)
            for e in load_entries(lang, "sources", lexicon_paths)
            if e.term and e.category in AGENT_SOURCE_KINDS
        }
        self.agent_nouns = (
            frozenset(people)
            | self.agent_subjects
            | keys_and_forms("unnamed_source_head")
            | keys_and_forms("addressee_noun")
        )
        self.event_participles = keys("event_participle")  # "serait parti"
        self.criterion_nouns = keys("criterion_noun")  # "selon les revenus": depending on, no source
        self.proposal_statuses = keys("proposal_status")  # "serait à l'étude": news about a proposal
        # twenty-first round (`continuation`): markers that posit a case a next sentence's modal goes on
        markers = by_cat.get("hypothetical_marker", [])
        self.supposition_markers = frozenset(normalize_term(e.term) for e in markers if e.data.get("supposition"))
        # "en fonction de": a case still open, which a past told as done cannot hang on (thirtieth round)
        self.open_case_markers = frozenset(term_words(e.term) for e in markers if e.data.get("open_case"))
        self.realised_adverbs = keys("realised_adverb")  # "aurait déjà trouvé": done, not a case (r21)
        self.purpose_words = keys("purpose_word")  # "pour préparer ... en cas de": the purpose's case (r21)
        self.proposal_reactions = keys("proposal_reaction")  # "l'examinerait": news about it (r21)
        self.plan_nouns = keys_and_forms("plan_noun")
        self.measure_nouns = keys("measure_noun")  # "Le coût annuel serait de 16 milliards"
        self.property_adjectives = keys("property_adjective")  # "elle serait souterraine"
        # twentieth round (`sources`): "plusieurs sources", "un haut responsable": an unnamed speaker
        self.source_quantifiers = keys("source_quantifier")
        self.unnamed_source_heads = keys_and_forms("unnamed_source_head")
        self.anonymous_source_nouns = keys_and_forms("anonymous_source_noun")  # "la source": still unnamed (r25)
        self.leak_signs = keys("leak_sign")  # "a appris le journal": a plan's details as news (`plans`)
        self.poll_nouns = keys("poll_noun")
        self.count_signs = word_tuples("count_sign")  # "sortie des urnes", "résultats partiels": a vote held
        # twenty-fourth round: "prévisions", "projections": a forecaster's figures, a poll only with votes
        self.forecast_nouns = keys_and_forms("forecast_noun")
        # round 50: a forecaster's word ("prévisions", "a prédit l'Insee") keeps plan triggers off a forecast
        self.forecast_frame = keys_and_forms("forecast_frame") | self.forecast_nouns
        self.survey_nouns = self.poll_nouns - self.forecast_nouns  # "sondage", "sondés": people asked
        self.poll_outcomes = keys("poll_outcome")
        self.poll_outcome_not_before = {
            normalize_term(e.term): frozenset(normalize_term(str(w)) for w in e.data.get("not_before") or [])
            for e in by_cat.get("poll_outcome", [])
            if e.term and e.data.get("not_before")
        }
        self.poll_verbs = keys("poll_verb")
        self.seat_nouns = keys_and_forms("seat_noun")
        self.poll_shares = keys("poll_share")  # seventeenth round: "61 % seraient favorables"
        change = by_cat.get("poll_change_word", [])
        self.poll_measures = frozenset(normalize_term(e.term) for e in change if e.data.get("role") == "measure")
        self.poll_changes = frozenset(normalize_term(e.term) for e in change if not e.data.get("role"))
        self.saying_nouns = keys("saying_noun")  # "a fait la promesse que": the clause is reported speech
        self.indefinite_determiners = keys("indefinite_determiner")  # "une visite serait sans précédent"
        # Round 35, third part: "un accord serait proche", "un compromis se dessinerait": news of an event
        self.emergence_words = keys("emergence_word")
        self.emergence_stems = frozenset(
            norm(str(stem)) for e in by_cat.get("emergence_word", []) for stem in e.data.get("stems") or []
        )
        self.change_nouns = keys_and_forms("change_noun")  # "une hausse des taux pourrait freiner les ventes"
        self.deontic_questions = keys("deontic_question")  # "pourquoi devrait-il payer ?"
        self.proposal_verbs = keys_and_forms("proposal_verb")  # "il s'agirait de convenir de normes"
        self.verb_pro_forms = keys("verb_pro_form")  # "autant qu'ils le devraient"
        # Round five (see `subjects`, `counterfactual`): "le projet consiste en..." then "la structure serait
        # conçue pour..." describes a scheme; "sa possible visite compliquerait"; "il aurait suffi de";
        # "alors qu'il aurait pu"; "devraient être poursuivis"; "les Américains devraient".
        self.scheme_verbs = keys("scheme_verb")
        self.purpose_verbs = keys("purpose_verb")  # "vise à rassembler": only before "à"
        self.provision_verbs = keys("provision_verb")  # "le texte prévoit": only after a scheme noun
        self.scheme_nouns = keys("scheme_noun")  # not "l'Insee prévoit un ralentissement", a forecast
        # a plan's word, for the triggers that look back for one (`statements`, the forecast scope of round 50)
        self.plan_words = self.proposal_openers | self.proposal_nouns | self.scheme_nouns | self.plan_signs
        self.terms_nouns = keys("terms_noun")  # "selon les termes de l'offre": the scheme is the source
        self.study_nouns = keys_and_forms("study_noun")  # "dit le rapport": a study's projection (`sources`)
        # "la nouvelle entité serait cotée": a deal's future entity (`entities`, twenty-first round b)
        self.entity_nouns = keys_and_forms("entity_noun")
        self.entity_modifiers = keys_and_forms("entity_modifier")
        self.anaphoric_determiners = keys("anaphoric_determiner")  # "Ces pays se fixeraient..."
        self.eventuality_adjectives = keys("eventuality_adjective")
        self.counterfactual_participles = keys("counterfactual_participle")
        self.contrast_conjunctions = keys("contrast_conjunction")  # "alors que", "tandis que"
        self.counterfactual_outcomes = keys("counterfactual_outcome")  # "aurait pu être pire"
        # twenty-second round (`counterfactual`): "on aurait pu choisir", "nous aurions dû": a regret
        self.regret_subjects = keys("regret_subject")
        self.regret_participles = keys("regret_participle")
        self.outcome_links = keys("outcome_link")
        self.escaped_comparisons = keys("escaped_comparison")  # round 45: "aurait pu être moins grave"
        self.comparative_degrees = keys("comparative_degree")  # "plus vite que prévu"
        # "qui en résulterait": the future stem of a verb of consequence -> the clitics it follows.
        self.consequence_stems = {
            norm(str(stem)): frozenset(norm(str(c)) for c in e.data.get("clitics") or [])
            for e in by_cat.get("consequence_verb", [])
            for stem in e.data.get("stems") or []
        }
        self.sanction_participles = keys("sanction_participle")
        self.duty_verbs = keys("duty_verb")  # "devrait cesser de", "devraient avoir honte"
        # "les personnes fragiles devraient se faire vacciner / prendre des précautions / éviter..."
        self.care_verbs = keys("care_verb")
        self.precaution_nouns = keys("precaution_noun")
        self.advice_verbs = keys("advice_verb")
        self.addressee_nouns = keys("addressee_noun")
        # round 35, second half: "a estimé la Cour", "selon les chiffrages": who computed a measure's effect
        self.estimate_words = keys_and_forms("estimate_word")
        self.demonym_suffixes = tuple(sorted(keys("demonym_suffix")))
        # Round six (see `implicit`): "on continuerait", "comme nous le ferions", "serait une bénédiction".
        self.generic_pronouns = keys("generic_pronoun")
        self.negative_pronouns = keys("negative_pronoun")  # "personne n'oserait": what nobody would do
        self.impression_verbs = keys("impression_verb")  # "on dirait que": an impression, a hedge
        self.comparison_conjunctions = keys("comparison_conjunction")
        self.value_predicates = keys("value_predicate")
        self.count_nouns = keys("count_noun")  # "une dizaine de blessés": a figure, as "10 blessés"
        # Round eight (see `subjects`): "serait", "aurait", "s'agirait" report a state, not a consequence.
        self.state_verbs = keys("state_verb")
        self.subject_relatives = frozenset({"qui"}) if lang == "fr" else frozenset()
        self.state_stems = frozenset(
            norm(str(stem)) for e in by_cat.get("state_verb", []) for stem in e.data.get("stems") or []
        )
        # "si tous les pays...": the conjunction before a determiner, not the adverb of "si grand".
        self.si_determiners = keys("si_determiner")
        # Verbs of opinion or demand: "estime que l'État devrait payer" is an obligation, not a forecast.
        deontic_verbs = {_verb_key(e.term, lang) for e in deontic if e.term}
        self.deontic_governors = frozenset(with_tensed_forms(deontic_verbs, lang))
        self.governors = self.governors | self.deontic_governors
        self.hypothetical_markers = tuple(
            Marker(term_words(e.term), e.context, bool(e.data.get("sentence_initial")))
            for e in by_cat.get("hypothetical_marker", [])
            if e.term
        )
        # Eleventh round (b): markers whose clause's tense decides ("si" + future: never a condition).
        self.tense_sensitive_markers = frozenset(
            normalize_term(e.term)
            for e in by_cat.get("hypothetical_marker", [])
            if e.term and e.data.get("tense_sensitive")
        )
        self.concessive_adverbs = keys("concessive_adverb")  # "même si les contours restent flous"
        self.concessive_conjunctions = word_tuples("concessive_conjunction")  # "bien que", "quoique"
        self.future_auxiliaries = keys_and_forms("future_auxiliary")  # "si les prix vont continuer"
        self.existing_modifiers = keys("existing_modifier")  # "la dernière réforme": in force, no proposal
        # Terms the tokenizer cuts after an apostrophe ("d'après"): (elided word, next word) -> the term.
        self._elided: dict[tuple[str, str], str] = {}
        for entry in contexts:
            term = normalize_term(entry.term) if entry.term else ""
            head, apostrophe, tail = term.partition("'")
            if apostrophe and head.isalpha() and tail.isalpha():
                self._elided[(head + apostrophe, tail)] = term
        self._elided_heads = frozenset(head for head, _ in self._elided)
        self._markers_by_first: dict[str, list[Marker]] = {}
        for marker in self.hypothetical_markers:
            self._markers_by_first.setdefault(marker.words[0], []).append(marker)
        # First word -> the words that can follow it in one of its markers; None when one of its markers is
        # that word alone. Common first words ("dans", "en", "à") open many markers ("dans l'hypothèse où")
        # and a position whose next word is none of their second words is passed at once.
        self._marker_seconds: dict[str, frozenset[str] | None] = {
            first: None if any(len(m.words) == 1 for m in markers) else frozenset(m.words[1] for m in markers)
            for first, markers in self._markers_by_first.items()
        }

    def with_elided(self, lower: Sequence[str], keys: list[frozenset[str]]) -> list[frozenset[str]]:
        """`keys`, where a word after an elided one ("d'" + "après") also has the joined form as key
        ("d'après"), so that a context term the tokenizer cuts in two is read like one word ("d'après"
        names a source as "selon" does; seventeenth round). The same list when nothing is joined."""
        if not self._elided:
            return keys
        joined = None
        heads = self._elided_heads  # only a token after an elided head can be joined: no pair built for the others
        for k in [k + 1 for k, low in enumerate(lower[:-1]) if low in heads]:
            term = self._elided.get((lower[k - 1], lower[k]))
            if term is not None:
                joined = joined if joined is not None else list(keys)
                joined[k] = keys[k] | {term}
        return joined if joined is not None else keys

    def names_source_or_saying(
        self, doc: Doc, keys: Sequence[frozenset[str]], lo: int, hi: int, own: range = range(0)
    ) -> bool:
        """Whether tokens lo..hi hold a source word ("selon") or a verb of saying used as a verb, leaving
        out the tokens of `own` (a finding's own verb: "pourraient contester" reports nothing)."""
        saying = (k for k in range(lo, hi) if keys[k] & self.governors and doc[k].pos_ in ("VERB", "AUX"))
        return any(keys[k] & self.source_signs for k in range(lo, hi)) or any(k not in own for k in saying)

    def reports(self, doc: Doc, keys: Sequence[frozenset[str]], k: int) -> bool:
        """Whether token k names a source or dates an event ("selon", "mardi", "en mars"); a time word
        after a word of rate ("par an", "chaque mois") gives a rate and one after a number a length,
        not a date, and "selon que" sets out alternatives (fourteenth round)."""
        if not keys[k] & self.reported_signs:
            return False
        if keys[k] & self.source_signs:
            # "selon qu'il serait versé à 18 ou à 21 ans": alternatives, not a source (a marker then)
            return not (k + 1 < len(keys) and keys[k + 1] & self.complementizers)
        if k > 0 and keys[k - 1] & self.rate_words:
            return False
        return not self._duration(doc, keys, k)

    def _duration(self, doc: Doc, keys: Sequence[frozenset[str]], k: int) -> bool:
        """ "durerait six semaines", "une trêve de 42 jours": a number before the time word gives a
        length, not a date (fourteenth round); "il y a deux jours", "dans trois mois", "depuis deux
        ans" still date (`dating_word` before the number). "un", "une" are articles ("un jour"), except
        after an elided "de" ("en moins d'une semaine", "plus d'un mois": a length; thirtieth round)."""
        number = doc[k - 1] if k > 0 else None
        if number is None or not number.like_num:
            return False
        if number.lower_ in ("un", "une"):
            return k > 1 and doc[k - 2].lower_ in ELIDED_DE
        return not (k > 1 and keys[k - 2] & self.dating_words)

    def marker_spans(
        self, doc: Doc, keys: Sequence[frozenset[str]], sentence_start: Callable[[int], bool]
    ) -> list[tuple[int, int]]:
        """Token ranges of hypothetical markers in the doc (`si`, `s'` before il/ils, `au cas où`...)."""
        found = []
        for i in positions_with_any(keys, self._markers_by_first.keys()):  # most tokens start no marker
            following = keys[i + 1] if i + 1 < len(keys) else frozenset()
            for key in keys[i]:
                seconds = self._marker_seconds.get(key)
                if seconds is not None and seconds.isdisjoint(following):
                    continue  # every marker opening with this word needs a second word the next token lacks
                for marker in self._markers_by_first.get(key, ()):
                    n = len(marker.words)
                    words_match = (
                        all(marker.words[k] in keys[i + k] for k in range(1, n)) if i + n <= len(keys) else False
                    )
                    if marker.sentence_initial and not sentence_start(i):
                        continue
                    if words_match and context_allows(marker.context, doc, keys, i, i + n):
                        found.append((i, i + n))
        return sorted(set(found))


def phrase_at(doc: Doc, k: int, phrases: frozenset[tuple[str, ...]], end: int | None = None) -> int:
    """The length of a phrase of `phrases` (word tuples) whose words start at token k and end by `end`
    (the doc's end by default), or 0."""
    stop = len(doc) if end is None else end
    # the first word is read once and tested before a phrase's words are (same phrases, same order)
    first = norm(doc[k].lower_) if 0 <= k < len(doc) else None
    for phrase in phrases:
        n = len(phrase)
        if first is not None and n and phrase[0] != first:
            continue
        if k + n <= stop and tuple(norm(t.lower_) for t in doc[k : k + n]) == phrase:
            return n
    return 0
