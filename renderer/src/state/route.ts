/** Where the app is: kept in the location's hash, so a reload keeps the user where they were. */
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
