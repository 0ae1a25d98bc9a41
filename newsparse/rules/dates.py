"""Words of dates, times and zones, per language, as data.

Adding a language means adding its row to the tables below; ``newsparse/dates.py`` holds no
words of its own. Names are lower case, without a trailing dot. Lookups also try the name with its
accents stripped ("fevrier", "marz", "ΜΑΙΟΥ"), so only the correctly spelt form is listed.

``MONTH_NAMES[lang]`` twelve entries, January first: the names and abbreviations of that month.
``WEEKDAY_NAMES[lang]`` seven entries, Monday first.
``MONTHS`` / ``WEEKDAYS`` are built from them: name -> {language: number}; a name that means
different months in different languages (Croatian "listopad" is October, Polish and Czech
November) is read in the language of the text, else in the first language listed.
"""
from __future__ import annotations

import unicodedata

# --- months ---------------------------------------------------------------------------------

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("january jan", "february feb", "march mar", "april apr", "may", "june jun",
           "july jul", "august aug", "september sep sept", "october oct", "november nov",
           "december dec"),
    "de": ("januar jänner jan", "februar feber feb", "märz mär mrz maerz", "april apr", "mai",
           "juni jun", "juli jul", "august aug", "september sep sept", "oktober okt",
           "november nov", "dezember dez"),
    "fr": ("janvier janv jan", "février févr fév", "mars", "avril avr", "mai", "juin",
           "juillet juil", "août", "septembre sept", "octobre oct", "novembre nov",
           "décembre déc"),
    "es": ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
           "julio jul", "agosto ago", "septiembre setiembre sep sept set", "octubre oct",
           "noviembre nov", "diciembre dic"),
    "it": ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
           "luglio lug", "agosto ago", "settembre set sett", "ottobre ott", "novembre nov",
           "dicembre dic"),
    "pt": ("janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun",
           "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov",
           "dezembro dez"),
    "nl": ("januari jan", "februari feb", "maart mrt mar", "april apr", "mei", "juni jun",
           "juli jul", "augustus aug", "september sep sept", "oktober okt", "november nov",
           "december dec"),
    "da": ("januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun", "juli jul",
           "august aug", "september sep sept", "oktober okt", "november nov", "december dec"),
    "sv": ("januari jan", "februari feb", "mars mar", "april apr", "maj", "juni jun", "juli jul",
           "augusti aug", "september sep sept", "oktober okt", "november nov", "december dec"),
    "no": ("januar jan", "februar feb", "mars mar", "april apr", "mai", "juni jun", "juli jul",
           "august aug", "september sep sept", "oktober okt", "november nov", "desember des"),
    "fi": ("tammikuuta tammikuu", "helmikuuta helmikuu", "maaliskuuta maaliskuu",
           "huhtikuuta huhtikuu", "toukokuuta toukokuu", "kesäkuuta kesäkuu", "heinäkuuta heinäkuu",
           "elokuuta elokuu", "syyskuuta syyskuu", "lokakuuta lokakuu", "marraskuuta marraskuu",
           "joulukuuta joulukuu"),
    "pl": ("styczeń stycznia sty", "luty lutego lut", "marzec marca", "kwiecień kwietnia kwi",
           "maj maja", "czerwiec czerwca cze", "lipiec lipca lip", "sierpień sierpnia sie",
           "wrzesień września wrz", "październik października paź", "listopad listopada lis",
           "grudzień grudnia gru"),
    "cs": ("leden ledna", "únor února", "březen března", "duben dubna", "květen května",
           "červen června", "červenec července", "srpen srpna", "září", "říjen října",
           "listopad listopadu", "prosinec prosince"),
    "sk": ("január januára", "február februára", "marec marca", "apríl apríla", "máj mája",
           "jún júna", "júl júla", "august augusta", "september septembra", "október októbra",
           "november novembra", "december decembra"),
    "hr": ("siječanj siječnja sij", "veljača veljače velj", "ožujak ožujka ožu",
           "travanj travnja tra", "svibanj svibnja svi", "lipanj lipnja lip", "srpanj srpnja srp",
           "kolovoz kolovoza kol", "rujan rujna ruj", "listopad listopada lis",
           "studeni studenoga studenog stu", "prosinac prosinca pro"),
    "sr": ("januar јануар", "februar фебруар", "mart март", "april април", "maj мај", "jun јун",
           "jul јул", "avgust август", "septembar септембар", "oktobar октобар",
           "novembar новембар", "decembar децембар"),
    "sl": ("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september",
           "oktober", "november", "december"),
    "ro": ("ianuarie ian", "februarie feb", "martie mar", "aprilie apr", "mai", "iunie iun",
           "iulie iul", "august aug", "septembrie sep sept", "octombrie oct",
           "noiembrie nov noi", "decembrie dec"),
    "hu": ("január jan", "február febr", "március márc", "április ápr", "május máj", "június jún",
           "július júl", "augusztus aug", "szeptember szept", "október okt", "november nov",
           "december dec"),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
           "ekim", "kasım", "aralık"),
    "ca": ("gener gen", "febrer feb", "març", "abril abr", "maig", "juny", "juliol jul", "agost",
           "setembre set", "octubre oct", "novembre nov", "desembre des"),
    "ru": ("января январь янв", "февраля февраль фев февр", "марта март мар", "апреля апрель апр",
           "мая май", "июня июнь июн", "июля июль июл", "августа август авг",
           "сентября сентябрь сен сент", "октября октябрь окт", "ноября ноябрь ноя нояб",
           "декабря декабрь дек"),
    "uk": ("січня січень січ", "лютого лютий лют", "березня березень бер", "квітня квітень квіт",
           "травня травень трав", "червня червень черв", "липня липень лип", "серпня серпень серп",
           "вересня вересень вер", "жовтня жовтень жовт", "листопада листопад лист",
           "грудня грудень груд"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
           "октомври", "ноември", "декември"),
    "el": ("ιανουαρίου ιανουάριος ιαν", "φεβρουαρίου φεβρουάριος φεβ", "μαρτίου μάρτιος μαρ",
           "απριλίου απρίλιος απρ", "μαΐου μάιος μαΐ", "ιουνίου ιούνιος ιουν",
           "ιουλίου ιούλιος ιουλ", "αυγούστου αύγουστος αυγ", "σεπτεμβρίου σεπτέμβριος σεπ",
           "οκτωβρίου οκτώβριος οκτ", "νοεμβρίου νοέμβριος νοε", "δεκεμβρίου δεκέμβριος δεκ"),
    "ar": ("يناير كانون", "فبراير شباط", "مارس آذار", "أبريل ابريل إبريل نيسان",
           "مايو أيار ايار", "يونيو يونيه حزيران", "يوليو يوليه تموز", "أغسطس اغسطس آب",
           "سبتمبر أيلول ايلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"),
    "hi": ("जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
           "सितंबर सितम्बर", "अक्टूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
           "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
    "id": ("januari jan", "februari pebruari feb", "maret mar", "april apr", "mei",
           "juni jun", "juli jul", "agustus agu agt", "september sep sept", "oktober okt",
           "november nopember nov", "desember des"),
    "ms": ("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september",
           "oktober", "november", "disember"),
    "lt": ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
           "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"),
    "et": ("jaanuar jaan", "veebruar veebr", "märts", "aprill apr", "mai", "juuni", "juuli",
           "august aug", "september sept", "oktoober okt", "november nov", "detsember dets"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
           "tetor", "nëntor", "dhjetor"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември",
           "октомври", "ноември", "декември"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
           "oktyabr", "noyabr", "dekabr"),
    "sw": ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
           "oktoba", "novemba", "desemba"),
    "tl": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre",
           "oktubre", "nobyembre", "disyembre"),
    # Armenian dates name the month in the genitive ("12 մարտի 2024")
    "hy": ("հունվարի հունվար", "փետրվարի փետրվար", "մարտի մարտ", "ապրիլի ապրիլ", "մայիսի մայիս",
           "հունիսի հունիս", "հուլիսի հուլիս", "օգոստոսի օգոստոս", "սեպտեմբերի սեպտեմբեր",
           "հոկտեմբերի հոկտեմբեր", "նոյեմբերի նոյեմբեր", "դեկտեմբերի դեկտեմբեր"),
    "ka": ("იანვარი იანვარს", "თებერვალი თებერვალს", "მარტი მარტს", "აპრილი აპრილს", "მაისი მაისს",
           "ივნისი ივნისს", "ივლისი ივლისს", "აგვისტო აგვისტოს", "სექტემბერი სექტემბერს",
           "ოქტომბერი ოქტომბერს", "ნოემბერი ნოემბერს", "დეკემბერი დეკემბერს"),
    # Hebrew prints "in March" as one word ("12 במרץ 2024"): both forms
    "he": ("ינואר בינואר", "פברואר בפברואר", "מרץ במרץ מרס במרס", "אפריל באפריל", "מאי במאי",
           "יוני ביוני", "יולי ביולי", "אוגוסט באוגוסט", "ספטמבר בספטמבר", "אוקטובר באוקטובר",
           "נובמבר בנובמבר", "דצמבר בדצמבר"),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر",
           "نومبر", "دسمبر"),
    "gu": ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ ઓગસ્ટ",
           "સપ્ટેમ્બર", "ઑક્ટોબર ઓક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"),
    "bn": ("জানুয়ারি জানুয়ারী", "ফেব্রুয়ারি ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
           "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"),
    "ta": ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்",
           "அக்டோபர்", "நவம்பர்", "டிசம்பர்"),
}

