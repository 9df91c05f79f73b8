"""Reading Russian and Ukrainian articles: the language-specific stages of ``geo extract``.

The pipeline (:mod:`geo.extract.pipeline`) is the same for every language; what differs is
how words are read. Here: word forms (:mod:`~geo.extract.slavic.morph`, pymorphy3), place
names (:mod:`~geo.extract.slavic.recognize`: the gazetteer through morphology, and natasha's
NER for Russian).
"""
