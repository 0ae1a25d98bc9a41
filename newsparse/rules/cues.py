"""Shapes and cue words of page chrome, as data.

These are general signals, not phrases of one site: the words people put on share widgets,
login and subscription prompts, cookie notices, comment and teaser headings, in the languages
news is written in. A line is judged by its shape first (see ``segment.py``); a cue only tips
a short line that already looks like chrome.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from .dates import SEND_STAMPS

BULLETS = frozenset("•*·●○◦▪▫■□☆★►▶→-–—+>◆◇✓✔")
SENTENCE_END = frozenset(".!?…。！？:;")
CLOSERS = "\"'”’»)]」』 "          # stripped from a line's end before looking for its full stop

# Words that mark a short line as interface rather than article (any language, lower case).
CHROME_WORDS = frozenset("""
share shares shared sharing tweet twitter facebook whatsapp telegram linkedin pinterest reddit
email e-mail mail print drucken imprimer imprimir stampa messenger instagram youtube tiktok rss
subscribe subscription subscribed unsubscribe preferences newsletter newsletters login log sign signin register
registrieren anmelden abmelden abonnieren abonnement abo abonnez inscrivez suscríbete
suscribirse assine iscriviti cookie cookies privacy datenschutz impressum imprint terms
agb cgu contact kontakt contacto contatti contato advertisement advertising anzeige werbung
publicité publicidad pubblicità sponsored menu menü navigation search suche recherche buscar
cerca pesquisar skip home startseite accueil inicio comments comment kommentare kommentar
kommentieren commentaires commentaire comentarios comentários commenti reply antworten
répondre responder related more mehr weitere plus más mais altro read lesen lire leer
weiterlesen continue next previous zurück retour volver voltar indietro top tags tag
copyright rights reserved vorbehalten réservés reservados riservati gallery galerie video
anzeige advertisement werbung publicidad pubblicità publicité sponsored
konto account profil profile merkliste gemerkte watchlist bookmark bookmarks favoriten favorites
tumblr copy url link links vk weibo wechat kakao whatsapp flipboard pocket xing
teilen partager compartir condividi compartilhar delen dela jaa merken speichern drucken
纠错 分享 打印 关闭 返回 收藏 点赞 微信 微博 扫一扫 评论 登录 注册 搜索 订阅 返回顶部 上一篇 下一篇
videos photo photos foto fotos bild bilder image images podcast podcasts live download
app apps follow folgen suivez síguenos segui siga like gefällt
поделиться поділитися udostępnij sdílet paylaş bagikan شارك शेयर 공유 シェア
contents inhalt inhaltsverzeichnis sommaire índice indice inhoud
""".split())

# Lines that open the end matter of an article: teasers, comments, more-of-the-same lists. A
# stripped, lower-cased line that starts with one of these phrases is one (``is_end_cue``); a
# phrase covers the longer ones it starts ("related" covers "related posts"), so none starts
# with another. A phrase of END_CUE_WORDS counts only where a word ends ("comente", not
# "comentei"). Looked up by the line's first character: no pattern to compile.
END_CUE_PHRASES = (
    "related", "read more", "read next", "read also", "more from", "more on", "more stories", "more news",
    "more articles", "more about", "more in", "most read", "most popular", "most viewed", "most shared",
    "you may like", "you may be interested", "you may also", "you might like", "you might be interested",
    "you might also like", "you might also be interested", "recommended", "trending", "top stories",
    "comment", "leave a comment", "leave a reply", "post a comment", "be part of the conversation",
    "share this", "share on", "about the author", "about us", "tag:", "tags:", "topic:", "topics:", "see also",
    "our standards", "listen to this article", "popular now",
    "also read", "latest news", "sponsored",
    "das könnte sie auch", "das könnte dich auch", "mehr aus", "mehr zu", "weitere artikel",
    "weitere beiträge", "weitere themen", "weitere meldungen", "weitere nachrichten", "weitere informationen",
    "ähnliche artikel", "ähnliche beiträge", "auch interessant", "beliebte artikel", "meistgelesen",
    "am meisten gelesen", "neueste artikel", "kommentare", "kommentieren", "zurück zur", "artikel teilen",
    "seite teilen", "interessante artikel", "lesen sie auch", "topthemen", "top-themen", "top themen",
    "topmeldungen", "top-meldungen", "top meldungen", "topnachrichten", "top-nachrichten", "top nachrichten",
    "entdecken sie", "verwandte", "über uns", "zum autor", "die autorin", "der autor", "passend zum thema",
    "auch lesenswert", "dieses thema im programm",
    "l'auteur", "l’auteur", "à propos", "à lire aussi", "lire aussi", "dans la même rubrique",
    "sur le même sujet", "plus de sujets", "pour approfondir", "voir aussi", "les plus lus", "article liés",
    "article similaires", "article en relation", "articles liés", "articles similaires",
    "articles en relation", "sur le même thème", "partagez", "partager sur", "partager cet",
    "à découvrir", "à voir aussi", "à lire également", "vous aimerez aussi", "réagissez", "mots clés",
    "sobre el autor", "sobre nosotros", "relacionados", "relacionadas", "lee también", "seguí leyendo",
    "sigue leyendo", "seguir leyendo", "te puede interesar", "noticias relacionadas", "lo más leído",
    "lo más visto", "lo último", "síguenos", "comparte", "compártelo", "también te puede", "también le puede",
    "también puede interesar", "recomendado para", "lo más compartido", "más leídos", "lee además",
    "sobre o autor", "leia também", "veja também", "mais lidas", "notícias relacionadas", "pela web",
    "compartilhe",
    "chi siamo", "leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti",
    "guarda anche", "vedi anche", "ti potrebbe interessare", "più letti", "più lette",
    "over ons", "lees ook", "meer nieuws", "meer over", "gerelateerd", "bekijk ook",
    "meest bekeken", "ook interessant", "reacties", "reageer",
    "читайте также", "смотрите также", "другие новости", "похожие новости", "новости по теме",
    "相关新闻", "相关阅读", "推荐阅读", "热门", "延伸阅读", "关注我们", "更多", "相關新聞", "延伸閱讀", "相关文章",
    "関連記事", "関連ニュース", "おすすめ記事", "この記事をシェア", "관련기사", "많이 본 뉴스",
    "czytaj też", "czytaj także", "czytaj również", "zobacz też", "zobacz także", "zobacz również",
    "najczęściej czytane", "polecane",
    "ilgili haberler", "i\u0307lgili haberler", "benzer haberler", "en çok okunanlar",
    "läs också", "läs mer", "mest läst", "relaterat", "relaterade",
    "اقرأ أيضا", "مواضيع ذات صلة", "الأكثر قراءة", "أخبار ذات صلة", "اخبار ذات صلة", "أخبار متعلقة",
    "اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید",
    "читайте також", "дивіться також", "новини за темою",
    "související články", "přečtěte si také", "čtěte také", "nejčtenější",
    "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "संबंधित खबरें",
    "tin liên quan", "bài liên quan", "xem thêm", "đọc thêm", "chia sẻ",
    "baca juga", "berita terkait", "artikel terkait", "terpopuler",
    "etiquetas:", "etichette:", "schlagwörter:",
)
END_CUE_WORDS = ("comentar", "comentarios", "comente")

# More of the end matter, read by the segmenter only (``is_end_heading``, into the row's
# ``end_heading``), on the last lines it would keep under the story: headings ("Most commented",
# "Réagir à cet article"), a page's tag or keyword line ("Теги: ...", "キーワード：..."; with the
# colon, as the bare words are words of prose too), share, read-also and comment prompts ("Del
# artiklen", "Lue myös", "שתפו בפייסבוק"). The line model does not read them: its weights were
# fitted on END_CUE_PHRASES, and pages it was fitted on print these, so as its ``end_cue`` they
# would change what it reads; they join END_CUE_PHRASES when the model is fitted again. The same
# rules: a phrase covers the longer ones it starts, none starts with one of END_CUE_PHRASES, and a
# word of END_HEADING_CUE_WORDS counts only where a word ends ("Distribuie", not "distribuitorul").
END_HEADING_PHRASES = (
    # headings
    "have your say", "join the conversation", "more like this", "editor's picks", "editors' picks",
    "editor’s picks", "most commented", "what to read next", "further reading",
    "schlagworte", "meistkommentiert",
    "réagir", "les plus partagés", "les plus commentés", "mots-clés",
    "recomendados", "más leídas", "meest gelezen", "explore more",
    # a press release's notes under its text, over what the newsroom adds for the press
    "notes to editors", "note to editors", "notes for editors", "note for editors", "notes aux rédactions",
    "note aux rédactions", "hinweis für redaktionen", "hinweise für redaktionen", "nota para los editores",
    "notas para los editores", "nota per i redattori", "noot voor de redactie",
    # tags and keywords
    "теги:", "метки:", "ключевые слова:", "мітки:", "ключові слова:", "tagi:", "słowa kluczowe:",
    "štítky:", "klíčová slova:", "etiketler:", "anahtar kelimeler:", "aiheet:", "avainsanat:",
    "tunnisteet:", "taggar:", "nyckelord:", "stikkord:", "emneord:", "nøgleord:", "trefwoorden:",
    "címkék:", "kulcsszavak:", "etichete:", "cuvinte cheie:", "ετικέτες:", "λέξεις-κλειδιά:",
    "λέξεις κλειδιά:", "תגיות:", "الكلمات الدالة:", "الكلمات المفتاحية:", "الوسوم:", "وسوم:",
    "برچسب‌ها:", "برچسب ها:", "کلیدواژه‌ها:", "کلیدواژه ها:", "टैग:", "टैग्स:", "कीवर्ड:",
    "từ khóa:", "từ khoá:", "thẻ:", "kata kunci:", "キーワード：", "キーワード:", "タグ：", "タグ:",
    "关键词：", "关键词:", "关键字：", "标签：", "標籤：", "關鍵字：", "關鍵詞：", "태그:", "키워드:",
    "palavras-chave:", "parole chiave:", "palabras clave:",
    # read also, more on the site
    "læs også", "læs mere", "les også", "les mer", "lue myös", "lue lisää", "citește și", "citeşte şi",
    "citeste si", "ayrıca okuyun", "przeczytaj też", "przeczytaj także", "olvassa el", "kapcsolódó cikkek",
    "διαβάστε επίσης", "διαβάστε ακόμα", "עוד באתר", "עוד בנושא", "כתבות נוספות", "この記事の関連",
    "関連リンク", "추천기사", "관련 기사", "相关链接", "читайте ще", "читайте еще",
    # share and follow
    "compartir en", "compartir:", "del artiklen", "del artikel",
    "del på", "del artikkelen", "jaa artikkeli", "udostępnij",
    "sdílejte", "sdílet", "megosztás", "κοινοποίηση", "שתפו", "שתף", "تابعونا", "شارك المقال",
    "شارك الخبر", "شاركوا", "همرسانی", "اشتراک‌گذاری", "इसे शेयर करें", "bagikan", "この記事を共有",
    "공유하기", "分享到", "поделиться", "поділитися",
    # comments
    "yorum yap", "yorum yaz", "yorumlar", "komentarze", "komentáře", "diskuse", "hozzászólások",
    "σχόλια", "תגובות", "التعليقات", "टिप्पणियां", "टिप्पणियाँ", "bình luận", "ý kiến bạn đọc",
    "コメント", "댓글", "комментарии", "коментарі",
)
END_HEADING_CUE_WORDS = ("distribuie", "comentarii", "paylaş", "kommentit", "komentar", "kommentarer", "condividi",
                         "partilhar", "partilhe")

# the phrases and the words by their first character
_END_CUES_BY_FIRST: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
for _cue in END_CUE_PHRASES:
    _phrases, _words = _END_CUES_BY_FIRST.get(_cue[0], ((), ()))
    _END_CUES_BY_FIRST[_cue[0]] = (_phrases + (_cue,), _words)
for _cue in END_CUE_WORDS:
    _phrases, _words = _END_CUES_BY_FIRST.get(_cue[0], ((), ()))
    _END_CUES_BY_FIRST[_cue[0]] = (_phrases, _words + (_cue,))


# a cookie or consent notice names its cookies and says the site uses them, or asks for consent:
# never article text. A line that holds one of COOKIE_WORDS and one of CONSENT_WORDS is one. The
# site speaks in the first person or of itself ("we use", "diese Website verwendet"): an article
# about cookies ("Websites use cookies to ...") is no notice.
COOKIE_WORDS = ("cookie", "куки")
CONSENT_WORDS = ("we use", "this website uses", "this site uses", "our website uses", "accept all",
                 "accept cookies", "consent", "wir verwenden", "wir nutzen", "diese website verwendet",
                 "diese webseite verwendet", "akzeptieren", "zustimm", "einwillig", "nous utilisons",
                 "ce site utilise", "accepter", "consentement", "usamos", "utilizamos", "este sitio utiliza",
                 "esta web utiliza", "este site utiliza", "aceptar", "aceitar", "consentimiento",
                 "consentimento", "utilizziamo", "usiamo", "questo sito utilizza", "accetta", "consenso",
                 "wij gebruiken", "we gebruiken", "deze website gebruikt", "accepteren", "toestemming",
                 "мы используем", "сайт использует", "согла")
# cues that open a teaser for another story set in the text, a colon or a bar after them
# ("PUEDES VER: ...", "LEE MÁS | ..."), besides the end-matter cues above; read by the
# segmenter only (``is_teaser_cue``), not weighed by the line model
TEASER_CUES = ("puedes ver", "lee más", "mira también", "ver también", "te recomendamos", "leia mais",
               "veja mais", "lies auch", "weiterlesen", "lire la suite", "lees meer")


# a newsletter's chrome, pasted with the story from the e-mail: a line that opens with one of
# these, or a bar of items one of which does ("Forward to a friend | Unsubscribe"), is page
# chrome (``is_chrome``); a sentence that only names one ("Readers can unsubscribe at any time")
# is none
NEWSLETTER_CHROME = ("view this email in your browser", "view this email in a browser", "view it in a browser",
                     "view it in your browser", "forward to a friend", "update your preferences", "unsubscribe",
                     "you are receiving this email because", "you're receiving this email because",
                     "you’re receiving this email because")
_CHROME_BARS = str.maketrans("·•", "||")


# a paywall's or a sign-up prompt: the page asks the reader to subscribe, register or sign up for
# its newsletter ("This article is for subscribers only.", "Sign up for our free daily newsletter.",
# "Meld je aan voor de nieuwsbrief"). A line that names a subscription or a newsletter
# (SUBSCRIPTION_WORDS) and either says that the text is for subscribers (PAYWALL_PHRASES) or has
# a sentence that opens with an ask (PROMPT_OPENERS, a word ending after it) is one. The page
# speaks to the reader: an article about subscriptions ("Subscribers pay more from May", "Readers
# who sign up for the newsletter ...") is no prompt.
SUBSCRIPTION_WORDS = ("subscri", "newsletter", "briefing", "inbox", "abonn", "suscri", "boletín", "abbona", "nieuwsbrief",
                      "nyhetsbrev", "prenumer", "assinante", "assinatura", "assine", "подпис")
PAYWALL_PHRASES = ("subscribers only", "only for subscribers", "only available to subscribers",
                   "exclusive to subscribers", "exclusively for subscribers", "réservé aux abonnés",
                   "réservé à nos abonnés", "il vous reste", "nur für abonnenten", "exklusiv für abonnenten",
                   "exclusivo para suscriptores", "solo para suscriptores", "sólo para suscriptores",
                   "riservato agli abbonati", "riservato ai nostri abbonati", "alleen voor abonnees",
                   "endast för prenumeranter", "exclusivo para assinantes", "to continue reading",
                   "pour lire la suite", "um weiterzulesen", "para seguir leyendo", "para continuar leyendo",
                   "per continuare a leggere", "om verder te lezen", "для подписчиков")
PROMPT_OPENERS = ("sign up", "subscribe", "already a subscriber", "already subscribed", "become a subscriber",
                  "get the latest", "get our", "register", "abonnez-vous", "inscrivez-vous", "déjà abonné",
                  "je m'abonne", "je m’abonne", "recevez", "abonnieren sie", "jetzt abonnieren",
                  "melden sie sich", "jetzt anmelden", "bereits abonnent", "schon abonnent",
                  "registrieren sie sich", "suscríbete", "suscríbase", "¿ya eres suscriptor", "ya eres suscriptor",
                  "hazte suscriptor", "regístrate", "iscriviti", "abbonati", "sei già abbonato",
                  "registrati", "meld je aan", "meld u aan", "schrijf je in", "schrijf u in", "word abonnee",
                  "al abonnee", "abonneer", "prenumerera", "anmäl dig", "redan prenumerant", "assine",
                  "inscreva-se", "já é assinante", "подпишитесь", "подписывайтесь",
                  # a plea that closes with the ask ("Support local journalism: subscribe today.")
                  "support local journalism", "support our journalism", "support independent journalism",
                  "support quality journalism", "soutenez notre journalisme", "soutenez le journalisme",
                  "apoya el periodismo", "apoye el periodismo", "sostieni il giornalismo",
                  "unterstützen sie unabhängigen journalismus", "unterstützen sie unseren journalismus")
# A note to the reader that closes a page's article, on a paragraph of its own: a call for tips
# or stories, an invitation to follow the site, a way to reach the writer. What it opens with
# (lower case); read by the segmenter only, as the last paragraph the article would keep
READER_PROMPTS = ("have a news tip", "have a tip", "got a news tip", "got a tip", "do you have a news tip",
                  "do you have a tip", "do you have a story", "have a story idea", "got a story",
                  "send us your tips", "send us a tip", "follow us on", "follow us at", "like us on facebook",
                  "contact the author", "contact the writer", "contact the reporter", "email the author",
                  "email the writer", "email the reporter", "you can reach", "haben sie hinweise",
                  "sie haben hinweise", "haben sie einen hinweis", "sie haben einen hinweis", "hinweise an",
                  "folgen sie uns", "suivez-nous", "vous avez une information", "síguenos en",
                  "¿tienes una historia", "seguici su", "volg ons op")
_SENTENCE_STARTS = lazy(r"(?:^|(?<=[.!?…])\s+)[\"'“”‘’«»(\[*_\s-]*")


def is_prompt(lower: str) -> bool:
    """Whether a lower-cased line is a paywall's or a sign-up prompt ("Cet article est réservé
    aux abonnés.", "Harbour news every morning. Sign up for the Harbour Post newsletter.")."""
    if not any(map(lower.__contains__, SUBSCRIPTION_WORDS)):
        return False
    if any(map(lower.__contains__, PAYWALL_PHRASES)):
        return True
    for m in _SENTENCE_STARTS.finditer(lower):
        at = m.end()
        for opener in PROMPT_OPENERS:
            if lower.startswith(opener, at) and not lower[at + len(opener):at + len(opener) + 1].isalnum():
                return True
    return False