# month names that are also common words: without a year, they count only capitalised
# ("May 17" is a date, "may 17" a verb and a number)
MONTH_WORDS_NEEDING_CAPITALS = frozenset({"may", "march", "august"})

# --- weekdays -------------------------------------------------------------------------------

WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs",
           "friday fri", "saturday sat", "sunday sun"),
    "de": ("montag mo", "dienstag di", "mittwoch mi", "donnerstag do", "freitag fr",
           "samstag sonnabend sa", "sonntag so"),
    "fr": ("lundi lun", "mardi mar", "mercredi mer", "jeudi jeu", "vendredi ven", "samedi sam",
           "dimanche dim"),
    "es": ("lunes lun", "martes mar", "miércoles mié", "jueves jue", "viernes vie",
           "sábado sáb", "domingo dom"),
    "it": ("lunedì lun", "martedì mar", "mercoledì mer", "giovedì gio", "venerdì ven",
           "sabato sab", "domenica dom"),
    "pt": ("segunda-feira segunda seg", "terça-feira terça ter", "quarta-feira quarta qua",
           "quinta-feira quinta qui", "sexta-feira sexta sex", "sábado sáb", "domingo dom"),
    "nl": ("maandag ma", "dinsdag di", "woensdag wo", "donderdag do", "vrijdag vr",
           "zaterdag za", "zondag zo"),
    "da": ("mandag man", "tirsdag tir", "onsdag ons", "torsdag tor", "fredag fre", "lørdag lør",
           "søndag søn"),
    "sv": ("måndag mån", "tisdag tis", "onsdag ons", "torsdag tors", "fredag fre", "lördag lör",
           "söndag sön"),
    "no": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
           "sunnuntai"),
    "pl": ("poniedziałek pon", "wtorek wt", "środa śr", "czwartek czw", "piątek pt",
           "sobota sob", "niedziela niedz"),
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "hr": ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
    "ro": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "hu": ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "ca": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    "ru": ("понедельник пн", "вторник вт", "среда ср", "четверг чт", "пятница пт",
           "суббота сб", "воскресенье вс"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця пʼятниця", "субота", "неділя"),
    "bg": ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    "el": ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    "ar": ("الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"),
    "id": ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
}

