// The page's rules of evidence (geo/templates/geomap/rules.js), alone.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {distinctSources, weightClass} from '../../geo/templates/geomap/rules.js';

test('the same source twice is one source', () => {
  const keys = [0, 0, 1, 0];  // reports 0, 1 and 3 have one source identity
  assert.equal(distinctSources(keys, [0, 1]), 1);
  assert.equal(distinctSources(keys, [0, 1, 2, 3]), 2);
  assert.equal(distinctSources(keys, []), 0);
});

test('a line is thicker with each independent source, up to three', () => {
  assert.deepEqual([1, 2, 3, 7].map(weightClass), [0, 1, 2, 2]);
});
