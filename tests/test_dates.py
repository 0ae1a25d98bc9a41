"""Date reading: one case table of date strings, their context and the ISO value they name.

Every row is (raw, DateContext keyword arguments, expected ``PubDate.isoformat()`` or None, why).
None means "unknown": nothing is guessed. No row depends on today's date: year-less and relative
dates are read against the reference given in the row, or stay unknown.
"""
from __future__ import annotations

import re
import time
import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.date_values import DateContext, FoundDate, shown_day_first
from newsparse.dates import find_dates, normalize_date, send_stamp
from newsparse.model import PubDate
from newsparse.rules import dates as rules

REF = {"reference": date(2024, 5, 20)}          # a Monday
R1987 = {"reference": date(1987, 12, 31)}

DATE_CASES: list[tuple[str, dict, str | None, str]] = [
    # --- English and the newsroom forms -------------------------------------------------------
    ("May 17, 2024", {}, "2024-05-17", "en: US long form"),
    ("17 May 2024", {}, "2024-05-17", "en: British long form"),
    ("Friday, May 17, 2024", {}, "2024-05-17", "en: weekday before the date"),
    ("January 12, 2011 Wednesday", {}, "2011-01-12", "en: weekday after the date (LexisNexis)"),
    ("Jan. 11, 2010", {}, "2010-01-11", "en: abbreviated month with a dot"),
    ("Sept. 3, 2019", {}, "2019-09-03", "en: Sept. abbreviation"),
    ("May 17th, 2024", {}, "2024-05-17", "en: ordinal suffix"),
    ("the 17th of May, 2024", {}, "2024-05-17", "en: the 17th of May"),
    ("17-May-2024", {}, "2024-05-17", "en: dashes around the month"),
    ("17 May '24", {}, "2024-05-17", "en: apostrophe two-digit year"),
    ("7. November 20227. November 2022", {}, "2022-11-07", "a page's two copies of its date run together"),
    ("Published: 11:00am, 14 Feb, 2021", {}, "2021-02-14T11:00:00",
     "time before the date; no zone and no home zone stays naive"),
    ("Updated 5:17 PM EST, Tue November 7, 2023", {}, "2023-11-07T17:17:00-05:00",
     "CNN update line: time, zone and weekday before the date"),
    ("November 21, 2012 -- Updated 0417 GMT (1217 HKT)", {}, "2012-11-21",
     "CNN stamp: the date; the update time beside it is its own expression"),
    ("February 17, 2010 Wednesday 9:14 PM AEST", {}, "2010-02-17T21:14:00+10:00",
     "AEST after weekday and time"),
    ("9:14 PM AEST", {}, None, "a time alone names no day"),
    ("9:14 PM AEST", REF, None, "a time alone names no day, even with a reference"),
    ("South Sudan 07:52 August 13, 2018", {}, "2018-08-13T07:52:00", "time right before the date"),
    ("Nov 8, 2022 2:00 AM", {}, "2022-11-08T02:00:00", "en: 2:00 AM"),
    # --- am/pm edge cases ---------------------------------------------------------------------
    ("May 17, 2024 12:00 am", {}, "2024-05-17T00:00:00", "12 am is midnight"),
    ("May 17, 2024 12:00 pm", {}, "2024-05-17T12:00:00", "12 pm is noon"),
    ("May 17, 2024 12:30 a.m.", {}, "2024-05-17T00:30:00", "12:30 a.m. with dots"),
    ("May 17, 2024 1:05 p.m.", {}, "2024-05-17T13:05:00", "1:05 p.m. with dots"),
    ("May 17, 2024 10am", {}, "2024-05-17T10:00:00", "an hour and am, no minutes"),
    ("May 17, 2024 13:00 pm", {}, "2024-05-17T13:00:00", "redundant pm on a 24-hour time"),
    ("May 17, 2024 0:30 pm", {}, "2024-05-17", "0:30 pm is no time: the day stays"),
    ("May 17, 2024 25:10", {}, "2024-05-17", "hour 25 is no time: the day stays"),
    ("May 17, 2024 at 10:42:13", {}, "2024-05-17T10:42:13", "seconds keep second precision"),
    ("May 17, 2024 @ 10:42", {}, "2024-05-17T10:42:00", "an at sign between date and time (blog themes)"),
    ("17 May 2024 @ 3:05 pm", {}, "2024-05-17T15:05:00", "an at sign before a twelve-hour time"),
    # --- ISO and other numeric forms ----------------------------------------------------------
    ("2024-05-17", {}, "2024-05-17", "ISO day"),
    ("2024-05-17T10:42:00Z", {}, "2024-05-17T10:42:00+00:00", "ISO with Z"),
    ("2024-05-17T10:42:00+08:00", {}, "2024-05-17T10:42:00+08:00", "ISO with offset"),
    ("2024-05-17T10:42:00.123-04:00", {}, "2024-05-17T10:42:00-04:00", "ISO fraction dropped"),
    ("2024-05-17 10:42", {}, "2024-05-17T10:42:00", "ISO day and minute"),
    ("2024-05-17 10:42:13 +0800", {}, "2024-05-17T10:42:13+08:00", "offset without colon"),
    ("Fri, 17 May 2024 10:42:13 +0200", {}, "2024-05-17T10:42:13+02:00", "RFC 2822"),
    ("2024/05/17", {}, "2024-05-17", "year first with slashes"),
    ("2024.05.17", {}, "2024-05-17", "year first with dots"),
    ("2024. 5. 17.", {}, "2024-05-17", "year first, Korean spacing"),
    ("17.05.2024", {}, "2024-05-17", "dots are day first"),
    ("05.06.2024", {}, "2024-06-05", "dots are day first even when both parts are 12 or less"),
    ("17/05/2024", {}, "2024-05-17", "a first part over 12 is the day"),
    ("05/17/2024", {}, "2024-05-17", "a second part over 12 is the day"),
    ("05/05/2024", {}, "2024-05-05", "equal parts are not ambiguous"),
    ("17/05/24", {}, "2024-05-17", "two-digit year 00-68 is 20xx"),
    ("17/05/87", {}, "1987-05-17", "two-digit year 69-99 is 19xx"),
    ("17.05.30", {"reference": date(2024, 12, 31)}, "1930-05-17",
     "two-digit year after the reference year is last century"),
    ("17.05.24", {"reference": date(2024, 12, 31)}, "2024-05-17",
     "two-digit year up to the reference year is this century"),
    # --- day/month order ----------------------------------------------------------------------
    ("05/06/2024", {"country": "US"}, "2024-05-06", "US source: month first"),
    ("05-06-2024", {"country": "PH"}, "2024-05-06", "Philippine source: month first"),
    ("05/06/2024", {"country": "GB"}, "2024-06-05", "British source: day first"),
    ("05/06/2024", {"language": "de"}, "2024-06-05", "German page: day first"),
    ("05/06/2024", {"language": "de", "country": "US"}, "2024-05-06",
     "country decides before language"),
    ("05/06/2024", {}, None, "ambiguous numeric date: nothing decides"),
    ("05/06/2024", {"language": "en"}, None, "English alone does not decide the order"),
    ("05/06/2024", {"dayfirst": False, "country": "GB"}, "2024-05-06", "dayfirst=False overrides"),
    ("05/06/2024", {"dayfirst": True, "country": "US"}, "2024-06-05", "dayfirst=True overrides"),
    ("Tuesday 05/07/2024", {}, "2024-05-07", "the weekday decides an ambiguous order"),
    # --- German -------------------------------------------------------------------------------
    ("17. Mai 2024", {}, "2024-05-17", "de: 17. Mai 2024"),
    ("3. März 2024", {}, "2024-03-03", "de: März"),
    ("3. Maerz 2024", {}, "2024-03-03", "de: Maerz spelt without umlaut"),
    ("17. Jänner 2024", {}, "2024-01-17", "de-AT: Jänner"),
    ("03.Mär.19", {}, "2019-03-03", "de: short month between dots, two-digit year"),
    ("Freitag, 17. Mai 2024, 10:42 Uhr", {}, "2024-05-17T10:42:00", "de: weekday, date, Uhr"),
    ("23.11.18 um 16:52 Uhr", {}, "2018-11-23T16:52:00", "de: short date, um, Uhr"),
    ("17.05.2024, 10:42 Uhr", {}, "2024-05-17T10:42:00", "de: comma then time"),
    ("17.02.2021-16:38", {}, "2021-02-17T16:38:00", "de: time glued with a dash"),
    ("17.05.2024 14.34 Uhr", {}, "2024-05-17T14:34:00", "de: dotted time with Uhr"),
    ("17.05.2024 10.50 Euro", {}, "2024-05-17", "a dotted number without a time marker is no time"),
    ("17.5.2024 10.42", {}, "2024-05-17T10:42:00", "fi: a dotted time ending the line after a numeric date"),
    ("17.5.2024 10.42 | Kotimaa", {}, "2024-05-17T10:42:00", "a dotted time before a separator"),
    ("17.5.2024 24.10", {}, "2024-05-17", "a dotted number past 23 is no hour"),
    ("17 May 2024 10.42", {}, "2024-05-17", "a dotted time alone after a month name is not read"),
    ("14:34 am 17.05.2024", {"language": "de"}, "2024-05-17T14:34:00", "de: 'am' means on"),
    # --- French -------------------------------------------------------------------------------
    ("18 mai 2004", {}, "2004-05-18", "fr: 18 mai 2004"),
    ("28 décembre 2012", {}, "2012-12-28", "fr: décembre"),
    ("28 decembre 2012", {}, "2012-12-28", "fr: decembre without accent"),
    ("1er février 2024", {}, "2024-02-01", "fr: 1er"),
    ("vendredi 17 mai 2024 à 10h42", {}, "2024-05-17T10:42:00", "fr: à 10h42"),
    ("Publié le 17/05/2024 à 10h42", {"language": "fr"}, "2024-05-17T10:42:00",
     "fr: numeric, day first by language"),
    # --- Spanish, Italian, Portuguese, Catalan ------------------------------------------------
    ("5 de junio de 202119:40", {}, "2021-06-05T19:40:00", "es: year glued to the time"),
    ("hafenkater14.07.1816:05", {}, "2018-07-14T16:05:00", "de: two-digit year glued to a time, not 1816"),
    ("17 de mayo de 2024", {}, "2024-05-17", "es: de mayo de"),
    ("viernes, 17 de mayo de 2024 a las 10:42", {}, "2024-05-17T10:42:00", "es: a las"),
    ("17 de setiembre de 2024", {}, "2024-09-17", "es: setiembre"),
    ("1º de enero de 2024", {}, "2024-01-01", "es: 1º"),
    ("17 maggio 2024", {}, "2024-05-17", "it: maggio"),
    ("venerdì 17 maggio 2024 alle 10:42", {}, "2024-05-17T10:42:00", "it: alle"),
    ("17 gen 2024", {}, "2024-01-17", "it: gen"),
    ("17 de maio de 2024", {}, "2024-05-17", "pt: de maio de"),
    ("sexta-feira, 17 de maio de 2024 às 10h42", {}, "2024-05-17T10:42:00",
     "pt: sexta-feira, às 10h42"),
    ("1º de outubro de 2023", {}, "2023-10-01", "pt: outubro"),
    ("17 de maig de 2024", {}, "2024-05-17", "ca: maig"),
    ("3 d'abril de 2024", {}, "2024-04-03", "ca: d'abril"),
    # --- Dutch and Nordic ---------------------------------------------------------------------
    ("2 mei 2014 vrijdag", {}, "2014-05-02", "nl: weekday after"),
    ("17 mei 2024 om 10:42", {}, "2024-05-17T10:42:00", "nl: om"),
    ("3 maart 2024", {}, "2024-03-03", "nl: maart"),
    ("17. maj 2024 kl. 10.42", {}, "2024-05-17T10:42:00", "da: kl. with a dotted time"),
    ("3. marts 2024", {}, "2024-03-03", "da: marts"),
    ("17 maj 2024 kl. 10:42", {}, "2024-05-17T10:42:00", "sv: kl."),
    ("den 3 mars 2024", {}, "2024-03-03", "sv: den 3 mars"),
    ("17. mai 2024 kl. 10.42", {}, "2024-05-17T10:42:00", "no: kl. 10.42"),
    ("3. desember 2023", {}, "2023-12-03", "no: desember"),
    ("17. toukokuuta 2024", {}, "2024-05-17", "fi: toukokuuta"),
    ("17.5.2024 klo 10.42", {}, "2024-05-17T10:42:00", "fi: klo 10.42"),
    # --- Central and Eastern Europe -----------------------------------------------------------
    ("17 maja 2024 r.", {}, "2024-05-17", "pl: maja, r."),
    ("17 maja 2024, godz. 10:42", {}, "2024-05-17T10:42:00", "pl: godz."),
    ("17 maja 2024 o godz. 10:42", {}, "2024-05-17T10:42:00", "pl: o godz."),
    ("17. 5. 2024 v 8:15", {"language": "cs"}, "2024-05-17T08:15:00", "cs: v before the time"),
    ("17 травня 2024 р. о 14:35", {}, "2024-05-17T14:35:00", "uk: the year's р. and о before the time"),
    ("vrijdag 17 mei 2024, 14.35 uur", {}, "2024-05-17T14:35:00", "nl: a time with a dot and uur"),
    ("08:15 ngày 17/05/2024", {"language": "vi"}, "2024-05-17T08:15:00", "vi: ngày between time and date"),
    ("3 listopada 2023", {"language": "pl"}, "2023-11-03", "pl: listopad is November"),
    ("3. listopada 2023.", {"language": "hr"}, "2023-10-03", "hr: listopad is October"),
    ("14. juni/lipanj, 2021.", {}, "2021-06-14", "hr: RFE/RL bilingual month"),
    ("17. května 2024", {}, "2024-05-17", "cs: května"),
    ("17. mája 2024", {}, "2024-05-17", "sk: mája"),
    ("3. listopadu 2023", {}, "2023-11-03", "cs: listopadu"),
    ("17 Mayıs 2024", {}, "2024-05-17", "tr: Mayıs"),
    ("17 Mayıs 2024 Cuma 10:42", {}, "2024-05-17T10:42:00", "tr: weekday then time"),
    ("3 martie 2024", {}, "2024-03-03", "ro: martie"),
    ("2024. május 17.", {}, "2024-05-17", "hu: year first with a month name"),
    ("12 августа 2015, 11:27", {}, "2015-08-12T11:27:00", "ru: genitive month, comma, time"),
    ("17 мая 2024 г.", {}, "2024-05-17", "ru: г."),
    ("17 мая 2024 года в 10:42", {}, "2024-05-17T10:42:00", "ru: года в"),
    ("17 травня 2024", {}, "2024-05-17", "uk: травня"),
    ("3 березня 2024 о 10:42", {}, "2024-03-03T10:42:00", "uk: о 10:42"),
    ("17 май 2024", {}, "2024-05-17", "bg: май"),
    ("17 Μαΐου 2024", {}, "2024-05-17", "el: Μαΐου"),
    ("Παρασκευή 17 Μαΐου 2024", {}, "2024-05-17", "el: weekday Παρασκευή"),
    ("пятница, 17 мая 2024", {}, "2024-05-17", "ru: weekday пятница"),
    ("fredag 17 maj 2024", {}, "2024-05-17", "sv: weekday fredag"),
    ("fredag den 17. maj 2024", {}, "2024-05-17", "da: fredag den 17. maj"),
    ("piątek, 17 maja 2024", {}, "2024-05-17", "pl: weekday piątek"),
    ("perjantai 17.5.2024", {}, "2024-05-17", "fi: weekday perjantai"),
    ("17 ΜΑΪΟΥ 2024", {}, "2024-05-17", "el: capitals lose the accent"),
    # --- Arabic, Hindi, Thai, Indonesian ------------------------------------------------------
    ("17 مايو 2024", {}, "2024-05-17", "ar: مايو"),
    ("الأربعاء، 27 آب/اغسطس 2014", {}, "2014-08-27", "ar: weekday, Levantine/Egyptian month"),
    ("١٧ مايو ٢٠٢٤", {}, "2024-05-17", "ar: Arabic-Indic digits"),
    ("17 मई 2024", {}, "2024-05-17", "hi: मई"),
    ("3 फ़रवरी 2024", {}, "2024-02-03", "hi: फ़रवरी with nukta"),
    ("17 พฤษภาคม 2566", {"language": "th"}, "2023-05-17", "th: Buddhist era year"),
    ("17/05/2566", {"language": "th"}, "2023-05-17", "th: numeric Buddhist era"),
    ("17 พฤษภาคม พ.ศ. 2566", {}, "2023-05-17", "th: พ.ศ. marks the Buddhist era"),
    ("17 พฤษภาคม 2566", {}, "2023-05-17", "th: a Thai month name counts its year in the Buddhist era"),
    ("17 พฤษภาคม 2023", {}, "2023-05-17", "th: a Thai month name beside a common-era year"),
    ("2566-05-17", {"language": "th"}, "2023-05-17", "th: ISO-shaped Buddhist era"),
    ("17 مايو 2024 - 02:05 م", {}, "2024-05-17T14:05:00", "ar: evening after the time"),
    ("17 مايو 2024 - 12:30 ص", {}, "2024-05-17T00:30:00", "ar: morning after the time, half past midnight"),
    ("17 مايو 2024م", {}, "2024-05-17", "ar: the era mark after a year is no time"),
    ("17 maj 2024", {"language": "sq"}, "2024-05-17", "sq: Albanian month"),
    ("17 prill 2024", {}, "2024-04-17", "sq: an Albanian month without the language"),
    ("17 ապրիլի 2024", {}, "2024-04-17", "hy: Armenian month in the genitive"),
    ("17 აპრილი 2024", {}, "2024-04-17", "ka: Georgian month"),
    ("17 באפריל 2024", {}, "2024-04-17", "he: Hebrew 'in April'"),
    ("17 اپریل 2024", {}, "2024-04-17", "ur: Urdu month"),
    ("17 એપ્રિલ 2024", {}, "2024-04-17", "gu: Gujarati month, its vowel signs inside the word"),
    ("১৭ এপ্রিল ২০২৪", {}, "2024-04-17", "bn: Bengali month and digits"),
    ("௧௭ ஏப்ரல் ௨௦௨௪", {}, "2024-04-17", "ta: Tamil month and digits"),
    ("17 aprill 2024", {}, "2024-04-17", "et: Estonian month"),
    ("17 Aprili 2024", {}, "2024-04-17", "sw: Swahili month"),
    ("Abril 17, 2024", {"language": "tl"}, "2024-04-17", "tl: Filipino month"),
    ("17 aprel 2024", {}, "2024-04-17", "az: Azerbaijani month"),
    ("17 април 2024", {"language": "mk"}, "2024-04-17", "mk: Macedonian month"),
    ("১৭/০৪/২০২৪", {"language": "bn"}, "2024-04-17", "bn: numeric, day first"),
    ("2024 - 05 - 17", {}, "2024-05-17", "year first, spaces around the dashes"),
    ("17 / 05 / 2024", {"language": "de"}, "2024-05-17", "spaces around the slashes, a German page"),
    ("17 . 05 . 2024 10:42", {"language": "de"}, "2024-05-17T10:42:00", "spaces around the dots, then a time"),
    ("2024 年 5 月 17 日", {}, "2024-05-17", "zh/ja: a space between every part"),
    ("1 / 2 / 17 / 05 / 2024", {}, None, "a run of numbers is no spaced date"),
    ("17 / 05 / 24", {"language": "de"}, None, "spaced: only with the year's four digits"),
    ("Publié le 5 Fév 21 à 9:05", {}, "2021-02-05T09:05:00", "fr: two-digit year after a space, then a time"),
    ("Updated 5 Jan 21", {}, "2021-01-05", "a two-digit year closing the line"),
    ("17 May 0417 GMT", {}, None, "a wire time where the year would stand, no two-digit year after it"),
    ("On 3 May 12 people were hurt", {"reference": date(2024, 12, 31)}, "2024-05-03",
     "a number after a day and month that opens a phrase is not a year"),
    ("۲۷ اردیبهشت ۱۴۰۳", {}, "2024-05-16", "fa: Solar Hijri month name, Persian digits"),
    ("سه‌شنبه 27 اردیبهشت 1403 - 10:42", {}, "2024-05-16T10:42:00", "fa: Solar Hijri with a time"),
    ("۵ دي ۱۴۰۲", {}, "2023-12-26", "fa: Arabic yeh in the month name"),
    ("۱ حمل ۱۴۰۳", {}, "2024-03-20", "fa-AF: Dari month name, new year's day"),
    ("30 اسفند 1403", {}, "2025-03-20", "fa: the last day of a leap year"),
    ("30 اسفند 1402", {}, None, "fa: Esfand has 29 days in a common year"),
    ("۱۴۰۳/۰۲/۲۷", {}, "2024-05-16", "fa: numeric Solar Hijri in Persian digits"),
    ("1403/02/27 10:42", {"language": "fa"}, "2024-05-16T10:42:00", "fa: numeric Solar Hijri on a Persian page"),
    ("1403/02/27", {"language": "ar"}, None, "a year 1403 on an Arabic page is not read as Solar Hijri"),
    ("میزان 1403 کیلو", {}, None, "a Dari month name without a day is a word"),
    ("17 Mei 2024", {}, "2024-05-17", "id: Mei"),
    ("Jumat, 17 Mei 2024 10:42 WIB", {}, "2024-05-17T10:42:00+07:00", "id: WIB"),
    # --- Chinese, Japanese, Korean ------------------------------------------------------------
    ("2024年5月17日", {}, "2024-05-17", "zh: 年月日"),
    ("２０２４年５月１７日", {}, "2024-05-17", "zh: full-width digits"),
    ("２０２４年５月１７日 １０：４２", {}, "2024-05-17T10:42:00", "zh: full-width time"),
    ("2024年5月17日 10:42", {}, "2024-05-17T10:42:00", "zh: date and colon time"),
    ("2024年5月17日10时42分", {}, "2024-05-17T10:42:00", "zh: 时分 glued"),
    ("2024年05月17日 星期五 10:42", {}, "2024-05-17T10:42:00", "zh: 星期五 between"),
    ("2024年5月17日 下午3:42", {}, "2024-05-17T15:42:00", "zh: 下午 is pm"),
    ("5月17日", {"reference": date(2024, 12, 31)}, "2024-05-17", "zh: year-less with reference"),
    ("5月17日", {}, None, "zh: year-less without reference"),
    ("2024年5月17日 10時42分", {}, "2024-05-17T10:42:00", "ja: 時分"),
    ("2月22日（土）8時0分", {"reference": date(2020, 3, 1)}, "2020-02-22T08:00:00",
     "ja: weekday in brackets, one-digit minute"),
    ("2024年5月17日(金) 午後3時5分", {}, "2024-05-17T15:05:00", "ja: 午後"),
    ("令和6年5月17日", {}, "2024-05-17", "ja: Reiwa era"),
    ("平成元年1月8日", {}, "1989-01-08", "ja: first year of Heisei"),
    ("民國113年5月17日", {}, "2024-05-17", "zh-TW: Minguo era"),
    ("2024년 5월 17일", {}, "2024-05-17", "ko: 년월일"),
    ("2024년 5월 17일 오후 3:42", {}, "2024-05-17T15:42:00", "ko: 오후 is pm"),
    ("2024.05.17 10:42 KST", {}, "2024-05-17T10:42:00+09:00", "ko: KST"),
    # --- zones: numeric, with the printed sign ------------------------------------------------
    ("May 17, 2024 10:42 GMT+8", {}, "2024-05-17T10:42:00+08:00",
     "GMT+8 keeps its printed sign (POSIX and dateutil would say -08:00)"),
    ("May 17, 2024 10:42 GMT-5", {}, "2024-05-17T10:42:00-05:00", "GMT-5 keeps its sign"),
    ("May 17, 2024 10:42 UTC-4", {}, "2024-05-17T10:42:00-04:00", "UTC-4"),
    ("May 17, 2024 10:42 UTC+08:00", {}, "2024-05-17T10:42:00+08:00", "UTC+08:00"),
    ("May 17, 2024 10:42 GMT+05:30", {}, "2024-05-17T10:42:00+05:30", "GMT+05:30"),
    ("May 17, 2024 10:42 (GMT+8)", {}, "2024-05-17T10:42:00+08:00", "offset in brackets"),
    ("May 17, 2024 10:42 GMT", {}, "2024-05-17T10:42:00+00:00", "GMT alone"),
    ("May 17, 2024 10:42 UTC", {}, "2024-05-17T10:42:00+00:00", "UTC alone"),
    ("April 22, 1600 GMT", {"reference": date(2003, 12, 31)}, "2003-04-22T16:00:00+00:00",
     "wire time 1600 GMT, not the year 1600"),
    # --- zones: abbreviations read in context -------------------------------------------------
    ("May 17, 2024 10:42 CST", {}, "2024-05-17T10:42:00-06:00", "CST: US Central by default"),
    ("May 17, 2024 10:42 CST", {"country": "CN"}, "2024-05-17T10:42:00+08:00",
     "CST on a Chinese source: China Standard Time"),
    ("May 17, 2024 10:42 CST", {"country": "TW"}, "2024-05-17T10:42:00+08:00", "CST: Taiwan"),
    ("May 17, 2024 10:42 CST", {"country": "HK"}, "2024-05-17T10:42:00+08:00", "CST: Hong Kong"),
    ("May 17, 2024 10:42 CST", {"language": "zh"}, "2024-05-17T10:42:00+08:00",
     "CST on a Chinese-language page"),
    ("May 17, 2024 10:42 CST", {"language": "zh", "country": "US"}, "2024-05-17T10:42:00-06:00",
     "CST: a US source decides before the language"),
    ("May 17, 2024 10:42 IST", {}, "2024-05-17T10:42:00+05:30", "IST: India by default"),
    ("May 17, 2024 10:42 IST", {"country": "IE"}, "2024-05-17T10:42:00+01:00", "IST: Ireland"),
    ("May 17, 2024 10:42 IST", {"country": "IL"}, "2024-05-17T10:42:00+02:00", "IST: Israel"),
    ("May 17, 2024 10:42 BST", {}, "2024-05-17T10:42:00+01:00", "BST: British Summer Time"),
    ("May 17, 2024 10:42 AEST", {}, "2024-05-17T10:42:00+10:00", "AEST"),
    ("Jan 17, 2024 10:42 AEDT", {}, "2024-01-17T10:42:00+11:00", "AEDT"),
    ("May 17, 2024 10:42 EDT", {}, "2024-05-17T10:42:00-04:00", "EDT"),
    ("Jan 17, 2024 10:42 EST", {}, "2024-01-17T10:42:00-05:00", "EST"),
    ("May 17, 2024 10:42 PDT", {}, "2024-05-17T10:42:00-07:00", "PDT"),
    ("Jan 17, 2024 10:42 PST", {}, "2024-01-17T10:42:00-08:00", "PST"),
    ("May 17, 2024 10:42 CDT", {}, "2024-05-17T10:42:00-05:00", "CDT"),
    ("May 17, 2024 10:42 MDT", {}, "2024-05-17T10:42:00-06:00", "MDT"),
    ("17 May 2024 10:42 CET", {}, "2024-05-17T10:42:00+01:00", "CET as printed"),
    ("17 May 2024 10:42 CEST", {}, "2024-05-17T10:42:00+02:00", "CEST"),
    ("17.01.2024 10:42 MEZ", {}, "2024-01-17T10:42:00+01:00", "MEZ"),
    ("17.05.2024 10:42 MESZ", {}, "2024-05-17T10:42:00+02:00", "MESZ"),
    ("17 May 2024 10:42 MSK", {}, "2024-05-17T10:42:00+03:00", "MSK"),
    ("17 May 2024 10:42 JST", {}, "2024-05-17T10:42:00+09:00", "JST"),
    ("17 May 2024 10:42 HKT", {}, "2024-05-17T10:42:00+08:00", "HKT"),
    ("17 May 2024 10:42 SGT", {}, "2024-05-17T10:42:00+08:00", "SGT"),
    ("17 May 2024 10:42 BJT", {}, "2024-05-17T10:42:00+08:00", "BJT"),
    ("Jan 17, 2024 10:42 a.m. ET", {}, "2024-01-17T10:42:00-05:00", "ET in winter is EST"),
    ("Jul 17, 2024 10:42 a.m. ET", {}, "2024-07-17T10:42:00-04:00", "ET in summer is EDT"),
    ("Jan 17, 2024 10:42 PT", {}, "2024-01-17T10:42:00-08:00", "PT in winter"),
    ("Jul 17, 2024 10:42 PT", {}, "2024-07-17T10:42:00-07:00", "PT in summer"),
    ("Jul 17, 2024 10:42 CT", {}, "2024-07-17T10:42:00-05:00", "CT in summer"),
    ("Jan 17, 2024 10:42 MT", {}, "2024-01-17T10:42:00-07:00", "MT in winter"),
    ("Nov 3, 2024 1:30 AM ET", {}, "2024-11-03T01:30:00-04:00",
     "ET in the repeated hour of the DST change: the first (daylight) reading"),
    # --- zones: words, home zone, none --------------------------------------------------------
    ("May 17, 2024 10:42 Beijing time", {}, "2024-05-17T10:42:00+08:00", "Beijing time after"),
    ("Beijing time 10:42, May 17, 2024", {}, "2024-05-17T10:42:00+08:00", "Beijing time before"),
    ("北京时间2024年5月17日10时42分", {}, "2024-05-17T10:42:00+08:00", "北京时间 before the date"),
    ("2024年5月17日 10:42 北京时间", {}, "2024-05-17T10:42:00+08:00", "北京时间 after the time"),
    ("2024年5月17日 10:42（北京时间）", {}, "2024-05-17T10:42:00+08:00", "北京时间 in brackets"),
    ("May 17, 2024 10:42 Moscow time", {}, "2024-05-17T10:42:00+03:00", "Moscow time"),
    ("17 мая 2024 года в 10:42 по московскому времени", {}, "2024-05-17T10:42:00+03:00",
     "ru: по московскому времени"),
    ("17 мая 2024, 10:42 МСК", {}, "2024-05-17T10:42:00+03:00", "ru: МСК"),
    ("May 17, 2024 10:42", {"home_zone": "Asia/Shanghai"}, "2024-05-17T10:42:00+08:00",
     "no printed zone: the source's home zone"),
    ("Jan 17, 2024 10:42", {"home_zone": "Europe/London"}, "2024-01-17T10:42:00+00:00",
     "home zone in winter"),
    ("Jul 17, 2024 10:42", {"home_zone": "Europe/London"}, "2024-07-17T10:42:00+01:00",
     "home zone in summer"),
    ("May 17, 2024 10:42 EST", {"home_zone": "Asia/Shanghai"}, "2024-05-17T10:42:00-05:00",
     "a printed zone beats the home zone"),
    ("May 17, 2024", {"home_zone": "Asia/Shanghai"}, "2024-05-17", "a day stays a day"),
    ("May 17, 2024 10:42", {}, "2024-05-17T10:42:00", "no zone, no home zone: naive, never UTC"),
    ("May 17, 2024 10:42", {"home_zone": "GMT+8"}, "2024-05-17T10:42:00+08:00",
     "a home zone given as GMT+8 keeps its printed sign"),
    ("May 17, 2024 10:42", {"home_zone": "Etc/GMT+8"}, "2024-05-17T10:42:00-08:00",
     "an IANA Etc/GMT+8 home zone is POSIX: UTC-8"),
    ("May 17, 2024 10:42", {"home_zone": "Nowhere/Else"}, "2024-05-17T10:42:00",
     "an unknown home zone is ignored"),
    # --- year-less dates ----------------------------------------------------------------------
    ("Feb 26", {}, None, "year-less without reference: unknown, not this year"),
    ("Feb 26", R1987, "1987-02-26", "year-less read against the reference"),
    ("NEW YORK, Feb 26", R1987, "1987-02-26", "Reuters dateline"),
    ("Dec 31", {"reference": date(2024, 1, 5)}, "2023-12-31",
     "year-less later than the reference day is last year"),
    ("Feb 29", {"reference": date(2025, 3, 1)}, "2024-02-29",
     "year-less Feb 29 goes back to a leap year"),
    ("Aug. 20", {"reference": date(2019, 12, 31)}, "2019-08-20", "Aug. 20 with reference"),
    ("17 mai", {"reference": date(2024, 12, 31), "language": "fr"}, "2024-05-17",
     "fr: year-less day and month"),
    ("Nov 3 (Xinhua)", {"reference": date(2024, 12, 31)}, "2024-11-03", "Xinhua dateline"),
    ("He may 17 times", {"reference": date(2024, 12, 31)}, None, "'may' the verb is no month"),
    ("17 may", {"reference": date(2024, 5, 20), "language": "es"}, "2024-05-17",
     "Spanish 'may' (EFE's abbreviation) is May in lower case"),
    ("may 17", {"reference": date(2024, 5, 20), "language": "en"}, None, "English lower-case 'may' is not"),
    ("Set 3 of the final", {"reference": date(2024, 12, 31)}, None,
     "a capitalised Portuguese abbreviation in English text is no month"),
    ("28. Jänner - 3. Februar 2021", {}, "2021-01-28", "a range lends its year to its start"),
    ("Dec 28 - Jan 3, 2025", {}, "2024-12-28", "a range across the new year"),
    # --- relative dates -----------------------------------------------------------------------
    ("yesterday", {}, None, "relative without reference: unknown"),
    ("yesterday", REF, "2024-05-19", "yesterday"),
    ("today", REF, "2024-05-20", "today"),
    ("Today 10:42", REF, "2024-05-20T10:42:00", "today with a time"),
    ("yesterday at 10:42 pm", REF, "2024-05-19T22:42:00", "yesterday at a time"),
    ("2 hours ago", REF, "2024-05-20", "hours ago: the reference day"),
    ("2 hours ago", {}, None, "hours ago without reference"),
    ("an hour ago", REF, "2024-05-20", "an hour ago"),
    ("3 days ago", REF, "2024-05-17", "days ago"),
    ("2 weeks ago", REF, "2024-05-06", "weeks ago"),
    ("3 months ago", REF, None, "months ago is too vague to name a day"),
    ("vor 3 Stunden", REF, "2024-05-20", "de: vor 3 Stunden"),
    ("vor 2 Tagen", REF, "2024-05-18", "de: vor 2 Tagen"),
    ("gestern, 14:34 Uhr", {**REF, "language": "de"}, "2024-05-19T14:34:00", "de: gestern, Uhr"),
    ("hier", {**REF, "language": "de"}, None, "de: hier means here"),
    ("il y a 3 jours", REF, "2024-05-17", "fr: il y a 3 jours"),
    ("Hier à 19:20", {**REF, "language": "fr"}, "2024-05-19T19:20:00", "fr: hier à 19:20"),
    ("aujourd'hui", {**REF, "language": "fr"}, "2024-05-20", "fr: aujourd'hui"),
    ("hace 2 días", REF, "2024-05-18", "es: hace 2 días"),
    ("ayer", {**REF, "language": "es"}, "2024-05-19", "es: ayer"),
    ("2 giorni fa", REF, "2024-05-18", "it: 2 giorni fa"),
    ("há 2 dias", REF, "2024-05-18", "pt: há 2 dias"),
    ("3 dagen geleden", REF, "2024-05-17", "nl: 3 dagen geleden"),
    ("2 dage siden", REF, "2024-05-18", "da: 2 dage siden"),
    ("i går", {**REF, "language": "da"}, "2024-05-19", "da: i går"),
    ("för 3 dagar sedan", REF, "2024-05-17", "sv: för 3 dagar sedan"),
    ("3 дня назад", REF, "2024-05-17", "ru: 3 дня назад"),
    ("вчера", {**REF, "language": "ru"}, "2024-05-19", "ru: вчера"),
    ("3小时前", REF, "2024-05-20", "zh: 3小时前"),
    ("3小时前", {}, None, "zh: 3小时前 without reference"),
    ("3天前", REF, "2024-05-17", "zh: 3天前"),
    ("昨天", REF, "2024-05-19", "zh: 昨天"),
    ("昨天 10:42", REF, "2024-05-19T10:42:00", "zh: 昨天 with a time"),
    ("3日前", REF, "2024-05-17", "ja: 3日前"),
    ("3시간 전", REF, "2024-05-20", "ko: 3시간 전"),
    ("어제", REF, "2024-05-19", "ko: 어제"),
    ("USA TODAY", REF, None, "TODAY inside a name is no date"),
    # --- today's-date widgets -----------------------------------------------------------------
    ("Monday, May 20, 2024", {}, "2024-05-20", "a today's-date widget still parses as a date"),
    ("Today: Friday, May 17, 2024", REF, "2024-05-17",
     "'Today:' labels the printed date: the printed date, not the reference"),
    ("Heute, 17.05.2024", {**REF, "language": "de"}, "2024-05-17", "de: Heute labels the date"),
    # --- impossible and implausible dates -----------------------------------------------------
    ("Feb 30, 2024", {}, None, "Feb 30 does not exist"),
    ("31.04.2024", {}, None, "April 31 does not exist"),
    ("2023-02-29", {}, None, "Feb 29 in a common year"),
    ("2024-02-29", {}, "2024-02-29", "Feb 29 in a leap year"),
    ("May 17, 1750", {}, None, "a year before 1800 is no publication date"),
    ("17.05.1799", {}, None, "1799 is before 1800"),
    ("1 January 1800", {}, "1800-01-01", "1800 is accepted"),
    ("Monday, May 17, 2024", {}, "2024-05-17", "a wrong weekday keeps the date (with a warning)"),
    # --- a time after an "hour" or "at" word of more languages ---------------------------------
    ("2025/06/08 الساعة 09:45 صباحا", {}, "2025-06-08T09:45:00", "Arabic 'at the hour', a morning time"),
    ("۱۴۰۴/۰۲/۱۰ ساعت ۱۶:۰۵", {}, "2025-04-30T16:05:00", "Persian 'hour' after a Solar Hijri date"),
    ("08.06.2025 kello 9.45", {}, "2025-06-08T09:45:00", "Finnish 'kello'"),
    ("24/06/2025 στις 09:45", {}, "2025-06-24T09:45:00", "Greek 'at'"),
    ("08.06.2025 בשעה 09:45", {}, "2025-06-08T09:45:00", "Hebrew 'at the hour'"),
    ("8 Juni 2025 pukul 09.45", {}, "2025-06-08T09:45:00", "Indonesian 'pukul'"),
    # --- not dates at all ---------------------------------------------------------------------
    ("Version 1.2.3", {}, None, "a version number"),
    ("IP 10.0.0.1", {}, None, "an IP address"),
    ("The score was 3:1", {}, None, "a score"),
    ("Top 10 movies of the year", {}, None, "a number and words"),
    ("(0600-2000 GMT)", {}, None, "hours of service, not a date"),
]

