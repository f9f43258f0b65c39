import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault, type BackupSelection } from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { DEFAULTS } from './context';

/** Days a monthly backup is kept. */
export const MONTHLY_BACKUP_RETENTION_DAYS = 365;

export interface TableBackupProps {
  readonly stage: string;
  readonly table: ITable;
  /** Encrypts the vault (the stage's `DataKey`). */
  readonly encryptionKey: IKey;
  /**
   * Days a daily backup is kept (context `backupRetentionDays`): 1 … 365.
   * @default 35
   */
  readonly retentionDays?: number;
}

/**
 * AWS Backup of the table, beside its point-in-time recovery (35 days of any second, but gone with the table
 * and not a separate copy): a vault encrypted with the stage's key and kept when the stack is deleted, a daily
 * backup at 02:00 Beijing time (18:00 UTC) kept `retentionDays`, and a monthly one on the 1st kept a year.
 */
export class TableBackup extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;
  readonly selection: BackupSelection;

  constructor(scope: Construct, id: string, props: TableBackupProps) {
    super(scope, id);
    const retentionDays = props.retentionDays ?? DEFAULTS.backupRetentionDays;
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > MONTHLY_BACKUP_RETENTION_DAYS) {
      throw new Error(`retentionDays must be a whole number from 1 to ${MONTHLY_BACKUP_RETENTION_DAYS}, received ${retentionDays}`);
    }

    this.vault = new BackupVault(this, 'Vault', {
      backupVaultName: `gongjian-${props.stage}`,
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.plan = new BackupPlan(this, 'Plan', { backupPlanName: `gongjian-${props.stage}-table`, backupVault: this.vault });
    this.plan.addRule(
      new BackupPlanRule({
        ruleName: 'daily',
        scheduleExpression: Schedule.cron({ hour: '18', minute: '0' }),
        startWindow: Duration.hours(1),
        completionWindow: Duration.hours(8),
        deleteAfter: Duration.days(retentionDays),
      }),
    );
    this.plan.addRule(
      new BackupPlanRule({
        ruleName: 'monthly',
        scheduleExpression: Schedule.cron({ day: '1', hour: '18', minute: '30' }),
        startWindow: Duration.hours(1),
        completionWindow: Duration.hours(8),
        deleteAfter: Duration.days(MONTHLY_BACKUP_RETENTION_DAYS),
      }),
    );
    this.selection = this.plan.addSelection('Table', {
      backupSelectionName: 'table',
      resources: [BackupResource.fromDynamoDbTable(props.table)],
      // Restoring is an operator's act with their own permissions, not this role's.
      allowRestores: false,
    });
    Validations.of(this.selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        "AWS Backup's own service-role policy for taking backups, maintained by AWS as services add backup APIs; " +
        'the role is assumable by backup.amazonaws.com only and selects this table alone',
    });
  }
}
