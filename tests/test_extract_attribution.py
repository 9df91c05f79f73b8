"""geo/extract/attribution.py: who says so (source) and how sure (status)."""

import re

import pytest

from geo.extract.attribution import find_source, find_status, settle_status


@pytest.mark.parametrize("text, expected", [
    ("According to Ukraine's National Intelligence Service, North Korean soldiers are staying in Vladivostok.",
     "Ukraine's National Intelligence Service"),
    ("NYT sources claim that the North Korean troops first arrived in Vladivostok by sea.", "NYT sources"),
    ("North Korean troops have already been deployed to the Kursk region of Russia, NATO Secretary General "
     "Mark Rutte said after a meeting.", "NATO Secretary General Mark Rutte"),
    ("Ukraine's National Intelligence Service elaborated on the rumours, adding that ships have transferred "
     "1,500 troops", "Ukraine's National Intelligence Service"),
    ("Three landing ships carried about 2,000 marines from Sevastopol to Novorossiysk, Ukraine's navy said.",
     "Ukraine's navy"),
    ('"Ships left Sevastopol for Novorossiysk," said Navy spokesman Dmytro Pletenchuk.',
     "Navy spokesman Dmytro Pletenchuk"),
    ("The Russian Defence Ministry said on Tuesday that an airlift to Latakia had begun.",
     "The Russian Defence Ministry"),
    ("Planes have allegedly flown 1,200 paratroopers to Latakia, Syrian opposition sources claim.",
     "Syrian opposition sources"),
    ("Gatherings were seen, which led South Korean media, citing the NIS reporting, to say so.",
     "South Korean media, citing the NIS reporting"),
    ("They were allegedly flown to a military airfield in western Russia.", None),
    ("The troops arrived in Kursk.", None),
    # a bulleted line, a label or an emoji before the source; adverbs and progressives before its verb
    ("- Ukraine's military intelligence chief, Kyrylo Budanov, says Russia has assembled 35,000 troops.",
     "Ukraine's military intelligence chief, Kyrylo Budanov"),
    ("• Lyptsi axis: Russia's defence ministry claims its troops took Lukiantsi on Monday.",
     "Russia's defence ministry"),
    ("⚡️Subscribers report: a column of 30 army trucks is moving from #Simferopol towards #Dzhankoi.", "Subscribers"),
    ("Two subscribers independently report that the launchers were driven out of the airfield.", "Two subscribers"),
    ('❗️The Russian MoD is already claiming that its group has crossed the Oskil at Dvorichna.', "The Russian MoD"),
    ("The Navy of the Army of the Islamic Republic of Iran proudly announces that the flotilla returned to Bandar "
     "Abbas.", "The Navy of the Army of the Islamic Republic of Iran"),
    ("• Lyptsi axis: fighting goes on near Lukiantsi.", None),
    # a source named by its possessive, with either apostrophe
    ("Troops moved to Kursk, in line with the Pentagon's assessment.", "the Pentagon"),
    ("Troops moved to Kursk, in line with the Pentagon’s assessment.", "the Pentagon"),
])
def test_find_source(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow denied that any troops had crossed.", "denied"),
    ("Vladimir Putin dismisses the reports circulating on social media.", "denied"),
    ("The Kremlin rejected the report as baseless.", "denied"),
    ("Kyiv had seen no sign of a withdrawal.", "denied"),
    ("They were allegedly flown to a military airfield in western Russia.", "claimed"),
    ("NYT sources claim that the troops first arrived in Vladivostok by sea.", "claimed"),
    ("The ministry said it had moved 500 troops.", "claimed"),
    ("The Pentagon confirmed that 3,000 troops had arrived in Kursk.", "confirmed"),
    ("We cannot confirm reports that North Koreans are fighting.", "reported"),
    ("Nor can the United States yet confirm media reports.", "reported"),
    ("Should these announcements be confirmed, it would be a first.", "reported"),
    ("The report remains unconfirmed.", "reported"),
    ("Troops arrived in Kursk, the agency reported.", "reported"),
    ("Moscow called the reports a provocation.", "denied"),
    ("Peskov called them another fake.", "denied"),
    ("Ukraine alleges that troops arrived.", "claimed"),
    ("According to unconfirmed reports, troops arrived in Kursk.", "reported"),  # reported, not yet confirmed
    ("Officials called the deployment a major escalation.", "reported"),
    # a clause about another event says nothing of this report
    ("Russian troops began arriving in Belarus, the ministry said, days after Minsk confirmed it had received "
     "Iskander missiles.", "reported"),
    ("The Kremlin denied the troops were in Kursk, after Kyiv said they had arrived.", "denied"),
])
def test_find_status(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The troops arrived at a camp near Mozyr on Feb. 8, the agency said.", True),
    ("Ministry officials in Minsk added that more would follow.", False),
    ("Troops arrived, the minister has said.", True),
    ("Troops arrived in Kursk.", False),
    ("The agency claims that 2,600 soldiers were sent to Kursk.", True),
    ("Some 1,000 marines were also moved from Baltiysk, it said.", True),
    ('"Some Wagner units remain in the suburbs of Bakhmut," she wrote on Telegram.', True),
    ("It said nothing about Kursk.", False),
])
def test_refers_back(text, expected):
    from geo.extract.attribution import refers_back

    assert refers_back(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Satellite images published by Maxar Technologies showed vehicles.", "Maxar Technologies"),
    ('"We see columns of trucks near Chernihiv," a Ukrainian border guard spokesman told Reuters.',
     "a Ukrainian border guard spokesman"),
    ("A convoy reached Kursk, the Pentagon said.", "the Pentagon"),
    ("Troops entered Kursk, the Institute for the Study of War (ISW) said.",
     "the Institute for the Study of War (ISW)"),
    ("A convoy reached Kursk, the minister said.", None),
    ("Fighters moved from Tehran, two Western security officials said on Thursday.",
     "two Western security officials"),
    ("Ships docked at Chongjin on October 10, analysts at the Center for Strategic and International Studies "
     "in Washington said.", "analysts at the Center for Strategic and International Studies"),
    ("Experts at the Royal United Services Institute (RUSI) said the brigade had moved.",
     "Experts at the Royal United Services Institute (RUSI)"),
    ("The agency claims that 2,600 soldiers were sent to Kursk.", None),  # named before: refers_back
    ("The Kremlin denied that any units were in Belgorod.", "The Kremlin"),
    ("The Kremlin said no units had moved, officials at the Pentagon said.", "The Kremlin"),  # who speaks first
    ("A train arrived in Kursk on Oct. 8, local residents told the news site Seyminfo.", "local residents"),
    ("Columns were seen near Sumy, two officials said.", "two officials"),
    ("Troops massed near Kupiansk, the spokesman for Ukraine's Eastern Command, Serhiy Cherevatyi, said on Monday.",
     "the spokesman for Ukraine's Eastern Command, Serhiy Cherevatyi"),
    ("Troops massed near Kursk, the governor of the Kursk region said.", "the governor of the Kursk region"),
    ("A convoy crossed into Belarus from Russia overnight, Belarusian monitoring group Belaruski Hajun said.",
     "Belarusian monitoring group Belaruski Hajun"),
    # a source with its name set off by commas
    ("Ukraine's military intelligence agency, HUR, said the soldiers went by train to Kursk.",
     "Ukraine's military intelligence agency, HUR"),
    ("South Korea's spy agency, the National Intelligence Service, said 3,000 troops had left.",
     "South Korea's spy agency, the National Intelligence Service"),
    ("In Kursk, Russian officials, however, said nothing.", None),
    ("Russian forces have arrived in Mali, diplomats and local sources said on Friday.",
     "diplomats and local sources"),
    # an office in lower case before the name
    ('"We see units leaving Kherson," military spokesman Dmytro Lykhovyi told Reuters.',
     "military spokesman Dmytro Lykhovyi"),
    ("Troops moved to Kursk, said deputy defence minister Ivan Ivanov.", "deputy defence minister Ivan Ivanov"),
    ("Troops moved to Kursk, the defence minister said.", None),  # named before: refers_back
    ("About 900 soldiers are being sent to Tapa, the Ministry of Defence in London said on Wednesday.",
     "the Ministry of Defence in London"),
])
def test_more_sources(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body named by whose it is, opening the sentence, its name set off by commas
    ("The junta's spokesman, Major General Zaw Min Tun, said on state television that forces held Myawaddy.",
     "The junta's spokesman"),
    # a unit that speaks, named by what it is, then by name
    ("A Ukrainian drone unit, Aerorozvidka, said it struck the head of the column near Ivankiv.",
     "A Ukrainian drone unit"),
    # people described by what they know, with a clause about them
    ("Two people familiar with the logistics, who spoke on condition of anonymity, said planes landed at Nevatim.",
     "Two people familiar with the logistics"),
    # units and people that move, not say, are no source
    ("Russian units moved to Kursk.", None),
    ("Thousands of people fled to Sumy.", None),
])
def test_speakers_set_off_by_an_apposition_or_described_by_what_they_know(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # when, before the source that opens the sentence
    ("On 13 March Russia's defence ministry said its forces had recaptured Sudzha.", "Russia's defence ministry"),
    ("Two days later the Pentagon announced it would send 560 more soldiers to Qayyarah West.", "the Pentagon"),
    ("On Thursday, Poland's border guard said soldiers had reached Kuznica.", "Poland's border guard"),
    # a clause about the source between it and its verb
    ("A senior officer in the area, who asked not to be named, said brigades had been moved to Pokrovsk.",
     "A senior officer"),
    ("Defence Secretary John Healey, who visited Portsmouth last week, said the ships would sail.",
     "Defence Secretary John Healey"),
    # a spokeswoman, not only the spokesman, for a body
    ("The men were flown back to Istanbul, a spokeswoman for the Border Police told Reuters.",
     "a spokeswoman for the Border Police"),
    # "report" as a noun in an opening phrase is no verb of saying: the source comes after it
    ("In a report released on Thursday, CPT said about 300 tanks had crossed into Amedi.", "CPT"),
    ("When Chad's foreign ministry announced the end of the agreement, officers at the base began packing.", None),
    # people who estimate; commanders
    ("Western officials estimate that a few thousand servicemen are still at Hmeimim.", "Western officials"),
    ("Ukrainian commanders said they were back in February around Guevo.", "Ukrainian commanders"),
    # a time alone names no one
    ("On Thursday troops arrived in Kursk.", None),
    ("Two days later the convoy, which had waited in Anefis, reached Kidal.", None),
    # a live blog's time stamp opens the entry, not its sentence
    ("09:05 — Russia's defence ministry says about 300 paratroopers flew from Pskov to Gudauta.",
     "Russia's defence ministry"),
    ("10:40 - Kosovo police say a column of Serbian army trucks was seen on the road from Novi Pazar.", "Kosovo police"),
    ("14:30 GMT — The de facto Abkhaz defence ministry says a company has moved into the Kodori Gorge.",
     "The de facto Abkhaz defence ministry"),
    ("12:00 — Troops moved from Pskov to Gudauta overnight.", None),
    # the stamp's other common forms: a dot, a zone, am/pm, a colon after it
    *[(f"{stamp} Russia's defence ministry says about 300 paratroopers flew from Pskov to Gudauta.",
       "Russia's defence ministry") for stamp in ("09.05 —", "09:05 BST —", "09:05 ET —", "09:05:", "9:05am —",
                                                  "09:05 Kyiv time —")],
    # a government informs, as it says
    ("1. The Government informs the population that units were redeployed from Bria to Birao.", "The Government"),
    ("The soldiers were informed that they would move to Birao.", None),
])
def test_a_source_after_a_time_or_before_a_clause_about_it(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wire's dateline before the speaker is no part of it
    ("MOSCOW/KYIV, Aug 12 (Reuters) - Russia's defence ministry said on Monday it was moving reserves to Kursk.",
     "Russia's defence ministry"),
    ("WARSAW, 3 March - Poland's border guard said soldiers had reached Kuznica.", "Poland's border guard"),
    # a participle or a relative clause after the speaker's head, before its verb
    ("A Ukrainian brigade operating in the area stated on January 7 that Russian forces had moved to Kurakhove.",
     "A Ukrainian brigade"),
    ('A Russian military blogger who posts as "Severny Veter" claims that battalions unloaded at Lgov.',
     "A Russian military blogger"),
    # what the source is, set off by commas; a relative clause too long for a short aside
    ("The Institute for the Study of War, a U.S. think tank, said in an assessment that units moved to Kursk.",
     "The Institute for the Study of War"),
    ("Two former U.S. defense officials, who asked not to be named because they were not authorized to discuss "
     "munitions logistics, said the consignment had been held at McAlester.", "Two former U.S. defense officials"),
    # an office spelt with hyphens
    ("Ukraine's commander-in-chief said this week that reserves had been sent north.", "Ukraine's commander-in-chief"),
    # the statement's frame before its speaker
    ("In a statement on Monday, Poland's defence ministry said troops had arrived in Podlasie.",
     "Poland's defence ministry"),
    ("In its daily update, Ukraine's General Staff reported that units moved to Pokrovsk.", "Ukraine's General Staff"),
    # a list of speakers cut by an aside keeps no dangling conjunction
    ("Units attacked south-east of Sudzha, according to Russian military bloggers and, later, Ukraine's General "
     "Staff.", "Russian military bloggers"),
    # negatives: a frame, a dateline or a participle with no speaker
    ("In a statement on Monday, troops arrived in Podlasie.", None),
    ("MOSCOW, Aug 12 (Reuters) - Russian troops moved to Kursk.", None),
    ("Soldiers operating in the area moved to Kurakhove.", None),
])
def test_a_source_after_a_dateline_or_frame_or_with_a_clause_about_it(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # with no byline, the outlet or channel the first lines name is the article's own voice
    ("Pacific Shipping Watch 🇺🇦🌊\n17 March 2025\n🚢 #Rajin ➡️ #Vostochny, again.", "Pacific Shipping Watch"),
    ("Wind of Taurida 🌬 (English)\nPosts of 19-20 April 2024\n19.04 21:14", "Wind of Taurida"),
    ("BELARUS MILITARY WATCH - WEEKLY SUMMARY\n3-9 February 2025 | No. 57\nCompiled from open sources.",
     "BELARUS MILITARY WATCH"),
    ("Belarus says it moved troops towards Ukraine\nMinsk Watch | Translations | 19 August 2024\nThe ministry said.",
     "Minsk Watch"),
    ("The ship\n\nBy the Maritime Desk | 10 September 2024 | 7 min read\n\nOn the morning", "the Maritime Desk"),
    ("LIVE: Ukrainian forces push into Russia's Kursk region - day three\nThursday 8 August 2024\n18:02", ""),
    ("THE LONG READ\nThe last convoy: how France packed up\nChad was France's last foothold.", ""),
    ("Troops moved from Kursk to Belgorod\n\nTroops moved on Monday.", ""),
    # a statement given whole in translation speaks with its issuer's voice: its signature, a name above the
    # translator's note, else the body its title names
    ("Baltic Fleet press service: a brigade deployed to Kaliningrad\n\n[Translated from Russian.]\n\n"
     "A brigade arrived.\n\nPress service of the Baltic Fleet\nKaliningrad\n", "Press service of the Baltic Fleet"),
    ("Ministry of Defence of the Republic of Belarus\nWestern Operational Command press service\n\n"
     "[Unofficial translation from Russian.]\n\nUnits left Brest on 3 May.\n",
     "Western Operational Command press service"),
    ("Statement of the Navy of the Republic of Korea on the return of the flotilla\n\n[Our translation.]\n\n"
     "The flotilla returned to Busan.\n", "Navy of the Republic of Korea"),
    ("Eastern Theater Command spokesperson's statement\n\n[Translated from the Chinese original.]\n\nShips sailed.\n",
     "Eastern Theater Command spokesperson"),
    # no translator's note: a closing name is no voice
    ("Troops moved to Kursk\n\nThe ministry said so.\n\nMinistry of Defence\n", ""),
    # a statement's letterhead in capitals names its issuer, whether the statement is translated or calls itself a
    # press release; the note may be in brackets or parentheses
    ("REPUBLIC OF RWANDA\nMINISTRY OF DEFENCE\n\nPRESS RELEASE\n\nRDF DEPLOYS TROOPS\n\n1. Troops were deployed.\n\n"
     "Issued by:\nLt Col Ronald Rwivanga\nRDF Spokesperson\n", "MINISTRY OF DEFENCE"),
    ("STATE BORDER GUARD SERVICE OF UKRAINE\nPress Service\n\nINFORMATION MESSAGE\n22.06.2024\n\n"
     "(translated from Ukrainian)\n\nUnits moved.\n\nSpokesman of the Service\nAndriy DEMCHENKO\n",
     "STATE BORDER GUARD SERVICE OF UKRAINE"),
    # a headline in capitals with no statement below it is no letterhead
    ("MINISTRY OF DEFENCE SAYS TROOPS LEFT\n\nTroops left Brest.\n", ""),
    # a byline with a name's capital beyond ASCII, with "a", and a long one of names and where they write from
    ("THE LONG READ\n\nThe last convoy\n\nBy Élise Moreau\n8 February 2025\n\nWhen", "Élise Moreau"),
    ("PACIFIC\n\nPatriots airlifted\n\nBy a Staff Writer\nPublished: April 25, 2025\n\nPart of", "Staff Writer"),
    ("The long road out of Goma\n\nBy Thandeka Mokoena in Johannesburg and Jean-Paul Kambale in Goma\n25 May 2025\n",
     "Thandeka Mokoena in Johannesburg and Jean-Paul Kambale in Goma"),
    ("Troops left\n\nBy Tuesday evening the rebels had taken the airport and most of the roads out of the town\n", ""),
    # a bulletin's name in capitals alone on its first line, the next one dating the issue
    ("SAHEL SECURITY DIGEST\nNo. 31 | Friday 9 August 2024 | Week of 3–9 August\n\nTHIS WEEK\n", "SAHEL SECURITY DIGEST"),
    ("ASPIDES WATCH\nWeekly digest | Week 10: 26 February – 3 March 2024\n\nIN BRIEF\n", "ASPIDES WATCH"),
    ("EXPLAINER\n\nU.S. troops in Israel: what we know\n\nOctober 24, 2025 - 6 min read\n", ""),
    ("THE LONG READ\n25 May 2025\n\nText.", ""),
    # a section's kicker gives way to the outlet a later line names with the date; a section's name that is an
    # outlet's stands
    ("ARMOUR | UKRAINE\n\nHow the brigade took its tanks east\n\nLand Forces Journal | 5 March 2024 | Jan Nowak\n\n"
     "Text.", "Land Forces Journal"),
    ("DEFENCE FORCES NEWS | English edition\nGround Forces | 14.11.2024\nRotation on the Lyptsi axis\n",
     "DEFENCE FORCES NEWS"),
    ("ARMOUR | UKRAINE\n\nHow the brigade took its tanks east\n\nText.", "ARMOUR"),
    # a logo in lower case that calls itself an outlet, over a dated section
    ("defence africa review\nLAND FORCES | 20 February 2025\n\nTroops deploy to Bunia\n", "defence africa review"),
    # a section's name in capitals under a headline is no outlet
    ("troops deploy to bunia\nLAND FORCES | 20 February 2025\n\nText\n", ""),
    ("Piranhas roll into Bulboaca\n\nCHISINAU — The army took delivery of eight carriers on 20 May.\n", ""),
    ("Type 12 launchers land in Darwin\n\nDEFENCE NEWS SERVICE — 15 July 2025\n\nText.\n", "DEFENCE NEWS SERVICE"),
    # a lower-case headline over a date is no logo, whatever common noun it holds
    ("russian troops seize border post\n12 March 2024\n\nRussian troops moved from Belgorod to Vovchansk.\n", ""),
    ("brigade moved to kharkiv, report\n12 March 2024\n\nText.", ""),
    ("no news from kreminna\n12 March 2024\n\nText.", ""),
    ("a record deployment to estonia\n12 March 2024\n\nText.", ""),
    # an outlet's name that says not what it is stands over a dated series' or republication's line below it
    ("Deep State | English\nMorning Brief | 5 March 2024\n\nRussian assault groups moved to Kupiansk.\n", "Deep State"),
    ("Militarnyi | English\nFrontline Update | 5 March 2024\n\nText.", "Militarnyi"),
    ("Rochan Consulting | Analysis\nWeekly Report | 14 March 2024\n\nText.", "Rochan Consulting"),
    ("Bellingcat | Investigations\nMonitoring Report | 14 March 2024\n\nText.", "Bellingcat"),
    ("The War Zone | Land\nNews Brief | March 5, 2024\n\nText.", "The War Zone"),
    ("Kyiv Independent | Ukraine\nTroops move east\nKyiv Post | 5 March 2024\n\nText.", "Kyiv Independent"),
    # a name in its own script gives way only to its name in English, not to a platform, a place or a topic
    ("Военная хроника | Telegram\n\nRussian paratroopers flew from Pskov to Gudauta on Monday.\n", ""),
    ("Рыбарь | Ukraine War\n\nText.", ""),
    ("Новости | Ukraine | 5 March 2024\n\nText.", ""),
    # a channel's name in its own script, then in English
    ("Северный ветер | Northern Wind ⚔️ (English)\n\n15.04.2025 06:58\nAssault groups crossed.\n", "Northern Wind"),
    # a statement whose title gives the note of translation: its issuer, from the title or the line under it
    ("Communique of the Government of the Central African Republic on security operations (translation)\n\n"
     "Bangui, 2 June 2026\n\n1. Units were redeployed.\n", "Government of the Central African Republic"),
    ("Mali army statement on operations near Tinzaouaten (unofficial translation)\n\nGeneral Staff of the Armed "
     "Forces of Mali, Bamako, 6 May 2026\n\n1. A convoy left Kidal.\n", "General Staff of the Armed Forces of Mali"),
    # a note of translation closing a quote in the body, not the title, makes no statement of the article
    ("Russian Troops Pull Back From Kherson Region\n\nThe ministry wrote on Telegram: \"Our units have completed the "
     "regrouping\" (our translation)\n\nRussian troops moved from Kherson to Oleshky.\n", ""),
    ("Ukraine Live: Brigade Moves East\n\nKYIV (AP) - The General Staff post read: \"Units regrouped\" (machine "
     "translation)\n\nUkrainian troops moved from Pokrovsk to Kurakhove overnight.\n", ""),
    ("Troops regroup\n\nThe post read: \"Units regrouped\" (our translation)\n\nText.\n\nMinistry of Defence of the "
     "Russian Federation\n", ""),
    # a title marked as translated names no issuer of its own
    ("Declaration of Independence on the Fourth of July (translation)\n\nText.\n", ""),
    ("Troops left Kidal for Tinzaouaten\n\nGeneral Staff of the Armed Forces of Mali, Bamako, 6 May 2026\n\n"
     "A convoy left Kidal.\n", ""),
])
def test_byline_or_masthead(text, expected):
    from geo.extract.attribution import byline

    assert byline(text) == expected