# (raw, DateContext keyword arguments, a fragment of the warning, why)
WARNING_CASES: list[tuple[str, dict, str, str]] = [
    ("05/06/2024", {}, "ambiguous", "ambiguous numeric date is said to be ambiguous"),
    ("05/06/2024", {"language": "en"}, "ambiguous", "English alone: still ambiguous"),
    ("Feb 26", {}, "no year and no reference", "year-less without reference"),
    ("5月17日", {}, "no year and no reference", "zh year-less without reference"),
    ("yesterday", {}, "no reference", "relative without reference"),
    ("3小时前", {}, "no reference", "zh relative without reference"),
    ("Feb 30, 2024", {}, "not a valid date", "Feb 30"),
    ("May 17, 1750", {}, "before 1800", "year before 1800"),
    ("3 months ago", REF, "too vague", "months ago"),
    ("Monday, May 17, 2024", {}, "weekday does not match", "May 17, 2024 was a Friday"),
    ("3 days ago", {"reference": date(1, 1, 2)}, "outside years 1 to 9999", "days ago before year 1"),
    ("yesterday", {"reference": date(1, 1, 1)}, "outside years 1 to 9999", "yesterday before year 1"),
    ("vor 3 Tagen", {"reference": date(1, 1, 2), "language": "de"}, "outside years 1 to 9999",
     "de: days ago before year 1"),
]

