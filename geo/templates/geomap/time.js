/* The time control: event or reported date, a slider and play; with no date chosen its label
 * says that nothing is filtered. It sets F.mode and F.T (filters.js) and calls update(). */
import {dayToIso, el, fmtInt} from './util.js';

export function createTimeControl(body, M, F, update) {
  var nS = M.nS, nL = M.nL;
  /* ---- time control: by event date, or by what was known on a date ---- */
  var tp = el('div', 'geo-timectl');
  var modesRow = el('div', 'modes');
  var modeRadios = {};
  [['event', 'When it happened (event date)'], ['reported', 'What was known (reported date)']].forEach(function (mdef) {
    var l = el('label'), r = el('input');
    r.type = 'radio'; r.name = 'geo-mode'; r.value = mdef[0]; r.checked = mdef[0] === 'event';
    r.addEventListener('change', function () { if (r.checked) { setMode(mdef[0]); } });
    modeRadios[mdef[0]] = r;
    l.appendChild(r); l.appendChild(el('span', null, mdef[1])); modesRow.appendChild(l);
  });
  var play = el('button', null, '\u25b6'), slider = el('input'), when = el('span', 'when'), undatedNote = el('div', 'undated');
  play.type = 'button'; play.title = 'Play'; play.setAttribute('aria-label', 'Play');
  slider.type = 'range'; slider.step = 1; slider.setAttribute('aria-label', 'Show reports up to this date');
  tp.appendChild(modesRow); tp.appendChild(play); tp.appendChild(slider); tp.appendChild(when); tp.appendChild(undatedNote);
  body.appendChild(tp);
  var range = {min: null, max: null}, timer = null;

  function computeRange() {
    range.min = null; range.max = null;
    for (var s = 0; s < nS; s++) {
      var d = F.stopDay(s);
      if (d === null) { continue; }
      if (range.min === null || d < range.min) { range.min = d; }
      if (range.max === null || d > range.max) { range.max = d; }
    }
    if (range.min === null) {
      slider.disabled = true; play.disabled = true; slider.min = 0; slider.max = 1; slider.value = 1;
    } else {
      slider.disabled = false; play.disabled = false;
      slider.min = range.min; slider.max = range.max;
      slider.value = F.T === Infinity ? range.max : Math.max(range.min, Math.min(range.max, F.T));
    }
  }
  function updateLabels() {
    var c = F.counts();
    if (range.min === null) {
      when.textContent = F.mode === 'event' ? 'No event dates in the data' : 'No reported dates in the data';
    } else if (F.T === Infinity) {
      // No filter: say so, and say how few reports carry a date (most often, few do).
      when.textContent = 'Every report shown \u00b7 no date filter';
    } else {
      when.textContent = (F.mode === 'event' ? 'Up to ' : 'Known by ') + dayToIso(F.T);
    }
    var dated = 0;
    for (var s = 0; s < nS; s++) { if (F.stopDay(s) !== null) { dated++; } }
    undatedNote.textContent = fmtInt(c.reports) + ' of ' + fmtInt(nS) + ' reports and ' + fmtInt(c.legs) + ' of ' +
      fmtInt(nL) + ' legs shown \u00b7 ' + fmtInt(dated) + ' of ' + fmtInt(nS) + ' reports have ' +
      (F.mode === 'event' ? 'an event' : 'a reported') + ' date' +
      (range.min === null ? '' : ' (' + dayToIso(range.min) + (range.max > range.min ? ' to ' + dayToIso(range.max) : '') + ')') +
      '; the ' + fmtInt(nS - dated) + ' without stay visible at every time';
  }
  function setTimeDay(d) { F.T = d === null ? Infinity : d; if (d !== null && range.min !== null) { slider.value = d; } update(); }
  function setMode(m) {
    if (m !== 'event' && m !== 'reported') { throw new Error("mode must be 'event' or 'reported'"); }
    stopPlay();
    F.mode = m; F.T = Infinity;
    if (modeRadios[m]) { modeRadios[m].checked = true; }
    computeRange(); update();
  }
  function stopPlay() { if (timer) { clearInterval(timer); timer = null; play.textContent = '\u25b6'; play.title = 'Play'; } }
  slider.addEventListener('input', function () { stopPlay(); setTimeDay(+slider.value); });
  play.addEventListener('click', function () {
    if (timer) { stopPlay(); return; }
    if (range.min === null) { return; }
    var step = Math.max(1, Math.round((range.max - range.min) / 120));
    if (F.T === Infinity || F.T >= range.max) { setTimeDay(range.min); }
    play.textContent = '\u275a\u275a'; play.title = 'Pause';
    timer = setInterval(function () {
      var next = Math.min(range.max, F.T + step);
      setTimeDay(next);
      if (next >= range.max) { stopPlay(); }
    }, 120);
  });

  return {computeRange: computeRange, updateLabels: updateLabels, setTimeDay: setTimeDay, setMode: setMode,
          stopPlay: stopPlay, range: range, slider: slider};
}
