/* The page's own rules of evidence, as geo/corroborate.py states them for Python: the map counts
 * them among the reports its filters show. Pure functions of plain arrays: tested alone in
 * tests/js/. */

// Independent sources among some reports: the same source twice is one source. `sourceKeys[s]` is
// report s's source identity (geo/corroborate.py source_key: case, accents, spaces and
// punctuation folded), so "NYT" and "nyt " are one.
export function distinctSources(sourceKeys, reports) {
  var seen = [];
  for (var m = 0; m < reports.length; m++) {
    var k = sourceKeys[reports[m]];
    if (seen.indexOf(k) < 0) { seen.push(k); }
  }
  return seen.length;
}

// Line weight class of a movement: 0 for one source, 1 for two, 2 for three or more.
export function weightClass(n) { return n >= 3 ? 2 : n - 1; }