assert len({(c[0], tuple(sorted(c[1].items()))) for c in DATE_CASES}) == len(DATE_CASES), \
    "duplicate case in DATE_CASES"
assert len({c[3] for c in DATE_CASES}) == len(DATE_CASES), "duplicate reason in DATE_CASES"
assert len({c[3] for c in WARNING_CASES}) == len(WARNING_CASES), "duplicate reason in WARNING_CASES"


@pytest.mark.parametrize("raw,ctx,expected,why", DATE_CASES, ids=[c[3] for c in DATE_CASES])
def test_normalize_date(raw, ctx, expected, why):
    got = normalize_date(raw, DateContext(**ctx))
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("raw,ctx,fragment,why", WARNING_CASES, ids=[c[3] for c in WARNING_CASES])
def test_doubtful_dates_carry_a_warning(raw, ctx, fragment, why):
    found = find_dates(raw, DateContext(**ctx))
    assert len(found) == 1
    assert fragment in (found[0].warning or "")


# --- find_dates: spans, order, several dates on a line --------------------------------------

def test_find_dates_reads_every_date_of_a_line_in_order_with_offsets():
    line = "Published: 11:00am, 14 Feb, 2021 | Updated: 11:06am"
    found = find_dates(line, DateContext(), offset=100)
    assert [(f.raw, f.value.isoformat()) for f in found] == [
        ("11:00am, 14 Feb, 2021", "2021-02-14T11:00:00"),
        ("11:06am", "2021-02-14T11:06:00"),       # the day of the dated time before it
    ]
    for f in found:
        assert line[f.start - 100:f.end - 100] == f.raw


