"""How news names a facility: a place name with a facility noun ("Engels air base", "the port of Vostochny").

One reading for both sides of the index: the builder strips the nouns from a facility's own names
("Saki Air Base" -> "Saki") and files each under a *facility key* (:func:`facility_key`: the
folded name and the kind, ``"saki @airbase"``); the geocoder splits a query the same way
(:func:`split`) and looks the key up. So "Saki airfield", "Saky air base" (after the town is
read) and "аэродром Саки" meet the same entry, and a name without a noun never lands on a
facility by accident of wording.

Kinds are those of :data:`geo.geocoders.base.FACILITY_KINDS`. A noun may allow several kinds
("base": a camp, an air base or a naval base) and may say whether the place is military
("air base") or civil ("airport"), which ranks facilities of the same name.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from ..geocoders.base import FACILITY_KINDS
from .names import normalize

_AIR, _NAVAL, _PORT, _DEPOT, _RANGE, _CROSS, _RAIL, _CAMP, _PLANT = FACILITY_KINDS
_ANY_BASE = (_CAMP, _AIR, _NAVAL, _RANGE)  # "Yavoriv military base": the training ground
_CAMP_ONLY = (_CAMP, _RANGE, _NAVAL)  # "X camp", "X barracks": troops' quarters, a range's or a fleet's

#: Facility nouns written after the name ("Engels air base"): pattern -> (kinds, military?).
#: military: True for a military noun, False for a civil one, None when it does not say.
_SUFFIXES: tuple[tuple[str, tuple[str, ...], bool | None], ...] = (
    (r"(?:military\s+)?air\s*force\s+(?:base|station)|afb|naval\s+air\s+(?:base|station|facility)|air\s*base|"
     r"airbase|ab|air\s+station|marine\s+corps\s+air\s+(?:station|facility)|army\s+air\s*field|(?-i:AAF)|"
     r"military\s+air\s*(?:field|port|base)|air\s*field|aerodrome|airstrip|air\s+strip|drone\s+base|"
     r"helicopter\s+base", (_AIR,), True),
    (r"(?:international\s+|civil(?:ian)?\s+)?airport", (_AIR,), False),
    (r"naval\s+(?:base|station|facility|port|harbou?r|yard|dockyard|shipyard|support\s+(?:point|base|facility))|"
     r"navy\s+(?:base|yard)|"
     r"submarine\s+base|fleet\s+base|naval\s+logistics\s+(?:centre|center|facility)", (_NAVAL, _PORT), True),
    (r"ship\s*yard|dock\s*yard", (_NAVAL, _PORT), None),
    (r"ferry(?:\s+(?:crossing|terminal|port|line))?", (_CROSS, _PORT), None),  # "the Kerch ferry"
    # before "port": "San Ysidro port of entry" is a crossing
    (r"(?:land\s+)?port\s+of\s+entry|(?:border\s+)?(?:crossing(?:\s+point)?|check\s*point)|"
     r"border\s+(?:post|point|gate|station|control(?:\s+point)?|bridge)|customs\s+(?:post|point|checkpoint)",
     (_CROSS,), None),
    (r"(?:commercial\s+|cargo\s+|river\s+|grain\s+|oil\s+)?(?:sea\s*|free\s*)?port(?:\s+(?:city|town))?|harbou?r|(?:oil|grain|container|lng)\s+"
     r"terminal|docks", (_PORT, _NAVAL), None),
    # a power station is no railway's, a nuclear plant no range: an industrial site, kind plant (the acronyms in
    # capitals only: "NPP", "CHP", "TPP", "HPP", "GRES"; a number after one names which, so is left to the whole name)
    (r"(?:nuclear|atomic|thermal|coal[-\s]fired|gas[-\s]fired|hydro(?:[-\s]?electric)?|combined\s+heat\s+and|heat\s+"
     r"and)\s+power\s+(?:plant|station)|(?:nuclear|atomic|thermal|hydroelectric)\s+(?:plant|station)|"
     r"power\s+(?:plant|station)|(?-i:NPP|NPS|TPP|CHPP|CHP|HPP|PSPP|GRES|TETs|TES)", (_PLANT,), None),
    # a reactor, an enrichment, conversion or reprocessing site, a nuclear research centre: a plant (a nuclear test
    # site is a range, read below); "nuclear site/facility/complex" may be either, the plant first
    (r"(?:nuclear|atomic)\s+(?:research\s+)?(?:site|facility|facilities|complex|centre|center|installation)",
     (_PLANT, _RANGE), None),
    (r"(?:(?:uranium\s+)?(?:enrichment|conversion)|(?:nuclear\s+)?(?:fuel\s+)?reprocessing|heavy\s+water|nuclear\s+fuel)\s+"
     r"(?:site|facility|facilities|plant|complex|centre|center)|(?:nuclear|heavy\s+water|research)\s+reactor|"
     r"reactor|nuclear\s+plant", (_PLANT,), None),
    # before "station": a radar station is the forces' ("Armavir radar station")
    (r"(?:early\s+warning\s+)?radar(?:\s+(?:station|site|base|installation|facility))?", _ANY_BASE, True),
    # before "depot": a train depot is the railway's
    (r"(?:(?:rail(?:way)?|train|freight)\s+)?(?:station|junction)|(?:rail(?:way)?|freight)\s+(?:hub|yard|terminal|"
     r"depot)|marshalling\s+yard|hauptbahnhof|hbf|g[łl][óo]wny|glavn(?:y|yi|iy|ij|yy)|holovn(?:yi|yy|iy)|"
     r"sortirovochn(?:aya|aja|a)|tovarn(?:aya|aja|a)|passazhirsk(?:iy|y|ij)|pasazhyrsk(?:yi|yy|iy)|"
     r"central\s+(?:railway\s+|train\s+)?station", (_RAIL,), None),
    (r"(?:oil\s+)?refinery|(?:oil\s+)?pumping\s+station|fuel\s+(?:base|terminal)|(?:oil|gas|oil\s+and\s+gas|oil\s+processing)\s+"
     r"(?:facility|facilities|installation|plant|complex)", (_DEPOT,), None),
    # an arms or ammunition works is a plant (the data filed some as depots before they had the kind: a depot after)
    (r"(?:army\s+)?(?:ammunition|munitions?|ordnance|explosives?|gunpowder|powder|tank|missile|drone|aircraft|"
     r"aviation|arms|weapons?|military[-\s]industrial|military|defen[cs]e)\s+(?:plant|factory|factories|works)|"
     r"military[-\s]industrial\s+complex|arms\s+complex", (_PLANT, _DEPOT), True),
    (r"(?:army\s+|ammunition\s+|ammo\s+|arms\s+|weapons?\s+|munitions?\s+|missile\s+|fuel\s+|oil\s+)?"
     r"(?:depot|dump|store|storage(?:\s+(?:base|site|facility|depot))?|warehouse)s?|arsenal|storage\s+base|"
     r"logistics\s+(?:base|hub|centre|center)",
     (_DEPOT,), True),
    # any other works: a steel, chemical or machine-building plant, a factory (after the oil plants, which are depots)
    (r"(?:steel|iron\s+and\s+steel|steel\s+and\s+iron|coke|coke\s+and\s+chemical|chemical|machine[-\s]building|"
     r"engineering|engine|motor|metallurgical|industrial|iron)?\s*(?:plant|factory|works|steelworks|ironworks|mill)",
     (_PLANT,), None),
    # a site of weapons or military research the data have no kind for ("Masyaf weapons facility", "Jamraya military
    # research centre"; not a research centre alone, which says nothing of what is researched):
    # read as a range (as the data file such sites), so that with none by the town it falls back to the town, said so
    (r"(?:weapons?|arms|munitions?|missile|rocket|chemical(?:\s+weapons)?)\s+(?:facility|facilities|site|installation|"
     r"complex|production\s+(?:site|facility|plant))|(?:military|defen[cs]e)\s+research\s+(?:and\s+"
     r"development\s+)?(?:centre|center|facility|institute|site|establishment)", (_RANGE,), True),
    (r"(?:missile\s+|weapons?\s+|firing\s+|artillery\s+|test(?:ing)?\s+|training\s+)?range(?:\s+facility)?|"
     r"training\s+(?:ground|area|centre|center|camp)|proving\s+ground|(?:nuclear\s+|missile\s+)?"
     r"test(?:ing)?\s+(?:site|ground|centre|center)|polygon|(?:satellite\s+)?launch(?:ing)?\s+(?:site|pad|"
     r"ground|station|centre|center)|cosmodrome|spaceport|space\s+(?:centre|center|port)|"
     r"(?:military|defen[cs]e)\s+site", (_RANGE,), True),
    # a military complex is a range's, else a works' ("the Yarmouk military complex": the arms plant)
    (r"(?:military|defen[cs]e)\s+complex", (_RANGE, _PLANT), True),
    # barracks and a cantonment are troops' quarters, a military noun (a camp may be refugees' or prisoners'): "Kursk
    # barracks" is no reading of Kursk's nuclear power plant, a plant
    (r"(?:military\s+|army\s+)?(?:barracks|cantonment)", _CAMP_ONLY, True),
    # a camp after its name is a camp of troops, of refugees or of prisoners, never a field ("Kalma camp" in Darfur
    # is no Wonsan Kalma airport); "Camp X" before it may name a base that is one (Camp Anaconda at Balad)
    (r"(?:military\s+|army\s+|training\s+|refugee\s+|displacement\s+|idp\s+|detention\s+|prison\s+)?"
     r"(?:camp|fort|fortress)", _CAMP_ONLY, None),
    (r"(?:military\s+|army\s+|training\s+|missile\s+(?:defen[cs]e\s+)?|(?:air\s+)?defen[cs]e\s+)?"
     r"(?:base|garrison|outpost)|(?:military\s+|army\s+|force\s+|mission\s+)?(?:headquarters|hq)|"
     r"military\s+(?:installation|facility|town|compound)", _ANY_BASE, True),
    # last, after "X rail terminal", "X oil terminal", "X fuel terminal": a terminal alone is a port's ("Es Sider
    # terminal") or an airport's; a bus, coach or lorry terminal is neither
    (r"(?<!bus\s)(?<!coach\s)(?<!truck\s)(?<!lorry\s)terminal", (_PORT, _AIR, _NAVAL), None),
)

#: Nouns before a name that are part of the facility's own name ("Camp Lemonnier", "Fort Bragg", "Naval Base
#: Guam", "RAF Lakenheath", "MCAS Iwakuni"): the name after them is no town to fall back to ("Camp David" is not
#: David, Panama). Acronyms count only in capitals ("NAS Sigonella", not "Nas").
_NAMED_NAVAL = (r"naval\s+base|naval\s+station|naval\s+support\s+(?:activity|facility)|(?-i:NSA|NSF|HMNB)|"
                r"h(?:er|is)\s+majesty['’]?s\s+naval\s+base|base\s+naval|base\s+navale")
_NAMED_AIR = (r"(?-i:RAF|RAAF|RNZAF|RCAF|RMAF|RSAF|RTAF|PAF|JASDF|ROKAF)(?:\s+(?:air\s+)?(?:base|station))?|"
              r"(?-i:RNAS|MCAS|NAS|NAF|JB|JBSA)|air\s+base|base\s+a[ée]rienne|base\s+a[ée]rea|"
              r"marine\s+corps\s+air\s+station|naval\s+air\s+(?:station|facility)|joint\s+base|"
              r"air\s+force\s+(?:base|station)")
_NAMED_BASE = r"camp|fort|forward\s+operating\s+base|(?-i:FOB|MCB|USAG|CFB)|marine\s+corps\s+base"
#: A navy's shore establishments bear a ship's name after its prefix ("HMAS Stirling", "INS Kadamba", "PNS Jinnah"):
#: a naval base, an air station ("HMAS Albatross") or a school; capitals only ("Ins" is no navy).
#: "завод X", with an adjective before it that says what sort or where ("оборонный завод", "Прибалтийский завод
#: Янтарь"), not any word: the name is the works'
_NAMED_WORKS = (r"(?:\w+(?:ий|ый|ой|ій|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ым|им|ім|ої|ою|ої)\s+)?завод\w*")
_NAMED_SHORE = r"(?-i:HMAS|HMNZS|HMCS|INS|PNS|KD|RSS|BNS|SLNS)"

#: Russian and Ukrainian words before "полигон"/"полігон" that say what sort of range it is, not whose ("военный",
#: "учебный", "общевойсковой", "артиллерийский", "танковый", "испытательный"; "військовий", "навчальний"; Belarusian
#: "вайсковы" ...), in any
#: case: the name after the noun is the range's.
_RANGE_ADJ = (r"(?:военн|військов|вайсков|учебн|навчальн|вучэбн|общевойсков|загальновійськов|агульнавайсков|"
              r"артиллерийск|артилерійськ|танков|"
              r"ракетн|испытательн|випробувальн|стрелков|стрілецьк|авиационн|авіаційн|морськ|морск)\w*\s+")

#: Facility nouns written before the name ("the port of Vostochny", "Camp Lemonnier", "авиабаза Хмеймим").
_PREFIXES: tuple[tuple[str, tuple[str, ...], bool | None], ...] = (
    (r"(?:the\s+)?(?:sea\s*|free\s*)?port\s+(?:city\s+)?of(?!\s+entry\b)|(?:the\s+)?harbou?r\s+of", (_PORT, _NAVAL), None),
    (r"(?:the\s+)?naval\s+base\s+(?:of|at)", (_NAVAL, _PORT), True),
    # names of a base that begin with what it is ("Naval Station Norfolk", "MCAS Iwakuni", "HMNB Devonport")
    (_NAMED_NAVAL, (_NAVAL, _PORT), True),
    (r"(?:the\s+)?(?:air\s*base|airfield)\s+(?:of|at)", (_AIR,), True),
    (_NAMED_AIR, (_AIR,), True),
    (r"(?:the\s+)?airport\s+of", (_AIR,), False),
    (_NAMED_BASE, _ANY_BASE, True),
    (_NAMED_SHORE, (_NAVAL, _PORT, _AIR, _CAMP), True),
    (r"(?:the\s+)?garrison\s+(?:of|at)|(?:the\s+)?(?:russian\s+)?military\s+base(?:\s+(?:of|at))?|"
     r"(?:the\s+)?base\s+(?:of|at)",
     _ANY_BASE, True),
    (r"(?:the\s+)?(?:border\s+)?crossing\s+(?:of|at)|(?:the\s+)?checkpoint\s+(?:of|at)", (_CROSS,), None),
    (r"(?:the\s+)?(?:railway\s+|rail\s+)?(?:station|junction)\s+(?:of|at)", (_RAIL,), None),
    (r"(?:the\s+)?(?:test\s+|firing\s+)?range\s+(?:of|at)|(?:the\s+)?training\s+ground\s+(?:of|at)", (_RANGE,), True),
    # Russian and Ukrainian, the noun in any case ("на аэродроме Бельбек", "аеродромі Бельбек", "в порту
    # Новороссийск"; the name after it stays in the nominative) and a preposition before it (see _PREFIX_RE)
    (r"(?:военн|військов)\w+\s+(?:аэродром|аеродром)\w*|аэродром\w*|аеродром\w*|авиабаз\w+|авіабаз\w+|"
     r"(?:авиационн|авіаційн)\w+\s+баз\w+", (_AIR,), True),
    (r"аэропорт\w*|аеропорт\w*", (_AIR,), False),
    # "база (атомных) подводных лодок Гаджиево", "база підводних човнів": a submarine base
    (r"(?:военно|військово)[-\s]морс?\w+\s+баз\w+|баз\w+\s+(?:флота|вмф|вмс|чф)|"
     r"баз\w+\s+(?:атомн\w+\s+)?(?:подводн\w+\s+лод\w+|підводн\w+\s+човн\w+|апл|пл)|пункт\w*\s+базирования|"
     r"пункт\w*\s+(?:материально[-\s]технического\s+)?обеспечения|судостроительн\w+\s+завод\w*|верф\w*|"
     r"судоверф\w*", (_NAVAL, _PORT), True),
    (r"(?:(?:морск|морськ|речн|річков|торгов|торговельн)\w+\s+)?(?:порт(?:а|у|е|і|ом)?|гавань|гавані|гавани|гаванью)",
     (_PORT, _NAVAL), None),
    (r"нефтебаз\w+|нафтобаз\w+|нефтеперерабатывающ\w+\s+завод\w*|нпз|склад\w*\s+(?:гсм|топлива|пального)",
     (_DEPOT,), None),
    (r"арсенал\w*|склад\w*\s+(?:боеприпасов|боєприпасів)|склад(?:а|е|і|ом|у)?", (_DEPOT,), True),
    # a works ("на заводе Антонов", "оборонный завод Мотор Сич"; a shipyard's and a refinery's are read above): the
    # name after it is the works' own, or the person it is named for ("завод Малышева", "завод имени Малышева"),
    # never a town's, so a works the data do not hold is no reading of a town (:data:`_NAMING_PREFIXES`)
    (_NAMED_WORKS, (_PLANT,), None),
    # a power station ("электростанция ...")
    (r"(?:(?:атомн|теплов|гидро|гідро)\w*\s+)?(?:электростанци|електростанці)\w*", (_PLANT,), None),
    # a word saying what sort of range before the noun ("военный полигон Десна", "загальновійськовий полігон")
    (r"(?:%s)?(?:полигон\w*|полігон\w*|палігон\w*)|космодром\w*|(?:учебн|навчальн)\w+\s+центр\w*" % _RANGE_ADJ,
     (_RANGE,), True),
    (r"(?:(?:пограничн|прикордонн)\w+\s+)?(?:кпп|пункт\w*\s+пропуск\w*|погранпереход\w*|"
     r"пункт\w*\s+(?:пересечения|перетину))", (_CROSS,), None),
    (r"(?:(?:железнодорожн|залізничн|узлов|вузлов|сортировочн|сортувальн)\w+\s+|ж/д\s+)?(?:станци\w+|станці\w+)|"
     r"(?:(?:железнодорожн|залізничн)\w+\s+|ж/д\s+)?(?:узел|узла|узле|узлом|вузол|вузла|вузлі|вузлом|вокзал\w*)",
     (_RAIL,), None),
    (r"(?:(?:военн|військов)\w+\s+)?баз(?:а|ы|е|у|ой|і|ою)|(?:военн\w+\s+)?гарнизон\w*|гарнізон\w*|лагер[ьяеюі]\w*|"
     r"таб(?:ір|ора|орі|ором)|военн\w+\s+городк?\w*|військов\w+\s+містечк\w+", _ANY_BASE, True),
    # Arabic
    (r"قاعدة", _ANY_BASE, True),
    (r"مطار", (_AIR,), None),
    (r"ميناء|مرفأ", (_PORT, _NAVAL), None),
    (r"معبر", (_CROSS,), None),
)

#: Arabic adjectives after a base's name: "قاعدة حميميم الجوية" (air base), "... البحرية" (naval base).
_AR_AIR = re.compile(r"\s+(?:الجوية|العسكري|العسكرية)$")
_AR_NAVAL = re.compile(r"\s+البحرية$")

_NAMING_PREFIXES = frozenset({_NAMED_NAVAL, _NAMED_AIR, _NAMED_BASE, _NAMED_SHORE, _NAMED_WORKS})

#: Where the bases a national prefix names lie: the country, and for Britain its overseas territories and sovereign
#: base areas (RAF Mount Pleasant in the Falklands, RAF Akrotiri in Cyprus, HMNB Gibraltar). The US prefixes (NAS,
#: MCAS, NSA ...) name bases the world over (NAS Sigonella, MCAS Iwakuni), and so say nothing.
_UK = ("GB", "FK", "GI", "CY", "IO", "SH", "AC", "BM", "KY", "VG", "AI", "MS", "TC", "PN", "GS", "IM", "JE", "GG")
PREFIX_COUNTRIES = {"RAF": _UK, "RNAS": _UK, "HMNB": _UK, "RAAF": ("AU",), "HMAS": ("AU",), "RNZAF": ("NZ",),
                    "HMNZS": ("NZ",), "RCAF": ("CA",), "CFB": ("CA",), "HMCS": ("CA",), "RMAF": ("MY",), "KD": ("MY",),
                    "RSAF": ("SG", "SA"), "RSS": ("SG",), "RTAF": ("TH",), "PAF": ("PK", "PH"), "PNS": ("PK",),
                    "JASDF": ("JP",), "ROKAF": ("KR",), "INS": ("IN",), "BNS": ("BD",), "SLNS": ("LK",)}

_SUFFIX_RE = [(re.compile(r"^(?P<core>.+?)(?:['’]s)?(?:\s+|\s*-\s*)(?:%s)$" % p, re.I), k, m) for p, k, m in _SUFFIXES]
#: The same with an organisation's acronym between the name and the noun, in news ("Naqoura UNIFIL headquarters",
#: "Incirlik NATO air base"); not in the data's own names ("Linkoping SAAB Airport", "Gustaf III Airport").
_SUFFIX_ACRONYM_RE = [(re.compile(r"^(?P<core>.+?)\s+(?P<acr>(?-i:(?![IVXLC]+\b)[A-Z]{3,6}))\s+(?:%s)$" % p, re.I), k, m)
                      for p, k, m in _SUFFIXES]
#: Capitalised words of the nouns themselves, never an organisation's acronym ("Kursk NAVAL base").
_NOT_ACRONYMS = frozenset("air navy army border oil fuel rail sea base port camp".split())
#: A Russian or Ukrainian preposition before a facility noun ("на аэродроме Бельбек", "в порту Новороссийск").
_RU_PREP = r"(?:на|в|во|у|з|с|со|из|із|до|под|під|біля|возле|около|поблизу)\s+"
_PREFIX_RE = [(re.compile(r"^(?:the\s+|%s)?(?:%s)\s+(?P<core>.+)$" % (_RU_PREP, p), re.I), k, m,
               p in _NAMING_PREFIXES)
              for p, k, m in _PREFIXES]
#: A suffix noun followed by a place: "the Russian naval base at Tartus", "a US base in Syria", "the air base near
#: Kursk", "the naval aviation airfield at Yeysk" (one word before the noun may say whose it is, or two in lower case
#: what it is). The place after it is a name: a capital, or an Arabic article first ("al-Qaim"; "port of entry" and
#: "Port of Entry" name no place).
_NOUN_AT_RE = [(re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:[\w.-]+|(?-i:[a-z])[\w.-]*\s+(?-i:[a-z])[\w.-]*)\s+)?"
                           r"(?:%s)\s+(?:in|at|near|outside|of)\s+(?P<core>(?!entry$)(?-i:[A-Z]|(?:al|el|ad|ar|as|ash|at|"
                           r"az|an|ed|es|et)-).*)$" % p, re.I), k, m)
               for p, k, m in _SUFFIXES]
_AT_WORD = re.compile(r"\s(?:in|at|near|outside|of)\s", re.I)
#: Russian and Ukrainian: a facility noun, then "in/near" and the town in the locative ("нефтебаза в Клинцах").
_RU_AT = re.compile(r"^(?P<noun>.+?)\s+(?:в|во|у|под|возле|около|близ|біля|поблизу|під|поряд\s+з)\s+(?P<core>\S.*)$",
                    re.I)
_NUMBER_AFTER = re.compile(r"^(?P<text>.+?)\s+(?:no\.?\s*)?(?P<n>\d{1,3})$", re.I)  # "Niamey Air Base 101"
_NUMBERED = re.compile(r"^(?P<core>.+?)[\s-]+(?P<n>\d{1,2})$")  # "Engels-2", "Soltsy-2", "Severomorsk-1"
_THE = re.compile(r"^the\s+", re.I)
#: A unit's number before the noun ("102nd military base Gyumri", "the 201st base"), which names no place.
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\s+(?=\D)", re.I)
#: A numbered base in Russian or Ukrainian ("201-я российская военная база", "102-я военная база", "4-я гвардейская
#: военная база", "102-га російська військова база", "7-ї військової бази"; a place may follow) or in English with whose it is between the
#: number and the noun ("the 201st Russian military base", "102nd Russian base"): read as the English ordinal and
#: noun ("201st military base"), as the data name such bases.
_SLAVIC_NUMBERED = re.compile(
    r"^(?P<n>\d{1,3})\s*-?\s*(?:я|ая|й|ой|ий|а|га|ша|тя|та|ма|ї|ої)\s+(?:(?:российск|русск|російськ)\w*\s+)?"
    r"(?:(?:гвардейск|гвардійськ|краснознам[её]нн|червонопрапорн)\w*\s+)*(?:(?:военн|військов)\w*\s+)?баз(?:а|ы|е|у|ой|і|ою|и)"
    r"(?:\s+(?P<rest>\S.*))?$", re.I)
_EN_NUMBERED = re.compile(r"^(?P<n>\d{1,3}(?:st|nd|rd|th))\s+(?:russian|russia['’]s|guards)\s+(?:(?:guards|military)\s+)*"
                          r"(?P<noun>military\s+base|base)$", re.I)


def _ordinal(n: int) -> str:
    """*n* as an English ordinal ("201st", "102nd", "4th", "13th")."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def numbered_base(text: str) -> str | None:
    """A numbered base as the data name it ("201st military base"), or None when *text* is no numbered base.

    >>> numbered_base("201-я российская военная база"), numbered_base("102-га російська військова база")
    ('201st military base', '102nd military base')
    >>> numbered_base("the 4th Russian military base"), numbered_base("201-я школа")
    ('4th military base', None)
    """
    t = _THE.sub("", " ".join(text.split()))
    m = _SLAVIC_NUMBERED.match(t)
    if m:  # the place after it stays, for the noun to be read with ("... база Гюмри": Gyumri's military base)
        return f"{_ordinal(int(m.group('n')))} military base" + (f" {m.group('rest')}" if m.group("rest") else "")
    m = _EN_NUMBERED.match(t)
    if m:
        return f"{m.group('n').lower()} military base"
    return None


