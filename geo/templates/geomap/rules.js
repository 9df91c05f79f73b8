/* The page's own rules of evidence, as geo/corroborate.py states them for Python: the map applies
 * them to the reports its filters show. Pure functions of plain arrays: tested alone in tests/js/. */

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

// A denial is counter-evidence, not corroboration: of some reports, the independent sources that
// report it (confirm, report or claim) and, apart, those that deny it. `statusOf[r]` is report r's
// status index, `denied` the index of "denied", `sourceOf[r]` the report (stop) whose source it is.
export function evidence(sourceKeys, statusOf, denied, reports, sourceOf) {
  var support = [], deny = [];
  for (var m = 0; m < reports.length; m++) {
    var r = reports[m];
    (statusOf[r] === denied ? deny : support).push(sourceOf ? sourceOf[r] : r);
  }
  return {support: distinctSources(sourceKeys, support), deny: distinctSources(sourceKeys, deny)};
}

// Reported and denied.
export function contested(e) { return e.support > 0 && e.deny > 0; }

// What a popup says of it, e.g. "Contested: 2 independent sources report it, 1 denies it" (the
// words of geo/corroborate.py Evidence.text); null when there is nothing to say beyond the
// reports themselves (one source, no denial).
export function evidenceText(e) {
  var said = [];
  if (e.support) { said.push(e.support + ' independent source' + (e.support > 1 ? 's report' : ' reports') + ' it'); }
  if (e.deny) { said.push(e.deny + (e.support ? '' : ' independent source' + (e.deny > 1 ? 's' : '')) + ' den' + (e.deny > 1 ? 'y' : 'ies') + ' it'); }
  if (contested(e)) { return 'Contested: ' + said.join(', '); }
  if (e.support > 1) { return 'Corroborated: ' + said[0]; }
  if (e.deny > 1) { return said[0]; }
  return null;
}

// Line weight class of a movement: 0 for one source (or none: denied only), 1 for two, 2 for
// three or more.
export function weightClass(n) { return n >= 3 ? 2 : Math.max(0, n - 1); }