@pytest.mark.parametrize("line, updated", [
    ("Published 12 March 2024 14:35 | Updated 16:02", "16:02"),
    ("12/03/2024 14:35 | Actualizado a las 16:02", "16:02"),
    ("Publié le 12 mars 2024 à 14h35, mis à jour à 16h02", "16h02"),
], ids=["english", "spanish", "french"])
def test_a_clock_time_after_a_dated_time_on_the_line_takes_its_day(line, updated):
    """After a dated time on the line, "16:02" or "16h02" alone is a time too (no "am", zone or
    seconds need say so), and takes that day: the update stamp beside the publication stamp."""
    found = find_dates(line, DateContext(language="en", dayfirst=True))
    assert [(f.raw, f.value.isoformat()) for f in found][1:] == [(updated, "2024-03-12T16:02:00")]


def test_a_clock_time_alone_on_a_line_without_a_dated_time_stays_unread():
    assert find_dates("Final score 3:1, second half from 16:02", DateContext()) == []


def test_found_date_of_an_unknown_value_keeps_its_span():
    line = "By Jane Doe, Feb 26"
    [f] = find_dates(line, DateContext())
    assert f == FoundDate(13, 19, "Feb 26", None, "date 'Feb 26' has no year and no reference date")


def test_a_time_alone_is_reported_without_value_or_warning():
    [f] = find_dates("Updated 9:14 PM AEST", DateContext(reference=date(2024, 5, 20)))
    assert (f.raw, f.value, f.warning) == ("9:14 PM AEST", None, None)


