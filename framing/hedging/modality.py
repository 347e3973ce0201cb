"""Is a modal a guess (a hedge), or obligation, ability, permission or a general rule (not one)?

"The strike may spread" guesses about one event; "Patients may develop a rash", "A player may pass
the ball", "It may be used to cut glass" say what can happen in general or is allowed, and "they
could not enter" is inability: none lowers the writer's commitment to a fact. Likewise French
"ne saurait" (cannot, firmly) and "devrait" of obligation ("On devrait écouter les soignants",
"Il aurait dû démissionner") are not hedges, while "Le bilan devrait s'alourdir" predicts, and is one.

The signals are read on the surface, with the parse's help when there is one, and every word list
comes from `conditional_contexts` (`generic_subject`, `specific_determiner`, `modal_adverb`,
`negation`, `passive_auxiliary`, `deontic_subject`): a generic subject (a bare plural, an
indefinite, "one", "you"), a passive infinitive, a negation where the entry asks for one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from .modal_reading import outcome_verb, past_frame
from .words import ClauseWords, phrase_at

SUBJECT_RELS = ("nsubj", "nsubj:pass", "nsubjpass", "expl", "expl:subj")
DETERMINER_REACH = 3
# The reason given when an English "may"/"could" states what can happen in general (`_specific`).
GENERAL_POSSIBILITY = "general-possibility"


@dataclass(frozen=True)
class RootReading:
    """Why a modal is not a hedge. `firm` readings come from the entry itself ("ne saurait", "aurait
    dû", "on devrait") and win over a hypothetical reading; the others (generic subject, passive) do not."""

    reason: str
    firm: bool


class Modality:
    """Tells the root (non-epistemic) readings of a modal from the hedging one."""

    def __init__(self, words: ClauseWords) -> None:
        self.words = words

    def root_reading(
        self,
        doc: Doc,
        token: Token,
        keys: Sequence[frozenset[str]],
        has_tag: bool,
        has_dep: bool,
        data: Mapping[str, Any],
        sentence: tuple[int, int] | None = None,
    ) -> RootReading | None:
        """Why this modal is not a hedge (`passive:used`, `generic-subject:patients`...), or None.

        `data` is the lexicon entry's: `root_check` (passive or generic subject), `general_unless_guess`
        (a guess only about the past, stressed, dated or about a specific referent; `named_or_relative`
        adds a name and a relative pronoun to the specific referents), `root_if_perception`
        ("could hear", "could afford": ability), `root_if_negated`
        ("could not"), `not_hedge_after_negation` ("ne saurait"), `root_if_participle` (the perfect
        "aurait dû"), `deontic_subject` (a subject that obliges: "on devrait", "nous devrions").
        """
        words = self.words
        i, n = token.i, len(doc)
        before = [k for k in range(max(0, i - 2), i) if keys[k] & words.negations]
        if data.get("not_hedge_after_negation") and before:
            return RootReading(f"negated:{doc[before[-1]].text}", True)
        j = i + 1
        negated = False
        while j < n and (keys[j] & words.modal_adverbs or keys[j] & words.negations):
            negated = negated or bool(keys[j] & words.negations)
            j += 1
        if data.get("root_if_negated") and negated:
            return RootReading("negated", True)
        participles = {str(p) for p in data.get("participles") or []} if data.get("root_if_participle") else set()
        if participles and j < n and keys[j] & participles:
            return RootReading(f"perfect:{doc[j].text}", True)  # "aurait dû": a reproach, not a forecast
        subject = self._subject(doc, token, keys, has_dep)
        if data.get("deontic_subject") and subject is not None and keys[subject.i] & words.deontic_subjects:
            if not self._speaker_forecast(doc, token, j, subject, keys, sentence):
                return RootReading(f"deontic-subject:{subject.text}", True)
            return None  # "d'ici mai, nous devrions avoir un devis": the speaker's forecast (round 44)
        if not data.get("root_check"):
            return None
        guessing = bool(data.get("general_unless_guess"))
        if guessing and self._past_or_stressed(doc, j, keys, has_tag):
            return None  # "dinosaurs may have had feathers", "prices may well rise": a guess
        if data.get("root_if_perception") and j < n and keys[j] & words.perception_verbs:
            return RootReading(f"ability:{doc[j].text}", False)
        passive = j + 1 < n and keys[j] & words.passive_auxiliaries and _participle(doc[j + 1], has_tag)
        if not passive and self._present_guess(doc, token, subject, keys, (has_tag, has_dep), data, sentence):
            return None  # "the rise could also push up wages": no past in view, a guess (round 25)
        frequency = [k for k in range(i + 1, j) if keys[k] & words.frequency_adverbs]
        if frequency:
            return RootReading(f"frequency:{doc[frequency[0]].text}", False)
        if passive:
            return RootReading(f"passive:{doc[j + 1].text}", False)
        if guessing and sentence is not None and self._dated(doc, keys, sentence):
            return None  # "fuel prices could rise next month": a forecast, whatever the subject
        named = guessing and bool(data.get("named_or_relative"))
        if named and subject is not None and self._named_or_relative(subject, keys, has_tag):
            return None  # "Congress could reject it", "a bill which could take months": one referent
        if guessing and data.get("outcome_forecast") and self._outcome(doc, token, j, subject, keys, has_dep):
            return None  # "rates could rise", "tariffs may hurt exports": a forecast (`modal_reading`)
        if subject is not None and self._generic(doc, subject, keys, has_tag, has_dep):
            return RootReading(f"generic-subject:{subject.text}", False)
        if guessing and not self._specific(doc, subject, keys, has_dep):
            return RootReading(GENERAL_POSSIBILITY, False)
        return None

    def _speaker_forecast(
        self,
        doc: Doc,
        token: Token,
        j: int,
        subject: Token,
        keys: Sequence[frozenset[str]],
        sentence: tuple[int, int] | None,
    ) -> bool:
        """Whether "nous devrions" / "on devrait" forecasts: a verb of result follows ("avoir", "recevoir",
        "atteindre") or a future time stands in the rest of the sentence ("d'ici mai", "la semaine prochaine").
        "Nous devrions agir", "on devrait interdire ces pesticides" stay duties."""
        words = self.words
        if not keys[subject.i] & words.forecast_subjects:
            return False
        if j < len(doc) and keys[j] & words.result_verbs:
            return True
        end = sentence[1] if sentence is not None else min(len(doc), token.i + 15)
        start = sentence[0] if sentence is not None else max(0, token.i - 8)
        return any(keys[k] & words.forecast_signs for k in range(start, end) if k != token.i)

    def forecasts_outcome(
        self, doc: Doc, token: Token, keys: Sequence[frozenset[str]], has_dep: bool, data: Mapping[str, Any]
    ) -> bool:
        """Whether this "could" (`outcome_forecast`) carries a verb of change or effect: "rates could rise"."""
        if not data.get("outcome_forecast"):
            return False
        j = token.i + 1
        while j < len(doc) and (keys[j] & self.words.modal_adverbs or keys[j] & self.words.negations):
            j += 1
        return self._outcome(doc, token, j, self._subject(doc, token, keys, has_dep), keys, has_dep)

    def _outcome(
        self, doc: Doc, token: Token, j: int, subject: Token | None, keys: Sequence[frozenset[str]], has_dep: bool
    ) -> bool:
        """A "could" of a change or an effect ("rates could rise"): a forecast, see `modal_reading`."""
        determiner = self._determiner(doc, subject, keys, has_dep) if subject is not None else None
        return outcome_verb(doc, token, j, subject, determiner, keys, self.words, has_dep) is not None

    def _specific(self, doc: Doc, subject: Token | None, keys: Sequence[frozenset[str]], has_dep: bool) -> bool:
        """Whether an English "may"/"could" (`general_unless_guess`) is about a specific referent.

        Encyclopaedic "may" mostly states what can happen in general ("treatment may involve surgery",
        "in rare cases, infection may lead to blindness"), which readers do not take as the writer's
        doubt. About a personal pronoun ("he may", "it may") or a definite or possessive subject ("the
        strike may spread", "its economy could shrink") it is a guess about one case; so it is about the
        past, stressed or pinned to a time (`_past_or_stressed`, `_dated`), whatever the subject.
        """
        if subject is None:
            return False
        return bool(keys[subject.i] & self.words.specific_subjects) or self._definite(doc, subject, keys, has_dep)

    def _named_or_relative(self, subject: Token, keys: Sequence[frozenset[str]], has_tag: bool) -> bool:
        """A proper name or a relative pronoun as subject ("Congress could", "which could"): one referent.

        English "could" guesses about one case far more often than it states what a class can do, so a
        name or the antecedent of a relative counts as specific (round twenty); a bare common noun
        ("moss could grow") stays a general possibility. A sentence's first word is never read as a
        name; without tags a capital inside the sentence marks one.
        """
        if keys[subject.i] & self.words.relative_subjects:
            return True
        if subject.is_sent_start is True:
            return False  # a capital the sentence gives ("Moss could grow"): taggers take it for a name
        if has_tag and subject.tag_:
            return subject.tag_ in ("NNP", "NNPS")
        return subject.text[:1].isupper()

    def _present_guess(
        self,
        doc: Doc,
        token: Token,
        subject: Token | None,
        keys: Sequence[frozenset[str]],
        parsed: tuple[bool, bool],
        data: Mapping[str, Any],
        sentence: tuple[int, int] | None,
    ) -> bool:
        """A "could" (`present_guess`) in a sentence with no past verb, about someone or something in
        particular: the tentative present of news, not the past of "can" (`past_frame`). A subject that
        names anyone at all or a kind ("you could", "a player could", "climbers could") keeps the rule or
        capacity reading (`_generic`); the caller keeps those of perception or capacity ("could hear",
        "could afford") and of a passive ("it could be folded flat": what the thing allows)."""
        if not data.get("present_guess") or sentence is None:
            return False
        has_tag, has_dep = parsed
        if subject is not None and (
            self._generic(doc, subject, keys, has_tag, has_dep) or self._bare_noun(doc, subject, keys, has_tag, has_dep)
        ):
            return False
        return not past_frame(doc, token, sentence, keys, self.words, has_tag)

    def _bare_noun(
        self, doc: Doc, subject: Token, keys: Sequence[frozenset[str]], has_tag: bool, has_dep: bool
    ) -> bool:
        """A noun with no determiner ("moss could grow"): a kind, as in round eight. A sentence's first word
        is never read as a name (`_named_or_relative`); without tags any word but a listed pronoun or a
        capital inside the sentence counts as such a noun."""
        if self._determiner(doc, subject, keys, has_dep) is not None:
            return False
        if keys[subject.i] & (self.words.specific_subjects | self.words.relative_subjects):
            return False
        if subject.is_sent_start is True:
            return not has_tag or not subject.tag_ or subject.tag_.startswith("NN")
        if has_tag and subject.tag_:
            return subject.tag_ in ("NN", "NNS")
        return not subject.text[:1].isupper()

    def _past_or_stressed(self, doc: Doc, j: int, keys: Sequence[frozenset[str]], has_tag: bool) -> bool:
        """A guess about the past ("may have caused") or one the writer stresses ("may well")."""
        words, n = self.words, len(doc)
        if j < n and keys[j] & words.guess_adverbs:
            return True
        return j + 1 < n and bool(keys[j] & words.perfect_auxiliaries) and _participle(doc[j + 1], has_tag)

    def _dated(self, doc: Doc, keys: Sequence[frozenset[str]], sentence: tuple[int, int]) -> bool:
        """A word of one occasion or of the future in the sentence ("tomorrow", "next", "on Friday"),
        or a phrase of the period ahead ("this year", "in the coming weeks"; round twenty-three)."""
        times = self.words.event_times | self.words.forecast_times
        if any(keys[k] & times for k in range(*sentence)):
            return True
        phrases = self.words.forecast_phrases
        return bool(phrases) and any(phrase_at(doc, k, phrases, sentence[1]) for k in range(*sentence))

    def _subject(self, doc: Doc, token: Token, keys: Sequence[frozenset[str]], has_dep: bool) -> Token | None:
        if has_dep:
            head = token.head if token.dep_.lower().startswith("aux") else token
            for child in head.children:
                if child.dep_.lower() in SUBJECT_RELS and child.i < token.i:
                    return child
            return None
        k = token.i - 1
        while k >= 0 and (keys[k] & self.words.modal_adverbs or keys[k] & self.words.negations):
            k -= 1
        if k < 0 or not doc[k].is_alpha:
            return None
        return doc[k]

    def _determiner(self, doc: Doc, subject: Token, keys: Sequence[frozenset[str]], has_dep: bool) -> Token | None:
        """The subject's determiner or possessive ("the", "a", "its"), from the parse or the words before it."""
        words = self.words
        if has_dep:
            return next((c for c in subject.children if c.dep_.lower() in ("det", "poss")), None)
        for k in range(subject.i - 1, max(-1, subject.i - 1 - DETERMINER_REACH), -1):
            if not doc[k].is_alpha:
                return None
            if keys[k] & (words.generic_subjects | words.specific_determiners):
                return doc[k]
        return None

    def _definite(self, doc: Doc, subject: Token, keys: Sequence[frozenset[str]], has_dep: bool) -> bool:
        """A subject with a definite or possessive determiner: "the strike", "its economy"."""
        determiner = self._determiner(doc, subject, keys, has_dep)
        return determiner is not None and bool(keys[determiner.i] & self.words.specific_determiners)

    def _generic(self, doc: Doc, subject: Token, keys: Sequence[frozenset[str]], has_tag: bool, has_dep: bool) -> bool:
        """A subject that names any member of a class: "patients", "a player", "one", "you"."""
        words = self.words
        if keys[subject.i] & words.generic_subjects:
            return True
        determiners = [c for c in subject.children if c.dep_.lower() in ("det", "poss")] if has_dep else []
        if not has_dep:
            for k in range(subject.i - 1, max(-1, subject.i - 1 - DETERMINER_REACH), -1):
                if not doc[k].is_alpha:
                    break
                if keys[k] & (words.generic_subjects | words.specific_determiners):
                    determiners = [doc[k]]
                    break
        if determiners:
            return any(keys[d.i] & words.generic_subjects for d in determiners)
        if has_tag and subject.tag_:
            return subject.tag_ == "NNS"
        text = subject.text
        plural = text.lower().endswith("s") and not text.lower().endswith(("ss", "us", "is"))
        return plural and (text.islower() or subject.is_sent_start is True)


def _participle(token: Token, has_tag: bool) -> bool:
    """A past participle: "used", "seen", "given" (tag VBN, else the -ed/-en ending)."""
    if has_tag and token.tag_:
        return token.tag_ == "VBN"
    text = token.text.lower()
    return token.is_alpha and text.endswith(("ed", "en", "wn"))
