"""Lexicon data the attribution rules need, read once per language through `framing.lexicons`.

Reporting verbs come from `lexicons/<lang>/reporting_verbs.yaml` (lemma -> stance; `data.forms` for
forms the tagger mis-lemmatises; `data.role: marker` for *selon*-style markers), word lists for speaker
typing and noun-phrase boundaries from `lexicons/<lang>/sources.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons import load_entries, normalize_term

# Regular French verb endings, used to recognise a reporting verb when the small model mis-lemmatises it.
_FR_ER_ENDINGS = (
    "e",
    "es",
    "ent",
    "é",
    "ée",
    "és",
    "ées",
    "ait",
    "aient",
    "ant",
    "a",
    "èrent",
    "era",
    "eront",
    "erait",
    "eraient",
    "ons",
    "ez",
    "ai",
    "ais",
)
_FR_IR_ENDINGS = ("it", "issent", "i", "ie", "is", "issait", "issaient", "issant", "ira", "iront", "irait")
_EN_ENDINGS = ("s", "es", "ed", "d", "ing")


# French possessives: a stance noun after `faire part de` or `a répété` is the speaker's own (`sa volonté`).
POSSESSIVE_DETERMINERS = ("son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes")


@dataclass(frozen=True)
class ReportingTerm:
    """A reporting verb or marker: its lemma (or words), stance and lexicon id."""

    term: str
    words: tuple[str, ...]
    stance: str
    entry_id: str
    marker: bool = False
    object: bool = False  # a noun object is reported content (a annoncé sa démission)
    possessive_object: bool = False  # only a noun object opened by a possessive (a répété sa volonté de)
    figure_object: bool = False  # only a noun object that holds a figure (a recensé 300 interventions)
    # only a noun object whose head is a noun of opinion or feeling (`stance_noun` in sources.yaml):
    # `a exprimé son opposition`, `a émis un avis favorable`; not `a émis des obligations`
    stance_object: bool = False
    # an incise verb whose noun object is the position when the object names a thing (`a salué la
    # décision`), not a person or a body greeted (`salue la foule`, `salue le maire`)
    thing_object: bool = False
    object_only: bool = False  # speech only through its noun object (`émettre un avis`), never a clause
    object_attribute: bool = False  # `juge la mesure injuste`: an object with its attribute is the view
    infinitive: bool = False  # an infinitive is reported content (a déclaré vouloir partir)
    # English: a noun phrase then a to-infinitive is what was asked of someone (`called on X to act`)
    directive: bool = False
    clause: bool = False  # a clause without `that` is reported content (said it would)
    designation: bool = False  # `V X comme Y` names X and reports nothing (reconnaître X comme Y)
    initial: bool = False  # a marker that only counts at the start of a sentence (Pour le ministre, ...)
    complement: tuple[str, ...] = ()  # prepositions that open reported content (appeler à, mettre en garde contre)
    complement_infinitive: bool = False  # the complement must open an infinitive or a quotation (inviter à)
    complement_noun: bool = False  # `de` may open a noun phrase (faire part de sa préoccupation)
    # `de` opens a reported noun phrase of any kind (`any`: faire état d'une vingtaine de blessés) or
    # only one that holds a figure (`figure`: parlait de 23 morts, not `parle de sa ville`)
    complement_np: str = ""
    complement_only: bool = False  # speech only through the complement (appeler à; not `un pont appelé X`)
    addressee: bool = False  # the object is the person spoken to, not what was said (told reporters)
    incise: bool = False  # reports speech only as an incise or before a quotation (», poursuit-il)
    inverted_only: bool = False  # an incise verb only when inverted (», espère-t-elle); `craignent « X »` is an object
    clause_only: bool = False  # speech only before `que` or as an incise (soutenir que; not `soutient le club`)
    que_clause: bool = False  # an incise verb that also reports its `que` clause (craignent que, espère que)
    agentless: bool = True  # an agentless passive still reports speech (a été accusé de; not `est appelé à`)
    passive_object: bool = False  # `X est contesté par Y`: the passive subject is what Y said (a stance)
    animate: bool = False  # speech only with a source for subject (not `cette voie promet un changement`)
    figure_act: bool = False  # English: a that-less figure object is an act, not speech (`added 500 jobs`)
    thing_act: bool = False  # English: an object naming a thing won or withdrawn is an act (`recalled two models`)
    # the pronominal verb reports speech only with a source for subject (not `un incendie s'est déclaré`)
    animate_reflexive: bool = False
    reflexive_attribute: bool = False  # `se dire prêt à`, `se déclarer favorable à`: the attribute is the position
    not_object: tuple[str, ...] = ()  # object nouns that make the verb an act, not speech (déclarer la guerre)
    act_complement: tuple[str, ...] = ()  # a noun object followed by one of these is an act (condamné X à un an)
    preceded_by: tuple[str, ...] = ()  # a marker used only after one of these words (`on peut lire dans X`)
    needs_modifier: bool = False  # a marker that names a source only with a word after it (`de source sûre`)
    not_reflexive: bool = False  # pronominal use is no speech (`s'assurer que`, `la saison s'annonce rude`)
    adjective_forms: tuple[str, ...] = ()  # participles that after a noun mean `so-called` (`les partis dits`)
    past_only: bool = False  # English: only the forms in -ed are the verb (`ordered that`; `the order that`)
    noun_form: bool = False  # the base and -s forms are nouns as often (`support`): a verb after a subject only
    source_nouns: tuple[str, ...] = ()  # a marker whose source must hold one of these nouns (`in a poll,`)
    as_object: bool = False  # a stance only as `V X as Y` (`sees him as a leader`), not `saw the debate`
    first_forms: tuple[str, ...] = ()  # a phrasal verb's first word as the tagger may leave it (`a-t-elle fait savoir`)
    hearsay: bool = False  # a marker after an impersonal incise (`, a-t-on appris auprès de X`): the clause before
    # a marker whose own possessive or object pronoun stands for the source (`à ses yeux`, `à l'en croire`)
    pronoun_source: bool = False
    # a verb of perception (`constater`): it reports a statement only with quoted words in its content
    perception: bool = False
    # a verb of evidence (`show`, `suggest`): with a picture, a sign or a sample for subject, no speech at all
    evidence: bool = False
    # past forms of a belief or hope (`believed`, `thought`): a report only in a speech context (beliefs.py)
    belief: tuple[str, ...] = ()
    person_object: bool = False  # the object is a person addressed or thanked (`a remercié l'un d'eux`)
    action_appeal: bool = False  # `appelle X à enquêter`: an action asked of X, no attribution
    act_request: bool = False  # `a requis trois ans`, `propose de suspendre`: the act asked or promised
    explanation_object: bool = False  # `a expliqué son retard par la grève`: X par Y is what was said
    media_subject: bool = False  # a report only with an outlet for subject (`a appris Le Devoir`)
    # a verb of concealment that avows only when negated (litotes: `n'a jamais caché que`, `ne dissimule
    # pas que`); unnegated (`a caché que`) it reports nothing said
    negated_only: bool = False
    finite_only: bool = False  # `met en cause X`: as an infinitive (`susceptibles de mettre en cause X`), no speech
    # the active voice only: a participle without `avoir` (`il est soupçonné de`, `un homme suspecté de`)
    # names the suspect, never the one who suspects
    active_only: bool = False
    # words of negation a negated phrasal verb takes between its first and second word (`ne fait pas
    # mystère de`, `ne fait aucun secret de`): skipped by the phrase match, they make the litotes
    inner_negation: frozenset[str] = frozenset()


@dataclass
class Resources:
    """Everything the rules look up, keyed for O(1) access."""

    lang: str
    verb_lemmas: dict[str, ReportingTerm] = field(default_factory=dict)
    verb_forms: dict[str, ReportingTerm] = field(default_factory=dict)
    phrasal_verbs: dict[str, list[ReportingTerm]] = field(default_factory=dict)  # first lemma -> terms
    markers: dict[str, list[ReportingTerm]] = field(default_factory=dict)  # first word -> markers
    # category -> set of single lower-case words; phrases -> tuples of lower-case words
    words: dict[str, set[str]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    phrase_index: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    pronouns: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (number, gender)
    # Every word a reporting verb can be looked up by (lemma, form, first word of a phrasal verb):
    # a token whose form and lemma are both outside it is skipped without further checks.
    verb_keys: frozenset[str] = frozenset()
    # Words a hearsay marker must follow (`a-t-on appris`, `apprend-on`): after them, a plain marker
    # (`de source proche du dossier`) is read as hearsay too.
    hearsay_preceders: frozenset[str] = frozenset()
    # An unnamed-voice role -> the role words it can stand for (`le magistrat` for `le procureur`): the
    # description is named when one of them was given a name in the text.
    role_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A role -> the abbreviated titles its holders are written with (`avocat`: `Me`): a role the text
    # never names outright is still named when one person is written with that title.
    role_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Derived once the tables above are filled (`derive_lookups`, the end of load_resources), so the cue
    # scan never rebuilds them per Doc, and never from a memo keyed by an object's id(), which Python
    # reuses once the object is freed. Resources are read-only once built.
    # The words a cue can start with: a reporting verb's keys, a marker's first word, French `A` (`À`).
    cue_words: frozenset[str] = frozenset()
    # A marker's first word -> the words its markers' second tokens can be; None when a one-word marker
    # is listed (`de` opens dozens of markers: a `de` followed by none of their second words is passed).
    marker_seconds: dict[str, frozenset[str] | None] = field(default_factory=dict)
    # category -> its multi-word terms by their last word, each group in `phrase_index`'s order
    phrase_last_index: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)

    def has(self, category: str, word: str) -> bool:
        return word.lower() in self.words.get(category, ())

    def keys(self, text: str, lemma: str = "") -> list[str]:
        """A word as written, its lemma and a naive singular (for pipelines without a lemmatizer)."""
        low = text.replace("’", "'").lower()
        out = [low]
        if lemma:
            out.append(lemma.replace("’", "'").lower())
        if len(low) > 3 and low.endswith(("s", "x")) and not low.endswith("ss"):
            if self.lang == "en" and low.endswith("ies"):
                out.append(low[:-3] + "y")
            elif self.lang == "en" and low.endswith(("sses", "shes", "ches", "xes")):
                out.append(low[:-2])
            else:
                out.append(low[:-1])
        return out

    def is_a(self, category: str, text: str, lemma: str = "") -> bool:
        vocab = self.words.get(category, ())
        return any(map(vocab.__contains__, self.keys(text, lemma)))  # in C: no generator per call

    def is_phrase(self, category: str, words: list[str]) -> bool:
        """The words, already normalised, are exactly one term of the category (one word or several)."""
        if len(words) == 1:
            return self.has(category, words[0])
        return bool(words) and tuple(words) in self.phrase_list(category).get(words[0], ())

    def phrase_list(self, category: str) -> dict[str, list[tuple[str, ...]]]:
        """Multi-word terms of a category, indexed by their first word (longest first)."""
        return self.phrase_index.get(category, {})

    def phrases_by_last(self, category: str) -> dict[str, list[tuple[str, ...]]]:
        """Multi-word terms of a category, indexed by their last word (`adjunct_before` reads leftwards)."""
        return self.phrase_last_index.get(category, {})


def split_words(term: str) -> tuple[str, ...]:
    """Split a lexicon term the way spaCy's tokenizers split it (elisions stay attached: d'après -> d', après)."""
    out: list[str] = []
    for chunk in normalize_term(term).split():
        while "'" in chunk[:-1]:
            head, _, tail = chunk.partition("'")
            out.append(head + "'")
            chunk = tail
        if chunk:
            out.append(chunk)
    return tuple(out)


