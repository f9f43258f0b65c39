import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { IConstruct } from 'constructs';
import { fromRoot, LOCK_FILE, REPO_ROOT } from './paths';

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
 * Packages the bundle replaces with a module of ours (esbuild `--alias`): code no request of this API runs.
 * Apollo's usage-reporting protobuf (200 KB) serves Apollo Studio's reporting and inline traces, both off.
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  '@apollo/usage-reporting-protobuf': fromRoot('functions/src/graphql/no-usage-reporting.ts'),
};

/**
 * The top-level folders under node_modules/ the lazy modules need: each module and, transitively, every
 * dependency as Node resolves it (from the requiring package's own node_modules/ up to the repository's). A
 * dependency nested under its parent travels with the parent's folder, but its own dependencies may be
 * hoisted to the top: those are followed too.
 */
export function lazyModuleFolders(repositoryRoot = REPO_ROOT, modules: readonly string[] = LAZY_MODULES): string[] {
  const root = resolvePath(repositoryRoot);
  const topLevel = join(root, 'node_modules');
  const folders = new Set<string>();
  const visited = new Set<string>();
  const resolve = (name: string, from: string): string | null => {
    for (let dir = from; dir.startsWith(root); dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dir === root) break;
    }
    return null;
  };
  const visit = (packageDir: string) => {
    if (visited.has(packageDir)) return;
    visited.add(packageDir);
    const relative = packageDir.slice(topLevel.length + 1);
    // The folder copied: the top-level package (a scoped one with its scope) that holds this one.
    const parts = relative.split('/');
    folders.add(parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
    const { dependencies = {} } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(dependencies)) {
      const found = resolve(dependency, packageDir);
      if (!found) throw new Error(`lazy modules: ${dependency} (needed by ${relative}) is not installed: run npm install`);
      visit(found);
    }
  };
  for (const name of modules) {
    const found = resolve(name, root);
    if (!found) throw new Error(`lazy module ${name} is not installed (node_modules/${name}): run npm install`);
    visit(found);
  }
  return [...folders].sort();
}

/** NodejsFunction bundling that leaves LAZY_MODULES out of the bundle and copies them (with their dependencies) into the asset. */
export function bundlingWithLazyModules(bundling: NodejsFunctionProps['bundling'] = NODE_FUNCTION_DEFAULTS.bundling): NodejsFunctionProps['bundling'] {
  const folders = lazyModuleFolders();
  return {
    ...bundling,
    externalModules: [...LAZY_MODULES],
    esbuildArgs: { ...bundling?.esbuildArgs, ...Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([name, path]) => [`--alias:${name}`, path])) },
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
