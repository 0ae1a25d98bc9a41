"""Function words per language: the most frequent words of running news prose.

Used for two things: telling prose from page chrome (a sentence has function words, a menu has
none) and telling languages written in the same script apart. Each list holds frequent words
that carry little meaning; words shared between languages are fine, the detector weighs them.
To add a language, add a line here (and its script in ``rules/scripts.py`` when it is not Latin
or Cyrillic).
"""
from __future__ import annotations

STOPWORDS: dict[str, str] = {
    "en": "the of and to in a is that for on it with as was he be by at from his an are have has "
          "had were not but which they this or their been would will said who its more also one "
          "after than we she her all there when about up out into can over new last could some "
          "them other our what do these year years two first most only says you may so",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch "
          "es an er hat aus bei sind noch nach wird einer um am wie über so zum kann nur sie "
          "oder vor zur bis mehr durch dass sagte wurde werden war haben ihre seine einen diese "
          "unter wenn gegen sei schon aber hatte ich wir",
    "fr": "le la les de des du et en un une est dans que qui pour pas sur au aux par plus ne se "
          "ce il elle sont a ont avec son sa ses mais été être cette comme ou nous vous leur "
          "leurs où y aussi entre depuis selon fait après lors tout très sans sous deux dont",
    "es": "el la los las de del y en un una es que por con para se no su sus al lo como más pero "
          "ha han fue ser este esta son entre sobre también desde hasta cuando muy sin ya porque "
          "le les dijo tras durante según otros años hay está están todo puede",
    "it": "il lo la i gli le di del della dei delle che è e un una per non con su sono da al alla "
          "nel nella si ha come anche più ma dal dalla questo questa essere stato stata è sul "
          "tra fra loro dopo ancora ad degli negli sulla hanno perché",
    "pt": "o a os as de do da dos das e em no na nos nas um uma que é para com não por se ao mais "
          "como mas foi ser está são pelo pela seu sua também já quando muito entre sobre até "
          "isso ele ela tem há foram pelos após disse",
    "nl": "de het een en van in is op te dat die voor met zijn niet aan er ook als bij om door "
          "maar dan nog naar uit wordt werd worden heeft hebben was zijn over tot deze kan wel "
          "geen meer al zo haar hun ze we zou na jaar",
    "da": "og i at det er en til på af med for den som de ikke har var et fra han vi sig men kan "
          "om der blev skal også efter eller vil når så hun jeg over ud nu meget have være "
          "havde dem deres blive mod kun",
    "sv": "och i att det som en på är av för med till den har de inte om ett var han men från "
          "vi sig så kan eller när hon ska efter också vid under nu mot hade detta sina deras "
          "blir bli mycket utan",
    "no": "og i det er til på som en av for med at har de ikke var et om han seg men fra vi kan "
          "eller når hun skal etter også ved under nå mot hadde dette sine deres blir bli mye "
          "uten jeg være ble",
    "fi": "ja on ei se että oli hän mutta kun myös tai joka ovat olla sen ole niin kuin mukaan "
          "vuonna sekä jo nyt tämä hänen jotka vain vielä ollut",
    "pl": "i w na z do się nie że to jest o jak po za od przez dla co ale jego już tak był była "
          "są oraz lub czy może być także ich jej tym tego który która które roku",
    "cs": "a v na se je že s z do to o i k jako za by pro ale jsou od jeho byl bylo tak které "
          "který která podle jen také už roce má při nebo",
    "ro": "și în de la a cu pe din care este o un nu să se ca mai pentru au fost sunt dar prin "
          "după spus fi această acest lui ei sau către",
    "hu": "a az és hogy nem is egy van meg de ez csak mint már volt el azt még kell vagy ki "
          "lesz után pedig szerint mert sem majd",
    "tr": "ve bir bu da de ile için olarak çok daha en ne gibi ama ancak sonra kadar olan her "
          "şey değil o ki mi var yok diye göre",
    "id": "yang dan di ini dengan untuk dari dalam tidak itu pada akan ke juga ada adalah oleh "
          "karena atau bisa telah sudah mereka kami kata saat",
    "ca": "el la els les de del i a en un una que per amb no es va més com però al seu seva "
          "dels també ha han són aquest aquesta entre fins sobre",
    "hr": "i je u na da se su za od a s o ne kao iz to su bi ali što koji koja koje sa će nije "
          "godine prema",
    "ru": "и в не на что с по к как из у за от о это его но а то же она он они так было для "
          "бы уже был была были до при или если мы все ее их только также года может после "
          "будет который которые",
    "uk": "і в не на що з до як у та це за від його але а про вже було він вона також для "
          "року може після буде які який між",
    "bg": "и в на да се не с за от е че по са как това към той тя но а при като ще или които "
          "година след още има бъде",
    "vi": "và của là có các được cho trong với không những một này đã người khi để về từ theo "
          "đến cũng như sẽ tại năm sau",
    "el": "και το η ο τα την της του των σε με για από στο στην στη στις στους που δεν θα είναι "
          "ότι ως αλλά ή οι τις τους μετά",
    "ar": "في من على إلى الى عن أن إن التي الذي الذين مع هذا هذه كان كانت قال وقال لا ما بين بعد "
          "قبل حتى أو ثم كما عند ذلك تلك هو هي هم منذ خلال وفي ومن وعلى وأن وهو التى",
    "fa": "و در به از که این را با است برای آن یک تا بر می شود شده هم کرد کرده بود خود های نیز "
          "اما یا پس",
    "he": "של את על עם זה לא כי גם הוא היא הם אבל או אם כל יותר אחרי לפני בין היה היו אשר",
    "hi": "के का की है में और को से पर यह था थे ने एक भी कि लिए हैं हो गया किया कर तो नहीं वह इस",
    "ko": "그 이 및 등 또 더 수 것 있다 했다 위해 대한 통해 따라 지난 이번 또한 하지만 그러나 때문에",
}

