"""Floors on the annotated check sets (tests/checksets/hedging_*.jsonl) and on the seed annotation.

The check sets were written before the rules were tuned; `python -m framing.hedging.checkset` prints
the full per-kind table. The floors sit a little under the measured figures, so a regression fails.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from hedging_support import CHECKSETS, assert_every_item_right
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.analyse import analyse_article
from framing.hedging.checkset import degraded_pipeline, load_checkset, score
from framing.nlp import ENGLISH_MODELS, FRAMING_COMPONENTS, load_pipeline, rule_based_english
from framing.types import Article

ROOT = Path(__file__).parent.parent
KINDS = {"adverb_hedge", "modal_hedge", "conditional_hedge", "approximator", "concordance", "hypothetical", "booster"}
# Issue 14: weasel words, epistemic verbs and adjectives, and conditionals that are not hedges.
NEW_KINDS = {"epistemic_hedge", "vague_attribution", "vague_quantifier", "non_hedge_modal", "non_hedge_polite"}


def test_check_sets_are_big_enough_and_cover_every_kind() -> None:
    # French "certains" + a noun, "dans de nombreux cas", "de nombreux" + a noun and "la plupart" were
    # vague quantifiers in rounds 28-33; since round thirty-four French has none (shown as approximators,
    # docs/hedging.md). English keeps the kind.
    french = KINDS | NEW_KINDS - {"vague_quantifier"}
    for lang, minimum, kinds in (("fr", 100, french), ("en", 50, KINDS | NEW_KINDS - {"non_hedge_polite"})):
        items = load_checkset(CHECKSETS / f"hedging_{lang}.jsonl")
        assert len(items) >= minimum
        assert {e.kind for it in items for e in it.expected} == kinds
        assert sum(1 for it in items if not it.expected) >= 8  # traps where nothing may be found
        assert len({it.id for it in items}) == len(items)


def assert_floors(nlp: Language, lang: str, recall: float, precision: float, kind_recall: float) -> None:
    result = score(nlp, load_checkset(CHECKSETS / f"hedging_{lang}.jsonl"))
    report = result.table() + "\n" + "\n".join(result.errors)
    assert result.hedge_recall >= recall, report
    assert result.hedge_precision >= precision, report
    assert result.non_hedge_flagged <= 1, report
    for kind in result.gold:
        assert result.recall(kind) >= kind_recall, report
    assert result.voice_ok == result.voice_total, report


def test_french_check_set() -> None:
    assert_floors(load_pipeline("fr"), "fr", recall=0.95, precision=0.95, kind_recall=0.85)


def test_french_check_set_without_morphologizer() -> None:
    assert_floors(degraded_pipeline("fr", "no-morph"), "fr", recall=0.95, precision=0.9, kind_recall=0.8)


def test_french_check_set_on_a_blank_pipeline() -> None:
    assert_floors(degraded_pipeline("fr", "blank"), "fr", recall=0.9, precision=0.9, kind_recall=0.8)


@lru_cache(maxsize=2)
def _english(kind: str) -> Language:
    if kind == "trained":
        name = next((n for n in ENGLISH_MODELS if spacy.util.is_package(n)), None)
        if name is None:
            raise LookupError("no trained English model installed")
        nlp = spacy.load(name)
    else:
        nlp = rule_based_english()
    for component in FRAMING_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def english_pipeline(kind: str) -> Language:
    """`rules` (the rule-based English pipeline) or `trained` (the installed model; skip if none), with
    framing's components; built once per kind for the whole module."""
    try:
        return _english(kind)
    except LookupError as missing:
        pytest.skip(str(missing))


def test_english_check_set_trained() -> None:
    assert_floors(english_pipeline("trained"), "en", recall=0.95, precision=0.95, kind_recall=0.85)


def test_hold_out_check_sets() -> None:
    """Written after the rules and scored once before any fix (figures in the hedging report); kept
    here as a regression floor."""
    for lang, pipeline in (("fr", load_pipeline("fr")), ("en", english_pipeline("rules"))):
        result = score(pipeline, load_checkset(CHECKSETS / f"hedging_{lang}_holdout.jsonl"))
        report = result.table() + "\n" + "\n".join(result.errors)
        assert result.hedge_recall >= 0.9 and result.hedge_precision >= 0.9, report
        assert result.non_hedge_flagged <= 1, report