def _inflections(lang: str, lemma: str) -> set[str]:
    if lang == "fr":
        if lemma.endswith("er"):
            stem = lemma[:-2]
            forms = set()
            for ending in _FR_ER_ENDINGS:
                s = stem
                if ending[0] in "aoâ" and stem.endswith("c"):
                    s = stem[:-1] + "ç"
                elif ending[0] in "aoâ" and stem.endswith("g"):
                    s = stem + "e"
                forms.add(s + ending)
            # répéter -> répète, révéler -> révèle, relever -> relève
            if len(stem) > 2 and stem[-2] in "éeè":
                grave = stem[:-2] + "è" + stem[-1]
                forms.update(grave + e for e in ("e", "es", "ent"))
            # appeler -> appelle, rappeler -> rappellent, jeter -> jette
            if stem.endswith(("el", "et")):
                forms.update(stem + stem[-1] + e for e in ("e", "es", "ent"))
            return forms
        if lemma.endswith("ir"):
            return {lemma[:-2] + e for e in _FR_IR_ENDINGS}
        return set()
    if lang == "en":
        forms = set()
        for ending in _EN_ENDINGS:
            base = lemma[:-1] if lemma.endswith("e") and ending in ("ed", "ing", "es") else lemma
            if lemma.endswith("y") and ending in ("s", "ed"):
                forms.add(lemma[:-1] + ("ies" if ending == "s" else "ied"))
                continue
            forms.add(base + ending)
        return forms
    return set()


