import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route';

/** The current route; re-renders when the hash changes (a link, navigate(), back/forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
