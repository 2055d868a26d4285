"""Incident stage: places (pipeline/stages/incidents/places.py)."""

import pytest


def test_the_dateline_city_is_not_the_place_of_the_event(nlp):
    doc = nlp.process({"id": "dl", "published": "2016-08-02", "text":
                       "طرابلس (رويترز) - فجر انتحاري سيارة مفخخة أمس عند نقطة تفتيش في مدينة سرت، "
                       "ما أسفر عن مقتل ثلاثة مقاتلين."})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == "Sirte"


def test_an_unknown_site_takes_the_coordinates_of_its_town(nlp):
    doc = nlp.process({"id": "h", "published": "2012-09-13", "text":
                       "انفجرت سيارة مفخخة أمس عند مدخل معسكر الصفا في مدينة مقديشو، ما أدى إلى مقتل أربعة جنود."})
    (inc,) = doc.incidents
    loc = inc.location
    assert loc["text"] == "معسكر الصفا" and loc["geo_precision"] == 2
    assert abs(loc["lat"] - 2.04) < 0.1 and loc["country"] == "SO"


def test_a_place_inside_the_last_token_does_not_break_the_stage(nlp):
    # ANT JA-localNews-910: a country after a proclitic at the very end of the text
    doc = nlp.process({"id": "end", "published": "2017-02-07", "text": "قتل جندي أمس في اشتباكات مسلحة بسوريا"})
    assert doc.error is None and len(doc.incidents) == 1


def test_a_place_after_a_direction_is_a_reference_point(nlp):
    doc = nlp.process({"id": "dir", "published": "2018-11-12", "text":
                       "أصيب جنديان عراقيان بانفجار عبوة ناسفة استهدفت دوريتهما في ناحية الرياض جنوب غربي كركوك "
                       "فجر أمس الأحد."})
    (inc,) = doc.incidents
    assert inc.location["text"] == "ناحية الرياض" and inc.wounded == 2


def test_the_ends_of_a_road_and_an_actor_country_are_not_the_place(nlp):
    doc = nlp.process({"id": "road", "published": "2019-05-13", "text":
                       "قتل جنديان أمس الأحد في كمين نصبه مسلحون على الطريق الرابط بين قرية العين ومنطقة الوادي "
                       "بمعتمدية تالة."})
    (inc,) = doc.incidents
    assert "تالة" in inc.location["text"]
    doc = nlp.process({"id": "base", "published": "2020-01-09", "text":
                       "وقع هجوم استهدف أمس قاعدة عين الأسد الجوية غربي الرمادي، بخمسة صواريخ غراد، "
                       "وأدى إلى إصابة جنديين من التحالف الذي تقوده الولايات المتحدة."})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == "Ain al-Asad Air Base" and inc.munitions_count == 5


def test_the_army_speaks_for_the_country_of_the_dateline_when_the_place_is_unknown(nlp):
    doc = nlp.process({"id": "home", "published": "2023-04-17", "text":
                       "الخرطوم - تواصلت المعارك في البلاد لليوم الثالث على التوالي.\n"
                       "وأعلن الجيش أمس أن سلاح الجو نفذ غارات على تجمعات للمتمردين في منطقة أم قرين الشرقية."})
    (inc,) = doc.incidents
    assert inc.location["country"] == "SD" and inc.claimed_by == "Sudan" and inc.perpetrator == "Sudan"