@lru_cache(maxsize=16)
def load_resources(lang: str, extra_paths: tuple[str, ...] = ()) -> Resources:
    """Build the lookup tables for `lang` from the lexicons (built-in plus the user's files)."""
    res = Resources(lang=lang)
    for entry in load_entries(lang, "reporting_verbs", extra_paths):
        if entry.term is None:
            continue
        words = split_words(entry.term)
        if words and words[0] in ("se", "s'"):
            words = words[1:]
        marker = entry.data.get("role") == "marker"
        rt = ReportingTerm(
            entry.term,
            words,
            entry.category,
            entry.id,
            marker,
            object=bool(entry.data.get("object")),
            possessive_object=bool(entry.data.get("possessive_object")),
            figure_object=bool(entry.data.get("figure_object")),
            stance_object=bool(entry.data.get("stance_object")),
            thing_object=bool(entry.data.get("thing_object")),
            object_only=bool(entry.data.get("object_only")),
            object_attribute=bool(entry.data.get("object_attribute")),
            infinitive=bool(entry.data.get("infinitive")),
            directive=bool(entry.data.get("directive")),
            clause=bool(entry.data.get("clause")),
            designation=bool(entry.data.get("designation")),
            initial=bool(entry.data.get("initial")),
            complement=tuple(str(p).lower() for p in entry.data.get("complement", []) or []),
            complement_infinitive=bool(entry.data.get("complement_infinitive")),
            complement_noun=bool(entry.data.get("complement_noun")),
            complement_np=str(entry.data.get("complement_np") or ""),
            complement_only=bool(entry.data.get("complement_only")),
            addressee=bool(entry.data.get("addressee")),
            incise=bool(entry.data.get("incise")),
            inverted_only=bool(entry.data.get("inverted_only")),
            clause_only=bool(entry.data.get("clause_only")),
            que_clause=bool(entry.data.get("que_clause")),
            agentless=entry.data.get("agentless", True) is not False,
            passive_object=bool(entry.data.get("passive_object")),
            animate=bool(entry.data.get("animate")),
            figure_act=bool(entry.data.get("figure_act")),
            thing_act=bool(entry.data.get("figure_act") or entry.data.get("thing_act")),
            animate_reflexive=bool(entry.data.get("animate_reflexive")),
            reflexive_attribute=bool(entry.data.get("reflexive_attribute")),
            not_object=tuple(str(w).lower() for w in entry.data.get("not_object", []) or []),
            act_complement=tuple(str(w).lower() for w in entry.data.get("act_complement", []) or []),
            not_reflexive=bool(entry.data.get("not_reflexive")),
            preceded_by=tuple(str(w).lower() for w in entry.data.get("preceded_by", []) or []),
            needs_modifier=bool(entry.data.get("needs_modifier")),
            adjective_forms=tuple(str(w).lower() for w in entry.data.get("adjective_forms", []) or []),
            noun_form=bool(entry.data.get("noun_form")),
            past_only=bool(entry.data.get("past_only")),
            as_object=bool(entry.data.get("as_object")),
            hearsay=bool(entry.data.get("hearsay")),
            pronoun_source=bool(entry.data.get("pronoun_source")),
            perception=bool(entry.data.get("perception")),
            belief=tuple(entry.data.get("belief") or ()),
            evidence=bool(entry.data.get("evidence")),
            person_object=bool(entry.data.get("person_object")),
            action_appeal=bool(entry.data.get("action_appeal")),
            act_request=bool(entry.data.get("act_request")),
            explanation_object=bool(entry.data.get("explanation_object")),
            media_subject=bool(entry.data.get("media_subject")),
            negated_only=bool(entry.data.get("negated_only")),
            finite_only=bool(entry.data.get("finite_only")),
            active_only=bool(entry.data.get("active_only")),
            inner_negation=frozenset(str(w).lower() for w in entry.data.get("inner_negation", []) or []),
            first_forms=tuple(str(f).lower() for f in entry.data.get("first_forms", []) or []),
            source_nouns=tuple(str(w).lower() for w in entry.data.get("source_nouns", []) or []),
        )
        if marker:
            res.markers.setdefault(words[0], []).append(rt)
        elif len(words) == 1:
            if not rt.past_only:  # `the order`, `advise and consent`: only the forms in -ed are the verb
                res.verb_lemmas[words[0]] = rt
            for form in _inflections(lang, words[0]):
                if rt.past_only and not form.endswith("ed"):
                    continue
                res.verb_forms.setdefault(form, rt)
            for form in entry.data.get("forms", []) or []:
                res.verb_forms[str(form).lower()] = rt
        else:
            res.phrasal_verbs.setdefault(words[0], []).append(rt)
            for form in rt.first_forms:
                res.phrasal_verbs.setdefault(form, []).append(rt)
    for terms in res.markers.values():
        terms.sort(key=lambda t: -len(t.words))
    res.hearsay_preceders = frozenset(
        w for terms in res.markers.values() for t in terms if t.hearsay for w in t.preceded_by
    )
    for terms in res.phrasal_verbs.values():
        terms.sort(key=lambda t: -len(t.words))
    for entry in load_entries(lang, "sources", extra_paths):
        if entry.term is None:
            continue
        words = split_words(entry.term)
        categories = [entry.category, *[str(c) for c in entry.data.get("also", []) or []]]
        if entry.data.get("stands_for") and len(words) == 1:
            res.role_aliases[words[0]] = tuple(str(w).lower() for w in entry.data["stands_for"])
        if entry.data.get("written_title") and len(words) == 1:
            res.role_titles[words[0]] = tuple(str(w) for w in entry.data["written_title"])
        for category in categories:
            if category == "pronoun":
                res.pronouns[" ".join(words)] = (
                    str(entry.data.get("number", "sing")),
                    str(entry.data.get("gender", "any")),
                )
            elif len(words) == 1:
                res.words.setdefault(category, set()).add(words[0])
                if category == "relay_verb":
                    res.words[category].update(_inflections(lang, words[0]))
            else:
                res.phrases.setdefault(category, []).append(words)
    for category, phrases in res.phrases.items():
        phrases.sort(key=len, reverse=True)
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            index.setdefault(phrase[0], []).append(phrase)
        res.phrase_index[category] = index
    res.verb_keys = frozenset(res.verb_lemmas) | frozenset(res.verb_forms) | frozenset(res.phrasal_verbs)
    derive_lookups(res)
    return res


