import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_NOT_BUILT_WARNING, AUTH_CONFIG_PATH, AdminSite, inlineScriptHashes, type AdminSiteProps } from '../lib/admin-site';
import { ADMIN_DIST_FIXTURE, MISSING_DIST, testApp, testStack } from './support';

const API_DOMAIN = 'abc123.execute-api.cn-north-1.amazonaws.com.cn';
// AWS managed policies, by id
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const AUTH_CONFIG = { userPoolId: 'cn-north-1_test', userPoolClientId: 'spaclient123', idleMinutes: 15 };

function synth(props: Partial<AdminSiteProps> = {}) {
  const stack = testStack();
  const site = new AdminSite(stack, 'AdminSite', {
    apiDomainName: API_DOMAIN,
    accessLogsBucket: new Bucket(stack, 'Logs'),
    assetPath: ADMIN_DIST_FIXTURE,
    connectSources: ['https://*.s3.cn-north-1.amazonaws.com.cn'],
    authConfig: AUTH_CONFIG,
    ...props,
  });
  return { stack, site, template: Template.fromStack(stack) };
}

type Resource = { Properties: Record<string, any> };

/** The one resource of `type` whose logical id starts with `prefix`. */
function resourceOf(template: Template, type: string, prefix: string): Resource {
  const found = Object.entries(template.findResources(type)).filter(([id]) => id.startsWith(prefix));
  expect(found).toHaveLength(1);
  return found[0]![1] as Resource;
}