def test_a_time_after_a_day_only_date_is_not_given_that_day():
    found = find_dates("November 21, 2012 -- Updated 0417 GMT (1217 HKT)", DateContext())
    assert [(f.raw, f.value.isoformat() if f.value else None) for f in found] == [
        ("November 21, 2012", "2012-11-21"), ("0417 GMT", None), ("1217 HKT", None)]


def test_precision_is_kept():
    assert normalize_date("2024-05-17", DateContext()).precision == "day"
    assert normalize_date("2024-05-17 10:42", DateContext()).precision == "minute"
    assert normalize_date("2024-05-17 10:42:13", DateContext()).precision == "second"


def test_a_zone_less_time_has_no_tzinfo():
    value = normalize_date("May 17, 2024 10:42", DateContext()).value
    assert isinstance(value, datetime) and value.tzinfo is None


@pytest.mark.parametrize("lang", "en de fr es it pt nl da sv ru no fi pl cs tr ro uk bg hr ca el ar "
                                  "hi th id et sq mk az sw tl hy ka he ur gu bn ta".split())
def test_every_required_language_has_twelve_months(lang):
    assert len(rules.MONTH_NAMES[lang]) == 12


@pytest.mark.parametrize("lang", sorted(rules.WEEKDAY_NAMES))
def test_every_weekday_table_has_seven_days(lang):
    assert len(rules.WEEKDAY_NAMES[lang]) == 7