CONTRACTED_DE = ("du", "des", "d'", "d’")  # `aux yeux du maire`, `de l'avis des experts`
# French capitals often drop their accent (`A en croire X`, `A ses yeux`): the bare capital stands for the
# accented word a marker opens with; a lower-case `a` is the verb `avoir` (`il a ses yeux`).
UNACCENTED_CAPITALS = {"a": "à"}


def derive_lookups(res: Resources) -> None:
    """Fill the tables the cue scan derives from the others (`cue_words`, `marker_seconds`,
    `phrase_last_index`); call it again after changing `verb_keys`, `markers` or `phrase_index`."""
    wanted = res.verb_keys.union(res.markers)
    res.cue_words = wanted.union(UNACCENTED_CAPITALS) if res.lang == "fr" else wanted
    res.marker_seconds = {key: _second_words(terms) for key, terms in res.markers.items()}
    res.phrase_last_index = {category: _by_last(index) for category, index in res.phrase_index.items()}


def _second_words(terms: list[ReportingTerm]) -> frozenset[str] | None:
    """The words that can follow a marker list's first word, or None when a one-word marker is listed."""
    if not all(len(term.words) > 1 for term in terms):
        return None
    seconds: set[str] = set()
    for term in terms:
        seconds.add(term.words[1])
        if len(term.words) == 2 and term.words[1] == "de":  # a final `de` takes its contractions (_marker_word)
            seconds.update(CONTRACTED_DE)
    return frozenset(seconds)


def _by_last(index: dict[str, list[tuple[str, ...]]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases of a first-word index grouped by their last word, each group in the index's own order."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrases in index.values():
        for phrase in phrases:
            if phrase:
                by_last.setdefault(phrase[-1], []).append(phrase)
    return by_last