describe('Construct: AdminSite', () => {
  let template: Template;

  beforeAll(() => {
    ({ template } = synth());
  });

  it('keeps the SPA in a private, encrypted, logged, TLS-only bucket that is retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: Match.anyValue(),
        LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^Logs') }, LogFilePrefix: 'admin-site/' },
      }),
      DeletionPolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('^AdminSiteBucket') },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('reads the bucket through origin access control, serving index.html at the root over HTTPS', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: Match.arrayWith([
          Match.objectLike({
            DomainName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AdminSiteBucket'), 'RegionalDomainName'] },
            OriginAccessControlId: Match.anyValue(),
          }),
        ]),
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          ResponseHeadersPolicyId: { Ref: Match.stringLikeRegexp('^AdminSiteSecurityHeaders') },
          FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
        }),
        Logging: Match.objectLike({ Prefix: 'cloudfront/' }),
      }),
    });
  });

  it('sends /graphql to the HTTP API uncached, with every viewer header but Host and every method', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([
          Match.objectLike({
            PathPattern: '/graphql',
            AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            CachePolicyId: CACHING_DISABLED,
            OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
            ViewerProtocolPolicy: 'https-only',
          }),
        ]),
        Origins: Match.arrayWith([
          Match.objectLike({
            DomainName: API_DOMAIN,
            CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
          }),
        ]),
      }),
    });
  });

  it('never answers a /graphql GET from the cache: a partner GET with a bearer token is never served to another caller', () => {
    // The API accepts GET queries that carry a bearer token (functions/src/graphql/server.ts, CSRF_PREVENTION_HEADERS).
    // Safe only while CloudFront caches nothing of /graphql (the managed CachingDisabled policy: TTL 0, no cache key)
    // and forwards the query string and Authorization (AllViewerExceptHostHeader, allowed with caching disabled).
    // A cache policy here must put Authorization in the cache key; this test stops one that does not.
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const behaviours = distribution!.Properties.DistributionConfig.CacheBehaviors as Array<Record<string, unknown>>;
    const graphql = behaviours.filter((b) => b.PathPattern === '/graphql' || String(b.PathPattern).startsWith('/graphql'));
    expect(graphql).toHaveLength(1);
    expect(graphql[0]).toMatchObject({ CachePolicyId: CACHING_DISABLED, OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER });
    expect(graphql[0]!.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST']));
  });

  it('sends /open/* (open data) to the HTTP API, GET and HEAD only, cached a minute by path, with the origin secret', () => {
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    const behaviour = (config.CacheBehaviors as Array<Record<string, unknown>>).find((b) => b.PathPattern === '/open/*');
    expect(behaviour).toMatchObject({ AllowedMethods: ['GET', 'HEAD'], ViewerProtocolPolicy: 'redirect-to-https', Compress: true });
    expect(behaviour!.OriginRequestPolicyId).toBeUndefined();
    const origin = (config.Origins as Array<Record<string, unknown>>).find((o) => o.Id === behaviour!.TargetOriginId);
    expect(origin).toMatchObject({ DomainName: API_DOMAIN, CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } });
    const policies = template.findResources('AWS::CloudFront::CachePolicy');
    const policy = Object.entries(policies).find(([id]) => JSON.stringify(behaviour!.CachePolicyId).includes(id))?.[1];
    expect(policy?.Properties.CachePolicyConfig).toMatchObject({
      DefaultTTL: 60, MinTTL: 0, MaxTTL: 300,
      ParametersInCacheKeyAndForwardedToOrigin: { HeadersConfig: { HeaderBehavior: 'none' }, QueryStringsConfig: { QueryStringBehavior: 'none' }, CookiesConfig: { CookieBehavior: 'none' } },
    });
  });

  it('sends /calendar/* (calendar feeds) to the HTTP API, GET and HEAD only, never cached, no viewer header forwarded', () => {
    // A feed is personal and a revoked or replaced URL must stop at once: CloudFront keeps nothing (CachingDisabled).
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    const behaviours = (config.CacheBehaviors as Array<Record<string, unknown>>).filter((b) => String(b.PathPattern).startsWith('/calendar'));
    expect(behaviours).toHaveLength(1);
    expect(behaviours[0]).toMatchObject({
      PathPattern: '/calendar/*', AllowedMethods: ['GET', 'HEAD'], CachePolicyId: CACHING_DISABLED, ViewerProtocolPolicy: 'redirect-to-https', Compress: true,
    });
    expect(behaviours[0]!.OriginRequestPolicyId).toBeUndefined();
    const origin = (config.Origins as Array<Record<string, unknown>>).find((o) => o.Id === behaviours[0]!.TargetOriginId);
    expect(origin).toMatchObject({ DomainName: API_DOMAIN, CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } });
  });

  it('answers client-side routes with index.html, and leaves files and the API alone', () => {
    const [fn] = Object.values(template.findResources('AWS::CloudFront::Function'));
    const handler = new Function(`${fn?.Properties.FunctionCode as string}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;

    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/members/42')).toBe('/index.html');
    expect(rewrite('/units/')).toBe('/index.html');
    expect(rewrite('/assets/index-abc123.js')).toBe('/assets/index-abc123.js');
    expect(rewrite('/favicon.ico')).toBe('/favicon.ico');
    // the public page (公示页) has its own index.html, its files their own paths
    expect(rewrite('/p')).toBe('/p/index.html');
    expect(rewrite('/p/demo')).toBe('/p/index.html');
    expect(rewrite('/p/demo/project/01JABC')).toBe('/p/index.html');
    expect(rewrite('/p/assets/index-abc123.js')).toBe('/p/assets/index-abc123.js');
    expect(rewrite('/people/42')).toBe('/index.html');
    // no distribution-wide error pages: they would replace the API's own 403/404 answers with HTML
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ CustomErrorResponses: Match.absent() }),
    });
  });

  it('sends HSTS, a CSP that allows presigned uploads, and forbids framing and sniffing', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.stringLikeRegexp(
              "img-src 'self' data: blob: https://\\*\\.s3\\.cn-north-1\\.amazonaws\\.com\\.cn;.*connect-src 'self' https://\\*\\.s3\\.cn-north-1\\.amazonaws\\.com\\.cn;.*frame-ancestors 'none'",
            ),
            Override: true,
          },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        },
      }),
    });
  });

  it('serves /auth/config from the bucket, never cached, and not through the SPA routing function', () => {
    const distribution = resourceOf(template, 'AWS::CloudFront::Distribution', 'AdminSiteDistribution').Properties.DistributionConfig;
    const behaviour = (distribution.CacheBehaviors as Array<Record<string, unknown>>).find((b) => b.PathPattern === AUTH_CONFIG_PATH);

    expect(behaviour).toEqual({
      PathPattern: '/auth/config',
      // the site bucket's origin, the same as the default behaviour's
      TargetOriginId: distribution.DefaultCacheBehavior.TargetOriginId,
      AllowedMethods: ['GET', 'HEAD'],
      CachePolicyId: CACHING_DISABLED,
      ViewerProtocolPolicy: 'redirect-to-https',
      ResponseHeadersPolicyId: distribution.DefaultCacheBehavior.ResponseHeadersPolicyId,
      Compress: true,
    });
    // Through the default behaviour the routing function would have answered it with index.html.
    const [fn] = Object.values(template.findResources('AWS::CloudFront::Function'));
    const handler = new Function(`${fn?.Properties.FunctionCode as string}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    expect(handler({ request: { uri: AUTH_CONFIG_PATH } }).uri).toBe('/index.html');
  });

  it('deploys the sign-in settings as auth/config: JSON, no-store, alone (no prune), and the pages leave auth/* in place', () => {
    const config = resourceOf(template, 'Custom::CDKBucketDeployment', 'AdminSiteDeployAuthConfig').Properties;

    expect(config).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': 'no-store', 'content-type': 'application/json' },
      DestinationBucketName: { Ref: expect.stringMatching(/^AdminSiteBucket/) },
    });
    expect(config.Include).toBeUndefined();
    expect(config.Exclude).toBeUndefined();
    // The pages' deployment prunes: excluded keys are kept, so the settings survive every SPA deployment.
    expect(resourceOf(template, 'Custom::CDKBucketDeployment', 'AdminSiteDeployPages').Properties).toMatchObject({
      Prune: true,
      Exclude: ['assets/*', 'p/assets/*', 'auth/*'],
    });
  });

  it('deploys hashed assets (the admin’s and the public page’s) as immutable, then the pages as no-cache with an invalidation', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Include: ['assets/*', 'p/assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    template.hasResource('Custom::CDKBucketDeployment', {
      Properties: Match.objectLike({
        Exclude: ['assets/*', 'p/assets/*', 'auth/*'],
        SystemMetadata: { 'cache-control': 'no-cache' },
        DistributionId: { Ref: Match.stringLikeRegexp('^AdminSiteDistribution') },
        DistributionPaths: ['/*'],
      }),
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^AdminSiteDeployAssetsCustomResource')]),
    });
  });
});

