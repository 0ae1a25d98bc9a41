"""Bytes to text: encodings as found, and a clear error for what is not text."""
from __future__ import annotations

import io

import pytest

from newsparse import InputError
from newsparse.decode import Detection, decode_bytes, detect, detect_encoding, iter_decoded, iter_lines

TEXT = "Zürich – café «Bäckerei» déjà vu\n"


@pytest.mark.parametrize("data,expected", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("cp1252"), "cp1252"),
    ("\ufeff".encode("utf-16-le") + TEXT.encode("utf-16-le"), "utf-16-le"),
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
    assert detect_encoding("北京欢迎你，这是一段中文。".encode("gb18030")) == "gb18030"


def test_streaming_decode_splits_lines_and_keeps_endings():
    data = ("a\r\nb\rc\n" + "é" * 70000 + "\r\n").encode("utf-8")
    lines = list(iter_lines(iter_decoded(io.BytesIO(data))))
    assert lines[:3] == ["a\r\n", "b\r", "c\n"]
    assert "".join(lines) == data.decode("utf-8")


def test_form_feed_stays_inside_a_line():
    assert list(iter_lines(["one\x0ctwo\nthree"])) == ["one\x0ctwo\n", "three"]


# short invented texts, one per language the encodings below serve
ENCODED_TEXTS = [
    ("utf-8", "Le conseil a voté la nouvelle ligne de métro à l’unanimité.\n"),
    ("cp1252", "Le conseil a voté la nouvelle ligne de métro à Zürich, dit-il.\n"),
    ("gb18030", "北京市政府周五宣布，新的地铁线路将于下个月开通，预计每天运送二十万名乘客。\n"),
    ("big5", "台北市政府週五宣布，新的捷運路線將於下個月通車，預計每天載運二十萬名乘客。\n"),
    ("shift_jis", "東京都は金曜日、新しい地下鉄の路線が来月開業すると発表した。一日に二十万人を運ぶ。\n"),
    ("euc_jp", "東京都は金曜日、新しい地下鉄の路線が来月開業すると発表した。一日に二十万人を運ぶ。\n"),
    ("euc_kr", "서울시는 금요일 새로운 지하철 노선이 다음 달에 개통된다고 발표했다. 하루 이십만 명을 태운다.\n"),
    ("cp1251", "Городской совет в пятницу объявил, что новая линия метро откроется в следующем месяце.\n"),
    ("koi8_r", "Городской совет в пятницу объявил, что новая линия метро откроется в следующем месяце.\n"),
    ("utf-16-le", "Le conseil a voté la nouvelle ligne de métro.\n"),
    ("utf-16-be", "北京市政府周五宣布，新的地铁线路将于下个月开通。\n"),
    ("utf-32-le", "Le conseil a voté la nouvelle ligne de métro.\n"),
    ("utf-32-be", "Городской совет в пятницу объявил.\n"),
]


@pytest.mark.parametrize("encoding,text", ENCODED_TEXTS, ids=[e for e, _ in ENCODED_TEXTS])
def test_each_encoding_is_detected_without_being_named(encoding, text):
    data = ("Headline\n\n" + text).encode(encoding)
    assert detect(data) == Detection(encoding, sure=True)
    assert decode_bytes(data) == "Headline\n\n" + text


@pytest.mark.parametrize("bom,encoding", [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                                          (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")])
def test_a_byte_order_mark_names_the_encoding_and_stays_in_the_text(bom, encoding):
    data = bom + "Hi\n".encode(encoding)
    assert detect_encoding(data) == encoding
    assert decode_bytes(data) == "\ufeffHi\n"


def test_little_evidence_makes_a_guess_unsure():
    assert detect("Caf\xe9\n".encode("cp1252")) == Detection("cp1252", sure=False)


def test_a_decode_error_names_the_byte_offset_in_the_whole_input():
    data = b"abc\n" * 30000 + b"\xff"          # past the first 64 KiB chunk
    with pytest.raises(InputError, match="^cannot decode as ascii: ordinal not in range\\(128\\) at byte 120000$"):
        decode_bytes(data, "ascii")


@pytest.mark.parametrize("data,at", [("Caf\xe9 on the quay\n".encode("cp1252"), 3),
                                     ("\ufeffHarbour\n".encode("utf-16-le"), 0)], ids=["cp1252", "utf-16"])
def test_a_forced_encoding_is_that_one_a_byte_it_cannot_read_is_an_error(data, at):
    """Detected UTF-8 reads a stray Windows-1252 byte as such; ``--encoding utf-8`` does not."""
    with pytest.raises(InputError, match=f"^cannot decode as utf-8: .* at byte {at}$"):
        decode_bytes(data, "utf-8")


def test_a_lone_surrogate_is_refused_at_the_input():
    with pytest.raises(InputError, match=r"lone surrogate \(U\+D83F\)"):
        decode_bytes(b"Title +2D8- here\n", "utf-7")


def test_a_line_longer_than_a_chunk_comes_whole_and_endings_cut_by_chunks_are_joined():
    assert list(iter_lines(["a\r", "\nb\r", "c", "d" * 5, "e\r\n", "\r", "f"])) == [
        "a\r\n", "b\r", "cddddde\r\n", "\r", "f"]
    data = b"x" * (3 * (1 << 16) + 5) + b"\r\ny"
    assert list(iter_lines(iter_decoded(io.BytesIO(data)))) == [data[:-1].decode(), "y"]


@pytest.mark.parametrize("data", [
    b"<!DOCTYPE html>\n<html><head><title>Harbour baths</title></head></html>\n",
    b"\xef\xbb\xbf  \n<html lang=\"en\"><body><p>Harbour baths stay open.</p></body></html>\n",
    b"<!doctype HTML><p>Harbour baths stay open.</p>\n",
], ids=["doctype", "utf-8-mark-and-blank-lines-first", "lower-case"])
def test_an_html_page_is_refused_as_markup_not_text(data):
    with pytest.raises(InputError, match="HTML markup, not text"):
        detect(data)


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (Harbour baths) >>\nendobj\n",
     "PDF document, not text: take its text out first (pdftotext, or a viewer's Save as text)"),
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Harbour</title>\n',
     "XML markup (a feed or other XML document), not text: take the article's text out of it first"),
    (b'\xef\xbb\xbf\n<rss version="2.0"><channel><title>Harbour</title>\n',
     "XML markup (a feed or other XML document), not text: take the article's text out of it first"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title>\n',
     "XML markup (a feed or other XML document), not text: take the article's text out of it first"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Harbour baths stay open.\\par}\n",
     "RTF document, not text: save it as plain text first"),
], ids=["pdf-without-nul", "xml-feed", "rss-after-a-mark", "atom", "rtf"])
def test_a_document_of_a_known_format_is_refused_by_its_start_naming_it(data, message):
    with pytest.raises(InputError) as caught:
        detect(data)
    assert str(caught.value) == message


def test_a_text_that_names_those_formats_further_down_is_text():
    data = b"Harbour board publishes minutes\n\nThe minutes come as %PDF-1.7 files and an <?xml feed.\n"
    assert detect(data) == Detection("utf-8")


def test_a_text_that_quotes_html_further_down_is_text():
    data = b"How to start a web page\n\nEvery page opens with two lines:\n\n<!DOCTYPE html>\n<html>\n"
    assert detect(data) == Detection("utf-8")