@pytest.mark.parametrize("kickers, expected", [(True, ["Land Forces Journal", "forces news"]), (False, ["ARMOUR", ""])])
def test_a_kicker_or_a_lower_case_logo_only_when_switched_on(monkeypatch, kickers, expected):
    from geo.extract import attribution

    monkeypatch.setattr(attribution, "KICKERS", kickers)
    assert [attribution.byline("ARMOUR | UKRAINE\n\nHow the brigade took its tanks east\n\nLand Forces Journal | "
                               "5 March 2024\n\nText."),
            attribution.byline("forces news\n12 March 2024\n\nTroops moved to Tapa.")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Explainer\n\nWho has troops in Syria now?\n\nFour months after ...", "Explainer (the outlet)"),
    ("EXPLAINER\n\nU.S. troops in Israel\n\nOctober 24, 2025\n", "EXPLAINER (the outlet)"),
    ("Explainer: Russia's soldiers in Transnistria\n\n15 January 2025\n", "Explainer (the outlet)"),
    ("The first Marines leave Okinawa\n\nDecember 20, 2024 | Explainer\n\nMore than a decade", "Explainer (the outlet)"),
    ("What happened to Afghanistan's air force? What we know\n\nUpdated 20 November 2021\n",
     "the article (the outlet)"),
])
def test_an_article_with_no_voice_asserts_in_its_own_label(text, expected):
    from geo.extract.attribution import own_label

    assert own_label(text) == expected


