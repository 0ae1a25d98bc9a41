"""Bytes to text: encodings as found, and a clear error for what is not text."""
from __future__ import annotations

import io

import pytest

from newsparse import InputError
from newsparse.decode import decode_bytes, detect_encoding, iter_decoded, iter_lines

TEXT = "Zürich – café «Bäckerei» déjà vu\n"


@pytest.mark.parametrize("data,expected", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("cp1252"), "cp1252"),
    ("\ufeff".encode("utf-16-le") + TEXT.encode("utf-16-le"), "utf-16"),
    (b"plain ascii\n", "utf-8"),
], ids=["utf8", "utf8-bom", "cp1252", "utf16", "ascii"])
def test_detect_encoding(data, expected):
    assert detect_encoding(data) == expected


def test_bom_is_kept_so_offsets_match_the_file():
    assert decode_bytes(b"\xef\xbb\xbfHi\r\n") == "\ufeffHi\r\n"


def test_cp1252_decodes_its_quotes_and_euro():
    assert decode_bytes("“Preis” 5 €\n".encode("cp1252")) == "“Preis” 5 €\n"


def test_stray_invalid_byte_in_utf8_reads_as_cp1252():
    assert decode_bytes("Grüße ".encode() + b"\x80 and more\n") == "Grüße € and more\n"


@pytest.mark.parametrize("data", [b"\x00\x01binary", bytes(range(256)) * 4], ids=["nul", "all-bytes"])
def test_binary_is_refused(data):
    with pytest.raises(InputError, match="binary data"):
        detect_encoding(data)


def test_double_byte_text_is_not_taken_for_cp1252():
    with pytest.raises(InputError, match="--encoding"):
        detect_encoding("北京欢迎你，这是一段中文。".encode("gb18030"))


def test_streaming_decode_splits_lines_and_keeps_endings():
    data = ("a\r\nb\rc\n" + "é" * 70000 + "\r\n").encode("utf-8")
    lines = list(iter_lines(iter_decoded(io.BytesIO(data))))
    assert lines[:3] == ["a\r\n", "b\r", "c\n"]
    assert "".join(lines) == data.decode("utf-8")


def test_form_feed_stays_inside_a_line():
    assert list(iter_lines(["one\x0ctwo\nthree"])) == ["one\x0ctwo\n", "three"]
