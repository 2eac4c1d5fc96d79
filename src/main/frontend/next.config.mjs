/** Static export: the WAR serves these files from the API's own origin. */
const config = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    // Scroll locking's CSS through a constructed stylesheet, not an inline <style> that the
    // Content-Security-Policy would refuse (src/csp/style-singleton.ts says why).
    resolveAlias: { 'react-style-singleton': './src/csp/style-singleton.ts' },
  },
};
export default config;