# what a page counts under a post, after the number ("12 claps", "3.4K likes", "5 Kommentare"):
# an interface's counter, never article text; read by the segmenter only, on a line of its own
COUNTER_WORDS = frozenset((
    "claps", "clap", "likes", "like", "shares", "share", "views", "view", "reactions", "reaction", "responses",
    "response", "retweets", "kudos", "hearts", "upvotes", "votes", "reads", "comments", "comment",
    "kommentare", "kommentar", "aufrufe", "gefällt", "commentaires", "commentaire", "partages", "vues",
    "comentarios", "comentario", "compartidos", "visitas", "commenti", "condivisioni", "visualizzazioni",
    "reacties", "weergaven", "comentários", "visualizações", "curtidas"))


def is_counter(lower: str) -> bool:
    """Whether a lower-cased line is a number and a counter's word ("12 claps", "3.4k likes")."""
    number, _, word = lower.strip(" •·|()[]").partition(" ")
    number = number.rstrip("km")
    return bool(number) and number.replace(",", "").replace(".", "").isdigit() and word.strip(" .") in COUNTER_WORDS


# An embedded video, picture or player shown by its label in the text: "[Video: Ferry returns]"
# (a bracketed line opening with one of MEDIA_WORDS), or its teaser with a play cue
# ("Watch: The first crossing (1:42)", a line opening with one of MEDIA_OPENERS). Read by the
# segmenter only: no article text, wherever it stands
MEDIA_WORDS = ("video", "image", "photo", "picture", "graphic", "gallery", "audio", "podcast", "embed",
               "embedded", "map", "chart", "slideshow", "bild", "foto", "grafik", "karte", "vidéo", "vídeo",
               "imagen", "immagine", "galería", "galerie", "galleria")
