"""The quotation finder: offsets exactly on the words quoted, whatever the marks and spacing."""

from __future__ import annotations

from framing.quotes import QuoteIndex, find_quotations


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_french_guillemets_with_narrow_and_plain_no_break_spaces() -> None:
    text = "Il a dit\u202f: «\u202fNous partirons\u202f» puis «\u00a0jamais\u00a0»."
    assert quoted(text) == ["Nous partirons", "jamais"]
    q = find_quotations(text)[0]
    assert text[q.outer_start] == "«" and text[q.outer_end - 1] == "»"


def test_curly_and_straight_double_quotes() -> None:
    text = 'He called it “a disaster” and said "never again", twice.'
    assert quoted(text) == ["a disaster", "never again"]


def test_quote_over_several_sentences_and_paragraphs() -> None:
    text = "Elle a déclaré : « Nous avons tout perdu. Il faut reconstruire.\n« Ensemble, nous y arriverons. »"
    (q,) = find_quotations(text)
    assert text[q.start : q.end].startswith("Nous avons tout perdu.")
    assert text[q.start : q.end].endswith("nous y arriverons.")


def test_unterminated_quote_is_dropped_and_the_next_one_found() -> None:
    text = "Le texte parle de « réforme. Plus loin : « une autre » fin."
    assert quoted(text) == ["une autre"]


def test_apostrophes_and_inch_marks_are_not_quotes() -> None:
    assert quoted("L’armée d’Irak a 3\" de marge, l'autre non.") == []


def test_voice_inside_and_outside() -> None:
    text = "Le ministre a parlé d'une « invasion » hier."
    index = QuoteIndex(find_quotations(text))
    inside = text.index("invasion")
    assert index.voice(inside, inside + len("invasion")) == "quoted"
    assert index.voice(0, 2) == "reporter"
    assert index.voice(text.index("«"), text.index("»") + 1) == "quoted"
