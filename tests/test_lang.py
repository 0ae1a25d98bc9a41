"""Language from the text itself: one short news paragraph per language, written for the tests."""
from __future__ import annotations

import pytest

from newsparse.lang import detect_language

CASES = [
    ("en", "The council voted on Tuesday to keep the harbour baths open for another five summers, "
           "and the repairs will start in October."),
    ("de", "Der Stadtrat hat am Dienstag beschlossen, das alte Hafenbad für weitere fünf Sommer offen "
           "zu halten. Die Reparaturen beginnen im Oktober."),
    ("fr", "Le conseil municipal a décidé mardi de garder les bains du port ouverts pendant cinq étés "
           "de plus, et les travaux commenceront en octobre."),
    ("es", "El ayuntamiento decidió el martes mantener abiertos los baños del puerto durante cinco "
           "veranos más, y las obras empezarán en octubre."),
    ("it", "Il consiglio comunale ha deciso martedì di tenere aperti i bagni del porto per altre cinque "
           "estati, e i lavori inizieranno in ottobre."),
    ("pt", "A câmara municipal decidiu na terça-feira manter os banhos do porto abertos por mais cinco "
           "verões, e as obras vão começar em outubro."),
    ("nl", "De gemeenteraad heeft dinsdag besloten het oude havenbad nog vijf zomers open te houden, en "
           "de reparaties beginnen in oktober."),
    ("ru", "Городской совет во вторник решил сохранить портовые бани открытыми ещё на пять лет. Ремонт "
           "начнётся в октябре."),
    ("uk", "Міська рада у вівторок вирішила залишити портові лазні відкритими ще на п'ять років. Ремонт "
           "почнеться в жовтні."),
    ("zh", "市议会周二决定将港口浴场再开放五个夏天，维修工程将于十月开始。"),
    ("ja", "市議会は火曜日、港の浴場をさらに五年間開けておくことを決めた。修理は十月に始まる。"),
    ("ar", "قرر المجلس البلدي يوم الثلاثاء إبقاء حمامات الميناء مفتوحة لخمسة مواسم صيف أخرى، "
           "وستبدأ أعمال الإصلاح في أكتوبر."),
    ("ko", "시의회는 화요일 항구 목욕탕을 다섯 번의 여름 동안 더 열어 두기로 결정했다."),
]


@pytest.mark.parametrize("code,text", CASES, ids=[c[0] for c in CASES])
def test_detect_language(code, text):
    assert detect_language(text) == code


def test_too_little_text_is_unknown():
    assert detect_language("Harbour baths") is None


@pytest.mark.parametrize("code,text", [
    ("ru", "Совет директоров Банка России сохранил ключевую ставку на уровне 16% годовых. Инфляция выше цели."),
    ("tr", "Merkez Bankası politika faizini yüzde 50'de sabit tuttu ve kurul yakından izleyeceğini bildirdi."),
    ("pl", "Rada miasta postanowiła we wtorek, że stare łaźnie portowe pozostaną otwarte jeszcze pięć lat."),
    ("fa", "حمام قدیمی بندر روز سه‌شنبه با حضور مسئولان شهری دوباره باز شد و مردم از آن استقبال کردند."),
    ("ur", "شہر کی کونسل نے منگل کو فیصلہ کیا کہ بندرگاہ کے پرانے حمام مزید پانچ گرمیوں تک کھلے رہیں گے۔"),
    ("ar", "قرر مجلس المدينة يوم الثلاثاء إبقاء الحمامات القديمة في الميناء مفتوحة لخمسة فصول صيف أخرى."),
], ids=["russian", "turkish", "polish", "persian", "urdu", "arabic"])
def test_a_short_text_is_told_by_its_own_letters(code, text):
    assert detect_language(text) == code


def test_turkish_names_in_a_german_text_do_not_make_it_turkish():
    text = ("Der türkische Minister Mehmet Ali Kocabaş traf am Montag in Ankara den Bürgermeister von "
            "Istanbul, İlker Yücedağ, und den Abgeordneten Yıldırım. Die Gespräche dauerten mehrere Stunden "
            "und wurden von Beobachtern als konstruktiv bezeichnet.")
    assert detect_language(text) == "de"


