// Builds the task pane (and the browser preview once src/preview exists) into dist/.
// Type checking is `npm run typecheck`; ts-loader only transpiles here.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = __dirname;
const port = 3000;

/**
 * One page per entry. The preview adds itself when its folder exists: an entry `preview`
 * from src/preview/index.tsx and a page preview.html from src/preview/preview.html.
 */
function pages() {
  const list = [
    {
      name: "taskpane",
      entry: "./src/taskpane/index.tsx",
      template: "./src/taskpane/taskpane.html",
      filename: "taskpane.html",
    },
  ];
  const previewEntry = path.join(root, "src/preview/index.tsx");
  if (fs.existsSync(previewEntry)) {
    list.push({
      name: "preview",
      entry: "./src/preview/index.tsx",
      template: "./src/preview/preview.html",
      filename: "preview.html",
    });
  }
  return list;
}

const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const certFiles = {
  ca: path.join(certDir, "ca.crt"),
  cert: path.join(certDir, "localhost.crt"),
  key: path.join(certDir, "localhost.key"),
};

/**
 * https when asked (HTTPS=1) or when dev certs already exist; plain http otherwise.
 * Existing certs are read directly, so nothing installs a CA behind the user's back; only
 * an explicit HTTPS=1 on Windows/macOS lets office-addin-dev-certs create and trust them
 * (on Linux that would mean a sudo prompt in the middle of a build).
 */
async function serverOption() {
  const haveCerts = Object.values(certFiles).every((f) => fs.existsSync(f));
  if (haveCerts) {
    return {
      type: "https",
      options: {
        ca: fs.readFileSync(certFiles.ca),
        cert: fs.readFileSync(certFiles.cert),
        key: fs.readFileSync(certFiles.key),
      },
    };
  }
  if (process.env.HTTPS === "1") {
    if (process.platform === "linux") {
      process.stderr.write(
        `HTTPS=1 but no dev certificates in ${certDir}; run "npx office-addin-dev-certs install" yourself. Serving http.\n`,
      );
      return "http";
    }
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return "http";
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const list = pages();
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: production ? "production" : "development",
    context: root,
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: Object.fromEntries(list.map((p) => [p.name, p.entry])),
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // dist/core and dist/node are the CLI's tsc output (npm run build:cli): keep them.
      clean: { keep: /^(core|node)[\\/]/ },
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      ...list.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            template: p.template,
            chunks: [p.name],
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "[path][name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true },
        ],
      }),
    ],
    optimization: production
      ? {
          splitChunks: {
            chunks: "all",
            cacheGroups: {
              // React and Fluent change less often than our code: a separate, cacheable file.
              // Initial chunks only: the preview's exceljs (lazy report, parse worker) stays out.
              vendors: {
                test: /[\\/]node_modules[\\/]/,
                name: "vendors",
                chunks: "initial",
                priority: -10,
              },
            },
          },
        }
      : {},
    performance: { hints: false },
    devServer: {
      port,
      static: { directory: path.join(root, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await serverOption() : "http",
    },
  };
};
