import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  FunctionEventType,
  Function as CloudFrontFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { IDLE_MINUTES } from '../../functions/src/auth/session';
import { NIST, NO_VPC_REASON, logicalIdOf, synchronousReason } from './nag';
import { ADMIN_DIST } from './paths';

export interface AdminSiteProps {
  /** Host name of the GraphQL HTTP API (`<id>.execute-api.<region>.<suffix>`), served at `apiPath`. */
  readonly apiDomainName: string;
  /**
   * Path the distribution forwards to the API.
   * @default '/graphql'
   */
  readonly apiPath?: string;
  /** Bucket receiving the site bucket's S3 access logs (prefix `admin-site/`) and CloudFront logs (`cloudfront/`). */
  readonly accessLogsBucket: IBucket;
  /**
   * The built SPA (Vite's output). When the folder does not exist, nothing is deployed and synth warns.
   * @default admin/dist
   */
  readonly assetPath?: string;
  /**
   * Origins besides the site itself the SPA may `fetch` (presigned upload URLs), for the CSP `connect-src`.
   * @default - none
   */
  readonly connectSources?: string[];
  /**
   * The SPA's sign-in settings, published at `GET /auth/config` (same origin) for the SPA to read at start.
   * Deploy-time values (the pool and client ids of the stack) are fine.
   */
  readonly authConfig: AdminAuthConfig;
  /**
   * Headers CloudFront adds to every request it forwards to the API (the origin secret of GraphqlApi),
   * overwriting any a viewer sent under the same names.
   * @default - none
   */
  readonly apiOriginHeaders?: Record<string, string>;
  /**
   * ARN of the CLOUDFRONT-scope web ACL (in us-east-1) in front of the distribution (`GongjianEdgeStack`).
   * @default none: no WAF (AwsSolutions-CFR2 acknowledged)
   */
  readonly webAclArn?: string;
}

/** What the admin SPA needs to sign in against the user pool (Amplify's `Auth.Cognito`) and when to stop. */
export interface AdminAuthConfig {
  readonly userPoolId: string;
  /** The SPA's app client (SRP, no secret). */
  readonly userPoolClientId: string;
  /** Minutes without activity after which the SPA ends the session (the baseline: 15). */
  readonly idleMinutes: number;
}

/** Object key in the site bucket and path on the distribution of the SPA's sign-in settings. */
export const AUTH_CONFIG_KEY = 'auth/config';
export const AUTH_CONFIG_PATH = `/${AUTH_CONFIG_KEY}`;

/** The calendar feeds' path pattern on the distribution (`/calendar/{secret}.ics`, answered by the API). */
export const CALENDAR_FEED_PATH = '/calendar/*';

/** The JSON document at `/auth/config`: `{"mode":"cognito","userPoolId":…,"userPoolClientId":…,"idleMinutes":15}`. */
export function authConfigDocument(config: AdminAuthConfig): Record<string, string | number> {
  return {
    mode: 'cognito',
    userPoolId: config.userPoolId,
    userPoolClientId: config.userPoolClientId,
    idleMinutes: config.idleMinutes,
  };
}

/** Warning id synth shows when the SPA has not been built yet. */
export const ADMIN_NOT_BUILT_WARNING = 'gongjian:adminNotBuilt';

/** Where the public page (公示页, its own small bundle) is served: `/p/{regionId}`, `/p/{regionId}/project/{id}`. */
export const PUBLIC_PAGE_PATH = '/p';

/**
 * Client-side routes (a last path segment without a dot) are answered with index.html — the public page's
 * (`/p`, `/p/…`) with `/p/index.html`. This runs on the SPA's behaviour only, so the API's own 403/404
 * answers reach API clients unchanged, which a distribution-wide error-page mapping would not allow.
 */
