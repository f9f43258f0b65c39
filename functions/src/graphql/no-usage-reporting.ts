/**
 * Stands in for `@apollo/usage-reporting-protobuf` in the Lambda bundle (esbuild alias, infra/lib/node-function.ts
 * BUNDLE_ALIASES): Apollo's usage reporting and inline traces are its only users, and this server switches
 * both off (graphql/server.ts), so the 200 KB of protobuf code would be bundled and parsed for nothing. Any use
 * means a plugin was switched on: it fails loudly instead of reporting wrongly.
 */
const unavailable = new Proxy(
  {},
  {
    get(_, property) {
      throw new Error(`@apollo/usage-reporting-protobuf is not bundled (asked for ${String(property)}): usage reporting and inline traces are off`);
    },
  },
);

export const Trace = unavailable;
export const Report = unavailable;
export const ReportHeader = unavailable;
export const google = unavailable;
export default unavailable;
