"""The `Doc` extensions framing's components write to; registered once, on import."""

from __future__ import annotations

from spacy.tokens import Doc

# name -> what it holds
DOC_EXTENSIONS: dict[str, str] = {
    "framing_quote_marks": "list[framing.quotes.QuoteMark]: quotations found by framing_quotes",
    "framing_loaded": "list[framing.types.LoadedHit]: loaded vocabulary (framing_lexicon)",
    "framing_attributions": "list[framing.types.Attribution] (framing_attribution)",
    "framing_quotes": "list[framing.types.Quote], linked to attributions (framing_attribution)",
    "framing_hedges": "list[framing.types.CertaintyCue]: hedges, approximators, non-hedges (framing_hedging)",
    "framing_boosters": "list[framing.types.CertaintyCue] (framing_hedging)",
}

for _name in DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