# weekdays written in CJK pages after a date: 2024年5月17日（金）, 星期五, 周五, 金曜日, (금)
CJK_WEEKDAYS: dict[str, int] = {
    **{f"星期{c}": i for i, c in enumerate("一二三四五六日")}, "星期天": 6,
    **{f"周{c}": i for i, c in enumerate("一二三四五六日")},
    **{f"週{c}": i for i, c in enumerate("一二三四五六日")},
    **{f"{c}曜日": i for i, c in enumerate("月火水木金土日")},
    **{f"{c}曜": i for i, c in enumerate("月火水木金土日")},
    **{f"({c})": i for i, c in enumerate("月火水木金土日")},
    **{f"({c})": i for i, c in enumerate("월화수목금토일")},
    **{f"{c}요일": i for i, c in enumerate("월화수목금토일")},
}

# --- words around dates and times -----------------------------------------------------------

# between a day number and its month name: "17 de maio", "17th of May", "17 d'abril"
DAY_MONTH_LINKS = ("de", "of", "the", "d'", "d’")
# between a month name and its year: "3 de mayo de 2022", "17 พฤษภาคม พ.ศ. 2566"
MONTH_YEAR_LINKS = ("de", "del", "of", "พ.ศ.")
# after a year, part of the date: "15 августа 2016 г.", "17 maja 2024 r."
YEAR_SUFFIXES = ("г.", "года", "год", "r.", "roku", "m.", "yılı", "р.", "року")
# before a time that follows a date: "17 May 2024 at 10:42", "2024-05-17T10:42"
TIME_LINKS = ("at", "um", "à", "a las", "a la", "alle", "alle ore", "ore", "às", "as", "om",
              "kl.", "kl", "klo", "klo.", "godz.", "godz", "o godz.", "o godz", "в", "о", "o", "u", "v",
              "saat", "la", "T", "dalle", "kello", "στις", "lúc", "pukul", "jam", "בשעה", "الساعة", "الساعه",
              "ساعة", "ساعت", "ساعه")