const SPA_ROUTING_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.lastIndexOf('.') <= uri.lastIndexOf('/')) {
    request.uri = uri === '${PUBLIC_PAGE_PATH}' || uri.indexOf('${PUBLIC_PAGE_PATH}/') === 0 ? '${PUBLIC_PAGE_PATH}/index.html' : '/index.html';
  }
  return request;
}`;

/** The admin SPA: private bucket, CloudFront with origin access control, and `/graphql` routed to the API. */
export class AdminSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** Deploys index.html and the other unhashed files; undefined when the SPA was not built at synth time. */
  readonly deployment?: BucketDeployment;
  /** Deploys `auth/config`, the SPA's sign-in settings (whether or not the SPA was built). */
  readonly authConfigDeployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: AdminSiteProps) {
    super(scope, id);
    const apiPath = props.apiPath ?? '/graphql';
    const assetPath = props.assetPath ?? ADMIN_DIST;
    validate(props, apiPath);

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'admin-site/',
    });
    Validations.of(this.bucket).acknowledge(
      {
        id: NIST.bucketKms,
        reason:
          'the bucket holds the built SPA only (public code, no data); CloudFront reads it through origin access control, ' +
          "which with SSE-KMS needs the key's policy to name the distribution — and the distribution depends on this " +
          'bucket, so the stage key would depend on it too; SSE-S3 encrypts it at rest',
      },
      {
        id: NIST.bucketVersioning,
        reason:
          'every object is a build output of the repository, deployed by BucketDeployment (hashed assets are never ' +
          'pruned): the previous version is redeployed from git, not restored from S3',
      },
      { id: NIST.bucketReplication, reason: 'the SPA is rebuilt and redeployed from the repository in any region; a replica adds nothing' },
    );

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Gongjian admin: HSTS, CSP, no framing, no sniffing',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.connectSources ?? [], inlineScriptHashes(assetPath)),
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    const spaRouting = new CloudFrontFunction(this, 'SpaRouting', {
      code: FunctionCode.fromInline(SPA_ROUTING_CODE),
      comment: 'Answers client-side routes with /index.html (admin) or /p/index.html (public page)',
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    // The API behind its three paths (/graphql, /open/*, /calendar/*): HTTPS only, with the origin secret the handler checks.
    const apiOrigin = () =>
      new HttpOrigin(props.apiDomainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
        customHeaders: props.apiOriginHeaders,
      });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Gongjian admin site and GraphQL API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: props.accessLogsBucket,
      logFilePrefix: 'cloudfront/',
      webAclId: props.webAclArn,
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        compress: true,
        functionAssociations: [{ function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // The sign-in settings: a file of the site bucket, but never cached (a redeploy may change the
        // client id) and not a client-side route (the SPA routing function would answer it with index.html).
        [AUTH_CONFIG_PATH]: {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
        [apiPath]: {
          origin: apiOrigin(),
          // A redirect would turn a POST into a GET: plain HTTP is refused instead.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // With caching disabled this forwards Authorization too; Host must be the API's own.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
        // Open data (issue 17, added by the publication API): GET /open/{region}/{year}/{list}.{csv|xlsx} to the API,
        // anonymous (no header forwarded but the origin secret), cached briefly so an unpublish shows within a minute.
        '/open/*': {
          origin: apiOrigin(),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: new CachePolicy(this, 'OpenDataCache', {
            comment: 'Gongjian open data: one minute, keyed by the path only',
            defaultTtl: Duration.seconds(60),
            minTtl: Duration.seconds(0),
            maxTtl: Duration.seconds(300),
            enableAcceptEncodingGzip: true,
            enableAcceptEncodingBrotli: true,
          }),
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
        // Calendar feeds (issue 16): GET /calendar/{secret}.ics to the API, read without a token (the secret is the
        // key), never cached — a revoked or replaced URL stops at once, and one person's feed is never another's.
        // No viewer header is forwarded (only the origin secret): the feed's links were fixed when it was made.
        [CALENDAR_FEED_PATH]: {
          origin: apiOrigin(),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
      },
    });
    acknowledgeDistributionFindings(this.distribution, props.webAclArn !== undefined);

    this.authConfigDeployment = new BucketDeployment(this, 'DeployAuthConfig', {
      sources: [Source.jsonData(AUTH_CONFIG_KEY, authConfigDocument(props.authConfig))],
      destinationBucket: this.bucket,
      // Only this object: the SPA's files are the other deployments' (which leave auth/* alone).
      prune: false,
      contentType: 'application/json',
      cacheControl: [CacheControl.noStore()],
    });
    acknowledgeDeploymentFindings(this.authConfigDeployment, this.bucket);

    if (existsSync(assetPath)) {
      this.deployment = this.deploy(assetPath);
    } else {
      Annotations.of(this).addWarningV2(
        ADMIN_NOT_BUILT_WARNING,
        `${assetPath} does not exist, so the admin SPA is not deployed: run 'npm run build:admin' before 'cdk deploy'`,
      );
    }
  }

  /** `https://<distribution>.cloudfront.net` */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  /**
   * Vite's hashed files under assets/ (the admin's) and p/assets/ (the public page's) are immutable and
   * kept (not pruned), so a browser still holding the previous index.html can load what it references;
   * the index.html files and the rest are revalidated on every load and replaced after the assets are in place.
   */
  private deploy(assetPath: string): BucketDeployment {
    const source = Source.asset(assetPath);
    const assets = new BucketDeployment(this, 'DeployAssets', {
      sources: [source],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: HASHED_ASSETS,
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
    });
    const pages = new BucketDeployment(this, 'DeployPages', {
      sources: [source],
      destinationBucket: this.bucket,
      // Excluded keys are neither uploaded nor pruned: the hashed assets are the deployment above's, auth/*
      // the sign-in settings'.
      exclude: [...HASHED_ASSETS, 'auth/*'],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    pages.node.addDependency(assets);
    acknowledgeDeploymentFindings(pages, this.bucket);
    return pages;
  }
}

/** The build's content-hashed files: the admin's and the public page's. */
const HASHED_ASSETS = ['assets/*', 'p/assets/*'];

/**
 * The CSP sources (`'sha256-…'`) of the inline scripts in the public page's built index.html (its code is inline
 * to save a round trip on a slow phone link: public-site/vite.config.ts). None when the page is not built.
 */
export function inlineScriptHashes(assetPath: string): string[] {
  const page = join(assetPath, 'p', 'index.html');
  if (!existsSync(page)) return [];
  return [...readFileSync(page, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/.test(attributes ?? '') && (body ?? '').length > 0)
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body ?? '', 'utf8').digest('base64')}'`);
}

function contentSecurityPolicy(connectSources: string[], scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    // antd writes its CSS-in-JS styles at run time.
    "style-src 'self' 'unsafe-inline'",
    // The files' origins too: the public page shows progress photos by their presigned URLs.
    ["img-src 'self' data: blob:", ...connectSources].join(' '),
    "font-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function validate(props: AdminSiteProps, apiPath: string): void {
  const { idleMinutes } = props.authConfig;
  if (!Number.isInteger(idleMinutes) || idleMinutes < 1 || idleMinutes > IDLE_MINUTES) {
    throw new Error(`authConfig.idleMinutes must be a whole number of minutes from 1 to ${IDLE_MINUTES} (the baseline's limit), received ${idleMinutes}`);
  }
  if (apiPath === AUTH_CONFIG_PATH) {
    throw new Error(`apiPath cannot be ${AUTH_CONFIG_PATH}, where the SPA's sign-in settings are served`);
  }
  if (!/^\/[A-Za-z0-9._\-/]+$/.test(apiPath)) {
    throw new Error(`apiPath must be an absolute path such as '/graphql' without wildcards, received '${apiPath}'`);
  }
  if (props.apiDomainName.includes('://') || props.apiDomainName.includes('/')) {
    throw new Error(`apiDomainName must be a host name without scheme or path, received '${props.apiDomainName}'`);
  }
  for (const source of props.connectSources ?? []) {
    if (!source.startsWith('https://')) {
      throw new Error(`connectSources must be https:// origins, received '${source}'`);
    }
  }
}

function acknowledgeDistributionFindings(distribution: Distribution, behindWaf: boolean): void {
  if (!behindWaf) {
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'WAF is off for this stage (context waf, on by default for prod only): the API stage is throttled and ' +
        'GraphQL depth, alias and cost limits apply',
    });
  }
  Validations.of(distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason: 'no geographic restriction is required: access is controlled by sign-in, not by location',
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'the distribution uses the default *.cloudfront.net certificate until a custom domain is added, ' +
        'and CloudFront does not allow choosing the minimum TLS version for it',
    },
  );
}