@pytest.mark.parametrize("status, source, text, expected", [
    # one side's word about its adversary's forces is claimed (the corpus's guideline), even from its ministry
    ("reported", "Ukraine's military intelligence", "Russian troops were moved by rail to Belgorod region.",
     "claimed"),
    ("reported", "Taiwan's Ministry of National Defense", "Chinese warships sailed through the Bashi Channel.",
     "claimed"),
    ("reported", "Ukrainian officials", "The enemy is pulling reserves towards Kupiansk.", "claimed"),
    ("reported", "Russia's defence ministry", "Ukrainian units attacked south-east of Sudzha.", "claimed"),
    # its own side's, on the record: confirmed
    ("reported", "A Kremlin spokesman", "Russian forces in Syria would stay at Hmeimim.", "confirmed"),
    ("reported", "Russia's defence ministry", "Russian troops arrived in Kursk.", "confirmed"),
    # a third country, its analysts, or a party named only as a place: as the words say
    ("reported", "two U.S. officials", "Russian troops were moved to Belgorod region.", "reported"),
    ("reported", "American and Ukrainian officials", "North Korean troops were flown west.", "reported"),
    ("reported", "Ukrainian military analysts", "Russian units are now near Novohrodivka.", "reported"),
    ("confirmed", "the China Coast Guard", "Its ships patrolled around Taiwan island.", "confirmed"),
    # a denial stays one
    ("denied", "Ukraine's border service", "There is no sign of Russian troops in Belarus.", "denied"),
    # the only source a channel described only as one, or a side's bloggers (the corpus's convention 'Channels')
    ("reported", "Pro-Russian Telegram channels", "A column of army trucks is moving from Simferopol.", "claimed"),
    ("reported", "Russian military bloggers", "A column of army trucks is moving from Simferopol.", "claimed"),
    # ... but a channel that names itself relays its subscribers as a monitor: it reports
    ("reported", "Subscribers", "A column of army trucks is moving from Simferopol.", "reported"),
    ("reported", "Belarus Military Monitor (Telegram channel)", "Trains arrived at Asipovichy.", "reported"),
    ("reported", "Rybar Telegram channel", "A column of army trucks is moving from Simferopol.", "reported"),
    ("reported", "the Rybar channel", "A column of army trucks is moving from Simferopol.", "reported"),
    ("reported", "the Two Majors channel", "Trains arrived at Dzhankoi.", "reported"),
    # the forces that move decide, not every force word: the speaker's own forces pushing back the enemy
    ("reported", "Ukraine's General Staff", "Ukrainian forces pushed back the enemy and entered Vovchansk.",
     "confirmed"),
    ("reported", "Russia's defence ministry", "Russian units repelled enemy forces and advanced to Kupiansk.",
     "confirmed"),
    ("reported", "Ukraine's General Staff", "The enemy attacked Ukrainian positions and entered Vovchansk.",
     "claimed"),
    # "U.S." names a third party as "American" does
    ("reported", "U.S. and Ukrainian officials", "North Korean troops were flown west.", "reported"),
    ("reported", "Ukrainian and U.S. officials", "North Korean troops were flown west.", "reported"),
    ("reported", "Ukrainian officials, citing U.S. intelligence", "North Korean troops were flown west.",
     "reported"),
    ("reported", "U.S. and Israeli officials", "Hamas fighters moved to Rafah.", "reported"),
    # an outlet named after a state or capital is media: it reports
    ("reported", "the Kyiv Independent", "Russian troops were moved to Belgorod region.", "reported"),
    ("reported", "Kyiv Post", "Russian troops were moved to Belgorod region.", "reported"),
    ("reported", "Ukraine's public broadcaster Suspilne", "Russian troops were moved to Belgorod region.",
     "reported"),
    ("reported", "the Times of Israel", "Hamas fighters moved to Rafah.", "reported"),
    ("reported", "Taipei Times", "PLA warships crossed the median line.", "reported"),
    ("reported", "The Moscow Times", "Ukrainian units attacked south-east of Sudzha.", "reported"),
    # an armed service speaks for its forces on the record as the army and the navy do: its own movement is
    # confirmed, its adversary's claimed; its analysts and officials unnamed report
    ("reported", "The Bundeswehr", "The first soldiers had arrived in Vilnius from Munster.", "confirmed"),
    ("reported", "Ukraine's Air Force", "F-16s had been relocated from Starokostiantyniv to Lviv.", "confirmed"),
    ("reported", "Ukraine's Air Force", "Russian bombers flew from Engels to Olenya.", "claimed"),
    ("reported", "Air Force officials", "F-16s had been relocated to Lviv.", "reported"),
])
def test_settle_status_by_the_speakers_side(status, source, text, expected):
    from geo.extract.attribution import settle_status

    assert settle_status(status, source, text) == expected


@pytest.mark.parametrize("head, expected", [
    ("Kyiv Post | 3 June 2024", "reported"),  # the article's own masthead is media: no side
    ("By the Ukrainian General Staff | 3 June 2024", "claimed"),  # a side's own statement keeps its voice
])
def test_an_outlets_masthead_speaks_for_no_side(head, expected):
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    text = head + "\n\nRussian troops moved from Belgorod to Vovchansk on Monday.\n"
    rows = [r for r in extract_article(Article("x", text), Options()) if r["role"] != "mention"]
    assert rows and {r["status"] for r in rows} == {expected}


@pytest.mark.parametrize("text, expected", [
    # named by what they are, with the verb of saying or of showing what they saw
    ("A Russian milblogger claimed on April 1 that the division had regrouped to Belgorod Oblast.",
     "A Russian milblogger"),
    ("Egyptian social-media users posted videos of the carrier passing Ismailia.", "Egyptian social-media users"),
    ("Officials of the district administration said two battalions left Peshawar on Sunday.",
     "Officials of the district administration"),
    ("Satellite images from March show at least 15 warships in Novorossiysk.", "Satellite images from March"),
    ("Two U.S. officials, speaking on condition of anonymity, said units were sent to Kursk.", "Two U.S. officials"),
    ("A month earlier a railway blogger in Russia had photographed a train at Unecha.",
     "a railway blogger in Russia"),  # the time before the speaker is not its name
    ("Soldiers landed at Kyaukphyu overnight, a local administrator told Narinjara News.", "a local administrator"),
    ("C-17s flew from Ain al-Asad to Kuwait, an official at the base said.", "an official at the base"),
    ("The landing ship was photographed moored at Tartus on Sunday. (local sources)", "local sources"),
    # a capitalised abbreviation's dot does not end what "according to" names
    ("According to two U.S. officials, contractors flew helicopters out of Termez.", "two U.S. officials"),
    ("Flights stopped at Ramstein, according to a U.S. defense official who spoke on condition of anonymity.",
     "a U.S. defense official"),
    ("Troops left, according to Lt. Col. Ivan Petrov. More came later.", "Lt. Col. Ivan Petrov"),
    # still no source: the movers are no speakers, and nor is a pronoun
    ("Russian troops arrived in Kursk on Monday.", None),
    ("Tanks were seen in Gomel.", None),
    ("They said troops had arrived.", None),
    # the subject of a passive verb of seeing or saying is what was seen, never who saw it
    ("North Korean soldiers were spotted in the Kursk region on Monday.", None),
    ("Members of the Wagner group were filmed arriving in Bamako on Friday.", None),
    ("North Korean soldiers were reportedly photographed in Kursk.", None),
    ("Russian troops were reported in Kupiansk.", None),
    # forces named by what they are speak only with a verb of saying
    ("Soldiers of the 47th brigade filmed tanks leaving Avdiivka.", None),
    ("Soldiers of the 47th brigade said tanks left Avdiivka.", "Soldiers of the 47th brigade"),
    ("Our drone operators report a column near Bakhmut.", "Our drone operators"),
])
def test_a_speaker_named_by_what_it_is(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text", [
    "North Korean soldiers were spotted in the Kursk region on Monday.",
    "Members of the Wagner group were filmed arriving in Bamako on Friday.",
])
def test_the_movers_are_not_the_source(text):
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    rows = [r for r in extract_article(Article("a.txt", "By Jane Doe\n\n" + text), Options()) if r["role"] != "mention"]
    assert rows and {r["source"] for r in rows} == {"Jane Doe"}


@pytest.mark.parametrize("text, expected", [
    # the outlet's own verified evidence is confirmed (the guideline)
    ("A driver's photo, which we geolocated to a fuel station near Kut, shows six tanks.", "confirmed"),
    ("We matched the station buildings to Barabinsk, a junction on the main line west.", "confirmed"),
    ("Satellite images reviewed by this newspaper show four bombers at Anadyr.", "confirmed"),
    ("Geolocated footage shows Russian servicemen in Kurakhove.", "confirmed"),
    # not when the outlet says it could not verify it
    ("We could match the platform but not confirm the date, and we treat it as unverified.", "reported"),
    ("Footage we could not geolocate shows tanks near Sumy.", "reported"),
    # someone else's geolocation is theirs, not the outlet's evidence
    ("Footage geolocated by a pro-Russian milblogger shows Russian tanks in Kupiansk.", "reported"),
    # footage named by "according to" is evidence, no speaker
    ("A convoy drove to Bamako, according to geolocated footage posted by milbloggers.", "confirmed"),
    # nor is a quoted witness's "we", nor a side's "our forces"
    ('"We saw dozens of Russian tanks arrive in Kupiansk," a local resident told reporters.', "reported"),
    ("The ministry said our forces identified and tracked the enemy column near Kupiansk.", "reported"),
])
def test_the_outlets_own_evidence(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("source, text, expected", [
    # one side about its adversary's forces, named by the words a side uses for them
    ("a spokesman for the rebels", "Government troops withdrew from Kidal, a spokesman for the rebels said.",
     "claimed"),
    ("The ministry", "The ministry said our forces identified and tracked the enemy column near Kupiansk.",
     "claimed"),
    ("Capt. John Smith", "The occupiers withdrew from Kherson, said Capt. John Smith.", "claimed"),
    # a camp about its own forces, on the record
    ("a rebel spokesman", "Rebel fighters withdrew from Kidal.", "confirmed"),
    # a voice of no known camp about a camp's forces: whose they are is not known
    ("Capt. John Smith", "Government troops withdrew from Kidal, said Capt. John Smith.", "reported"),
])
def test_a_side_about_forces_named_as_its_adversarys(source, text, expected):
    assert settle_status("reported", source, text) == expected


def test_a_quoted_witness_does_not_confirm():
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    text = 'By Jane Doe\n\n"We saw dozens of Russian tanks arrive in Kupiansk," a local resident told reporters.\n'
    rows = [r for r in extract_article(Article("a.txt", text), Options()) if r["role"] != "mention"]
    assert rows and {(r["source"], r["status"]) for r in rows} == {("a local resident", "reported")}


@pytest.mark.parametrize("source, text, expected", [
    # a voice on the record for forces no party names, telling a movement of no named party's forces: its own side's
    ("Capt. Rachel Boudreau", "The jets flew in from Cold Lake, said Capt. Rachel Boudreau, a public affairs officer.",
     "confirmed"),
    ("a Marine spokesperson", "The Marines flew from Cherry Point to Evenes.", "confirmed"),
    ("Press service of the Northern Fleet", "A battalion deployed to Kotelny island.", "confirmed"),
    # not when it names another party's forces, nor when it is anonymous
    ("a wing spokesman", "Russian troops were moved to Belgorod.", "reported"),
    ("a U.S. official", "The jets flew in from Cold Lake.", "reported"),
    ("Sgt. Alyssa Montgomery-Hale", "Ukrainian troops moved up to Kharkiv.", "reported"),
])
def test_an_on_record_voice_of_forces_no_party_names(source, text, expected):
    assert settle_status("reported", source, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry also said that units had gone on the offensive near Korenevo.", True),
    ("The army later announced that the brigade had reached Kupiansk.", True),
    ("The ministry's building was damaged.", False),
])
def test_a_reference_back_past_an_adverb(text, expected):
    from geo.extract.attribution import refers_back

    assert refers_back(text) is expected


