import type { ApiHandler } from './context';
import { exchangeAccessToken } from './routes/accessTokenRoute';
import { displayEpisode, listUnwatched, markEpisodesWatched, unmarkEpisodesWatched } from './routes/episodeRoutes';
import { destroyMemberToken, memberInfos, memberIsActive } from './routes/memberRoutes';
import { addMovie, listMemberMovies, removeMovie } from './routes/movieRoutes';
import { listNotifications } from './routes/notificationRoutes';
import { requestDeviceCode } from './routes/oauthRoutes';
import { memberPlanning } from './routes/planningRoutes';
import { markSeasonWatched, unmarkSeasonWatched } from './routes/seasonRoutes';
import { authenticateMember, requestMemberKey } from './routes/signInRoutes';
import {
  archiveShow,
  displayShow,
  followShow,
  listMemberShows,
  listShowEpisodes,
  listShowSeasons,
  searchShows,
  unarchiveShow,
  unfollowShow,
} from './routes/showRoutes';

export type HttpVerb = 'GET' | 'POST' | 'DELETE';

/** Every API path the sandbox serves, with its handler per verb. */
export const ROUTES: Readonly<Record<string, Partial<Record<HttpVerb, ApiHandler>>>> = {
  '/oauth/device': { POST: requestDeviceCode },
  '/oauth/access_token': { POST: exchangeAccessToken },
  '/members/auth': { POST: authenticateMember },
  '/members/oauth': { POST: requestMemberKey },
  '/members/infos': { GET: memberInfos },
  '/members/is_active': { GET: memberIsActive },
  '/members/destroy': { POST: destroyMemberToken },
  '/members/notifications': { GET: listNotifications },
  '/episodes/list': { GET: listUnwatched },
  '/episodes/display': { GET: displayEpisode },
  '/episodes/watched': { POST: markEpisodesWatched, DELETE: unmarkEpisodesWatched },
  '/seasons/watched': { POST: markSeasonWatched, DELETE: unmarkSeasonWatched },
  '/shows/member': { GET: listMemberShows },
  '/shows/display': { GET: displayShow },
  '/shows/episodes': { GET: listShowEpisodes },
  '/shows/seasons': { GET: listShowSeasons },
  '/shows/search': { GET: searchShows },
  '/shows/show': { POST: followShow, DELETE: unfollowShow },
  '/shows/archive': { POST: archiveShow, DELETE: unarchiveShow },
  '/movies/member': { GET: listMemberMovies },
  '/movies/movie': { POST: addMovie, DELETE: removeMovie },
  '/planning/member': { GET: memberPlanning },
};