/**
 * The deployment helper is CDK's own singleton Lambda, run only while deploying. Its grants are the ones
 * BucketDeployment makes: read the CDK asset bucket, sync into the site bucket, invalidate the cache.
 */
function acknowledgeDeploymentFindings(deployment: BucketDeployment, siteBucket: IBucket): void {
  const handler = deployment.handlerRole.node.scope;
  if (!handler) return;
  const syncReason = 'BucketDeployment syncs the built SPA from the CDK asset bucket into the site bucket';
  Validations.of(handler).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'CDK BucketDeployment helper: it writes its logs with the AWS basic execution role',
    },
    { id: 'AwsSolutions-L1', reason: 'CDK BucketDeployment helper: its runtime is chosen and updated by aws-cdk-lib' },
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `${syncReason} (CDK's read/write grant includes ${action})`,
    })),
    {
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
      reason: `${syncReason}; the asset's key is known only at deploy time`,
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(siteBucket)}.Arn>/*]`,
      reason: `${syncReason}; the site bucket holds nothing else`,
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'cloudfront:CreateInvalidation/GetInvalidation, which CDK grants on all distributions after a deploy',
    },
    { id: NIST.lambdaInsideVpc, reason: `CDK BucketDeployment helper: ${NO_VPC_REASON}` },
    { id: NIST.lambdaDlq, reason: `CDK BucketDeployment helper: ${synchronousReason('CloudFormation (a custom resource)')}` },
    {
      id: NIST.lambdaConcurrency,
      reason: 'CDK BucketDeployment helper: it runs only during a deployment, one invocation per deployment resource',
    },
    {
      id: NIST.inlinePolicy,
      reason: "CDK BucketDeployment helper: aws-cdk-lib makes its role's policy from the deployment's grants",
    },
    {
      id: NIST.logGroupEncrypted,
      reason: 'CDK BucketDeployment helper: aws-cdk-lib creates its log group (no key setting); it logs file syncs, no data',
    },
  );
}
