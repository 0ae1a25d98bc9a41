"""Markdown's marks, as converters from HTML leave them in saved pages (html2text,
markdownify, pandoc, turndown): links and pictures, emphasis, headings and backslash escapes.
The readers take them off the values they return (a title, a credit, the body); the lines and
their spans keep them as printed."""
from __future__ import annotations

import re

from .lazyre import lazy

# Markdown: a picture or a link with its target, emphasis, a heading's marks
_MD_LINK = lazy(r"(!?)\[([^\[\]\n]{0,300})\]\([^()\s]{1,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
# emphasis in asterisks, and in underscores (html2text, turndown: "_x_", "__x__") only with no
# letter or digit on either side, so snake_case stays; never opened or closed by an escaped "\*"
_MD_EMPHASIS = lazy(r"(?<![\w*\\])(\*\*?)(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*\\])\1(?![\w*])"
                    r"|(?<![\w\\])(__?)(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_\\])\3(?!\w)")
# a backslash escape of Markdown ("1924\." so that no list opens, "\*real\*")
_MD_ESCAPE = lazy(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_MD_HEADING = lazy(r"^#{1,6}\s+(?=\S)")
# a link left empty once its picture is out: "[![logo](a.png)](/)"
_MD_EMPTY_LINK = lazy(r"\[\s*\]\([^()\s]{0,2000}\)")
# no name holds an underscore at a word's edge ("_By Jane Roe_", "__Jane Roe__")
_EDGE_UNDERSCORES = lazy(r"(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")


def without_markdown(text: str) -> str:
    """``text`` without the markup of Markdown: a link keeps its text, a picture goes, emphasis
    in asterisks or underscores and a heading's marks (opening and closing) go, and a backslash
    escape gives the character it escapes ("1924\\." -> "1924."). Underscores inside a word
    (snake_case), a name in double underscores, lone asterisks and a hashtag stay as printed."""
    text = markdown_links(text)
    if "*" in text or "_" in text:
        text = _MD_EMPHASIS.sub(_emphasized, text)
    text = markdown_heading(text)
    return _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text


def _emphasized(m: re.Match) -> str:
    """The text inside one emphasis; a name in double underscores ("__init__") is code, kept."""
    if m[1]:
        return m[2]
    return m[0] if len(m[3]) == 2 and m[4].isidentifier() else m[4]


def markdown_links(text: str) -> str:
    """``text`` with each Markdown link as its text ("[the report](https://...)" -> "the report")
    and without its pictures ("![A ferry](https://...)")."""
    if "](" not in text:
        return text
    return _MD_LINK.sub(lambda m: "" if m[1] else m[2], text).strip()


def markdown_heading(text: str) -> str:
    """``text`` without a Markdown heading's marks, opening and closing ("## Next steps ##");
    a hashtag ("#Harbour2030") stays."""
    m = _MD_HEADING.match(text) if text[:1] == "#" else None
    if m is None:
        return text
    text = text[m.end():]
    closed = text.rstrip("#")
    return closed.rstrip() if closed != text and closed[-1:].isspace() else text


def markdown_emphasized(text: str) -> str | None:
    """The text inside Markdown emphasis that wraps all of ``text`` ("**Title**"), or None."""
    m = _MD_EMPHASIS.fullmatch(text)
    return _emphasized(m) if m else None


def pictures_only(text: str) -> bool:
    """Whether a line is nothing but Markdown pictures (a logo, a photo, a linked one): no
    words of its own, whatever the picture's alt text says."""
    rest = _MD_EMPTY_LINK.sub("", markdown_links(text)) if "](" in text else text
    return not any(ch.isalnum() for ch in rest)


def unmarked(text: str) -> str:
    """A credit without Markdown's marks: a link keeps its text, emphasis goes ("**By Jane
    Roe**", "_By Jane Roe_"; no name holds an asterisk, nor an underscore at a word's edge)."""
    text = markdown_links(text)
    if "*" in text:
        text = text.replace("*", " ")
    if "_" in text:
        text = _EDGE_UNDERSCORES.sub(" ", text).strip()
    return text
