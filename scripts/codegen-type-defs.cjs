// Codegen plugin: prints the merged schema (with descriptions) as an exported string constant.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    return `// Generated from schema/*.graphql by codegen.ts: do not edit.\nexport const typeDefs = ${JSON.stringify(printSchema(schema))};\n`;
  },
};