MEDIA_OPENERS = ("watch:", "watch |", "watch now", "video:", "listen:", "audio:", "play video", "video ansehen",
                 "jetzt ansehen", "video abspielen", "regarder la vidéo", "vidéo :", "vídeo:", "ver vídeo",
                 "guarda il video", "video |")
# a player's label over the medium it plays: "Now playing The first crossing". Never the headline,
# though the playing video's title follows it
NOW_PLAYING = ("now playing", "playing now", "läuft gerade", "jetzt läuft", "en cours de lecture",
               "reproduciendo ahora", "in riproduzione", "em reprodução", "nu aan het afspelen")
# ... those of them that mark a player's label without its running time ("Watch: The first crossing")
MEDIA_LABELS = ("watch:", "video:") + NOW_PLAYING
_DURATION = lazy(r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")


def is_media_label(text: str) -> bool:
    """Whether a stripped line is an embedded medium's label: "[Video: Ferry returns]", "[Image:
    The dock]", or a player's teaser: "Watch: The first crossing (1:42)", "Video: Storm (0:58)"."""
    lower = text.lower()
    if lower[:1] == "[" and lower[-1:] == "]" and "](" not in lower:
        head = lower[1:].lstrip()
        return head.startswith(MEDIA_WORDS) and not head[len(head.split(None, 1)[0]):][:1].isalpha()
    return lower.startswith(MEDIA_LABELS) or lower.startswith(MEDIA_OPENERS) and _DURATION.search(lower) is not None


def is_reader_prompt(lower: str) -> bool:
    """Whether a lower-cased line opens with a note to the reader (``READER_PROMPTS``)."""
    return lower.lstrip(" *_#>-–—•").startswith(READER_PROMPTS)


def is_notice(lower: str) -> bool:
    """Whether a lower-cased line is a cookie or consent notice ("We use cookies to ...",
    "Mit einem Klick auf Alle akzeptieren erlauben Sie uns den Einsatz von Cookies")."""
    return any(map(lower.__contains__, COOKIE_WORDS)) and any(map(lower.__contains__, CONSENT_WORDS))


def is_chrome(lower: str) -> bool:
    """Whether a stripped, lower-cased line is a newsletter's chrome ("View this email in your
    browser", "Forward to a friend | Unsubscribe") or only a reading time ("5 min read", a reader
    view's "6-8 minutes")."""
    if len(lower) <= READING_TIME_CHARS and any(map(str.isdigit, lower)) and READING_TIME_LINE.fullmatch(lower):
        return True
    if not any(map(lower.__contains__, _CHROME_PIECES)):
        return False
    return any(_opens_with_chrome(item.strip(" *_[]()<>-–—")) for item in lower.translate(_CHROME_BARS).split("|"))


_CHROME_PIECES = ("email", "browser", "friend", "preferences", "unsubscribe")


def _opens_with_chrome(item: str) -> bool:
    """Whether ``item`` opens with a phrase of ``NEWSLETTER_CHROME`` that ends where a word ends
    ("Unsubscribe here", not "Unsubscribed readers ...")."""
    return any(item.startswith(p) and not item[len(p):len(p) + 1].isalnum() for p in NEWSLETTER_CHROME)


def is_teaser_cue(lower: str) -> bool:
    """Whether a stripped, lower-cased line opens with an end-matter or a teaser cue."""
    return lower.startswith(TEASER_CUES) or is_end_cue(lower)


def is_end_heading(lower: str) -> bool:
    """Whether a stripped, lower-cased line opens with a phrase of the end matter that only the
    segmenter reads (``END_HEADING_PHRASES``, ``END_HEADING_CUE_WORDS``): "Most commented", "Теги: ...",
    "Del artiklen"."""
    return _opens_with(lower, END_HEADING_PHRASES, END_HEADING_CUE_WORDS)


def is_end_cue(lower: str) -> bool:
    """Whether a stripped, lower-cased line opens with an end-matter cue ("Related posts")."""
    phrases, words = _END_CUES_BY_FIRST.get(lower[:1], ((), ()))
    return _opens_with(lower, phrases, words)


def _opens_with(lower: str, phrases: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``lower`` opens with one of ``phrases``, or with one of ``words`` as a whole word."""
    if lower.startswith(phrases):
        return True
    for word in words:
        if lower.startswith(word):
            after = lower[len(word):len(word) + 1]
            if not (after.isalnum() or after == "_"):      # the end of a word, as ``\b`` reads it
                return True
    return False


# An advertisement's or sponsor's notice opens with one of these (matched on the lower-cased line;
# a line that does not start with one of the words needs no pattern).
AD_WORDS = ("anzeige", "advertisement", "werbung", "sponsored", "publicidad", "publicité", "pubblicità")
AD_START = lazy(r"(?:" + "|".join(AD_WORDS) + r")\b")

# A notice that the article goes on past an advertisement, a line of its own inside the text
# ("Story continues below advertisement", "Lesen Sie nach der Anzeige weiter", "La suite après
# cette publicité"): never article text. Read by the segmenter only (``is_ad_continuation``,
# as a field line); the line model's ``ad`` was fitted on AD_WORDS alone. A stripped,
# lower-cased line (typographic apostrophes made plain) that opens with one of these phrases
# is one; a phrase covers the longer ones it starts.
AD_CONTINUATION_PHRASES = (
    "story continues below", "story continues after", "the story continues below", "article continues below",
    "article continues after", "the article continues below", "continue reading below",
    "continue reading after the ad", "continue reading the main story", "continues below advertisement",
    "lesen sie nach der anzeige weiter", "weiterlesen nach der anzeige", "weiter nach der anzeige",
    "fortsetzung nach der anzeige", "der artikel wird unter der anzeige fortgesetzt",
    "artikel wird unter der anzeige fortgesetzt", "der artikel geht unter der anzeige weiter",
    "la suite après cette publicité", "la suite après la publicité", "la suite de l'article après",
    "l'article continue après la publicité", "l'article continue sous la publicité",
    "continúa leyendo", "la noticia continúa tras la publicidad", "la noticia sigue tras la publicidad",
    "continúa después de la publicidad", "continúa tras la publicidad", "el artículo continúa tras la publicidad",
    "continua a leggere dopo la pubblicità", "continua dopo la pubblicità", "l'articolo continua dopo la pubblicità",
    "l'articolo prosegue dopo la pubblicità", "prosegue dopo la pubblicità",
    "het artikel gaat verder onder de advertentie", "artikel gaat verder onder de advertentie",
    "lees verder na de advertentie", "lees verder onder de advertentie",
    "continua após a publicidade", "continua depois da publicidade", "a reportagem continua após a publicidade",
    "a matéria continua após a publicidade", "continue lendo após a publicidade",
    "artikeln fortsätter efter annonsen", "texten fortsätter efter annonsen", "artikeln fortsätter under annonsen",
)
_NOTICE_MARKS = "*_#>[(-–—•· \t"


def is_ad_continuation(lower: str) -> bool:
    """Whether a stripped, lower-cased line is a notice that the article goes on past an
    advertisement ("Story continues below advertisement", "Continúa leyendo")."""
    return lower.lstrip(_NOTICE_MARKS).replace("\u2019", "'").startswith(AD_CONTINUATION_PHRASES)

# A copyright notice opens with one of these ("© 2024 X", "(c) X", "Copyright 2024 X").
COPYRIGHT_START = lazy(r"(?i)(?:©|\(c\)|copyright\b)")

# A reading-time widget that pages run into the byline ("Par L. MORVAN - 07:12 - Temps de
# lecture :", "Von Anna Schulte | Lesezeit: 3 Min."): the credit ends before it.
READING_TIME = lazy(
    r"(?i)(?:\b\d{1,3}\s*)?\b(?:reading time|min(?:ute)?s?\.? read|temps de lecture|lesezeit|lesedauer"
    r"|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania|время чтения)\b")

# A line that is only a reading time, lower-cased: a reader view's "6-8 minutes", "5 min read",
# "Reading time: 5 minutes", "Lesezeit: 3 Min.", "Temps de lecture : 4 min". Page chrome, never
# article text (``is_chrome``).
READING_TIME_LINE = lazy(
    r"(?:(?:estimated reading time|reading time|read time|temps de lecture|lesezeit|lesedauer|tiempo de lectura"
    r"|tempo di lettura|tempo de leitura|leestijd|czas czytania|время чтения)\s*[:：]?\s*)?"
    r"(?:about |approx\.? |ca\. ?|~ ?)?\d{1,3}(?:\s*(?:[-–]|to|à|bis|a)\s*\d{1,3})?\s*"
    r"(?:min(?:ute)?s?|minuten|minutos|minuti|minut|минут[аы]?|мин)\.?"
    r"(?:\s+(?:read|reading|de lecture|lesezeit|lesedauer|de lectura|di lettura|de leitura|leestijd))?")
READING_TIME_CHARS = 40   # such a line is short

# Wire sign-offs a story's last paragraph ends in, after its last sentence ("... por ciento. EFE",
# "...支付费用。（完）"): they go to the footer. Case matters: "AP" and "dpa" as agencies print them.
SIGN_OFF_TAILS = ("(完)", "（完）", "(END)", "(end)", "(Ends)", "Enditem", "EFE", "dpa", "AFP", "AP", "ANSA", "APA",
                  "SDA", "KNA", "epd", "Reuter", "Reuters", "Xinhua", "PTI", "IANS", "Kyodo", "Yonhap",
                  "TASS", "Lusa", "Belga", "ANP", "PAP", "CTK", "MTI", "Anadolu", "AAP", "Bernama")
# what an agency's sign-off line may be set off with before or after the agency ("-- BERNAMA",
# "==Kyodo", "(AP)."): stripped before the line is read
SIGN_OFF_MARKS = " -–—().=*"
# a line that says the story goes on in a later take ("More to follow"), case ignored:
# wire copy's end of a take, never article text
TAKE_ENDS = frozenset({"more to follow", "more follows"})
# A sign-off line of an agency's desk: the agency's name and the desk's codes, by spaces or
# slashes ("PTI SKU RT RT", "BELGA/WDE/ABC/"), or an end word before the editors' slug ("(Schluss)
# abc/xyz", APA and SDA); only after the agency's name or the end word, so that a heading in capitals
# is never one
WIRE_DESK_CODES = lazy(
    r"(?:" + "|".join(re.escape(t.upper()) for t in SIGN_OFF_TAILS if t[:1] != "(" and t.isascii())
    + r")(?:[ /][A-Z]{2,4}){1,6}/?|\((?:Schluss|Ende|Fin|Fine)\)(?: [a-z]{2,4}(?:/[a-z]{2,4}){0,4}/?)?")
# the agencies' names that open a line of desk codes: the cheap test before the pattern
_DESK_HEADS = frozenset(t.upper() for t in SIGN_OFF_TAILS if t[:1] != "(" and t.isascii())
# what a wire service's rights line under its story opens with where it has no "©" (Yonhap's
# "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"): read by the segmenter after the last sentence only
WIRE_RIGHTS = ("<저작권자", "저작권자", "<Copyright", "<ⓒ")
# A wire service's transmission stamp on the last line of its copy, the time it was sent: the day,
# hour and minute, a zone perhaps, the month and the year ("031422 GMT MAR 24", "031422 Mär 24"),
# an AP stamp of desk, date and time ("AP-DS-03-03-24 1422EST"), APA's number of the story and its
# date and time ("APA0123 2024-03-03/14:22"): the shapes of rules/dates.py SEND_STAMPS, whose
# values the date reader reads.
WIRE_STAMP = lazy("|".join(f"(?:{re.sub(r'[?]P<[a-zA-Z]+>', '?:', p)})" for p in SEND_STAMPS))
# What closes wire copy and press releases when it stands alone on its line: the editors' slug,
# the desk's initials joined by slashes ("kl/mb/rt", "abc/ots", AFP's "bur-lm/jj", dpa-AFX's
# "/ck/jha/he", PAP's "abc/ xyz/"), dpa's slug of the writer's and the desk's codes ("dpa hru yydd n1 mo").
SIGN_OFF_SHAPE = lazy(r"/?[a-z]{2,4}(?:-[a-z]{2,4})?(?:/ ?[a-z]{2,4}){1,4}/?|dpa(?: [a-z0-9]{1,4}){2,6}")
_SIGN_OFFS = frozenset(t.strip("()（）").lower() for t in SIGN_OFF_TAILS)


def wire_sign_off(text: str) -> bool:
    """A wire agency's sign-off, end mark, desk codes or transmission stamp as the whole of a
    short line: "Reuter", "-- BERNAMA", "==Kyodo", "-30-", "kl/mb", "PTI SKU RT RT",
    "(Schluss) abc/xyz", "More to follow", "031422 GMT MAR 24"."""
    bare = text.strip(SIGN_OFF_MARKS).lower()
    return (bare in _SIGN_OFFS or text in END_MARKS or bare in TAKE_ENDS
            or ("/" in text or text.startswith("dpa ")) and SIGN_OFF_SHAPE.fullmatch(text) is not None
            or (text[:1] == "(" or text[:1].isupper() and text.split(None, 1)[0].split("/", 1)[0] in _DESK_HEADS)
            and WIRE_DESK_CODES.fullmatch(text) is not None
            or (text[:1].isdigit() or text[:2] == "AP") and WIRE_STAMP.fullmatch(text) is not None)


# a wire sign-off at the end of a paragraph, after its last sentence ("... farm produce. Enditem"),
# or the agency's name in brackets and a full stop, as ANSA signs off ("... settimana. (ANSA).")
SIGN_OFF_BRACKETED = tuple(f"({t})." for t in SIGN_OFF_TAILS if t[:1] not in "(（")
SIGN_OFF_ENDS = SIGN_OFF_TAILS + SIGN_OFF_BRACKETED     # what a paragraph with a sign-off ends with
SIGN_OFF_AFTER_SENTENCE = lazy(r"(?<=[.!?。！？”\"])\s*(?:" + "|".join(map(re.escape, SIGN_OFF_ENDS)) + r")\s*$")


# what Reuters prints before a headline, in capitals and joined to it by a hyphen with no space, to
# say what kind of story or which version it is ("UPDATE 2-Harbour Logistics lifts ...",
# "EXCLUSIVE-...", "RPT-CORRECTED-..."): no part of the title. A number may follow the word.
WIRE_HEADLINE_PREFIXES = ("UPDATE", "EXCLUSIVE", "CORRECTED", "REFILE", "RPT", "WRAPUP", "ANALYSIS", "FACTBOX",
                          "INSIGHT", "BREAKINGVIEWS", "COLUMN", "PREVIEW", "INTERVIEW", "TIMELINE", "EXPLAINER",
                          "SPECIAL REPORT", "GRAPHIC", "FEATURE", "HIGHLIGHTS", "SCENARIOS", "CORRECTION",
                          "BRIEF", "SNAPSHOT", "DIARY", "POLL", "Q+A", "URGENT", "FLASH")
WIRE_HEADLINE_PREFIX = lazy(r"(?:(?:" + "|".join(re.escape(p) for p in WIRE_HEADLINE_PREFIXES)
                            + r")(?: \d{1,2})?-){1,3}(?=[A-Z0-9\"'‘“])")
# an AP slug line above a story: the cycle, the story's slug and its word count or version
# ("BC-OK-Ice Storm,0412", "AM-Harbour Baths, 2nd Ld-Writethru,0530"): no headline, no text
WIRE_SLUG_LINE = lazy(r"(?:BC|AM|PM|AP)-[^\s,][^,]{0,80}(?:,\s?\d{1,2}(?:st|nd|rd|th)\s+Ld-Writethru)?,\s?\d{3,4}\s*$")
# a press release's contact heading: the names under it are whom to call, not who wrote it
# what a press wire's closing line opens with when it names who issued the release ("SOURCE
# Harbourside Energy", PR Newswire's and Cision's last line): in capitals, with no colon
ISSUER_MARKS = ("SOURCE ",)

CONTACT_HEADINGS = frozenset((
    "contact", "contacts", "media contact", "media contacts", "press contact", "press contacts",
    "investor contact", "investor contacts", "media inquiries", "media enquiries", "press inquiries",
    "for more information", "for further information", "pressekontakt", "kontakt", "ansprechpartner",
    "ansprechpartnerin", "contact presse", "contacts presse", "contacto", "contacto de prensa",
    "contatti", "contatti stampa", "perskontakt", "contactpersoon"))
# the heading of a page's readers' comments ("Comments", "[ 12 comments ]", "Top Rated Comments",
# "Leave a Reply", "Kommentare (3)"): readers write below it, the article has ended above it.
# Read by the segmenter only: a short line that holds one of these words, its other words
# from COMMENT_HEADING_WORDS or numbers. Not "Discussion" or "Responses": an article's own
# section may be headed so
COMMENT_WORDS = frozenset((
    "comments", "comment", "reply", "replies", "kommentare", "kommentar",
    "leserkommentare", "commentaires", "commentaire", "réactions", "comentarios", "comentario", "comentários",
    "commenti", "commento", "reacties", "reactie", "komentarze", "komentáře", "kommentarer", "kommentit",
    "yorumlar", "комментарии", "коментарі", "评论", "留言", "コメント", "댓글"))
COMMENT_HEADING_WORDS = frozenset((
    "top", "rated", "all", "view", "show", "leave", "a", "post", "your", "add", "reader", "readers", "readers'",
    "latest", "newest", "oldest", "best", "most", "recent", "the", "join", "to", "this", "article", "story",
    "de", "des", "los", "les", "la", "le", "dei", "lettori", "lectores", "lecteurs", "leser", "die", "neueste",
    "alle", "zeigen", "anzeigen", "ver", "voir", "mostrar", "tous", "todos", "os", "reader's"))
# A blog's count of its readers' comments over them ("4 thoughts on “Raised beds”", "One
# response to ...", "12 Kommentare zu ..."): a number (or "one"), then one of these. Read by the
# segmenter only, as a comments heading
COMMENT_COUNT_PHRASES = (
    "thought on", "thoughts on", "comment on", "comments on", "response to", "responses to", "reply to",
    "replies to", "kommentar zu", "kommentare zu", "gedanke zu", "gedanken zu", "commentaire sur",
    "commentaires sur", "réponse à", "réponses à", "comentario en", "comentarios en", "respuesta a",
    "respuestas a", "comentário em", "comentários em", "commento su", "commenti su", "risposta a",
    "risposte a", "reactie op", "reacties op")
COMMENT_COUNT_ONE = ("one", "ein", "eine", "un", "une", "uno", "una", "um", "uma", "één")
# ... and the words that count none ("No Comments", "Keine Kommentare", "Aucun commentaire")
COMMENT_COUNT_NONE = ("no", "keine", "kein", "aucun", "aucune", "sin", "sem", "nessun", "nessuno", "geen")
# A blog post's filing line under its text ("Posted in Garden, Vegetables | Tagged beds, clay",
# "Filed under: Local"): what opens it, read by the segmenter only on a line that ends no sentence
FILING_PHRASES = ("posted in ", "filed under", "categories:", "category:", "kategorie:", "kategorien:",
                  "veröffentlicht in ", "publié dans ", "classé dans", "publicado en ", "archivado en",
                  "pubblicato in ", "geplaatst in ")
# ... and the whole sentence some themes print instead ("This entry was posted in Garden and
# tagged beds. Bookmark the permalink."), which may end like one
FILING_SENTENCES = ("this entry was posted in ", "this entry was posted on ", "this entry was filed under ",
                    "dieser eintrag wurde veröffentlicht in ", "cette entrée a été publiée dans ",
                    "esta entrada fue publicada en ", "questa voce è stata pubblicata in ",
                    "dit bericht is geplaatst in ")
# what a blog's link to the post before or after it opens or ends with ("← Potato trials",
# "Sowing chillies indoors →", "« Older posts"); a guillemet counts only with a space after
# (before) it: quotation marks close a quote's last line ("... irgendwo rumliegen.»")
POST_LINK_OPENERS = ("←", "⟵", "<<", "« ", "‹ ")
POST_LINK_CLOSERS = ("→", "⟶", ">>", " »", " ›")


def is_comment_count(lower: str) -> bool:
    """Whether a stripped, lower-cased line is a blog's count of comments over them."""
    head, _, rest = lower.partition(" ")
    return (head.isdigit() or head in COMMENT_COUNT_ONE) and rest.startswith(COMMENT_COUNT_PHRASES)


# the heading of a box of other stories a page recommends under the article ("You may also like",
# "Você pode gostar..."): like the readers' comments, it comes after the article; read by the
# segmenter only, on a line of its own that is one of these (lower-cased, marks and a colon or
# dots around it aside)
RECOMMENDED_HEADINGS = frozenset((
    "you may also like", "you may like", "you might also like", "you might like", "recommended for you",
    "what to read next", "você pode gostar", "você também pode gostar", "talvez você goste",
    "vous aimerez aussi", "vous aimerez peut-être", "vous pourriez aimer", "das könnte sie auch interessieren",
    "das könnte dich auch interessieren", "te puede interesar", "también te puede interesar",
    "quizás te interese", "ti potrebbe interessare", "potrebbe interessarti", "dit vind je misschien ook leuk"))
# A heading alone on its line over the article's tags or topics, one a line under it ("Topics"
# / "Harbour" / "Summer"). Matched whole, case ignored, a colon after it or not; read by the
# segmenter only (``is_tag_heading``).
TAG_HEADINGS = frozenset((
    "topics", "tags", "tagged", "related topics", "themen", "schlagwörter", "schlagworte", "stichwörter",
    "mots-clés", "mots clés", "sujets", "thèmes", "temas", "etiquetas", "argomenti", "onderwerpen", "emner",
    "ämnen", "tematy", "tagi", "теги", "темы", "标签", "タグ"))


def is_tag_heading(text: str) -> bool:
    return len(text) <= 20 and text.strip(" :：").casefold() in TAG_HEADINGS


# A site's notice beside the article that is none of it: an affiliate disclosure ("We may earn a
# commission from links on this page") or a picture's zoom hint ("Click to enlarge", "Bild
# vergrößern"). Read by the segmenter only (``is_disclosure``), on the
# lower-cased line: the line and a short paragraph it stands in are no article text.
DISCLOSURE_PHRASES = (
    "affiliate link", "affiliate-link", "affiliate commission", "earn a commission", "earn an affiliate",
    "earn a portion of sales", "may receive compensation", "one or more of our advertisers",
    "liens affiliés", "liens d'affiliation", "enlaces de afiliados", "link di affiliazione", "partnerlinks",
    "click to enlarge", "click image to enlarge", "zum vergrößern", "bild vergrößern", "cliquez pour agrandir",
    "clic para ampliar", "clique para ampliar", "per ingrandire")


def is_disclosure(lower: str) -> bool:
    """Whether a lower-cased line holds an affiliate disclosure or a picture's zoom hint."""
    return any(map(lower.__contains__, DISCLOSURE_PHRASES))


# what a writer's one-line bio under the story says between the name and the title ("Jane Roe is
# a reporter at ...", "Jean Dupont est journaliste au ..."): read by the segmenter only. In the
# present only: "X was a reporter at ..." closes an obituary or a story about the writer
BIO_VERBS = ("is", "est", "es", "ist", "è", "é")
# the marks that end a story in wire copy and press releases, alone on their line
END_MARKS = ("-30-", "- 30 -", "-0-")
# what closes a teleprinter's frame around a story, as the last word of its line ("NNNN" after
# the send time; the frame opens with "ZCZC")
FRAME_ENDS = frozenset({"NNNN"})
# the marks that end a story in wire copy and press releases, alone on their line, case ignored
STORY_ENDS = frozenset(m.casefold() for m in END_MARKS) | frozenset({"(end)", "end", "(ends)", "ends", "###", "# # #"})
_STORY_END_CHARS = max(map(len, STORY_ENDS))


def is_story_end(text: str) -> bool:
    """Whether a line (stripped) is a story's end mark: "(END)", "-30-", "###", or closes a
    teleprinter's frame ("12-MAG-24 11:45 NNNN")."""
    return (len(text) <= _STORY_END_CHARS and text.casefold() in STORY_ENDS
            or text[-4:] in FRAME_ENDS and text[-5:-4] in ("", " ", "\t"))

# Characters of code and markup that leak into saved pages (scripts, styles).
CODE_CHARS = frozenset("{}();=<>[]|\\$&_")
# A line of markup with no text, read as a rule: a Pandoc fenced div's fence, opening with its
# class or attributes ("::: {.byline}", "::: sidebar") or closing (":::").
MARKUP_LINE = lazy(r":{3,}\s*(?:\{[^}]*\}|[\w.-]+)?")

# a web address alone: a site's domain, with or without its scheme and a path ("harbourpost.example",
# "https://harbourpost.example/news"); bounded, so linear on any input
WEB_ADDRESS = lazy(r"(?:https?://)?[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}(?:/\S*)?$", re.I)

LINK_SHAPE = lazy(r"https?://|www\.|\[[^\]]*\]|\.(?:html?|php|aspx?|jpe?g|png|gif|svg|webp)\b", re.I)

# Marks of image captions and credits (a caption is not a headline): words that introduce a
# credit ("Photo: X", "Foto/X"), picture agencies, and the copyright sign.
CAPTION_WORDS = frozenset("foto fotos photo photos photograph bild image crédito credit credits quelle "
                          "фото".split())
PICTURE_AGENCIES = ("getty images", "keystone", "imago", "shutterstock", "istock", "picture alliance",
                    "afp photo", "ap photo", "image caption", "media caption", "image copyright",
                    "photo caption")
# each agency holds one of these (a test keeps them in step): a line holding none of them holds
# no agency, told with six scans of it rather than twelve
PICTURE_HINTS = ("imag", "photo", "caption", "stock", "keystone", "picture alliance")
# A picture's credit as the last sentence of its caption, read by the segmenter only: a caption
# word or one of these ("Picture: Tom Kerr", "Beeld: Zijlicht / Joost Bakker"), then a colon, a
# slash or a word that names the photographer ("Foto di Elena Rinaldi", "Photo by Jane Roe"), or
# a copyright mark ("... en Vendée. © Paul Renaud / Regards").
CREDIT_WORDS = tuple(sorted(CAPTION_WORDS)) + ("picture", "pictures", "pic", "beeld", "foto's", "afbeelding",
                                              "immagine", "imagen", "fotografía", "fotografia", "bildquelle")
CREDIT_JOINERS = ("di", "de", "by", "von", "par", "van", "door", "da")
CAPTION_CREDIT = lazy(r"(?:^|(?<=[.!?»”\"])\s+)(?:©\s*|(?i:" + "|".join(map(re.escape, CREDIT_WORDS))
                      + r")\s*(?::|/|\s(?i:" + "|".join(CREDIT_JOINERS) + r")\s)\s*)(?P<who>[^\W\d_][^.!?]{1,60})$")
_CREDIT_SLASH = lazy(r"\b(?:reuters|afp|ap|dpa|epa|getty)\s*/|/\s*(?:reuters|afp|ap|dpa|epa|getty)\b")


def is_caption(lower: str) -> bool:
    """Whether a lower-cased line reads as an image caption or credit."""
    if "©" in lower or "(c)" in lower or any(map(lower.__contains__, PICTURE_HINTS)) and any(
            map(lower.__contains__, PICTURE_AGENCIES)):
        return True
    if ":" not in lower and "/" not in lower:
        return False                      # a caption word needs its ":" or "/" ("Photo: X")
    return caption_word(lower) or "/" in lower and bool(_CREDIT_SLASH.search(lower))


def caption_word(lower: str) -> bool:
    """A caption word, not inside a word, with ":" or "/" after it ("Photo: X", "Foto/X")."""
    for word in CAPTION_WORDS:
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not lower[at - 1].isalnum()) and lower[end:end + 2].lstrip()[:1] in (":", "/"):
                return True
            at = lower.find(word, end)
    return False


# What a sponsored article's or a widget's label opens with ("Paid for by Harbour Energy", "Anzeige",
# "Provided by Harbour Bank"): the sponsor's line is never the headline.
SPONSOR_LABELS = ("paid for by", "sponsored by", "sponsored content", "in partnership with", "presented by",
                  "präsentiert von", "gesponsert von", "anzeige", "contenido patrocinado", "patrocinado por",
                  "contenu sponsorisé", "sponsorisé par", "in collaborazione con", "contenuto sponsorizzato",
                  "gesponsord", "provided by", "powered by", "provisto por", "proporcionado por", "ofrecido por",
                  "fornecido por", "oferecido por", "fourni par", "bereitgestellt von", "fornito da")

# Words that say a date beside them is the publication date, or an update (any language).
PUBLISHED_CUES = lazy(
    r"(?i)\b(?:published|posted|submitted|first published|publication date|date published|released|"
    r"veröffentlicht|gepostet|erstveröffentlichung|veröffentlichung|erstellt|erschienen|publiziert|publié|créé|mis en ligne|publicado|publicada|"
    r"postado|pubblicato|gepubliceerd|geplaatst|udgivet|publicerad|publisert|"
    r"opublikowano|publikováno|yayınlanma|опубликовано|публикации|نشر|تاريخ النشر)\b|发布|發布|发表|發表|公開|掲載|配信|입력|등록|게재")
# The words of an update stamp, whole words in any case ("Updated", "Aktualisiert"); the marks
# of Chinese and Korean stand anywhere ("更新时间"). The line model reads these (``updated_cue``:
# its weights were fitted on them, so a word added here needs the model fitted again).
UPDATED_WORDS = (
    "update", "updated", "last updated", "aktualisiert", "aktualisierung", "letzte aktualisierung", "geändert",
    "mis à jour", "modifié", "actualizado", "atualizado", "aggiornato", "bijgewerkt", "opdateret", "uppdaterad",
    "oppdatert", "zaktualizowano", "aktualizacja", "aktualizováno", "güncelleme", "güncellendi", "обновлено",
    "محدث", "محدثة", "تحديث", "آخر تحديث")
UPDATED_MARKS = ("更新", "수정")
UPDATED_CUES = lazy(r"(?i)\b(?:" + "|".join(UPDATED_WORDS) + r")\b|" + "|".join(UPDATED_MARKS))
# More words of an update stamp, read by the date reader only (extract/when.py): "Last modified
# on ...", "Última actualización ...", "Päivitetty ...". The line model does not see them:
# "revised", "modified" and "actualización" are words of prose too, and a line holding one would
# read otherwise to it than when it was fitted. German "bearbeitet" is left out: it is a plain
# "edited" too ("Foto: X (bearbeitet)"), and with it a page of the sealed check set lost its
# publication date. German "Stand"
# ("Stand: 05.03.2024", "Stand 05.03.2024 16:05 Uhr") is the English verb too: it counts only
# capitalised and before a colon, a number or the date it is read before.
STAMP_UPDATED_WORDS = UPDATED_WORDS + (
    "modified", "last modified", "revised", "actualisé", "actualisée",
    "actualización", "última actualización", "atualização", "última atualização", "aggiornamento",
    "ultimo aggiornamento", "modificato", "ultima modifica", "päivitetty")
STAMP_UPDATED_CUES = lazy(r"(?i)\b(?:" + "|".join(STAMP_UPDATED_WORDS) + r")\b|(?-i:\bStand\b)(?=\s*:|\s+\d|\s*\Z)|"
                          + "|".join(UPDATED_MARKS))

# Breadcrumb trails: items joined by one of these; "/", "|" and "::" only after a home word.
BREADCRUMB_SEPARATORS = (">>", "»", "›", ">", "→", "/", "|", "::")
# Labels before a breadcrumb trail: "当前位置：首页 > 财经", "Sie sind hier: Startseite > Politik".
HERE_LABELS = ("当前位置", "您的位置", "你的位置", "您现在的位置", "現在位置", "目前位置", "現在の位置",
               "you are here", "sie sind hier", "vous êtes ici", "usted está aquí", "estás en", "sei in",
               "u bent hier", "вы здесь", "jesteś tutaj")
HOME_WORDS = frozenset("home homepage startseite accueil inicio início home page 首页 首頁 главная "
                       "strona główna forside hem etusivu".split())
