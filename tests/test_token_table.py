"""The shared token table must read exactly what the Token attributes say, on every pipeline."""

from __future__ import annotations

import gc

import pytest
import spacy
from spacy.language import Language

from framing import token_table as tt
from framing.nlp import load_base_pipeline, rule_based_english

TEXTS = [
    "L’armée a « frappé » des cibles, a-t-il déclaré mardi.\n\nSelon M. Dupont, l'attaque n’aurait pas eu lieu.",
    "Officials said on Friday that the strikes would continue; “it’s over,” he added.",
    "",
    "   \n\n  ",
]


@pytest.fixture(scope="module", params=["fr", "en-rules", "blank"])
def pipeline(request: pytest.FixtureRequest) -> Language:
    if request.param == "fr":
        return load_base_pipeline("fr")
    if request.param == "en-rules":
        return rule_based_english()
    return spacy.blank("fr")


@pytest.mark.parametrize("text", TEXTS)
def test_table_matches_token_attributes(pipeline: Language, text: str) -> None:
    doc = pipeline(text)
    table = tt.token_table(doc)
    assert table.text == doc.text == text
    assert len(table) == len(doc)
    for i, token in enumerate(doc):
        lemma = token.lemma_.lower().replace("’", "'") if token.lemma_ else ""
        assert table.words[i] == token.text
        assert table.lower[i] == token.lower_.replace("’", "'")
        assert table.lemma[i] == lemma
        assert table.base[i] == (lemma or table.lower[i])
        assert table.keys[i] == {table.lower[i], table.base[i]}
        assert table.idx[i] == token.idx
        assert table.lower_hash[i] == token.lower
        assert table.pos[i] == token.pos_
        assert bool(table.is_punct[i]) is token.is_punct
        assert bool(table.is_space[i]) is token.is_space
        assert bool(table.is_alpha[i]) is token.is_alpha
        assert bool(table.is_stop[i]) is token.is_stop


def test_table_is_built_once_and_goes_with_its_doc() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("Une phrase courte.")
    table = tt.token_table(doc)
    assert tt.token_table(doc) is table
    other = nlp("Une phrase courte.")
    assert tt.token_table(other) is not table  # equal texts, distinct Docs
    before = len(tt._TABLES)
    del doc, other, table
    gc.collect()
    assert len(tt._TABLES) == before - 2  # the table keeps no reference to its Doc


def test_string_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tt, "MEMO_LIMIT", 10)
    nlp = spacy.blank("en")
    for k in range(20):
        table = tt.TokenTable(nlp(f"word{k} other{k} third{k} fourth{k}"))
        assert table.words == [f"word{k}", f"other{k}", f"third{k}", f"fourth{k}"]
        assert len(tt._FORMS) + len(tt._FOLDED) + len(tt._LEMMAS) <= 10 + 3 * len(table)


@pytest.mark.parametrize("text", TEXTS)
def test_morph_features_match_token_morphology(pipeline: Language, text: str) -> None:
    doc = pipeline(text)
    features = tt.morph_features(doc)
    assert len(features) == len(doc)
    for i, token in enumerate(doc):
        for field in ("Number", "Gender", "VerbForm", "Mood", "Tense", "Person"):
            assert list(features[i].get(field, ())) == token.morph.get(field)


def test_each_doc_gets_its_own_table_when_docs_alternate() -> None:
    nlp = spacy.blank("fr")
    first, second = nlp("Le maire a parlé."), nlp("La ministre a répondu.")  # same length, other words
    for _ in range(3):
        assert tt.token_table(first).words == ["Le", "maire", "a", "parlé", "."]
        assert tt.token_table(second).words == ["La", "ministre", "a", "répondu", "."]
    del first
    gc.collect()
    for k in range(5):  # new Docs, possibly where the freed one was: never the last Doc's table
        doc = nlp(f"Un texte numéro {k}.")
        assert tt.token_table(doc).words == ["Un", "texte", "numéro", str(k), "."]


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_is_the_span_s_own_text(pipeline: Language, text: str) -> None:
    """`span_text` cuts a span's words from the table's text: the same string `doc[a:b].text` joins,
    trailing space of the last word left out, for every span (empty ones too)."""
    doc = pipeline(text)
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 12) + 1):
            assert tt.span_text(doc, start, end) == doc[start:end].text, (start, end)


@pytest.mark.parametrize("text", TEXTS)
def test_morph_of_answers_as_the_token_s_morphology(pipeline: Language, text: str) -> None:
    """`morph_of(token)` is read where a rule asked `token.morph`: the same values per field, and empty
    exactly when the token has no morphology (no tagger, or a token the morphologizer left bare)."""
    doc = pipeline(text)
    for token in doc:
        assert bool(tt.morph_of(token)) is bool(token.morph)
        for field in ("Number", "VerbForm", "Mood", "Tense"):
            assert list(tt.morph_of(token).get(field, ())) == token.morph.get(field)


def test_morph_of_follows_the_doc_asked_about_when_docs_alternate() -> None:
    nlp = load_base_pipeline("fr")
    plural, singular = nlp("Les maires parlent."), nlp("Le maire parle.")  # same length, other numbers
    for _ in range(3):
        assert tt.morph_of(plural[1]).get("Number", ()) == tuple(plural[1].morph.get("Number"))
        assert tt.morph_of(singular[1]).get("Number", ()) == tuple(singular[1].morph.get("Number"))
    assert tt.morph_of(plural[1]).get("Number", ()) != tt.morph_of(singular[1]).get("Number", ())
