"""Language names as archives print them ("ENGLISH", "Deutsch", "Français") -> ISO 639-1."""
from __future__ import annotations

LANGUAGE_NAMES: dict[str, str] = {}
for _code, _names in {
    "en": "english englisch anglais inglés ingles inglese engels engelsk engelska angielski английский 英语 英文",
    "de": "german deutsch allemand alemán aleman tedesco duits tysk tyska niemiecki немецкий 德语 德文",
    "fr": "french français francais française francaise französisch franzosisch francés frances "
          "francese frans fransk franska francuski французский 法语",
    "es": "spanish español espanol espagnol spanisch spagnolo spaans spansk spanska hiszpański испанский 西班牙语",
    "it": "italian italiano italien italienisch italiaans italiensk italienska włoski итальянский 意大利语",
    "pt": "portuguese português portugues portugais portugiesisch portoghese portugees portugisisk 葡萄牙语",
    "nl": "dutch nederlands néerlandais neerlandais niederländisch holländisch neerlandés olandese hollandsk 荷兰语",
    "da": "danish dansk danois dänisch danés danese deens 丹麦语",
    "sv": "swedish svenska suédois schwedisch sueco svedese zweeds 瑞典语",
    "no": "norwegian norsk norvégien norwegisch noruego norvegese noors 挪威语",
    "fi": "finnish suomi finnois finnisch finlandés finlandese fins",
    "ru": "russian русский russe russisch ruso russo russisch 俄语",
    "zh": "chinese 中文 汉语 chinois chinesisch chino cinese chinees kinesisk 简体中文 繁體中文",
    "ja": "japanese 日本語 japonais japanisch japonés giapponese japans 日语",
    "ko": "korean 한국어 coréen koreanisch coreano 韩语",
    "ar": "arabic العربية arabe arabisch árabe arabo arabisch 阿拉伯语",
    "pl": "polish polski polonais polnisch polaco polacco pools",
    "tr": "turkish türkçe turc türkisch turco turks",
    "el": "greek ελληνικά grec griechisch griego greco grieks",
    "he": "hebrew עברית hébreu hebräisch hebreo ebraico",
    "hi": "hindi हिन्दी हिंदी",
    "th": "thai ไทย",
    "uk": "ukrainian українська ukrainien ukrainisch ucraniano ucraino",
    "cs": "czech čeština tchèque tschechisch checo ceco",
    "hu": "hungarian magyar hongrois ungarisch húngaro ungherese",
    "ro": "romanian română roumain rumänisch rumano rumeno",
    "ca": "catalan català catalán catalano",
    "id": "indonesian bahasa indonésien indonesisch",
}.items():
    for _name in _names.split():
        LANGUAGE_NAMES.setdefault(_name, _code)
