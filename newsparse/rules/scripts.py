"""Writing systems: Unicode ranges, and the language a script alone implies.

``SCRIPT_RANGES`` is sorted by start so a code point is classified with one bisect.
``SCRIPT_LANGUAGE`` names the language a text is in when this script dominates it and no finer
test applies; ``MARKER_LETTERS`` are letters that single out one language within a script.
"""
from __future__ import annotations

SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3040, 0x309F, "kana"),
    (0x30A0, 0x30FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0xFF66, 0xFF9F, "kana"),
)
SCRIPT_STARTS = tuple(r[0] for r in SCRIPT_RANGES)

SCRIPT_LANGUAGE: dict[str, str] = {
    "greek": "el", "armenian": "hy", "hebrew": "he", "arabic": "ar", "devanagari": "hi",
    "bengali": "bn", "gujarati": "gu", "tamil": "ta", "telugu": "te", "malayalam": "ml",
    "thai": "th", "georgian": "ka", "hangul": "ko", "kana": "ja", "han": "zh",
}

# letters that only one language of a script uses (checked before function words)
MARKER_LETTERS: dict[str, dict[str, str]] = {
    "arabic": {"ur": "ٹڈڑںےھ", "fa": "پچژگکی"},   # Urdu first: it writes Persian's "ی" and "ک" too
    "cyrillic": {"uk": "ієїґ", "sr": "ђћџљњј", "ru": "ыэ", "bg": ""},   # checked in this order
    "latin": {"tr": "ğı", "pl": "łąęśźż"},
}
# how many marker letters single a language out, per script: any (count, divisor) rule that holds,
# where the letters must also be at least one in ``divisor`` characters of the sample (0: any
# share). Latin markers must run through the text, so that quoted names ("Erdoğan", "Łódź") do
# not count; a short Cyrillic text has room for two markers only.
MARKER_RULES: dict[str, tuple[tuple[int, int], ...]] = {
    "arabic": ((1, 50),),
    "cyrillic": ((3, 0), (2, 100)),
    "latin": ((3, 40),),
}

# letters a language writes and a neighbour that shares many of its function words does not:
# they tell the two apart when a short text's function words cannot ("Den nya bron invigdes"
# is Swedish, "Den nye bro blev indviet" Danish), and only then. Two languages with the same
# letters here ("da", "no") stay untold.
OWN_LETTERS: dict[str, str] = {
    "sv": "äö", "da": "æø", "no": "æø", "fi": "äö", "de": "äöüß",
    "es": "ñ¿¡", "pt": "ãõç", "ca": "·ç", "fr": "èêëçœ", "it": "àèìòù",
    "cs": "ěřůč", "sk": "ľĺŕô", "hr": "đćč", "ro": "șțăâî", "hu": "őű",
}

# scripts written without spaces between words: lines are judged by characters, not words
UNSPACED_SCRIPTS = frozenset({"han", "kana", "thai"})
