import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { FilesBucket } from '../lib/files-bucket';
import { grantedActions, testStack } from './support';

const SITE_ORIGIN = 'https://d111111abcdef8.cloudfront.net';
const filesBucket = { Ref: Match.stringLikeRegexp('^FilesBucket') };
const filesBucketArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^FilesBucket'), 'Arn'] };

describe('Construct: FilesBucket', () => {
  let template: Template;

  beforeAll(() => {
    // Prepare
    const stack = testStack();
    const logs = new Bucket(stack, 'Logs');
    const files = new FilesBucket(stack, 'Files', { allowedOrigins: [SITE_ORIGIN], accessLogsBucket: logs });
    const fn = new LambdaFunction(stack, 'Fn', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('export const handler = async () => {};'),
    });
    // Act
    files.bind(fn);
    template = Template.fromStack(stack);
  });

  it('blocks all public access, encrypts at rest, keeps versions and logs access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: Match.absent(),
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^Logs') } },
    });
  });

  it('allows browser PUT/GET/HEAD from the site origin only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedOrigins: [SITE_ORIGIN],
            AllowedMethods: ['PUT', 'GET', 'HEAD'],
            ExposedHeaders: ['ETag'],
          }),
        ],
      },
    });
  });

  it('denies every request not made over TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: filesBucket,
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('is retained when the stack is deleted', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  describe('Method: bind', () => {
    it('sets FILES_BUCKET_NAME on the function', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: { FILES_BUCKET_NAME: filesBucket } },
      });
    });

    it('grants GetObject and PutObject on its prefixes only, DeleteObject on the transient ones, and ListBucket for honest 404s', () => {
      expect(grantedActions(template).sort()).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject']);
      const objects = (prefix: string) => ({ 'Fn::Join': ['', [filesBucketArn, `/${prefix}*`]] });
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject'],
              // minimizePolicies (cdk.json) sorts the resources
              Resource: ['files/', 'generated/', 'payloads/', 'uploads/'].map(objects),
            },
            { Effect: 'Allow', Action: 's3:DeleteObject', Resource: ['payloads/', 'uploads/'].map(objects) },
            { Effect: 'Allow', Action: 's3:ListBucket', Resource: filesBucketArn },
          ],
        },
      });
    });

    it('expires transient objects, old versions included (a deleted roster file does not live on), and keeps files/ with their old versions for years', () => {
      const rules = Object.values(template.findResources('AWS::S3::Bucket')).find((b) => b.Properties?.CorsConfiguration)!.Properties
        .LifecycleConfiguration.Rules as { Prefix?: string; ExpirationInDays?: number; NoncurrentVersionExpiration?: { NoncurrentDays: number } }[];
      const byPrefix = Object.fromEntries(rules.filter((r) => r.Prefix).map((r) => [r.Prefix, [r.ExpirationInDays, r.NoncurrentVersionExpiration?.NoncurrentDays]]));
      expect(byPrefix).toEqual({ 'uploads/': [2, 1], 'payloads/': [7, 1], 'generated/': [1, 1], 'files/': [undefined, 3650] });
    });
  });
});

describe('Construct: FilesBucket (failing)', () => {
  const make = (allowedOrigins: string[]) => () => {
    const stack = testStack();
    new FilesBucket(stack, 'Files', { allowedOrigins, accessLogsBucket: new Bucket(stack, 'Logs') });
  };

  it('refuses a wildcard origin', () => {
    expect(make(['*'])).toThrow("allowedOrigins must not contain wildcards, received '*': pass the site origin");
  });

  it('refuses an empty origin list', () => {
    expect(make([])).toThrow('allowedOrigins must list at least one origin, received an empty list');
  });
});
