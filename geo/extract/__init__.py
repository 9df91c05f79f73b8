"""Reading news articles into drafts of places.csv (``python -m geo extract``).

Small stages over plain records (:mod:`geo.extract.records`), each testable alone,
with the evidence (offsets, the sentence) carried along:

* :mod:`~geo.extract.read`: files, pages (main text) and standard input -> :class:`Article`;
* :mod:`~geo.extract.sentences`: text -> sentences with offsets;
* :mod:`~geo.extract.recognize`: text -> place mentions;
* :mod:`~geo.extract.roles`: what is reported at each mention (destination, origin, presence, mention);
* :mod:`~geo.extract.resolve`: the article's mentions geocoded together (vague places as areas);
* :mod:`~geo.extract.routes`: origins and destinations -> routes in travel order;
* :mod:`~geo.extract.dates`, :mod:`~geo.extract.numbers`, :mod:`~geo.extract.mode`,
  :mod:`~geo.extract.attribution`: when, how many, how, who says so and how sure;
* :mod:`~geo.extract.pipeline`: one article -> draft rows; :mod:`~geo.extract.rows`: the CSV;
* :mod:`~geo.extract.corpus`: many articles on every core or a Dask cluster, streamed.
"""
