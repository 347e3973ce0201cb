"""Is this French verb form a conditional? The model's morphology first, verb endings as fallback.

`fr_core_news_sm` tags many conditionals as indicative ("continuerait" comes out Mood=Ind|Tense=Fut),
and a pipeline without a morphologizer gives no mood at all. So a form counts as conditional when the
model says Mood=Cnd, or else when its ending is a conditional ending (-rais, -rait, -rions, -riez,
-raient) on a plausible future stem. The stem check is orthographic, not a verb list: the conditional
is built on the future stem (infinitive-like, ending in r), while the imperfect of verbs in -rer is
built on the present stem ("déclar-ait" vs "déclarer-ait"), and nouns or adjectives such as "trait",
"retrait", "portrait", "frais", "vrais" have stems no verb has. When a lemma is known (any lemmatizer)
it settles the regular verbs: "retirait" (lemma retirer) is imperfect, "partirait" (partir) is not.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from spacy.tokens import Token

CONDITIONAL_ENDING = re.compile(r"r(ais|ait|ions|iez|aient)$")
# A future stem with a grave accent before its last consonant(s) ("procèder-", "cèder-", "lèver-",
# "achèter-"): the 1990 rectified spelling of "procéderait", or the future of -eler/-eter/-ever verbs.
# The imperfect is built on the present stem without it ("procédait", "achetait"), so such a form is
# a conditional whatever the lemmatizer makes of it ("procèderer" gives the stem of an imperfect).
GRAVE_FUTURE_STEM = re.compile(r"è[^aeiouyàâäéèêëîïôöûüù]+er$")


class MoodPath(StrEnum):
    """How a conditional was recognised (kept in the cue's `rule` so a reader can audit it)."""

    MORPH = "morph"
    ENDING = "ending"


@lru_cache(maxsize=65_536)
def conditional_stem(form: str) -> str | None:
    """The future stem of a form with a conditional ending ("marquer" for "marquerait"), else None.

    Remembered per form: every distinct word of every Doc is asked about (HedgeAnalyser._conditionals),
    and the same words recur from article to article."""
    m = CONDITIONAL_ENDING.search(form)
    if m is None:
        return None
    return form[: m.start(1)]


FUTURE_ENDING = re.compile(r"r(ai|as|a|ons|ez|ont)$")


def future_form(form: str) -> bool:
    """Whether a form is a simple future on a plausible future stem ("quitteront", "sera"), read on
    the surface for a verb the small model tags as something else; the stem check is the
    conditional's ("front", "caméra", "opéra" have no future stem)."""
    m = FUTURE_ENDING.search(form)
    return m is not None and stem_looks_conditional(form[: m.start(1)])


def infinitives(stem: str) -> frozenset[str]:
    """The infinitives a future stem can come from, for a conditional the model did not lemmatise
    ("emporterait" tagged a noun keeps "emporterait" as lemma, so no lexicon of verbs saw "emporter";
    nineteenth round): "emporter" -> emporter; "finir" / "dir" -> finir, dire; "prendr" -> prendre.
    Irregular stems ("ser", "aur", "fer") come from verbs the model knows."""
    if stem.endswith("er"):
        return frozenset((stem,))
    if stem.endswith("ir"):
        return frozenset((stem, stem + "e"))
    return frozenset((stem + "e",))


def stem_verdict_from_lemma(stem: str, lemma: str) -> bool | None:
    """True/False when a regular infinitive explains the form, None when it cannot tell."""
    if not lemma or not lemma.isalpha() or len(lemma) < 3:
        return None
    if lemma.endswith(("er", "ir")) and stem == lemma:
        return True
    if lemma.endswith("re") and stem == lemma[:-1]:
        return True
    if lemma.endswith("er") and stem == lemma[:-2]:
        return False  # imperfect of a verb in -rer: déclar-ait, retir-ait
    return None


def stem_looks_conditional(stem: str) -> bool:
    """Orthographic check that `stem` (ending in r) can be a future stem. See the module docstring."""
    if stem == "ir":  # aller: irait
        return True
    if len(stem) < 3 or not stem.endswith("r"):
        return False
    before = stem[:-1]
    if before.endswith("e"):  # marquer-ait, serait, ferait, appeller-ait
        return True
    if before.endswith("r"):  # pourr-, verr-, courr-, mourr-, enverr-
        return True
    if before.endswith("t"):  # mettr-, battr-, connaîtr-; not entr-, montr-, (re)tr-, portr-, attr(ait)
        return (stem.endswith("ttr") and len(stem) >= 5) or stem.endswith(("îtr", "aitr", "oitr"))
    if before.endswith("d"):  # prendr-, viendr-, voudr-, faudr-, résoudr-; not cadr-
        return stem.endswith(("ndr", "udr", "ldr"))
    if before.endswith("v"):  # devr-, recevr-, suivr-, vivr-; not livr-, ouvr-, couvr-
        return stem.endswith(("evr", "uivr", "vivr"))
    if before.endswith("c"):  # vaincr-; not ancr-
        return stem.endswith("aincr")
    if before.endswith("u"):  # conclur-, inclur-, exclur-, aur-, saur-; not assur-, dur-, restaur-
        return stem.endswith("clur") or stem in ("aur", "saur")
    if before.endswith("i"):
        return _ir_stem_is_future(stem)
    return False  # déclar-, ignor-, espér-, sombr-, offr-...: stems of the imperfect


def _ir_stem_is_future(stem: str) -> bool:
    """Stems in -ir: the infinitive of a verb in -ir/-ire (finir-, dir-) vs the imperfect of -irer verbs."""
    root = stem[:-2]
    if not root:
        return False
    last = root[-1]
    if last == "t":  # partir-, sentir-, investir-, aboutir-; not tir-, retir-, attir-, étir-
        return len(root) >= 2 and root[-2] in "rnsuâêô"
    if last == "p":  # inspir-, aspir-, soupir- are imperfects of -pirer verbs
        return False
    if last == "m":  # dormir-; not admir-
        return root.endswith("rm")
    if last == "v":  # servir-; not vir-, chavir-
        return root.endswith("rv")
    if last == "s":  # choisir-, saisir-, réussir-; not désir-
        return not root.endswith("és")
    if last == "l":  # établir-, lir-; not délir-
        return not root.endswith("dél")
    if last == "h":  # réfléchir-, franchir-, trahir-; not déchir-
        return not root.endswith("déch")
    if last == "a":  # plair-, tair-, extrair-; not éclair-, flair-
        return not root.endswith(("cla", "fla"))
    return True  # finir-, agir-, dir-, conduir-, guérir-, croir-, suffir-...


def conditional_path(token: Token) -> MoodPath | None:
    """How `token` is known to be a conditional verb form, or None when it is not one."""
    form = token.text.lower().replace("’", "'")
    stem = conditional_stem(form)
    if stem is None:
        return None
    if token.pos_ == "PROPN":
        return None
    if "Cnd" in token.morph.get("Mood"):
        return MoodPath.MORPH
    if GRAVE_FUTURE_STEM.search(stem):
        return MoodPath.ENDING
    lemma = token.lemma_.lower() if token.lemma_ else ""
    verdict = stem_verdict_from_lemma(stem, lemma) if lemma and lemma != form else None
    if verdict is None:
        verdict = stem_looks_conditional(stem)
    return MoodPath.ENDING if verdict else None