# --- speed: linear in the length of the line ------------------------------------------------

@pytest.mark.parametrize("line", [
    "1-" * 5000, "1." * 5000, "May " * 3000, "10:" * 4000, "a" * 20000, "17 " * 5000,
    "年月日" * 3000, "2024年5月" * 2000, "(" * 10000 + "GMT", "ago 3 " * 3000,
    "17 May" + " " * 20000 + "x", "10:42" + " " * 20000 + "beijing", "10:42" + " (" * 10000,
    "May 17, 2024 10:42 GMT+8 | " * 500, "1 / " * 5000, "2024 - " * 3000, "2024 " * 4000 + "年",
], ids=["dashes", "dots", "months", "colons", "letters", "numbers", "cjk", "cjk-dates",
        "brackets", "ago", "spaces-after-month", "spaces-before-zone-words", "open-brackets",
        "many-dates", "spaced-slashes", "spaced-dashes", "spaced-years"])
def test_adversarial_lines_are_read_quickly(line):
    t0 = time.process_time()
    find_dates(line, DateContext(reference=date(2024, 5, 20)))
    assert time.process_time() - t0 < 2.0         # linear: about 0.05 s; quadratic: minutes


# --- any line: spans are exact, in order, never overlapping ---------------------------------

LINE_TOKENS = ["17", "May", "2024", "10:42", "GMT+8", "(", ")", "am", "Uhr", "年", "月", "日", "ago",
               "vor", "3", "hours", "Beijing time", "de", "T", "Z", "Mon", "Today", "0417 GMT",
               "前", "il y a", "05/06/2024", "17.05.24", ",", "-", "Feb", "29", "30", "12", "CST",
               "下午", "时", "分", "(金)", "yesterday", "2566", "令和", "元", "Jänner", "١٧", "２０２４"]


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80),
                 st.lists(st.sampled_from(LINE_TOKENS), max_size=20).map(" ".join),
                 st.lists(st.sampled_from(LINE_TOKENS), max_size=20).map("".join)),
       st.sampled_from([DateContext(), DateContext(reference=date(2024, 5, 20), language="zh"),
                        DateContext(reference=date(1999, 1, 1), country="US",
                                    home_zone="America/New_York")]))
