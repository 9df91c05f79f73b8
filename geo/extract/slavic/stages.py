"""The stages of ``geo extract`` for Russian and Ukrainian, bundled for :mod:`geo.extract.pipeline`."""

from __future__ import annotations

import re
from functools import partial

from ..language import Stages
from ..routes import Cues
from . import anaphora, attribution, dates, facts, finish, recognize, roles, sentences

#: A sentence that goes on with the report of the one before (and so with its source).
GOES_ON = re.compile(r"^\W*(?:они|их|им|ими|он|она|оно|его|её|затем|потом|после\s+этого|далее|дальше|оттуда|там|"
                     r"также|кроме\s+того|при\s+этом|позже|позднее|впоследствии|вони|їх|їм|він|вона|воно|його|"
                     r"її|потім|після\s+цього|далі|звідти|також|крім\s+того|при\s+цьому|згодом|пізніше|"
                     r"тогда|тоді|там|тут|здесь)(?![\w])", re.I)
#: Route cues: a sentence that continues the route before it; a stop reached before the one named ahead of it;
#: a place passed through; where a sentence starts another movement; what separates the places of a list; listed
#: ends as branches and a paragraph's sentences going on with its route (:class:`geo.extract.routes.Cues`).
ROUTE_CUES = Cues(
    goes_on=re.compile(r"^\W*(?:затем|потом|после\s+этого|далее|дальше|оттуда|впоследствии|позже|позднее|"
                       r"потім|після\s+цього|далі|звідти|згодом|пізніше)(?![\w])|(?<![\w])(?:затем|потом|далее|"
                       r"дальше|оттуда|потім|далі|звідти|згодом|а\s+оттуда|а\s+звідти|а\s+далее|а\s+далі)(?![\w])",
                       re.I),
    after=re.compile(r"(?<![\w])(?:после|після|перед\s+тем|прежде|спершу|сначала|спочатку)(?![\w])", re.I),
    via=re.compile(r"(?:через|сквозь|мимо|повз|транзитом)(?![\w])", re.I),
    own_clause=re.compile(r";\s|,\s+(?:а\s+также|а\s+також|тогда\s+как|тоді\s+як|в\s+то\s+время\s+как|"
                          r"у\s+той\s+час\s+як|при\s+этом|при\s+цьому)\s", re.I),
    listed=re.compile(r"\s*,\s*(?:и\s+|і\s+|й\s+|та\s+|или\s+|або\s+)?|\s+(?:и|і|й|та|или|або|чи|а\s+также|"
                      r"а\s+також)\s+|\s*/\s*", re.I),
    what=facts.find_what, branches=True, paragraph=True)
#: What may stand between a place and the area that only contains it ("Суджа Курской области", "Гомель в Беларуси").
CONTAINER_BETWEEN = frozenset(("", ",", "в", "во", "у", "на", ", в", ", у", ", на", "("))
#: What stands between a stop and the town that only places it ("на аэродроме под Минском").
NEAR_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:под|возле|около|вблизи|неподалеку\s+от|недалеко\s+от|рядом\s+с|"
                          r"близ|біля|поблизу|неподалік\s+від|недалеко\s+від|поруч\s+із|поруч\s+з|під)[ \t]+"
                          r"(?:(?:городом|города|села|селом|містом|міста|поселка|селища)[ \t]+)?", re.I)


def _shipped_roles(lang: str):
    from . import role_model

    return role_model.shipped_for(lang)


def make(lang: str) -> Stages:
    """The stages of *lang* (``ru`` or ``uk``)."""
    return Stages(lang, sentences.split_sentences, partial(recognize.find_places, lang=lang),
                  partial(roles.assign_roles, lang=lang), partial(_shipped_roles, lang), roles.dateline_spans,
                  partial(attribution.byline, lang=lang), partial(attribution.find_source, lang=lang),
                  attribution.find_status, attribution.refers_back, attribution.reference, attribution.about_before,
                  attribution.settle_status, dates.find_dates, dates.article_date, facts.find_troops,
                  facts.find_mode, facts.find_what, ROUTE_CUES, GOES_ON, CONTAINER_BETWEEN, NEAR_BETWEEN,
                  partial(attribution.source_carry, lang=lang), partial(finish.finish, lang=lang),
                  find_date_at=dates.find_date_at,
                  vehicle_mode=facts.vehicle_mode if facts.VEHICLE_MODE else None,
                  find_anaphors=partial(anaphora.find_anaphors, lang=lang))
