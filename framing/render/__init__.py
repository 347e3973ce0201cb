"""Renderers: terminal tables (console), HTML site (html), plain-text safety helpers (text)."""
