// What the map shows and counts (geo/templates/geomap/filters.js) from a blob, with no page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decode} from '../../geo/templates/geomap/decode.js';
import {createFilters} from '../../geo/templates/geomap/filters.js';
import {blob} from './blob.mjs';

const NK = {lat: 40.1, lon: 127.2, k: 2, r: 300}, VL = {lat: 43.11667, lon: 131.9};

function shown(spec) {
  const M = decode(blob(spec)), F = createFilters(M);
  F.apply();
  return {M, F};
}

test('a place reported by the same source twice has one source', () => {
  const {F} = shown({places: [VL], stops: [
    {place: 0, name: 'Vladivostok', source: 'NYT'}, {place: 0, name: 'Vladivostok', source: 'nyt '},
    {place: 0, name: 'Vladivostok', source: 'The New York Times'}]});
  assert.equal(F.pCount[0], 3);
  assert.equal(F.pSources[0], 2);
});

function movement(sources, statuses) {
  const stops = [], legs = [];
  sources.forEach((src, i) => {
    stops.push({place: 0, name: 'North Korea', source: src}, {place: 1, name: 'Vladivostok', source: src});
    legs.push({a: 2 * i, b: 2 * i + 1, mode: 'sea', status: statuses[i], group: 0});
  });
  return shown({places: [NK, VL], stops, legs});
}

test('legs of one movement are drawn once, weighted by independent sources', () => {
  const {F} = movement(['NIS', 'HUR', 'nis'], ['reported', 'claimed', 'reported']);
  assert.deepEqual(Array.from(F.lDraw), [1, 0, 0]);
  assert.equal(F.lSources[0], 2);  // NIS and HUR: "nis" is NIS again
  assert.equal(F.lStatus[0], 1);  // the strongest status: reported
  assert.equal(F.counts().drawnLegs, 1);
  assert.deepEqual(F.shownWith(0), [0, 1, 2]);
});

test('one source repeated is not corroboration', () => {
  const {F} = movement(['NYT', 'N Y T'], ['reported', 'reported']);
  assert.equal(F.lSources[0], 2);  // "N Y T" folds to "n y t": another spelling
  const again = movement(['NYT', 'nyt'], ['reported', 'reported']);
  assert.equal(again.F.lSources[0], 1);
});

test('shown separately, each report of a movement is a line of its own', () => {
  const {F} = movement(['NIS', 'HUR'], ['reported', 'reported']);
  F.separate = true;
  F.apply();
  assert.deepEqual(Array.from(F.lDraw), [1, 1]);
  assert.deepEqual([F.lSources[0], F.lSources[1]], [1, 1]);
  assert.deepEqual(F.shownWith(1), [1]);
});

test('the time filter keeps undated reports and hides later ones', () => {
  const {F} = shown({places: [VL], stops: [
    {place: 0, name: 'V', source: 'a', date: '2024-10-08'}, {place: 0, name: 'V', source: 'b', date: '2024-10-20'},
    {place: 0, name: 'V', source: 'c'}]});
  F.T = Math.round(Date.parse('2024-10-10T00:00:00Z') / 86400000);
  F.apply();
  assert.deepEqual(Array.from(F.sVis), [1, 0, 1]);
  assert.equal(F.pSources[0], 2);
  assert.deepEqual([F.counts().reports, F.counts().undated], [2, 1]);
});

test('a hidden status hides its reports and takes their sources off the count', () => {
  const {F} = shown({places: [VL], stops: [
    {place: 0, name: 'V', source: 'a', status: 'confirmed'}, {place: 0, name: 'V', source: 'b', status: 'claimed'}]});
  F.statusOn[2] = false;
  F.apply();
  assert.deepEqual([F.pCount[0], F.pSources[0], F.pBest[0]], [1, 1, 0]);
});

// Munitions shipped from Rajin to Vladivostok, and troops moved on from Vladivostok to Khabarovsk.
function shipmentAndTroops() {
  const RJ = {lat: 42.26, lon: 130.28}, KH = {lat: 48.48, lon: 135.08};
  return shown({places: [RJ, VL, KH], stops: [
    {place: 0, name: 'Rajin', source: 'a', what: '6,700 containers of munitions', moved: 'materiel'},
    {place: 1, name: 'Vladivostok', source: 'a', what: '6,700 containers of munitions', moved: 'materiel'},
    {place: 1, name: 'Vladivostok', source: 'b', what: '1,500 troops', moved: 'people'},
    {place: 2, name: 'Khabarovsk', source: 'b', what: '1,500 troops', moved: 'people'},
    {place: 2, name: 'Khabarovsk', source: 'c'}],
  legs: [{a: 0, b: 1, mode: 'sea'}, {a: 2, b: 3, mode: 'rail'}]});
}

test('showing materiel only hides the reports and movements of people, and those that do not say', () => {
  const {M, F} = shipmentAndTroops();
  assert.deepEqual(M.moved, ['', 'people', 'materiel', 'both']);
  assert.deepEqual(Array.from(F.sVis), [1, 1, 1, 1, 1]);
  F.movedOn[M.moved.indexOf('people')] = false;
  F.movedOn[M.moved.indexOf('')] = false;
  F.apply();
  assert.deepEqual(Array.from(F.sVis), [1, 1, 0, 0, 0]);
  assert.deepEqual(Array.from(F.lVis), [1, 0]);  // a leg goes with the report of its arrival
  assert.deepEqual(Array.from(F.pCount), [1, 1, 0]);  // Khabarovsk is not drawn, Vladivostok for its shipment only
  assert.deepEqual([F.counts().reports, F.counts().places, F.counts().legs], [2, 2, 1]);
});

test('without what moved in the file there is nothing to filter by', () => {
  const {M, F} = movement(['NIS', 'HUR'], ['reported', 'reported']);
  assert.equal(M.moved, null);
  assert.deepEqual(F.movedOn, []);
  assert.deepEqual(Array.from(F.sVis), [1, 1, 1, 1]);
});