def test_spans_are_exact_and_in_order(text, ctx):
    found = find_dates(text, ctx, offset=7)
    end = 0
    for f in found:
        assert text[f.start - 7:f.end - 7] == f.raw
        assert f.start - 7 >= end
        end = f.end - 7


# --- round trip -----------------------------------------------------------------------------

NEWSROOM_STYLES = [("%B %d, %Y", "day"), ("%d %b %Y %H:%M", "minute"),
                   ("%Y-%m-%d %H:%M:%S", "second"), ("%d.%m.%Y", "day")]


def _at_precision(value: datetime, precision: str) -> date | datetime:
    if precision == "day":
        return value.date()
    if precision == "minute":
        return value.replace(second=0, microsecond=0)
    return value.replace(microsecond=0)


@settings(max_examples=300)
@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
       st.sampled_from(NEWSROOM_STYLES))
def test_newsroom_styles_round_trip(value, style):
    fmt, precision = style
    got = normalize_date(value.strftime(fmt), DateContext())
    assert got == PubDate(_at_precision(value, precision), precision)


@given(st.text())
def test_strip_accents_drops_exactly_the_combining_marks(word):
    assert rules.strip_accents(word) == "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@given(st.text(alphabet=st.sampled_from("ab1٣_ \u0301\u0e31\u0e01\u093f\u0915²'’-éกक") | st.characters(), max_size=12))