@pytest.mark.parametrize("text,want", [
    # "منطقة جنوب X": the area south of X, a description; the place is X (with its head noun), not "منطقة جنوب"
    ("قتل جنديان أمس بانفجار عبوة ناسفة خلال دورية في منطقة جنوب مدينة سرت.", ("مدينة سرت", "Sirte")),
    # "قرب بلدة X": a town named with "بلدة" is more specific than the valley it lies in
    ("سقطت قذائف هاون أمس في وادي بردى قرب بلدة مضايا، ما أدى إلى إصابة ثلاثة مدنيين.", ("بلدة مضايا", "Madaya")),
    # "وصفته دمشق": the capital speaks for its government; "في إدلب" is where the raids fell
    ("شنت طائرات حربية أمس غارات على ما وصفته دمشق بمقرات المسلحين في إدلب، ما أدى إلى مقتل أربعة مدنيين.",
     ("إدلب", "Idlib")),
    # "بالقرب من X": near X, not launched from X
    ("سقطت قذيفتا هاون أمس بالقرب من مضايا في ريف دمشق، ما أدى إلى إصابة طفل.", ("مضايا", "Madaya")),
    # "نقل الجرحى إلى مستشفى الشفاء": where the wounded were taken, not where the shells fell
    ("قتل شخصان أمس بقصف مدفعي على حي الزيتون ونقل ثلاثة جرحى إلى مستشفى الشفاء.", ("حي الزيتون", "Zeitoun (Gaza)")),
    # "امتدت إلى X، حيث قتل": "حيث" says the deaths were at X, where the fighting went
    ("اندلعت اشتباكات أمس في ريف حمص وامتدت إلى مدينة الرستن، حيث قتل خمسة مقاتلين.", ("مدينة الرستن", "Al-Rastan")),
    # "وردت واشنطن": a capital that acts is its government, not the place of the strike
    ("وردت واشنطن أمس بغارة جوية في ولاية ننغرهار، ما أدى إلى مقتل مسلحين اثنين.", ("ولاية ننغرهار", "Nangarhar")),
])
def test_where_the_attack_happened(nlp, text, want):
    (inc,) = nlp.process({"id": "where", "published": "2018-09-05", "text": text}).incidents
    assert (inc.location["text"], inc.location["canonical"]) == want


