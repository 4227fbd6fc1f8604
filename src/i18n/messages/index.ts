/**
 * Texts of the member screens, one module per area, so each area's texts sit beside each other
 * and several people can add texts without editing the same lines. Each module exports
 * `<area>Fr` (the reference) and `<area>En: Record<keyof typeof <area>Fr, string>`, and keys start
 * with the area name (`home.`, `shows.`). Add one line to each spread below per new module.
 */
import { navigationEn, navigationFr } from './navigation';

export const areaMessagesFr = {
  ...navigationFr,
};

export const areaMessagesEn: Record<keyof typeof areaMessagesFr, string> = {
  ...navigationEn,
};
