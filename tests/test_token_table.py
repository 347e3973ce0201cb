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
