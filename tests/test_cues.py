"""The end-matter cues are a table of phrases looked up by a line's first character
(``rules.cues.is_end_cue``). They replaced one large pattern; these tests show the table answers
as that pattern did, for every phrase the pattern could match and what may follow it."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from newsparse.rules.cues import (END_CUE_PHRASES, END_CUE_WORDS, END_HEADING_CUE_WORDS, END_HEADING_PHRASES,
                                  is_end_cue, is_end_heading)

try:                                    # the parser of the re module
    from re import _parser as _sre
except ImportError:                     # pragma: no cover - Python 3.10
    import sre_parse as _sre            # type: ignore[no-redef]

# the pattern the table replaced, as it stood (matched at the start of a lower-cased line), but
# for "mest läst", which the table reads since, for "mest lästa" and the singular alike, but
# for "mest läst", which the table reads since, for "mest lästa" and the singular alike
REFERENCE = re.compile(
    r"(?:related(?: articles| stories| posts| content| coverage| topics)?|read (?:more|next|also)"
    r"|more (?:from|on|stories|news|articles|about|in)|most (?:read|popular|viewed|shared)"
    r"|you (?:may|might) (?:also )?(?:like|be interested)|recommended|trending|top stories"
    r"|comments?|comentar(?:ios)?\b|comente\b|commenter\b|commenta(?:re|ti)?\b|leave a (?:comment|reply)|post a comment|be part of the conversation"
    r"|share (?:this|on)|about the author|tags?:|topics?:|see also|also read|latest news"
    r"|das könnte (?:sie|dich) auch|mehr zum thema|mehr (?:aus|zu)|weitere (?:artikel|beiträge|themen|meldungen|nachrichten|informationen)"
    r"|ähnliche (?:artikel|beiträge)|auch interessant|beliebte artikel|meistgelesen|am meisten gelesen"
    r"|neueste artikel|kommentare|kommentieren|zurück zur|artikel teilen|seite teilen|interessante artikel"
    r"|lesen sie auch|top[- ]?themen|top[- ]?meldungen|top[- ]?nachrichten|entdecken sie|verwandte|über uns|zum autor|die autorin|der autor|passend zum thema"
    r"|about us|about the author|more stories|related posts|you may also|recommended for you|sponsored"
    r"|l['’]auteur|à propos|sobre el autor|sobre nosotros|sobre o autor|chi siamo|over ons"
    r"|à lire aussi|lire aussi|dans la même rubrique|sur le même sujet|plus de sujets|pour approfondir"
    r"|voir aussi|les plus lus|commentaires|articles? (?:liés|similaires|en relation)|sur le même thème"
    r"|relacionad[oa]s|lee también|seguí leyendo|sigue leyendo|seguir leyendo|te puede interesar|noticias relacionadas|lo más (?:leído|visto)|lo último|síguenos"
    r"|leia também|veja também|mais lidas|notícias relacionadas|pela web"
    r"|leggi anche|potrebbe interessarti|articoli correlati|i più letti"
    r"|lees ook|meer (?:nieuws|over)|gerelateerd"
    r"|читайте также|смотрите также|другие новости|похожие новости|новости по теме"
    r"|相关新闻|相关阅读|推荐阅读|热门|延伸阅读|关注我们|更多|相關新聞|延伸閱讀|相关文章"
    r"|関連記事|関連ニュース|おすすめ記事|この記事をシェア|관련기사|많이 본 뉴스"
    r"|czytaj (?:też|także|również)|zobacz (?:też|także|również)|najczęściej czytane|polecane"
    r"|i\u0307?lgili haberler|benzer haberler|en çok okunanlar|läs (?:också|mer)|mest läst|relaterat"
    r"|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|الأكثر قراءة)"
)


def _language(items) -> list[tuple[str, bool]]:
    """Every text a finite pattern matches, with whether a word boundary must follow it."""
    out = [("", False)]
    for op, av in items:
        if op is _sre.LITERAL:
            alts = [(chr(av), False)]
        elif op is _sre.IN:
            assert all(o is _sre.LITERAL for o, _ in av), av
            alts = [(chr(a), False) for _, a in av]
        elif op is _sre.BRANCH:
            alts = [x for alt in av[1] for x in _language(alt)]
        elif op is _sre.SUBPATTERN:
            alts = _language(av[-1])
        elif op is _sre.MAX_REPEAT and av[:2] == (0, 1):
            alts = [("", False), *_language(av[2])]
        elif op is _sre.AT and av is _sre.AT_BOUNDARY:
            alts = [("", True)]
        else:
            raise AssertionError(f"not a finite pattern: {op} {av}")
        out = [(t + u, b or c) for t, b in out for u, c in alts if not (b and u)]
    return list(dict.fromkeys(out))


LANGUAGE = _language(_sre.parse(REFERENCE.pattern).data)
# what may follow a phrase: word characters of every kind (letters, digits, "_", numerals,
# marks), spaces, punctuation, and more of a phrase ("comments")
AFTER = ["", " ", ":", "-", "'", "\n", "_", "a", "s", "i", "Z", "5", "é", "ß", "ı", "\u0301", "²", "Ⅷ", "٣",
         "中", "…", "/"]


@pytest.mark.parametrize("phrase,word_end", LANGUAGE, ids=[f"{t}{'$' if b else ''}" for t, b in LANGUAGE])
def test_every_phrase_of_the_pattern_is_read_as_the_pattern_reads_it(phrase, word_end):
    texts = [phrase + a for a in AFTER] + [phrase[:-1], "x" + phrase, " " + phrase, phrase.upper()]
    for text in texts:
        assert is_end_cue(text) == (REFERENCE.match(text) is not None), text


def test_a_word_ends_where_the_pattern_sees_a_boundary():
    # after a phrase that must end a word, every character: a cue exactly where the engine's
    # "\b" would see a word end, that is where the character is not one "\w" matches
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    word_chars = set(re.findall(r"\w", every))
    word = END_CUE_WORDS[-1]
    assert {c for c in every if not is_end_cue(word + c)} == word_chars
    assert all((REFERENCE.match(word + c) is None) == (c in word_chars) for c in every[::97])


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from([t for t, _ in LANGUAGE]) | st.text(max_size=4), min_size=1, max_size=4),
       sep=st.sampled_from(["", " ", ": "]))
def test_any_line_is_read_as_the_pattern_reads_it(parts, sep):
    text = sep.join(parts)
    assert is_end_cue(text) == (REFERENCE.match(text) is not None)


def test_the_table_holds_each_phrase_once_and_none_that_another_covers():
    assert len(set(END_CUE_PHRASES)) == len(END_CUE_PHRASES)
    every = END_CUE_PHRASES + END_CUE_WORDS
    assert [(a, b) for a in END_CUE_PHRASES for b in every if a != b and b.startswith(a)] == []


def test_the_segmenter_s_end_matter_is_one_table_that_the_end_cues_do_not_cover():
    assert len(set(END_HEADING_PHRASES)) == len(END_HEADING_PHRASES)
    assert [p for p in END_HEADING_PHRASES if p.startswith(END_CUE_PHRASES)] == []
    assert [(a, b) for a in END_HEADING_PHRASES for b in END_HEADING_PHRASES + END_HEADING_CUE_WORDS
            if a != b and b.startswith(a)] == []


@pytest.mark.parametrize("line, read", [
    ("most commented", True), ("теги: погода, гавань", True), ("del artiklen", True),
    ("distribuie", True), ("distribuitorul a anunțat", False), ("yorumlar (3)", True),
])
def test_one_reader_reads_the_segmenter_s_headings_tag_lines_and_prompts(line, read):
    assert is_end_heading(line) == read


@given(st.text(alphabet=st.sampled_from(" _\t\n\u00a0\u2003\u3000\x1cAbc:é") | st.characters(), max_size=10))
def test_a_label_s_key_is_its_folded_text_with_runs_of_spaces_made_one(text):
    """rules.labels._label_key skips the pattern where it would change nothing."""
    from newsparse.rules import labels
    assert labels._label_key(text) == labels._SPACE.sub(" ", text.casefold())


@pytest.mark.parametrize("line,teaser", [
    ("Read more: Ferry fares to rise in spring", True),
    ("PUEDES VER: ¿Cómo renovar el carné de la biblioteca del puerto?", True),
    ("LEE MÁS | El puerto abre una nueva línea de ferris", True),
    ("Lesen Sie auch: Die Fähren im Hafen werden im Frühjahr teurer", True),
    ("Lesen Sie auch: Fähren werden teurer", False),           # short: the end-matter cue itself
    ("Related", False),                                   # a heading alone: the end-matter cue
    ("Read the full report on the harbour council's website before Tuesday.", False),
    ("The mayor said: read more about the plan on Tuesday.", False),
])
def test_a_teaser_for_another_story_is_marked_in_the_feature_table(line, teaser):
    from newsparse.features import read_table
    from newsparse.lines import scan
    assert read_table(scan(line + "\n")).rows[0].teaser is teaser


@pytest.mark.parametrize("line,cue", [
    ("### Most read", True),                        # a Markdown heading over the end matter
    ("## More on this story", True),
    ("#### You may also like ####", True),          # a closed heading
    ("#Related", False),                            # a hashtag, no heading
    ("## What happens next", False),                # a heading inside the story
])
def test_a_markdown_heading_over_the_end_matter_is_an_end_cue(line, cue):
    from newsparse.features import read_table
    from newsparse.lines import scan
    assert read_table(scan(line + "\n")).rows[0].end_cue is cue


@pytest.mark.parametrize("line,notice", [
    ("We use cookies to give you the best experience on the harbour site.", True),
    ("Mit einem Klick auf Alle akzeptieren erlauben Sie uns den Einsatz von Cookies.", True),
    ("Nous utilisons des cookies pour mesurer l'audience du port.", True),
    ("The bakery by the harbour sells cookies every Sunday morning.", False),   # cookies, no consent
    ("The council agreed to reopen the harbour baths next summer.", False),     # consent, no cookie
    ("Many websites use cookies to follow their readers from page to page.", False),  # an article on them
    ("Viele Websites nutzen Cookies, um ihre Leser zu verfolgen.", False),
    ("View this email in your browser", True),                                # a newsletter's chrome
    ("Forward to a friend | Update your preferences | Unsubscribe", True),     # a bar of its links
    ("Having trouble reading? · View it in a browser", True),                  # an item of a bar
    ("You are receiving this email because you signed up at harbour.example.", True),
    ("Readers can unsubscribe at any time, the harbour office said.", False),  # a sentence that names it
    ("Unsubscribed readers still get the harbour timetable by post.", False),   # another word
    ("6-8 minutes", True),                                     # a reader view's reading time
    ("5 min read", True),
    ("Reading time: 5 minutes", True),
    ("Lesezeit: 3 Min.", True),
    ("The ferry crossing takes 20 minutes.", False),           # a sentence with a duration
    ("Minutes of the harbour board", False),                   # another sense of the word
])
def test_a_cookie_notice_is_marked_in_the_feature_table(line, notice):
    from newsparse.features import read_table
    from newsparse.lines import scan
    assert read_table(scan(line + "\n")).rows[0].notice is notice