def test_blind_french_check_set() -> None:
    """Round two's blind set, scored once before any French rule of that round (0.91 precision, three
    non-hedges counted; docs/hedging.md); now a regression floor."""
    result = score(load_pipeline("fr"), load_checkset(CHECKSETS / "hedging_fr_blind.jsonl"))
    report = result.table() + "\n" + "\n".join(result.errors)
    assert result.hedge_recall >= 0.95 and result.hedge_precision >= 0.95, report
    assert result.non_hedge_flagged == 0, report


def test_fourth_round_french_check_set() -> None:
    """Round four (docs/hedging.md): conditionals whose subject is a proposal, an infinitive, the
    second person, "quiconque" or an indefinite noun are hypotheticals; "devrait" of obligation; vague
    quantifiers as objects or partitives; with the cases that must stay hedges ("selon...", a date).
    These rules read the parse and the morphology, so the set is scored on the default pipeline."""
    assert_every_item_right("hedging_fr_r4.jsonl", ("hypothetical", "non_hedge_modal", "approximator"))


def test_fifth_round_french_check_set() -> None:
    """Round five (docs/hedging.md): a conditional after a sentence that sets up a scheme ("le projet
    consiste en...", "vise à", "selon le projet"), with a possible event as subject, or a counterfactual
    ("aurait suffi", "alors qu'il aurait pu") is a hypothetical; "devrait" with a people as subject or
    before a sanction is an obligation; concordance after the nearer of two reporting verbs. With the
    cases that must stay hedges ("selon nos informations", a compound past, "vise" + object, a date)."""
    assert_every_item_right("hedging_fr_r5.jsonl", ("hypothetical", "non_hedge_modal", "concordance"))


def test_sixth_round_french_check_set() -> None:
    """Round six (docs/hedging.md), from the misses of ten hand-annotated articles: "on peut d'ailleurs
    imaginer que" (an elided adverb inside), the agentless passive of a reporting verb ("il a été
    rapporté que"), a whole profession as source ("selon les économistes", "les analystes estiment"),
    "paraître" + adjective, "généralement"; and what must not count: "il a été démontré", a source
    named by its complement, "telle qu'ils la voient", "le roman paraît lundi", "un avenir incertain",
    a quantifier in a coordinated complement or inside a forecast conditional. Conditionals that set
    up a hypothesis without a marker: the generic "on", "comme ils le feraient", "serait une aubaine";
    while "on dirait que", "on aurait retrouvé", "serait grave, selon..." stay hedges."""
    assert_every_item_right("hedging_fr_r6.jsonl", ("approximator", "hypothetical"))


def test_english_check_set_rule_based() -> None:
    assert_floors(english_pipeline("rules"), "en", recall=0.9, precision=0.9, kind_recall=0.8)


# ---------------------------------------------------------------------------- the seed annotation

GOLD_PLACES = (Path(__file__).parent / "data" / "seeds-gold.json", ROOT.parent / "shared" / "eval" / "seeds-gold.json")


def seed_gold() -> dict:
    for path in GOLD_PLACES:
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))["articles"]
    pytest.skip("seeds-gold.json not found")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_seed_hedges_found_and_concordance_never_counted() -> None:
    gold = seed_gold()
    found = total = predicted = correct = 0
    for name, annotation in gold.items():
        path = ROOT / "seeds" / name
        text = path.read_text(encoding="utf-8")
        analysis = analyse_article(Article(id=name, text=text, outlet="seed", lang="fr", path=str(path)))
        counted = [(h.start, h.end) for h in analysis.hedges if h.counted]
        spans = [(h["start"], h["start"] + len(h["cue"])) for h in annotation["hedges"]]
        for span in spans:
            total += 1
            found += any(overlaps(span, c) for c in counted)
        for nh in annotation["not_hedges"]:
            span = (nh["start"], nh["start"] + len(nh["cue"]))
            assert not any(overlaps(span, c) for c in counted), (name, nh["cue"])
            assert any(overlaps(span, (h.start, h.end)) and h.kind == "concordance" for h in analysis.hedges)
        predicted += len(counted)
        correct += sum(any(overlaps(c, s) for s in spans) for c in counted)
    assert found == total
    assert correct / predicted >= 0.9


