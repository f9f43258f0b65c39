/**
 * The layering rules of functions/src (ARCHITECTURE.md, Layout), checked by `npm run check:deps` as part
 * of `npm test`: the domain imports nothing from the store, GraphQL, the handlers or an AWS SDK; the
 * store never reaches up into GraphQL or the handlers.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ declares its ports and rules; the store implements them. No AWS, no GraphQL, no store here.',
      severity: 'error',
      from: { path: '^functions/src/domain/' },
      to: { path: ['^functions/src/(store|graphql|handlers)/', '@aws-sdk/', '@aws-crypto/', 'aws-lambda', '@apollo/', '^graphql$'] },
    },
    {
      name: 'store-below-graphql',
      comment: 'the store serves the domain; it knows nothing of the API or the Lambda entry points.',
      severity: 'error',
      from: { path: '^functions/src/store/' },
      to: { path: '^functions/src/(graphql|handlers)/' },
    },
    {
      name: 'auth-below-store',
      comment: 'principals, claims and policies are used by the domain, so they may not reach the store or GraphQL either.',
      severity: 'error',
      from: { path: '^functions/src/auth/' },
      to: { path: ['^functions/src/(store|graphql|handlers)/', '@aws-sdk/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
