/** A file-name-safe form of a test or screenshot name: `Loads the app!` → `loads-the-app`. */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/\.e2e\.ts$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'unnamed'
  );
}