def test_seventh_round_french_check_set() -> None:
    """Round seven (docs/hedging.md), from ten hand-annotated articles: a plain conditional coordinated
    to a hypothesis, or in a relative of its sentence, is part of it (not after ";" or a source);
    "devrait" before a conduct owed ("cesser de", "avoir honte", "être capables de") is an obligation
    unless dated; "potentiel"/"éventuel" after the noun, "ce qui suggère", "permet de penser", "tout
    peut arriver", "en général," and "pour d'autres," are hedges; the noun "potentiel", a role ("des
    acheteurs potentiels"), "suggère de", "le public en général", "pour d'autres raisons" are not. Also
    "personne n'aurait l'envie de" (what nobody would do) is a hypothetical, a quantifier after "à" and a
    noun or verb (or a noun and its adjective) is a rough count, "pour certains" after an adjective is no
    attribution; "serait de" + an infinitive proposes (not with a source); "je ne suis pas certain que",
    "on considère que" hedge; "normalement" only after an auxiliary, a modal or punctuation ("fonctionnent
    normalement" is manner), "ce que prétendent certains" and "on vous dit que" are vague attributions."""
    assert_every_item_right("hedging_fr_r7.jsonl", ("hypothetical", "non_hedge_modal", "epistemic_hedge"))


def test_eighth_round_french_check_set() -> None:
    """Round eight (docs/hedging.md), decided by class on 44 hand-annotated articles: French quantifiers
    ("certains", "de nombreux", "beaucoup de", "bien des") are approximators, not hedges, unless they speak
    for people ("certains relèvent", "de nombreux témoignages": vague attributions); a simple conditional
    of an action in a restrictive relative ("des artisans qui rénoveraient", "aux commerces qui les
    accueilleraient") is a hypothesis, while a relative after a comma, of a state, a compound past, or one
    with a source, in the sentence or the one before, stays the journalistic conditional."""
    assert_every_item_right("hedging_fr_r8.jsonl", ("hypothetical", "approximator", "vague_attribution"))


def test_ninth_round_french_check_set() -> None:
    """Round nine (docs/hedging.md), recall by class: a first-person verb of opinion ("je pense que",
    "nous croyons que", "je ne pense pas que") is an epistemic hedge, quoted or not; "pouvoir" carrying a
    verb of relation ("s'expliquer par", "relever de"), of outcome ("durer", "échouer"), "s'avérer" or a
    reaction ("surprendre", "faire grincer") is a possibility. "Je pense à", "je crois en", "je trouve que",
    "relever le défi", "expliquer la mesure", "faire mieux", a negated or a permitted action are not.
    A "devrait" heading a relative clause under a past verb of saying is a forecast (in a que-clause it
    stays the concordance); unnamed people or a part of a group as source ("des habitants affirment",
    "des militants ont affirmé", "dénoncé par une partie des élus"), "l'on évoque" + a
    figure and "On dit :" are vague attributions; "la possibilité que", "l'hypothèse d'une" are epistemic
    (not a right offered: "offre la possibilité d'un remboursement", "la possibilité de voter"). General
    expressions of likelihood and hearsay: "à ce qu'il paraît", "à première vue", "on ne peut exclure",
    "n'est pas à exclure", "il y a fort à parier", "il est à craindre que", "on s'attend à ce que", "il
    apparaît que", "donne à penser", "on croit savoir", "aux dires de certains", "d'après des sources"
    (the tokenizer splits "d'après")."""
    assert_every_item_right("hedging_fr_r9.jsonl", ("epistemic_hedge", "modal_hedge", "vague_attribution"))