# after a time: "10:42 Uhr", "14h", "13.43 ч."
TIME_SUFFIXES = ("uhr", "uur", "h", "hrs", "hs", "horas", "heures", "godz.", "ч.", "ч", "น.", "val.")
# words that may stand between a time and the date after it: "10:42 on May 17, 2024"
TIME_DATE_LINKS = frozenset("on le am den de del el il op the du ngày".split())
# A wire service's transmission stamp, the whole of a line under (or over) its story: the time it
# was sent. Named groups: d day, m month number or mon its name (read in the month tables), y the
# year (two digits or four), H hour, M minute, z a zone as printed. Reuters' day, hour and minute,
# a zone perhaps, the month's name and the year ("031422 GMT MAR 24", "031422 Mär 24"); an AP stamp
# of its desk, the date month first and the time ("AP-DS-03-03-24 1422EST"); APA's number of the
# story, its date and time ("APA0123 2024-03-03/14:22"). Bounded, so linear on any input; the
# segmenter reads the same shapes as a line after the story's last sentence (rules/cues.py).
SEND_STAMPS = (
    r"(?P<d>\d{2})(?P<H>\d{2})(?P<M>\d{2})\s(?:(?P<z>[A-Z]{3})\s)?(?P<mon>[^\W\d_]{3})\.?\s(?P<y>\d{2})",
    r"AP-[A-Z]{2}-(?P<m>\d{2})-(?P<d>\d{2})-(?P<y>\d{2})\s(?P<H>\d{2})(?P<M>\d{2})(?P<z>[A-Z]{3})<?",
    r"APA\d{3,4}\s{1,12}(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})/(?P<H>\d{2}):(?P<M>\d{2})",
)
# CJK words before a time that say am or pm: 下午3时 -> 15:00
CLOCK_HALVES: dict[str, str] = {
    "上午": "am", "早上": "am", "凌晨": "am", "清晨": "am", "午前": "am", "오전": "am",
    "下午": "pm", "晚上": "pm", "傍晚": "pm", "夜间": "pm", "午後": "pm", "오후": "pm", "中午": "noon",
}
# words after a time that say am or pm: Arabic "02:05 م" is 14:05 ("ص" morning, "م" evening)
CLOCK_HALVES_AFTER: dict[str, str] = {"ص": "am", "صباحا": "am", "صباحاً": "am", "م": "pm", "مساء": "pm",
                                      "مساءً": "pm"}
# The Solar Hijri calendar of Iran and Afghanistan, Farvardin first: the Persian month names, then
# the Dari ones (named after the zodiac). Such dates are read as printed and made Gregorian. A
# month name counts only between a day and a year ("۲ تیر ۱۳۹۹"); a numeric date, year first
# ("1399/04/02"), counts when its year is in SOLAR_HIJRI_YEARS and the text is in one of
# SOLAR_HIJRI_LANGUAGES or printed in Persian digits. Arabic-letter spellings (ي for ی, ك for
# ک) are looked up too.
SOLAR_HIJRI_MONTH_NAMES = ("فروردین حمل", "اردیبهشت ثور", "خرداد جوزا", "تیر سرطان", "مرداد امرداد اسد",
                           "شهریور سنبله", "مهر میزان", "آبان عقرب", "آذر قوس", "دی جدی", "بهمن دلو",
                           "اسفند حوت")
