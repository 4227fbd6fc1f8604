/**
 * Reed-Solomon error correction over GF(256) with the QR code's field polynomial
 * x^8 + x^4 + x^3 + x^2 + 1 (0x11d) and generator roots α^0 … α^(n-1) (ISO/IEC 18004).
 */

const FIELD_POLYNOMIAL = 0x11d;

/** α^i for i in 0…509, so a product of two logarithms needs no modulo. */
const EXPONENTS = new Uint8Array(510);
const LOGARITHMS = new Uint8Array(256);

let power = 1;
for (let i = 0; i < 255; i++) {
  EXPONENTS[i] = power;
  EXPONENTS[i + 255] = power;
  LOGARITHMS[power] = i;

  power <<= 1;
  if (power & 0x100) {
    power ^= FIELD_POLYNOMIAL;
  }
}

/** Multiplies two elements of GF(256). */
export function multiplyInField(a: number, b: number): number {
  if (a === 0 || b === 0) {
    return 0;
  }

  return EXPONENTS[(LOGARITHMS[a] ?? 0) + (LOGARITHMS[b] ?? 0)] ?? 0;
}

/** Returns α^exponent for an exponent in 0…254. */
export function fieldPower(exponent: number): number {
  return EXPONENTS[exponent] ?? 0;
}

/** Returns the coefficients of (x − α^0)(x − α^1)…(x − α^(degree−1)), highest power first. */
export function generatorPolynomial(degree: number): number[] {
  let coefficients = [1];

  for (let i = 0; i < degree; i++) {
    const root = fieldPower(i);
    const next = [...coefficients, 0];

    for (let j = 1; j < next.length; j++) {
      next[j] = (next[j] ?? 0) ^ multiplyInField(coefficients[j - 1] ?? 0, root);
    }

    coefficients = next;
  }

  return coefficients;
}

/**
 * Returns the `count` error correction codewords of `data`: the remainder of data(x)·x^count
 * divided by the generator polynomial.
 */
export function errorCorrectionCodewords(data: readonly number[], count: number): number[] {
  const generator = generatorPolynomial(count);
  const remainder: number[] = new Array<number>(count).fill(0);

  for (const codeword of data) {
    const factor = codeword ^ (remainder.shift() ?? 0);
    remainder.push(0);

    for (let i = 0; i < count; i++) {
      remainder[i] = (remainder[i] ?? 0) ^ multiplyInField(generator[i + 1] ?? 0, factor);
    }
  }

  return remainder;
}