@pytest.mark.parametrize("text, expected", [
    # the one who geolocated (or posted, reviewed) evidence is its source, named by what it is too; the evidence
    # noun is no speaker
    ("Footage geolocated by a pro-Russian milblogger shows Russian troops in Pishchane.", "a pro-Russian milblogger"),
    ("Videos posted by local residents show tanks in Gomel.", "local residents"),
    ("Footage geolocated by ISW shows Ukrainian armour near Shevchenkove.", "ISW"),
    # a body named by whose it is, after what it says, is no reference back
    ("Soldiers joined Border Guard patrols near Kuźnica, the voivode's office said.", "the voivode's office"),
    ("The brigade took over the sector at Lyptsi, the brigade's press service reported.",
     "the brigade's press service"),
    ("Troops arrived in Kursk, the agency said.", None),  # still one named before
])
def test_who_made_the_evidence_and_bodies_named_by_whose(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text", [
    "He said Belarusian pilots were training at the Borisoglebsk flying school.",
    "They also told reporters that the convoy had reached Kursk.",
    "The ship crossed the Pacific, the people said, and waited off northern Taiwan.",
    "Most of the trains, the monitors say, were unloaded at Borisov.",
    "According to the channels, the trains came from Smolensk region.",
    "Six flights went to Chkalovsky, according to the same data.",
])
def test_a_speaker_named_again_refers_back(text):
    from geo.extract.attribution import refers_back

    assert refers_back(text)


def test_people_named_again_take_the_source_named_before():
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    text = ("By Jane Doe\n\nTwo Ukrainian officers said the brigade had crossed the border at dawn.\n\n"
            "From there, the officers said, the vehicles drove north into Sudzha.\n")
    rows = [r for r in extract_article(Article("a.txt", text), Options()) if r["place"] == "Sudzha"]
    assert rows and {r["source"] for r in rows} == {"Two Ukrainian officers"}


@pytest.mark.parametrize("text, ref", [
    ("A battalion was flown to Penghu, according to the ministry, which released video.", "the ministry"),
    ("On August 27, the fleet said, the convoy reached Kotelny island.", "the fleet"),
    ("The coalition said its personnel would be repositioned to Erbil.", "The coalition"),
    ("Six flights went to Chkalovsky, according to the same data.", None),
    # what is followed, not who speaks
    ("According to the agreement, Russian peacekeepers will be deployed to Lachin.", None),
    ("According to the plan, the brigade will move from Goris to Kapan next week.", None),
    ("Trains reached Borisov, according to the channels.", "the channels"),
    ("Two brigades were moved to Poland, according to the Pentagon.", "the Pentagon"),
])
def test_a_source_named_again_by_what_it_is_is_that_reference(text, ref):
    from geo.extract.attribution import reference

    assert reference(text) == ref


def test_a_monitoring_channel_reports():
    # the corpus's convention 'Channels': a monitoring channel relays what its subscribers saw; a channel described
    # only as a channel is anonymous
    assert settle_status("reported", "exiled Belarusian monitoring channels", "Trains crossed at Orsha.") == "reported"
    assert settle_status("reported", "pro-Russian Telegram channels", "Trains crossed at Orsha.") == "claimed"


@pytest.mark.parametrize("source, text, before, expected", [
    # a statement naming no forces is about those the sentence before named: a side about its adversary's
    ("Ukraine's military intelligence", "It said the first units had arrived in Kursk region.",
     "North Korean troops trained at ranges in Primorye.", "claimed"),
    # about its own side's, on the record
    ("Russia's defence ministry", "The battalion reached Kursk region.", "Russian troops left Belgorod.", "confirmed"),
    # a statement naming forces of its own is read by them alone
    ("Ukraine's military intelligence", "Ukrainian units arrived in Sumy.", "North Korean troops trained.",
     "reported"),
    # nothing named before: nothing known; nor is a party's voice named before its forces ("The Kremlin denied")
    ("Ukraine's military intelligence", "The first units arrived in Kursk region.", "It was cold.", "reported"),
    ("a Ukrainian border guard spokesman", "We see columns heading towards the border near Chernihiv.",
     "The Kremlin denied any troop build-up.", "reported"),
])
def test_the_forces_named_just_before(source, text, before, expected):
    assert settle_status("reported", source, text, before=before) == expected


@pytest.mark.parametrize("source, text, expected", [
    # a named voice telling of its own forces by its pronoun: the moving side itself states it
    ("Kyiv", "Kyiv says its forces control more than 1,000 square km of territory, including Sudzha.", "confirmed"),
    ("Belgium", "Belgium says it will send about 300 soldiers to Romania.", "confirmed"),
    ("the 92nd Brigade", "According to the 92nd Brigade, its battalions travelled east through Chuhuiv.",
     "confirmed"),
    # not when another name stands between (whose "its" it is, is not known), nor anonymous voices or watchers
    ("Daniel Hart", "Some of its soldiers train at the Cincu range, Daniel Hart wrote.", "reported"),
    ("ISW", "ISW previously assessed that the Russian command had moved some of its units from Kharkiv.", "reported"),
    ("Ukrainian officials", "Ukrainian officials say their forces hold Sudzha.", "reported"),
    ("Jane Doe", "Its soldiers fled towards Sake.", "reported"),  # a byline's author, not in the sentence
])
def test_a_voice_telling_of_its_own_forces(source, text, expected):
    assert settle_status("reported", source, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the speaker is, then its name, then the verb
    ("Ukrainian open-source project DeepState reported on August 11 that Russian forces had advanced near Vesele.",
     "Ukrainian open-source project DeepState"),
    ("Iraqi government spokesperson Basim al-Awadi said that 2,000 Syrian soldiers entered through al-Qaim.",
     "Iraqi government spokesperson Basim al-Awadi"),
    ("The British maritime security firm Ambrey said a consignment had been delivered to Shahid Rajaee port.",
     "The British maritime security firm Ambrey"),
    # a name spelt with diacritics
    ("Czech Defence Minister Jana Černochová says a unit of helicopters will move to Poland.",
     "Czech Defence Minister Jana Černochová"),
    # a place after the head is no name of the speaker
    ("Officials in Kursk said troops arrived.", "Officials in Kursk"),
])
def test_a_speaker_named_after_what_it_is(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # who saw it is what a speaker closing the sentence tells
    ("Residents of Erbil watched Iraqi army convoys pass through the city, an officer of the Kurdish Peshmerga said.",
     "an officer of the Kurdish Peshmerga"),
    ("Residents of Erbil watched Iraqi army convoys pass through the city at night.", "Residents of Erbil"),
    # a second clause with a speaker of its own is no attribution of the first
    ("Residents of Gomel filmed tanks at the station, and local officials said more were coming.", "Residents of Gomel"),
])
def test_a_speaker_closing_the_sentence_tells_what_others_saw(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case letter with a diacritic starts no name, as a plain lower-case letter does not
    ("žukov said tanks moved to Brest.", None),
    ("Defence minister łukasz said tanks moved.", None),
    ("The British maritime security firm ōkami said ships sailed.", None),
    ("Tanks moved, ćwiczenia said.", None),
    # capitals with diacritics still do (Latin-1 and Latin Extended-A)
    ("Łukasz Nowak said tanks moved.", "Łukasz Nowak"),
    ("Defence minister Żaneta Ōta said tanks moved.", "Defence minister Żaneta Ōta"),
])
def test_a_lower_case_letter_with_a_diacritic_starts_no_name(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the guideline's confirmed: the moving side itself states it, also of ground it took or holds (the development
    # gold: "Russia's defence ministry said on Sunday its forces had taken nine villages, including Strilecha",
    # "Kyiv says its forces control ... Sudzha", both confirmed) ...
    ("Russia says its forces captured Pokrovsk.", "confirmed"),
    ("Wagner says its fighters took Bakhmut.", "confirmed"),
    # ... unless the text flags it as an unverified claim, "without providing evidence" among the guideline's flags
    ("Russia says its forces captured Pokrovsk, without providing evidence.", "claimed"),
    ("Wagner says its fighters took Bakhmut but gave no evidence.", "claimed"),
    ("Kyiv says its forces control Sudzha, without offering proof.", "claimed"),
    ("Belgium says it will send about 300 soldiers to Romania, without any evidence.", "claimed"),
    ("Russia says its forces captured Pokrovsk, a claim that could not be verified.", "claimed"),
])
def test_a_side_telling_of_its_own_gains(text, expected):
    source = find_source(text)
    assert settle_status(find_status(text), source, text) == expected


def test_without_evidence_flags_a_claim():
    assert find_status("Moscow says troops entered the town without providing any evidence.") == "claimed"
    assert find_status("The ministry showed no proof that tanks had crossed.") == "claimed"


@pytest.mark.parametrize("text, expected", [
    # a forces' own press: the credit line names its author and the unit they write for, who say so together
    ("MARINE CORPS NEWS\n\nMarines land in Darwin\n\nStory by Cpl. John Doe | III Marine Expeditionary Force | "
     "5 March 2024\n\nText.", "Cpl. John Doe, III Marine Expeditionary Force"),
    ("Marines land\n\nWritten by Sgt. Ann Lee\n\nText.", "Sgt. Ann Lee"),
    ("Marines land\n\nBy Jane Doe, 1st Marine Division Public Affairs\n\nText.",
     "Jane Doe, 1st Marine Division Public Affairs"),
    # where a reporter writes from, a date or a reporter's title is no unit
    ("Troops land\n\nBy Samuel Opio, Kampala | 6 March 2025\n\nText.", "Samuel Opio"),
    ("Troops land\n\nBy Sarah Whitlock, Defence Reporter\n\nText.", "Sarah Whitlock"),
    # a story by the sea is no credit line
    ("A story by the sea\n\nTroops land.", ""),
    # a government's own page: who it is from, and a release's letterhead
    ("News story\n\nBritish troops deploy to Estonia\n\nFrom: Ministry of Defence and The Rt Hon Grant Shapps MP\n"
     "Published 12 February 2024\n\nText.", "Ministry of Defence"),
    ("U.S. Department of Defense\nIMMEDIATE RELEASE\n\nTroops deploy\nMarch 5, 2024\n\nText.",
     "U.S. Department of Defense"),
])
def test_a_forces_own_press_speaks_with_its_authors_unit(text, expected):
    from geo.extract.attribution import byline

    assert byline(text) == expected