#: A base's number between a naming noun and its town ("Air Base 101 Niamey", "Base Aérienne 172 N'Djamena").
_NUMBER_BEFORE = re.compile(r"^(?:no\.?\s*)?\d{1,3}\s+(?=\D)", re.I)


@dataclass(frozen=True)
class FacilityForm:
    """A name read as a facility: the place name inside it, the kinds the noun allows, whether the noun is
    military (True), civil (False) or silent (None), the noun as written, and whether the noun is part of the
    facility's own name ("Camp Lemonnier": *named*; then the name after it is no town's)."""

    core: str
    kinds: tuple[str, ...]
    military: bool | None
    noun: str
    named: bool = False
    #: the countries whose forces a naming prefix says the base is of ("RAF Mount Pleasant": the UK's, its
    #: territories' and its sovereign bases'); () when it does not say
    countries: tuple[str, ...] = ()
    #: the noun as written when *noun* is only the kind's word ("ТЭЦ" of "Курская ТЭЦ", read as a "plant"), which
    #: says what sort of plant (:func:`plant_sorts`); "" when *noun* is as written
    said: str = ""

    @property
    def generic_base(self) -> bool:
        """Whether the noun says only "a base" ("Camp X", "X garrison", "X army base"): such a base is a camp, a
        range, a naval base or a military field, never an airport that is only an airport (Camp Red Cloud is no
        Red Cloud Municipal Airport)."""
        return self.kinds == _ANY_BASE

    @property
    def whole(self) -> str:
        """The name with a naming noun before it, as the base's own name ("Fort Polk"), else the core."""
        return f"{self.noun} {self.core}" if self.named else self.core