PROSE_LINES = {
    "ar": "وقال المتحدث باسم الوزارة إن الحالات الجديدة سجلت في القاهرة خلال الأسبوع الماضي",
    "fa": "سخنگوی وزارت گفت که موارد جدید در تهران در هفته گذشته ثبت شده است",
    "he": "דובר המשרד אמר כי המקרים החדשים נרשמו בעיר בשבוע שעבר אחרי הבדיקות",
    "el": "Ο εκπρόσωπος του υπουργείου είπε ότι τα νέα κρούσματα καταγράφηκαν στην πόλη",
    "hi": "मंत्रालय के प्रवक्ता ने कहा कि नए मामले पिछले सप्ताह शहर में दर्ज किए गए",
    "vi": "Người phát ngôn của bộ cho biết các ca mới được ghi nhận trong thành phố tuần trước",
}


@pytest.mark.parametrize("code", sorted(PROSE_LINES))
def test_prose_lines_have_function_words(code):
    from newsparse.lines import scan
    [line] = scan(PROSE_LINES[code]).lines
    assert line.stops >= 2


def test_the_word_tables_list_each_word_s_languages_in_the_tables_order():
    """rules.stopwords adds the words of a language at once and the shared ones one by one; the
    tables are those of adding each word in turn."""
    from newsparse.rules import stopwords as sw
    one_by_one: dict = {}
    for lang, words in sw.STOPWORD_SETS.items():
        for w in words:
            one_by_one[w] = one_by_one.get(w, ()) + (lang,)
    assert sw.STOPWORD_LANGS == one_by_one
    for lang, words in sw.NEWS_WORDS.items():
        for w in words.split():
            if lang not in one_by_one.get(w, ()):
                one_by_one[w] = one_by_one.get(w, ()) + (lang,)
    assert sw.LANGUAGE_WORDS == one_by_one


@pytest.mark.parametrize("text,expected", [
    ("Aarhus Kommune har mandag sendt en ny plan for havnen i høring. Borgerne kan sige deres mening "
     "inden fredag, siger rådmanden. Nogle beboere frygter mere trafik mellem havnen og midtbyen.", "da"),
    ("Olomoucký kraj od září otevře novou linku regionálních autobusů. Spoje budou jezdit každou "
     "hodinu mezi městem a letištěm, řekl mluvčí kraje.", "cs"),
])
def test_a_short_danish_or_czech_text_is_told(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("code,text", [
    ("ms", "Majlis bandar raya berkata kerajaan negeri akan membaiki kolam di pelabuhan itu kerana "
           "penduduk boleh menggunakannya selepas kerja siap pada bulan Oktober."),
    ("id", "Dewan kota mengatakan pemerintah daerah akan memperbaiki kolam di pelabuhan itu karena "
           "warga bisa menggunakannya setelah pekerjaan selesai pada bulan Oktober."),
    # only the words the two share: the first of the pair
    ("id", "Warga di kota itu dan di desa ini akan pergi ke pasar dengan keluarga dari pagi untuk "
           "membeli ikan yang ada di sana."),
], ids=["malay", "indonesian", "shared-words-only"])
def test_sister_languages_are_told_by_their_own_words(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("code,text", [
    ("sv", "Ny bro över älven invigd i Umeå. Den nya bron invigdes på fredagen av kommunstyrelsens ordförande. "
           "Den förbinder stadens två största stadsdelar. Trafiken över den gamla bron väntas minska med en tredjedel."),
    (None, "Den nye brua ble åpnet fredag av ordføreren. Den forbinder byens to største bydeler. Trafikken over "
           "den gamle brua ventes å falle med en tredjedel."),
], ids=["swedish", "norwegian-or-danish"])
def test_languages_whose_function_words_a_short_text_holds_alike_are_told_by_their_own_letters(code, text):
    """Swedish shares most of its function words with Danish and Norwegian: a short text that
    holds them almost alike is told by the letters only one of the two leaders writes ("ä", "ö"
    against "æ", "ø"); Danish and Norwegian write the same ones, and stay untold."""
    assert detect_language(text) == code