SOLAR_HIJRI_LANGUAGES = frozenset({"fa", "ps"})
SOLAR_HIJRI_YEARS = (1300, 1499)
# Japanese and Chinese era names: era year 1 is the year given here plus one
ERAS: dict[str, int] = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867,
                        "民國": 1911, "民国": 1911}
# year markers that say the Thai Buddhist era (year - 543); Thai pages use it without marker
BUDDHIST_ERA_LANGUAGES = frozenset({"th"})
BUDDHIST_ERA_OFFSET = 543

# --- time zones -----------------------------------------------------------------------------

# UTC offsets, in minutes, of abbreviations that mean one thing wherever they are printed.
# They are read as printed: "EST" in July is still -05:00 (the page said so).
ZONE_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "WEZ": 0, "WEST": 60, "WESZ": 60, "BST": 60,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "OEZ": 120,
    "OESZ": 180, "MSK": 180, "MSD": 240, "TRT": 180, "EAT": 180, "WAT": 60, "CAT": 120,
    "SAST": 120, "GST": 240, "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420, "WITA": 480,
    "WIT": 540, "HKT": 480, "SGT": 480, "BJT": 480, "PHT": 480, "MYT": 480, "AWST": 480,
    "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "ACDT": 630, "AEDT": 660, "NZST": 720,
    "NZDT": 780, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "ART": -180,
    "BRT": -180, "CLT": -240, "NST": -210, "NDT": -150, "IRST": 210, "AFT": 270,
}

# abbreviations whose meaning depends on where they are printed: {key: minutes}; a key in upper
# case is a country of the source, in lower case a language of the text, "" the default.
# The country decides before the language.
AMBIGUOUS_ZONES: dict[str, dict[str, int]] = {
    "CST": {"CN": 480, "TW": 480, "HK": 480, "MO": 480, "SG": 480, "US": -360, "CA": -360,
            "MX": -360, "CU": -300, "zh": 480, "": -360},
    "IST": {"IN": 330, "IE": 60, "IL": 120, "he": 120, "ga": 60, "": 330},
    "AST": {"SA": 180, "IQ": 180, "KW": 180, "QA": 180, "BH": 180, "YE": 180, "CA": -240,
            "PR": -240, "ar": 180, "": -240},
}

# generic zone names, read through the IANA zone at that date so daylight time is right
GENERIC_ZONES: dict[str, str] = {"ET": "America/New_York", "CT": "America/Chicago",
                                 "MT": "America/Denver", "PT": "America/Los_Angeles"}

# phrases that name a zone, before or after the time: "Beijing time 10:42", "10:42 北京时间"
ZONE_WORDS: dict[str, str] = {
    "beijing time": "Asia/Shanghai", "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai",
    "china standard time": "Asia/Shanghai", "moscow time": "Europe/Moscow",
    "мск": "Europe/Moscow", "по московскому времени": "Europe/Moscow",
    "московского времени": "Europe/Moscow", "tokyo time": "Asia/Tokyo",
    "japan time": "Asia/Tokyo", "日本時間": "Asia/Tokyo", "東京時間": "Asia/Tokyo",
    "hong kong time": "Asia/Hong_Kong", "香港时间": "Asia/Hong_Kong", "香港時間": "Asia/Hong_Kong",
    "台北时间": "Asia/Taipei", "台北時間": "Asia/Taipei", "taipei time": "Asia/Taipei",
    "singapore time": "Asia/Singapore", "seoul time": "Asia/Seoul", "한국시간": "Asia/Seoul",
    "한국 시간": "Asia/Seoul", "india time": "Asia/Kolkata", "indian standard time": "Asia/Kolkata",
    "london time": "Europe/London", "uk time": "Europe/London", "paris time": "Europe/Paris",
    "heure de paris": "Europe/Paris", "berlin time": "Europe/Berlin",
    "deutscher zeit": "Europe/Berlin", "hora de madrid": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid", "ora italiana": "Europe/Rome",
    "hora de brasília": "America/Sao_Paulo", "kyiv time": "Europe/Kyiv",
    "kiev time": "Europe/Kyiv", "за київським часом": "Europe/Kyiv",
    "istanbul time": "Europe/Istanbul", "new york time": "America/New_York",
    "eastern time": "America/New_York", "central time": "America/Chicago",
    "mountain time": "America/Denver", "pacific time": "America/Los_Angeles",
    "sydney time": "Australia/Sydney",
    "gmt": "UTC", "utc": "UTC",           # before the time: "GMT 17:27 17.03.2020"
}

