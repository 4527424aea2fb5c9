"""The caller's own words for consent: a yes to a consent text, and the revocation keyword,
in every hotline language (triage's lexicon languages). Whole messages only, folded like every keyword."""

from __future__ import annotations

from enum import StrEnum

from triage.folding import fold_keyword


class ConsentWord(StrEnum):
    yes = "yes"
    revoke = "revoke"


_YES = {
    "en": ("yes", "i agree", "agree"),
    "fr": ("oui", "j'accepte", "d'accord"),
    "es": ("sí", "si", "acepto"),
    "pt": ("sim", "aceito"),
    "ro": ("da", "accept"),
    "ru": ("да", "согласен", "согласна"),
    "uk": ("так", "згоден", "згодна"),
    "ar": ("نعم", "موافق", "موافقة"),
    "hi": ("हाँ", "हां", "haan", "ha"),
    "ht": ("wi", "dakò"),
    "tl": ("oo", "opo", "payag ako"),
    "vi": ("có", "đồng ý"),
    "zh": ("是", "同意", "好"),
    # The light lexicons of issue 11's sixth round.
    "de": ("ja", "einverstanden"),
    "it": ("sì", "accetto"),
    "pl": ("tak", "zgadzam się"),
    "nl": ("ja", "akkoord"),
    "tr": ("evet", "kabul"),
    "id": ("ya", "setuju"),
    "sw": ("ndiyo", "nakubali"),
    "so": ("haa", "waan ogolahay"),
    "ko": ("네", "예", "동의"),
    "ja": ("はい", "同意します"),
    "th": ("ใช่", "ตกลง"),
    "fa": ("بله", "موافقم"),
    "ur": ("جی ہاں", "ہاں", "متفق"),
    "bn": ("হ্যাঁ", "রাজি"),
    "pa": ("ਹਾਂ", "ਸਹਿਮਤ"),
    "ne": ("हो", "सहमत"),
    "am": ("አዎ", "እስማማለሁ"),
    "ti": ("እወ", "ይሰማማዕ"),
}
_REVOKE = {
    "en": ("revoke", "withdraw"),
    "fr": ("révoquer", "retirer"),
    "es": ("revocar", "retirar"),
    "pt": ("revogar", "retirar"),
    "ro": ("revoc", "retrag"),
    "ru": ("отозвать", "отзываю"),
    "uk": ("відкликати", "відкликаю"),
    "ar": ("إلغاء", "سحب"),
    "hi": ("रद्द", "radd"),
    "ht": ("retire", "anile"),
    "tl": ("bawiin", "bawi"),
    "vi": ("thu hồi", "rút lại"),
    "zh": ("撤回", "撤销"),
    "de": ("widerrufen", "zurückziehen"),
    "it": ("revocare", "ritirare"),
    "pl": ("odwołaj", "wycofaj"),
    "nl": ("intrekken", "herroepen"),
    "tr": ("iptal", "geri al"),
    "id": ("cabut", "batalkan"),
    "sw": ("batilisha", "futa"),
    "so": ("ka noqo", "joji"),
    "ko": ("철회", "취소"),
    "ja": ("撤回します", "取り消し"),
    "th": ("ยกเลิก", "ถอน"),
    "fa": ("لغو", "انصراف"),
    "ur": ("منسوخ", "واپس"),
    "bn": ("প্রত্যাহার", "বাতিল"),
    "pa": ("ਵਾਪਸ", "ਰੱਦ"),
    "ne": ("फिर्ता", "खारेज"),
    "am": ("ሰርዝ", "ይቅር"),
    "ti": ("ሰርዝ", "ኣይፋል"),
}
# The word a consent text tells the caller to write, per language (the first of each list).
YES_KEYWORD = {language: words[0] for language, words in _YES.items()}
REVOKE_KEYWORD = {language: words[0] for language, words in _REVOKE.items()}

WORDS: dict[str, ConsentWord] = {
    **{fold_keyword(word): ConsentWord.yes for words in _YES.values() for word in words},
    **{fold_keyword(word): ConsentWord.revoke for words in _REVOKE.values() for word in words},
}


def match(text: str) -> ConsentWord | None:
    if len(text) > 40:
        return None
    return WORDS.get(fold_keyword(text))
