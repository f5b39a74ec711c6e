/**
 * The browser bar colour per theme: the surface of the top bar (`--surface` in app.css). Kept in
 * step with app.html's theme-color tags and app.css by hand.
 */
export const THEME_COLORS = { light: '#ffffff', dark: '#172120' } as const;
