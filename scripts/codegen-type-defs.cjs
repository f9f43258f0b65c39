// Codegen plugin: prints the merged schema as an exported string constant for the Lambda bundle. Descriptions are
// left out: they are read in schema/*.graphql (the reference) and production answers no introspection, and they
// are a third of the SDL — the API bundle keeps within its 500 KB gzip budget (issue 19).
const { printSchema, visit } = require('graphql');
const { parse, print } = require('graphql');

module.exports = {
  plugin(schema) {
    const withoutDescriptions = visit(parse(printSchema(schema)), {
      enter(node) {
        return 'description' in node && node.description ? { ...node, description: undefined } : undefined;
      },
    });
    return `// Generated from schema/*.graphql by codegen.ts: do not edit.\nexport const typeDefs = ${JSON.stringify(print(withoutDescriptions))};\n`;
  },
};
