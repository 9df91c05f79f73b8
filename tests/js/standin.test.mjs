// A place whose drawn centre stands in for an unknown point (a village drawn round its hromada's
// centre, geo/render.py stands_in): legs end at its circle's edge, not on the town at the centre.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {clipLeg, decode} from '../../geo/templates/geomap/decode.js';
import {blob} from './blob.mjs';

// Zaporizhzhia, a town 16 km from Tokmak, and Robotyne as the gazetteer has it: 35 km round Tokmak.
const ZAP = {lat: 47.8388, lon: 35.1396}, ORI = {lat: 47.40, lon: 35.75};
const ROB = {lat: 47.2555, lon: 35.7084, k: 1, r: 35};

function legEnds(M, q) {
  const o = M.legOff[q], e = M.legOff[q + 1] - 1;
  return [[M.legXY[2 * o], M.legXY[2 * o + 1]], [M.legXY[2 * e], M.legXY[2 * e + 1]]];
}
const dist = (a, p, M) => Math.hypot(a[0] - M.pX[p], a[1] - M.pY[p]);

function map(standIn) {
  const D = blob({places: [ZAP, ORI, ROB], legs: [{a: 0, b: 1}, {a: 2, b: 3}, {a: 4, b: 5}],
                  stops: [{place: 0}, {place: 2}, {place: 1}, {place: 2}, {place: 2}, {place: 0}]});
  if (standIn) { D.p.si = [0, 0, 1]; }
  return decode(D);
}

test("a leg into a stand-in's area ends where it enters the circle, not at the town in its middle", () => {
  const M = map(true), [start, end] = legEnds(M, 0);
  assert.ok(dist(start, 0, M) < 1e-9, 'the leg starts at its start');
  assert.ok(Math.abs(dist(end, 2, M) / M.pR[2] - 1) < 1e-6, `ends ${dist(end, 2, M) / M.pR[2]} radii from the centre`);
});

test("a leg out of a stand-in's area starts where it leaves the circle", () => {
  const M = map(true), [start, end] = legEnds(M, 2);
  assert.ok(Math.abs(dist(start, 2, M) / M.pR[2] - 1) < 1e-6);
  assert.ok(dist(end, 0, M) < 1e-9, 'the leg ends at its end');
});

test('a leg that starts inside the area it leads to has no course to draw: it shrinks to its start', () => {
  const M = map(true), [start, end] = legEnds(M, 1);
  assert.ok(dist(start, 1, M) < 1e-9 && dist(end, 1, M) < 1e-9);
});

test("a region's legs (no stand-in) still run to its centre, as before", () => {
  const M = map(false);
  assert.ok(dist(legEnds(M, 0)[1], 2, M) < 1e-9 && dist(legEnds(M, 1)[1], 2, M) < 1e-9);
});

test('clipLeg cuts a track of many points on the segment that crosses, across a world copy', () => {
  // x 250 .. 262 (past the antimeridian) into a circle centred at x 3 (= 259 one world on), r 2
  const xy = [250, 10, 254, 10, 258, 10, 262, 10];
  assert.deepEqual(clipLeg(xy, null, [3, 10, 2]), [250, 10, 254, 10, 257, 10]);
  assert.deepEqual(clipLeg(xy, [250, 10, 5], null), [255, 10, 258, 10, 262, 10]);
  assert.deepEqual(clipLeg(xy, [250, 10, 5], [3, 10, 2]), [255, 10, 257, 10]);
  assert.deepEqual(clipLeg(xy, [250, 10, 20], [262, 10, 1]), [261, 10, 261, 10]);  // wholly in the start's
});
