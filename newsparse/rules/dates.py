"""Words of dates and times, per language, as data.

``MONTHS`` maps a month name or abbreviation (lower case, no trailing dot) to its number;
``MONTHS_BY_LANGUAGE`` settles the few names two languages use for different months.
``WEEKDAYS`` are skipped where they stand beside a date. ``ZONE_ABBREVIATIONS`` gives the UTC
offset in minutes of a zone abbreviation; ``AMBIGUOUS_ZONES`` lists the abbreviations whose
meaning depends on the country of the source. ``ZONE_WORDS`` are phrases such as "Beijing time".
``RELATIVE_*`` are the words of relative dates ("yesterday", "3 hours ago").
"""
from __future__ import annotations

_MONTH_NAMES: dict[int, str] = {
    1: "january jan janv janvier januar janeiro enero ene gennaio gen januari janvier sty stycznia "
       "styczeń leden ledna ianuarie ian ocak gener siječanj siječnja tammikuuta tammikuu "
       "января январь янв січня січень січ януари ян ιανουαρίου ιαν يناير जनवरी มกราคม "
       "janúar januára sausio janvāris",
    2: "february feb febr février fév fev fevr februar fevereiro febrero febbraio febraio "
       "februari lut luty lutego únor února februarie şubat şub subat febrer veljača veljače "
       "helmikuuta helmikuu февраля февраль фев февр лютого лютий лют февруари φεβρουαρίου φεβ "
       "فبراير شباط फ़रवरी फरवरी กุมภาพันธ์ februára vasario",
    3: "march mar mars märz mär maerz mrz março marzo marzec marca mrt maart březen března "
       "martie mart març ožujak ožujka maaliskuuta maaliskuu марта март мар березня березень бер "
       "μαρτίου μαρ مارس آذار मार्च มีนาคม marca kovo",
    4: "april apr avril avr abril abr aprile kwiecień kwietnia duben dubna aprilie nisan "
       "travanj travnja huhtikuuta huhtikuu апреля апрель апр квітня квітень кві април απριλίου "
       "απρ أبريل ابريل إبريل نيسان अप्रैल เมษายน apríla balandžio",
    5: "may mai mayo maggio mag maio mei maj maja květen května mayıs maig svibanj svibnja "
       "toukokuuta toukokuu мая май травня травень тра μαΐου μαΐ μαιου مايو أيار ايار मई "
       "พฤษภาคม mája gegužės",
    6: "june jun juin juni junio giugno giu junho czerwiec czerwca červen června iunie haziran "
       "juny lipanj lipnja kesäkuuta kesäkuu июня июнь июн червня червень чер юни ιουνίου ιουν "
       "يونيو حزيران जून มิถุนายน júna birželio",
    7: "july jul juil juillet juli julio luglio lug julho lipiec lipca červenec července iulie "
       "temmuz juliol srpanj srpnja heinäkuuta heinäkuu июля июль июл липня липень лип юли "
       "ιουλίου ιουλ يوليو تموز जुलाई กรกฎาคม júla liepos",
    8: "august aug août aout agosto ago augustus augusti sierpień sierpnia srpen srpna "
       "ağustos agost kolovoz kolovoza elokuuta elokuu августа август авг серпня серпень сер "
       "август αυγούστου αυγ أغسطس اغسطس آب अगस्त สิงหาคม augusta rugpjūčio",
    9: "september sep sept septembre septiembre settembre set setembro wrzesień września září "
       "septembrie eylül setembre rujan rujna syyskuuta syyskuu сентября сентябрь сен сент "
       "вересня вересень вер септември σεπτεμβρίου σεπ سبتمبر أيلول ايلول सितंबर सितम्बर กันยายน "
       "septembra rugsėjo",
    10: "october oct octobre okt oktober octubre ottobre ott outubro out październik "
        "października říjen října octombrie ekim octubre listopad listopada lokakuuta lokakuu "
        "октября октябрь окт жовтня жовтень жов октомври οκτωβρίου οκτ أكتوبر اكتوبر अक्टूबर "
        "ตุลาคม októbra spalio",
    11: "november nov novembre noviembre novembro listopad listopadu noiembrie kasım novembre "
        "studeni studenoga marraskuuta marraskuu ноября ноябрь ноя нояб листопада листопад лис "
        "ноември νοεμβρίου νοε نوفمبر नवंबर नवम्बर พฤศจิกายน novembra lapkričio",
    12: "december dec déc décembre dez dezember diciembre dic dicembre dezembro grudzień grudnia "
        "prosinec prosince decembrie aralık desembre desember prosinac prosinca joulukuuta "
        "joulukuu декабря декабрь дек грудня грудень гру декември δεκεμβρίου δεκ ديسمبر दिसंबर "
        "दिसम्बर ธันวาคม decembra gruodžio",
}

MONTHS: dict[str, int] = {}
for _n, _names in _MONTH_NAMES.items():
    for _name in _names.split():
        MONTHS.setdefault(_name, _n)

