import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_NOT_BUILT_WARNING, AdminSite, type AdminSiteProps } from '../lib/admin-site';
import { ADMIN_DIST_FIXTURE, MISSING_DIST, testStack } from './support';

const API_DOMAIN = 'abc123.execute-api.cn-north-1.amazonaws.com.cn';
// AWS managed policies, by id
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

function synth(props: Partial<AdminSiteProps> = {}) {
  const stack = testStack();
  const site = new AdminSite(stack, 'AdminSite', {
    apiDomainName: API_DOMAIN,
    accessLogsBucket: new Bucket(stack, 'Logs'),
    assetPath: ADMIN_DIST_FIXTURE,
    connectSources: ['https://*.s3.cn-north-1.amazonaws.com.cn'],
    ...props,
  });
  return { stack, site, template: Template.fromStack(stack) };
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
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/graphql',
            AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            CachePolicyId: CACHING_DISABLED,
            OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
            ViewerProtocolPolicy: 'https-only',
          }),
        ],
        Origins: Match.arrayWith([
          Match.objectLike({
            DomainName: API_DOMAIN,
            CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
          }),
        ]),
      }),
    });
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
              "connect-src 'self' https://\\*\\.s3\\.cn-north-1\\.amazonaws\\.com\\.cn;.*frame-ancestors 'none'",
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

  it('deploys hashed assets as immutable, then the pages as no-cache with an invalidation', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Include: ['assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    template.hasResource('Custom::CDKBucketDeployment', {
      Properties: Match.objectLike({
        Exclude: ['assets/*'],
        SystemMetadata: { 'cache-control': 'no-cache' },
        DistributionId: { Ref: Match.stringLikeRegexp('^AdminSiteDistribution') },
        DistributionPaths: ['/*'],
      }),
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^AdminSiteDeployAssetsCustomResource')]),
    });
  });
});

describe('Construct: AdminSite (SPA not built)', () => {
  it('deploys nothing and warns with what to run', () => {
    const { stack, template } = synth({ assetPath: MISSING_DIST });

    template.resourceCountIs('Custom::CDKBucketDeployment', 0);
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

  it('refuses a connect source that is not https', () => {
    expect(() => synth({ connectSources: ['http://example.com'] })).toThrow(
      "connectSources must be https:// origins, received 'http://example.com'",
    );
  });
});
