/**
 * lodash-es ships no types and @types/lodash-es is not installed. The stand-in's signatures cover
 * the calls its test makes to lodash-es itself, which it is compared with.
 */
declare module 'lodash-es' {
  type StandIn = typeof import('../../../src/vendor/lodashEs');

  export const debounce: StandIn['debounce'];
  export const difference: StandIn['difference'];
  export const filter: StandIn['filter'];
  export const findKey: StandIn['findKey'];
  export const sortBy: StandIn['sortBy'];
  export const throttle: StandIn['throttle'];
}