# --- numeric day/month order ----------------------------------------------------------------

# countries whose numeric dates are month first (05/06/2024 = May 6); others are day first
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI"})
# languages whose numeric dates are day first wherever they are printed. English is absent on
# purpose: 05/06/2024 on an English page is 5 June in London and May 6 in New York.
DAY_FIRST_LANGUAGES = frozenset({
    "de", "fr", "es", "it", "pt", "nl", "da", "sv", "no", "nb", "nn", "fi", "pl", "cs", "sk",
    "ro", "hu", "tr", "ru", "uk", "bg", "hr", "sr", "sl", "el", "ca", "id", "ms", "vi", "ar",
    "hi", "th", "lt", "lv", "et", "is", "ga", "he", "bn", "gu", "ta", "ur", "sq", "mk", "az", "hy", "ka",
    "sw",
})

# --- relative dates -------------------------------------------------------------------------

# words that name a day relative to the reference date: {language: {word: days before}}
RELATIVE_DAY_WORDS: dict[str, dict[str, int]] = {
    "en": {"today": 0, "yesterday": 1, "day before yesterday": 2},
    "de": {"heute": 0, "gestern": 1, "vorgestern": 2},
    "fr": {"aujourd'hui": 0, "aujourd’hui": 0, "hier": 1, "avant-hier": 2},
    "es": {"hoy": 0, "ayer": 1, "anteayer": 2, "antier": 2},
    "it": {"oggi": 0, "ieri": 1, "l'altro ieri": 2, "altroieri": 2},
    "pt": {"hoje": 0, "ontem": 1, "anteontem": 2},
    "nl": {"vandaag": 0, "gisteren": 1, "eergisteren": 2},
    "da": {"i dag": 0, "i går": 1, "i forgårs": 2},
    "no": {"i dag": 0, "i går": 1, "i forgårs": 2},
    "sv": {"idag": 0, "i dag": 0, "igår": 1, "i går": 1, "i förrgår": 2},
    "fi": {"tänään": 0, "eilen": 1, "toissapäivänä": 2},
    "pl": {"dzisiaj": 0, "dziś": 0, "wczoraj": 1, "przedwczoraj": 2},
    "cs": {"dnes": 0, "včera": 1, "předevčírem": 2},
    "tr": {"bugün": 0, "dün": 1},
    "ro": {"azi": 0, "astăzi": 0, "ieri": 1, "alaltăieri": 2},
    "ru": {"сегодня": 0, "вчера": 1, "позавчера": 2},
    "uk": {"сьогодні": 0, "вчора": 1, "учора": 1, "позавчора": 2},
    "bg": {"днес": 0, "вчера": 1},
    "hr": {"danas": 0, "jučer": 1},
    "el": {"σήμερα": 0, "χθες": 1, "χτες": 1},
    "id": {"hari ini": 0, "kemarin": 1},
}
# the same in CJK scripts, found without word boundaries
CJK_RELATIVE_DAYS: dict[str, int] = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2,
                                     "一昨日": 2, "오늘": 0, "어제": 1, "그제": 2, "그저께": 2}