def split(text: str) -> FacilityForm | None:
    """The facility reading of *text*, or None when it carries no facility noun.

    >>> split("the Tikhoretsk ammunition depot")
    FacilityForm(core='Tikhoretsk', kinds=('depot',), military=True, noun='ammunition depot', named=False, countries=(), said='')
    >>> split("the port of Vostochny").core, split("Camp Lemonnier").kinds
    ('Vostochny', ('camp', 'airbase', 'naval-base', 'range'))
    >>> split("Engels air base in Saratov region").core, split("the Russian naval base at Tartus").core
    ('Saratov region', 'Tartus')
    >>> split("нефтебаза в Клинцах").core, split("Niamey Air Base 101").core
    ('Клинцах', 'Niamey')
    >>> split("Engels-2").core, split("Kursk") is None
    ('Engels-2', True)
    >>> split("Kulbakino airfeild").noun, split("Sevastopol navel base").core  # a noun one edit off
    ('airfield', 'Sevastopol')
    """
    form = _split(text, acronyms=True)
    if form is None:
        form = _split_noun_typo(text)
    else:
        last = form.core.rsplit(" ", 1)[-1]
        if " " in form.core and not form.named and last.islower() and len(last) >= 5 and last not in _NOUN_WORDS:
            form = _split_noun_typo(text) or form  # "Sevastopol navel base": a naval base, not a base of "... navel"
        form = _without_descriptors(form)
    if form is not None and not form.named and normalize(form.core) in _PLANT_WORDS and _PLANT_END.search(text):
        return None  # "power station", "the chemical plant": a plant's noun alone
    return form



