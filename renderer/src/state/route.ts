import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'fill'; templateId: string }
  | { name: 'draft'; draftId: string }
  | { name: 'edit'; templateId: string };

export function parseRoute(hash: string): Route {
  const [, name, id] = hash.replace(/^#/u, '').split('/');
  if (name === 'fill' && id) return { name: 'fill', templateId: decodeURIComponent(id) };
  if (name === 'draft' && id) return { name: 'draft', draftId: decodeURIComponent(id) };
  if (name === 'edit' && id) return { name: 'edit', templateId: decodeURIComponent(id) };
  return { name: 'home' };
}

export function routeHash(route: Route): string {
  if (route.name === 'fill') return `#/fill/${encodeURIComponent(route.templateId)}`;
  if (route.name === 'draft') return `#/draft/${encodeURIComponent(route.draftId)}`;
  if (route.name === 'edit') return `#/edit/${encodeURIComponent(route.templateId)}`;
  return '#/';
}

export const navigate = (route: Route): void => {
  window.location.hash = routeHash(route);
};

/** Routes live in the hash so a reload (and the query's host token) keeps the user where they were. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
