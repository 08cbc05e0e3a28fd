/* eslint-disable no-undef */
/**
 * Builds the simulator page (tests/sim/sim-page.tsx) into dist-sim/: test and development code,
 * kept out of dist/ so the production build is exactly what `npm run build` makes.
 */
const path = require('path');

module.exports = {
  mode: 'development',
  devtool: 'source-map',
  entry: { sim: path.resolve(__dirname, 'sim-page.tsx') },
  output: { path: path.resolve(__dirname, '../../dist-sim'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true } } },
      },
    ],
  },
  performance: { hints: false },
};
