"""Reading news articles into drafts of places.csv (``python -m geo extract``).

Small stages over plain records, each testable alone: text -> sentences ->
place mentions (:mod:`geo.extract.recognize`) -> resolved places -> reported
rows, with the evidence (offsets, the sentence) carried along.
"""