def test_the_first_word_is_the_word_pattern_s_match(text):
    """date_patterns._first_word reads the relative-day phrases at import as WORD.match would,
    without compiling it."""
    from newsparse import date_patterns
    m = date_patterns.WORD.match(text)
    assert date_patterns._first_word(text) == (m.group() if m else None)


def test_the_first_words_of_the_relative_day_phrases_are_the_pattern_s():
    from newsparse import date_patterns
    from newsparse.rules.dates import RELATIVE_DAYS
    for phrase in RELATIVE_DAYS:
        m = date_patterns.WORD.match(phrase)
        assert date_patterns._first_word(phrase) == (m.group() if m else None), phrase


@given(st.text())
def test_strip_accents_drops_the_combining_marks_of_the_decomposed_word(text):
    assert rules.strip_accents(text) == "".join(c for c in unicodedata.normalize("NFD", text)
                                                if not unicodedata.combining(c))


def test_the_month_and_weekday_tables_are_built_as_name_by_name():
    """rules.dates._index strips the accented names in one call; the tables, their order and
    their entries' order are those of stripping each name."""
    def one_by_one(table, base):
        out: dict = {}
        for lang, rows in table.items():
            for n, names in enumerate(rows, start=base):
                for name in names.split():
                    out.setdefault(name, {}).setdefault(lang, n)
        for name in list(out):
            plain = rules.strip_accents(name)
            if plain != name:
                entry = out.setdefault(plain, {})
                for lang, n in out[name].items():
                    entry.setdefault(lang, n)
        return out

    for table, base, built in ((rules.MONTH_NAMES, 1, rules.MONTHS), (rules.WEEKDAY_NAMES, 0, rules.WEEKDAYS)):
        want = one_by_one(table, base)
        assert [(k, list(v.items())) for k, v in built.items()] == [(k, list(v.items())) for k, v in want.items()]


_SCAN_WORDS = st.sampled_from(["May", "may", "MAY", "year", "years", "an", "ago", "today", "Yesterday", "march",
                               "Marched", "mayor", "Jan", "ferry", "2024", "17", "3.", "-", "x"])


@settings(max_examples=300)
@given(st.lists(_SCAN_WORDS, max_size=30), st.sampled_from([" ", "  ", ", ", "-", "/", "\n", ""]), st.booleans())
def test_an_ascii_line_s_word_scan_visits_the_words_a_full_scan_acts_on(words, sep, has_digit):
    """``_ascii_word_spans`` gives, in order, the spans of exactly those words of the line (as
    ``WORD`` splits it) that the lexicon holds: the words the full scan would act on."""
    from newsparse import date_patterns, dates
    text = sep.join(words)
    keys = date_patterns.LEXICON_WORDS if has_digit else date_patterns.LEXICON_WORDS_NO_MONTH
    full = [m.span() for m in date_patterns.WORD.finditer(text) if m.group().lower() in keys]
    assert dates._ascii_word_spans(text, has_digit) == full


def test_an_ascii_line_s_word_scan_finds_each_copy_of_a_word_alone():
    from newsparse import dates
    text = "In May, a mayor may say: two years ago, MAY 3."
    spans = dates._ascii_word_spans(text, True)
    assert [text[a:b] for a, b in spans] == ["May", "may", "years", "ago", "MAY"]
    assert spans == [(3, 6), (16, 19), (29, 34), (35, 38), (40, 43)]
    assert dates._ascii_word_spans(text, False) == [(29, 34)]       # a month name counts beside a number


# --- the order a page's own numeric dates show -----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Filed 9/25/13, updated 9/11/13", False),            # 25 cannot be a month: month first
    ("Filed 25/09/2013", True),                           # day first
    ("x 12-25-2020 y", False),                            # hyphens count as slashes do
    ("Filed 9/11/13", None),                              # nothing decides
    ("Filed 25/9/13 and 9/25/13", None),                  # both orders shown: nothing decides
    ("Filed 2013-09-25", None),                           # an ISO date is no evidence
    ("Call 123/25/13 or 1.25/9/13", None),                # the tail of a longer number
    ("Parts 1/2/3/4", None),
    ("Filed 31/13/2020", None),                           # no month either way: not a date
], ids=["month-first", "day-first", "hyphens", "undecided", "both", "iso", "longer-number", "fractions",
        "no-month"])
def test_shown_day_first_reads_the_order_the_unambiguous_dates_show(text, expected):
    assert shown_day_first(text) is expected


def test_the_shown_order_is_read_when_nothing_else_tells():
    ctx = DateContext(shown_order=False)
    assert normalize_date("9/11/13", ctx).isoformat() == "2013-09-11"
    assert normalize_date("9/11/13", DateContext(shown_order=False, language="de")).isoformat() == "2013-11-09"
    assert normalize_date("9/11/13", DateContext(shown_order=True, country="US")).isoformat() == "2013-09-11"


def test_the_marks_inside_a_word_are_no_letters():
    """A word is letters with combining marks among them; the two classes must not share a
    character, or the word pattern could backtrack (and read a line in more than linear time)."""
    from newsparse import date_patterns
    marks = re.compile(f"[{date_patterns._MARKS}]")
    assert [hex(c) for c in range(0x300, 0x1000) if marks.match(chr(c)) and chr(c).isalpha()] == []


# a wire service's transmission stamp, the whole of a line: the time the story was sent
SEND_STAMPS = [
    ("031422 GMT MAR 24", DateContext(), "2024-03-03T14:22:00+00:00", "day, time, zone, month, year"),
    ("031422 Mär 24", DateContext(language="de"), "2024-03-03T14:22:00", "a German month, no zone"),
    ("031422 MAR 24", DateContext(), "2024-03-03T14:22:00", "no zone, no offset"),
    ("031422 MAR 24", DateContext(home_zone="Europe/Brussels"), "2024-03-03T14:22:00+01:00",
     "no zone: the source's home zone"),
    ("APA0123    2024-03-03/14:22", DateContext(), "2024-03-03T14:22:00", "APA's number, date and time"),
    ("AP-DS-03-03-24 1422EST<", DateContext(), "2024-03-03T14:22:00-05:00", "AP's desk, date and time"),
]


@pytest.mark.parametrize("text,ctx,expected,why", SEND_STAMPS, ids=[c[3] for c in SEND_STAMPS])
def test_send_stamp(text, ctx, expected, why):
    found = send_stamp(text, ctx)
    assert found is not None and found.value.isoformat() == expected
    assert found.raw == text


@pytest.mark.parametrize("text", ["031422 ABC 24", "031422 XYZ MAR 24", "032599 MAR 24", "The 031422 MAR 24",
                                  "031422 GMT MAR 24 and more"])
def test_no_send_stamp(text):
    assert send_stamp(text, DateContext()) is None
