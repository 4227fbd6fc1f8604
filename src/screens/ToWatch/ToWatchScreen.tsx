import { HomeScreen } from '../Home/HomeScreen';

/**
 * Renders Home under the first member screen's former name.
 * NOTE: kept only for the routes of `screenForRoute` whose screens are not built yet; delete it
 * once no route renders it. Two Home screens on the stack share focus keys.
 */
export function ToWatchScreen() {
  return <HomeScreen />;
}
