/* eslint-disable no-undef */
/**
 * Builds the add-in's task pane and the standalone web page into dist/, in the shape of OfficeDev's
 * Office-Addin-TaskPane-React template.
 *
 *   npm run build                      static files for any web server (pane and page together)
 *   ADDIN_PUBLIC_URL=https://host/path/ npm run build
 *                                      the same, with manifest.xml pointing at that server instead of
 *                                      https://localhost:3000/ (left as is when the variable is unset,
 *                                      so a local build still sideloads against the dev server)
 *   npm run serve                      dev server on http://localhost:3000/ (no certificate)
 *   npm run serve -- --env https       dev server on https://localhost:3000/ with the Office dev
 *                                      certificate (Windows/macOS sideloading; may ask to install it)
 *
 * exceljs is only ever reached through a dynamic import() from the web page, so it lands in its own
 * chunk: never in the task pane, and not in the page's first paint either.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { manifestFor, publicUrl } = require('./scripts/manifest');

const port = 3000;

async function devServerTransport(env) {
  if (!env.https) return { type: 'http' };
  // Required lazily: it is only needed (and only makes sense) when sideloading into Office.
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const productionUrl = production ? publicUrl() : undefined;

  return {
    // Never eval-based: the web page's Content-Security-Policy forbids eval, in development too.
    devtool: 'source-map',
    entry: {
      taskpane: './src/addin/taskpane.tsx',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: {
        // exceljs's browser build bundles its own stream/buffer/zip shims.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // tsconfig says commonjs for jest and tsx; webpack needs ES modules to split chunks on import().
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext][query]' },
        },
      ],
    },
    // exceljs.min.js is large by nature; it is an on-demand chunk, so the hint is noise.
    performance: { hints: false },
    // The entries share nothing worth a common file, and exceljs belongs in the one chunk that
    // reads workbooks (named `xlsx`), not in a separate numbered vendor chunk.
    optimization: { splitChunks: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/addin/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/web/index.html',
        chunks: ['web'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return productionUrl ? manifestFor(content.toString(), productionUrl) : content;
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port,
          host: 'localhost',
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await devServerTransport(env),
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
