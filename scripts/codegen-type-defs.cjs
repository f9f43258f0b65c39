// Codegen plugin: prints the merged schema as an exported string constant for the Lambda bundle. Descriptions are
// left out: they are read in schema/*.graphql (the reference) and production answers no introspection, and they
// are a third of the SDL — the API bundle keeps within its 500 KB gzip budget (issue 19).
// With `config.ast`, the same SDL already parsed (graphql-js `parse`, no locations) as JSON, which the API builds its
// schema from: JSON.parse is several times cheaper than lexing and parsing the SDL at every cold start (bench/README.md,
// "Where the cold start's time goes"); executable-schema.test.ts checks it is exactly the parsed SDL.
const { printSchema, visit } = require('graphql');
const { parse, print } = require('graphql');

module.exports = {
  plugin(schema, _documents, config) {
    const withoutDescriptions = visit(parse(printSchema(schema)), {
      enter(node) {
        return 'description' in node && node.description ? { ...node, description: undefined } : undefined;
      },
    });
    const sdl = print(withoutDescriptions);
    if (config && config.ast) {
      const ast = JSON.stringify(parse(sdl, { noLocation: true }));
      return (
        `// Generated from schema/*.graphql by codegen.ts: do not edit. type-defs.ts parsed, without locations.\n` +
        `import type { DocumentNode } from 'graphql';\n\n` +
        `export const typeDefsAst: DocumentNode = JSON.parse(${JSON.stringify(ast)});\n`
      );
    }
    return `// Generated from schema/*.graphql by codegen.ts: do not edit.\nexport const typeDefs = ${JSON.stringify(sdl)};\n`;
  },
};