@pytest.mark.parametrize("source, text, expected", [
    # the author of a forces' own press tells its own side's movement on the record: confirmed
    ("Cpl. John Doe, III Marine Expeditionary Force", "Marines of the 3rd Marine Division flew from Okinawa to Darwin.",
     "confirmed"),
    ("Jane Doe, 1st Marine Division Public Affairs", "About 800 paratroopers flew from Vicenza to Riga.", "confirmed"),
    # a reporter is no voice of the forces
    ("Jane Doe", "About 800 paratroopers flew from Vicenza to Riga.", "reported"),
    # a voice of armed forces in its own first person: its own side's movement
    ("the 92nd Brigade", '"Our units moved to Kupiansk," the 92nd Brigade said on Telegram.', "confirmed"),
    ("The 3rd Assault Brigade", "The 3rd Assault Brigade said on Facebook that our soldiers had withdrawn to new "
                                "positions near Lastochkyne.", "confirmed"),
    # a channel's or a bystander's "our" is no statement of the forces
    ("Rybar", '"Our troops are in Kursk," Rybar wrote.', "reported"),
    ("a resident", '"Our soldiers left the village," a resident said.', "reported"),
])
def test_a_voice_of_the_forces_tells_its_own_movement(source, text, expected):
    assert settle_status("reported", source, text) == expected


@pytest.mark.parametrize("text, expected", [
    # who the named one is, between commas, before the verb
    ("Alexei Smirnov, the region's acting governor, said Ukrainian forces held 28 settlements.", "Alexei Smirnov"),
    ("Crimean Wind, a Telegram channel that often reports Russian movements, claims that vehicles left Dzhankoi.",
     "Crimean Wind"),
    ("Security Council Secretary Sergei Shoigu, after talks with Kim Jong Un today (17.06), announced that the DPRK "
     "will send troops.", "Security Council Secretary Sergei Shoigu"),
    ("South Korea's spy agency, the National Intelligence Service, said 3,000 troops had left.",
     "South Korea's spy agency, the National Intelligence Service"),
    # the speaker closing the sentence, with a clause about them
    ("The jets flew in from Cold Lake, said Capt. Rachel Boudreau, a public affairs officer with the Canadian NORAD "
     "Region, who spoke to the Drum from Winnipeg.",
     "Capt. Rachel Boudreau, a public affairs officer with the Canadian NORAD Region"),
    # an adverb of time before the verb, a people's officials, those familiar with something
    ("Russian military bloggers later said the regiments had unloaded at Rylsk.", "Russian military bloggers"),
    ("Many of those helicopters, Ukrainian officials later said, carried paratroopers.", "Ukrainian officials"),
    ("Turkey will deploy air-defence systems at T4, two sources familiar with the plans told Reuters.",
     "two sources familiar with the plans"),
    # evidence closing the sentence, and a passive's agent
    ("An Il-62M flew from Vladivostok to Pyongyang on Thursday, flight-tracking data show.", "flight-tracking data"),
    ("Burundian soldiers were reported by Burundian media to have pulled back to Bukavu.", "Burundian media"),
    ("Footage published by the Ministry of Defence shows tanks near Kursk.", "the Ministry of Defence"),
    # a site that reports, an adviser by office, a footnote mark
    ("A Russian regional news site in Chukotka reported that guests had been lodged in Anadyr.",
     "A Russian regional news site in Chukotka"),
    ("Presidential adviser Mykhailo Podolyak says Russian forces have taken the plant.",
     "Presidential adviser Mykhailo Podolyak"),
    ("The group arrived from the Philippine Sea, according to the U.S. 7th Fleet.[2] It then sailed north.",
     "the U.S. 7th Fleet"),
    # what shows, inside the sentence, is not its closing speaker
    ("We found no image in Lgov, but a video from 21 August shows marines in a village.", None),
])
def test_speakers_named_with_what_they_are_or_when_they_spoke(text, expected):
    assert find_source(text) == expected


RELAY = ("Belarus says it moved troops towards Ukraine: full statement\n\nMinsk Watch | Translations | 19 August 2024\n\n"
         "The Belarusian Ministry of Defence published the following statement on Sunday evening.\n\n---\n\n"
         "STATEMENT OF THE MINISTRY OF DEFENCE OF THE REPUBLIC OF BELARUS\n\nMinsk, 18 August 2024\n\n"
         "1. A tank battalion has been redeployed by rail to the Mozyr area.\n\n---\n\n"
         "Minsk Watch notes that a tank company was also seen in Gomel.\n")


def test_a_statement_given_whole_is_its_issuers_word():
    from geo.extract.attribution import relayed, statement_sections

    (a, b, who), = statement_sections(RELAY)
    assert who == "THE MINISTRY OF DEFENCE OF THE REPUBLIC OF BELARUS"
    assert "Mozyr" in RELAY[a:b] and "Gomel" not in RELAY[a:b]
    rows = [{"role": "destination", "start": RELAY.index("Mozyr"), "source": "Minsk Watch", "status": "reported",
             "note": "1. A tank battalion has been redeployed by rail to the Mozyr area."},
            {"role": "presence", "start": RELAY.index("Gomel"), "source": "Minsk Watch", "status": "reported",
             "note": "Minsk Watch notes that a tank company was also seen in Gomel."}]
    relayed(rows, RELAY)
    # the ministry's own statement of its own units' movement: its word, confirmed; the outlet's note stays its own
    assert (rows[0]["source"], rows[0]["status"]) == ("THE MINISTRY OF DEFENCE OF THE REPUBLIC OF BELARUS", "confirmed")
    assert (rows[1]["source"], rows[1]["status"]) == ("Minsk Watch", "reported")


@pytest.mark.parametrize("head, who", [
    ("Statement of the Ministry of Defence of the Russian Federation, 23 October 2019",
     "the Ministry of Defence of the Russian Federation"),
    ("Pyongyang, April 28 (KCNA) -- Written statement of the Central Military Commission of the Workers' Party of Korea",
     "the Central Military Commission of the Workers' Party of Korea"),
    ("2. 3rd Separate Assault Brigade (Facebook, 17 February, 09:40)", "3rd Separate Assault Brigade"),
])
def test_the_heading_of_a_statement_names_its_issuer(head, who):
    from geo.extract.attribution import statement_sections

    assert [w for _a, _b, w in statement_sections(f"Title\n\n{head}\n\nUnits moved.\n")] == [who]


@pytest.mark.parametrize("text", [
    "Troops moved\n\nThe statement of the ministry was read on television.\n\nUnits moved.\n",  # no heading of its own
    "Troops moved\n\n1. Units moved to Kursk (as the ministry said).\n",                       # a list item
])
def test_no_statement_heading(text):
    from geo.extract.attribution import statement_sections

    assert statement_sections(text) == []


@pytest.mark.parametrize("text, author", [
    # a newspaper's name after the reporter's is no unit: the reporter speaks for no side
    ("By Tom Cole, Army Times\n\nWe drove with the convoy from Kharkiv to Kupiansk on Monday.", "Tom Cole"),
    ("By Tom Cole, Forces News\n\nOur troops were exhausted, the sergeant told me. British soldiers moved from Tapa "
     "to Narva on Friday.", "Tom Cole"),
    ("By Ann Lee, Marine Corps Times\n\nText.", "Ann Lee"),
    ("By Ann Lee, Guardian Media Group\n\nText.", "Ann Lee"),
    ("By Ann Lee, Stars and Stripes Pacific Command\n\nText.", "Ann Lee"),
    # a name whose head is no unit's word
    ("By Ann Lee, Navy Lookout\n\nText.", "Ann Lee"),
    # a unit's or its press office's name ends in what it is
    ("Marines land\n\nStory by Cpl. John Doe | III Marine Expeditionary Force\n\nText.",
     "Cpl. John Doe, III Marine Expeditionary Force"),
    ("Marines land\n\nBy Jane Doe, 1st Marine Division Public Affairs\n\nText.",
     "Jane Doe, 1st Marine Division Public Affairs"),
    ("Ships sail\n\nBy Ann Lee, Carrier Strike Group 3\n\nText.", "Ann Lee, Carrier Strike Group 3"),
])
def test_an_outlets_name_is_no_authors_unit(text, author):
    from geo.extract.attribution import byline

    assert byline(text) == author


@pytest.mark.parametrize("text, sentence, expected", [
    ("By Tom Cole, Army Times\n\nText.", "We drove with the convoy from Kharkiv to Kupiansk on Monday.", "reported"),
    ("By Tom Cole, Forces News\n\nText.", "British soldiers moved from Tapa to Narva on Friday.", "reported"),
    ("By Jane Doe, 1st Marine Division Public Affairs\n\nText.", "About 800 paratroopers flew from Vicenza to Riga.",
     "confirmed"),
    ("Story by Cpl. X | III Marine Expeditionary Force\n\nText.", "Marines flew from Okinawa to Darwin.", "confirmed"),
])
def test_a_newspapers_reporter_only_reports(text, sentence, expected):
    from geo.extract.attribution import byline

    assert settle_status("reported", byline(text), sentence) == expected


@pytest.mark.parametrize("text", [
    # a sentence of prose that begins "Statement by": the review's c1
    "By Jane Smith\n\nUkrainian forces moved from Kharkiv to Kupiansk on Monday.\n\n"
    "Statement by the ministry came hours after the attack, as expected.\n\n"
    "Russian troops withdrew from Kherson to Nova Kakhovka on Tuesday.\n",
    "Title\n\nStatement by President Zelensky came hours after the attack\n\nUnits moved.\n",
    "Title\n\nSTATEMENT BY THE MINISTRY CAME LATE.\n\nUnits moved.\n",
    # a numbered list of movements with their videos: the review's c2
    "Minsk Watch | Weekly digest\n\nWhat we saw this week:\n\n1. Russian troops moved from Pskov to Minsk (video)\n\n"
    "2. Belarusian units left Brest for Hrodna (video)\n",
])
def test_prose_and_list_items_are_no_statement_headings(text):
    from geo.extract.attribution import statement_sections

    assert statement_sections(text) == []


@pytest.mark.parametrize("head, who", [
    ("Statement by the Ministry of Defence on the situation in Kursk region", "the Ministry of Defence"),
    ("STATEMENT BY THE GENERAL STAFF OF THE ARMED FORCES OF UKRAINE", "THE GENERAL STAFF OF THE ARMED FORCES OF UKRAINE"),
    ("1. Ukraine's General Staff (Telegram, 3 March)", "Ukraine's General Staff"),
])
def test_a_heading_names_its_issuer_in_other_words(head, who):
    from geo.extract.attribution import statement_sections

    assert [w for _a, _b, w in statement_sections(f"Title\n\n{head}\n\nUnits moved.\n")] == [who]


