"""Bytes -> text: BOM-aware decoding, a reported cp1252 fallback, and refusing what is not text.

The decoded string is what every offset indexes into: a byte-order mark is removed (it is not part
of the text), newlines are kept exactly as they are in the file (CRLF stays CRLF).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..i18n import N_, _

# Signatures of binary files that end up in corpus folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF87a", N_("a GIF image")),
    (b"GIF89a", N_("a GIF image")),
    (b"%PDF-", N_("a PDF document")),
    (b"PK\x03\x04", N_("a ZIP archive (or a .docx/.odt/.xlsx document)")),
    (b"\x1f\x8b", N_("a gzip archive")),
    (b"\xd0\xcf\x11\xe0", N_("an old Microsoft Office document")),
    (b"RIFF", N_("a RIFF media file")),
    (b"\x7fELF", N_("an executable")),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v\x1b")
# Unicode category Cc is exactly U+0000-U+001F and U+007F-U+009F; minus the allowed ones.
_CONTROL_RE = re.compile(
    "["
    + "".join(re.escape(ch) for ch in map(chr, [*range(0x20), *range(0x7F, 0xA0)]) if ch not in _ALLOWED_CONTROLS)
    + "]"
)


class NotText(ValueError):
    """The bytes are not text in any encoding framing accepts; the message says what they look like."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bool = False
    warning: str | None = None


def sniff_bom(data: bytes) -> tuple[str | None, int]:
    """(encoding, BOM length) when `data` starts with a byte-order mark, else (None, 0)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def binary_kind(data: bytes) -> str | None:
    """What a non-text file looks like (N_("a PNG image")), or None if it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return _(kind)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NUL bytes on every other position (for Latin text)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.6 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.6 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:100_000]
    return sum(1 for _ in _CONTROL_RE.finditer(sample)) / len(sample)


def _refuse_if_binary_looking(text: str, encoding: str) -> None:
    if control_share(text) > _MAX_CONTROL_SHARE:
        raise NotText(
            _("binary data, not text (too many control characters when read as {encoding})").format(encoding=encoding)
        )


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole file: BOM first, then strict UTF-8, then cp1252 (with a warning).

    Raises NotText for images, archives, NUL-filled data and bytes that are not cp1252 either.
    """
    encoding, bom_length = sniff_bom(data)
    if encoding is not None:
        try:
            text = data[bom_length:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise NotText(
                _("invalid {encoding} after its byte-order mark (byte {position})").format(
                    encoding=encoding.upper(), position=exc.start
                )
            ) from None
        _refuse_if_binary_looking(text, encoding)
        return Decoded(text, encoding, bom=True)
    kind = binary_kind(data)
    if kind:
        raise NotText(_("binary data ({kind}), not text").format(kind=kind))
    if b"\x00" in data[:65536]:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise NotText(_("binary data (contains NUL bytes), not text"))
        try:
            text = data.decode(guessed)
        except UnicodeDecodeError:
            raise NotText(_("binary data (contains NUL bytes), not text")) from None
        _refuse_if_binary_looking(text, guessed)
        return Decoded(
            text, guessed, warning=_("no byte-order mark; decoded as {encoding}").format(encoding=guessed.upper())
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _cp1252_fallback(data, exc)
    _refuse_if_binary_looking(text, "UTF-8")
    return Decoded(text, "utf-8")


def _cp1252_fallback(data: bytes, exc: UnicodeDecodeError) -> Decoded:
    bad = data[exc.start]
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise NotText(
            _(
                "neither UTF-8 (byte 0x{byte} at offset {position}) nor cp1252: not text, or an unsupported encoding"
            ).format(byte=f"{bad:02x}", position=exc.start)
        ) from None
    _refuse_if_binary_looking(text, "cp1252")
    return Decoded(
        text,
        "cp1252",
        warning=(
            _(
                "not valid UTF-8 (byte 0x{byte} at offset {position}); read as cp1252 (Windows Latin-1): "
                "check accented letters, or re-save the file as UTF-8"
            ).format(byte=f"{bad:02x}", position=exc.start)
        ),
    )


@dataclass
class LineDecoder:
    """Decodes a table file line by line (streaming), with the same rules as `decode_bytes`.

    Each UTF-8 line that fails to decode falls back to cp1252 on its own; `warning` and
    `warning_line` describe the first such line (or a BOM-less UTF-16 guess) once iteration has begun.
    """

    stream: BinaryIO
    encoding: str = "utf-8"
    warning: str | None = None
    warning_line: int | None = None
    fallback_lines: int = 0

    def lines(self) -> Iterator[str]:
        """Decoded lines, each keeping its line ending (so csv sees quoted newlines intact)."""
        head = self.stream.read(4096)
        encoding, bom_length = sniff_bom(head)
        if encoding is None:
            kind = binary_kind(head)
            if kind:
                raise NotText(_("binary data ({kind}), not text").format(kind=kind))
            if b"\x00" in head:
                encoding = _utf16_without_bom(head)
                if encoding is None:
                    raise NotText(_("binary data (contains NUL bytes), not text"))
                self.warning = f"no byte-order mark; decoded as {encoding.upper()}"
                self.warning_line = 1
        if encoding is not None and encoding != "utf-8":
            self.encoding = encoding
            yield from _decode_whole_stream(head[bom_length:], self.stream, encoding)
            return
        yield from self._utf8_lines(_chain_bytes_lines(head[bom_length:], self.stream))

    def _utf8_lines(self, raw_lines: Iterable[bytes]) -> Iterator[str]:
        for number, raw in enumerate(raw_lines, start=1):
            try:
                yield raw.decode("utf-8")
                continue
            except UnicodeDecodeError as exc:
                bad = raw[exc.start]
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError:
                raise NotText(
                    _("line {number}: neither UTF-8 (byte 0x{byte}) nor cp1252").format(
                        number=number, byte=f"{bad:02x}"
                    )
                ) from None
            self.fallback_lines += 1
            if self.fallback_lines == 1:
                self.encoding = "utf-8+cp1252"
                self.warning_line = number
                self.warning = _(
                    "not valid UTF-8 (byte 0x{byte}); read as cp1252 (Windows Latin-1): check accented letters, "
                    "or re-save the file as UTF-8"
                ).format(byte=f"{bad:02x}")
            yield line


def _chain_bytes_lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """Binary lines (each keeping its b'\\n') of `head` followed by the rest of `stream`."""
    pending = head
    while True:
        newline = pending.find(b"\n")
        if newline >= 0:
            yield pending[: newline + 1]
            pending = pending[newline + 1 :]
            continue
        chunk = stream.read(65536)
        if not chunk:
            if pending:
                yield pending
            return
        pending += chunk


def _decode_whole_stream(head: bytes, stream: BinaryIO, encoding: str) -> Iterator[str]:
    """Lines of a UTF-16/32 stream, decoded incrementally, line endings kept."""
    decoder = codecs.getincrementaldecoder(encoding)()
    pending = ""
    chunk = head
    while True:
        try:
            pending += decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise NotText(_("invalid {encoding} data").format(encoding=encoding.upper())) from None
        # Split on "\n" only (as csv and JSON Lines expect); the unfinished tail waits for more data.
        *lines, pending = pending.split("\n")
        for line in lines:
            yield line + "\n"
        if not chunk:
            if pending:
                yield pending
            return
        chunk = stream.read(65536)
