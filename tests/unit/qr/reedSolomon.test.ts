import { describe, expect, it } from 'vitest';
import { errorCorrectionCodewords, fieldPower, generatorPolynomial, multiplyInField } from '../../../src/qr/reedSolomon';

/** Returns the exponent e with α^e = value, by search, for values other than 0. */
function logarithm(value: number): number {
  for (let exponent = 0; exponent < 255; exponent++) {
    if (fieldPower(exponent) === value) {
      return exponent;
    }
  }

  throw new Error(`${value} is not a power of α`);
}

/** Evaluates the polynomial `coefficients` (highest power first) at `x` in GF(256). */
function evaluate(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, coefficient) => multiplyInField(sum, x) ^ coefficient, 0);
}

describe('Reed-Solomon over GF(256)', () => {
  it('builds the degree-7 generator polynomial', () => {
    // ISO/IEC 18004 gives it for 7 error correction codewords: α^0, α^87, α^229, α^146, α^149, α^238, α^102, α^21.
    expect(generatorPolynomial(7).map(logarithm)).toEqual([0, 87, 229, 146, 149, 238, 102, 21]);
  });

  it('cycles α through all 255 non-zero elements', () => {
    const seen = new Set<number>();
    for (let exponent = 0; exponent < 255; exponent++) {
      seen.add(fieldPower(exponent));
    }

    expect(seen.size).toBe(255);
    expect(seen.has(0)).toBe(false);
  });

  it('computes the codewords of HELLO WORLD at 1-M', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];

    expect(errorCorrectionCodewords(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('makes every block vanish at the generator roots', () => {
    for (const [length, count] of [[16, 10], [43, 24], [36, 22], [44, 26]] as const) {
      const data = Array.from({ length }, (_, i) => (i * 73 + length * 29 + 5) % 256);
      const block = [...data, ...errorCorrectionCodewords(data, count)];

      for (let root = 0; root < count; root++) {
        expect(evaluate(block, fieldPower(root)), `${length} data codewords, root α^${root}`).toBe(0);
      }
    }
  });
});
