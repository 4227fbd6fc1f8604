/**
 * CSS the floor engine (package.json "browserslist": Chrome 53) lacks is an error. Two rules are
 * turned off where caniuse's partial-support notes do not apply to what the app writes:
 * `css-overflow` flags the two-value `overflow` syntax (the app writes one value), and
 * `text-decoration` and `mdn-text-decoration-shorthand` flag the shorthand's newer multi-value
 * form (the app writes a single keyword, which Chrome 53 supports).
 */
export default {
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [
      true,
      {
        severity: 'error',
        ignorePartialSupport: false,
        ignore: ['css-overflow', 'text-decoration', 'mdn-text-decoration-shorthand'],
      },
    ],
    'property-disallowed-list': [['gap', 'row-gap', 'column-gap', 'aspect-ratio', 'inset'], { severity: 'error' }],
    'selector-pseudo-class-disallowed-list': [['focus-visible', 'has', 'is', 'where'], { severity: 'error' }],
  },
};