def test_tenth_round_french_check_set() -> None:
    """Round ten (docs/hedging.md), French precision classes seen on wire copy: a participle of saying
    hung on a noun ("un communiqué précisant que...") takes the tense of the verb above the noun, so
    under a past verb its conditional is concordance; a simple conditional of an action in the sentence
    right after a concordance or a hypothesis, with no source or date, goes on telling it (a reported
    plan); "verrait plutôt", "verrait d'un bon œil" are a preference, not news. Must stay hedges: a
    participle under a present verb, a compound past or a state in the next sentence, a sourced next
    sentence, "verrait le jour". Recall: "on a l'impression que", "n'est pas exclue", "ne sont pas
    exclus" (not "exclus du dispositif"), "selon les estimations" (not "de l'Insee"), "d'éventuels". A
    "devrait" followed by an incise of demand in a compound tense (", a réclamé l'opposition") is a norm;
    with a date or a figure in the sentence an incise of opinion (", a estimé l'institut") reports a
    forecast. "Avec une telle X, ...", "Même sans X, ..." at the head of a sentence state a condition
    (not "Avec son équipe, ...")."""
    assert_every_item_right(
        "hedging_fr_r10.jsonl",
        (
            "concordance",
            "hypothetical",
            "non_hedge_polite",
            "epistemic_hedge",
            "vague_attribution",
            "conditional_hedge",
            "non_hedge_modal",
            "modal_hedge",
        ),
    )


@pytest.mark.parametrize("pipeline", ["rules", "trained"])
def test_eighth_round_english_check_set(pipeline: str) -> None:
    """Round eight (docs/hedging.md), English: "may"/"could" of what can happen in general (a bare or
    mass-noun subject: "treatment may involve surgery") is not counted, a guess is (about the past, "may
    well", a time, a pronoun or a definite subject); "would" in a main clause is an implied condition
    (a plan's effect), not counted, unless a present verb of saying reports it."""
    nlp = english_pipeline(pipeline)
    result = score(nlp, load_checkset(CHECKSETS / "hedging_en_r8.jsonl"))
    report = result.table() + "\n" + "\n".join(result.errors)
    assert result.hedge_recall == 1.0 and result.hedge_precision == 1.0, report
    assert result.non_hedge_flagged == 0, report
    for kind in ("non_hedge_modal", "hypothetical", "modal_hedge", "conditional_hedge"):
        assert result.recall(kind) == 1.0, report


def test_eleventh_round_french_check_set() -> None:
    """Round eleven (docs/hedging.md), French classes for the kinds of misses and false hits on fresh
    wire copy: the noun "risque" (a heading "Risque d'averses", "pour risques de", "face au risque de")
    is not the verb ("risque de durer", "tu risques de"); "de potentielles", "de possibles" before the
    noun; a degree of probability ("une faible probabilité de"); "je ne sais pas si" (not "je ne sais
    pas nager" or "quoi dire"); "soupçonnés de" (not the active "ont soupçonné de"); "selon les
    prévisions" (not "de Météo-France"); "il est généralement admis que" (not "il est prévu que", a
    schedule); "en général" after a verb (not "le public en général"); "aurait pu" before an escaped
    outcome ("être bien plus lourd", "coûter la vie", "être évité", "éviter") is a counterfactual, not a
    guess about a cause ("aurait pu être provoqué"); the impersonal "il suffirait de" is a hypothesis
    (not "ces crédits suffiraient, selon la région"); "ce qui semble" is an impression (not "comme bon
    lui semble"); a "si" after a comparison's "que" ("plus vite que prévu si...") still opens a
    hypothesis, while a real "que" clause keeps its "si"; "qui en résulterait", "qui s'ensuivrait" and
    the conditionals after them in the sentence tell a supposition's sequel (not "l'effondrement
    résulterait d'une infiltration", a reported cause); an investigation's favoured lead ("privilégient
    la piste", "la thèse ... est privilégiée"; not "une baisse est envisagée", a plan) and "restent à
    déterminer" (not the impersonal to-do "Reste à déterminer le lieu", "il reste à établir"); advice
    ("il vaudrait mieux", "mieux vaudrait"; not "le tableau vaudrait deux millions", a reported value), the
    rhetorical "Qui aurait pu prévoir ... ?" and "sous réserve de" are not hedges; "on dirait que" stays
    an impression after a hypothesis (the next-sentence continuation skips it). A participle of saying
    after an incise ("« ... », a déclaré le ministre, affirmant que ... serait") takes the incise's
    tense even when the parse hangs it on the quoted verb: concordance under a past incise, a hedge
    under a present one."""
    assert_every_item_right(
        "hedging_fr_r11.jsonl",
        ("epistemic_hedge", "vague_attribution", "adverb_hedge", "hypothetical", "modal_hedge", "concordance"),
    )


