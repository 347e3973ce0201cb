"""`framing_lexicon` on text a reader can check: inflected forms, context constraints, longest match,
voice, scare quotes, user lexicons. English runs on both the trained model and the rule-based pipeline."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
import spacy
from loaded_support import french_scare_quote_pipeline
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.nlp import ENGLISH_MODELS, load_pipeline, rule_based_english
from framing.token_patterns import CompiledPattern, TokenView
from framing.types import LoadedHit

ROOT = Path(__file__).resolve().parents[1]


def with_framing(nlp: Language, lexicon_paths: tuple[str, ...] = ()) -> Language:
    nlp.add_pipe("framing_quotes")
    nlp.add_pipe("framing_lexicon", config={"lexicon_paths": list(lexicon_paths)})
    return nlp


@pytest.fixture(scope="session")
def fr() -> Language:
    return load_pipeline("fr")


@pytest.fixture(scope="session", params=["trained", "rules"])
def en(request: pytest.FixtureRequest) -> Language:
    if request.param == "rules":
        return with_framing(rule_based_english())
    name = next((n for n in ENGLISH_MODELS if importlib.util.find_spec(n) is not None), None)
    if name is None:
        pytest.skip("no trained English model installed (pip install -e '.[test]')")
    return with_framing(spacy.load(name))


def hits(nlp: Language, text: str) -> list[LoadedHit]:
    doc = nlp(text)
    found = doc._.framing_loaded
    for hit in found:
        assert text[hit.start : hit.end] == hit.text
    assert [(s.start_char, s.end_char, s.label_) for s in doc.spans["framing_loaded"]] == [
        (h.start, h.end, h.category) for h in found
    ]
    return found


def by_text(found: list[LoadedHit]) -> dict[str, LoadedHit]:
    return {h.text: h for h in found}


# --------------------------------------------------------------------------- French


def test_french_terms_match_inflected_forms(fr: Language) -> None:
    found = by_text(hits(fr, "Les occupations se prolongent. Le pays voisin a été envahi hier soir."))
    assert found["occupations"].term == "fr-loaded-occupation"
    assert found["occupations"].category == "delegitimizing"
    assert found["envahi"].term == "fr-loaded-envahir"
    assert found["occupations"].alternative == "présence militaire"
    assert found["occupations"].note
    assert found["occupations"].lexicon == "lexicons/fr/loaded.yaml"


def test_french_forms_the_model_mislemmatises_still_match(fr: Language) -> None:
    # (a city devastated by bombing is told plainly since round 26: a scourge as the doer, senses.yaml)
    found = by_text(hits(fr, "La réforme a dévasté le service public, avec des conséquences désastreuses."))
    assert found["dévasté"].category == "dramatizing"
    assert found["désastreuses"].category == "dramatizing"


def test_resistance_is_loaded_only_as_a_label_for_armed_groups(fr: Language) -> None:
    assert [h.text for h in hits(fr, "Les groupes de Résistance irakiens ont revendiqué l'attaque.")] == ["Résistance"]
    assert [h.text for h in hits(fr, "Il a parlé de l'axe de la résistance.")] == ["résistance"]
    assert hits(fr, "Le cours porte sur la résistance des matériaux.") == []
    assert hits(fr, "La résistance au changement est forte dans l'entreprise.") == []
    assert hits(fr, "Résistance des matériaux : le cours reprend lundi.") == []


def test_longest_match_wins_over_the_single_word(fr: Language) -> None:
    found = hits(fr, "Après le lâche assassinat du général, la tension monte.")
    assert [(h.text, h.term) for h in found] == [("lâche assassinat", "fr-loaded-lache-acte")]


def test_voice_is_quoted_inside_quotation_marks(fr: Language) -> None:
    found = hits(fr, "« Nous refusons l'occupation de notre pays », a déclaré le ministre. L'occupation dure.")
    assert [(h.text, h.voice) for h in found] == [("occupation", "quoted"), ("occupation", "reporter")]


def test_scare_quotes_without_a_speaker(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    found = hits(fr, "La campagne « choc et admiration » a commencé en mars 2003.")
    assert [(h.text, h.category, h.voice) for h in found] == [("choc et admiration", "scare_quotes", "reporter")]


@pytest.mark.parametrize(
    "text",
    [
        "« C'est une honte », a déclaré le ministre.",  # a speaker right after the quote
        "Le ministre a dénoncé une « honte nationale ».",  # reported speech with a quoted fragment
        "Selon le porte-parole, il s'agit d'un « malentendu ».",  # "selon" ties it to a speaker
        "Il a lu le journal « Le Monde » ce matin.",  # a title
        "Le mot « génocide » fait débat.",  # a word mentioned, not used
        "Moscou affirme avoir visé des « cibles militaires ».",  # mixed speech: a speech verb in the clause
        "Le plan « b » prévoit une hausse de « 3 % ».",  # letters and figures
        "Le maire a répondu que la ville devait « maîtriser ses dépenses ».",  # reported speech
        "Ils ont entendu « nous ne partirons jamais d'ici, quoi qu'il arrive » dans la rue.",  # too long
    ],
)
def test_quotes_that_are_not_scare_quotes(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert [h for h in hits(fr, text) if h.category == "scare_quotes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Le texte suit.\n\n« Ligne de crête »\n\nLa suite du texte.",  # a subheading in quotation marks
        "La ministre a publié le rapport « une école apaisée » hier.",  # the title of a report
        "Les manifestants ont scandé « nous resterons » devant la mairie.",  # first person: someone's words
        "Le ministre a répondu aux députés mardi. Il refuse toute « reculade » sur ce point.",  # same speaker
        "« Nous tiendrons », a dit la ministre. Sa « fermeté » a surpris.",  # her words, said just before
    ],
)
def test_titles_headings_and_nearby_speakers_are_not_scare_quotes(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert [h.text for h in hits(fr, text) if h.category == "scare_quotes"] == []


def test_a_speech_verb_alone_in_the_sentence_before_keeps_the_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "L'armée a bombardé la ville, affirmant viser des dépôts. Cette « pacification » a duré un an."
    assert [h.text for h in hits(fr, text) if h.category == "scare_quotes"] == ["pacification"]
    text = "Le ministre a parlé mardi.\nLa « pacification » a duré un an."  # a new paragraph
    assert [h.text for h in hits(fr, text) if h.category == "scare_quotes"] == ["pacification"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le député fustige la réforme et martèle son refus.", ["fustige", "martèle"]),
        ("Elle s'en prend aux juges.", ["s'en prend aux"]),
        ("Une gestion désastreuse, une décision odieuse.", ["désastreuse", "odieuse"]),
        ("Les pires excès, du jamais vu.", ["Les pires", "jamais vu"]),
        ("Un projet incroyablement coûteux, une véritable gabegie.", ["incroyablement", "véritable", "gabegie"]),
        ("Le ministre souffle sur les braises.", ["souffle sur les braises"]),
        ("Une politique de l'emploi et un plan de relance.", []),  # "plan de" alone is no euphemism
        ("La pression de vapeur et l'invasion de criquets.", []),  # nor "pression de", "invasion de"
        # "ironiser" is a plain reaction verb since round 26 (lexicons/fr/optional/reaction_verbs.yaml)
        ("Le gourou immigrationniste ironise sur le sommet.", ["gourou", "immigrationniste"]),
    ],
)
def test_french_evaluative_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert [h.text for h in hits(fr, text)] == expected


def test_general_patterns_cover_variants(fr: Language) -> None:
    cases = {
        "Il reste sous un prétexte ou un autre.": "motive_imputation",
        "C'est un succès global pour la coalition.": "glorifying",
        "Les milices alliées à l'Iran ont frappé.": "labeling",
        "Ils insistent pour rester.": "delegitimizing",
        "Le pays a plongé dans le chaos.": "dramatizing",
        "Le gouvernement promet une transition responsable.": "euphemism",
        "Les bombes visent des civils innocents.": "emotive",
    }
    for text, category in cases.items():
        found = hits(fr, text)
        assert category in {h.category for h in found}, (text, found)


def test_a_neutral_sentence_has_no_hit(fr: Language) -> None:
    assert hits(fr, "Le conseil municipal a voté le budget mardi, par 23 voix contre 12.") == []


# --------------------------------------------------------------------------- English (both pipelines)


def test_english_terms_match_inflected_forms(en: Language) -> None:
    found = by_text(hits(en, "The occupations continued after the army decimated the villages."))
    assert found["occupations"].term == "en-loaded-occupation"
    assert found["decimated"].category == "dramatizing"


def test_english_context_constraint(en: Language) -> None:
    assert [h.text for h in hits(en, "Iraqi Resistance fighters claimed the attack.")] == ["Resistance"]
    assert hits(en, "Engineers measured the resistance of the steel beams.") == []


@pytest.fixture(scope="session", params=["trained", "rules"])
def en_scare(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Language:
    """English with the scare-quote rule switched on by a user file (on by default since round 22)."""
    path = tmp_path_factory.mktemp("cues") / "scare-quotes-on.yaml"
    path.write_text(
        "language: en\nfamily: quote_cues\ncategories: [rule]\nentries:\n"
        "  - id: en-cue-scare-quotes-rule\n    term: scare quotes\n    category: rule\n    data: {enabled: true}\n",
        encoding="utf-8",
    )
    if request.param == "rules":
        return with_framing(rule_based_english(), (str(path),))
    name = next((n for n in ENGLISH_MODELS if importlib.util.find_spec(n) is not None), None)
    if name is None:
        pytest.skip("no trained English model installed (pip install -e '.[test]')")
    return with_framing(spacy.load(name), (str(path),))


def test_english_scare_quotes_are_on_by_default(en: Language) -> None:
    # on since round 22 (docs/loaded.md); since round 37 only in a text that takes a stance (two loaded words)
    found = by_text(hits(en, 'The reckless army began its brutal "shock and awe" campaign.'))
    assert found["shock and awe"].category == "scare_quotes"
    assert "shock and awe" not in by_text(hits(en, 'The army began its "shock and awe" campaign.'))


def test_english_voice_and_scare_quotes(en_scare: Language) -> None:
    # "insisted": round 40 drops a quoted hit under a plain "said" in a text with fewer than three hits of its own
    text = 'The minister promised "a huge success," she insisted. The army began its "shock and awe" campaign.'
    found = by_text(hits(en_scare, text))
    assert found["huge success"].voice == "quoted"
    assert found["huge success"].category == "glorifying"
    assert found["shock and awe"].category == "scare_quotes"
    assert found["shock and awe"].voice == "reporter"
    assert "a huge success," not in found  # attributed ("she insisted"), so not a scare quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator slammed Smith over a despicable plan.", ["slammed", "despicable"]),
        # a degree adverb on a word of judgement is one construction (eighth round)
        ("It was an incredibly ludicrous idea, a total fiasco.", ["incredibly ludicrous", "fiasco"]),
        ("They called it a witch hunt, the worst ever.", ["witch hunt"]),
        ("He doubled down on the death tax.", ["death tax"]),
        ("The committee approved the budget on Tuesday.", []),
        # round 3: classes grown by adjectives, adverbs (the -ly family), nouns, labels and verbs
        ("A dirty, destructive campaign ended in a circus.", ["dirty", "destructive", "circus"]),
        ("She answered the charges foolishly and ineptly.", ["foolishly", "ineptly"]),
        ("He called the audit a crappy, bullshit exercise.", ["crappy", "bullshit"]),
        # ("mock" is a plain reaction verb since round 27: lexicons/en/optional/reaction_verbs.yaml)
        ("The columnist lionized the senator and lambasted the con artist.", ["lionized", "lambasted", "con artist"]),
        # words whose hits were mostly the term discussed or a literal sense are out of the default lexicon
        ("The museum covers Nazi Germany, the debate over open borders and how fake news spreads.", []),
    ],
)
def test_english_evaluative_classes(en: Language, text: str, expected: list[str]) -> None:
    assert [h.text for h in hits(en, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'The agency released its report "A safer road" on Monday.',  # the title of a report
        'Protesters chanted "we will stay" outside.',  # first person: someone's words
        'The minister answered questions on Monday. She rejected any "retreat" on the plan.',
    ],
)
def test_english_titles_and_nearby_speakers_are_not_scare_quotes(en_scare: Language, text: str) -> None:
    assert [h.text for h in hits(en_scare, text) if h.category == "scare_quotes"] == []


def test_english_hyphenated_class_words_match_as_the_tokenizer_cuts_them(en: Language) -> None:
    found = [h.text for h in hits(en, "A brain-dead, half-baked plan from a self-righteous two-faced anti-Semite.")]
    assert found == ["brain-dead", "half-baked", "self-righteous", "two-faced", "anti-Semite"]
    assert [h.text for h in hits(en, "The anti-gun crowd gathered; the anti-crime unit did not.")] == ["anti-gun crowd"]


def test_english_patterns(en: Language) -> None:
    found = hits(en, "Leftist thugs attacked the base, leaving the town in chaos. Prices skyrocketed.")
    assert {h.category for h in found} >= {"labeling", "dramatizing"}
    assert "skyrocketed" in {h.text for h in found}


# --------------------------------------------------------------------------- user lexicons


def test_user_lexicon_extends_overrides_and_matches_literally(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "language: fr\nfamily: loaded\nentries:\n"
        "  - id: fr-loaded-occupation\n    term: occupation\n    category: labeling\n    note: mon avis\n"
        "  - id: mine-regex\n    term: 'prix (hors taxes)* [a-z]+'\n    category: emotive\n    note: literal\n",
        encoding="utf-8",
    )
    nlp = load_pipeline("fr", (str(path),))
    found = by_text(hits(nlp, "L'occupation continue. Le prix (hors taxes)* [a-z]+ augmente, pas le prix hors taxes."))
    assert found["occupation"].category == "labeling"
    assert found["occupation"].lexicon == str(path)
    assert found["prix (hors taxes)* [a-z]+"].term == "mine-regex"
    assert "prix hors taxes" not in found


def test_analyze_command_passes_user_lexicons_to_the_component(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from framing.cli import app

    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(
        "language: fr\nfamily: loaded\nentries:\n"
        "  - id: mine-bidule\n    term: bidule\n    category: emotive\n    note: test\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("Le bidule de la mairie a coûté cher.\n", encoding="utf-8")
    env = {
        "FRAMING_CACHE": str(tmp_path / "cache.sqlite"),
        **{k: v for k, v in os.environ.items() if k != "FRAMING_CACHE"},
    }
    result = CliRunner().invoke(app, ["analyze", str(article), "--json", "--lexicon", str(lexicon)], env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("{")))
    assert [(h["text"], h["term"]) for h in data["loaded"]] == [("bidule", "mine-bidule")]


# --------------------------------------------------------------------------- seeds (gold floor)


def gold_path() -> Path | None:
    candidates = (
        os.environ.get("FRAMING_SEEDS_GOLD"),
        ROOT / "tests" / "data" / "seeds-gold.json",  # vendored copy of ../shared/eval/seeds-gold.json
        ROOT.parent / "shared" / "eval" / "seeds-gold.json",
    )
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def test_every_gold_loaded_cue_is_found_with_its_category_and_voice(fr: Language) -> None:
    path = gold_path()
    if path is None:
        pytest.skip("seeds-gold.json not available (set FRAMING_SEEDS_GOLD)")
    gold = json.loads(path.read_text(encoding="utf-8"))["articles"]
    missed = []
    for name, annotation in gold.items():
        text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
        found = fr(text)._.framing_loaded
        for cue in annotation["loaded"]:
            start, end = cue["start"], cue["start"] + len(cue["cue"])
            overlapping = [h for h in found if h.start < end and start < h.end]
            if not any(h.category == cue["category"] for h in overlapping) or not any(
                h.voice == cue["voice"] for h in overlapping
            ):
                missed.append((name, cue["cue"], [(h.text, h.category, h.voice) for h in overlapping]))
    assert missed == []


# --------------------------------------------------------------------------- token patterns


def test_token_pattern_operators_follow_spacy_semantics(fr: Language) -> None:
    from framing.token_patterns import LazyViews, PatternMatcher, compile_pattern

    component = fr.get_pipe("framing_lexicon")
    doc = fr("sous un prétexte, sous prétexte, très très grand, Dieselgate")
    views = LazyViews(doc, component.token_keys(doc))
    patterns = [
        compile_pattern("opt", [{"LOWER": "sous"}, {"LOWER": "un", "OP": "?"}, {"LEMMA": "prétexte"}]),
        compile_pattern("plus", [{"LOWER": "très", "OP": "+"}, {"LOWER": "grand"}]),
        compile_pattern("regex", [{"TEXT": {"REGEX": "^[A-Z][a-z]+gate$"}}]),
        compile_pattern("not_in", [{"LOWER": "sous"}, {"LOWER": {"NOT_IN": ["un"]}}]),
    ]
    spans = {(label, doc[s:e].text) for label, s, e in PatternMatcher(patterns)(list(views))}
    assert spans == {
        ("opt", "sous un prétexte"),
        ("opt", "sous prétexte"),
        ("plus", "très très grand"),
        ("plus", "très grand"),
        ("regex", "Dieselgate"),
        ("not_in", "sous prétexte"),
    }


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ([{"DEP": "nsubj"}], "unsupported attribute 'DEP'"),
        ([{"LOWER": "x", "OP": "{2}"}], "unsupported OP"),
        ([{"LOWER": {"REGEX": "("}}], "REGEX"),
        ([{"LOWER": "x", "OP": "?"}], "could match nothing"),
    ],
)
def test_unsupported_patterns_are_refused(pattern: list[dict], message: str) -> None:
    from framing.token_patterns import PatternError, compile_pattern

    with pytest.raises(PatternError, match=message.replace("(", r"\(").replace("{", r"\{")):
        compile_pattern("x", pattern)


def test_pattern_prefilters_never_drop_a_match(fr: Language) -> None:
    """Screening by word (regex-first patterns), by the second word and by typographic apostrophes
    must find exactly what checking every pattern at every token finds."""
    from framing.token_patterns import LazyViews, PatternMatcher, compile_pattern

    patterns = [
        compile_pattern("solde", [{"LOWER": "à"}, {"LOWER": "la"}, {"LOWER": "solde"}]),
        compile_pattern("apostrophe", [{"TEXT": "L’"}, {"LOWER": "armée"}]),
        compile_pattern("regex", [{"LOWER": {"REGEX": "^pro-?russes?$"}}, {"LOWER": "milices", "OP": "?"}]),
        compile_pattern("not_in", [{"LOWER": {"NOT_IN": ["la", "le"]}}, {"LOWER": "solde"}]),
    ]
    texts = [
        "Il était à la solde de Moscou. L’armée et les pro-russes.",
        "À la solde, dit-il, des prorusses milices ; une solde versée à la fin.",
    ]
    found: set[tuple[str, str]] = set()
    for text in texts * 2:  # the second pass reads the per-word verdicts remembered by the first
        doc = fr(text)
        keys = fr.get_pipe("framing_lexicon").token_keys(doc)
        views = LazyViews(doc, keys)
        screened = PatternMatcher(patterns).match(views, keys, views.lowers)
        exhaustive = [
            (p.label, s, e)
            for s in range(len(doc))
            for p in patterns
            for e in sorted(_all_ends(p, list(views), s))
            if e > s
        ]
        assert sorted(screened) == sorted(exhaustive)
        found |= {(label, doc[s:e].text) for label, s, e in screened}
    assert found == {
        ("solde", "à la solde"),
        ("solde", "À la solde"),
        ("apostrophe", "L’armée"),
        ("regex", "pro-russes"),
        ("regex", "prorusses milices"),
        ("regex", "prorusses"),
        ("not_in", "une solde"),
    }


def test_text_screening_and_second_words_never_drop_a_match(fr: Language) -> None:
    """Patterns screened by the text of their first word (a run of capitals), started only where their
    second word follows, or checked without the search (every token once) find what checking every
    pattern at every token finds."""
    from framing.token_patterns import LazyViews, PatternMatcher, compile_pattern

    capitals = {"TEXT": {"REGEX": "^[A-ZÉ]{2,}$"}}
    patterns = [
        compile_pattern("shout", [capitals, capitals, {**capitals, "OP": "+"}]),
        compile_pattern("pair", [{"LOWER": "de"}, {"LOWER": {"IN": ["manière", "façon"]}}, {"LOWER": "brutale"}]),
        compile_pattern("open", [{"LOWER": "de"}, {"IS_TITLE": True}]),
        compile_pattern("fixed", [{"LEMMA": "coup"}, {"LOWER": "de"}, {"LOWER": "force"}]),
    ]
    texts = [
        "Le maire a répondu NON NON ET NON, de manière brutale, après un coup de force de Paris.",
        "DE FAÇON brutale : de façon brutale, des coups de force, de Lyon à ÉVRY EN FRANCE.",
    ]
    found: set[tuple[str, str]] = set()
    for text in texts * 2:  # the second pass reads the per-word verdicts remembered by the first
        doc = fr(text)
        keys = fr.get_pipe("framing_lexicon").token_keys(doc)
        views = LazyViews(doc, keys)
        screened = PatternMatcher(patterns).match(views, keys, views.lowers, views.words)
        exhaustive = [
            (p.label, s, e)
            for s in range(len(doc))
            for p in patterns
            for e in sorted(_all_ends(p, list(views), s))
            if e > s
        ]
        assert sorted(screened) == sorted(exhaustive)
        found |= {(label, doc[s:e].text) for label, s, e in screened}
    assert {("shout", "NON NON ET NON"), ("pair", "de manière brutale"), ("fixed", "coup de force")} <= found
    assert ("open", "de Paris") in found and ("open", "de Lyon") in found


def _all_ends(pattern: CompiledPattern, views: list[TokenView], start: int) -> set[int]:
    from framing.token_patterns import _ends

    first = pattern.specs[0]
    if first.op in ("1", "+") and not first.ok(views[start]):
        return set()
    return _ends(pattern.specs, 0, views, start)


# --------------------------------------------------------------------------- optional lexicons

STYLE_GUIDE = ROOT / "lexicons" / "en" / "optional" / "style_guide.yaml"


def test_style_guide_labels_are_flagged_only_with_the_optional_lexicon(en: Language) -> None:
    text = "The regime in Tehran denounced the assassination, and the terrorist group fled."
    assert hits(en, text) == []
    with_guide = with_framing(rule_based_english(), (str(STYLE_GUIDE),))
    found = {h.text for h in hits(with_guide, text)}
    assert {"regime in Tehran", "assassination", "terrorist group"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Il ne faut pas croire qu'il n'y aurait « que » trois candidats.",  # a function word stressed
        "« Le marché va changer » : un économiste prédit une année difficile\n\nLe texte suit.",  # headline
        "Le sommet en Asie\nLa réforme des retraites « reportée »\n\nLe texte suit.",  # a subheading
        "Le journal écrit : « Le gouvernement prépare un plan de relance », peut-être « dès lundi ».",  # same speaker
    ],
)
def test_function_words_and_headline_quotes_are_not_scare_quotes(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert [h.text for h in hits(fr, text) if h.category == "scare_quotes"] == []


def test_a_label_quoted_mid_sentence_before_a_colon_stays_a_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    found = hits(fr, "La campagne « choc et admiration » : trois semaines de bombardements.")
    assert [h.text for h in found if h.category == "scare_quotes"] == ["choc et admiration"]


def test_a_word_listed_twice_gets_the_entry_written_first_whatever_order_the_matches_arrive_in() -> None:
    """Candidates are gathered from sets, whose order changes with Python's string hashing from one run
    to the next; the entry a hit reports must not."""
    from framing.components.lexicon import Candidate
    from framing.lexicons import load_entries
    from framing.matching import longest_first

    terms = [e for e in load_entries("en", "loaded") if e.term is not None]
    first, second = sorted(terms[:2], key=lambda e: e.line)
    one_way = longest_first([Candidate(3, 4, second), Candidate(3, 4, first)])
    other_way = longest_first([Candidate(3, 4, first), Candidate(3, 4, second)])
    assert [c.entry.id for c in one_way] == [c.entry.id for c in other_way] == [first.id]