@pytest.mark.parametrize("text, want", [
    # a road named by its two ends: the first end (the corpus convention), whatever the ranks of the two
    ("قتل ثلاثة جنود بانفجار عبوة ناسفة أمس على الطريق الرابط بين المقدادية وبعقوبة في محافظة ديالى.", "Muqdadiya"),
    ("قتل شخصان مساء أمس بغارة طائرة مسيرة على سيارة على طريق القامشلي - عامودا في ريف الحسكة.", "Qamishli"),
    # an area between two places is still neither of them: the province named with it
    ("قتل جنديان أمس في اشتباكات في المنطقة الواقعة بين المقدادية وبعقوبة في محافظة ديالى.", "Diyala"),
    # a capital in apposition after "في" is where it happened, not the government ("ردت مقديشو")
    ("قتل ثمانية أشخاص أمس في هجوم انتحاري على فندق الجزيرة في العاصمة الصومالية مقديشو.", "Mogadishu"),
    # a street named after a city is not that city
    ("قتل 11 شخصا أمس بانفجار سيارة مفخخة قرب فندق على شارع مكة المكرمة في العاصمة الصومالية مقديشو.",
     "Mogadishu"),
])
def test_loc_road_ends_apposition_and_streets(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2019-10-14", "text": text})
    (inc,) = doc.incidents
    loc = inc.location
    near = want == "Mogadishu" and loc["lat"] is not None and abs(loc["lat"] - 2.05) < 0.1 \
        and abs(loc["lon"] - 45.32) < 0.1  # a hotel with the coordinates of the city it lies in
    assert loc["canonical"] == want or near, loc


@pytest.mark.parametrize("text, want", [
    # a compound village name ("البو X", "عين X", "أبو X") keeps its second word
    ("قتل ثلاثة جنود أمس بانفجار عبوة ناسفة في قرية البو عجيل التابعة لقضاء تكريت.", "قرية البو عجيل"),
    ("قتل مدنيان أمس بقصف مدفعي على قرية أبو حمام في ريف دير الزور الشرقي.", "قرية أبو حمام"),
    # a designator with no name after it is no place: the province named with it
    ("قتل 12 قرويا أمس في هجوم لمسلحين على قرية في ولاية زامفارا شمال غربي نيجيريا.", "ولاية زامفارا"),
])
def test_loc_compound_names_and_bare_designators(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2023-05-17", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


@pytest.mark.parametrize("text, want", [
    # where the speaker is ("في صنعاء" between the verb and "أن") is not where it happened
    ("أعلنت وزارة الدفاع في صنعاء أن غارة جوية استهدفت أمس سوقا في مديرية مجز بمحافظة صعدة وقتلت عشرة مدنيين.",
     "مديرية مجز"),
    ("قال مصدر أمني في بغداد إن عبوة ناسفة انفجرت أمس في قضاء الطارمية ما أدى إلى مقتل جنديين.", "قضاء الطارمية"),
    # nothing else named: the speaker's town is all there is
    ("قال مسؤول محلي في مدينة بنو إن مسلحين قتلوا شرطيين أمس.", "مدينة بنو"),
])
def test_loc_the_speakers_place_is_not_the_events(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2023-05-17", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


@pytest.mark.parametrize("text, want", [
    # a front or axis named after a place, which the entities stage tags as an organisation
    ("وفي جبهة صرواح غربي المحافظة، قتل ستة من مقاتلي الحوثيين وأربعة جنود في مواجهات اندلعت فجر الأحد.", "Sirwah"),
    ("تواصلت الاشتباكات أمس في محور عين زارة جنوب العاصمة، ما أسفر عن مقتل أربعة مقاتلين.", "Ain Zara"),
])
def test_loc_a_front_named_after_a_place(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2022-02-14", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == want


@pytest.mark.parametrize("text, want", [
    # the clause names only a province (of the ministry): the hospital named in the sentence is the place
    ("اقتحم مسلحون مستشفى الفاشر الجنوبي بعد ظهر السبت، وأطلقوا النار داخله، ما أجبر وزارة الصحة في ولاية شمال "
     "دارفور على إغلاقه.", "مستشفى الفاشر"),
    # the place of the source a report is attributed to is not the event's
    ("اقتحم مسلحون قرية في ولاية زامفارا أمس، وقتلوا 12 قرويا، بحسب مسؤول محلي في مدينة كادونا.", "ولاية زامفارا"),
])
def test_loc_a_finer_place_of_the_sentence_and_the_sources_place(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2024-06-10", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


def test_loc_the_hospital_the_wounded_were_taken_to_is_never_the_place(nlp):
    doc = nlp.process({"id": "loc", "published": "2020-01-06", "text":
                       "سقطت قذائف هاون أمس على حي سكني في مدينة تعز، ما أدى إلى إصابة ثلاثة مدنيين.\n"
                       "وقالت المصادر إن القذائف سقطت على منازل المواطنين، مضيفة أن الجرحى نقلوا إلى "
                       "مستشفى الثورة العام.\n"
                       "وفي حادث آخر، أصيب مدنيان بقذيفة سقطت أمس في حي سكني بمدينة مأرب نقلا على إثرها إلى "
                       "مستشفى المدينة."})
    got = [(i.event_date, i.location["canonical"]) for i in doc.incidents]
    assert got == [("2020-01-05", "Taiz"), ("2020-01-05", "Marib")]


def test_loc_a_boat_is_not_the_lebanese_village(nlp):
    # "مركبا" is also "a vehicle, a boat" (accusative): a place only with a place word or the NER's support
    doc = nlp.process({"id": "loc", "published": "2023-09-08", "text":
                       "قتل 49 مدنيا أمس في هجوم استهدف مركبا نهريا للركاب قرب بلدة غاو في شمال مالي."})
    assert all(i.location["canonical"] != "Markaba" for i in doc.incidents)


def test_loc_the_next_sentence_of_the_same_event_names_its_place(nlp):
    doc = nlp.process({"id": "loc", "published": "2022-09-28", "text":
                       "أعلنت الحكومة مقتل 11 جنديا في هجوم على قافلة إمدادات كانت متجهة إلى مدينة جيبو، يوم الإثنين.\n"
                       "وقال المتحدث باسم الحكومة إن القافلة تعرضت لهجوم قرب بلدة غاسكيندي، مشيرا إلى إصابة 28 شخصا."})
    (inc,) = doc.incidents
    assert "غاسكيندي" in inc.location["text"] and inc.event_date == "2022-09-26"


@pytest.mark.parametrize("text, published, want", [
    # a report that names no day for its event: the day it came out
    ("قتل 7 أشخاص وأصيب 12 آخرون في انفجار عبوة ناسفة استهدف حافلة في مدينة كويتا، حسب الشرطة.", "2018-03-07",
     "2018-03-07"),
    ("اندلعت اشتباكات عنيفة بين وحدات الجيش وعناصر مسلحة في جبل الشعانبي أسفرت عن مقتل عنصرين.", "2016-11-02",
     "2016-11-02"),
    # a day named in the text still wins
    ("قتل 7 أشخاص أمس الثلاثاء في انفجار عبوة ناسفة استهدف حافلة في مدينة كويتا.", "2018-03-07", "2018-03-06"),
])
def test_plc_no_day_named_gives_the_publication_day(nlp, text, published, want):
    doc = nlp.process({"id": "plc", "published": published, "text": text})
    (inc,) = doc.incidents
    assert inc.event_date == want


def test_plc_no_publication_day_leaves_the_date_null(nlp):
    doc = nlp.process({"id": "plc", "published": None, "text":
                       "قتل 7 أشخاص وأصيب 12 آخرون في انفجار عبوة ناسفة استهدف حافلة في مدينة كويتا، حسب الشرطة."})
    (inc,) = doc.incidents
    assert inc.event_date is None


@pytest.mark.parametrize("text, not_place", [
    # a victim's home town ("أصيل ...", Tunisian news) is never the place
    ("استشهد عون حرس أمس في اشتباكات مع مسلحين بمدينة بنغازي الليبية، وهو أصيل معتمدية بن قردان.", "بن قردان"),
    ("قتل شاب تونسي أصيل من ولاية المنستير أمس في معارك بمدينة سرت الليبية.", "المنستير"),
    # a time zone is no place
    ("قتل 5 أشخاص فجر اليوم بتوقيت تونس في هجوم مسلح على مسجد بمدينة كادونا.", "تونس"),
    # a country spelled like the accusative nationality adjective after an indefinite noun
    ("لقي 12 جنديا تركيا مصرعهم أمس في انفجار سيارة مفخخة في مدينة الباب.", "تركيا"),
    ("قتل أمس 20 سائحا ماليزيا في انفجار عبوة ناسفة استهدف حافلتهم.", "ماليزيا"),
    # ... also when nothing else is named
    ("استشهد عون حرس أمس في هجوم مسلح على دوريته، وهو أصيل معتمدية سبيبة.", "سبيبة"),
    ("قتل 5 أشخاص فجر اليوم بتوقيت تونس في هجوم مسلح على مسجد.", "تونس"),
    ("لقي 12 جنديا تركيا مصرعهم أمس في انفجار سيارة مفخخة استهدفت قافلتهم.", "تركيا"),
    # a designator before an institution names no place ("منطقة الأمن الوطني" is a police district)
    ("أصيب عون أمن أمس في هجوم مسلح أمام مقر منطقة الأمن الوطني بمدينة قفصة.", "منطقة الأمن"),
])
def test_plc_home_towns_time_zones_adjectives_and_institutions_are_no_place(nlp, text, not_place):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert not_place not in ((inc.location or {}).get("text") or ""), inc.location


@pytest.mark.parametrize("text, country", [
    # the nationality adjective after a place the gazetteer lacks says its country
    ("قتل 3 أشخاص أمس في إطلاق نار بمدينة مالمو السويدية.", "SE"),
    ("قتل 4 أشخاص أمس في إطلاق نار على مقهى بمدينة لييج البلجيكية.", "BE"),
    # not the country of a launch site or a source named with it
    ("قتل شرطي أمس برصاص رجل قدم من فرنسا قرب مدينة ميلانو الإيطالية.", "IT"),
])
def test_plc_the_country_of_a_place_the_gazetteer_lacks(nlp, text, country):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["country"] == country


def test_plc_a_country_has_no_province_of_another_place(nlp):
    doc = nlp.process({"id": "plc", "published": "2016-01-24", "text":
                       "قتل أمس ثلاثة جنود في هجوم مسلح في سوريا، بحسب مصدر في باريس."})
    (inc,) = doc.incidents
    assert inc.location["admin1"] is None


@pytest.mark.parametrize("text, want", [
    # a place with the proclitic "ب" after the target is where it was, not part of it
    ("تعرضت دورية أمنية بمدينة قبلي مساء أمس إلى إطلاق نار ما أسفر عن إصابة عونين.", "دورية أمنية"),
    ("قتل 3 مصلين أمس في هجوم مسلح استهدف المركز الإسلامي بمدينة ليون الفرنسية.", "المركز الإسلامي"),
    ("أصيب شخصان أمس في تفجير استهدف محطة للقطار بمدينة كونمينغ بمقاطعة يونان.", "محطة للقطار"),
    # nor the word that opens a date after it
    ("أصيب مصور أمس في هجوم مسلح استهدف ملعب بن قردان يوم 3 ماي 2017 بحسب النقابة.", "ملعب بن قردان"),
    # a time zone after the time is no target
    ("قتل 6 أشخاص في هجوم طال فجر اليوم بتوقيت تونس مسجدا في مدينة كيبيك.", "مسجدا"),
])
def test_plc_the_target_ends_before_its_place_and_skips_a_time_zone(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2017-01-30", "text": text})
    (inc,) = doc.incidents
    assert inc.target["text"] == want


@pytest.mark.parametrize("text, canonical, country", [
    # foreign towns of real attack reports that the gazetteer now knows
    ("قتل 22 شخصا أمس في تفجير انتحاري استهدف قاعة للحفلات في مانشستر.", "Manchester", "GB"),
    ("قتل 4 أشخاص أمس في هجوم مسلح على مقهى في مدينة نيس.", "Nice", "FR"),
    ("قتل 9 أشخاص أمس في انفجار عبوة ناسفة في سوق ليلي بمدينة دافاو.", "Davao City", "PH"),
    # capitals and large cities of Europe, the Americas and Asia (a general coverage step)
    ("أصيب 5 أشخاص أمس في هجوم بسكين وسط مدينة هانوفر.", "Hanover", "DE"),
    ("قتل شرطي أمس في إطلاق نار قرب البرلمان في العاصمة البرتغالية لشبونة.", "Lisbon", "PT"),
    ("أصيب 12 شخصا أمس في انفجار عبوة ناسفة داخل مركز تجاري في بانكوك.", "Bangkok", "TH"),
    ("قتل 3 أشخاص أمس في إطلاق نار داخل ملهى ليلي بمدينة هيوستن.", "Houston", "US"),
    ("أصيب 6 أشخاص أمس في إطلاق نار عشوائي في مدينة لاس فيغاس الأمريكية.", "Las Vegas", "US"),
])
def test_plc_foreign_towns_in_the_gazetteer(nlp, text, canonical, country):
    doc = nlp.process({"id": "plc", "published": "2017-05-23", "text": text})
    (inc,) = doc.incidents
    assert (inc.location["canonical"], inc.location["country"]) == (canonical, country)


@pytest.mark.parametrize("text, want", [
    # the local day, not the reporter's, when the article gives both
    ("قتل 6 أشخاص عندما فتح مسلحون النار على مسجد بمدينة كيبيك (يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت "
     "تونس).", "2017-01-29"),
    ("قتل 6 أشخاص فجر الاثنين بتوقيت تونس (مساء الأحد بالتوقيت المحلي) في هجوم مسلح على مسجد بمدينة كيبيك.",
     "2017-01-29"),
    # a converted time alone is still the day
    ("قتل 6 أشخاص فجر اليوم بتوقيت تونس في هجوم مسلح على مسجد بمدينة كيبيك.", "2017-01-30"),
])
def test_plc_the_local_day_beats_the_reporters(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2017-01-30", "text": text})
    (inc,) = doc.incidents
    assert inc.event_date == want


@pytest.mark.parametrize("text, want", [
    # a camp or base named with its designator is the site, whatever label the NER gives it
    ("قتل 12 جنديا أمس في هجوم على معسكر تاسيغا في منطقة غاو.", "معسكر تاسيغا"),
    # a generic one is not: the named place is
    ("قتل 12 شخصا أمس في هجوم على محطة للقطار في منطقة غاو.", "منطقة غاو"),
])
def test_plc_a_named_camp_is_the_site(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2023-09-08", "text": text})
    (inc,) = doc.incidents
    assert want in inc.location["text"]


def test_plc_a_group_named_after_a_province_is_no_place(nlp):
    from pipeline.kb import load_kb
    from pipeline.stages.incidents import lexicon
    from pipeline.stages.incidents.places import _places
    doc = nlp.process({"id": "plc", "published": "2021-08-30", "text":
                       "وتبنى تنظيم \"ولاية خراسان\" الهجوم في بيان قال فيه إن مقاتليه أطلقوا صواريخ على المطار."})
    starts = [t.start for t in doc.tokens]
    assert [p.text for p in _places(doc, 0, len(doc.tokens), load_kb(), lexicon(), starts)] == []


@pytest.mark.parametrize("text, admin1, country", [
    # a site or area the gazetteer lacks, named after a town it knows: the town's province and country
    ("قتل 9 أشخاص أمس في تفجير انتحاري هز صالة المغادرة في مطار ميونيخ الدولي.", "Bavaria", "DE"),
    ("أصيب جنديان أمس في انفجار لغم أرضي خلال عملية تمشيط بمرتفعات القصرين.", "Kasserine", "TN"),
    ("قتل شرطي أمس في هجوم مسلح على دورية قرب ميناء سرت.", "Sirte", "LY"),
    # a nationality adjective that ends the name gives the country only
    ("أصيب 4 أشخاص أمس في إطلاق نار داخل مركز تجاري في ولاية ويسكونسن الأمريكية.", None, "US"),
    # a country inside the name owns the place, it does not hold it
    ("أصيب حارسان أمس في هجوم مسلح على سفارة اليابان في العاصمة نواكشوط.", "Nouakchott", "MR"),
])
def test_plc_a_place_the_gazetteer_lacks_is_where_the_town_in_its_name_is(nlp, text, admin1, country):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert (inc.location["admin1"], inc.location["country"]) == (admin1, country)


@pytest.mark.parametrize("text, country", [
    # a place the gazetteer lacks, in a local article: the country of its first town
    ("أصيب عونا أمن أمس في إطلاق نار على دورية بحي النسيم بمدينة القصرين. وقال مصدر إن مسلحين هاجموا مركزا "
     "للحرس بمنطقة الزيتونة فجر اليوم ما أسفر عن إصابة عون.", "TN"),
    # else of the first country it names
    ("أعلنت السلطات الإيطالية أن الشرطة في إيطاليا رفعت حالة التأهب. وقتل شخصان أمس في هجوم بسكين في ضاحية "
     "برونو فالي.", "IT"),
])
def test_plc_a_place_the_gazetteer_lacks_takes_the_articles_country(nlp, text, country):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    assert [i.location["country"] for i in doc.incidents][-1] == country


@pytest.mark.parametrize("text, canonical", [
    # "العاصمة" before a name the gazetteer also gives a country: the capital city
    ("قتل شرطيان أمس في هجوم مسلح على دورية في العاصمة، عمان.", "Amman"),
    ("أصيب ثلاثة أشخاص أمس في انفجار عبوة ناسفة قرب سوق شعبي بالعاصمة الأردنية عمان.", "Amman"),
    ("أصيب عون أمن أمس في هجوم بسكين على مركز للشرطة بالعاصمة تونس.", "Tunis"),
    ("قتل جنديان أمس في تفجير انتحاري استهدف ثكنة في العاصمة الجزائر.", "Algiers"),
    # without it, the country
    ("قتل شرطيان أمس في هجوم مسلح على دورية في سلطنة عمان.", "Oman"),
])
def test_plc_the_capital_before_a_country_name_is_the_city(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == canonical


@pytest.mark.parametrize("text, want", [
    # the first words of a compound name are kept with the word after them
    ("أصيب 3 جنود أمس في انفجار لغم بمنطقة دوار الشرفية من ولاية القصرين.", "منطقة دوار الشرفية"),
    ("قتل راع أمس في انفجار لغم بمنطقة واد الغار من ولاية القصرين.", "منطقة واد الغار"),
    ("أصيب عون حرس أمس في هجوم مسلح بمنطقة أولاد بن سالم من ولاية القصرين.", "منطقة أولاد بن سالم"),
    # a participle after the name opens a description
    ("قتل 3 جنود أمس في هجوم مسلح على بلدة الشونة التابعة لمحافظة البلقاء.", "بلدة الشونة"),
    ("أصيب شرطي أمس في إطلاق نار بمنطقة الرحمة الواقعة جنوب المدينة.", "منطقة الرحمة"),
])
def test_plc_a_designated_place_keeps_its_compound_name_and_no_participle(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


def test_plc_a_place_named_in_a_sentence_before_takes_the_town_named_with_it(nlp):
    # the record's sentence names no place: the one before does, with its town
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text":
                       "تجمع مئات المشجعين مساء أمس في حي الزهور بمدينة ليون. وأصيب 40 منهم في انفجار عبوة ناسفة."})
    (inc,) = doc.incidents
    assert (inc.location["text"], inc.location["admin1"], inc.location["country"]) == \
        ("حي الزهور", "Auvergne-Rhône-Alpes", "FR")


def test_plc_a_known_place_takes_coordinates_only_from_a_town_of_its_province():
    from pipeline.stages.incidents.places import _plc_may_hold
    bardo = {"canonical": "Le Bardo", "admin1": "Tunis", "country": "TN"}
    assert _plc_may_hold({"admin1": "Tunis", "country": "TN"}, bardo)
    assert not _plc_may_hold({"admin1": "Sousse", "country": "TN"}, bardo)
    mountain = {"canonical": "Jebel Mghila", "country": "TN"}  # on a border: no province of its own
    assert _plc_may_hold({"admin1": "Kasserine", "country": "TN"}, mountain)
    assert not _plc_may_hold({"admin1": "Anbar", "country": "IQ"}, mountain)
    assert _plc_may_hold({"admin1": "Anbar", "country": "IQ"}, {})  # a place the gazetteer lacks: any town


@pytest.mark.parametrize("text, canonical", [
    # "العاصمة" with no name: the capital of the article's country, or of its adjective's
    ("أصيب عونا أمن بسوسة أمس في مواجهات. واستهدف تفجير انتحاري حافلة للأمن وسط العاصمة مساء اليوم ما "
     "أسفر عن مقتل 9 أعوان.", "Tunis"),
    ("قتل 4 أشخاص أمس في اشتباكات مسلحة بين فصائل متناحرة في العاصمة الليبية.", "Tripoli, Libya"),
    # a name after it says which
    ("قتل 4 أشخاص أمس في اشتباكات مسلحة بين فصائل متناحرة في العاصمة الصومالية مقديشو.", "Mogadishu"),
])
def test_plc_the_capital_without_a_name_is_the_articles_capital(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    assert doc.incidents[-1].location["canonical"] == canonical


@pytest.mark.parametrize("text, want", [
    # a place after "التابعة ل" / "الواقعة في" is what the place before lies in, not the place
    ("قتل عون حرس أمس في هجوم مسلح على دورية بمعتمدية الوفاق التابعة لسيدي بوزيد.", "معتمدية الوفاق"),
    ("أصيب جنديان أمس في انفجار لغم بمنطقة الرحبة الواقعة في مدينة إدلب.", "منطقة الرحبة"),
])
def test_plc_the_place_a_participle_puts_it_in_is_not_the_place(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


def test_plc_a_place_after_another_events_noun_is_not_the_place(nlp):
    # "لهجوم قسنطينة" names where the other event was; the strikes hit Mali
    doc = nlp.process({"id": "plc", "published": "2017-05-29", "text":
                       "وكان الطيران الجزائري قد شن أمس غارات على معسكرات لمسلحين في مالي وذلك بعد ثبوت تورطهم في "
                       "التخطيط لهجوم قسنطينة الأخير."})
    assert [i.location["country"] for i in doc.incidents if i.weapon == "airstrike"] == ["ML"]


@pytest.mark.parametrize("text, place, province", [
    # a neighbourhood, village or camp named like a province: the place of its own, never the province
    ("قتل أربعة من عناصر الشرطة أمس في هجوم مسلح على دوريتهم في حي واسط غرب العاصمة.", "حي واسط", "Wasit"),
    ("أصيب ثلاثة مدنيين أمس بانفجار عبوة ناسفة في حي الأنبار بمدينة الموصل.", "حي الأنبار", "Anbar"),
    ("قتل شخصان أمس بسقوط قذيفة هاون على قرية نينوى قرب مدينة كركوك.", "قرية نينوى", "Nineveh"),
])
def test_plc_a_neighbourhood_named_like_a_province_is_not_the_province(nlp, text, place, province):
    doc = nlp.process({"id": "plc", "published": "2008-05-11", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == place and inc.location["canonical"] is None
    assert inc.location["admin1"] != province


@pytest.mark.parametrize("text, place, canonical_town", [
    # a neighbourhood the gazetteer lacks takes the coordinates of the town it lies in: after a direction too,
    # and a district the gazetteer places
    ("قتل ثلاثة جنود أمس في هجوم مسلح على كمين أمني بحي الصفا غرب مدينة العريش.", "حي الصفا", "Arish"),
    ("أصيب طفلان أمس بانفجار قنبلة يدوية ألقيت على منزل في حي النصر بقضاء الزبير.", "حي النصر", "Zubair"),
])
def test_plc_a_neighbourhood_takes_the_coordinates_of_its_town(nlp, text, place, canonical_town):
    from pipeline.kb import load_kb
    town = next(e for e in load_kb().entries.values() if e.get("canonical") == canonical_town)
    doc = nlp.process({"id": "plc", "published": "2009-10-02", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == place
    assert (inc.location["lat"], inc.location["lon"]) == (town["lat"], town["lon"])


@pytest.mark.parametrize("text, country", [
    # a nationality adjective after a site names its owner; the town named with it says the country
    ("انفجرت سيارة مفخخة أمس أمام السفارة الفرنسية بالعاصمة الليبية طرابلس.", "LY"),
    ("فجر انتحاري نفسه أمس قرب المستشارية الثقافية التركية في بيروت.", "LB"),
])
def test_plc_an_adjective_after_a_site_names_its_owner_not_the_country(nlp, text, country):
    doc = nlp.process({"id": "plc", "published": "2014-02-20", "text": text})
    (inc,) = doc.incidents
    assert inc.location["country"] == country


def test_plc_a_later_sentence_names_the_finer_place_of_a_strike_told_in_a_country(nlp):
    text = ("شنت طائرات حربية فجر اليوم غارات على مواقع لمسلحين في العراق. "
            "وقال متحدث عسكري إن الغارات طالت مواقع في قضاء القائم غربي محافظة الأنبار، وأسفرت عن مقتل 9 أشخاص.")
    doc = nlp.process({"id": "plc", "published": "2019-08-20", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == "Al-Qa'im"


@pytest.mark.parametrize("text, place", [
    # "و" before a hamza reads like "وادي" once normalized: a verb, not a valley
    ("وأدى قصف مدفعي أمس إلى مقتل ثلاثة مدنيين في مدينة دير الزور.", "مدينة دير الزور"),
    ("وأدت الغارة الجوية أمس إلى مقتل أربعة مسلحين قرب بلدة معرة النعمان.", "بلدة معرة النعمان"),
    # a designator before the verb of a relative clause is no name
    ("قتل خمسة أطفال أمس في غارة جوية على مدرسة في منطقة تسيطر عليها المعارضة بمحافظة إدلب.", "محافظة إدلب"),
])
def test_plc_a_verb_after_a_designator_or_its_look_alike_is_no_place(nlp, text, place):
    doc = nlp.process({"id": "plc", "published": "2015-03-02", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == place


def test_plc_outskirts_take_a_definite_or_known_name(nlp):
    text = "أصيب ثلاثة جنود أمس بانفجار عبوة ناسفة خلفت لديهم أطراف مبتورة."
    doc = nlp.process({"id": "plc", "published": "2015-03-02", "text": text})
    (inc,) = doc.incidents
    assert inc.location is None


@pytest.mark.parametrize("text, canonical", [
    # a town whose bare name is also a word is a place when a place of its province supports it, not otherwise
    ("قتل ثلاثة جنود أمس في انفجار لغم على محور دوري - سيبا في شمال بوركينا فاسو.", "Dori"),
    ("قتل شخصان أمس في هجوم مسلح بحي الزعفرانية جنوب شرقي بغداد.", "Al-Zafaraniya"),
    ("أصيب ثلاثة مدنيين أمس بسقوط قذيفة على بلدة كفربطنا في الغوطة الشرقية.", "Kafr Batna"),
])
def test_plc_gazetteer_towns_of_wire_news(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2012-06-14", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == canonical


def test_plc_a_town_named_like_a_word_needs_support(nlp):
    doc = nlp.process({"id": "plc", "published": "2012-06-14", "text": "تأهل الفريق أمس إلى نصف نهائي دوري أبطال أفريقيا."})
    assert not any(e.kb_id == "gpe.bf.dori" for e in doc.entities)