@pytest.mark.parametrize("text, expected", [
    # who a government's page is from: a body, the first named, a comma and an ampersand inside its name
    ("News story\n\nFrom: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP\n\nText.",
     "Foreign, Commonwealth & Development Office"),
    ("News story\n\nFrom: Royal Air Force and The Rt Hon Grant Shapps MP\n\nText.", "Royal Air Force"),
    # a route table's "From:" in a translated document is no issuer, nor a person
    ("[Translated from Russian.]\n\nFrom: Port of Tartus\nTo: Port of Novorossiysk\n\nShips left.", ""),
    ("PRESS RELEASE\n\nFrom: Jane Smith and Tom Cole\n\nText.", ""),
])
def test_a_page_is_from_a_body(text, expected):
    from geo.extract.attribution import issuer

    assert issuer(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause about the speaker closing the sentence, in other words
    ("Ships sailed to Tartus, said Adm. Tom Cole, who commands the task force in the region.", "Adm. Tom Cole"),
    ("Troops left Kherson, said Ann Lee, who spoke to reporters in Kyiv.", "Ann Lee"),
    # a which-clause about what was said, after no named speaker, names none
    ("Tanks moved to Kursk, which Russia denied.", None),
    # when or where a named one spoke, between commas, in other words
    ("Kim Jong Un, in a speech on Monday, said troops would go.", "Kim Jong Un"),
    ("On Monday, during a visit to Kyiv, Rutte said troops would stay.", "Rutte"),
    # a fronted time or a subject that does not speak is no speaker
    ("Monday, after the talks, brought news that troops left.", None),
    ("Columns, at dawn, reportedly moved.", None),
])
def test_clauses_about_the_speaker_and_where_they_do_not_apply(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where, before the speaker who opens the sentence, is no speaker; the office and its holder set off by commas are
    ("Across the border, the spokesman for the Odesa regional administration, Serhiy Bratchuk, says Ukrainian forces "
     "have strengthened their positions.", "the spokesman for the Odesa regional administration, Serhiy Bratchuk"),
    ("At the port, the regional governor, Ivan Petrenko, said two frigates had left.",
     "the regional governor, Ivan Petrenko"),
    ("Poland moved about 10,000 soldiers to its border with Belarus, the defence minister, Mariusz Błaszczak, said.",
     "the defence minister, Mariusz Błaszczak"),
    # a place phrase that opens a sentence with no speaker names none
    ("Across the river, Russian troops dug in near Kherson.", None),
    ("Near the border, troops massed.", None),
    # the same words opening a count of those who say it
    ("According to at least two officials, troops left Kursk.", "at least two officials"),
    ("Troops left Kursk, according to around 30 residents.", "around 30 residents"),
    ("According to over 20 witnesses, tanks crossed at Sudzha.", "over 20 witnesses"),
])
def test_where_before_the_speaker_and_an_office_with_its_holder(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the name after the head that says what the speaker is, closing the sentence
    ("Syrian troops entered Saraqeb on 6 February, the state news agency SANA said, leaving four posts behind.",
     "the state news agency SANA"),
    ("Two battalions reached Kupiansk, the monitoring project DeepState reported.", "the monitoring project DeepState"),
    # a speaker named by what they are after an inverted verb
    ('"My son called me from Kidal on Tuesday night," said a mother in the Château district.',
     "a mother in the Château district"),
    ('"The tanks left at dawn," said one of the drivers, who asked not to be named.', "one of the drivers"),
    # no inverted verb after a quotation: the object of "said" is what was said
    ("Officials said a battalion had left Kursk.", "Officials"),
    ("Troops massed near Kursk, and on Monday, said two tanks had crossed.", None),
])
def test_a_speaker_named_by_what_it_is_after_its_verb(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named source that shows or publishes what the sentence reports
    ("On 12 April, Niger's state television showed Russian instructors being unloaded from an Il-76 in Niamey.",
     "Niger's state television"),
    ("Maxar Technologies, a US satellite company, released an image of the convoy near Ivankiv.", "Maxar Technologies"),
    ("Sky News broadcast footage of a tank crossing a field in Kursk region.", "Sky News"),
    ("The Syrian Observatory for Human Rights, a UK-based monitor, counted 1,200 Turkish vehicles entering Idlib.",
     "The Syrian Observatory for Human Rights"),
    # forces that saw, counted or filmed something are what the sentence is about, not its source
    ("Ukrainian forces counted 40 Russian tanks near Kupiansk.", None),
    ("Russian troops filmed themselves entering Avdiivka.", None),
    ("Ukrainian forces showed no sign of leaving Sudzha.", None),
])
def test_a_named_source_that_shows_or_publishes(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("Photo: A Ukrainian Marder 1A3 near the border in Sumy oblast, 12 August. Photo: Oleh Kravets/AFP",
     "Oleh Kravets/AFP"),
    ("Photo caption: A convoy on the road from Khazir to Bartella, 20 October. (Photo: Ahmad al-Rubaye/AFP)",
     "Ahmad al-Rubaye/AFP"),
    ("Photo: Danish soldiers unload equipment at Kangerlussuaq, 10 September. (Danish Defence)", "Danish Defence"),
    ("Photo: A B-2 Spirit taxis at Whiteman Air Force Base. U.S. Air Force photo", "U.S. Air Force photo"),
    ("Photograph: Tu-95MS bombers at Anadyr, 11 June. Satellite image ©2025 Planet Labs PBC",
     "Satellite image ©2025 Planet Labs PBC"),
    # no caption, or a caption with no credit, or brackets that say where or when
    ("Troops arrived in Sumy on 12 August (Reuters).", ""),
    ("Photo: Troops near Sumy, 12 August.", ""),
    ("Photo: A tank near Kupiansk (left) and a truck (12 August)", ""),
    ("Photos posted by residents show soldiers at the airport.", ""),
])
def test_a_captions_credit(line, expected):
    from geo.extract.attribution import caption_credit

    assert caption_credit(line) == expected


@pytest.mark.parametrize("text, expected", [
    ("By Jane Smith\n\nUkrainian units moved to Sumy.\n\n"
     "Photo: Ukrainian soldiers near Yunakivka, Sumy region, in May. Photo: 95th Air Assault Brigade\n",
     ("95th Air Assault Brigade",)),
    ("By Jane Smith\n\nPhoto: An Egyptian army checkpoint near El Arish. Photo: Khaled Desouki/AFP\n",
     ("Khaled Desouki/AFP",)),
    # a caption that names who released the picture keeps that speaker; a line that is no caption keeps its source
    ("By Jane Smith\n\nPhoto caption: Vehicles at a station in Belarus, in an image released by the Belarusian "
     "defence ministry. (Photo: Belarusian Defence Ministry via AP)\n", ("the Belarusian defence ministry",)),
    ("By Jane Smith\n\nTroops moved to El Arish on Monday. (Reuters)\n", ("Jane Smith",)),
])
def test_a_captions_stops_are_said_by_its_credit(text, expected):
    from geo.extract.attribution import credited, find_source

    rows = []
    for place in ("Yunakivka", "El Arish", "Belarus"):
        at = text.find(place)
        if at < 0:
            continue
        line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at)]
        rows.append({"role": "presence", "start": at, "note": line, "status": "reported",
                     "source": find_source(line) or "Jane Smith"})
    assert tuple(r["source"] for r in credited(rows, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops moved\n\nBy Jane Doe | 3 March 2024\n\nText.", True),
    ("Marines landed\n\nStory by Cpl. John Doe | III Marine Expeditionary Force\n\nText.", True),
    # a masthead or an issuer stands in for the byline (byline() gives them), but they are no byline
    ("Minsk Watch | Translations | 19 August 2024\n\nText.", False),
    ("Troops left. By then it was late.", False),
])
def test_whether_an_article_has_a_byline_of_its_own(text, expected):
    from geo.extract.attribution import has_byline

    assert has_byline(text) is expected


@pytest.mark.parametrize("source, text, expected", [
    # a clause about the speaker between it and its pronoun is the speaker's
    ("The 72nd Separate Mechanised Brigade", "The 72nd Separate Mechanised Brigade, which defended Vuhledar for most "
     "of the war, said on Telegram that its soldiers had left the town.", "confirmed"),
    ("The 47th Brigade", "The 47th Brigade, the unit that holds the line, said its battalions had reached Berdychi.",
     "confirmed"),
    # what a force does where it goes, told by the speaker of itself
    ("The 92nd Brigade", "The 92nd Brigade said it now holds positions west of the Oskil river near Kupiansk.",
     "confirmed"),
    ("Belgium", "Belgium says it has already left Constanța for the Cincu range.", "confirmed"),
    # another name between the speaker and the pronoun is another antecedent; "they" after a speaker as often names
    # forces told of before; anonymous voices speak for no forces
    ("Daniel Hart", "Daniel Hart said the Army had withdrawn its troops from Cincu.", "reported"),
    ("Hanna Maliar", "Hanna Maliar said they had entered Kupiansk on Monday.", "reported"),
    ("Ukrainian officials", "Ukrainian officials, who asked not to be named, said it now holds Sudzha.", "reported"),
])
def test_a_voice_telling_of_its_own_forces_past_a_clause_about_it(source, text, expected):
    assert settle_status("reported", source, text) == expected


@pytest.mark.parametrize("caption, expected", [
    # a unit's or a command's own picture of forces: confirmed; an agency's or a photographer's: reported
    ("Photo: Ukrainian soldiers near Yunakivka, Sumy region, in May. Photo: 95th Air Assault Brigade/Handout",
     "confirmed"),
    ("Photo: Danish soldiers unload equipment at Yunakivka. (Danish Defence)", "confirmed"),
    ("Photo: M23 fighters at Yunakivka, 28 January. Photo: Arlette Bashizi/Reuters", "reported"),
    # a side's picture of its adversary's forces is its claim
    ("Photo: Russian tanks near Yunakivka. Photo: Ukraine's 95th Air Assault Brigade", "claimed"),
])
def test_a_captions_status_by_who_its_credit_is(caption, expected):
    from geo.extract.attribution import credited

    text = f"By Jane Smith\n\nTroops moved.\n\n{caption}\n"
    note = caption[:caption.index(".") + 1]
    rows = [{"role": "presence", "start": text.index("Yunakivka"), "note": note, "status": "reported",
             "source": "Jane Smith"}]
    assert credited(rows, text)[0]["status"] == expected


