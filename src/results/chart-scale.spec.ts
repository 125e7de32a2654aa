import { readFileSync } from 'fs';
import { join } from 'path';
import { runInNewContext } from 'vm';
import { chartScale, ChartScale, percentOfScale } from './chart-scale';

/** The web interface's copy (an ES module served as it is), run here without its `export`s. */
function webChartScale(): (largest: number) => ChartScale {
  const source = readFileSync(join(__dirname, '..', '..', 'web', 'js', 'chart-scale.js'), 'utf8').replace(/^export /gm, '');
  const sandbox: { chartScale?: (largest: number) => ChartScale } = {};
  runInNewContext(`${source}\nthis.chartScale = chartScale;`, sandbox);
  return sandbox.chartScale!;
}

describe('chartScale', () => {
  it.each([
    [326, 400, 100],
    [291, 300, 100],
    [184, 200, 50],
    [145, 150, 50],
    [1000, 1000, 200],
    [1001, 1500, 500],
    [10, 10, 2],
    [7, 8, 2],
    [3, 3, 1],
    [1, 1, 1],
    [0.5, 1, 1],
  ])('rounds %p up to %p in steps of %p', (largest, max, step) => {
    const scale = chartScale(largest);
    expect(scale).toMatchObject({ max, step });
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks.at(-1)).toBe(max);
    expect(scale.ticks.every((tick, i) => i === 0 || tick - scale.ticks[i - 1] === step)).toBe(true);
  });

  it('gives an empty chart an axis from 0 to 1, and ignores negative values', () => {
    expect(chartScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(chartScale(-4)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('keeps the ticks few and the maximum close above the largest value', () => {
    for (let largest = 1; largest <= 20_000; largest += 7) {
      const { max, ticks } = chartScale(largest);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(11);
      expect(max).toBeLessThan(largest * 2.5 + 1);
    }
  });

  it('places values proportionally on the scale', () => {
    const scale = chartScale(326);
    expect(percentOfScale(326, scale)).toBeCloseTo(81.5);
    expect(percentOfScale(291, scale) / percentOfScale(326, scale)).toBeCloseTo(291 / 326);
    expect(percentOfScale(0, scale)).toBe(0);
  });

  it('is the same rule in the web interface', () => {
    const web = webChartScale();
    for (const largest of [0, 0.5, 1, 2, 3, 7, 10, 99, 145, 184, 326, 999, 1001, 12_345, 987_654]) {
      expect(web(largest)).toEqual(chartScale(largest));
    }
  });
});