# units of "N units ago" -> days per unit; 0 means less than a day (the reference day itself);
# None means too vague to name a day (months, years)
RELATIVE_UNITS: dict[str, dict[str, int | None]] = {
    "en": {**dict.fromkeys("second seconds sec secs minute minutes min mins hour hours hr hrs".split(), 0),
           "day": 1, "days": 1, "week": 7, "weeks": 7, "month": None, "months": None,
           "year": None, "years": None},
    "de": {**dict.fromkeys("sekunde sekunden minute minuten min stunde stunden std".split(), 0),
           "tag": 1, "tagen": 1, "woche": 7, "wochen": 7, "monat": None, "monaten": None,
           "jahr": None, "jahren": None},
    "fr": {**dict.fromkeys("seconde secondes minute minutes min heure heures h".split(), 0),
           "jour": 1, "jours": 1, "semaine": 7, "semaines": 7, "mois": None, "an": None,
           "ans": None},
    "es": {**dict.fromkeys("segundo segundos minuto minutos min hora horas".split(), 0),
           "día": 1, "días": 1, "semana": 7, "semanas": 7, "mes": None, "meses": None,
           "año": None, "años": None},
    "pt": {**dict.fromkeys("segundo segundos minuto minutos min hora horas".split(), 0),
           "dia": 1, "dias": 1, "semana": 7, "semanas": 7, "mês": None, "meses": None,
           "ano": None, "anos": None},
    "it": {**dict.fromkeys("secondo secondi minuto minuti ora ore".split(), 0),
           "giorno": 1, "giorni": 1, "settimana": 7, "settimane": 7, "mese": None,
           "mesi": None, "anno": None, "anni": None},
    "nl": {**dict.fromkeys("seconde seconden minuut minuten uur".split(), 0),
           "dag": 1, "dagen": 1, "week": 7, "weken": 7, "maand": None, "maanden": None,
           "jaar": None},
    "da": {**dict.fromkeys("sekund sekunder minut minutter time timer".split(), 0),
           "dag": 1, "dage": 1, "uge": 7, "uger": 7, "måned": None, "måneder": None,
           "år": None},
    "no": {**dict.fromkeys("sekund sekunder minutt minutter time timer".split(), 0),
           "dag": 1, "dager": 1, "uke": 7, "uker": 7, "måned": None, "måneder": None,
           "år": None},
    "sv": {**dict.fromkeys("sekund sekunder minut minuter timme timmar".split(), 0),
           "dag": 1, "dagar": 1, "vecka": 7, "veckor": 7, "månad": None, "månader": None,
           "år": None},
    "pl": {**dict.fromkeys("sekundę sekundy minutę minuty minut godzinę godziny godzin".split(), 0),
           "dzień": 1, "dni": 1, "tydzień": 7, "tygodnie": 7, "tygodni": 7},
    "cs": {**dict.fromkeys("minutou minutami hodinou hodinami".split(), 0),
           "dnem": 1, "dny": 1, "týdnem": 7, "týdny": 7},
    "tr": {"dakika": 0, "saat": 0, "gün": 1, "hafta": 7, "ay": None, "yıl": None},
    "ro": {"minut": 0, "minute": 0, "oră": 0, "ore": 0, "zi": 1, "zile": 1, "săptămână": 7,
           "săptămâni": 7},
    "ru": {**dict.fromkeys("секунду секунды секунд минуту минуты минут час часа часов".split(), 0),
           "день": 1, "дня": 1, "дней": 1, "неделю": 7, "недели": 7, "недель": 7,
           "месяц": None, "месяца": None, "месяцев": None},
    "uk": {**dict.fromkeys("хвилину хвилини хвилин годину години годин".split(), 0),
           "день": 1, "дні": 1, "днів": 1, "тиждень": 7, "тижні": 7, "тижнів": 7},
    "el": {"λεπτά": 0, "λεπτό": 0, "ώρα": 0, "ώρες": 0, "ημέρα": 1, "ημέρες": 1, "μέρες": 1},
    "id": {"menit": 0, "jam": 0, "hari": 1, "minggu": 7, "bulan": None, "tahun": None},
}
# "N units ago": the words that make it past, before the number or after the unit
AGO_BEFORE = ("vor", "il y a", "hace", "há", "ha", "för", "před", "acum", "πριν από", "πριν",
              "منذ", "cách đây")
AGO_AFTER = ("ago", "geleden", "siden", "sedan", "назад", "тому", "fa", "temu", "önce",
             "atrás", "yang lalu", "lalu", "πριν", "sitten")