#: A naming noun with no name after it ("Air Force Base", "Marine Corps Air Station", "Naval Station"), capitalised as
#: part of a name: what a reader leaves of a name printed noun first ("Air Force Base Waterkloof" cut to its noun).
#: It names no facility and is no alias of one (it had been Hoedspruit Air Force Base). A word alone may be a town's
#: name or a code ("Camp", "Fort", "AB"), and is left to the geocoder.
_NOUN_ONLY = re.compile(r"^(?:the\s+)?(?=(?-i:[A-Z]))(?:%s|%s|%s|%s)$" % (_NAMED_AIR, _NAMED_NAVAL, _NAMED_BASE, _SUFFIXES[0][0]),
                        re.I)


def noun_only(text: str) -> bool:
    """Whether *text* is an English naming noun of a facility, capitalised, with no name to it.

    >>> noun_only("Air Force Base"), noun_only("the Naval Air Station"), noun_only("Waterkloof Air Force Base")
    (True, True, False)
    >>> noun_only("the air base")  # a noun in lower case refers back to a base named before
    False
    """
    text = " ".join(text.split())
    return " " in _THE.sub("", text) and bool(_NOUN_ONLY.match(text))  # not "Camp", "Fort", "AB" (Alberta)


_PLANT_END = re.compile(r"(?:plant|station|works|factory|mill)s?$", re.I)

