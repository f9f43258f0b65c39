import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { IConstruct } from 'constructs';
import { fromRoot, LOCK_FILE, REPO_ROOT } from './paths';
import { METRIC_NAMESPACE } from '../../functions/src/observability/metrics';
import { TRACING_ENV } from '../../functions/src/observability/tracing';

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
 * The X-Ray tracer (Powertools Tracer and aws-xray-sdk-core, which it loads at once): imported only when
 * tracing is on (functions/src/observability/tracing.ts), so every function ships it beside its bundle.
 */
export const TRACER_MODULES = ['@aws-lambda-powertools/tracer'] as const;

/**
 * The AWS SDK's credential providers other than the environment's, which its default chain imports (`import()`) only
 * when the environment has no credentials: never in Lambda (the runtime sets them in the environment), so never
 * loaded there. Kept out of the bundle (with the STS/SSO clients they use, @aws-sdk/nested-clients: about 25 KB
 * gzip in all) and shipped beside it, the chain unchanged: they load from there wherever they are needed.
 */
export const SDK_CREDENTIAL_PROVIDERS = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
] as const;

/**
 * Packages the GraphQL function loads only on the path that needs them (`import()`), kept out of its bundle
 * and shipped beside it, copied from the repository's node_modules (no install, no network): pinyin-pro's
 * dictionaries (450 KB) serve writes of names only; exceljs (and what it needs) serves the roster's Excel
 * files only; docx (about 300 KB minified, 90 KB gzip) serves a meeting's Word documents only, ics (with yup) its
 * calendar invitations only; the Cognito client (its commands and schemas, about 35 KB gzip) serves the accounts
 * area's admin actions only (functions/src/store/cognito-directory.ts); the S3 client and presigner (with Secrets
 * Manager's client about 88 KB gzip; 30 ms of CPU at every cold start, bench/README.md) serve the files bucket only
 * (store/file-storage.ts: a first use costs them unbundled, some 100 ms, once per instance), the Secrets Manager
 * client the vault's key only (store/vault.ts); the SDK's other credential providers serve no Lambda; Powertools Metrics
 * writes metrics after a request is answered, in a Lambda only (its load starts at init); the tracer serves tracing
 * only. Bundled, each would be parsed at every cold start.
 */
export const LAZY_MODULES = [
  'pinyin-pro',
  'exceljs',
  'docx',
  'ics',
  '@aws-sdk/client-cognito-identity-provider',
  '@aws-sdk/client-s3',
  '@aws-sdk/s3-request-presigner',
  '@aws-sdk/client-secrets-manager',
  ...SDK_CREDENTIAL_PROVIDERS,
  '@aws-lambda-powertools/metrics',
  ...TRACER_MODULES,
] as const;

/**
 * Packages the bundle replaces with a module of ours (esbuild `--alias`): code no request of this API runs.
 * Apollo's usage-reporting protobuf (200 KB) serves Apollo Studio's reporting and inline traces, both off;
 * @graphql-tools/schema (with @graphql-tools/merge, 265 KB) builds a schema from typeDefs, which the server builds
 * itself (functions/src/graphql/executable-schema.ts).
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  '@apollo/usage-reporting-protobuf': fromRoot('functions/src/graphql/no-usage-reporting.ts'),
  '@graphql-tools/schema': fromRoot('functions/src/graphql/no-graphql-tools.ts'),
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
    // Type declarations are never loaded at run time (aws-xray-sdk-core lists @types/cls-hooked, which pulls in @types/node).
    for (const dependency of Object.keys(dependencies).filter((name) => !name.startsWith('@types/'))) {
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

/** NodejsFunction bundling that leaves `modules` out of the bundle and copies them (with their dependencies) into the asset. */
export function bundlingWithLazyModules(
  bundling: NodejsFunctionProps['bundling'] = NODE_FUNCTION_DEFAULTS.bundling,
  modules: readonly string[] = LAZY_MODULES,
): NodejsFunctionProps['bundling'] {
  const folders = lazyModuleFolders(REPO_ROOT, modules);
  return {
    ...bundling,
    externalModules: [...modules],
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

/** Settings every function's Powertools reads (functions/src/observability/). */
export interface ObservabilitySettings {
  /** The `service` key of its log lines and its metrics' service dimension. */
  readonly serviceName: string;
  /** The stage, a dimension of its metrics. */
  readonly stage: string;
  /** Share of invocations logged at DEBUG (0…1). */
  readonly debugSampleRate: number;
  /** X-Ray active tracing, and the handler's tracer. */
  readonly tracing: boolean;
}

/** The environment for {@link ObservabilitySettings}; the function's `tracing` mode is set beside it. */
export function observabilityEnvironment(settings: ObservabilitySettings): Record<string, string> {
  if (!(settings.debugSampleRate >= 0 && settings.debugSampleRate <= 1)) {
    throw new Error(`debugSampleRate must be between 0 and 1, received ${settings.debugSampleRate}`);
  }
  return {
    STAGE: settings.stage,
    POWERTOOLS_SERVICE_NAME: settings.serviceName,
    POWERTOOLS_LOG_LEVEL: 'INFO',
    POWERTOOLS_LOGGER_SAMPLE_RATE: String(settings.debugSampleRate),
    POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
    ...(settings.tracing ? { [TRACING_ENV]: 'on' } : {}),
  };
}

/** X-Ray's own write actions go to `*` (CDK adds them to the function's role with active tracing): acknowledged where tracing is on. */
export function acknowledgeTracingGrant(fn: { readonly role?: IConstruct }): void {
  if (!fn.role) throw new Error('acknowledgeTracingGrant: the function has no role of its own');
  Validations.of(fn.role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'active X-Ray tracing (context flag `tracing`): xray:PutTraceSegments and xray:PutTelemetryRecords have no ' +
      'resource-level permissions, so CDK grants them on `*`',
  });
}
