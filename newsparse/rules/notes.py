"""Reprint and syndication notes: the line after an article that names the publication that
first published it ("This article first appeared in the Harbour Post.", "This report by the
Associated Press was first published March 3, 2024.", "Dieser Artikel erschien zuerst in der
Harbour Post.").

``REPRINT_NOTES`` holds, per language, the phrases around the publication's name: the words
before it and the words after it (empty: the name runs to the end of the sentence, or to a
joined clause, "... and is republished with permission"). The value reader (extract/outlet.py)
reads them; the line model never does.
"""
from __future__ import annotations

REPRINT_NOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("first appeared in", ""), ("first appeared on", ""), ("originally appeared in", ""),
           ("originally appeared on", ""), ("was originally published by", ""),
           ("was originally published in", ""), ("was first published by", ""),
           ("was first published in", ""), ("is republished from", ""),
           ("this report by", "was first published"), ("this story by", "was first published"),
           ("this article by", "was first published"), ("this story by", "was originally published")),
    "de": (("erschien zuerst in", ""), ("erschien zuerst im", ""), ("erschien zuerst bei", ""),
           ("erschien zuerst auf", ""), ("ist zuerst in", "erschienen"), ("ist zuerst im", "erschienen"),
           ("wurde zuerst in", "veröffentlicht"), ("wurde zuerst im", "veröffentlicht"),
           ("wurde zuerst von", "veröffentlicht"), ("erschien ursprünglich in", ""),
           ("erschien ursprünglich im", "")),
    "fr": (("a d'abord été publié dans", ""), ("a d'abord été publié par", ""),
           ("a été initialement publié dans", ""), ("a été initialement publié par", ""),
           ("a initialement été publié dans", ""), ("est paru initialement dans", ""),
           ("a d'abord été publiée dans", ""), ("a été initialement publiée dans", "")),
    "es": (("fue publicado originalmente en", ""), ("fue publicado originalmente por", ""),
           ("se publicó originalmente en", ""), ("fue publicada originalmente en", "")),
    "it": (("è stato pubblicato originariamente su", ""), ("è apparso originariamente su", ""),
           ("è stato pubblicato per la prima volta su", "")),
}
# the articles before a name that are no part of it ("in the Harbour Post", "in der Harbour Post")
NOTE_ARTICLES = frozenset("the der die das dem den le la les l' el los las il lo".split())
# what ends the name when nothing after it is printed: a joined clause
NOTE_NAME_ENDS = (" and ", " und ", " et ", " y ", " e ", " on ", " am ", " le ", " el ", " il ", " with ",
                  " mit ", " avec ", " con ", ", ", " (")
NOTE_WORDS = 40    # a note is one short sentence: a longer paragraph is the story's