@pytest.mark.parametrize("text, expected", [
    # released, published: only evidence makes the subject a source; prisoners, hostages, names are what it did
    ("Hamas released three hostages in Gaza on Saturday.", None),
    ("Russia released 95 Ukrainian prisoners of war in Belarus.", None),
    ("Israel published the names of the soldiers killed in Rafah.", None),
    ("Maxar Technologies, a US satellite company, released an image of the convoy near Ivankiv.", "Maxar Technologies"),
    ("The ministry published new satellite images of the airfield at Saky.", None),  # "the ministry": named before
    ("The Russian Defence Ministry published footage of tanks crossing into Kursk.", "The Russian Defence Ministry"),
    ("Sky News broadcast footage of a tank crossing a field in Kursk region.", "Sky News"),
])
def test_releasing_or_publishing_needs_evidence(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("source, text, expected", [
    # the dummy "it" of a time taken is no speaker's own movement
    ("The 47th Brigade", "The 47th Brigade said it took three days for Russian troops to reach Avdiivka.", "reported"),
    ("The 47th Brigade", "The 47th Brigade said it had taken weeks for the enemy to cross the Dnipro.", "reported"),
    # what a force does where it goes, told by itself
    ("The 47th Brigade", "The 47th Brigade said it took the village of Berdychi on Monday.", "confirmed"),
    ("The 92nd Brigade", "The 92nd Brigade said it now holds positions west of the Oskil river near Kupiansk.",
     "confirmed"),
    ("Belgium", "Belgium says it has already left Constanța for the Cincu range.", "confirmed"),
])
def test_a_time_taken_is_no_movement_of_ones_own(source, text, expected):
    assert settle_status("reported", source, text) == expected


@pytest.mark.parametrize("line, expected", [
    # what the picture is, or the picture itself, is no credit
    ("Photo: Russian troops in Kursk (archive photo)", ""),
    ("Photo: Russian troops in Kursk (illustrative)", ""),
    ("Photo: Russian troops in Kursk (file image)", ""),
    ("Photo: Troops leave Sumy. The photo", ""),
    ("Photo: A tank near Kupiansk (12 August)", ""),
    ("Photo: Troops near Sumy (March 2024)", ""),
    # a month's name inside a credit is a name
    ("Photo: Troops in Sumy, 12 May. Photo: Ben March/AFP", "Ben March/AFP"),
    ("Photo: Troops in Sumy (Theresa May/Reuters)", "Theresa May/Reuters"),
    # the corpus gives a handout as its picture's source
    ("Photo: A Russian soldier at the airport in Timbuktu, March 2024. Photo: handout", "handout"),
    ("Photo: Danish soldiers unload equipment at Kangerlussuaq, 10 September. (Danish Defence)", "Danish Defence"),
])
def test_what_a_captions_bracket_says_besides_a_credit(line, expected):
    from geo.extract.attribution import caption_credit

    assert caption_credit(line) == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker after an inverted verb ends before a clause about them, with or without its comma
    ('"We left at dawn," said a soldier who had served in Bakhmut.', "a soldier"),
    ('"We were told to pack," said a staff sergeant from Ohio who asked to be identified only by his first name, '
     'Tyler.', "a staff sergeant from Ohio"),
    ('"We left at dawn," said a soldier, who had served in Bakhmut.', "a soldier"),
    # ... and before a finite verb: what follows is what was said
    ('"The port is empty," said two frigates had left Sevastopol.', None),
    ('"My son called me from Kidal on Tuesday night," said a mother in the Château district.',
     "a mother in the Château district"),
])
def test_a_speaker_after_its_verb_ends_before_a_clause(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where, before the source that opens the sentence (one list of place words for both uses)
    ("Across the border, Vyacheslav Gladkov said that troops had left Belgorod.", "Vyacheslav Gladkov"),
    ("Back in Kyiv, Ukraine's General Staff said the convoy had reached Sumy.", "Ukraine's General Staff"),
    ("Nearby, Andriy Yusov said tanks had entered Sudzha.", "Andriy Yusov"),
])
def test_where_before_the_source(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("source, head, expected", [
    # a channel's post (hashtags, emoji) told on its own first-person sources: the channel claims it
    ("Our sources in the Polish army", "⚡️ POLAND MOVING HEAVY ARMOUR EAST\n\n", "claimed"),
    ("Our subscribers in the Odessa region", "#Transnistria #Odessa\n\n", "claimed"),
    ("our aerial reconnaissance", "🔥 OSKIL HAWKS\n\n", "claimed"),
    ("Our monitors", "⚠️ Convoy alert #AinAlAsad\n\n", "claimed"),
    # not a channel's post: an outlet's "our sources" are anonymous sources, which report
    ("Our sources in the Polish army", "By Jane Smith\n\n", "reported"),
    # a channel's post told by a named body, or by the outlet's own reporter: not the channel's own sources
    ("The Polish Ministry of Defence", "⚡️ POLAND MOVING HEAVY ARMOUR EAST\n\n", "reported"),
    ("Our correspondent in Tiraspol", "🔴 LIVE #Transnistria\n\n", "reported"),
])
def test_a_channels_own_sources_claim(source, head, expected):
    from geo.extract.attribution import channel_sources

    note = f"{source} report tanks unloading at Przemysl station overnight."
    text = head + note + "\n"
    rows = [{"role": "destination", "start": text.index("Przemysl"), "note": note, "status": "reported",
             "source": source}]
    assert channel_sources(rows, text)[0]["status"] == expected


def test_a_channels_own_sources_leave_flagged_statuses_and_mentions():
    from geo.extract.attribution import channel_sources

    text = "#Sudzha ⚡️\n\nOur sources deny that tanks reached Sudzha.\n"
    rows = [{"role": "destination", "start": 40, "note": "", "status": "denied", "source": "Our sources"},
            {"role": "mention", "start": 40, "note": "", "status": "reported", "source": "Our sources"}]
    assert [r["status"] for r in channel_sources(rows, text)] == ["denied", "reported"]


@pytest.mark.parametrize("text, expected", [
    # a hashtag quoted in the body, or an arrow in a headline, makes no channel post (review H4)
    ("Russian frigates leave Syria\n\nThe frigates were first spotted by an account posting under #RussianNavy.\n\n"
     "Our analysis of satellite images shows that two Russian frigates left Tartus for Novorossiysk on 3 May.\n", None),
    ("Frigates leaving Tartus \u2192 Novorossiysk\n\nOur analysis of satellite images shows that two Russian frigates "
     "left Tartus for Novorossiysk on 3 May.\n", None),
])
def test_an_outlets_own_work_is_no_channels_claim(text, expected):
    from geo.extract.attribution import channel_sources

    for source in ("Our analysis of satellite images", "Our reporters"):
        rows = [{"role": "destination", "start": text.index("Novorossiysk", 40), "note": "", "status": "confirmed",
                 "source": source},
                {"role": "origin", "start": text.index("Tartus", 40), "note": "", "status": "reported",
                 "source": source}]
        assert [r["status"] for r in channel_sources(rows, text)] == ["confirmed", "reported"]


@pytest.mark.parametrize("text, expected", [
    ("\u26a1\ufe0f POLAND MOVING HEAVY ARMOUR EAST\n\nTanks unload.", True),
    ("Golan Now\n\n10 Dec 2024, 07:20\n\U0001f534 Israeli tanks entered #KhanArnabah at dawn.", True),
    ("Russian frigates leave Syria\n\nThe frigates left.\n\nAnalysts\n\nThey were spotted under #RussianNavy.", False),
    ("Frigates leaving Tartus \u2192 Novorossiysk\n\nThe frigates left.", False),
    ("SAHEL SECURITY BULLETIN\n\nKEY EVENTS\n\u25aa Mali: heavy losses near Tinzaouaten", False),
])
def test_a_channel_post_is_read_in_its_head(text, expected):
    from geo.extract.attribution import channel_post

    assert channel_post(text) is expected


@pytest.mark.parametrize("text, expected", [
    # a speaker's word that forces are not there or do not move is a denial, as an explicit "denied" is
    ('The defence ministry said there were "no Russian units" anywhere near Mozyr.', "denied"),
    ("The army spokesman told reporters that no warships had been moved to Tartus.", "denied"),
    ('"Nobody is going to Kuwait from Erbil," the official said.', "denied"),
    ("The governor said the garrison \"has not gone anywhere\" from the port.", "denied"),
    ("The border service says there are no signs of Belarusian troops near the border.", "denied"),
    ("The Pentagon said it had \"no plans\" to station troops at Rzeszów.", "denied"),
    ('Minsk said "our soldiers are not taking part" in the operation near Gomel.', "denied"),
    # not a denial: the outlet's own negation, a number, a time, "not only", a plain movement
    ("There is no sign of new combat forces heading to Greenland.", "reported"),
    ("No fewer than 500 troops arrived in Brest, the ministry said.", "reported"),
    ("Troops were no longer in Kherson by Friday, the governor said.", "reported"),
    ("Not only tanks but also artillery moved to Belgorod, the ministry said.", "reported"),
    ("Two battalions moved to Brest, the ministry said.", "reported"),
])
def test_a_negated_presence_said_is_denied(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("text", [
    # "no" governs something else than the forces (REVIEW3 H1)
    "Officials said there is no question that Russian troops moved to Kupiansk.",
    "The minister said Russia has no choice but to send troops to Belarus.",
    "The ministry said it was no secret that troops moved to Brest.",
    "The ministry said there were no casualties among the troops who arrived in Brest.",
    "The commander said there was no time to rest as troops moved to Bakhmut.",
    "With no air support the troops advanced into Bakhmut, the commander said.",
    # "never" and "nobody" not with a movement (H2)
    "The governor said Russia had never had so many troops in Belarus as the 20th Army moved to Gomel on Monday.",
    "Never before have so many troops gathered near Brest, the governor said.",
    "Nobody was hurt when the convoy arrived in Brest, the police said.",
    # the negation is about something else than the stop's movement, which the sentence affirms (H3)
    "The army said two battalions arrived in Brest and no other units were involved.",
    "Forces that had not moved for weeks advanced into Vovchansk, the general staff said.",
    "The minister said he was not present when the troops arrived in Kherson.",
    "Russian troops are not going home and will stay in Narva, the minister said.",
    "Russia, which has a military base in Tajikistan, is allied to both; the bloc said it would not send forces.",
    # a unit's name in quotation marks is no speaker (M2); not yet is no denial
    'There is no sign of the "Akhmat" battalion in Kupiansk.',
    "The brigade has not yet moved to Narva, the ministry said.",
    "Why have no reinforcements been sent to Pokrovsk, the commander asked?",
])
def test_a_negation_not_governing_the_forces_movement_denies_nothing(text):
    assert find_status(text) == "reported"


@pytest.mark.parametrize("text", [
    # a contraction denies as the full form does (H4)
    "The fleet hasn't gone anywhere from Novorossiysk, the minister said.",
    "The fleet hasn’t gone anywhere from Novorossiysk, the minister said.",
    "The fleet has not gone anywhere from Sevastopol, the minister said.",
    # any form of "involve" (L1)
    "Ground troops are not involved in Kherson, the Pentagon said.",
    "The Pentagon said the operation does not involve ground troops in Syria.",
    # the negation governs the forces: their noun, their verb, or a movement verb's object
    'Błaszczak said: "No Polish soldier will enter Ukraine".',
    "The ministry said no Congolese soldiers had crossed into Rwanda.",
    "The minister said Russia has not sent any troops to Belarus.",
    "The official said troops were never deployed to Rzeszów.",
    '"There are no plans to establish a base in Kobani," a spokesman said.',
])
def test_a_negation_governing_the_forces_movement_is_denied(text):
    assert find_status(text) == "denied"


@pytest.mark.parametrize("text, status", [
    # a negated second clause denies too: the denial stands (REVIEW5 H2)
    ("Belarus's defence ministry said there were no Russian troops near Grodno and none were going there.", "denied"),
    ("Belarus's defence ministry said there were no Russian troops near Grodno and nobody was moving there.", "denied"),
    # a verb with no negation in its own clause affirms a movement: no denial
    ("The army said two battalions arrived in Brest and no other units were involved.", "not denied"),
    ("The ministry said there were no Russian troops near Grodno, but two battalions arrived there on Monday.",
     "not denied"),
])
def test_a_negated_second_clause_keeps_the_denial(text, status):
    assert (find_status(text) == status) if status == "denied" else find_status(text) != "denied"


# A body named by what it is, after what it said or opening the sentence, is its own speaker; a head alone, or with
# words that point back, is the one named before; a body inside a person's title, a relative clause or after a
# determiner is no speaker (session 14).
@pytest.mark.parametrize("text, expected", [
    ("Australia sent two patrol boats from Cairns to Honiara, the Australian defence department said.",
     "the Australian defence department"),
    ("Troops left Mogadishu overnight for Balcad, the defence ministry said.", "the defence ministry"),
    ("Meanwhile, the regional military administration said three busloads of men arrived in Druzhkivka.",
     "the regional military administration"),
    ("The defence ministry said the guardsmen landed in Ciudad Juárez.", "The defence ministry"),
    ("Russian instructors arrived in Kidal from Bamako, the FLA rebel alliance claimed.", "the FLA rebel alliance"),
    ("A convoy left Pemba for Nacala port, the SADC secretariat said in a statement.", "the SADC secretariat"),
    # a clause's conjunction is no part of its speaker, who is its own even by a head alone
    ("Buses took residents from Sudzha to Kursk, where the mayor said 300 people arrived.", "the mayor"),
    ("Trucks went from Sudzha to Lgov, but the border guards said none crossed.", "the border guards"),
    ("Israeli troops raided Kuwayya, where residents said armoured vehicles entered on 25 March.", "residents"),
    ("Drones struck Dzhankoi, and the Crimean Tatar partisan group Atesh says its members sabotaged the line.",
     "the Crimean Tatar partisan group Atesh"),
])
def test_a_body_described_by_what_it_is_speaks(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text", [
    "Troops arrived in Kursk, the ministry said.",  # a head alone: the ministry named before
    "Troops arrived in Kursk, the same officials said.",
    "The troops arrived in Kursk, the two officers said.",
    "Troops arrived in Kursk, and the ministry said so.",
    # a body inside a person's title, or in a relative clause, is not who speaks
    "Russian troops moved from Belgorod to Kharkiv, the head of the defence ministry said.",
    "Troops left Kherson for Mykolaiv, the wife of a soldier in the brigade said.",
    "A column left Bakhmut for Chasiv Yar, the soldier who heard the army headquarters said.",
    # determiners and clauses are no describing words
    "Jets landed at Roosevelt Roads, part of a buildup in the Caribbean that the Trump administration says targets "
    "drug cartels.",
    "Tanks drove from Kupiansk to Izium on the day the police said the curfew began.",
    "Troops entered Donetsk from Horlivka, the city the separatist administration said it controlled.",
    "Troops reached Petrozavodsk, where Moscow is forming the headquarters of a new army corps announced last year.",
    "Warships sailed from Tartus to Baltiysk as the fleet announced a drill.",
    "The convoy moved to the border, said the new department announced on Friday.",
])
def test_a_head_alone_a_title_or_a_clause_names_no_speaker(text):
    assert find_source(text) is None


def test_a_described_body_is_the_drafts_source_and_a_head_alone_carries_the_one_named_before():
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article, Mention

    text = ("Patrol boats\n\nBy Anna Petrova | 3 March 2024\n\n"
            "Australia sent two patrol boats from Cairns to Honiara, the Australian defence department said.\n\n"
            "Russia's defence ministry said troops left Belgorod for Kursk.\n\n"
            "Buses took residents from Sudzha to Lgov, where the mayor said 300 people arrived.\n\n"
            "Tanks moved from Kherson to Mykolaiv, the head of the defence ministry said.")

    def find(t):
        return sorted((Mention(m.start(), m.end(), n) for n in ("Cairns", "Honiara", "Sudzha", "Lgov", "Kherson",
                                                                 "Mykolaiv") for m in re.finditer(n, t)),
                      key=lambda m: m.start)

    rows = extract_article(Article("t.txt", text), Options(date="2024-03-03"), find=find, roles=None, routes=None,
                           sources=None)
    by_place = {r["place"]: r["source"] for r in rows}
    assert by_place["Honiara"] == "the Australian defence department"
    assert by_place["Lgov"] == "the mayor"
    assert by_place["Mykolaiv"] != "the defence ministry"  # the head's body is not who speaks


@pytest.mark.parametrize("text, expected", [
    # a speaker named after what they said, with who they are between commas
    ('"Two days ago, our special forces units entered Juba to secure it," General Muhoozi Kainerugaba, who is also '
     "the president's son, wrote on X on Tuesday.", "General Muhoozi Kainerugaba"),
    ("The launchers were flown from Iwakuni and driven to a coastal site, Colonel Dennis Hernandez, a Balikatan "
     "spokesman, told a briefing.", "Colonel Dennis Hernandez"),
    # the denier after "denied by"
    ("Ukrainian units still hold the town; a Russian claim of capture was denied by the 11th Army Corps.",
     "the 11th Army Corps"),
    # a name governed by a preposition does not cite: the one who said it does
    ("Cairo said on May 12 that it would join the case at the International Court of Justice, citing the Rafah "
     "operation.", "Cairo"),
    ("Yonhap, citing military sources, reports that the launchers were loaded at Busan.",
     "Yonhap, citing military sources"),
])
def test_speakers_after_their_words_deniers_and_citers(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text", [
    # one speaker and a verb's bare form do not agree: "claim" is a noun
    "Ukrainian units still hold the town; a Russian claim of capture was soon forgotten.",
    "The drills would continue and the Russian troops would stay in Belarus, citing the escalation in Donbas.",
    # what a place is, between commas, is no speaker
    "Tanks reached Kyiv, the capital, on Monday.",
])
def test_no_speaker_from_a_noun_claim_a_cited_place_or_a_places_apposition(text):
    assert find_source(text) is None