describe('Construct: AdminSite (the sign-in settings with deploy-time values)', () => {
  it('writes {"mode":"cognito", pool id, SPA client id, idleMinutes} with the ids filled in at deploy time', () => {
    // Prepare: the ids of a real pool and client, known only at deploy time
    const app = testApp();
    const stack = new Stack(app, 'Test');
    const pool = new UserPool(stack, 'Pool');
    const client = pool.addClient('Spa');
    new AdminSite(stack, 'AdminSite', {
      apiDomainName: API_DOMAIN,
      accessLogsBucket: new Bucket(stack, 'Logs'),
      assetPath: ADMIN_DIST_FIXTURE,
      authConfig: { userPoolId: pool.userPoolId, userPoolClientId: client.userPoolClientId, idleMinutes: 15 },
    });
    // Act
    const assembly = app.synth();
    const config = resourceOf(Template.fromStack(stack), 'Custom::CDKBucketDeployment', 'AdminSiteDeployAuthConfig').Properties;

    // Assert: the file in the asset holds markers; the deployment replaces each with its value, JSON-escaped
    const [objectKey] = config.SourceObjectKeys as string[];
    const file = readFileSync(join(assembly.directory, `asset.${objectKey!.replace(/\.zip$/, '')}`, 'auth', 'config'), 'utf8');
    const markers = (config.SourceMarkers as Array<Record<string, unknown>>)[0]!;
    expect(config.SourceMarkersConfig).toEqual([{ jsonEscape: true }]);
    const deployed = JSON.parse(file.replace(/<<marker:0xbaba:\d+>>/g, (marker) => `@${JSON.stringify(markers[marker])}@`).replace(/"@(.*?)@"/g, '$1'));
    expect(deployed).toEqual({
      mode: 'cognito',
      userPoolId: { Ref: stack.getLogicalId(pool.node.defaultChild as never) },
      userPoolClientId: { Ref: stack.getLogicalId(client.node.defaultChild as never) },
      idleMinutes: 15,
    });
    expect(Object.keys(deployed)).not.toContain('userPoolEndpoint');
  });
});