#: What a plant's noun or name says it makes, by the words saying so (a word's start, in any case): a nuclear site,
#: a thermal or hydro power station, a steel or coke works, a chemical works, or an arms works (arms, ammunition,
#: tanks, aircraft, missiles, drones, engines, machine-building: the defence industry news names). "power" alone
#: says either of the first two. The heads ("plant", "works", "factory", "station", "завод") say nothing.
_PLANT_SORTS = tuple((sort, re.compile(r"(?<!\w)(?:%s)" % p, re.I)) for sort, p in (
    ("nuclear", r"nuclear|atomic|reactor|enrichment|reprocessing|heavy\s+water|uranium|npp|nps|аэс|аес|атомн"),
    ("thermal", r"thermal|coal|gas[-\s]fired|hydro|heat|tpp|chpp?|hpp|pspp|gres|tets|tes\b|тэц|тец|тэс|тес|грэс|гэс|"
                r"гес|теплов|гидро|гідро"),
    ("power", r"power|electric|generating|электростанц|електростанц"),
    ("metal", r"steel|iron|coke|metallurg|металлург|металург|стал|коксо|кокс"),
    ("chemical", r"chemical|azot|хими|хімі|азот"),
    ("arms", r"ammunition|munition|ordnance|explosive|gunpowder|powder|tanks?\b|missile|rocket|drone|aircraft|aviation|"
             r"arms\b|weapon|military|defen[cs]e|engine|motor|machine|оруж|зброй|танк|бронетанк|авиац|авіац|порох|"
             r"боеприпас|боєприпас|ракет|оборон|машиностро|машинобуд|мотор|снаряд|патрон"),
))


def plant_sorts(text: str) -> frozenset[str]:
    """The sorts of plant *text* (a noun or a plant's name) says it is, by :data:`_PLANT_SORTS`: empty for a head
    alone ("plant", "завод"), which names no sort.

    >>> sorted(plant_sorts("ammunition plant")), sorted(plant_sorts("power plant")), plant_sorts("завод")
    (['arms'], ['nuclear', 'thermal'], frozenset())
    >>> sorted(plant_sorts("Kursk Nuclear Power Plant")), sorted(plant_sorts("ТЭЦ"))
    (['nuclear'], ['thermal'])
    """
    found = {sort for sort, rx in _PLANT_SORTS if rx.search(text)}
    if "power" in found:
        found.discard("power")
        if not found & {"nuclear", "thermal"}:
            found |= {"nuclear", "thermal"}
    return frozenset(found)


#: Words that describe a facility between its name and its noun ("the Yavoriv military training ground", "Morozovsk
#: bomber base", "Engels strategic airfield"), in lower case; a word of a facility's own name stays ("Enguri bridge").
_DESCRIPTORS = frozenset("military army strategic bomber bombers drone drones fighter fighters helicopter aviation naval "
                         "main former old new secret key major large huge giant vast sprawling largest big forward "
                         "frontline rear tactical combat attack missile rocket artillery air defence defense aerospace "
                         "nuclear navy marine special mobile temporary permanent underground".split())


def _without_descriptors(form: FacilityForm) -> FacilityForm:
    """*form* with the describing words (:data:`_DESCRIPTORS`) that end its name moved to its noun: they describe the
    facility, they do not name it."""
    words = form.core.split(" ")
    if form.named or len(words) < 2 or not form.core.isascii() or not form.core[:1].isupper():
        return form
    n = len(words)
    while n > 1 and words[n - 1] in _DESCRIPTORS:
        n -= 1
    if n == len(words) or not _plausible(" ".join(words[:n])):
        return form
    return dataclasses.replace(form, core=" ".join(words[:n]), noun=" ".join(words[n:] + [form.noun]).lower())


def _split(text: str, acronyms: bool = False) -> FacilityForm | None:
    """:func:`split` as written, no typo read; *acronyms*: an acronym may stand before the noun (news, not data)."""
    t = _THE.sub("", " ".join(text.split()))
    t = numbered_base(t) or t  # "201-я российская военная база": the 201st military base
    form = _split_text(t, acronyms)
    if form is None and _ORDINAL.match(t):  # "102nd military base Gyumri"; "102nd Military Base" is its own name
        form = _split_text(_ORDINAL.sub("", t), acronyms)
    return form


