import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { IConstruct } from 'constructs';
import { LOCK_FILE, REPO_ROOT } from './paths';

/** esbuild's ESM output has no `require`; bundled CommonJS dependencies need one (STACK.md). */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __gongjianCreateRequire } from 'node:module'; const require = __gongjianCreateRequire(import.meta.url);";

/**
 * What every Gongjian Lambda function shares: Node 22 on arm64, and one way of bundling — an ESM bundle
 * (minified, source maps, the `require` banner) built with the local esbuild from the repository's lock
 * file. Each construct adds its own entry, memory, timeout, role, log group and environment.
 */
export const NODE_FUNCTION_DEFAULTS: Required<
  Pick<NodejsFunctionProps, 'runtime' | 'architecture' | 'projectRoot' | 'depsLockFilePath' | 'bundling'>
> = {
  runtime: Runtime.NODEJS_22_X,
  architecture: Architecture.ARM_64,
  projectRoot: REPO_ROOT,
  depsLockFilePath: LOCK_FILE,
  bundling: {
    format: OutputFormat.ESM,
    banner: ESM_REQUIRE_BANNER,
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    sourceMap: true,
    sourcesContent: false,
    // Ship the SDK versions locked in package-lock.json, the ones the tests ran against.
    bundleAwsSDK: true,
  },
};

/**
 * Packages the GraphQL function loads only on the path that needs them (`import()`), kept out of its bundle
 * and shipped beside it, copied from the repository's node_modules (no install, no network): pinyin-pro's
 * dictionaries (450 KB) serve writes of names only; exceljs (and what it needs) serves the roster's Excel
 * files only. Bundled, both would be parsed at every cold start.
 */
export const LAZY_MODULES = ['pinyin-pro', 'exceljs'] as const;

/**
 * The folders under node_modules/ a lazy module needs: itself and, transitively, its dependencies that npm
 * hoisted to the top (a dependency nested under its parent's own node_modules/ is copied with the parent).
 */
export function lazyModuleFolders(root = REPO_ROOT, modules: readonly string[] = LAZY_MODULES): string[] {
  const folders = new Set<string>();
  const visit = (name: string, parentFolder: string | null) => {
    const nested = parentFolder ? join(root, 'node_modules', parentFolder, 'node_modules', name) : null;
    if (nested && existsSync(nested)) return;
    if (folders.has(name)) return;
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) throw new Error(`lazy module ${name} is not installed (node_modules/${name}): run npm install`);
    folders.add(name);
    const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(dependencies)) visit(dependency, name);
  };
  for (const name of modules) visit(name, null);
  return [...folders].sort();
}

/** NodejsFunction bundling that leaves LAZY_MODULES out of the bundle and copies them (with their dependencies) into the asset. */
export function bundlingWithLazyModules(bundling: NodejsFunctionProps['bundling'] = NODE_FUNCTION_DEFAULTS.bundling): NodejsFunctionProps['bundling'] {
  const folders = lazyModuleFolders();
  return {
    ...bundling,
    externalModules: [...LAZY_MODULES],
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) =>
        folders.map((name) => `mkdir -p "$(dirname "${outputDir}/node_modules/${name}")" && cp -R "${inputDir}/node_modules/${name}" "${outputDir}/node_modules/${name}"`),
    },
  };
}

/** The runtime is pinned on purpose (cdk-nag AwsSolutions-L1 asks for the newest). */
export function acknowledgePinnedRuntime(fn: IConstruct): void {
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'nodejs22.x is chosen on purpose: it is the runtime the bundle targets and the code is tested on; ' +
      'moving to a newer runtime is a deliberate upgrade, not an automatic one',
  });
}