describe('Construct: AdminSite (the public page’s inline script)', () => {
  it('allows the public page’s inline module script by its sha256 in the CSP, and no other inline script', () => {
    // Prepare: a built site whose p/index.html carries its code inline (public-site/vite.config.ts)
    const site = mkdtempSync(join(tmpdir(), 'gongjian-site-'));
    try {
      mkdirSync(join(site, 'p'));
      writeFileSync(join(site, 'index.html'), '<!doctype html><script type="module" src="/assets/index.js"></script>');
      const code = 'console.log("公示")';
      writeFileSync(join(site, 'p', 'index.html'), `<!doctype html><script type="module">${code}</script><script src="/p/x.js"></script>`);
      const expected = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

      // Act
      const { template } = synth({ assetPath: site });

      // Assess
      const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
      const csp = (policy as Resource).Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy as string;
      expect(csp).toContain(`script-src 'self' ${expected};`);
      expect(inlineScriptHashes(site)).toEqual([expected]);
      expect(inlineScriptHashes(ADMIN_DIST_FIXTURE)).toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('Construct: AdminSite (SPA not built)', () => {
  it('deploys only the sign-in settings and warns with what to run', () => {
    const { stack, template } = synth({ assetPath: MISSING_DIST });

    template.resourceCountIs('Custom::CDKBucketDeployment', 1);
    resourceOf(template, 'Custom::CDKBucketDeployment', 'AdminSiteDeployAuthConfig');
    Annotations.fromStack(stack).hasWarning(
      '/Test/AdminSite',
      Match.stringLikeRegexp(`no-such-dist does not exist.*npm run build:admin.*\\[ack: ${ADMIN_NOT_BUILT_WARNING}\\]`),
    );
  });
});

describe('Construct: AdminSite (failing)', () => {
  it('refuses an API domain given as a URL', () => {
    expect(() => synth({ apiDomainName: `https://${API_DOMAIN}` })).toThrow(
      `apiDomainName must be a host name without scheme or path, received 'https://${API_DOMAIN}'`,
    );
  });

  it('refuses a wildcard API path', () => {
    expect(() => synth({ apiPath: '/graphql/*' })).toThrow(/^apiPath must be an absolute path/);
  });

  it.each([0, 16, 1.5])('refuses an idle limit of %s minutes', (idleMinutes) => {
    expect(() => synth({ authConfig: { ...AUTH_CONFIG, idleMinutes } })).toThrow(
      `authConfig.idleMinutes must be a whole number of minutes from 1 to 15 (the baseline's limit), received ${idleMinutes}`,
    );
  });

  it('refuses the API at /auth/config', () => {
    expect(() => synth({ apiPath: '/auth/config' })).toThrow('apiPath cannot be /auth/config');
  });

  it('refuses a connect source that is not https', () => {
    expect(() => synth({ connectSources: ['http://example.com'] })).toThrow(
      "connectSources must be https:// origins, received 'http://example.com'",
    );
  });
});