def _split_text(t: str, acronyms: bool) -> FacilityForm | None:
    m = None if t.isascii() else _RU_AT.match(t)
    if m:
        form = _split(m.group("noun") + " " + m.group("core"), acronyms)
        if form is not None and form.noun:
            return form
    for rx, kinds, military in _NOUN_AT_RE if _AT_WORD.search(t) else ():
        m = rx.match(t)
        if m and _plausible(m.group("core")):
            return FacilityForm(m.group("core").strip(), kinds, military, t[: m.start("core")].strip().lower())
    for rx, kinds, military, named in _PREFIX_RE:
        m = rx.match(t)
        if m and _plausible(m.group("core")):
            core = m.group("core")
            if _NUMBER_BEFORE.match(core) and _plausible(_NUMBER_BEFORE.sub("", core)):
                core = _NUMBER_BEFORE.sub("", core)  # "Air Base 101 Niamey": Niamey's
            if named:  # "JASDF Naha Air Base": the noun after the name says it again
                for srx, skinds, _m in _SUFFIX_RE:
                    sm = srx.match(core)
                    if sm and set(skinds) & set(kinds) and _plausible(sm.group("core")):
                        core = sm.group("core")
                        break
            if "مطار" in t[: m.start("core")] and _AR_AIR.search(core):  # "مطار المزة العسكري": military airport
                core, military = _AR_AIR.sub("", core), True
            if "قاعدة" in t[: m.start("core")]:
                if _AR_AIR.search(core):
                    core, kinds, military = _AR_AIR.sub("", core), (_AIR,), True
                elif _AR_NAVAL.search(core):
                    core, kinds, military = _AR_NAVAL.sub("", core), (_NAVAL,), True
            head = t[: m.start("core")].strip()
            return FacilityForm(core.strip(), kinds, military, head.lower(), named,
                                PREFIX_COUNTRIES.get(head.split(" ", 1)[0], ()) if named else ())
    for rx, kinds, military in (_SUFFIX_ACRONYM_RE if acronyms else []) + _SUFFIX_RE:
        m = rx.match(t)
        if m and "acr" in rx.groupindex and _not_an_acronym(m.group("acr"), t):
            continue
        if m and _plausible(m.group("core")):
            return FacilityForm(m.group("core").strip(" ,"), kinds, military, t[m.end("core"):].strip(" -").lower())
    m = _NUMBERED.match(t)
    if m and _plausible(m.group("core")) and not m.group("core")[-1:].isdigit() and not _acronym_numbered(m, t):
        return FacilityForm(t, (_AIR,), True, "")  # the number is part of the name: "Severomorsk-1", not -3
    m = _NUMBER_AFTER.match(t)
    if m:  # "Niamey Air Base 101": the base of Niamey, numbered
        form = _split(m.group("text"), acronyms)
        if form is not None and form.noun and not form.named:
            return form
    return None


def _acronym_numbered(m: re.Match, text: str) -> bool:
    """Whether a numbered *text* ends in an acronym's number ("Kyiv CHP-5", "Kharkiv TPP-5": a plant's), not an
    airfield's ("Engels-2"); in a text all in capitals ("ENGELS-2") capitals tell nothing."""
    last = m.group("core").rsplit(" ", 1)[-1]
    return len(last) >= 2 and last.isalpha() and last.isupper() and not text.isupper()


def _not_an_acronym(word: str, text: str) -> bool:
    """Whether capitals *word* before a noun of *text* are no organisation's acronym: a word of the noun or a
    describing word in capitals ("Kursk NAVAL base"), or any word when the whole text is in capitals ("KURSK
    NAVAL BASE", where capitals tell nothing)."""
    low = word.lower()
    return text.isupper() or low in _NOT_ACRONYMS or low in _NOUN_WORDS or low in _DESCRIPTORS


#: The words of the facility nouns of five letters or more, which a typo of one edit may be read as ("airfeild",
#: "navel base", "trainig ground", "chekpoint").
_NOUN_WORDS = tuple(sorted(set(
    "airfield aerodrome airbase airport airstrip naval harbour harbor shipyard dockyard seaport terminal crossing "
    "checkpoint border station junction depot arsenal ammunition munitions storage warehouse refinery training "
    "ground polygon cosmodrome spaceport launch garrison barracks headquarters military field facility range "
    "proving testing railway".split())))


def _split_noun_typo(text: str) -> FacilityForm | None:
    """The facility reading of *text* with one word read as the facility noun it misspells by one edit (a swap of two
    letters counting as one): "Kulbakino airfeild", "Sevastopol navel base". The word must have five letters or more,
    be in lower case (a typo of news copy is in running text; a capitalised word is a name's: "La Grange", "Port
    Orange" are towns, not ranges) and end up in the noun, not in the name; a name's own words are left alone."""
    t = " ".join(text.split())
    if not t.isascii():
        return None
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    words = t.split(" ")
    for i, w in enumerate(words):
        low = w.lower()
        if len(low) < 5 or not low.isalpha() or low in _NOUN_WORDS or not w.islower():
            continue
        hits = [h for h, d, _ in extract(low, _NOUN_WORDS, scorer=OSA.distance, score_cutoff=1, limit=3)]
        if len(hits) != 1:
            continue
        fixed = " ".join(words[:i] + [hits[0]] + words[i + 1:])
        form = _split(fixed, acronyms=True)
        if form is not None and hits[0] in form.noun.split():
            return form
    return None


#: Russian and Ukrainian facility nouns after an adjective of their town ("Энгельсский аэродром", "Моздокского
#: полигона", "Севастопольская военно-морская база", "Миргородському аеродромі"), in any case: pattern -> (kinds,
#: military?), as in :data:`_SUFFIXES`. A word saying the place is military may stand between ("военный").
_ADJ_NOUNS: tuple[tuple[str, tuple[str, ...], bool | None], ...] = (
    (r"(?:аэродром|аеродром|авиабаз|авіабаз|авиаци\w+\s+баз|авіаці\w+\s+баз|вертодром)\w*", (_AIR,), True),
    (r"(?:аэропорт|аеропорт)\w*", (_AIR,), False),
    (r"(?:военно|військово)[-\s]морс?\w+\s+баз\w*|(?:подводн|підводн)\w+\s+баз\w*|(?:судоверф|верф)\w*|"
     r"(?:судостроительн|суднобудівн)\w+\s+завод\w*", (_NAVAL, _PORT), True),
    (r"(?:(?:морск|морськ|речн|річков|торгов|торговельн)\w+\s+)?(?:порт|порту|порта|порте|портом|порті|гавань|гавані)",
     (_PORT, _NAVAL), None),
    (r"(?:нефтебаз|нафтобаз|нпз|нефтеперерабатывающ\w+\s+завод|нафтопереробн\w+\s+завод)\w*", (_DEPOT,), None),
    (r"(?:арсенал|склад\w*\s+(?:боеприпас|боєприпас|ракетн|вооружени|озброєнн))\w*", (_DEPOT,), True),
    # a nuclear, thermal or hydro power station ("Запорожская АЭС", "Бурштинська ТЕС", "Каховская ГЭС") or a works
    # ("Брянский химический завод": one word may say what it makes)
    (r"(?:аэс|аес|тэц|тец|тэс|тес|грэс|гэс|гес|(?:(?:атомн|теплов|гидро|гідро)\w*\s+)?(?:электростанци|електростанці)\w*)|"
     r"(?:\w+\s+)?завод\w*", (_PLANT,), None),
    (r"(?:полигон|полігон|космодром|(?:учебн|навчальн)\w+\s+центр)\w*", (_RANGE,), True),
    (r"(?:пункт\w*\s+пропуск\w*|кпп|погранпереход\w*)", (_CROSS,), None),
    (r"(?:(?:железнодорожн|залізничн)\w+\s+)?(?:узел|узла|узле|узлом|вузол|вузла|вузлі|вузлом|станци\w+|станці\w+|"
     r"вокзал\w*)", (_RAIL,), None),
    (r"(?:гарнизон|гарнізон|(?:военн|військов)\w+\s+баз|ракетн\w+\s+баз)\w*", _ANY_BASE, True),
)
#: The noun a note prints for a facility of a kind ("no range of 'Mozdok'"), also for one read from another language.
KIND_NOUNS = {_AIR: "air base", _NAVAL: "naval base", _PORT: "port", _DEPOT: "depot", _RANGE: "range",
              _CROSS: "crossing", _RAIL: "station", _CAMP: "base", _PLANT: "plant"}