# names whose month depends on the language (Croatian "listopad" is October, Polish November)
MONTHS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "listopad": {"hr": 10, "pl": 11, "cs": 11},
    "listopada": {"hr": 10, "pl": 11, "cs": 11},
}

WEEKDAYS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
lunes martes miércoles miercoles jueves viernes sábado sabado domingo
lunedì martedì mercoledì giovedì venerdì sabato domenica
segunda terça quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag
dilluns dimarts dimecres dijous divendres dissabte diumenge
понедельник вторник среда четверг пятница суббота воскресенье
""".split())

# UTC offsets, in minutes, of zone abbreviations that mean one thing wherever they are printed
ZONE_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60,
    "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "MSD": 240,
    "TRT": 180, "EAT": 180, "WAT": 60, "CAT": 120, "SAST": 120, "GST": 240, "PKT": 300,
    "NPT": 345, "ICT": 420, "WIB": 420, "HKT": 480, "SGT": 480, "BJT": 480, "PHT": 480,
    "MYT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "ACDT": 630,
    "AEDT": 660, "NZST": 720, "NZDT": 780, "EST": -300, "EDT": -240, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480,
    "HST": -600, "ART": -180, "BRT": -180, "CLT": -240, "NST": -210, "NDT": -150,
}

# abbreviations that name different zones in different countries: {country: minutes}, "" = default
AMBIGUOUS_ZONES: dict[str, dict[str, int]] = {
    "CST": {"CN": 480, "TW": 480, "HK": 480, "MO": 480, "CU": -300, "": -360},
    "IST": {"IE": 60, "IL": 120, "": 330},
    "AST": {"SA": 180, "IQ": 180, "KW": 180, "QA": 180, "BH": 180, "YE": 180, "": -240},
}

# generic US zone names: the IANA zone that decides standard or daylight time
GENERIC_ZONES: dict[str, str] = {"ET": "America/New_York", "CT": "America/Chicago",
                                 "MT": "America/Denver", "PT": "America/Los_Angeles"}

# phrases that name a zone (lower case)
ZONE_WORDS: dict[str, str] = {
    "beijing time": "Asia/Shanghai", "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai",
    "moscow time": "Europe/Moscow", "мск": "Europe/Moscow", "по московскому времени": "Europe/Moscow",
    "tokyo time": "Asia/Tokyo", "日本時間": "Asia/Tokyo", "hong kong time": "Asia/Hong_Kong",
    "singapore time": "Asia/Singapore", "london time": "Europe/London", "paris time": "Europe/Paris",
    "new york time": "America/New_York", "eastern time": "America/New_York",
    "pacific time": "America/Los_Angeles", "central time": "America/Chicago",
    "mountain time": "America/Denver", "seoul time": "Asia/Seoul", "taipei time": "Asia/Taipei",
    "india time": "Asia/Kolkata", "berlin time": "Europe/Berlin", "kyiv time": "Europe/Kyiv",
    "kiev time": "Europe/Kyiv", "istanbul time": "Europe/Istanbul",
}

# relative day words -> days before the reference date
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0,
    "hoje": 0, "vandaag": 0, "i dag": 0, "idag": 0, "сегодня": 0, "今天": 0, "今日": 0,
    "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ieri": 1, "ontem": 1, "gisteren": 1,
    "i går": 1, "igår": 1, "вчера": 1, "昨天": 1, "昨日": 1,
}

# units of "N units ago" -> (kind, amount per unit); kinds: minutes, hours, days
RELATIVE_UNITS: dict[str, tuple[str, int]] = {}
for _kind, _per, _words in (
    ("minutes", 1, "minute minutes min mins minuten minute minuti minutos minuto minuut minutter "
                   "minuter минут минуты минуту 分钟 分鐘 分前 分"),
    ("hours", 1, "hour hours hr hrs stunde stunden heure heures hora horas ora ore uur "
                 "timer timme timmar час часа часов 小时 小時 時間"),
    ("days", 1, "day days tag tagen jour jours día días dias giorno giorni dag dagen dage dagar "
                "день дня дней 天 日"),
    ("days", 7, "week weeks woche wochen semaine semaines semana semanas settimana settimane "
                "week weken uge uger vecka veckor неделю недели недель 周 週"),
):
    for _w in _words.split():
        RELATIVE_UNITS.setdefault(_w, (_kind, _per))

# words that turn "N units" into "N units ago", before or after the number
AGO_AFTER = frozenset("ago geleden siden sedan назад 前 前に".split())
AGO_BEFORE = frozenset("vor il y a hace há fa".split())

# numeric order of day and month per country; unlisted countries write day first
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})
# languages whose numeric dates are day first wherever they are printed (dots: 17.05.2024)
DAY_FIRST_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "da", "sv", "no", "fi",
                                 "pl", "cs", "ro", "hu", "tr", "ru", "uk", "bg", "hr", "el",
                                 "ca", "id"})