@pytest.mark.parametrize("text, expected", [
    # a heading's question word and a relative pronoun are no part of the speaker
    ("What the Pentagon says", "the Pentagon"),
    ("What Minsk and Moscow say", "Minsk and Moscow"),
    ("Its statements mention a squadron of Su-35 fighters, which the Belarusian ministry said would be based at "
     "Baranovichi.", "the Belarusian ministry"),
    ("Neither claim can be independently confirmed, but Russian Railways has publicly acknowledged delays.",
     "Russian Railways"),
])
def test_a_question_word_or_a_relative_pronoun_opens_no_speaker(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text", [
    "What the army says is moving:",  # a head alone: the army named before
    "Nobody claimed the attack.",
    "What neither government said is where the bombers came from.",
])
def test_no_speaker_from_a_negated_one_or_a_bare_head_after_what(text):
    assert find_source(text) is None


def test_a_bylines_date_after_a_dash_is_no_part_of_the_name():
    from geo.extract.attribution import byline

    assert byline("Arms to Yemen\n\nBy Investigations Staff — 20 February 2024\n\nThe dhow left.") == \
        "Investigations Staff"
    assert byline("Troops\n\nBy Jean-Paul Kambale-Mbuyi | 3 May 2024\n\nText.") == "Jean-Paul Kambale-Mbuyi"


@pytest.mark.parametrize("text, expected", [
    # a phrase cut inside its complement loses the dangling words
    ("A Sentinel-2 image from the following afternoon shows a ship alongside the container berths.",
     "A Sentinel-2 image"),
    # "the said X": "said" is no verb, and "commander" alone names nobody
    ("Our forces captured Brigadier General Thurein Tun, commander of the said Western Regional Military Command, "
     "together with staff officers.", None),
])
def test_a_speaker_ends_with_no_function_word(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a new clause's subject named by its office speaks for itself, with a modifier too (REVIEW4 H2)
    ("Buses took residents from Sudzha to Kursk, where the local mayor said 300 people arrived.", "the local mayor"),
    ("Trucks went from Sudzha to Lgov, and the regional governor said none crossed.", "the regional governor"),
    ("Trucks went from Sudzha to Lgov, and the ministry spokesman said none crossed.", "the ministry spokesman"),
    # but a head that refers back stays the one named before, and an office alone after the report is one named before
    ("Trucks went from Sudzha to Lgov, and the ministry said none crossed.", None),
    ("Troops moved from Kherson to Mykolaiv, the defence minister said.", None),
    # "disputed by", "rejected by" a plan or a place name no speaker (H3); the denier of a claim does
    ("Chinese warships sailed from Sanya to the Paracel Islands, an archipelago disputed by Vietnam and Taiwan.", None),
    ("Azerbaijani troops moved from Aghdam to Lachin, a corridor long disputed by Armenia.", None),
    ("After a ceasefire plan rejected by Kyiv, Russian troops moved from Belgorod to Vovchansk.", None),
    ("A Russian claim of capture was denied by the 11th Army Corps.", "the 11th Army Corps"),
    # an object-relative clause's subject is no speaker (H4); a body named by what it is still is
    ("US troops will move from Baghdad to Erbil, part of a drawdown the coalition announced on Friday.", None),
    ("NATO jets flew from Amari to Siauliai, a deployment the alliance confirmed on Monday.", None),
    ("Jets flew from Ramstein to Rzeszow, the US embassy confirmed on Monday.", "the US embassy"),
    # many who say (M2), an outlet a report is in that cites (M3), a city's body (M4)
    ("A few witnesses say convoys moved from Kupiansk to Izium.", "A few witnesses"),
    ("A number of residents say troops moved from Kupiansk to Izium.", "A number of residents"),
    ("Troops moved from Belgorod to Kursk, said a report in Meduza, citing sources in the defence ministry.",
     "Meduza, citing sources in the defence ministry"),
    ("Troops moved from Kherson to Mykolaiv, the city military administration said.",
     "the city military administration"),
])
def test_review4_speakers(text, expected):
    assert find_source(text) == expected


def test_a_body_named_again_by_what_it_is_is_the_one_named_before():
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    text = ("By Staff Writer\n\nRussia's defence ministry said Ukrainian forces were retreating.\n\n"
            "Ukrainian troops moved from Robotyne to Orikhiv, the defence ministry said.\n")
    rows = [r for r in extract_article(Article("a.txt", text), Options()) if r["role"] != "mention"]
    assert rows and {r["source"] for r in rows} == {"Russia's defence ministry"}
    # named first by what it is, it stays so
    text = "By Staff Writer\n\nUkrainian troops moved from Robotyne to Orikhiv, the defence ministry said.\n"
    rows = [r for r in extract_article(Article("a.txt", text), Options()) if r["role"] != "mention"]
    assert rows and {r["source"] for r in rows} == {"the defence ministry"}


@pytest.mark.parametrize("text, expected", [
    # evidence the outlet reviewed itself, in the first person or as "this article": its own verified evidence
    ("Satellite images and rail data reviewed by our team show ammunition trains at Rajin.", "confirmed"),
    ("Port records reviewed by us show that it loaded cargo at the terminal in Taicang in February.", "confirmed"),
    ("Commercial satellite images reviewed for this article show seven Bears parked at Olenya.", "confirmed"),
    ("The Angara docked at the Dunai naval base near Vladivostok on 2 July, according to our imagery.", "confirmed"),
    ("Our conclusion: the H-6Ks staged for at least four days at Ugolny airport in Anadyr.", "confirmed"),
    # not documents merely seen, nor the outlet's sources, nor another's review, nor what it could not verify
    ("By mid-August, according to soldiers' messages seen by the newspaper, the battalion had reached Svatove.",
     "reported"),
    ("According to our sources in the defence ministry, another train left for the border last week.", "reported"),
    ("Flight data reviewed by Air Mobility Watch showed tankers flying to Moron air base.", "reported"),
    ("Satellite images reviewed by our team could not confirm that the ships reached Tartus.", "reported"),
    # "US" is the United States, not the outlet's "us"
    ("Satellite images reviewed by US intelligence show ammunition trains at Rajin.", "reported"),
    ("Port records reviewed by US officials show that it loaded cargo at the terminal in Taicang.", "reported"),
])
def test_the_outlets_own_review(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("source, text, expected", [
    # an officer, commander or soldier left unnamed speaks anonymously: he reports, though his army is named
    ("a Romanian army officer at the range", "The soldiers came to Bulboaca from Focsani, a Romanian army officer at "
     "the range said.", "reported"),
    ("An officer of the 2nd Army Area", "Tanks left Nakhon Ratchasima on Saturday, an officer of the 2nd Army Area "
     "said.", "reported"),
    ("an SDF commander", "About 300 fighters moved to Manbij, an SDF commander said.", "reported"),
    # the army's spokesman, or an officer by rank and name, speaks for it on the record
    ("an army spokesman", "The battalion moved to Arad by rail, an army spokesman said.", "confirmed"),
    ("the Romanian army", "The soldiers came to Bulboaca from Focsani, the Romanian army said.", "confirmed"),
    # an officer the text names without a rank, or the officers another speaks for, is no anonymous officer
    ("a Russian army commander, Alexander Lapin", "Two battalions moved to Lyman, a Russian army commander, Alexander "
     "Lapin, said.", "confirmed"),
    ("A spokesman for the soldiers", "The soldiers came to Bulboaca from Focsani, a spokesman for the soldiers said.",
     "confirmed"),
])
def test_unnamed_officers_report(source, text, expected):
    assert settle_status(find_status(text), source, text) == expected