_ADJ_RE = [(re.compile(r"^(?P<adj>[^\W\d_][\w'’ʼ-]*?(?:ск|цк|зк|ськ|цьк|зьк))(?P<end>ий|ый|ой|ая|ое|ого|ому|ом|ым|им|ую|ие|"
                       r"их|ыми|ими|ій|ім|і|а|е|у|ої|ою|ій)(?:\s+(?:военн|військов)\w*)?\s+(?:%s)$" % p, re.I), k, m)
           for p, k, m in _ADJ_NOUNS]


def adjective_split(text: str) -> tuple[str, FacilityForm] | None:
    """A Russian or Ukrainian facility named by its town's adjective: (the adjective's masculine nominative, the
    form with that lemma as its core), or None. The towns the adjective may come from are
    :func:`geo.extract.slavic.recognize.town_keys`'s ("энгельсский": Энгельс; "ейский": Ейск).

    >>> adjective_split("Энгельсского аэродрома")[0], adjective_split("Севастопольская военно-морская база")[1].kinds
    ('энгельсский', ('naval-base', 'port'))
    >>> adjective_split("Миргородському аеродромі")[0], adjective_split("Курская область")
    ('миргородський', None)
    """
    t = " ".join(text.split())
    if t.isascii():
        return None
    for rx, kinds, military in _ADJ_RE:
        m = rx.match(t)
        if m:
            lemma = m.group("adj").lower().replace("ё", "е") + "ий"  # "энгельсск" + "ий", "миргородськ" + "ий"
            return lemma, FacilityForm(lemma, kinds, military, KIND_NOUNS[kinds[0]],
                                       said=t[m.end("end"):].strip().lower())
    return None


def variants(core: str) -> list[str]:
    """The names to look a facility up by, best first: the name, then without its number ("Engels-2", "Engels").

    >>> variants("Engels-2"), variants("Kursk")
    (['Engels-2', 'Engels'], ['Kursk'])
    """
    m = _NUMBERED.match(core)
    return [core, m.group("core")] if m and not m.group("core")[-1:].isdigit() else [core]


#: Russian and Ukrainian case endings of a town's name after a preposition ("в Клинцах", "под Торопцом", "в
#: Энгельсе", "біля Миргорода"), and the endings of the name itself they may come from, likeliest first.
_CASE_ENDINGS = (("цах", ("цы",)), ("ках", ("ки",)), ("ах", ("ы", "и", "а")), ("ях", ("и", "я")), ("це", ("ец",)),
                 ("цом", ("ец",)), ("ске", ("ск",)), ("ском", ("ск",)), ("ську", ("ськ",)), ("ові", ("ів", "")),
                 ("ом", ("", "о")), ("ем", ("ь", "й", "е")), ("ой", ("ая", "а")), ("ою", ("а",)), ("ей", ("ь",)),
                 ("е", ("", "а", "ь", "о")), ("і", ("", "а", "ь")), ("и", ("ь", "а", "я", "")), ("у", ("", "а")),
                 ("а", ("",)), ("я", ("ь", "й")), ("ї", ("я",)))


def nominatives(core: str) -> list[str]:
    """The names a Russian or Ukrainian town name in another case may come from (the last word changed).

    >>> nominatives("Клинцах"), nominatives("Торопцом")[:1], nominatives("Kursk")
    (['Клинцы'], ['Торопец'], [])
    """
    head, _, last = core.rpartition(" ")
    if last.isascii() or len(last) < 4:
        return []
    low = last.lower()
    out: list[str] = []
    for end, subs in _CASE_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = last[: len(last) - len(end)]
            for sub in subs:
                noun = stem + sub
                # the adjectives before a feminine noun agree with it: "Северной Кореи" is Северная Корея
                adjs = _feminine_nominative(head) if head and noun[-1:] in ("а", "я") else head
                out += [(adjs + " " if adjs else "") + noun]
            break
    return out


#: Feminine adjective endings of the oblique cases -> the nominative's (Russian, then Ukrainian).
_FEM_ADJ = (("ой", "ая"), ("ей", "яя"), ("ою", "ая"), ("ую", "ая"), ("ої", "а"), ("ій", "а"), ("ьої", "я"))


def _feminine_nominative(head: str) -> str:
    """The words before a feminine noun, each adjective in the nominative ("Северной" -> "Северная").

    >>> _feminine_nominative("Северной"), _feminine_nominative("Північної")
    ('Северная', 'Північна')
    """
    out = []
    for w in head.split(" "):
        low = w.lower()
        for end, nom in sorted(_FEM_ADJ, key=lambda e: -len(e[0])):
            # Ukrainian "-ою" is "-а" after a letter that only Ukrainian writes before it
            if low.endswith(end) and len(low) - len(end) >= 3 and not w.isascii():
                if end == "ою" and nom == "ая" and re.search(r"[іїєґ]", low):
                    nom = "а"
                w = w[: len(w) - len(end)] + nom
                break
        out.append(w)
    return " ".join(out)


def _plausible(core: str) -> bool:
    """A name can stand before or after a noun: not empty, not an article or a lone word such as "military"."""
    k = normalize(core)
    return bool(k) and k not in _NOT_A_NAME


#: Words that stand before a facility noun without naming a place: articles, and the words of the nouns themselves
#: ("air base": no base of a place called Air; "the air base near Kursk" is read by the "near" form).
_NOT_A_NAME = frozenset("a an the its their military main old new russian free air naval navy army border rail railway "
                        "training test testing missile ammunition ammo oil fuel sea river submarine fleet forward "
                        "logistics storage supply marine nuclear space launch firing defence defense".split()) | {
    # the rest of a Russian or Ukrainian noun when its name is missing ("база подводных лодок": no base of a place
    # called so)
    "подводных лодок", "атомных подводных лодок", "підводних човнів", "военный", "військовий"}