# Frequent words of news copy beyond function words (business, politics, time): they tell the
# language of short, telegraphic texts (wire tables, headlines) that have few function words.
NEWS_WORDS: dict[str, str] = {
    "en": "year net profit loss sales share shares dividend quarter quarterly record pay results "
          "company government president minister said says told new mln billion million pct percent "
          "per prior end week month today yesterday market prices price rise fell rose up down "
          "against over under because while before during between people police state news report",
    "de": "jahr jahre prozent millionen milliarden gewinn umsatz aktie aktien regierung präsident "
          "minister sagte sagt heute gestern woche monat unternehmen polizei menschen stadt land "
          "bundesregierung euro neue neuen ersten zwei drei",
    "fr": "année ans pour cent millions milliards bénéfice chiffre affaires action actions "
          "gouvernement président ministre a déclaré selon aujourd'hui hier semaine mois entreprise "
          "police ville pays euros nouveau nouvelle premier deux trois",
    "es": "año años por ciento millones beneficio ventas acción acciones gobierno presidente "
          "ministro dijo según hoy ayer semana mes empresa policía ciudad país euros nuevo nueva "
          "primer dos tres",
    "it": "anno anni per cento milioni miliardi utile vendite azioni governo presidente ministro "
          "ha detto secondo oggi ieri settimana mese azienda polizia città paese euro nuovo nuova "
          "primo due tre",
    "pt": "ano anos por cento milhões bilhões lucro vendas ações governo presidente ministro disse "
          "segundo hoje ontem semana mês empresa polícia cidade país reais novo nova primeiro dois três",
    "nl": "jaar jaren procent miljoen miljard winst omzet aandelen regering president minister zei "
          "volgens vandaag gisteren week maand bedrijf politie stad land euro nieuwe eerste twee drie",
    "da": "siger imod inden mellem gennem nogle fik blevet hvordan derfor procent millioner kroner "
          "regeringen statsminister uge måned virksomhed politiet nye første",
    "no": "sier noen mellom gjennom enn fikk blitt hvordan derfor prosent millioner kroner "
          "regjeringen statsminister uke måned selskapet politiet nye første",
    "cs": "budou bude byla byli mezi však když před tento této jejich ještě již může mají než kde "
          "procent milionů miliard korun vláda prezident ministr řekl dnes včera týden měsíc "
          "společnost policie město země nový nová první",
    # Malay writes most of Indonesian's function words (above) and some of its own spellings: both
    # lists hold the words that tell the two apart ("karena", "bahwa", "persen" against
    # "kerana", "bahawa", "peratus"), and Malay's the shared ones too (SISTER_LANGUAGES). Not
    # words both write in news ("boleh", "berkata", "supaya", "harus", "polisi")
    "id": "bahwa yaitu setelah pemerintah proyek persen rupiah mengatakan",
    "ms": "yang dan di ini dengan untuk dari dalam tidak itu pada akan ke juga ada adalah oleh atau "
          "telah sudah mereka kami kata kerana bahawa iaitu sahaja selepas kerajaan projek peratus "
          "ringgit baharu",
}

# Languages that share most of their function words: a text of either scores about as much for
# both, so their scores are pooled and go to the one with more words of its own; the first of
# the pair on a tie, when the text holds only the words they share.
SISTER_LANGUAGES: tuple[tuple[str, str], ...] = (("id", "ms"),)

STOPWORD_SETS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in STOPWORDS.items()}


def _add(table: dict[str, tuple[str, ...]], lang: str, words: frozenset[str]) -> None:
    """Add ``lang`` to the languages of each of ``words`` in ``table``, after those it has. Most
    words are of one language: they are added at once, and only the shared ones one by one."""
    shared = words & table.keys()
    table.update(dict.fromkeys(words - shared, (lang,)))
    for w in shared:
        if lang not in table[w]:
            table[w] += (lang,)


# word -> the languages it is a function word of
STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORD_SETS.items():
    _add(STOPWORD_LANGS, _lang, _words)

# word -> languages, for telling languages apart: function words and frequent news words
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = dict(STOPWORD_LANGS)
for _lang, _words in NEWS_WORDS.items():
    _add(LANGUAGE_WORDS, _lang, frozenset(_words.split()))

ALL_STOPWORDS = frozenset(STOPWORD_LANGS)

# Words no sentence or headline ends on: articles, prepositions, conjunctions. A line that
# stops on one was cut by a wrap in mid-clause ("... appeared in print with the"); a line
# that stops on another function word may end there ("... record growth year on year").
OPEN_ENDED: dict[str, str] = {
    "en": "the a an of to in for on with as by at from and or but nor that which whose into onto "
          "about than between under without within through their its his our your",
    "de": "der die das des dem den ein eine einer eines einem einen und oder aber von zu mit für auf "
          "im in an bei aus über nach vor durch gegen ohne um zum zur vom beim dass",
    "fr": "le la les l de des du d et ou mais en un une pour dans sur au aux par avec que qui sans "
          "sous entre vers chez dont",
    "es": "el la los las de del y o pero en un una por con para que al sin sobre entre hacia desde",
    "it": "il lo la i gli le di del della dei delle degli e o ma un una per con su da al alla nel "
          "nella che tra fra",
    "pt": "o a os as de do da dos das e ou mas em no na nos nas um uma para com por que ao pelo "
          "pela entre sem sobre",
    "nl": "de het een van en of maar in op met voor door aan bij naar om uit over tot",
}
OPEN_ENDED_WORDS = frozenset(w for words in OPEN_ENDED.values() for w in words.split())