def test_eleventh_round_b_french_check_set() -> None:
    """Round eleven (b) (docs/hedging.md), non-hedge conditionals in scenario copy: a "si" whose verb is
    in the future ("même s'il faudra", "si les loyers vont continuer") or, after "même", in the present
    or the passé composé, concedes a fact and makes no hypothesis of the conditional beside it (while
    "même si l'État payait" and "si le taux passe" still do); "a fait savoir ce lundi que" is past even
    when the model tags "fait" an auxiliary (not the present "fait savoir"); after a scheme's provisions
    ("les clauses du traité incluent", "la proposition comprend / prévoit"), a simple conditional of an
    action describes the scheme whatever its subject (not a compound past with a source, not "l'usine
    comprend", not a state); "selon l'accord" is the scheme as source (not "selon le ministère"); and
    there "pourrait" with a name or a passive says what the scheme allows, a permission (not "les
    travaux pourraient durer", not under "selon le ministère")."""
    assert_every_item_right(
        "hedging_fr_r12.jsonl", ("modal_hedge", "conditional_hedge", "hypothetical", "concordance", "non_hedge_modal")
    )


def test_eleventh_round_integrator_french_check_set() -> None:
    """Round eleven, integrator (docs/hedging.md): "reste à savoir / à voir" says what follows is not
    known (not "reste à déterminer le tracé", a task); "pouvoir" + a past infinitive ("peuvent avoir été
    commises", "pourrait avoir perdu") is a possibility about a past fact, never an ability or a
    permission (not the present passive "peuvent être déposés", not under a negation)."""
    assert_every_item_right("hedging_fr_r11i.jsonl", ("epistemic_hedge", "modal_hedge"))


def test_fourteenth_round_french_check_set() -> None:
    """Round fourteen (docs/hedging.md), non-hedge conditionals of plans and promises: the agreement
    forms of a scheme's participle ("Envisagée depuis 2021, cette ligne relierait...", "la taxe
    proposée"), "projeter" and "promettre" set up a scheme; a subject that repeats the noun the scheme
    named ("propose une gare routière. Une gare bien desservie attirerait...") describes it, also
    across a paragraph break; "par an", "chaque mois" give a rate, not a date; a relative on what a
    scheme verb sets up ("le plan prévoit une zone, qui entrerait en vigueur en janvier et
    s'étendrait...") tells the scheme's terms despite its dates; the "que" clause of a noun of
    promise under a past verb ("a fait la promesse que ... ne fermerait pas") is a concordance;
    "selon qu'il serait versé", "Dans cette configuration", a wish ("souhaitent une taxe. Cette taxe
    financerait..."), "prévoit d'ouvrir", "une telle loi" inside its clause; "À quelques secondes près"
    and "aurait pu dégénérer / mal tourner" are counterfactuals; "ce serait une erreur de croire" a
    judgement; "serait dû à un court-circuit" the journalistic conditional (not "aurait dû"). With the
    traps that stay hedges: a source or a date in the sentence, a subject that names something else, a
    present verb above the promise, "l'idée que", a compound past after "et", "selon le maire", "un tel
    projet" in another clause, "à peu près", "aurait pu mal interpréter", "une erreur de maintenance"."""
    assert_every_item_right(
        "hedging_fr_r14.jsonl", ("hypothetical", "concordance", "conditional_hedge", "non_hedge_modal")
    )