#: The words of a plant's noun before "plant", "station", "works" in news ("the power plant", "a chemical plant",
#: "power station": no plant of a place called Power, and no railway station either); only there, so that the data's
#: "Tank Airport" stays Tank's (a town in Pakistan).
_PLANT_WORDS = frozenset(
    "power thermal atomic hydroelectric hydro coal gas heat steel iron coke chemical chemicals arms weapons weapon tank "
    "tanks aircraft aviation drone drones engine motor explosives gunpowder powder ordnance munitions munition "
    "engineering metallurgical industrial uranium enrichment reprocessing research electric generating".split()) | {
    normalize(w) for w in ("nuclear power", "atomic power", "thermal power", "heat and", "combined heat and",
                           "heat and power", "combined heat and power", "heavy water", "iron and steel",
                           "coke and chemical", "machine building", "hydro electric", "coal fired", "gas fired",
                           "hydroelectric power")}


#: Russian endings transliterated several ways ("Chkalovsky", "Chkalovskiy"; "Gvardeyskoye", "Gvardeyskoe"),
#: folded to one in facility keys, on both sides of the index.
_ENDINGS = (re.compile(r"(?<=sk)(?:iy|ij|ii|yy|yi|y)\b"), "y"), (re.compile(r"(?<=[sc]k)(?:oye|oe|oje)\b"), "oye"), \
           (re.compile(r"(?<=[sc]k)(?:aya|aja|aia)\b"), "aya")
#: Arabic names transliterated several ways ("Ayn al-Assad", "Ain al-Asad"; "al-Jufra", "Jufra"): in facility keys
#: the article goes (when other words remain) and, in a name that had one, doubled letters are written once
#: ("Odessa" keeps its two: the Texan Odessa is no spelling of Odesa); "ay"/"ey" before a consonant or at a word's
#: end, "ou" and "oo" are folded.
_ARTICLE = re.compile(r"(?:^| )(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et)(?= )")
_DOUBLE = re.compile(r"([a-z])\1+")
_VOWELS = (re.compile(r"ay(?![aeiou])"), "ai"), (re.compile(r"ey(?![aeiou])"), "ei"), (re.compile(r"ou|oo"), "u")


@functools.lru_cache(maxsize=4096)
def fold(core_key: str) -> str:
    """A folded name's facility form: Russian endings and Arabic spellings brought to one (see above).

    >>> fold("ayn al assad"), fold("al udeid"), fold("chkalovskiy"), fold("odessa")
    ('ain asad', 'udeid', 'chkalovsky', 'odessa')
    """
    for rx, to in _ENDINGS:
        core_key = rx.sub(to, core_key)
    if " " in core_key and _ARTICLE.search(core_key):  # an Arabic name: "ayn al assad"
        stripped = _ARTICLE.sub("", core_key).strip()
        core_key = _DOUBLE.sub(r"\1", stripped or core_key)
    for rx, to in _VOWELS:
        core_key = rx.sub(to, core_key)
    return core_key


_ENDING_FORMS = (("skiy", "sky", "skii", "skij", "skyi", "skyy"), ("skoye", "skoe", "skoje"),
                 ("skaya", "skaja", "skaia"), ("nyy", "ny", "nyi", "nyj", "niy"))


def ending_variants(key: str) -> list[str]:
    """The other spellings of a folded name's Russian adjective ending (and of a "й"), which towns may bear.

    >>> ending_variants("oktyabrsky")
    ['oktyabrskiy', 'oktyabrskii', 'oktyabrskij', 'oktyabrskyi', 'oktyabrskyy']
    >>> "pervomayskiy" in ending_variants("pervomaisky")
    True
    """
    out: list[str] = []
    for forms in _ENDING_FORMS:
        for f in sorted(forms, key=len, reverse=True):
            if key.endswith(f):
                out = [key[: -len(f)] + g for g in forms if g != f]
                break
        if out:
            break
    # й written "y" or "i" before a consonant: "Pervomaisky", "Pervomayskiy"
    swapped = [re.sub(r"a([yi])(?![aeiou])", lambda m: "a" + ("i" if m.group(1) == "y" else "y"), k)
               for k in [key, *out]]
    return list(dict.fromkeys(k for k in out + swapped if k != key))


_UMLAUT = re.compile(r"(?<![qQ])([aouAOU])e")
_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}


def umlaut_variants(core: str) -> list[str]:
    """A name with German umlauts written "ae", "oe", "ue" as news writes them without the letters ("Buechel"
    for Büchel, "Noervenich" for Nörvenich), written with them: [] when it has none or is not in Latin letters.

    >>> umlaut_variants("Buechel"), umlaut_variants("Kursk"), umlaut_variants("Albuquerque")
    (['Büchel'], [], [])
    """
    if not core.isascii() or not _UMLAUT.search(core):
        return []
    return [_UMLAUT.sub(lambda m: _UMLAUTS[m.group(1)], core)]


def facility_key(core_key: str, kind: str) -> str:
    """The index key of a facility of *kind* named by the folded name *core_key* ("engels @airbase").

    *kind* is one of FACILITY_KINDS, or :data:`NAMED` for a curated facility's own names read without a noun
    ("Ayn al-Assad").

    >>> facility_key("engels", "airbase"), facility_key("chkalovskiy", "airbase")
    ('engels @airbase', 'chkalovsky @airbase')
    """
    return f"{fold(core_key)} @{kind}"


#: The pseudo-kind under which a curated facility's own names are filed in folded form, found without a noun.
NAMED = "named"


def bare_cores(name: str) -> list[str]:
    """The place names a facility's own name holds, nouns and numbers stripped, for its facility keys.

    >>> bare_cores("Soltsy-2 Air Base")
    ['Soltsy-2', 'Soltsy']
    >>> bare_cores("Bassel Al-Assad International Airport")
    ['Bassel Al-Assad']
    >>> bare_cores("Kamina Base Airport")
    ['Kamina Base', 'Kamina']
    """
    form = _split(name)  # as written: a typo of a noun is the news's, not the data's
    if form is None:
        return variants(name)
    m = _BASE_AT_END.match(form.core) if not form.named else None
    if m and _plausible(m.group("core")):  # "Kamina Base Airport", "Dover Afb Airport": also Kamina's, Dover's
        return list(dict.fromkeys(variants(form.core) + variants(m.group("core"))))
    return variants(form.core)


#: A base's noun left inside an airfield's name once its last noun is stripped ("Kamina Base Airport", "Dover Afb
#: Airport", "Buckley Space Force Base Airport"): the name without it is the field's too.
_BASE_AT_END = re.compile(r"^(?P<core>.+?)\s+(?:(?:air|space)\s+force\s+base|air\s*base|afb|base|aaf|army\s+air\s*field)$",
                          re.I)


def last_words(core: str) -> str:
    """A two- or three-word name without its first word, which often names the city ("Chelyabinsk Shagol"), or "".

    >>> last_words("Chelyabinsk Shagol"), last_words("Rzeszow-Jasionka"), last_words("Engels")
    ('Shagol', 'Jasionka', '')
    """
    words = re.split(r"\s+|\s*[–—]\s*|(?<=[a-zà-ÿ])-(?=[A-ZÀ-Þ][a-zà-ÿ]{3})", core)  # "Rzeszow-Jasionka"
    return " ".join(words[1:]) if 2 <= len(words) <= 3 and len(words[-1]) >= 4 else ""
