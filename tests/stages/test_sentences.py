from pipeline.stages.sentences import split_sentences
from pipeline.stages.tokenize import tokenize


def sents(text):
    return [s.text for s in split_sentences(text, tokenize(text))]


def test_terminals_and_line_breaks():
    assert sents("قال إنه وصل. هل انتهى؟ نعم! أولا؛ ثانيا\nعنوان") == ["قال إنه وصل.", "هل انتهى؟", "نعم!", "أولا؛", "ثانيا", "عنوان"]


def test_no_split_at_decimals_abbreviations_initials():
    assert sents("بلغ النمو 3.5 بالمئة وقال د. أحمد لوكالة أ.ف.ب إن ذلك جيد.") == \
        ["بلغ النمو 3.5 بالمئة وقال د. أحمد لوكالة أ.ف.ب إن ذلك جيد."]


def test_quotation_that_continues_stays_one_sentence():
    assert sents("وقال: «لن نتراجع. سنواصل» وأضاف أنه مستعد. ثم غادر.") == \
        ["وقال: «لن نتراجع. سنواصل» وأضاف أنه مستعد.", "ثم غادر."]


def test_closing_quote_stays_with_its_sentence_and_dateline_is_not_a_sentence():
    assert sents("بغداد - قال الوزير «انتهى الأمر.» وغادر الوفد.") == ["بغداد - قال الوزير «انتهى الأمر.» وغادر الوفد."]


def test_numbered_list():
    assert sents("الإجراءات:\n1. غلق الحدود\n2. حظر التجول") == ["الإجراءات:", "1. غلق الحدود", "2. حظر التجول"]
