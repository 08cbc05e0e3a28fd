/**
 * The manifest's server address: every URL in manifest.xml starts with the dev server's
 * https://localhost:3000/, and a production build (ADDIN_PUBLIC_URL) points them all at the
 * department's HTTPS server instead. Shared by webpack.config.js and the manifest tests.
 */
const DEV_URL = 'https://localhost:3000/';

/**
 * The production address from ADDIN_PUBLIC_URL, ending with a slash (every manifest URL is built on
 * it); undefined when unset. Office loads add-ins over HTTPS only, so anything else is refused.
 */
function publicUrl(value = process.env.ADDIN_PUBLIC_URL) {
  if (!value) return undefined;
  const url = value.endsWith('/') ? value : `${value}/`;
  if (!/^https:\/\/[^/\s]+\/\S*$/.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be an https:// address, got ${value}`);
  return url;
}

/** manifest.xml with every dev-server URL pointing at `url` (unchanged when `url` is undefined). */
function manifestFor(xml, url) {
  return url ? xml.split(DEV_URL).join(url) : xml;
}

module.exports = { DEV_URL, publicUrl, manifestFor };
