import { pick, type Random } from '../core/random';

/** Word lists for generated titles and summaries. Invented for the sandbox. */

const FRENCH_EPISODE_TITLES = [
  'Le Retour', 'Point de non-retour', 'Marée basse', 'La Confession', 'Sous la surface',
  'Le Pacte', 'Nuit blanche', 'Les Aveux', 'Faux départ', 'La Dernière Chance', 'Ligne rouge',
  'Le Témoin', 'Les Fantômes', 'Jour de fête', 'Contre-jour', "L'Héritage", 'Coup de théâtre',
  'La Fugue', 'Plein Sud', 'Le Silence', 'Premier Sang', 'Sans retour', 'Le Choix',
  'Mauvaise Pente', 'Portes closes', 'Le Grand Saut', "L'Orage", 'Comptes à rebours',
  'La Traversée', 'Fin de partie',
] as const;

const ENGLISH_EPISODE_TITLES = [
  'Homecoming', 'Point of No Return', 'Low Tide', 'The Confession', 'Below the Surface',
  'The Pact', 'Sleepless', 'Loose Ends', 'False Start', 'Last Chance', 'Red Line', 'The Witness',
  'Ghosts', 'Holiday', 'Backlight', 'Inheritance', 'Plot Twist', 'The Runaway', 'Due South',
  'Silence', 'First Blood', 'No Way Back', 'The Choice', 'Slippery Slope', 'Closed Doors',
  'The Leap', 'The Storm', 'Countdown', 'The Crossing', 'Endgame',
] as const;

const EPISODE_SUMMARIES = [
  "Une découverte inattendue remet en cause tout ce que l'équipe croyait savoir.",
  'Un vieil ami refait surface au pire moment.',
  "Les tensions éclatent au grand jour pendant une soirée qui devait être calme.",
  'Une fausse piste coûte cher, et quelqu\u2019un doit en payer le prix.',
  'Un choix difficile divise la famille.',
  'Tout le monde ment, mais pas pour les mêmes raisons.',
  'Une tempête coupe la ville du reste du monde pour la nuit.',
  'Le passé rattrape celle qui croyait y avoir échappé.',
  "Une alliance improbable se forme pour sauver ce qui peut l'être.",
  'Un secret bien gardé commence à fuir.',
] as const;

const SHOW_LOGLINES = [
  'une enquête qui ne ressemble à aucune autre.',
  'une famille au bord de la rupture.',
  'des voisins qui en savent trop.',
  'une ville qui garde ses secrets.',
  'un héritage que personne ne voulait.',
  'une équipe de bras cassés face à une affaire trop grande pour elle.',
  'un été qui changera tout.',
  'une rivalité qui dure depuis trois générations.',
] as const;

/** Picks the title of a generated episode. Episodes far ahead get the placeholder "TBA". */
export function episodeTitle(random: Random, language: string, farFuture: boolean): string {
  if (farFuture) {
    return 'TBA';
  }

  return language === 'fr' ? pick(random, FRENCH_EPISODE_TITLES) : pick(random, ENGLISH_EPISODE_TITLES);
}

/** An episode summary, or an empty string for about one episode in seven (many have none). */
export function episodeSummary(random: Random): string {
  if (random() < 0.15) {
    return '';
  }

  return pick(random, EPISODE_SUMMARIES);
}

export function showSummary(random: Random, title: string): string {
  return `${title} : ${pick(random, SHOW_LOGLINES)}`;
}