# number words that may stand for N: "an hour ago", "vor einer Stunde", "il y a une heure"
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "un": 1, "une": 1,
    "uno": 1, "una": 1, "um": 1, "uma": 1, "een": 1, "en": 1, "et": 1, "ett": 1, "bir": 1,
    "jeden": 1, "jedną": 1, "одну": 1, "один": 1, "two": 2, "zwei": 2, "deux": 2, "dos": 2,
    "three": 3, "drei": 3, "trois": 3, "tres": 3,
}
# CJK "N units ago": 3小时前, 2天前, 3時間前, 3시간 전
CJK_UNITS: dict[str, int | None] = {
    "秒": 0, "秒钟": 0, "分钟": 0, "分鐘": 0, "分": 0, "小时": 0, "小時": 0, "个小时": 0,
    "個小時": 0, "時間": 0, "天": 1, "日": 1, "周": 7, "週": 7, "星期": 7, "个星期": 7, "週間": 7,
    "个月": None, "個月": None, "ヶ月": None, "か月": None, "年": None,
    "초": 0, "분": 0, "시간": 0, "일": 1, "주": 7, "개월": None,
}
CJK_AGO = ("之前", "以前", "前", "전")
CJK_NUMERALS: dict[str, int] = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
                                "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


# --- built tables ---------------------------------------------------------------------------

class _Marks(dict):
    """For ``str.translate``: a combining mark -> None (dropped), any other character -> itself;
    each character is looked up (``unicodedata.combining``) on first sight, and kept when it is
    in the Basic Multilingual Plane (so the table stays bounded on any input)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if code < 0x10000:
            self[code] = kept
        return kept


_NO_MARKS = _Marks()


def strip_accents(word: str) -> str:
    """``word`` without combining marks: "février" -> "fevrier", "μαΐου" -> "μαιου". The marks
    are dropped by ``str.translate``, in C once each character has been seen (half the time of
    a test per character in Python, for the tables below at import and for every lookup)."""
    if word.isascii():                  # nothing to decompose, no mark to drop
        return word
    return unicodedata.normalize("NFD", word).translate(_NO_MARKS)


def _index(table: dict[str, tuple[str, ...]], base: int) -> dict[str, dict[str, int]]:
    """name -> {language: number}, in the order the languages are listed (first is default)."""
    out: dict[str, dict[str, int]] = {}
    for lang, rows in table.items():
        for n, names in enumerate(rows, start=base):
            for name in names.split():
                out.setdefault(name, {}).setdefault(lang, n)
    # an ASCII name is its own plain form; the others are stripped in one call (NFD and the
    # marks act on each character, so a line break between names changes nothing)
    accented = [name for name in out if not name.isascii()]
    for name, plain in zip(accented, strip_accents("\n".join(accented)).split("\n")):
        if plain != name:
            entry = out.setdefault(plain, {})
            for lang, n in out[name].items():
                entry.setdefault(lang, n)
    return out


MONTHS: dict[str, dict[str, int]] = _index(MONTH_NAMES, 1)
WEEKDAYS: dict[str, dict[str, int]] = _index(WEEKDAY_NAMES, 0)

# Solar Hijri month name -> number, with the Arabic-letter spellings
SOLAR_HIJRI_MONTHS: dict[str, int] = {
    spelling: n
    for n, names in enumerate(SOLAR_HIJRI_MONTH_NAMES, start=1)
    for name in names.split()
    for spelling in (name, name.replace("ی", "ي").replace("ک", "ك"))}

# word -> (days, languages) for the relative day words; phrases are looked up by first word
RELATIVE_DAYS: dict[str, tuple[int, frozenset[str]]] = {}
for _lang, _words in RELATIVE_DAY_WORDS.items():
    for _w, _days in _words.items():
        _old = RELATIVE_DAYS.get(_w)
        RELATIVE_DAYS[_w] = (_days, (_old[1] if _old else frozenset()) | {_lang})

# unit word -> (days per unit or None, languages)
UNITS: dict[str, tuple[int | None, frozenset[str]]] = {}
for _lang, _words in RELATIVE_UNITS.items():
    for _w, _days in _words.items():
        _old = UNITS.get(_w)
        UNITS[_w] = (_days, (_old[1] if _old else frozenset()) | {_lang})
