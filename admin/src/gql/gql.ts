/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      userId\n      displayName\n      roles\n      region {\n        id\n        name\n        unitCount\n      }\n      unitId\n      acting {\n        regionId\n        reason\n        until\n        region {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ArchiveFileFields on ArchiveFile {\n    name\n    contentType\n    size\n    uploadedAt\n    downloadUrl\n  }\n": typeof types.ArchiveFileFieldsFragmentDoc,
    "\n  mutation CreateUploadUrl($input: CreateUploadInput!) {\n    createUploadUrl(input: $input) {\n      uploadId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n": typeof types.CreateUploadUrlDocument,
    "\n  query UnitOptions($first: Int!, $filter: UnitFilter) {\n    units(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n": typeof types.UnitOptionsDocument,
    "\n  query UnitOptionName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.UnitOptionNameDocument,
    "\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      meetingId\n      dueAt\n      read\n    }\n  }\n": typeof types.NotificationFeedFieldsFragmentDoc,
    "\n  query Notifications {\n    viewer {\n      notifications(first: 20) {\n        ...NotificationFeedFields\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      ...NotificationFeedFields\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      ...NotificationFeedFields\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation EndActInRegion($regionId: ID!) {\n    endActInRegion(regionId: $regionId)\n  }\n": typeof types.EndActInRegionDocument,
    "\n  mutation ResetAccountPassword($input: AccountChangeInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": typeof types.ResetAccountPasswordDocument,
    "\n  mutation DisableAccount($input: AccountChangeInput!) {\n    disableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.DisableAccountDocument,
    "\n  mutation UnlockAccount($input: AccountChangeInput!) {\n    unlockAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation ResetAuthenticator($input: AccountChangeInput!) {\n    resetAuthenticator(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.ResetAuthenticatorDocument,
    "\n  mutation EnableAccount($input: AccountChangeInput!) {\n    enableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.EnableAccountDocument,
    "\n  mutation DeleteAccount($input: AccountChangeInput!) {\n    deleteAccount(input: $input) {\n      username\n    }\n  }\n": typeof types.DeleteAccountDocument,
    "\n  fragment AccountRow on Account {\n    username\n    name\n    phone\n    role\n    unitId\n    unit {\n      id\n      name\n    }\n    memberId\n    member {\n      id\n      name\n    }\n    state\n    temporaryPasswordSetAt\n    lastSignInAt\n    failedSignIns\n    lockedUntil\n    createdAt\n    version\n  }\n": typeof types.AccountRowFragmentDoc,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  query AccountUnitLiaison($id: ID!) {\n    unit(id: $id) {\n      id\n      liaison {\n        name\n        phone\n      }\n    }\n  }\n": typeof types.AccountUnitLiaisonDocument,
    "\n  query AccountMemberContact($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n": typeof types.AccountMemberContactDocument,
    "\n  mutation CreateLiaisonAccounts($input: CreateLiaisonAccountsInput!) {\n    createLiaisonAccounts(input: $input) {\n      handoutId\n      created {\n        ...AccountRow\n      }\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      alreadyHadAccount\n      processedUnits\n      totalUnits\n      nextCursor\n      done\n    }\n  }\n": typeof types.CreateLiaisonAccountsDocument,
    "\n  mutation LiaisonAccountsHandout($handoutId: ID!) {\n    liaisonAccountsHandout(handoutId: $handoutId) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.LiaisonAccountsHandoutDocument,
    "\n  mutation RebindAccount($input: RebindAccountInput!) {\n    rebindAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.RebindAccountDocument,
    "\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AccountListDocument,
    "\n  fragment CharterVersionFields on CharterVersion {\n    id\n    number\n    title\n    adoptedOn\n    adoptedBy\n    note\n    createdAt\n    createdBy\n    file {\n      ...ArchiveFileFields\n    }\n  }\n": typeof types.CharterVersionFieldsFragmentDoc,
    "\n  query Charter($first: Int!, $after: String) {\n    charter {\n      current {\n        ...CharterVersionFields\n      }\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CharterVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.CharterDocument,
    "\n  mutation UploadCharterVersion($input: UploadCharterVersionInput!) {\n    uploadCharterVersion(input: $input) {\n      ...CharterVersionFields\n    }\n  }\n": typeof types.UploadCharterVersionDocument,
    "\n  fragment AllianceSettingsFields on AllianceSettings {\n    councilTermStart\n    councilTermEnd\n    version\n  }\n": typeof types.AllianceSettingsFieldsFragmentDoc,
    "\n  query AllianceSettings {\n    allianceSettings {\n      ...AllianceSettingsFields\n    }\n  }\n": typeof types.AllianceSettingsDocument,
    "\n  mutation SetCouncilTerm($input: SetCouncilTermInput!) {\n    setCouncilTerm(input: $input) {\n      ...AllianceSettingsFields\n    }\n  }\n": typeof types.SetCouncilTermDocument,
    "\n  fragment OfficerRow on Officer {\n    id\n    post\n    personName\n    personTitle\n    unit {\n      id\n      name\n    }\n    termStart\n    termEnd\n    current\n    endReason\n    version\n  }\n": typeof types.OfficerRowFragmentDoc,
    "\n  query AllianceOfficers {\n    officers(includePast: true) {\n      ...OfficerRow\n    }\n  }\n": typeof types.AllianceOfficersDocument,
    "\n  mutation SetOfficer($input: SetOfficerInput!) {\n    setOfficer(input: $input) {\n      ...OfficerRow\n    }\n  }\n": typeof types.SetOfficerDocument,
    "\n  mutation EndOfficerTerm($input: EndOfficerTermInput!) {\n    endOfficerTerm(input: $input) {\n      ...OfficerRow\n    }\n  }\n": typeof types.EndOfficerTermDocument,
    "\n  fragment RepresentativeChangeRow on RepresentativeChange {\n    id\n    version\n    unitId\n    unit {\n      id\n      name\n    }\n    post\n    previous {\n      name\n      title\n      phone\n    }\n    next {\n      name\n      title\n      phone\n    }\n    changedAt\n    changedBy\n    filedAt\n    filedBy\n  }\n": typeof types.RepresentativeChangeRowFragmentDoc,
    "\n  query RepresentativeChanges($filter: RepresentativeChangeFilter, $first: Int!, $after: String) {\n    representativeChanges(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RepresentativeChangeRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RepresentativeChangesDocument,
    "\n  mutation FileRepresentativeChange($input: FileRepresentativeChangeInput!) {\n    fileRepresentativeChange(input: $input) {\n      ...RepresentativeChangeRow\n    }\n  }\n": typeof types.FileRepresentativeChangeDocument,
    "\n  fragment SubBodyRow on SubBody {\n    id\n    kind\n    name\n    convenerUnit {\n      id\n      name\n    }\n    unitIds\n    peopleCount\n    version\n  }\n": typeof types.SubBodyRowFragmentDoc,
    "\n  query SubBodyDetail($id: ID!) {\n    subBody(id: $id) {\n      id\n      kind\n      name\n      convenerUnit {\n        id\n        name\n      }\n      units {\n        id\n        name\n      }\n      people {\n        name\n        title\n        unit {\n          id\n          name\n        }\n      }\n      version\n    }\n  }\n": typeof types.SubBodyDetailDocument,
    "\n  query SubBodies($kind: SubBodyKind, $first: Int!) {\n    subBodies(kind: $kind, first: $first) {\n      edges {\n        node {\n          ...SubBodyRow\n        }\n      }\n    }\n  }\n": typeof types.SubBodiesDocument,
    "\n  mutation CreateSubBody($input: CreateSubBodyInput!) {\n    createSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n": typeof types.CreateSubBodyDocument,
    "\n  mutation UpdateSubBody($input: UpdateSubBodyInput!) {\n    updateSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n": typeof types.UpdateSubBodyDocument,
    "\n  mutation AddArchiveDocument($input: AddArchiveDocumentInput!) {\n    addArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": typeof types.AddArchiveDocumentDocument,
    "\n  fragment ArchiveVersionFields on ArchiveDocumentVersion {\n    number\n    note\n    uploadedBy\n    chainHash\n    file {\n      ...ArchiveFileFields\n    }\n  }\n": typeof types.ArchiveVersionFieldsFragmentDoc,
    "\n  query ArchiveDocument($id: ID!, $first: Int!, $after: String) {\n    archiveDocument(id: $id) {\n      ...ArchiveDocumentRow\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ArchiveVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ArchiveDocumentDocument,
    "\n  mutation DeleteArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    deleteArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": typeof types.DeleteArchiveDocumentDocument,
    "\n  mutation VerifyArchiveDocument($id: ID!) {\n    verifyArchiveDocument(id: $id) {\n      documentId\n      verifiedAt\n      intact\n      checkedVersions\n      problems {\n        versionNumber\n        kind\n        message\n      }\n    }\n  }\n": typeof types.VerifyArchiveDocumentDocument,
    "\n  query ArchiveFolders($year: Int!, $unitId: ID) {\n    archiveFolders(year: $year, unitId: $unitId) {\n      folder\n      count\n    }\n  }\n": typeof types.ArchiveFoldersDocument,
    "\n  query ArchiveDocuments($first: Int!, $after: String, $filter: ArchiveFilter!) {\n    archiveDocuments(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ArchiveDocumentsDocument,
    "\n  fragment ArchiveDocumentRow on ArchiveDocument {\n    id\n    title\n    folder\n    year\n    note\n    versionCount\n    createdAt\n    createdBy\n    updatedAt\n    version\n    deletedAt\n    deletedBy\n    restorableUntil\n    lastVerifiedAt\n    lastVerification\n    unit {\n      id\n      name\n    }\n    current {\n      number\n      uploadedBy\n      file {\n        ...ArchiveFileFields\n      }\n    }\n  }\n": typeof types.ArchiveDocumentRowFragmentDoc,
    "\n  query DeletedArchiveDocuments($first: Int!, $after: String) {\n    deletedArchiveDocuments(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DeletedArchiveDocumentsDocument,
    "\n  mutation RestoreArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    restoreArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": typeof types.RestoreArchiveDocumentDocument,
    "\n  mutation ReplaceArchiveFile($input: ReplaceArchiveFileInput!) {\n    replaceArchiveFile(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": typeof types.ReplaceArchiveFileDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorId\n    actorName\n    operation\n    recordType\n    recordId\n    version\n    outcome\n    changes {\n      field\n      before\n      after\n      beforeUnit {\n        id\n        name\n      }\n      afterUnit {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n    pairing {\n      id\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query RecordAuditTrail($recordId: ID!, $first: Int!, $after: String) {\n    auditTrail(recordId: $recordId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RecordAuditTrailDocument,
    "\n  query RegionAuditTrail($first: Int!, $after: String) {\n    regionAuditTrail(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RegionAuditTrailDocument,
    "\n  mutation ExportCommunityReports($memberUnitId: ID!, $status: CommunityReportStatus) {\n    exportCommunityReports(memberUnitId: $memberUnitId, status: $status) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.ExportCommunityReportsDocument,
    "\n  mutation DeclineCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n": typeof types.DeclineCommunityReportDocument,
    "\n  mutation EndCommunityReport($input: EndCommunityReportInput!) {\n    endCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n": typeof types.EndCommunityReportDocument,
    "\n  fragment CommunityReportRow on CommunityReport {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    status\n    note\n    filedAt\n    decidedAt\n    declineReason\n    endedAt\n    endReason\n    postsHeld\n    version\n  }\n": typeof types.CommunityReportRowFragmentDoc,
    "\n  query CommunityReportList($first: Int!, $after: String, $filter: CommunityReportFilter!) {\n    communityReports(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...CommunityReportRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CommunityReportListDocument,
    "\n  mutation ConfirmCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n": typeof types.ConfirmCommunityReportDocument,
    "\n  query ClaimMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimMemberOptionsDocument,
    "\n  query ClaimReporterOptions($communityUnitId: ID!) {\n    communityReports(first: 100, filter: { communityUnitId: $communityUnitId, status: CONFIRMED }) {\n      edges {\n        node {\n          id\n          memberId\n          memberName\n          memberUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimReporterOptionsDocument,
    "\n  mutation ClaimPost($postId: ID!, $memberId: ID) {\n    claimPost(postId: $postId, memberId: $memberId) {\n      memberId\n      memberName\n      claimedAt\n    }\n  }\n": typeof types.ClaimPostDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  fragment PostFields on Post {\n    id\n    communityUnitId\n    title\n    duties\n    capacity\n    holderCount\n    startsOn\n    endsOn\n    status\n    version\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query PostList($communityUnitId: ID!, $includeClosed: Boolean, $first: Int!, $after: String) {\n    posts(communityUnitId: $communityUnitId, includeClosed: $includeClosed, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PostListDocument,
    "\n  mutation ClosePost($id: ID!, $version: Int!) {\n    closePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n": typeof types.ClosePostDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n      community {\n        id\n        name\n      }\n      createdAt\n      holders {\n        memberId\n        memberName\n        claimedAt\n      }\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  mutation LeavePost($postId: ID!, $memberId: ID) {\n    leavePost(postId: $postId, memberId: $memberId) {\n      ...PostFields\n    }\n  }\n": typeof types.LeavePostDocument,
    "\n  query EngagementOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n": typeof types.EngagementOwnUnitDocument,
    "\n  query LedgerYear($year: Int!) {\n    ledgerYear(year: $year) {\n      year\n      total\n      byStatus {\n        status\n        count\n      }\n      overdue\n    }\n  }\n": typeof types.LedgerYearDocument,
    "\n  mutation RaiseLedgerItem($input: RaiseLedgerItemInput!) {\n    raiseLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.RaiseLedgerItemDocument,
    "\n  fragment LedgerRow on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    overdue\n    status\n  }\n": typeof types.LedgerRowFragmentDoc,
    "\n  fragment LedgerItemFields on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    description\n    category\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    raisedBy\n    raisedAt\n    files {\n      ...ArchiveFileFields\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    assignedAt\n    overdue\n    resolution\n    resolvedAt\n    signedOffBy\n    signedOffAt\n    declineReason\n    reopenCount\n    status\n    history {\n      at\n      by\n      action\n      note\n      files {\n        ...ArchiveFileFields\n      }\n    }\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.LedgerItemFieldsFragmentDoc,
    "\n  query LedgerItemPage($id: ID!) {\n    ledgerItem(id: $id) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.LedgerItemPageDocument,
    "\n  query LedgerList($first: Int!, $after: String, $filter: LedgerFilter!) {\n    ledgerItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...LedgerRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.LedgerListDocument,
    "\n  query LedgerOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.LedgerOwnUnitDocument,
    "\n  mutation AssignLedgerItem($input: AssignLedgerItemInput!) {\n    assignLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.AssignLedgerItemDocument,
    "\n  mutation ReportLedgerProgress($input: ReportLedgerProgressInput!) {\n    reportLedgerProgress(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.ReportLedgerProgressDocument,
    "\n  mutation ResolveLedgerItem($input: ResolveLedgerItemInput!) {\n    resolveLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.ResolveLedgerItemDocument,
    "\n  mutation SignOffLedgerItem($input: SignOffLedgerItemInput!) {\n    signOffLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.SignOffLedgerItemDocument,
    "\n  mutation ReopenLedgerItem($input: ReopenLedgerItemInput!) {\n    reopenLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.ReopenLedgerItemDocument,
    "\n  mutation DeclineLedgerItem($input: DeclineLedgerItemInput!) {\n    declineLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": typeof types.DeclineLedgerItemDocument,
    "\n  mutation ExportNeeds($filter: NeedFilter!) {\n    exportNeeds(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.ExportNeedsDocument,
    "\n  mutation ExportResources($filter: ResourceFilter!) {\n    exportResources(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.ExportResourcesDocument,
    "\n  mutation ExportProjects($filter: ProjectFilter!) {\n    exportProjects(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.ExportProjectsDocument,
    "\n  query ListUnitOptions($first: Int!, $filter: UnitOptionFilter) {\n    unitOptions(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n": typeof types.ListUnitOptionsDocument,
    "\n  query ClaimHall($year: Int!, $first: Int!, $after: String) {\n    claimableProjects(year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n          leadUnitId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ClaimHallDocument,
    "\n  query NeedImportTemplate($year: Int!) {\n    needImportTemplate(year: $year) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.NeedImportTemplateDocument,
    "\n  fragment NeedImportPreviewFields on NeedImportPreview {\n    fileName\n    year\n    rows\n    toImport\n    alreadyListed\n    invalidRows\n    errorCount\n    errors {\n      rowNumber\n      column\n      message\n    }\n  }\n": typeof types.NeedImportPreviewFieldsFragmentDoc,
    "\n  mutation PreviewNeedImport($input: PreviewNeedImportInput!) {\n    previewNeedImport(input: $input) {\n      ...NeedImportPreviewFields\n    }\n  }\n": typeof types.PreviewNeedImportDocument,
    "\n  mutation ImportNeeds($input: ImportNeedsInput!) {\n    importNeeds(input: $input) {\n      created\n      alreadyListed\n      invalidRows\n    }\n  }\n": typeof types.ImportNeedsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n": typeof types.NeedForEditDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  fragment NeedRow on Need {\n    id\n    year\n    title\n    category\n    urgency\n    source\n    status\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    project {\n      id\n      title\n    }\n    publication {\n      ...PublicationFields\n    }\n    createdAt\n  }\n": typeof types.NeedRowFragmentDoc,
    "\n  fragment NeedFields on Need {\n    id\n    year\n    title\n    description\n    category\n    urgency\n    source\n    raisedBy\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    status\n    statusReason\n    projectId\n    project {\n      id\n      title\n      status\n    }\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.NeedFieldsFragmentDoc,
    "\n  query NeedCategories {\n    needCategories\n  }\n": typeof types.NeedCategoriesDocument,
    "\n  query NeedList($first: Int!, $after: String, $filter: NeedFilter!) {\n    needs(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...NeedRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NeedListDocument,
    "\n  fragment MatchSuggestion on ResourceSuggestion {\n    paired\n    typeFits\n    resource {\n      id\n      title\n      type\n      quantity\n      quantityUnit\n      quantityLeft\n      availableFrom\n      availableUntil\n      contactName\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MatchSuggestionFragmentDoc,
    "\n  query MatchPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    suggestResources(needId: $id) {\n      ...MatchSuggestion\n    }\n  }\n": typeof types.MatchPageDocument,
    "\n  mutation CreateProjectFromNeed($input: CreateProjectFromNeedInput!) {\n    createProjectFromNeed(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateProjectFromNeedDocument,
    "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n": typeof types.NeedPageDocument,
    "\n  mutation CloseNeed($input: CloseNeedInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  query ListYear($year: Int!) {\n    listYear(year: $year) {\n      year\n      needs {\n        total\n        byStatus {\n          status\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n      }\n      resources {\n        total\n        withdrawn\n        byType {\n          type\n          count\n        }\n      }\n      projects {\n        total\n        budget\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.ListYearDocument,
    "\n  query ListsOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n": typeof types.ListsOwnUnitDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    year\n    title\n    status\n    communityUnit {\n      id\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    claimMode\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimWindowEndsAt\n    overdue\n    publication {\n      ...PublicationFields\n    }\n  }\n": typeof types.ProjectRowFragmentDoc,
    "\n  fragment ProjectPageFields on Project {\n    id\n    year\n    title\n    description\n    status\n    statusReason\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    needs {\n      id\n      title\n      category\n      status\n    }\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimMode\n    claimWindowEndsAt\n    leadUnitId\n    leadUnit {\n      id\n      name\n    }\n    claims {\n      id\n      kind\n      unitId\n      unit {\n        id\n        name\n      }\n      mode\n      lead\n      memberId\n      memberName\n      resourceId\n      resource {\n        id\n        title\n        quantityUnit\n      }\n      quantity\n      status\n      claimedAt\n      claimedBy\n    }\n    acceptanceNote\n    acceptedAt\n    rating {\n      average\n      count\n    }\n    history {\n      at\n      by\n      action\n      from\n      to\n      note\n    }\n    allowedActions\n    overdue\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.ProjectPageFieldsFragmentDoc,
    "\n  fragment ProjectProgressFields on ProjectProgress {\n    id\n    at\n    by\n    unit {\n      id\n      name\n    }\n    note\n    files {\n      ...ArchiveFileFields\n    }\n  }\n": typeof types.ProjectProgressFieldsFragmentDoc,
    "\n  query ProjectList($first: Int!, $after: String, $filter: ProjectFilter!) {\n    projects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ProjectListDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectPageFields\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  mutation WithdrawClaim($claimId: ID!) {\n    withdrawClaim(claimId: $claimId) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n": typeof types.WithdrawClaimDocument,
    "\n  query ResourceChoices($first: Int!, $filter: ResourceFilter!) {\n    resources(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          quantityLeft\n          quantityUnit\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceChoicesDocument,
    "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n": typeof types.ClaimResourceDocument,
    "\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n": typeof types.ClaimProjectDocument,
    "\n  query ProjectProgress($id: ID!, $after: String) {\n    project(id: $id) {\n      id\n      progress(after: $after) {\n        edges {\n          cursor\n          node {\n            ...ProjectProgressFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ProjectProgressDocument,
    "\n  mutation ReportProjectProgress($input: ReportProjectProgressInput!) {\n    reportProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n": typeof types.ReportProjectProgressDocument,
    "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      ...ProjectPageFields\n    }\n  }\n": typeof types.TransitionProjectDocument,
    "\n  fragment PublicationFields on Publication {\n    recordId\n    recordType\n    year\n    title\n    publishedAt\n    publishedBy\n  }\n": typeof types.PublicationFieldsFragmentDoc,
    "\n  mutation Publish($id: ID!) {\n    publish(id: $id) {\n      ...PublicationFields\n    }\n  }\n": typeof types.PublishDocument,
    "\n  mutation Unpublish($id: ID!) {\n    unpublish(id: $id) {\n      ...PublicationFields\n    }\n  }\n": typeof types.UnpublishDocument,
    "\n  query PublicationList($type: PublishableType!, $year: Int!, $first: Int!, $after: String) {\n    publications(type: $type, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicationFields\n          meetingId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PublicationListDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    year\n    unitId\n    unit {\n      id\n      name\n    }\n    type\n    title\n    description\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    version\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.CreateResourceDocument,
    "\n  query ResourceForEdit($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n": typeof types.ResourceForEditDocument,
    "\n  mutation UpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.UpdateResourceDocument,
    "\n  fragment ResourceRow on Resource {\n    id\n    year\n    title\n    type\n    unitId\n    unit {\n      id\n      name\n    }\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    publication {\n      ...PublicationFields\n    }\n    version\n  }\n": typeof types.ResourceRowFragmentDoc,
    "\n  query ResourceList($first: Int!, $after: String, $filter: ResourceFilter!) {\n    resources(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ResourceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ResourceListDocument,
    "\n  mutation WithdrawResource($id: ID!, $version: Int!) {\n    withdrawResource(id: $id, version: $version) {\n      ...ResourceRow\n    }\n  }\n": typeof types.WithdrawResourceDocument,
    "\n  fragment ListSettingsFields on ListSettings {\n    needCategories\n    claimWindowDays\n    version\n  }\n": typeof types.ListSettingsFieldsFragmentDoc,
    "\n  query ListSettings {\n    listSettings {\n      ...ListSettingsFields\n    }\n  }\n": typeof types.ListSettingsDocument,
    "\n  mutation SetListSettings($input: SetListSettingsInput!) {\n    setListSettings(input: $input) {\n      ...ListSettingsFields\n    }\n  }\n": typeof types.SetListSettingsDocument,
    "\n  mutation MeetingCalendar($meetingId: ID!) {\n    meetingCalendar(meetingId: $meetingId) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.MeetingCalendarDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      role\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        role\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment MeetingMonthEntry on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n  }\n": typeof types.MeetingMonthEntryFragmentDoc,
    "\n  query MeetingMonth($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...MeetingMonthEntry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MeetingMonthDocument,
    "\n  query SubBodyOptions {\n    subBodies(first: 100) {\n      edges {\n        node {\n          id\n          name\n          unitIds\n        }\n      }\n    }\n  }\n": typeof types.SubBodyOptionsDocument,
    "\n  fragment MeetingFormFields on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnitId\n    convenerUnit {\n      id\n      name\n    }\n    subBodyId\n    chair\n    recorder\n    invitedUnitIds\n    invitedUnits {\n      id\n      name\n    }\n    invitedMemberIds\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    allowedActions\n    version\n  }\n": typeof types.MeetingFormFieldsFragmentDoc,
    "\n  fragment MeetingRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n    }\n  }\n": typeof types.MeetingRowFragmentDoc,
    "\n  query SupervisionList($first: Int!, $after: String, $filter: ActionItemFilter) {\n    actionItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SupervisionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SupervisionListDocument,
    "\n  mutation MeetingFollowUpSummary($input: MeetingFollowUpSummaryInput!) {\n    meetingFollowUpSummary(input: $input) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.MeetingFollowUpSummaryDocument,
    "\n  mutation ReportActionItem($input: ReportActionItemInput!) {\n    reportActionItem(input: $input) {\n      ...SupervisionRow\n    }\n  }\n": typeof types.ReportActionItemDocument,
    "\n  fragment SupervisionRow on ActionItem {\n    id\n    meetingId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    resolutionId\n    title\n    responsibleUnitIds\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    version\n    createdAt\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      done\n      reportedBy\n      reportedAt\n      files {\n        ...ArchiveFileFields\n      }\n    }\n  }\n": typeof types.SupervisionRowFragmentDoc,
    "\n  fragment MeetingCadenceRow on MeetingCadence {\n    kind\n    everyMonths\n    lastHeldOn\n    nextDueOn\n    overdue\n  }\n": typeof types.MeetingCadenceRowFragmentDoc,
    "\n  query MeetingCadence {\n    meetingCadence {\n      ...MeetingCadenceRow\n    }\n  }\n": typeof types.MeetingCadenceDocument,
    "\n  mutation SetMeetingCadence($input: SetMeetingCadenceInput!) {\n    setMeetingCadence(input: $input) {\n      ...MeetingCadenceRow\n    }\n  }\n": typeof types.SetMeetingCadenceDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFormFields\n    }\n  }\n": typeof types.MeetingForEditDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFormFields\n      updatedAt\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  fragment MeetingPageFields on Meeting {\n    id\n    title\n    kind\n    status\n    statusReason\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    chair\n    recorder\n    invitedUnits {\n      id\n      name\n    }\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    agenda {\n      id\n      order\n      title\n      presenterUnit {\n        id\n        name\n      }\n      presenter\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      sentBy\n      daysBeforeStart\n      lateReason\n      recipientCount\n    }\n    approvedAt\n    approvedBy\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.MeetingPageFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  fragment AttendanceFields on Attendance {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    invitedMemberId\n    invitedMember {\n      id\n      name\n    }\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    takesPart\n    recordedBy\n    version\n    updatedAt\n  }\n": typeof types.AttendanceFieldsFragmentDoc,
    "\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      checkInCode\n      checkInOpensAt\n      checkInClosesAt\n      attendance {\n        ...AttendanceFields\n      }\n      memberAttendance {\n        ...AttendanceFields\n      }\n    }\n  }\n": typeof types.MeetingAttendanceDocument,
    "\n  fragment MinutesFields on Minutes {\n    agendaItemId\n    text\n    decision\n    files {\n      ...ArchiveFileFields\n    }\n    addenda {\n      text\n      addedBy\n      addedAt\n    }\n    version\n    savedBy\n    savedAt\n    locked\n  }\n": typeof types.MinutesFieldsFragmentDoc,
    "\n  fragment ConsensusFields on AgendaConsensus {\n    agendaItemId\n    outcome\n    positions {\n      unitId\n      unit {\n        id\n        name\n      }\n      position\n      view\n      recordedBy\n      recordedAt\n    }\n    missingUnitIds\n  }\n": typeof types.ConsensusFieldsFragmentDoc,
    "\n  query MeetingOpinions($id: ID!) {\n    meeting(id: $id) {\n      id\n      opinions(first: 100) {\n        edges {\n          node {\n            agendaItemId\n            unitId\n            text\n            submittedBy\n            submittedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.MeetingOpinionsDocument,
    "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        ...MinutesFields\n      }\n      consensus {\n        ...ConsensusFields\n      }\n      attendance {\n        unitId\n        unit {\n          id\n          name\n        }\n        status\n        takesPart\n      }\n    }\n  }\n": typeof types.MeetingMinutesDocument,
    "\n  query MinutesVersions($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        agendaItemId\n        versions(first: 50) {\n          edges {\n            node {\n              version\n              text\n              decision\n              fileNames\n              changed\n              savedBy\n              savedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MinutesVersionsDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    resolutionId\n    title\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      files {\n        ...ArchiveFileFields\n      }\n      done\n      reportedBy\n      reportedAt\n    }\n    version\n    createdAt\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  query MeetingResolutions($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n        agendaItemId\n        number\n        title\n        text\n        reservedViews {\n          unitId\n          unit {\n            id\n            name\n          }\n          view\n        }\n        adoptedAt\n        publication {\n          ...PublicationFields\n        }\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": typeof types.MeetingResolutionsDocument,
    "\n  query MeetingResolutionIds($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n      }\n    }\n  }\n": typeof types.MeetingResolutionIdsDocument,
    "\n  query PreviousActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      previousActionItems {\n        ...ActionItemFields\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.PreviousActionItemsDocument,
    "\n  query MeetingList($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MeetingRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MeetingListDocument,
    "\n  mutation CheckIn($meetingId: ID!, $code: String!) {\n    checkIn(meetingId: $meetingId, code: $code) {\n      ...NoticeAttendance\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      ...NoticeAttendance\n    }\n  }\n": typeof types.RequestLeaveDocument,
    "\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      agendaItemId\n      unitId\n      text\n      submittedBy\n      submittedAt\n    }\n  }\n": typeof types.SubmitOpinionDocument,
    "\n  fragment OwnSolicitation on AgendaSolicitation {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    question\n    closesAt\n    state\n    replies {\n      unitId\n      opinion\n      repliedAt\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n": typeof types.OwnSolicitationFragmentDoc,
    "\n  query MySolicitations {\n    viewer {\n      userId\n      agendaSolicitations {\n        ...OwnSolicitation\n      }\n    }\n  }\n": typeof types.MySolicitationsDocument,
    "\n  mutation ReplyToAgendaSolicitation($input: ReplyToAgendaSolicitationInput!) {\n    replyToAgendaSolicitation(input: $input) {\n      ...OwnSolicitation\n    }\n  }\n": typeof types.ReplyToAgendaSolicitationDocument,
    "\n  fragment NoticeAttendance on Attendance {\n    unitId\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    version\n  }\n": typeof types.NoticeAttendanceFragmentDoc,
    "\n  fragment NoticeRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    notice {\n      sentAt\n      lateReason\n    }\n    attendance {\n      ...NoticeAttendance\n    }\n  }\n": typeof types.NoticeRowFragmentDoc,
    "\n  fragment NoticeFields on Meeting {\n    ...NoticeRow\n    chair\n    statusReason\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n      order\n      title\n      presenter\n      presenterUnit {\n        id\n        name\n      }\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      daysBeforeStart\n      lateReason\n    }\n    checkInOpensAt\n    checkInClosesAt\n    ownReceipt {\n      meetingId\n      unitId\n      acknowledged\n      acknowledgedAt\n      acknowledgedBy\n      onBehalf\n    }\n    opinions(first: $opinions) {\n      edges {\n        node {\n          agendaItemId\n          unitId\n          text\n          submittedBy\n          submittedAt\n        }\n      }\n    }\n  }\n": typeof types.NoticeFieldsFragmentDoc,
    "\n  query MyNotice($first: Int!, $from: DateTime, $opinions: Int!) {\n    viewer {\n      userId\n      meetingNotices(first: $first, from: $from) {\n        edges {\n          node {\n            ...NoticeFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyNoticeDocument,
    "\n  query MyNotices($first: Int!, $after: String, $from: DateTime) {\n    viewer {\n      userId\n      meetingNotices(first: $first, after: $after, from: $from) {\n        edges {\n          cursor\n          node {\n            ...NoticeRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.MyNoticesDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation AddMinutesAddendum($input: AddMinutesAddendumInput!) {\n    addMinutesAddendum(input: $input) {\n      ...MinutesFields\n    }\n  }\n": typeof types.AddMinutesAddendumDocument,
    "\n  mutation RemoveAgendaItem($meetingId: ID!, $version: Int!, $itemId: ID!) {\n    removeAgendaItem(meetingId: $meetingId, version: $version, itemId: $itemId) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation SetAgendaMaterials($input: SetAgendaMaterialsInput!) {\n    setAgendaMaterials(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.SetAgendaMaterialsDocument,
    "\n  mutation ApproveMinutes($meetingId: ID!, $version: Int!) {\n    approveMinutes(meetingId: $meetingId, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.ApproveMinutesDocument,
    "\n  mutation ArchiveMeeting($input: ArchiveMeetingInput!) {\n    archiveMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.ArchiveMeetingDocument,
    "\n  query MeetingArchivedDocuments($id: ID!) {\n    meeting(id: $id) {\n      id\n      archivedDocuments {\n        id\n        title\n        year\n        current {\n          file {\n            name\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingArchivedDocumentsDocument,
    "\n  mutation CancelMeeting($input: ChangeMeetingStatusInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation MarkMeetingHeld($id: ID!, $version: Int!) {\n    markMeetingHeld(id: $id, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.MarkMeetingHeldDocument,
    "\n  mutation RecordConsensusForAll($meetingId: ID!, $agendaItemId: ID!) {\n    recordConsensusForAll(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...ConsensusFields\n    }\n  }\n": typeof types.RecordConsensusForAllDocument,
    "\n  mutation MeetingDocument($meetingId: ID!, $kind: MeetingDocumentKind!) {\n    meetingDocument(meetingId: $meetingId, kind: $kind) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.MeetingDocumentDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n": typeof types.SaveMinutesDocument,
    "\n  query MeetingOutbox($meetingId: ID!, $first: Int, $after: String) {\n    meetingOutbox(meetingId: $meetingId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          notificationId\n          reminderLabel\n          recipientKind\n          recipientId\n          unit { id name }\n          member { id name }\n          channel\n          dueAt\n          sentAt\n          readAt\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MeetingOutboxDocument,
    "\n  mutation DispatchDueReminders {\n    dispatchDueReminders { meetings reminders entries complete }\n  }\n": typeof types.DispatchDueRemindersDocument,
    "\n  mutation RecordConsensus($input: RecordConsensusInput!) {\n    recordConsensus(input: $input) {\n      ...ConsensusFields\n    }\n  }\n": typeof types.RecordConsensusDocument,
    "\n  mutation PostponeMeeting($input: PostponeMeetingInput!) {\n    postponeMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.PostponeMeetingDocument,
    "\n  query MeetingReceipts($id: ID!) {\n    meeting(id: $id) {\n      id\n      receiptSummary {\n        expected\n        acknowledged\n        pending\n      }\n      receipts {\n        ...ReceiptFields\n      }\n    }\n  }\n": typeof types.MeetingReceiptsDocument,
    "\n  fragment ReceiptFields on ResolutionReceipt {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    acknowledged\n    acknowledgedAt\n    acknowledgedBy\n    onBehalf\n    note\n  }\n": typeof types.ReceiptFieldsFragmentDoc,
    "\n  mutation AcknowledgeResolutions($input: AcknowledgeResolutionsInput!) {\n    acknowledgeResolutions(input: $input) {\n      ...ReceiptFields\n    }\n  }\n": typeof types.AcknowledgeResolutionsDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...AttendanceFields\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation SendMeetingNotice($input: SendMeetingNoticeInput!) {\n    sendMeetingNotice(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.SendMeetingNoticeDocument,
    "\n  fragment SolicitationFields on AgendaSolicitation {\n    meetingId\n    question\n    closesAt\n    state\n    askedUnits {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    repliedCount\n    pendingCount\n    openedBy\n    replies {\n      unitId\n      unit {\n        id\n        name\n      }\n      opinion\n      repliedAt\n      repliedBy\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n": typeof types.SolicitationFieldsFragmentDoc,
    "\n  query MeetingSolicitation($id: ID!) {\n    meeting(id: $id) {\n      id\n      agendaSolicitation {\n        ...SolicitationFields\n      }\n    }\n  }\n": typeof types.MeetingSolicitationDocument,
    "\n  mutation OpenAgendaSolicitation($input: OpenAgendaSolicitationInput!) {\n    openAgendaSolicitation(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.OpenAgendaSolicitationDocument,
    "\n  mutation CloseAgendaSolicitation($meetingId: ID!) {\n    closeAgendaSolicitation(meetingId: $meetingId) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.CloseAgendaSolicitationDocument,
    "\n  mutation AdoptAgendaProposal($input: AdoptAgendaProposalInput!) {\n    adoptAgendaProposal(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": typeof types.AdoptAgendaProposalDocument,
    "\n  query RecordMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecordMemberOptionsDocument,
    "\n  fragment EvaluationGradeFields on EvaluationGrade {\n    memberId\n    year\n    grade\n    comment\n    reason\n    gradedAt\n    gradedBy\n    version\n  }\n": typeof types.EvaluationGradeFieldsFragmentDoc,
    "\n  fragment EvaluationRowFields on EvaluationRow {\n    member {\n      id\n      name\n      category\n      status\n    }\n    grade {\n      ...EvaluationGradeFields\n    }\n    communityReport {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n    serviceHours\n    postsHeld\n    maxGrade\n    capReason\n  }\n": typeof types.EvaluationRowFieldsFragmentDoc,
    "\n  mutation SetEvaluationGrade($input: SetEvaluationGradeInput!) {\n    setEvaluationGrade(input: $input) {\n      ...EvaluationGradeFields\n    }\n  }\n": typeof types.SetEvaluationGradeDocument,
    "\n  query EvaluationGrid($unitId: ID!, $year: Int!, $first: Int!, $after: String) {\n    evaluationGrid(unitId: $unitId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvaluationRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.EvaluationGridDocument,
    "\n  query UnitEvaluation($unitId: ID!, $year: Int!) {\n    unitEvaluation(unitId: $unitId, year: $year) {\n      unitId\n      year\n      members\n      graded\n      byGrade {\n        grade\n        count\n      }\n      excellentShare\n    }\n  }\n": typeof types.UnitEvaluationDocument,
    "\n  mutation AdjustMemberPoints($input: AdjustMemberPointsInput!) {\n    adjustMemberPoints(input: $input) {\n      id\n      kind\n      points\n      reason\n    }\n  }\n": typeof types.AdjustMemberPointsDocument,
    "\n  query MemberPoints($memberId: ID!, $year: Int!) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      member {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      points\n      stars\n      nextStarAt\n      serviceHours\n      volunteerStars\n      trainingHours\n      trainingRequired\n      postMonths\n      meetingsAttended\n    }\n  }\n": typeof types.MemberPointsDocument,
    "\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    correcting\n    sourceId\n    basis\n    points\n    reason\n    rulesVersion\n    createdAt\n    createdBy\n  }\n": typeof types.PointsEntryRowFragmentDoc,
    "\n  query MemberPointsEntries($memberId: ID!, $year: Int!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointsEntryRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.MemberPointsEntriesDocument,
    "\n  fragment EngagementRulesFields on EngagementRules {\n    year\n    pointsPerServiceHour\n    pointsPerMeeting\n    pointsPerPostMonth\n    pointsPerTrainingHour\n    starPoints\n    volunteerStarHours\n    capGradeWithoutReport\n    version\n    updatedAt\n    updatedBy\n  }\n": typeof types.EngagementRulesFieldsFragmentDoc,
    "\n  query EngagementRules($year: Int!) {\n    engagementRules(year: $year) {\n      ...EngagementRulesFields\n    }\n  }\n": typeof types.EngagementRulesDocument,
    "\n  mutation SetEngagementRules($input: SetEngagementRulesInput!) {\n    setEngagementRules(input: $input) {\n      ...EngagementRulesFields\n    }\n  }\n": typeof types.SetEngagementRulesDocument,
    "\n  mutation RecomputePoints($year: Int!, $after: String) {\n    recomputePoints(year: $year, after: $after) {\n      year\n      rulesVersion\n      processed\n      corrected\n      done\n      after\n    }\n  }\n": typeof types.RecomputePointsDocument,
    "\n  mutation ConfirmServiceHours($input: ConfirmServiceHoursInput!) {\n    confirmServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n": typeof types.ConfirmServiceHoursDocument,
    "\n  mutation LogServiceHours($input: LogServiceHoursInput!) {\n    logServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n": typeof types.LogServiceHoursDocument,
    "\n  query CommunityPostOptions($communityUnitId: ID!) {\n    posts(communityUnitId: $communityUnitId, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CommunityPostOptionsDocument,
    "\n  fragment ServiceRecordRow on ServiceRecord {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    communityUnitId\n    community {\n      id\n      name\n    }\n    servedOn\n    year\n    hours\n    description\n    place\n    post {\n      id\n      title\n    }\n    status\n    filedAt\n    decidedAt\n    declineReason\n    version\n  }\n": typeof types.ServiceRecordRowFragmentDoc,
    "\n  query ServiceRecordList($first: Int!, $after: String, $filter: ServiceRecordFilter!) {\n    serviceRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ServiceRecordRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ServiceRecordListDocument,
    "\n  mutation ExportTrainingStatus($unitId: ID!, $year: Int!, $onlyShort: Boolean) {\n    exportTrainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.ExportTrainingStatusDocument,
    "\n  mutation LogTraining($input: LogTrainingInput!) {\n    logTraining(input: $input) {\n      id\n      memberId\n      memberName\n      year\n      hours\n      topic\n    }\n  }\n": typeof types.LogTrainingDocument,
    "\n  fragment TrainingStatusRow on TrainingStatus {\n    member {\n      id\n      name\n      roles\n    }\n    year\n    hours\n    required\n    shortBy\n  }\n": typeof types.TrainingStatusRowFragmentDoc,
    "\n  query TrainingStatusList($unitId: ID!, $year: Int!, $onlyShort: Boolean, $first: Int!, $after: String) {\n    trainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingStatusRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TrainingStatusListDocument,
    "\n  mutation ExportMembers($filter: MemberFilter, $sheetPerUnit: Boolean) {\n    exportMembers(filter: $filter, sheetPerUnit: $sheetPerUnit) {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.ExportMembersDocument,
    "\n  fragment MemberFormFields on Member {\n    id\n    name\n    gender\n    birthDate\n    idNumber\n    phone\n    status\n    joinedOn\n    category\n    unitId\n    unit {\n      id\n      name\n    }\n    communityId\n    community {\n      id\n      name\n    }\n    roles\n    note\n    departure {\n      on\n    }\n    version\n  }\n": typeof types.MemberFormFieldsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    gender\n    idNumber\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    category\n    status\n    joinedOn\n    roles\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  query MemberForEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberFormFields\n    }\n  }\n": typeof types.MemberForEditDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFormFields\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  query RecentMemberImports {\n    memberImports(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          toImport\n          processed\n          createdBy\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.RecentMemberImportsDocument,
    "\n  fragment MemberImportFields on MemberImport {\n    id\n    fileName\n    status\n    headerRowNumber\n    columns {\n      index\n      header\n      field\n    }\n    problems\n    summary {\n      totalRows\n      valid\n      withErrors\n      skippedBlank\n      alreadyOnRoster\n    }\n    errors {\n      rowNumber\n      column\n      field\n      message\n    }\n    errorCount\n    toImport\n    processed\n    created\n    skipped\n    failures {\n      rowNumber\n      column\n      field\n      message\n    }\n    updatedAt\n  }\n": typeof types.MemberImportFieldsFragmentDoc,
    "\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n": typeof types.MemberImportDocument,
    "\n  mutation PreviewMemberImport($input: PreviewMemberImportInput!) {\n    previewMemberImport(input: $input) {\n      ...MemberImportFields\n    }\n  }\n": typeof types.PreviewMemberImportDocument,
    "\n  mutation ContinueMemberImport($id: ID!) {\n    continueMemberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n": typeof types.ContinueMemberImportDocument,
    "\n  query MemberImportTemplate {\n    memberImportTemplate {\n      name\n      downloadUrl\n    }\n  }\n": typeof types.MemberImportTemplateDocument,
    "\n  query MemberList($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MemberListDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      status\n      joinedOn\n      category\n      unitId\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      roles\n      note\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  mutation RevealMemberIdNumber($id: ID!) {\n    revealMemberIdNumber(id: $id)\n  }\n": typeof types.RevealMemberIdNumberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n      version\n      updatedAt\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      unitId\n      unit {\n        id\n        name\n        memberCount\n        fullMemberCount\n      }\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      updatedAt\n    }\n  }\n": typeof types.TransferMemberDocument,
    "\n  fragment MemberTransferRow on MemberTransfer {\n    id\n    transferredOn\n    fromUnitId\n    fromUnitName\n    fromUnit {\n      id\n      name\n    }\n    toUnitId\n    toUnitName\n    toUnit {\n      id\n      name\n    }\n    destination\n    letterNumber\n    note\n    recordedBy\n    recordedAt\n  }\n": typeof types.MemberTransferRowFragmentDoc,
    "\n  query MemberTransfers($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      transfers(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MemberTransferRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.MemberTransfersDocument,
    "\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n": typeof types.RegisterPartnerClientDocument,
    "\n  fragment PartnerClientRow on PartnerClient {\n    clientId\n    regionId\n    name\n    scopes\n    state\n    createdAt\n    createdBy\n    secretRotatedAt\n    revokedAt\n    version\n  }\n": typeof types.PartnerClientRowFragmentDoc,
    "\n  query PartnerClientRegions {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerClientRegionsDocument,
    "\n  query PartnerClients($regionId: ID!, $first: Int!, $after: String) {\n    partnerClients(regionId: $regionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerClientRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PartnerClientsDocument,
    "\n  mutation RotatePartnerClientSecret($clientId: ID!, $version: Int) {\n    rotatePartnerClientSecret(clientId: $clientId, version: $version) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n": typeof types.RotatePartnerClientSecretDocument,
    "\n  mutation RevokePartnerClient($clientId: ID!, $version: Int) {\n    revokePartnerClient(clientId: $clientId, version: $version) {\n      ...PartnerClientRow\n    }\n  }\n": typeof types.RevokePartnerClientDocument,
    "\n  mutation AppointRegionAdmin($input: AppointRegionAdminInput!) {\n    appointRegionAdmin(input: $input) {\n      account {\n        username\n        name\n        role\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": typeof types.AppointRegionAdminDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation SuspendRegion($input: SuspendRegionInput!) {\n    suspendRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": typeof types.SuspendRegionDocument,
    "\n  mutation ReinstateRegion($input: RegionChangeInput!) {\n    reinstateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": typeof types.ReinstateRegionDocument,
    "\n  mutation ActInRegion($input: ActInRegionInput!) {\n    actInRegion(input: $input) {\n      regionId\n      until\n    }\n  }\n": typeof types.ActInRegionDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  fragment RegionRow on Region {\n    id\n    name\n    level\n    slug\n    superiorOrganization\n    unitCount\n    memberCount\n    accountCount\n    lastActivityAt\n    adminCount\n    admins {\n      username\n      name\n      phone\n      role\n      state\n      temporaryPasswordSetAt\n      version\n    }\n    state\n    suspendedAt\n    suspendedReason\n    version\n    createdAt\n  }\n": typeof types.RegionRowFragmentDoc,
    "\n  query RegionList($first: Int!, $after: String) {\n    regions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RegionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RegionListDocument,
    "\n  fragment UnitPersonFields on UnitPerson {\n    name\n    title\n    phone\n  }\n": typeof types.UnitPersonFieldsFragmentDoc,
    "\n  fragment UnitFormFields on Unit {\n    id\n    name\n    shortName\n    hostKind\n    level\n    allianceRole\n    parentId\n    parent {\n      id\n      name\n    }\n    address\n    grid\n    leader {\n      ...UnitPersonFields\n    }\n    representative {\n      ...UnitPersonFields\n    }\n    liaison {\n      ...UnitPersonFields\n    }\n    partTimeCommitteeMember {\n      ...UnitPersonFields\n    }\n    lockedFields\n    version\n  }\n": typeof types.UnitFormFieldsFragmentDoc,
    "\n  fragment UnitRow on Unit {\n    id\n    name\n    hostKind\n    level\n    allianceRole\n    status\n    childCount\n    needsPairing\n    activePairingCount\n    levelCheck {\n      fits\n      verdict\n      expectedLevel\n    }\n  }\n": typeof types.UnitRowFragmentDoc,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  query UnitForEdit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFormFields\n    }\n  }\n": typeof types.UnitForEditDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFormFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  query UnitList($first: Int!, $after: String, $filter: UnitFilter) {\n    viewer {\n      region {\n        id\n        unitCount\n      }\n    }\n    units(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UnitListDocument,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      shortName\n      hostKind\n      level\n      allianceRole\n      status\n      address\n      grid\n      parent {\n        id\n        name\n      }\n      childCount\n      leader {\n        ...UnitPersonFields\n      }\n      representative {\n        ...UnitPersonFields\n      }\n      liaison {\n        ...UnitPersonFields\n      }\n      partTimeCommitteeMember {\n        ...UnitPersonFields\n      }\n      memberCount\n      fullMemberCount\n      levelCheck {\n        fits\n        verdict\n        expectedLevel\n      }\n      registration {\n        ...UnitRegistration\n      }\n      activePairingCount\n      needsPairing\n      version\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.UnitPageDocument,
    "\n  query UnitChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...UnitRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UnitChildrenDocument,
    "\n  fragment PairingRow on Pairing {\n    id\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    startsOn\n    endsOn\n    content\n    agreement {\n      ...ArchiveFileFields\n    }\n    status\n    expired\n    endedOn\n    endReason\n    version\n  }\n": typeof types.PairingRowFragmentDoc,
    "\n  query UnitPairings($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      pairings(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PairingRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UnitPairingsDocument,
    "\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n": typeof types.CreatePairingDocument,
    "\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n": typeof types.EndPairingDocument,
    "\n  fragment UnitRegistration on Registration {\n    registeredOn\n    note\n    community {\n      id\n      name\n    }\n    form {\n      ...ArchiveFileFields\n    }\n  }\n": typeof types.UnitRegistrationFragmentDoc,
    "\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      status\n      version\n      registration {\n        ...UnitRegistration\n      }\n    }\n  }\n": typeof types.RegisterUnitDocument,
    "\n  mutation ChangeUnitStatus($input: ChangeUnitStatusInput!) {\n    changeUnitStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": typeof types.ChangeUnitStatusDocument,
    "\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version) {\n      id\n    }\n  }\n": typeof types.DeleteUnitDocument,
    "\n  fragment TreeUnit on Unit {\n    id\n    name\n    level\n    status\n    childCount\n  }\n": typeof types.TreeUnitFragmentDoc,
    "\n  query TreeRoots($first: Int!, $after: String) {\n    units(first: $first, after: $after, filter: { rootsOnly: true }) {\n      edges {\n        node {\n          ...TreeUnit\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TreeRootsDocument,
    "\n  query TreeChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          node {\n            ...TreeUnit\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.TreeChildrenDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      userId\n      displayName\n      roles\n      region {\n        id\n        name\n        unitCount\n      }\n      unitId\n      acting {\n        regionId\n        reason\n        until\n        region {\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ArchiveFileFields on ArchiveFile {\n    name\n    contentType\n    size\n    uploadedAt\n    downloadUrl\n  }\n": types.ArchiveFileFieldsFragmentDoc,
    "\n  mutation CreateUploadUrl($input: CreateUploadInput!) {\n    createUploadUrl(input: $input) {\n      uploadId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n": types.CreateUploadUrlDocument,
    "\n  query UnitOptions($first: Int!, $filter: UnitFilter) {\n    units(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n": types.UnitOptionsDocument,
    "\n  query UnitOptionName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": types.UnitOptionNameDocument,
    "\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      meetingId\n      dueAt\n      read\n    }\n  }\n": types.NotificationFeedFieldsFragmentDoc,
    "\n  query Notifications {\n    viewer {\n      notifications(first: 20) {\n        ...NotificationFeedFields\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      ...NotificationFeedFields\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      ...NotificationFeedFields\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation EndActInRegion($regionId: ID!) {\n    endActInRegion(regionId: $regionId)\n  }\n": types.EndActInRegionDocument,
    "\n  mutation ResetAccountPassword($input: AccountChangeInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": types.ResetAccountPasswordDocument,
    "\n  mutation DisableAccount($input: AccountChangeInput!) {\n    disableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.DisableAccountDocument,
    "\n  mutation UnlockAccount($input: AccountChangeInput!) {\n    unlockAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.UnlockAccountDocument,
    "\n  mutation ResetAuthenticator($input: AccountChangeInput!) {\n    resetAuthenticator(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.ResetAuthenticatorDocument,
    "\n  mutation EnableAccount($input: AccountChangeInput!) {\n    enableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.EnableAccountDocument,
    "\n  mutation DeleteAccount($input: AccountChangeInput!) {\n    deleteAccount(input: $input) {\n      username\n    }\n  }\n": types.DeleteAccountDocument,
    "\n  fragment AccountRow on Account {\n    username\n    name\n    phone\n    role\n    unitId\n    unit {\n      id\n      name\n    }\n    memberId\n    member {\n      id\n      name\n    }\n    state\n    temporaryPasswordSetAt\n    lastSignInAt\n    failedSignIns\n    lockedUntil\n    createdAt\n    version\n  }\n": types.AccountRowFragmentDoc,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": types.CreateAccountDocument,
    "\n  query AccountUnitLiaison($id: ID!) {\n    unit(id: $id) {\n      id\n      liaison {\n        name\n        phone\n      }\n    }\n  }\n": types.AccountUnitLiaisonDocument,
    "\n  query AccountMemberContact($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n": types.AccountMemberContactDocument,
    "\n  mutation CreateLiaisonAccounts($input: CreateLiaisonAccountsInput!) {\n    createLiaisonAccounts(input: $input) {\n      handoutId\n      created {\n        ...AccountRow\n      }\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      alreadyHadAccount\n      processedUnits\n      totalUnits\n      nextCursor\n      done\n    }\n  }\n": types.CreateLiaisonAccountsDocument,
    "\n  mutation LiaisonAccountsHandout($handoutId: ID!) {\n    liaisonAccountsHandout(handoutId: $handoutId) {\n      name\n      downloadUrl\n    }\n  }\n": types.LiaisonAccountsHandoutDocument,
    "\n  mutation RebindAccount($input: RebindAccountInput!) {\n    rebindAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.RebindAccountDocument,
    "\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AccountListDocument,
    "\n  fragment CharterVersionFields on CharterVersion {\n    id\n    number\n    title\n    adoptedOn\n    adoptedBy\n    note\n    createdAt\n    createdBy\n    file {\n      ...ArchiveFileFields\n    }\n  }\n": types.CharterVersionFieldsFragmentDoc,
    "\n  query Charter($first: Int!, $after: String) {\n    charter {\n      current {\n        ...CharterVersionFields\n      }\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CharterVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.CharterDocument,
    "\n  mutation UploadCharterVersion($input: UploadCharterVersionInput!) {\n    uploadCharterVersion(input: $input) {\n      ...CharterVersionFields\n    }\n  }\n": types.UploadCharterVersionDocument,
    "\n  fragment AllianceSettingsFields on AllianceSettings {\n    councilTermStart\n    councilTermEnd\n    version\n  }\n": types.AllianceSettingsFieldsFragmentDoc,
    "\n  query AllianceSettings {\n    allianceSettings {\n      ...AllianceSettingsFields\n    }\n  }\n": types.AllianceSettingsDocument,
    "\n  mutation SetCouncilTerm($input: SetCouncilTermInput!) {\n    setCouncilTerm(input: $input) {\n      ...AllianceSettingsFields\n    }\n  }\n": types.SetCouncilTermDocument,
    "\n  fragment OfficerRow on Officer {\n    id\n    post\n    personName\n    personTitle\n    unit {\n      id\n      name\n    }\n    termStart\n    termEnd\n    current\n    endReason\n    version\n  }\n": types.OfficerRowFragmentDoc,
    "\n  query AllianceOfficers {\n    officers(includePast: true) {\n      ...OfficerRow\n    }\n  }\n": types.AllianceOfficersDocument,
    "\n  mutation SetOfficer($input: SetOfficerInput!) {\n    setOfficer(input: $input) {\n      ...OfficerRow\n    }\n  }\n": types.SetOfficerDocument,
    "\n  mutation EndOfficerTerm($input: EndOfficerTermInput!) {\n    endOfficerTerm(input: $input) {\n      ...OfficerRow\n    }\n  }\n": types.EndOfficerTermDocument,
    "\n  fragment RepresentativeChangeRow on RepresentativeChange {\n    id\n    version\n    unitId\n    unit {\n      id\n      name\n    }\n    post\n    previous {\n      name\n      title\n      phone\n    }\n    next {\n      name\n      title\n      phone\n    }\n    changedAt\n    changedBy\n    filedAt\n    filedBy\n  }\n": types.RepresentativeChangeRowFragmentDoc,
    "\n  query RepresentativeChanges($filter: RepresentativeChangeFilter, $first: Int!, $after: String) {\n    representativeChanges(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RepresentativeChangeRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RepresentativeChangesDocument,
    "\n  mutation FileRepresentativeChange($input: FileRepresentativeChangeInput!) {\n    fileRepresentativeChange(input: $input) {\n      ...RepresentativeChangeRow\n    }\n  }\n": types.FileRepresentativeChangeDocument,
    "\n  fragment SubBodyRow on SubBody {\n    id\n    kind\n    name\n    convenerUnit {\n      id\n      name\n    }\n    unitIds\n    peopleCount\n    version\n  }\n": types.SubBodyRowFragmentDoc,
    "\n  query SubBodyDetail($id: ID!) {\n    subBody(id: $id) {\n      id\n      kind\n      name\n      convenerUnit {\n        id\n        name\n      }\n      units {\n        id\n        name\n      }\n      people {\n        name\n        title\n        unit {\n          id\n          name\n        }\n      }\n      version\n    }\n  }\n": types.SubBodyDetailDocument,
    "\n  query SubBodies($kind: SubBodyKind, $first: Int!) {\n    subBodies(kind: $kind, first: $first) {\n      edges {\n        node {\n          ...SubBodyRow\n        }\n      }\n    }\n  }\n": types.SubBodiesDocument,
    "\n  mutation CreateSubBody($input: CreateSubBodyInput!) {\n    createSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n": types.CreateSubBodyDocument,
    "\n  mutation UpdateSubBody($input: UpdateSubBodyInput!) {\n    updateSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n": types.UpdateSubBodyDocument,
    "\n  mutation AddArchiveDocument($input: AddArchiveDocumentInput!) {\n    addArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": types.AddArchiveDocumentDocument,
    "\n  fragment ArchiveVersionFields on ArchiveDocumentVersion {\n    number\n    note\n    uploadedBy\n    chainHash\n    file {\n      ...ArchiveFileFields\n    }\n  }\n": types.ArchiveVersionFieldsFragmentDoc,
    "\n  query ArchiveDocument($id: ID!, $first: Int!, $after: String) {\n    archiveDocument(id: $id) {\n      ...ArchiveDocumentRow\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ArchiveVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ArchiveDocumentDocument,
    "\n  mutation DeleteArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    deleteArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": types.DeleteArchiveDocumentDocument,
    "\n  mutation VerifyArchiveDocument($id: ID!) {\n    verifyArchiveDocument(id: $id) {\n      documentId\n      verifiedAt\n      intact\n      checkedVersions\n      problems {\n        versionNumber\n        kind\n        message\n      }\n    }\n  }\n": types.VerifyArchiveDocumentDocument,
    "\n  query ArchiveFolders($year: Int!, $unitId: ID) {\n    archiveFolders(year: $year, unitId: $unitId) {\n      folder\n      count\n    }\n  }\n": types.ArchiveFoldersDocument,
    "\n  query ArchiveDocuments($first: Int!, $after: String, $filter: ArchiveFilter!) {\n    archiveDocuments(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ArchiveDocumentsDocument,
    "\n  fragment ArchiveDocumentRow on ArchiveDocument {\n    id\n    title\n    folder\n    year\n    note\n    versionCount\n    createdAt\n    createdBy\n    updatedAt\n    version\n    deletedAt\n    deletedBy\n    restorableUntil\n    lastVerifiedAt\n    lastVerification\n    unit {\n      id\n      name\n    }\n    current {\n      number\n      uploadedBy\n      file {\n        ...ArchiveFileFields\n      }\n    }\n  }\n": types.ArchiveDocumentRowFragmentDoc,
    "\n  query DeletedArchiveDocuments($first: Int!, $after: String) {\n    deletedArchiveDocuments(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DeletedArchiveDocumentsDocument,
    "\n  mutation RestoreArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    restoreArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": types.RestoreArchiveDocumentDocument,
    "\n  mutation ReplaceArchiveFile($input: ReplaceArchiveFileInput!) {\n    replaceArchiveFile(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n": types.ReplaceArchiveFileDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorId\n    actorName\n    operation\n    recordType\n    recordId\n    version\n    outcome\n    changes {\n      field\n      before\n      after\n      beforeUnit {\n        id\n        name\n      }\n      afterUnit {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n    pairing {\n      id\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n    }\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query RecordAuditTrail($recordId: ID!, $first: Int!, $after: String) {\n    auditTrail(recordId: $recordId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RecordAuditTrailDocument,
    "\n  query RegionAuditTrail($first: Int!, $after: String) {\n    regionAuditTrail(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RegionAuditTrailDocument,
    "\n  mutation ExportCommunityReports($memberUnitId: ID!, $status: CommunityReportStatus) {\n    exportCommunityReports(memberUnitId: $memberUnitId, status: $status) {\n      name\n      downloadUrl\n    }\n  }\n": types.ExportCommunityReportsDocument,
    "\n  mutation DeclineCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n": types.DeclineCommunityReportDocument,
    "\n  mutation EndCommunityReport($input: EndCommunityReportInput!) {\n    endCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n": types.EndCommunityReportDocument,
    "\n  fragment CommunityReportRow on CommunityReport {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    status\n    note\n    filedAt\n    decidedAt\n    declineReason\n    endedAt\n    endReason\n    postsHeld\n    version\n  }\n": types.CommunityReportRowFragmentDoc,
    "\n  query CommunityReportList($first: Int!, $after: String, $filter: CommunityReportFilter!) {\n    communityReports(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...CommunityReportRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CommunityReportListDocument,
    "\n  mutation ConfirmCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n": types.ConfirmCommunityReportDocument,
    "\n  query ClaimMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ClaimMemberOptionsDocument,
    "\n  query ClaimReporterOptions($communityUnitId: ID!) {\n    communityReports(first: 100, filter: { communityUnitId: $communityUnitId, status: CONFIRMED }) {\n      edges {\n        node {\n          id\n          memberId\n          memberName\n          memberUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ClaimReporterOptionsDocument,
    "\n  mutation ClaimPost($postId: ID!, $memberId: ID) {\n    claimPost(postId: $postId, memberId: $memberId) {\n      memberId\n      memberName\n      claimedAt\n    }\n  }\n": types.ClaimPostDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.UpdatePostDocument,
    "\n  fragment PostFields on Post {\n    id\n    communityUnitId\n    title\n    duties\n    capacity\n    holderCount\n    startsOn\n    endsOn\n    status\n    version\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query PostList($communityUnitId: ID!, $includeClosed: Boolean, $first: Int!, $after: String) {\n    posts(communityUnitId: $communityUnitId, includeClosed: $includeClosed, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PostListDocument,
    "\n  mutation ClosePost($id: ID!, $version: Int!) {\n    closePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n": types.ClosePostDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n      community {\n        id\n        name\n      }\n      createdAt\n      holders {\n        memberId\n        memberName\n        claimedAt\n      }\n    }\n  }\n": types.PostPageDocument,
    "\n  mutation LeavePost($postId: ID!, $memberId: ID) {\n    leavePost(postId: $postId, memberId: $memberId) {\n      ...PostFields\n    }\n  }\n": types.LeavePostDocument,
    "\n  query EngagementOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n": types.EngagementOwnUnitDocument,
    "\n  query LedgerYear($year: Int!) {\n    ledgerYear(year: $year) {\n      year\n      total\n      byStatus {\n        status\n        count\n      }\n      overdue\n    }\n  }\n": types.LedgerYearDocument,
    "\n  mutation RaiseLedgerItem($input: RaiseLedgerItemInput!) {\n    raiseLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": types.RaiseLedgerItemDocument,
    "\n  fragment LedgerRow on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    overdue\n    status\n  }\n": types.LedgerRowFragmentDoc,
    "\n  fragment LedgerItemFields on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    description\n    category\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    raisedBy\n    raisedAt\n    files {\n      ...ArchiveFileFields\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    assignedAt\n    overdue\n    resolution\n    resolvedAt\n    signedOffBy\n    signedOffAt\n    declineReason\n    reopenCount\n    status\n    history {\n      at\n      by\n      action\n      note\n      files {\n        ...ArchiveFileFields\n      }\n    }\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n": types.LedgerItemFieldsFragmentDoc,
    "\n  query LedgerItemPage($id: ID!) {\n    ledgerItem(id: $id) {\n      ...LedgerItemFields\n    }\n  }\n": types.LedgerItemPageDocument,
    "\n  query LedgerList($first: Int!, $after: String, $filter: LedgerFilter!) {\n    ledgerItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...LedgerRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.LedgerListDocument,
    "\n  query LedgerOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": types.LedgerOwnUnitDocument,
    "\n  mutation AssignLedgerItem($input: AssignLedgerItemInput!) {\n    assignLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": types.AssignLedgerItemDocument,
    "\n  mutation ReportLedgerProgress($input: ReportLedgerProgressInput!) {\n    reportLedgerProgress(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": types.ReportLedgerProgressDocument,
    "\n  mutation ResolveLedgerItem($input: ResolveLedgerItemInput!) {\n    resolveLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": types.ResolveLedgerItemDocument,
    "\n  mutation SignOffLedgerItem($input: SignOffLedgerItemInput!) {\n    signOffLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": types.SignOffLedgerItemDocument,
    "\n  mutation ReopenLedgerItem($input: ReopenLedgerItemInput!) {\n    reopenLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": types.ReopenLedgerItemDocument,
    "\n  mutation DeclineLedgerItem($input: DeclineLedgerItemInput!) {\n    declineLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n": types.DeclineLedgerItemDocument,
    "\n  mutation ExportNeeds($filter: NeedFilter!) {\n    exportNeeds(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n": types.ExportNeedsDocument,
    "\n  mutation ExportResources($filter: ResourceFilter!) {\n    exportResources(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n": types.ExportResourcesDocument,
    "\n  mutation ExportProjects($filter: ProjectFilter!) {\n    exportProjects(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n": types.ExportProjectsDocument,
    "\n  query ListUnitOptions($first: Int!, $filter: UnitOptionFilter) {\n    unitOptions(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n": types.ListUnitOptionsDocument,
    "\n  query ClaimHall($year: Int!, $first: Int!, $after: String) {\n    claimableProjects(year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n          leadUnitId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ClaimHallDocument,
    "\n  query NeedImportTemplate($year: Int!) {\n    needImportTemplate(year: $year) {\n      name\n      downloadUrl\n    }\n  }\n": types.NeedImportTemplateDocument,
    "\n  fragment NeedImportPreviewFields on NeedImportPreview {\n    fileName\n    year\n    rows\n    toImport\n    alreadyListed\n    invalidRows\n    errorCount\n    errors {\n      rowNumber\n      column\n      message\n    }\n  }\n": types.NeedImportPreviewFieldsFragmentDoc,
    "\n  mutation PreviewNeedImport($input: PreviewNeedImportInput!) {\n    previewNeedImport(input: $input) {\n      ...NeedImportPreviewFields\n    }\n  }\n": types.PreviewNeedImportDocument,
    "\n  mutation ImportNeeds($input: ImportNeedsInput!) {\n    importNeeds(input: $input) {\n      created\n      alreadyListed\n      invalidRows\n    }\n  }\n": types.ImportNeedsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.CreateNeedDocument,
    "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n": types.NeedForEditDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  fragment NeedRow on Need {\n    id\n    year\n    title\n    category\n    urgency\n    source\n    status\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    project {\n      id\n      title\n    }\n    publication {\n      ...PublicationFields\n    }\n    createdAt\n  }\n": types.NeedRowFragmentDoc,
    "\n  fragment NeedFields on Need {\n    id\n    year\n    title\n    description\n    category\n    urgency\n    source\n    raisedBy\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    status\n    statusReason\n    projectId\n    project {\n      id\n      title\n      status\n    }\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": types.NeedFieldsFragmentDoc,
    "\n  query NeedCategories {\n    needCategories\n  }\n": types.NeedCategoriesDocument,
    "\n  query NeedList($first: Int!, $after: String, $filter: NeedFilter!) {\n    needs(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...NeedRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NeedListDocument,
    "\n  fragment MatchSuggestion on ResourceSuggestion {\n    paired\n    typeFits\n    resource {\n      id\n      title\n      type\n      quantity\n      quantityUnit\n      quantityLeft\n      availableFrom\n      availableUntil\n      contactName\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.MatchSuggestionFragmentDoc,
    "\n  query MatchPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    suggestResources(needId: $id) {\n      ...MatchSuggestion\n    }\n  }\n": types.MatchPageDocument,
    "\n  mutation CreateProjectFromNeed($input: CreateProjectFromNeedInput!) {\n    createProjectFromNeed(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateProjectFromNeedDocument,
    "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n": types.NeedPageDocument,
    "\n  mutation CloseNeed($input: CloseNeedInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.CloseNeedDocument,
    "\n  query ListYear($year: Int!) {\n    listYear(year: $year) {\n      year\n      needs {\n        total\n        byStatus {\n          status\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n      }\n      resources {\n        total\n        withdrawn\n        byType {\n          type\n          count\n        }\n      }\n      projects {\n        total\n        budget\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.ListYearDocument,
    "\n  query ListsOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n": types.ListsOwnUnitDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    year\n    title\n    status\n    communityUnit {\n      id\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    claimMode\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimWindowEndsAt\n    overdue\n    publication {\n      ...PublicationFields\n    }\n  }\n": types.ProjectRowFragmentDoc,
    "\n  fragment ProjectPageFields on Project {\n    id\n    year\n    title\n    description\n    status\n    statusReason\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    needs {\n      id\n      title\n      category\n      status\n    }\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimMode\n    claimWindowEndsAt\n    leadUnitId\n    leadUnit {\n      id\n      name\n    }\n    claims {\n      id\n      kind\n      unitId\n      unit {\n        id\n        name\n      }\n      mode\n      lead\n      memberId\n      memberName\n      resourceId\n      resource {\n        id\n        title\n        quantityUnit\n      }\n      quantity\n      status\n      claimedAt\n      claimedBy\n    }\n    acceptanceNote\n    acceptedAt\n    rating {\n      average\n      count\n    }\n    history {\n      at\n      by\n      action\n      from\n      to\n      note\n    }\n    allowedActions\n    overdue\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": types.ProjectPageFieldsFragmentDoc,
    "\n  fragment ProjectProgressFields on ProjectProgress {\n    id\n    at\n    by\n    unit {\n      id\n      name\n    }\n    note\n    files {\n      ...ArchiveFileFields\n    }\n  }\n": types.ProjectProgressFieldsFragmentDoc,
    "\n  query ProjectList($first: Int!, $after: String, $filter: ProjectFilter!) {\n    projects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ProjectListDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectPageFields\n    }\n  }\n": types.ProjectPageDocument,
    "\n  mutation WithdrawClaim($claimId: ID!) {\n    withdrawClaim(claimId: $claimId) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n": types.WithdrawClaimDocument,
    "\n  query ResourceChoices($first: Int!, $filter: ResourceFilter!) {\n    resources(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          quantityLeft\n          quantityUnit\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ResourceChoicesDocument,
    "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n": types.ClaimResourceDocument,
    "\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n": types.ClaimProjectDocument,
    "\n  query ProjectProgress($id: ID!, $after: String) {\n    project(id: $id) {\n      id\n      progress(after: $after) {\n        edges {\n          cursor\n          node {\n            ...ProjectProgressFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ProjectProgressDocument,
    "\n  mutation ReportProjectProgress($input: ReportProjectProgressInput!) {\n    reportProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n": types.ReportProjectProgressDocument,
    "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      ...ProjectPageFields\n    }\n  }\n": types.TransitionProjectDocument,
    "\n  fragment PublicationFields on Publication {\n    recordId\n    recordType\n    year\n    title\n    publishedAt\n    publishedBy\n  }\n": types.PublicationFieldsFragmentDoc,
    "\n  mutation Publish($id: ID!) {\n    publish(id: $id) {\n      ...PublicationFields\n    }\n  }\n": types.PublishDocument,
    "\n  mutation Unpublish($id: ID!) {\n    unpublish(id: $id) {\n      ...PublicationFields\n    }\n  }\n": types.UnpublishDocument,
    "\n  query PublicationList($type: PublishableType!, $year: Int!, $first: Int!, $after: String) {\n    publications(type: $type, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicationFields\n          meetingId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PublicationListDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    year\n    unitId\n    unit {\n      id\n      name\n    }\n    type\n    title\n    description\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    version\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.CreateResourceDocument,
    "\n  query ResourceForEdit($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n": types.ResourceForEditDocument,
    "\n  mutation UpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.UpdateResourceDocument,
    "\n  fragment ResourceRow on Resource {\n    id\n    year\n    title\n    type\n    unitId\n    unit {\n      id\n      name\n    }\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    publication {\n      ...PublicationFields\n    }\n    version\n  }\n": types.ResourceRowFragmentDoc,
    "\n  query ResourceList($first: Int!, $after: String, $filter: ResourceFilter!) {\n    resources(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ResourceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ResourceListDocument,
    "\n  mutation WithdrawResource($id: ID!, $version: Int!) {\n    withdrawResource(id: $id, version: $version) {\n      ...ResourceRow\n    }\n  }\n": types.WithdrawResourceDocument,
    "\n  fragment ListSettingsFields on ListSettings {\n    needCategories\n    claimWindowDays\n    version\n  }\n": types.ListSettingsFieldsFragmentDoc,
    "\n  query ListSettings {\n    listSettings {\n      ...ListSettingsFields\n    }\n  }\n": types.ListSettingsDocument,
    "\n  mutation SetListSettings($input: SetListSettingsInput!) {\n    setListSettings(input: $input) {\n      ...ListSettingsFields\n    }\n  }\n": types.SetListSettingsDocument,
    "\n  mutation MeetingCalendar($meetingId: ID!) {\n    meetingCalendar(meetingId: $meetingId) {\n      name\n      downloadUrl\n    }\n  }\n": types.MeetingCalendarDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      role\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        role\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment MeetingMonthEntry on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n  }\n": types.MeetingMonthEntryFragmentDoc,
    "\n  query MeetingMonth($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...MeetingMonthEntry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MeetingMonthDocument,
    "\n  query SubBodyOptions {\n    subBodies(first: 100) {\n      edges {\n        node {\n          id\n          name\n          unitIds\n        }\n      }\n    }\n  }\n": types.SubBodyOptionsDocument,
    "\n  fragment MeetingFormFields on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnitId\n    convenerUnit {\n      id\n      name\n    }\n    subBodyId\n    chair\n    recorder\n    invitedUnitIds\n    invitedUnits {\n      id\n      name\n    }\n    invitedMemberIds\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    allowedActions\n    version\n  }\n": types.MeetingFormFieldsFragmentDoc,
    "\n  fragment MeetingRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n    }\n  }\n": types.MeetingRowFragmentDoc,
    "\n  query SupervisionList($first: Int!, $after: String, $filter: ActionItemFilter) {\n    actionItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SupervisionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SupervisionListDocument,
    "\n  mutation MeetingFollowUpSummary($input: MeetingFollowUpSummaryInput!) {\n    meetingFollowUpSummary(input: $input) {\n      name\n      downloadUrl\n    }\n  }\n": types.MeetingFollowUpSummaryDocument,
    "\n  mutation ReportActionItem($input: ReportActionItemInput!) {\n    reportActionItem(input: $input) {\n      ...SupervisionRow\n    }\n  }\n": types.ReportActionItemDocument,
    "\n  fragment SupervisionRow on ActionItem {\n    id\n    meetingId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    resolutionId\n    title\n    responsibleUnitIds\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    version\n    createdAt\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      done\n      reportedBy\n      reportedAt\n      files {\n        ...ArchiveFileFields\n      }\n    }\n  }\n": types.SupervisionRowFragmentDoc,
    "\n  fragment MeetingCadenceRow on MeetingCadence {\n    kind\n    everyMonths\n    lastHeldOn\n    nextDueOn\n    overdue\n  }\n": types.MeetingCadenceRowFragmentDoc,
    "\n  query MeetingCadence {\n    meetingCadence {\n      ...MeetingCadenceRow\n    }\n  }\n": types.MeetingCadenceDocument,
    "\n  mutation SetMeetingCadence($input: SetMeetingCadenceInput!) {\n    setMeetingCadence(input: $input) {\n      ...MeetingCadenceRow\n    }\n  }\n": types.SetMeetingCadenceDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFormFields\n    }\n  }\n": types.MeetingForEditDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFormFields\n      updatedAt\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  fragment MeetingPageFields on Meeting {\n    id\n    title\n    kind\n    status\n    statusReason\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    chair\n    recorder\n    invitedUnits {\n      id\n      name\n    }\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    agenda {\n      id\n      order\n      title\n      presenterUnit {\n        id\n        name\n      }\n      presenter\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      sentBy\n      daysBeforeStart\n      lateReason\n      recipientCount\n    }\n    approvedAt\n    approvedBy\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n": types.MeetingPageFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingPageFields\n    }\n  }\n": types.MeetingPageDocument,
    "\n  fragment AttendanceFields on Attendance {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    invitedMemberId\n    invitedMember {\n      id\n      name\n    }\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    takesPart\n    recordedBy\n    version\n    updatedAt\n  }\n": types.AttendanceFieldsFragmentDoc,
    "\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      checkInCode\n      checkInOpensAt\n      checkInClosesAt\n      attendance {\n        ...AttendanceFields\n      }\n      memberAttendance {\n        ...AttendanceFields\n      }\n    }\n  }\n": types.MeetingAttendanceDocument,
    "\n  fragment MinutesFields on Minutes {\n    agendaItemId\n    text\n    decision\n    files {\n      ...ArchiveFileFields\n    }\n    addenda {\n      text\n      addedBy\n      addedAt\n    }\n    version\n    savedBy\n    savedAt\n    locked\n  }\n": types.MinutesFieldsFragmentDoc,
    "\n  fragment ConsensusFields on AgendaConsensus {\n    agendaItemId\n    outcome\n    positions {\n      unitId\n      unit {\n        id\n        name\n      }\n      position\n      view\n      recordedBy\n      recordedAt\n    }\n    missingUnitIds\n  }\n": types.ConsensusFieldsFragmentDoc,
    "\n  query MeetingOpinions($id: ID!) {\n    meeting(id: $id) {\n      id\n      opinions(first: 100) {\n        edges {\n          node {\n            agendaItemId\n            unitId\n            text\n            submittedBy\n            submittedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.MeetingOpinionsDocument,
    "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        ...MinutesFields\n      }\n      consensus {\n        ...ConsensusFields\n      }\n      attendance {\n        unitId\n        unit {\n          id\n          name\n        }\n        status\n        takesPart\n      }\n    }\n  }\n": types.MeetingMinutesDocument,
    "\n  query MinutesVersions($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        agendaItemId\n        versions(first: 50) {\n          edges {\n            node {\n              version\n              text\n              decision\n              fileNames\n              changed\n              savedBy\n              savedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MinutesVersionsDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    resolutionId\n    title\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      files {\n        ...ArchiveFileFields\n      }\n      done\n      reportedBy\n      reportedAt\n    }\n    version\n    createdAt\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  query MeetingResolutions($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n        agendaItemId\n        number\n        title\n        text\n        reservedViews {\n          unitId\n          unit {\n            id\n            name\n          }\n          view\n        }\n        adoptedAt\n        publication {\n          ...PublicationFields\n        }\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": types.MeetingResolutionsDocument,
    "\n  query MeetingResolutionIds($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n      }\n    }\n  }\n": types.MeetingResolutionIdsDocument,
    "\n  query PreviousActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      previousActionItems {\n        ...ActionItemFields\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": types.PreviousActionItemsDocument,
    "\n  query MeetingList($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MeetingRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MeetingListDocument,
    "\n  mutation CheckIn($meetingId: ID!, $code: String!) {\n    checkIn(meetingId: $meetingId, code: $code) {\n      ...NoticeAttendance\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      ...NoticeAttendance\n    }\n  }\n": types.RequestLeaveDocument,
    "\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      agendaItemId\n      unitId\n      text\n      submittedBy\n      submittedAt\n    }\n  }\n": types.SubmitOpinionDocument,
    "\n  fragment OwnSolicitation on AgendaSolicitation {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    question\n    closesAt\n    state\n    replies {\n      unitId\n      opinion\n      repliedAt\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n": types.OwnSolicitationFragmentDoc,
    "\n  query MySolicitations {\n    viewer {\n      userId\n      agendaSolicitations {\n        ...OwnSolicitation\n      }\n    }\n  }\n": types.MySolicitationsDocument,
    "\n  mutation ReplyToAgendaSolicitation($input: ReplyToAgendaSolicitationInput!) {\n    replyToAgendaSolicitation(input: $input) {\n      ...OwnSolicitation\n    }\n  }\n": types.ReplyToAgendaSolicitationDocument,
    "\n  fragment NoticeAttendance on Attendance {\n    unitId\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    version\n  }\n": types.NoticeAttendanceFragmentDoc,
    "\n  fragment NoticeRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    notice {\n      sentAt\n      lateReason\n    }\n    attendance {\n      ...NoticeAttendance\n    }\n  }\n": types.NoticeRowFragmentDoc,
    "\n  fragment NoticeFields on Meeting {\n    ...NoticeRow\n    chair\n    statusReason\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n      order\n      title\n      presenter\n      presenterUnit {\n        id\n        name\n      }\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      daysBeforeStart\n      lateReason\n    }\n    checkInOpensAt\n    checkInClosesAt\n    ownReceipt {\n      meetingId\n      unitId\n      acknowledged\n      acknowledgedAt\n      acknowledgedBy\n      onBehalf\n    }\n    opinions(first: $opinions) {\n      edges {\n        node {\n          agendaItemId\n          unitId\n          text\n          submittedBy\n          submittedAt\n        }\n      }\n    }\n  }\n": types.NoticeFieldsFragmentDoc,
    "\n  query MyNotice($first: Int!, $from: DateTime, $opinions: Int!) {\n    viewer {\n      userId\n      meetingNotices(first: $first, from: $from) {\n        edges {\n          node {\n            ...NoticeFields\n          }\n        }\n      }\n    }\n  }\n": types.MyNoticeDocument,
    "\n  query MyNotices($first: Int!, $after: String, $from: DateTime) {\n    viewer {\n      userId\n      meetingNotices(first: $first, after: $after, from: $from) {\n        edges {\n          cursor\n          node {\n            ...NoticeRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.MyNoticesDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation AddMinutesAddendum($input: AddMinutesAddendumInput!) {\n    addMinutesAddendum(input: $input) {\n      ...MinutesFields\n    }\n  }\n": types.AddMinutesAddendumDocument,
    "\n  mutation RemoveAgendaItem($meetingId: ID!, $version: Int!, $itemId: ID!) {\n    removeAgendaItem(meetingId: $meetingId, version: $version, itemId: $itemId) {\n      ...MeetingPageFields\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation SetAgendaMaterials($input: SetAgendaMaterialsInput!) {\n    setAgendaMaterials(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.SetAgendaMaterialsDocument,
    "\n  mutation ApproveMinutes($meetingId: ID!, $version: Int!) {\n    approveMinutes(meetingId: $meetingId, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n": types.ApproveMinutesDocument,
    "\n  mutation ArchiveMeeting($input: ArchiveMeetingInput!) {\n    archiveMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.ArchiveMeetingDocument,
    "\n  query MeetingArchivedDocuments($id: ID!) {\n    meeting(id: $id) {\n      id\n      archivedDocuments {\n        id\n        title\n        year\n        current {\n          file {\n            name\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n": types.MeetingArchivedDocumentsDocument,
    "\n  mutation CancelMeeting($input: ChangeMeetingStatusInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation MarkMeetingHeld($id: ID!, $version: Int!) {\n    markMeetingHeld(id: $id, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n": types.MarkMeetingHeldDocument,
    "\n  mutation RecordConsensusForAll($meetingId: ID!, $agendaItemId: ID!) {\n    recordConsensusForAll(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...ConsensusFields\n    }\n  }\n": types.RecordConsensusForAllDocument,
    "\n  mutation MeetingDocument($meetingId: ID!, $kind: MeetingDocumentKind!) {\n    meetingDocument(meetingId: $meetingId, kind: $kind) {\n      name\n      downloadUrl\n    }\n  }\n": types.MeetingDocumentDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n": types.SaveMinutesDocument,
    "\n  query MeetingOutbox($meetingId: ID!, $first: Int, $after: String) {\n    meetingOutbox(meetingId: $meetingId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          notificationId\n          reminderLabel\n          recipientKind\n          recipientId\n          unit { id name }\n          member { id name }\n          channel\n          dueAt\n          sentAt\n          readAt\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MeetingOutboxDocument,
    "\n  mutation DispatchDueReminders {\n    dispatchDueReminders { meetings reminders entries complete }\n  }\n": types.DispatchDueRemindersDocument,
    "\n  mutation RecordConsensus($input: RecordConsensusInput!) {\n    recordConsensus(input: $input) {\n      ...ConsensusFields\n    }\n  }\n": types.RecordConsensusDocument,
    "\n  mutation PostponeMeeting($input: PostponeMeetingInput!) {\n    postponeMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.PostponeMeetingDocument,
    "\n  query MeetingReceipts($id: ID!) {\n    meeting(id: $id) {\n      id\n      receiptSummary {\n        expected\n        acknowledged\n        pending\n      }\n      receipts {\n        ...ReceiptFields\n      }\n    }\n  }\n": types.MeetingReceiptsDocument,
    "\n  fragment ReceiptFields on ResolutionReceipt {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    acknowledged\n    acknowledgedAt\n    acknowledgedBy\n    onBehalf\n    note\n  }\n": types.ReceiptFieldsFragmentDoc,
    "\n  mutation AcknowledgeResolutions($input: AcknowledgeResolutionsInput!) {\n    acknowledgeResolutions(input: $input) {\n      ...ReceiptFields\n    }\n  }\n": types.AcknowledgeResolutionsDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...AttendanceFields\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation SendMeetingNotice($input: SendMeetingNoticeInput!) {\n    sendMeetingNotice(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.SendMeetingNoticeDocument,
    "\n  fragment SolicitationFields on AgendaSolicitation {\n    meetingId\n    question\n    closesAt\n    state\n    askedUnits {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    repliedCount\n    pendingCount\n    openedBy\n    replies {\n      unitId\n      unit {\n        id\n        name\n      }\n      opinion\n      repliedAt\n      repliedBy\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n": types.SolicitationFieldsFragmentDoc,
    "\n  query MeetingSolicitation($id: ID!) {\n    meeting(id: $id) {\n      id\n      agendaSolicitation {\n        ...SolicitationFields\n      }\n    }\n  }\n": types.MeetingSolicitationDocument,
    "\n  mutation OpenAgendaSolicitation($input: OpenAgendaSolicitationInput!) {\n    openAgendaSolicitation(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.OpenAgendaSolicitationDocument,
    "\n  mutation CloseAgendaSolicitation($meetingId: ID!) {\n    closeAgendaSolicitation(meetingId: $meetingId) {\n      ...MeetingPageFields\n    }\n  }\n": types.CloseAgendaSolicitationDocument,
    "\n  mutation AdoptAgendaProposal($input: AdoptAgendaProposalInput!) {\n    adoptAgendaProposal(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n": types.AdoptAgendaProposalDocument,
    "\n  query RecordMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RecordMemberOptionsDocument,
    "\n  fragment EvaluationGradeFields on EvaluationGrade {\n    memberId\n    year\n    grade\n    comment\n    reason\n    gradedAt\n    gradedBy\n    version\n  }\n": types.EvaluationGradeFieldsFragmentDoc,
    "\n  fragment EvaluationRowFields on EvaluationRow {\n    member {\n      id\n      name\n      category\n      status\n    }\n    grade {\n      ...EvaluationGradeFields\n    }\n    communityReport {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n    serviceHours\n    postsHeld\n    maxGrade\n    capReason\n  }\n": types.EvaluationRowFieldsFragmentDoc,
    "\n  mutation SetEvaluationGrade($input: SetEvaluationGradeInput!) {\n    setEvaluationGrade(input: $input) {\n      ...EvaluationGradeFields\n    }\n  }\n": types.SetEvaluationGradeDocument,
    "\n  query EvaluationGrid($unitId: ID!, $year: Int!, $first: Int!, $after: String) {\n    evaluationGrid(unitId: $unitId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvaluationRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.EvaluationGridDocument,
    "\n  query UnitEvaluation($unitId: ID!, $year: Int!) {\n    unitEvaluation(unitId: $unitId, year: $year) {\n      unitId\n      year\n      members\n      graded\n      byGrade {\n        grade\n        count\n      }\n      excellentShare\n    }\n  }\n": types.UnitEvaluationDocument,
    "\n  mutation AdjustMemberPoints($input: AdjustMemberPointsInput!) {\n    adjustMemberPoints(input: $input) {\n      id\n      kind\n      points\n      reason\n    }\n  }\n": types.AdjustMemberPointsDocument,
    "\n  query MemberPoints($memberId: ID!, $year: Int!) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      member {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      points\n      stars\n      nextStarAt\n      serviceHours\n      volunteerStars\n      trainingHours\n      trainingRequired\n      postMonths\n      meetingsAttended\n    }\n  }\n": types.MemberPointsDocument,
    "\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    correcting\n    sourceId\n    basis\n    points\n    reason\n    rulesVersion\n    createdAt\n    createdBy\n  }\n": types.PointsEntryRowFragmentDoc,
    "\n  query MemberPointsEntries($memberId: ID!, $year: Int!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointsEntryRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.MemberPointsEntriesDocument,
    "\n  fragment EngagementRulesFields on EngagementRules {\n    year\n    pointsPerServiceHour\n    pointsPerMeeting\n    pointsPerPostMonth\n    pointsPerTrainingHour\n    starPoints\n    volunteerStarHours\n    capGradeWithoutReport\n    version\n    updatedAt\n    updatedBy\n  }\n": types.EngagementRulesFieldsFragmentDoc,
    "\n  query EngagementRules($year: Int!) {\n    engagementRules(year: $year) {\n      ...EngagementRulesFields\n    }\n  }\n": types.EngagementRulesDocument,
    "\n  mutation SetEngagementRules($input: SetEngagementRulesInput!) {\n    setEngagementRules(input: $input) {\n      ...EngagementRulesFields\n    }\n  }\n": types.SetEngagementRulesDocument,
    "\n  mutation RecomputePoints($year: Int!, $after: String) {\n    recomputePoints(year: $year, after: $after) {\n      year\n      rulesVersion\n      processed\n      corrected\n      done\n      after\n    }\n  }\n": types.RecomputePointsDocument,
    "\n  mutation ConfirmServiceHours($input: ConfirmServiceHoursInput!) {\n    confirmServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n": types.ConfirmServiceHoursDocument,
    "\n  mutation LogServiceHours($input: LogServiceHoursInput!) {\n    logServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n": types.LogServiceHoursDocument,
    "\n  query CommunityPostOptions($communityUnitId: ID!) {\n    posts(communityUnitId: $communityUnitId, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CommunityPostOptionsDocument,
    "\n  fragment ServiceRecordRow on ServiceRecord {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    communityUnitId\n    community {\n      id\n      name\n    }\n    servedOn\n    year\n    hours\n    description\n    place\n    post {\n      id\n      title\n    }\n    status\n    filedAt\n    decidedAt\n    declineReason\n    version\n  }\n": types.ServiceRecordRowFragmentDoc,
    "\n  query ServiceRecordList($first: Int!, $after: String, $filter: ServiceRecordFilter!) {\n    serviceRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ServiceRecordRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ServiceRecordListDocument,
    "\n  mutation ExportTrainingStatus($unitId: ID!, $year: Int!, $onlyShort: Boolean) {\n    exportTrainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort) {\n      name\n      downloadUrl\n    }\n  }\n": types.ExportTrainingStatusDocument,
    "\n  mutation LogTraining($input: LogTrainingInput!) {\n    logTraining(input: $input) {\n      id\n      memberId\n      memberName\n      year\n      hours\n      topic\n    }\n  }\n": types.LogTrainingDocument,
    "\n  fragment TrainingStatusRow on TrainingStatus {\n    member {\n      id\n      name\n      roles\n    }\n    year\n    hours\n    required\n    shortBy\n  }\n": types.TrainingStatusRowFragmentDoc,
    "\n  query TrainingStatusList($unitId: ID!, $year: Int!, $onlyShort: Boolean, $first: Int!, $after: String) {\n    trainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingStatusRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TrainingStatusListDocument,
    "\n  mutation ExportMembers($filter: MemberFilter, $sheetPerUnit: Boolean) {\n    exportMembers(filter: $filter, sheetPerUnit: $sheetPerUnit) {\n      name\n      downloadUrl\n    }\n  }\n": types.ExportMembersDocument,
    "\n  fragment MemberFormFields on Member {\n    id\n    name\n    gender\n    birthDate\n    idNumber\n    phone\n    status\n    joinedOn\n    category\n    unitId\n    unit {\n      id\n      name\n    }\n    communityId\n    community {\n      id\n      name\n    }\n    roles\n    note\n    departure {\n      on\n    }\n    version\n  }\n": types.MemberFormFieldsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    gender\n    idNumber\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    category\n    status\n    joinedOn\n    roles\n  }\n": types.MemberRowFragmentDoc,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n": types.CreateMemberDocument,
    "\n  query MemberForEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberFormFields\n    }\n  }\n": types.MemberForEditDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFormFields\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  query RecentMemberImports {\n    memberImports(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          toImport\n          processed\n          createdBy\n          createdAt\n        }\n      }\n    }\n  }\n": types.RecentMemberImportsDocument,
    "\n  fragment MemberImportFields on MemberImport {\n    id\n    fileName\n    status\n    headerRowNumber\n    columns {\n      index\n      header\n      field\n    }\n    problems\n    summary {\n      totalRows\n      valid\n      withErrors\n      skippedBlank\n      alreadyOnRoster\n    }\n    errors {\n      rowNumber\n      column\n      field\n      message\n    }\n    errorCount\n    toImport\n    processed\n    created\n    skipped\n    failures {\n      rowNumber\n      column\n      field\n      message\n    }\n    updatedAt\n  }\n": types.MemberImportFieldsFragmentDoc,
    "\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n": types.MemberImportDocument,
    "\n  mutation PreviewMemberImport($input: PreviewMemberImportInput!) {\n    previewMemberImport(input: $input) {\n      ...MemberImportFields\n    }\n  }\n": types.PreviewMemberImportDocument,
    "\n  mutation ContinueMemberImport($id: ID!) {\n    continueMemberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n": types.ContinueMemberImportDocument,
    "\n  query MemberImportTemplate {\n    memberImportTemplate {\n      name\n      downloadUrl\n    }\n  }\n": types.MemberImportTemplateDocument,
    "\n  query MemberList($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MemberListDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      status\n      joinedOn\n      category\n      unitId\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      roles\n      note\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      createdAt\n      updatedAt\n    }\n  }\n": types.MemberPageDocument,
    "\n  mutation RevealMemberIdNumber($id: ID!) {\n    revealMemberIdNumber(id: $id)\n  }\n": types.RevealMemberIdNumberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n      version\n      updatedAt\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      unitId\n      unit {\n        id\n        name\n        memberCount\n        fullMemberCount\n      }\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      updatedAt\n    }\n  }\n": types.TransferMemberDocument,
    "\n  fragment MemberTransferRow on MemberTransfer {\n    id\n    transferredOn\n    fromUnitId\n    fromUnitName\n    fromUnit {\n      id\n      name\n    }\n    toUnitId\n    toUnitName\n    toUnit {\n      id\n      name\n    }\n    destination\n    letterNumber\n    note\n    recordedBy\n    recordedAt\n  }\n": types.MemberTransferRowFragmentDoc,
    "\n  query MemberTransfers($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      transfers(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MemberTransferRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.MemberTransfersDocument,
    "\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n": types.RegisterPartnerClientDocument,
    "\n  fragment PartnerClientRow on PartnerClient {\n    clientId\n    regionId\n    name\n    scopes\n    state\n    createdAt\n    createdBy\n    secretRotatedAt\n    revokedAt\n    version\n  }\n": types.PartnerClientRowFragmentDoc,
    "\n  query PartnerClientRegions {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartnerClientRegionsDocument,
    "\n  query PartnerClients($regionId: ID!, $first: Int!, $after: String) {\n    partnerClients(regionId: $regionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerClientRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PartnerClientsDocument,
    "\n  mutation RotatePartnerClientSecret($clientId: ID!, $version: Int) {\n    rotatePartnerClientSecret(clientId: $clientId, version: $version) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n": types.RotatePartnerClientSecretDocument,
    "\n  mutation RevokePartnerClient($clientId: ID!, $version: Int) {\n    revokePartnerClient(clientId: $clientId, version: $version) {\n      ...PartnerClientRow\n    }\n  }\n": types.RevokePartnerClientDocument,
    "\n  mutation AppointRegionAdmin($input: AppointRegionAdminInput!) {\n    appointRegionAdmin(input: $input) {\n      account {\n        username\n        name\n        role\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n": types.AppointRegionAdminDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation SuspendRegion($input: SuspendRegionInput!) {\n    suspendRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": types.SuspendRegionDocument,
    "\n  mutation ReinstateRegion($input: RegionChangeInput!) {\n    reinstateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": types.ReinstateRegionDocument,
    "\n  mutation ActInRegion($input: ActInRegionInput!) {\n    actInRegion(input: $input) {\n      regionId\n      until\n    }\n  }\n": types.ActInRegionDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n": types.CreateRegionDocument,
    "\n  fragment RegionRow on Region {\n    id\n    name\n    level\n    slug\n    superiorOrganization\n    unitCount\n    memberCount\n    accountCount\n    lastActivityAt\n    adminCount\n    admins {\n      username\n      name\n      phone\n      role\n      state\n      temporaryPasswordSetAt\n      version\n    }\n    state\n    suspendedAt\n    suspendedReason\n    version\n    createdAt\n  }\n": types.RegionRowFragmentDoc,
    "\n  query RegionList($first: Int!, $after: String) {\n    regions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RegionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RegionListDocument,
    "\n  fragment UnitPersonFields on UnitPerson {\n    name\n    title\n    phone\n  }\n": types.UnitPersonFieldsFragmentDoc,
    "\n  fragment UnitFormFields on Unit {\n    id\n    name\n    shortName\n    hostKind\n    level\n    allianceRole\n    parentId\n    parent {\n      id\n      name\n    }\n    address\n    grid\n    leader {\n      ...UnitPersonFields\n    }\n    representative {\n      ...UnitPersonFields\n    }\n    liaison {\n      ...UnitPersonFields\n    }\n    partTimeCommitteeMember {\n      ...UnitPersonFields\n    }\n    lockedFields\n    version\n  }\n": types.UnitFormFieldsFragmentDoc,
    "\n  fragment UnitRow on Unit {\n    id\n    name\n    hostKind\n    level\n    allianceRole\n    status\n    childCount\n    needsPairing\n    activePairingCount\n    levelCheck {\n      fits\n      verdict\n      expectedLevel\n    }\n  }\n": types.UnitRowFragmentDoc,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateUnitDocument,
    "\n  query UnitForEdit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFormFields\n    }\n  }\n": types.UnitForEditDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFormFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  query UnitList($first: Int!, $after: String, $filter: UnitFilter) {\n    viewer {\n      region {\n        id\n        unitCount\n      }\n    }\n    units(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UnitListDocument,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      shortName\n      hostKind\n      level\n      allianceRole\n      status\n      address\n      grid\n      parent {\n        id\n        name\n      }\n      childCount\n      leader {\n        ...UnitPersonFields\n      }\n      representative {\n        ...UnitPersonFields\n      }\n      liaison {\n        ...UnitPersonFields\n      }\n      partTimeCommitteeMember {\n        ...UnitPersonFields\n      }\n      memberCount\n      fullMemberCount\n      levelCheck {\n        fits\n        verdict\n        expectedLevel\n      }\n      registration {\n        ...UnitRegistration\n      }\n      activePairingCount\n      needsPairing\n      version\n      createdAt\n      updatedAt\n    }\n  }\n": types.UnitPageDocument,
    "\n  query UnitChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...UnitRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UnitChildrenDocument,
    "\n  fragment PairingRow on Pairing {\n    id\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    startsOn\n    endsOn\n    content\n    agreement {\n      ...ArchiveFileFields\n    }\n    status\n    expired\n    endedOn\n    endReason\n    version\n  }\n": types.PairingRowFragmentDoc,
    "\n  query UnitPairings($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      pairings(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PairingRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UnitPairingsDocument,
    "\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n": types.CreatePairingDocument,
    "\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n": types.EndPairingDocument,
    "\n  fragment UnitRegistration on Registration {\n    registeredOn\n    note\n    community {\n      id\n      name\n    }\n    form {\n      ...ArchiveFileFields\n    }\n  }\n": types.UnitRegistrationFragmentDoc,
    "\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      status\n      version\n      registration {\n        ...UnitRegistration\n      }\n    }\n  }\n": types.RegisterUnitDocument,
    "\n  mutation ChangeUnitStatus($input: ChangeUnitStatusInput!) {\n    changeUnitStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": types.ChangeUnitStatusDocument,
    "\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version) {\n      id\n    }\n  }\n": types.DeleteUnitDocument,
    "\n  fragment TreeUnit on Unit {\n    id\n    name\n    level\n    status\n    childCount\n  }\n": types.TreeUnitFragmentDoc,
    "\n  query TreeRoots($first: Int!, $after: String) {\n    units(first: $first, after: $after, filter: { rootsOnly: true }) {\n      edges {\n        node {\n          ...TreeUnit\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TreeRootsDocument,
    "\n  query TreeChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          node {\n            ...TreeUnit\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.TreeChildrenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      userId\n      displayName\n      roles\n      region {\n        id\n        name\n        unitCount\n      }\n      unitId\n      acting {\n        regionId\n        reason\n        until\n        region {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      userId\n      displayName\n      roles\n      region {\n        id\n        name\n        unitCount\n      }\n      unitId\n      acting {\n        regionId\n        reason\n        until\n        region {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArchiveFileFields on ArchiveFile {\n    name\n    contentType\n    size\n    uploadedAt\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment ArchiveFileFields on ArchiveFile {\n    name\n    contentType\n    size\n    uploadedAt\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUploadUrl($input: CreateUploadInput!) {\n    createUploadUrl(input: $input) {\n      uploadId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUploadUrl($input: CreateUploadInput!) {\n    createUploadUrl(input: $input) {\n      uploadId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptions($first: Int!, $filter: UnitFilter) {\n    units(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitOptions($first: Int!, $filter: UnitFilter) {\n    units(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptionName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query UnitOptionName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      meetingId\n      dueAt\n      read\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFeedFields on NotificationFeed {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      meetingId\n      dueAt\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    viewer {\n      notifications(first: 20) {\n        ...NotificationFeedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    viewer {\n      notifications(first: 20) {\n        ...NotificationFeedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      ...NotificationFeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      ...NotificationFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      ...NotificationFeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      ...NotificationFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndActInRegion($regionId: ID!) {\n    endActInRegion(regionId: $regionId)\n  }\n"): (typeof documents)["\n  mutation EndActInRegion($regionId: ID!) {\n    endActInRegion(regionId: $regionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAccountPassword($input: AccountChangeInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAccountPassword($input: AccountChangeInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAccount($input: AccountChangeInput!) {\n    disableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation DisableAccount($input: AccountChangeInput!) {\n    disableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($input: AccountChangeInput!) {\n    unlockAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($input: AccountChangeInput!) {\n    unlockAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAuthenticator($input: AccountChangeInput!) {\n    resetAuthenticator(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAuthenticator($input: AccountChangeInput!) {\n    resetAuthenticator(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableAccount($input: AccountChangeInput!) {\n    enableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation EnableAccount($input: AccountChangeInput!) {\n    enableAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: AccountChangeInput!) {\n    deleteAccount(input: $input) {\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: AccountChangeInput!) {\n    deleteAccount(input: $input) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRow on Account {\n    username\n    name\n    phone\n    role\n    unitId\n    unit {\n      id\n      name\n    }\n    memberId\n    member {\n      id\n      name\n    }\n    state\n    temporaryPasswordSetAt\n    lastSignInAt\n    failedSignIns\n    lockedUntil\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment AccountRow on Account {\n    username\n    name\n    phone\n    role\n    unitId\n    unit {\n      id\n      name\n    }\n    memberId\n    member {\n      id\n      name\n    }\n    state\n    temporaryPasswordSetAt\n    lastSignInAt\n    failedSignIns\n    lockedUntil\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        ...AccountRow\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountUnitLiaison($id: ID!) {\n    unit(id: $id) {\n      id\n      liaison {\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountUnitLiaison($id: ID!) {\n    unit(id: $id) {\n      id\n      liaison {\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMemberContact($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n"): (typeof documents)["\n  query AccountMemberContact($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLiaisonAccounts($input: CreateLiaisonAccountsInput!) {\n    createLiaisonAccounts(input: $input) {\n      handoutId\n      created {\n        ...AccountRow\n      }\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      alreadyHadAccount\n      processedUnits\n      totalUnits\n      nextCursor\n      done\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLiaisonAccounts($input: CreateLiaisonAccountsInput!) {\n    createLiaisonAccounts(input: $input) {\n      handoutId\n      created {\n        ...AccountRow\n      }\n      skipped {\n        unitId\n        unitName\n        reason\n      }\n      alreadyHadAccount\n      processedUnits\n      totalUnits\n      nextCursor\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiaisonAccountsHandout($handoutId: ID!) {\n    liaisonAccountsHandout(handoutId: $handoutId) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation LiaisonAccountsHandout($handoutId: ID!) {\n    liaisonAccountsHandout(handoutId: $handoutId) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RebindAccount($input: RebindAccountInput!) {\n    rebindAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation RebindAccount($input: RebindAccountInput!) {\n    rebindAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CharterVersionFields on CharterVersion {\n    id\n    number\n    title\n    adoptedOn\n    adoptedBy\n    note\n    createdAt\n    createdBy\n    file {\n      ...ArchiveFileFields\n    }\n  }\n"): (typeof documents)["\n  fragment CharterVersionFields on CharterVersion {\n    id\n    number\n    title\n    adoptedOn\n    adoptedBy\n    note\n    createdAt\n    createdBy\n    file {\n      ...ArchiveFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Charter($first: Int!, $after: String) {\n    charter {\n      current {\n        ...CharterVersionFields\n      }\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CharterVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Charter($first: Int!, $after: String) {\n    charter {\n      current {\n        ...CharterVersionFields\n      }\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CharterVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCharterVersion($input: UploadCharterVersionInput!) {\n    uploadCharterVersion(input: $input) {\n      ...CharterVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UploadCharterVersion($input: UploadCharterVersionInput!) {\n    uploadCharterVersion(input: $input) {\n      ...CharterVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceSettingsFields on AllianceSettings {\n    councilTermStart\n    councilTermEnd\n    version\n  }\n"): (typeof documents)["\n  fragment AllianceSettingsFields on AllianceSettings {\n    councilTermStart\n    councilTermEnd\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceSettings {\n    allianceSettings {\n      ...AllianceSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query AllianceSettings {\n    allianceSettings {\n      ...AllianceSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCouncilTerm($input: SetCouncilTermInput!) {\n    setCouncilTerm(input: $input) {\n      ...AllianceSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCouncilTerm($input: SetCouncilTermInput!) {\n    setCouncilTerm(input: $input) {\n      ...AllianceSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficerRow on Officer {\n    id\n    post\n    personName\n    personTitle\n    unit {\n      id\n      name\n    }\n    termStart\n    termEnd\n    current\n    endReason\n    version\n  }\n"): (typeof documents)["\n  fragment OfficerRow on Officer {\n    id\n    post\n    personName\n    personTitle\n    unit {\n      id\n      name\n    }\n    termStart\n    termEnd\n    current\n    endReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceOfficers {\n    officers(includePast: true) {\n      ...OfficerRow\n    }\n  }\n"): (typeof documents)["\n  query AllianceOfficers {\n    officers(includePast: true) {\n      ...OfficerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfficer($input: SetOfficerInput!) {\n    setOfficer(input: $input) {\n      ...OfficerRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetOfficer($input: SetOfficerInput!) {\n    setOfficer(input: $input) {\n      ...OfficerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOfficerTerm($input: EndOfficerTermInput!) {\n    endOfficerTerm(input: $input) {\n      ...OfficerRow\n    }\n  }\n"): (typeof documents)["\n  mutation EndOfficerTerm($input: EndOfficerTermInput!) {\n    endOfficerTerm(input: $input) {\n      ...OfficerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepresentativeChangeRow on RepresentativeChange {\n    id\n    version\n    unitId\n    unit {\n      id\n      name\n    }\n    post\n    previous {\n      name\n      title\n      phone\n    }\n    next {\n      name\n      title\n      phone\n    }\n    changedAt\n    changedBy\n    filedAt\n    filedBy\n  }\n"): (typeof documents)["\n  fragment RepresentativeChangeRow on RepresentativeChange {\n    id\n    version\n    unitId\n    unit {\n      id\n      name\n    }\n    post\n    previous {\n      name\n      title\n      phone\n    }\n    next {\n      name\n      title\n      phone\n    }\n    changedAt\n    changedBy\n    filedAt\n    filedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativeChanges($filter: RepresentativeChangeFilter, $first: Int!, $after: String) {\n    representativeChanges(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RepresentativeChangeRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepresentativeChanges($filter: RepresentativeChangeFilter, $first: Int!, $after: String) {\n    representativeChanges(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RepresentativeChangeRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileRepresentativeChange($input: FileRepresentativeChangeInput!) {\n    fileRepresentativeChange(input: $input) {\n      ...RepresentativeChangeRow\n    }\n  }\n"): (typeof documents)["\n  mutation FileRepresentativeChange($input: FileRepresentativeChangeInput!) {\n    fileRepresentativeChange(input: $input) {\n      ...RepresentativeChangeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubBodyRow on SubBody {\n    id\n    kind\n    name\n    convenerUnit {\n      id\n      name\n    }\n    unitIds\n    peopleCount\n    version\n  }\n"): (typeof documents)["\n  fragment SubBodyRow on SubBody {\n    id\n    kind\n    name\n    convenerUnit {\n      id\n      name\n    }\n    unitIds\n    peopleCount\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubBodyDetail($id: ID!) {\n    subBody(id: $id) {\n      id\n      kind\n      name\n      convenerUnit {\n        id\n        name\n      }\n      units {\n        id\n        name\n      }\n      people {\n        name\n        title\n        unit {\n          id\n          name\n        }\n      }\n      version\n    }\n  }\n"): (typeof documents)["\n  query SubBodyDetail($id: ID!) {\n    subBody(id: $id) {\n      id\n      kind\n      name\n      convenerUnit {\n        id\n        name\n      }\n      units {\n        id\n        name\n      }\n      people {\n        name\n        title\n        unit {\n          id\n          name\n        }\n      }\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubBodies($kind: SubBodyKind, $first: Int!) {\n    subBodies(kind: $kind, first: $first) {\n      edges {\n        node {\n          ...SubBodyRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubBodies($kind: SubBodyKind, $first: Int!) {\n    subBodies(kind: $kind, first: $first) {\n      edges {\n        node {\n          ...SubBodyRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSubBody($input: CreateSubBodyInput!) {\n    createSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSubBody($input: CreateSubBodyInput!) {\n    createSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubBody($input: UpdateSubBodyInput!) {\n    updateSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSubBody($input: UpdateSubBodyInput!) {\n    updateSubBody(input: $input) {\n      ...SubBodyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddArchiveDocument($input: AddArchiveDocumentInput!) {\n    addArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddArchiveDocument($input: AddArchiveDocumentInput!) {\n    addArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArchiveVersionFields on ArchiveDocumentVersion {\n    number\n    note\n    uploadedBy\n    chainHash\n    file {\n      ...ArchiveFileFields\n    }\n  }\n"): (typeof documents)["\n  fragment ArchiveVersionFields on ArchiveDocumentVersion {\n    number\n    note\n    uploadedBy\n    chainHash\n    file {\n      ...ArchiveFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveDocument($id: ID!, $first: Int!, $after: String) {\n    archiveDocument(id: $id) {\n      ...ArchiveDocumentRow\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ArchiveVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArchiveDocument($id: ID!, $first: Int!, $after: String) {\n    archiveDocument(id: $id) {\n      ...ArchiveDocumentRow\n      versions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ArchiveVersionFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    deleteArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    deleteArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyArchiveDocument($id: ID!) {\n    verifyArchiveDocument(id: $id) {\n      documentId\n      verifiedAt\n      intact\n      checkedVersions\n      problems {\n        versionNumber\n        kind\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyArchiveDocument($id: ID!) {\n    verifyArchiveDocument(id: $id) {\n      documentId\n      verifiedAt\n      intact\n      checkedVersions\n      problems {\n        versionNumber\n        kind\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveFolders($year: Int!, $unitId: ID) {\n    archiveFolders(year: $year, unitId: $unitId) {\n      folder\n      count\n    }\n  }\n"): (typeof documents)["\n  query ArchiveFolders($year: Int!, $unitId: ID) {\n    archiveFolders(year: $year, unitId: $unitId) {\n      folder\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveDocuments($first: Int!, $after: String, $filter: ArchiveFilter!) {\n    archiveDocuments(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArchiveDocuments($first: Int!, $after: String, $filter: ArchiveFilter!) {\n    archiveDocuments(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArchiveDocumentRow on ArchiveDocument {\n    id\n    title\n    folder\n    year\n    note\n    versionCount\n    createdAt\n    createdBy\n    updatedAt\n    version\n    deletedAt\n    deletedBy\n    restorableUntil\n    lastVerifiedAt\n    lastVerification\n    unit {\n      id\n      name\n    }\n    current {\n      number\n      uploadedBy\n      file {\n        ...ArchiveFileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArchiveDocumentRow on ArchiveDocument {\n    id\n    title\n    folder\n    year\n    note\n    versionCount\n    createdAt\n    createdBy\n    updatedAt\n    version\n    deletedAt\n    deletedBy\n    restorableUntil\n    lastVerifiedAt\n    lastVerification\n    unit {\n      id\n      name\n    }\n    current {\n      number\n      uploadedBy\n      file {\n        ...ArchiveFileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedArchiveDocuments($first: Int!, $after: String) {\n    deletedArchiveDocuments(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedArchiveDocuments($first: Int!, $after: String) {\n    deletedArchiveDocuments(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ArchiveDocumentRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    restoreArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreArchiveDocument($input: ArchiveDocumentChangeInput!) {\n    restoreArchiveDocument(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceArchiveFile($input: ReplaceArchiveFileInput!) {\n    replaceArchiveFile(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceArchiveFile($input: ReplaceArchiveFileInput!) {\n    replaceArchiveFile(input: $input) {\n      ...ArchiveDocumentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorId\n    actorName\n    operation\n    recordType\n    recordId\n    version\n    outcome\n    changes {\n      field\n      before\n      after\n      beforeUnit {\n        id\n        name\n      }\n      afterUnit {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n    pairing {\n      id\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorId\n    actorName\n    operation\n    recordType\n    recordId\n    version\n    outcome\n    changes {\n      field\n      before\n      after\n      beforeUnit {\n        id\n        name\n      }\n      afterUnit {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n    pairing {\n      id\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordAuditTrail($recordId: ID!, $first: Int!, $after: String) {\n    auditTrail(recordId: $recordId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordAuditTrail($recordId: ID!, $first: Int!, $after: String) {\n    auditTrail(recordId: $recordId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionAuditTrail($first: Int!, $after: String) {\n    regionAuditTrail(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionAuditTrail($first: Int!, $after: String) {\n    regionAuditTrail(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCommunityReports($memberUnitId: ID!, $status: CommunityReportStatus) {\n    exportCommunityReports(memberUnitId: $memberUnitId, status: $status) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCommunityReports($memberUnitId: ID!, $status: CommunityReportStatus) {\n    exportCommunityReports(memberUnitId: $memberUnitId, status: $status) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCommunityReport($input: EndCommunityReportInput!) {\n    endCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n"): (typeof documents)["\n  mutation EndCommunityReport($input: EndCommunityReportInput!) {\n    endCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityReportRow on CommunityReport {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    status\n    note\n    filedAt\n    decidedAt\n    declineReason\n    endedAt\n    endReason\n    postsHeld\n    version\n  }\n"): (typeof documents)["\n  fragment CommunityReportRow on CommunityReport {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    status\n    note\n    filedAt\n    decidedAt\n    declineReason\n    endedAt\n    endReason\n    postsHeld\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityReportList($first: Int!, $after: String, $filter: CommunityReportFilter!) {\n    communityReports(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...CommunityReportRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityReportList($first: Int!, $after: String, $filter: CommunityReportFilter!) {\n    communityReports(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...CommunityReportRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmCommunityReport($input: ConfirmCommunityReportInput!) {\n    confirmCommunityReport(input: $input) {\n      ...CommunityReportRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimReporterOptions($communityUnitId: ID!) {\n    communityReports(first: 100, filter: { communityUnitId: $communityUnitId, status: CONFIRMED }) {\n      edges {\n        node {\n          id\n          memberId\n          memberName\n          memberUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimReporterOptions($communityUnitId: ID!) {\n    communityReports(first: 100, filter: { communityUnitId: $communityUnitId, status: CONFIRMED }) {\n      edges {\n        node {\n          id\n          memberId\n          memberName\n          memberUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPost($postId: ID!, $memberId: ID) {\n    claimPost(postId: $postId, memberId: $memberId) {\n      memberId\n      memberName\n      claimedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimPost($postId: ID!, $memberId: ID) {\n    claimPost(postId: $postId, memberId: $memberId) {\n      memberId\n      memberName\n      claimedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    communityUnitId\n    title\n    duties\n    capacity\n    holderCount\n    startsOn\n    endsOn\n    status\n    version\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    communityUnitId\n    title\n    duties\n    capacity\n    holderCount\n    startsOn\n    endsOn\n    status\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostList($communityUnitId: ID!, $includeClosed: Boolean, $first: Int!, $after: String) {\n    posts(communityUnitId: $communityUnitId, includeClosed: $includeClosed, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostList($communityUnitId: ID!, $includeClosed: Boolean, $first: Int!, $after: String) {\n    posts(communityUnitId: $communityUnitId, includeClosed: $includeClosed, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePost($id: ID!, $version: Int!) {\n    closePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePost($id: ID!, $version: Int!) {\n    closePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n      community {\n        id\n        name\n      }\n      createdAt\n      holders {\n        memberId\n        memberName\n        claimedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n      community {\n        id\n        name\n      }\n      createdAt\n      holders {\n        memberId\n        memberName\n        claimedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePost($postId: ID!, $memberId: ID) {\n    leavePost(postId: $postId, memberId: $memberId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeavePost($postId: ID!, $memberId: ID) {\n    leavePost(postId: $postId, memberId: $memberId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n"): (typeof documents)["\n  query EngagementOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerYear($year: Int!) {\n    ledgerYear(year: $year) {\n      year\n      total\n      byStatus {\n        status\n        count\n      }\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query LedgerYear($year: Int!) {\n    ledgerYear(year: $year) {\n      year\n      total\n      byStatus {\n        status\n        count\n      }\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseLedgerItem($input: RaiseLedgerItemInput!) {\n    raiseLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseLedgerItem($input: RaiseLedgerItemInput!) {\n    raiseLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerRow on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    overdue\n    status\n  }\n"): (typeof documents)["\n  fragment LedgerRow on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    overdue\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerItemFields on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    description\n    category\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    raisedBy\n    raisedAt\n    files {\n      ...ArchiveFileFields\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    assignedAt\n    overdue\n    resolution\n    resolvedAt\n    signedOffBy\n    signedOffAt\n    declineReason\n    reopenCount\n    status\n    history {\n      at\n      by\n      action\n      note\n      files {\n        ...ArchiveFileFields\n      }\n    }\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LedgerItemFields on LedgerItem {\n    id\n    number\n    year\n    kind\n    title\n    description\n    category\n    raisedByUnitId\n    raisedByUnit {\n      id\n      name\n    }\n    raisedBy\n    raisedAt\n    files {\n      ...ArchiveFileFields\n    }\n    handlerUnitId\n    handlerUnit {\n      id\n      name\n    }\n    handlerDepartment\n    dueOn\n    assignedAt\n    overdue\n    resolution\n    resolvedAt\n    signedOffBy\n    signedOffAt\n    declineReason\n    reopenCount\n    status\n    history {\n      at\n      by\n      action\n      note\n      files {\n        ...ArchiveFileFields\n      }\n    }\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerItemPage($id: ID!) {\n    ledgerItem(id: $id) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  query LedgerItemPage($id: ID!) {\n    ledgerItem(id: $id) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerList($first: Int!, $after: String, $filter: LedgerFilter!) {\n    ledgerItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...LedgerRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerList($first: Int!, $after: String, $filter: LedgerFilter!) {\n    ledgerItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...LedgerRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LedgerOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLedgerItem($input: AssignLedgerItemInput!) {\n    assignLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLedgerItem($input: AssignLedgerItemInput!) {\n    assignLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportLedgerProgress($input: ReportLedgerProgressInput!) {\n    reportLedgerProgress(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportLedgerProgress($input: ReportLedgerProgressInput!) {\n    reportLedgerProgress(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveLedgerItem($input: ResolveLedgerItemInput!) {\n    resolveLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveLedgerItem($input: ResolveLedgerItemInput!) {\n    resolveLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffLedgerItem($input: SignOffLedgerItemInput!) {\n    signOffLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffLedgerItem($input: SignOffLedgerItemInput!) {\n    signOffLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenLedgerItem($input: ReopenLedgerItemInput!) {\n    reopenLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenLedgerItem($input: ReopenLedgerItemInput!) {\n    reopenLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineLedgerItem($input: DeclineLedgerItemInput!) {\n    declineLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineLedgerItem($input: DeclineLedgerItemInput!) {\n    declineLedgerItem(input: $input) {\n      ...LedgerItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportNeeds($filter: NeedFilter!) {\n    exportNeeds(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ExportNeeds($filter: NeedFilter!) {\n    exportNeeds(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportResources($filter: ResourceFilter!) {\n    exportResources(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ExportResources($filter: ResourceFilter!) {\n    exportResources(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportProjects($filter: ProjectFilter!) {\n    exportProjects(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ExportProjects($filter: ProjectFilter!) {\n    exportProjects(filter: $filter) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListUnitOptions($first: Int!, $filter: UnitOptionFilter) {\n    unitOptions(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListUnitOptions($first: Int!, $filter: UnitOptionFilter) {\n    unitOptions(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          hostKind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimHall($year: Int!, $first: Int!, $after: String) {\n    claimableProjects(year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n          leadUnitId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimHall($year: Int!, $first: Int!, $after: String) {\n    claimableProjects(year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n          leadUnitId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedImportTemplate($year: Int!) {\n    needImportTemplate(year: $year) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  query NeedImportTemplate($year: Int!) {\n    needImportTemplate(year: $year) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedImportPreviewFields on NeedImportPreview {\n    fileName\n    year\n    rows\n    toImport\n    alreadyListed\n    invalidRows\n    errorCount\n    errors {\n      rowNumber\n      column\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment NeedImportPreviewFields on NeedImportPreview {\n    fileName\n    year\n    rows\n    toImport\n    alreadyListed\n    invalidRows\n    errorCount\n    errors {\n      rowNumber\n      column\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewNeedImport($input: PreviewNeedImportInput!) {\n    previewNeedImport(input: $input) {\n      ...NeedImportPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewNeedImport($input: PreviewNeedImportInput!) {\n    previewNeedImport(input: $input) {\n      ...NeedImportPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportNeeds($input: ImportNeedsInput!) {\n    importNeeds(input: $input) {\n      created\n      alreadyListed\n      invalidRows\n    }\n  }\n"): (typeof documents)["\n  mutation ImportNeeds($input: ImportNeedsInput!) {\n    importNeeds(input: $input) {\n      created\n      alreadyListed\n      invalidRows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  query NeedForEdit($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedRow on Need {\n    id\n    year\n    title\n    category\n    urgency\n    source\n    status\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    project {\n      id\n      title\n    }\n    publication {\n      ...PublicationFields\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NeedRow on Need {\n    id\n    year\n    title\n    category\n    urgency\n    source\n    status\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    project {\n      id\n      title\n    }\n    publication {\n      ...PublicationFields\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedFields on Need {\n    id\n    year\n    title\n    description\n    category\n    urgency\n    source\n    raisedBy\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    status\n    statusReason\n    projectId\n    project {\n      id\n      title\n      status\n    }\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment NeedFields on Need {\n    id\n    year\n    title\n    description\n    category\n    urgency\n    source\n    raisedBy\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    wantedFrom\n    wantedUntil\n    status\n    statusReason\n    projectId\n    project {\n      id\n      title\n      status\n    }\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedCategories {\n    needCategories\n  }\n"): (typeof documents)["\n  query NeedCategories {\n    needCategories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedList($first: Int!, $after: String, $filter: NeedFilter!) {\n    needs(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...NeedRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedList($first: Int!, $after: String, $filter: NeedFilter!) {\n    needs(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...NeedRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchSuggestion on ResourceSuggestion {\n    paired\n    typeFits\n    resource {\n      id\n      title\n      type\n      quantity\n      quantityUnit\n      quantityLeft\n      availableFrom\n      availableUntil\n      contactName\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MatchSuggestion on ResourceSuggestion {\n    paired\n    typeFits\n    resource {\n      id\n      title\n      type\n      quantity\n      quantityUnit\n      quantityLeft\n      availableFrom\n      availableUntil\n      contactName\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    suggestResources(needId: $id) {\n      ...MatchSuggestion\n    }\n  }\n"): (typeof documents)["\n  query MatchPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    suggestResources(needId: $id) {\n      ...MatchSuggestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProjectFromNeed($input: CreateProjectFromNeedInput!) {\n    createProjectFromNeed(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProjectFromNeed($input: CreateProjectFromNeedInput!) {\n    createProjectFromNeed(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($input: CloseNeedInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($input: CloseNeedInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListYear($year: Int!) {\n    listYear(year: $year) {\n      year\n      needs {\n        total\n        byStatus {\n          status\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n      }\n      resources {\n        total\n        withdrawn\n        byType {\n          type\n          count\n        }\n      }\n      projects {\n        total\n        budget\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListYear($year: Int!) {\n    listYear(year: $year) {\n      year\n      needs {\n        total\n        byStatus {\n          status\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n      }\n      resources {\n        total\n        withdrawn\n        byType {\n          type\n          count\n        }\n      }\n      projects {\n        total\n        budget\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n"): (typeof documents)["\n  query ListsOwnUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      hostKind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRow on Project {\n    id\n    year\n    title\n    status\n    communityUnit {\n      id\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    claimMode\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimWindowEndsAt\n    overdue\n    publication {\n      ...PublicationFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectRow on Project {\n    id\n    year\n    title\n    status\n    communityUnit {\n      id\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    claimMode\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimWindowEndsAt\n    overdue\n    publication {\n      ...PublicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectPageFields on Project {\n    id\n    year\n    title\n    description\n    status\n    statusReason\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    needs {\n      id\n      title\n      category\n      status\n    }\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimMode\n    claimWindowEndsAt\n    leadUnitId\n    leadUnit {\n      id\n      name\n    }\n    claims {\n      id\n      kind\n      unitId\n      unit {\n        id\n        name\n      }\n      mode\n      lead\n      memberId\n      memberName\n      resourceId\n      resource {\n        id\n        title\n        quantityUnit\n      }\n      quantity\n      status\n      claimedAt\n      claimedBy\n    }\n    acceptanceNote\n    acceptedAt\n    rating {\n      average\n      count\n    }\n    history {\n      at\n      by\n      action\n      from\n      to\n      note\n    }\n    allowedActions\n    overdue\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ProjectPageFields on Project {\n    id\n    year\n    title\n    description\n    status\n    statusReason\n    communityUnitId\n    communityUnit {\n      id\n      name\n    }\n    needs {\n      id\n      title\n      category\n      status\n    }\n    budget\n    startsOn\n    targetOn\n    volunteerSlots\n    slotsTaken\n    claimMode\n    claimWindowEndsAt\n    leadUnitId\n    leadUnit {\n      id\n      name\n    }\n    claims {\n      id\n      kind\n      unitId\n      unit {\n        id\n        name\n      }\n      mode\n      lead\n      memberId\n      memberName\n      resourceId\n      resource {\n        id\n        title\n        quantityUnit\n      }\n      quantity\n      status\n      claimedAt\n      claimedBy\n    }\n    acceptanceNote\n    acceptedAt\n    rating {\n      average\n      count\n    }\n    history {\n      at\n      by\n      action\n      from\n      to\n      note\n    }\n    allowedActions\n    overdue\n    publication {\n      ...PublicationFields\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectProgressFields on ProjectProgress {\n    id\n    at\n    by\n    unit {\n      id\n      name\n    }\n    note\n    files {\n      ...ArchiveFileFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectProgressFields on ProjectProgress {\n    id\n    at\n    by\n    unit {\n      id\n      name\n    }\n    note\n    files {\n      ...ArchiveFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectList($first: Int!, $after: String, $filter: ProjectFilter!) {\n    projects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectList($first: Int!, $after: String, $filter: ProjectFilter!) {\n    projects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ProjectRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectPageFields\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawClaim($claimId: ID!) {\n    withdrawClaim(claimId: $claimId) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawClaim($claimId: ID!) {\n    withdrawClaim(claimId: $claimId) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceChoices($first: Int!, $filter: ResourceFilter!) {\n    resources(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          quantityLeft\n          quantityUnit\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceChoices($first: Int!, $filter: ResourceFilter!) {\n    resources(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          quantityLeft\n          quantityUnit\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      id\n      project {\n        ...ProjectPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectProgress($id: ID!, $after: String) {\n    project(id: $id) {\n      id\n      progress(after: $after) {\n        edges {\n          cursor\n          node {\n            ...ProjectProgressFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectProgress($id: ID!, $after: String) {\n    project(id: $id) {\n      id\n      progress(after: $after) {\n        edges {\n          cursor\n          node {\n            ...ProjectProgressFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProjectProgress($input: ReportProjectProgressInput!) {\n    reportProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportProjectProgress($input: ReportProjectProgressInput!) {\n    reportProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      ...ProjectPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      ...ProjectPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicationFields on Publication {\n    recordId\n    recordType\n    year\n    title\n    publishedAt\n    publishedBy\n  }\n"): (typeof documents)["\n  fragment PublicationFields on Publication {\n    recordId\n    recordType\n    year\n    title\n    publishedAt\n    publishedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Publish($id: ID!) {\n    publish(id: $id) {\n      ...PublicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation Publish($id: ID!) {\n    publish(id: $id) {\n      ...PublicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unpublish($id: ID!) {\n    unpublish(id: $id) {\n      ...PublicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation Unpublish($id: ID!) {\n    unpublish(id: $id) {\n      ...PublicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationList($type: PublishableType!, $year: Int!, $first: Int!, $after: String) {\n    publications(type: $type, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicationFields\n          meetingId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicationList($type: PublishableType!, $year: Int!, $first: Int!, $after: String) {\n    publications(type: $type, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicationFields\n          meetingId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id\n    year\n    unitId\n    unit {\n      id\n      name\n    }\n    type\n    title\n    description\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    version\n  }\n"): (typeof documents)["\n  fragment ResourceFields on Resource {\n    id\n    year\n    unitId\n    unit {\n      id\n      name\n    }\n    type\n    title\n    description\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceForEdit($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  query ResourceForEdit($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceRow on Resource {\n    id\n    year\n    title\n    type\n    unitId\n    unit {\n      id\n      name\n    }\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    publication {\n      ...PublicationFields\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment ResourceRow on Resource {\n    id\n    year\n    title\n    type\n    unitId\n    unit {\n      id\n      name\n    }\n    quantity\n    quantityUnit\n    quantityLeft\n    availableFrom\n    availableUntil\n    contactName\n    contactPhone\n    status\n    publication {\n      ...PublicationFields\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceList($first: Int!, $after: String, $filter: ResourceFilter!) {\n    resources(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ResourceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceList($first: Int!, $after: String, $filter: ResourceFilter!) {\n    resources(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ResourceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResource($id: ID!, $version: Int!) {\n    withdrawResource(id: $id, version: $version) {\n      ...ResourceRow\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawResource($id: ID!, $version: Int!) {\n    withdrawResource(id: $id, version: $version) {\n      ...ResourceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListSettingsFields on ListSettings {\n    needCategories\n    claimWindowDays\n    version\n  }\n"): (typeof documents)["\n  fragment ListSettingsFields on ListSettings {\n    needCategories\n    claimWindowDays\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSettings {\n    listSettings {\n      ...ListSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query ListSettings {\n    listSettings {\n      ...ListSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetListSettings($input: SetListSettingsInput!) {\n    setListSettings(input: $input) {\n      ...ListSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetListSettings($input: SetListSettingsInput!) {\n    setListSettings(input: $input) {\n      ...ListSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCalendar($meetingId: ID!) {\n    meetingCalendar(meetingId: $meetingId) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCalendar($meetingId: ID!) {\n    meetingCalendar(meetingId: $meetingId) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      role\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      role\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        role\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        role\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingMonthEntry on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n  }\n"): (typeof documents)["\n  fragment MeetingMonthEntry on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMonth($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...MeetingMonthEntry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingMonth($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...MeetingMonthEntry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubBodyOptions {\n    subBodies(first: 100) {\n      edges {\n        node {\n          id\n          name\n          unitIds\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubBodyOptions {\n    subBodies(first: 100) {\n      edges {\n        node {\n          id\n          name\n          unitIds\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFormFields on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnitId\n    convenerUnit {\n      id\n      name\n    }\n    subBodyId\n    chair\n    recorder\n    invitedUnitIds\n    invitedUnits {\n      id\n      name\n    }\n    invitedMemberIds\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    allowedActions\n    version\n  }\n"): (typeof documents)["\n  fragment MeetingFormFields on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnitId\n    convenerUnit {\n      id\n      name\n    }\n    subBodyId\n    chair\n    recorder\n    invitedUnitIds\n    invitedUnits {\n      id\n      name\n    }\n    invitedMemberIds\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    allowedActions\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionList($first: Int!, $after: String, $filter: ActionItemFilter) {\n    actionItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SupervisionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionList($first: Int!, $after: String, $filter: ActionItemFilter) {\n    actionItems(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SupervisionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingFollowUpSummary($input: MeetingFollowUpSummaryInput!) {\n    meetingFollowUpSummary(input: $input) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingFollowUpSummary($input: MeetingFollowUpSummaryInput!) {\n    meetingFollowUpSummary(input: $input) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportActionItem($input: ReportActionItemInput!) {\n    reportActionItem(input: $input) {\n      ...SupervisionRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReportActionItem($input: ReportActionItemInput!) {\n    reportActionItem(input: $input) {\n      ...SupervisionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionRow on ActionItem {\n    id\n    meetingId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    resolutionId\n    title\n    responsibleUnitIds\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    version\n    createdAt\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      done\n      reportedBy\n      reportedAt\n      files {\n        ...ArchiveFileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionRow on ActionItem {\n    id\n    meetingId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    resolutionId\n    title\n    responsibleUnitIds\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    version\n    createdAt\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      done\n      reportedBy\n      reportedAt\n      files {\n        ...ArchiveFileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingCadenceRow on MeetingCadence {\n    kind\n    everyMonths\n    lastHeldOn\n    nextDueOn\n    overdue\n  }\n"): (typeof documents)["\n  fragment MeetingCadenceRow on MeetingCadence {\n    kind\n    everyMonths\n    lastHeldOn\n    nextDueOn\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCadence {\n    meetingCadence {\n      ...MeetingCadenceRow\n    }\n  }\n"): (typeof documents)["\n  query MeetingCadence {\n    meetingCadence {\n      ...MeetingCadenceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingCadence($input: SetMeetingCadenceInput!) {\n    setMeetingCadence(input: $input) {\n      ...MeetingCadenceRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeetingCadence($input: SetMeetingCadenceInput!) {\n    setMeetingCadence(input: $input) {\n      ...MeetingCadenceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFormFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingForEdit($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFormFields\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFormFields\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingPageFields on Meeting {\n    id\n    title\n    kind\n    status\n    statusReason\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    chair\n    recorder\n    invitedUnits {\n      id\n      name\n    }\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    agenda {\n      id\n      order\n      title\n      presenterUnit {\n        id\n        name\n      }\n      presenter\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      sentBy\n      daysBeforeStart\n      lateReason\n      recipientCount\n    }\n    approvedAt\n    approvedBy\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MeetingPageFields on Meeting {\n    id\n    title\n    kind\n    status\n    statusReason\n    startsAt\n    endsAt\n    place\n    onlineLink\n    convenerUnit {\n      id\n      name\n    }\n    chair\n    recorder\n    invitedUnits {\n      id\n      name\n    }\n    invitedMembers {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n    agenda {\n      id\n      order\n      title\n      presenterUnit {\n        id\n        name\n      }\n      presenter\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      sentBy\n      daysBeforeStart\n      lateReason\n      recipientCount\n    }\n    approvedAt\n    approvedBy\n    allowedActions\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceFields on Attendance {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    invitedMemberId\n    invitedMember {\n      id\n      name\n    }\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    takesPart\n    recordedBy\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AttendanceFields on Attendance {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    invitedMemberId\n    invitedMember {\n      id\n      name\n    }\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    takesPart\n    recordedBy\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      checkInCode\n      checkInOpensAt\n      checkInClosesAt\n      attendance {\n        ...AttendanceFields\n      }\n      memberAttendance {\n        ...AttendanceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      checkInCode\n      checkInOpensAt\n      checkInClosesAt\n      attendance {\n        ...AttendanceFields\n      }\n      memberAttendance {\n        ...AttendanceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesFields on Minutes {\n    agendaItemId\n    text\n    decision\n    files {\n      ...ArchiveFileFields\n    }\n    addenda {\n      text\n      addedBy\n      addedAt\n    }\n    version\n    savedBy\n    savedAt\n    locked\n  }\n"): (typeof documents)["\n  fragment MinutesFields on Minutes {\n    agendaItemId\n    text\n    decision\n    files {\n      ...ArchiveFileFields\n    }\n    addenda {\n      text\n      addedBy\n      addedAt\n    }\n    version\n    savedBy\n    savedAt\n    locked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsensusFields on AgendaConsensus {\n    agendaItemId\n    outcome\n    positions {\n      unitId\n      unit {\n        id\n        name\n      }\n      position\n      view\n      recordedBy\n      recordedAt\n    }\n    missingUnitIds\n  }\n"): (typeof documents)["\n  fragment ConsensusFields on AgendaConsensus {\n    agendaItemId\n    outcome\n    positions {\n      unitId\n      unit {\n        id\n        name\n      }\n      position\n      view\n      recordedBy\n      recordedAt\n    }\n    missingUnitIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOpinions($id: ID!) {\n    meeting(id: $id) {\n      id\n      opinions(first: 100) {\n        edges {\n          node {\n            agendaItemId\n            unitId\n            text\n            submittedBy\n            submittedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingOpinions($id: ID!) {\n    meeting(id: $id) {\n      id\n      opinions(first: 100) {\n        edges {\n          node {\n            agendaItemId\n            unitId\n            text\n            submittedBy\n            submittedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        ...MinutesFields\n      }\n      consensus {\n        ...ConsensusFields\n      }\n      attendance {\n        unitId\n        unit {\n          id\n          name\n        }\n        status\n        takesPart\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        ...MinutesFields\n      }\n      consensus {\n        ...ConsensusFields\n      }\n      attendance {\n        unitId\n        unit {\n          id\n          name\n        }\n        status\n        takesPart\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinutesVersions($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        agendaItemId\n        versions(first: 50) {\n          edges {\n            node {\n              version\n              text\n              decision\n              fileNames\n              changed\n              savedBy\n              savedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MinutesVersions($id: ID!) {\n    meeting(id: $id) {\n      id\n      minutes {\n        agendaItemId\n        versions(first: 50) {\n          edges {\n            node {\n              version\n              text\n              decision\n              fileNames\n              changed\n              savedBy\n              savedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    resolutionId\n    title\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      files {\n        ...ArchiveFileFields\n      }\n      done\n      reportedBy\n      reportedAt\n    }\n    version\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on ActionItem {\n    id\n    resolutionId\n    title\n    responsibleUnits {\n      id\n      name\n    }\n    dueOn\n    doneWhen\n    status\n    overdue\n    reports {\n      unitId\n      unit {\n        id\n        name\n      }\n      text\n      files {\n        ...ArchiveFileFields\n      }\n      done\n      reportedBy\n      reportedAt\n    }\n    version\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingResolutions($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n        agendaItemId\n        number\n        title\n        text\n        reservedViews {\n          unitId\n          unit {\n            id\n            name\n          }\n          view\n        }\n        adoptedAt\n        publication {\n          ...PublicationFields\n        }\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingResolutions($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n        agendaItemId\n        number\n        title\n        text\n        reservedViews {\n          unitId\n          unit {\n            id\n            name\n          }\n          view\n        }\n        adoptedAt\n        publication {\n          ...PublicationFields\n        }\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingResolutionIds($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingResolutionIds($id: ID!) {\n    meeting(id: $id) {\n      id\n      resolutions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviousActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      previousActionItems {\n        ...ActionItemFields\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviousActionItems($id: ID!) {\n    meeting(id: $id) {\n      id\n      previousActionItems {\n        ...ActionItemFields\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingList($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MeetingRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingList($first: Int!, $after: String, $filter: MeetingFilter) {\n    meetings(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MeetingRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($meetingId: ID!, $code: String!) {\n    checkIn(meetingId: $meetingId, code: $code) {\n      ...NoticeAttendance\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($meetingId: ID!, $code: String!) {\n    checkIn(meetingId: $meetingId, code: $code) {\n      ...NoticeAttendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      ...NoticeAttendance\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      ...NoticeAttendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      agendaItemId\n      unitId\n      text\n      submittedBy\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      agendaItemId\n      unitId\n      text\n      submittedBy\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnSolicitation on AgendaSolicitation {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    question\n    closesAt\n    state\n    replies {\n      unitId\n      opinion\n      repliedAt\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OwnSolicitation on AgendaSolicitation {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    question\n    closesAt\n    state\n    replies {\n      unitId\n      opinion\n      repliedAt\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySolicitations {\n    viewer {\n      userId\n      agendaSolicitations {\n        ...OwnSolicitation\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySolicitations {\n    viewer {\n      userId\n      agendaSolicitations {\n        ...OwnSolicitation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToAgendaSolicitation($input: ReplyToAgendaSolicitationInput!) {\n    replyToAgendaSolicitation(input: $input) {\n      ...OwnSolicitation\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToAgendaSolicitation($input: ReplyToAgendaSolicitationInput!) {\n    replyToAgendaSolicitation(input: $input) {\n      ...OwnSolicitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeAttendance on Attendance {\n    unitId\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    version\n  }\n"): (typeof documents)["\n  fragment NoticeAttendance on Attendance {\n    unitId\n    status\n    source\n    attendee\n    leaveReason\n    delegate\n    checkedInAt\n    late\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    notice {\n      sentAt\n      lateReason\n    }\n    attendance {\n      ...NoticeAttendance\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeRow on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineLink\n    notice {\n      sentAt\n      lateReason\n    }\n    attendance {\n      ...NoticeAttendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeFields on Meeting {\n    ...NoticeRow\n    chair\n    statusReason\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n      order\n      title\n      presenter\n      presenterUnit {\n        id\n        name\n      }\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      daysBeforeStart\n      lateReason\n    }\n    checkInOpensAt\n    checkInClosesAt\n    ownReceipt {\n      meetingId\n      unitId\n      acknowledged\n      acknowledgedAt\n      acknowledgedBy\n      onBehalf\n    }\n    opinions(first: $opinions) {\n      edges {\n        node {\n          agendaItemId\n          unitId\n          text\n          submittedBy\n          submittedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeFields on Meeting {\n    ...NoticeRow\n    chair\n    statusReason\n    convenerUnit {\n      id\n      name\n    }\n    agenda {\n      id\n      order\n      title\n      presenter\n      presenterUnit {\n        id\n        name\n      }\n      plannedMinutes\n      materials {\n        ...ArchiveFileFields\n      }\n    }\n    notice {\n      sentAt\n      daysBeforeStart\n      lateReason\n    }\n    checkInOpensAt\n    checkInClosesAt\n    ownReceipt {\n      meetingId\n      unitId\n      acknowledged\n      acknowledgedAt\n      acknowledgedBy\n      onBehalf\n    }\n    opinions(first: $opinions) {\n      edges {\n        node {\n          agendaItemId\n          unitId\n          text\n          submittedBy\n          submittedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotice($first: Int!, $from: DateTime, $opinions: Int!) {\n    viewer {\n      userId\n      meetingNotices(first: $first, from: $from) {\n        edges {\n          node {\n            ...NoticeFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotice($first: Int!, $from: DateTime, $opinions: Int!) {\n    viewer {\n      userId\n      meetingNotices(first: $first, from: $from) {\n        edges {\n          node {\n            ...NoticeFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices($first: Int!, $after: String, $from: DateTime) {\n    viewer {\n      userId\n      meetingNotices(first: $first, after: $after, from: $from) {\n        edges {\n          cursor\n          node {\n            ...NoticeRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotices($first: Int!, $after: String, $from: DateTime) {\n    viewer {\n      userId\n      meetingNotices(first: $first, after: $after, from: $from) {\n        edges {\n          cursor\n          node {\n            ...NoticeRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMinutesAddendum($input: AddMinutesAddendumInput!) {\n    addMinutesAddendum(input: $input) {\n      ...MinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMinutesAddendum($input: AddMinutesAddendumInput!) {\n    addMinutesAddendum(input: $input) {\n      ...MinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($meetingId: ID!, $version: Int!, $itemId: ID!) {\n    removeAgendaItem(meetingId: $meetingId, version: $version, itemId: $itemId) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($meetingId: ID!, $version: Int!, $itemId: ID!) {\n    removeAgendaItem(meetingId: $meetingId, version: $version, itemId: $itemId) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgendaMaterials($input: SetAgendaMaterialsInput!) {\n    setAgendaMaterials(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAgendaMaterials($input: SetAgendaMaterialsInput!) {\n    setAgendaMaterials(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMinutes($meetingId: ID!, $version: Int!) {\n    approveMinutes(meetingId: $meetingId, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMinutes($meetingId: ID!, $version: Int!) {\n    approveMinutes(meetingId: $meetingId, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveMeeting($input: ArchiveMeetingInput!) {\n    archiveMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveMeeting($input: ArchiveMeetingInput!) {\n    archiveMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingArchivedDocuments($id: ID!) {\n    meeting(id: $id) {\n      id\n      archivedDocuments {\n        id\n        title\n        year\n        current {\n          file {\n            name\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingArchivedDocuments($id: ID!) {\n    meeting(id: $id) {\n      id\n      archivedDocuments {\n        id\n        title\n        year\n        current {\n          file {\n            name\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: ChangeMeetingStatusInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: ChangeMeetingStatusInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMeetingHeld($id: ID!, $version: Int!) {\n    markMeetingHeld(id: $id, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkMeetingHeld($id: ID!, $version: Int!) {\n    markMeetingHeld(id: $id, version: $version) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsensusForAll($meetingId: ID!, $agendaItemId: ID!) {\n    recordConsensusForAll(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...ConsensusFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsensusForAll($meetingId: ID!, $agendaItemId: ID!) {\n    recordConsensusForAll(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      ...ConsensusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingDocument($meetingId: ID!, $kind: MeetingDocumentKind!) {\n    meetingDocument(meetingId: $meetingId, kind: $kind) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingDocument($meetingId: ID!, $kind: MeetingDocumentKind!) {\n    meetingDocument(meetingId: $meetingId, kind: $kind) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOutbox($meetingId: ID!, $first: Int, $after: String) {\n    meetingOutbox(meetingId: $meetingId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          notificationId\n          reminderLabel\n          recipientKind\n          recipientId\n          unit { id name }\n          member { id name }\n          channel\n          dueAt\n          sentAt\n          readAt\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query MeetingOutbox($meetingId: ID!, $first: Int, $after: String) {\n    meetingOutbox(meetingId: $meetingId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          notificationId\n          reminderLabel\n          recipientKind\n          recipientId\n          unit { id name }\n          member { id name }\n          channel\n          dueAt\n          sentAt\n          readAt\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchDueReminders {\n    dispatchDueReminders { meetings reminders entries complete }\n  }\n"): (typeof documents)["\n  mutation DispatchDueReminders {\n    dispatchDueReminders { meetings reminders entries complete }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsensus($input: RecordConsensusInput!) {\n    recordConsensus(input: $input) {\n      ...ConsensusFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsensus($input: RecordConsensusInput!) {\n    recordConsensus(input: $input) {\n      ...ConsensusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostponeMeeting($input: PostponeMeetingInput!) {\n    postponeMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostponeMeeting($input: PostponeMeetingInput!) {\n    postponeMeeting(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingReceipts($id: ID!) {\n    meeting(id: $id) {\n      id\n      receiptSummary {\n        expected\n        acknowledged\n        pending\n      }\n      receipts {\n        ...ReceiptFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingReceipts($id: ID!) {\n    meeting(id: $id) {\n      id\n      receiptSummary {\n        expected\n        acknowledged\n        pending\n      }\n      receipts {\n        ...ReceiptFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReceiptFields on ResolutionReceipt {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    acknowledged\n    acknowledgedAt\n    acknowledgedBy\n    onBehalf\n    note\n  }\n"): (typeof documents)["\n  fragment ReceiptFields on ResolutionReceipt {\n    meetingId\n    unitId\n    unit {\n      id\n      name\n    }\n    acknowledged\n    acknowledgedAt\n    acknowledgedBy\n    onBehalf\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeResolutions($input: AcknowledgeResolutionsInput!) {\n    acknowledgeResolutions(input: $input) {\n      ...ReceiptFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeResolutions($input: AcknowledgeResolutionsInput!) {\n    acknowledgeResolutions(input: $input) {\n      ...ReceiptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...AttendanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...AttendanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMeetingNotice($input: SendMeetingNoticeInput!) {\n    sendMeetingNotice(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMeetingNotice($input: SendMeetingNoticeInput!) {\n    sendMeetingNotice(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolicitationFields on AgendaSolicitation {\n    meetingId\n    question\n    closesAt\n    state\n    askedUnits {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    repliedCount\n    pendingCount\n    openedBy\n    replies {\n      unitId\n      unit {\n        id\n        name\n      }\n      opinion\n      repliedAt\n      repliedBy\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SolicitationFields on AgendaSolicitation {\n    meetingId\n    question\n    closesAt\n    state\n    askedUnits {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    repliedCount\n    pendingCount\n    openedBy\n    replies {\n      unitId\n      unit {\n        id\n        name\n      }\n      opinion\n      repliedAt\n      repliedBy\n      version\n      proposals {\n        index\n        title\n        description\n        presenter\n        adopted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSolicitation($id: ID!) {\n    meeting(id: $id) {\n      id\n      agendaSolicitation {\n        ...SolicitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingSolicitation($id: ID!) {\n    meeting(id: $id) {\n      id\n      agendaSolicitation {\n        ...SolicitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAgendaSolicitation($input: OpenAgendaSolicitationInput!) {\n    openAgendaSolicitation(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenAgendaSolicitation($input: OpenAgendaSolicitationInput!) {\n    openAgendaSolicitation(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAgendaSolicitation($meetingId: ID!) {\n    closeAgendaSolicitation(meetingId: $meetingId) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAgendaSolicitation($meetingId: ID!) {\n    closeAgendaSolicitation(meetingId: $meetingId) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptAgendaProposal($input: AdoptAgendaProposalInput!) {\n    adoptAgendaProposal(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptAgendaProposal($input: AdoptAgendaProposalInput!) {\n    adoptAgendaProposal(input: $input) {\n      ...MeetingPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordMemberOptions($first: Int!, $filter: MemberFilter) {\n    members(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationGradeFields on EvaluationGrade {\n    memberId\n    year\n    grade\n    comment\n    reason\n    gradedAt\n    gradedBy\n    version\n  }\n"): (typeof documents)["\n  fragment EvaluationGradeFields on EvaluationGrade {\n    memberId\n    year\n    grade\n    comment\n    reason\n    gradedAt\n    gradedBy\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationRowFields on EvaluationRow {\n    member {\n      id\n      name\n      category\n      status\n    }\n    grade {\n      ...EvaluationGradeFields\n    }\n    communityReport {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n    serviceHours\n    postsHeld\n    maxGrade\n    capReason\n  }\n"): (typeof documents)["\n  fragment EvaluationRowFields on EvaluationRow {\n    member {\n      id\n      name\n      category\n      status\n    }\n    grade {\n      ...EvaluationGradeFields\n    }\n    communityReport {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n    serviceHours\n    postsHeld\n    maxGrade\n    capReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEvaluationGrade($input: SetEvaluationGradeInput!) {\n    setEvaluationGrade(input: $input) {\n      ...EvaluationGradeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetEvaluationGrade($input: SetEvaluationGradeInput!) {\n    setEvaluationGrade(input: $input) {\n      ...EvaluationGradeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationGrid($unitId: ID!, $year: Int!, $first: Int!, $after: String) {\n    evaluationGrid(unitId: $unitId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvaluationRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationGrid($unitId: ID!, $year: Int!, $first: Int!, $after: String) {\n    evaluationGrid(unitId: $unitId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvaluationRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitEvaluation($unitId: ID!, $year: Int!) {\n    unitEvaluation(unitId: $unitId, year: $year) {\n      unitId\n      year\n      members\n      graded\n      byGrade {\n        grade\n        count\n      }\n      excellentShare\n    }\n  }\n"): (typeof documents)["\n  query UnitEvaluation($unitId: ID!, $year: Int!) {\n    unitEvaluation(unitId: $unitId, year: $year) {\n      unitId\n      year\n      members\n      graded\n      byGrade {\n        grade\n        count\n      }\n      excellentShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustMemberPoints($input: AdjustMemberPointsInput!) {\n    adjustMemberPoints(input: $input) {\n      id\n      kind\n      points\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustMemberPoints($input: AdjustMemberPointsInput!) {\n    adjustMemberPoints(input: $input) {\n      id\n      kind\n      points\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPoints($memberId: ID!, $year: Int!) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      member {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      points\n      stars\n      nextStarAt\n      serviceHours\n      volunteerStars\n      trainingHours\n      trainingRequired\n      postMonths\n      meetingsAttended\n    }\n  }\n"): (typeof documents)["\n  query MemberPoints($memberId: ID!, $year: Int!) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      member {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      points\n      stars\n      nextStarAt\n      serviceHours\n      volunteerStars\n      trainingHours\n      trainingRequired\n      postMonths\n      meetingsAttended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    correcting\n    sourceId\n    basis\n    points\n    reason\n    rulesVersion\n    createdAt\n    createdBy\n  }\n"): (typeof documents)["\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    correcting\n    sourceId\n    basis\n    points\n    reason\n    rulesVersion\n    createdAt\n    createdBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPointsEntries($memberId: ID!, $year: Int!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointsEntryRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPointsEntries($memberId: ID!, $year: Int!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId, year: $year) {\n      memberId\n      year\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointsEntryRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngagementRulesFields on EngagementRules {\n    year\n    pointsPerServiceHour\n    pointsPerMeeting\n    pointsPerPostMonth\n    pointsPerTrainingHour\n    starPoints\n    volunteerStarHours\n    capGradeWithoutReport\n    version\n    updatedAt\n    updatedBy\n  }\n"): (typeof documents)["\n  fragment EngagementRulesFields on EngagementRules {\n    year\n    pointsPerServiceHour\n    pointsPerMeeting\n    pointsPerPostMonth\n    pointsPerTrainingHour\n    starPoints\n    volunteerStarHours\n    capGradeWithoutReport\n    version\n    updatedAt\n    updatedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementRules($year: Int!) {\n    engagementRules(year: $year) {\n      ...EngagementRulesFields\n    }\n  }\n"): (typeof documents)["\n  query EngagementRules($year: Int!) {\n    engagementRules(year: $year) {\n      ...EngagementRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEngagementRules($input: SetEngagementRulesInput!) {\n    setEngagementRules(input: $input) {\n      ...EngagementRulesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetEngagementRules($input: SetEngagementRulesInput!) {\n    setEngagementRules(input: $input) {\n      ...EngagementRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputePoints($year: Int!, $after: String) {\n    recomputePoints(year: $year, after: $after) {\n      year\n      rulesVersion\n      processed\n      corrected\n      done\n      after\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputePoints($year: Int!, $after: String) {\n    recomputePoints(year: $year, after: $after) {\n      year\n      rulesVersion\n      processed\n      corrected\n      done\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmServiceHours($input: ConfirmServiceHoursInput!) {\n    confirmServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmServiceHours($input: ConfirmServiceHoursInput!) {\n    confirmServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogServiceHours($input: LogServiceHoursInput!) {\n    logServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n"): (typeof documents)["\n  mutation LogServiceHours($input: LogServiceHoursInput!) {\n    logServiceHours(input: $input) {\n      ...ServiceRecordRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPostOptions($communityUnitId: ID!) {\n    posts(communityUnitId: $communityUnitId, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityPostOptions($communityUnitId: ID!) {\n    posts(communityUnitId: $communityUnitId, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRecordRow on ServiceRecord {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    communityUnitId\n    community {\n      id\n      name\n    }\n    servedOn\n    year\n    hours\n    description\n    place\n    post {\n      id\n      title\n    }\n    status\n    filedAt\n    decidedAt\n    declineReason\n    version\n  }\n"): (typeof documents)["\n  fragment ServiceRecordRow on ServiceRecord {\n    id\n    memberId\n    memberName\n    memberUnit {\n      id\n      name\n    }\n    communityUnitId\n    community {\n      id\n      name\n    }\n    servedOn\n    year\n    hours\n    description\n    place\n    post {\n      id\n      title\n    }\n    status\n    filedAt\n    decidedAt\n    declineReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRecordList($first: Int!, $after: String, $filter: ServiceRecordFilter!) {\n    serviceRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ServiceRecordRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRecordList($first: Int!, $after: String, $filter: ServiceRecordFilter!) {\n    serviceRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ServiceRecordRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportTrainingStatus($unitId: ID!, $year: Int!, $onlyShort: Boolean) {\n    exportTrainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ExportTrainingStatus($unitId: ID!, $year: Int!, $onlyShort: Boolean) {\n    exportTrainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogTraining($input: LogTrainingInput!) {\n    logTraining(input: $input) {\n      id\n      memberId\n      memberName\n      year\n      hours\n      topic\n    }\n  }\n"): (typeof documents)["\n  mutation LogTraining($input: LogTrainingInput!) {\n    logTraining(input: $input) {\n      id\n      memberId\n      memberName\n      year\n      hours\n      topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingStatusRow on TrainingStatus {\n    member {\n      id\n      name\n      roles\n    }\n    year\n    hours\n    required\n    shortBy\n  }\n"): (typeof documents)["\n  fragment TrainingStatusRow on TrainingStatus {\n    member {\n      id\n      name\n      roles\n    }\n    year\n    hours\n    required\n    shortBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingStatusList($unitId: ID!, $year: Int!, $onlyShort: Boolean, $first: Int!, $after: String) {\n    trainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingStatusRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingStatusList($unitId: ID!, $year: Int!, $onlyShort: Boolean, $first: Int!, $after: String) {\n    trainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingStatusRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMembers($filter: MemberFilter, $sheetPerUnit: Boolean) {\n    exportMembers(filter: $filter, sheetPerUnit: $sheetPerUnit) {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMembers($filter: MemberFilter, $sheetPerUnit: Boolean) {\n    exportMembers(filter: $filter, sheetPerUnit: $sheetPerUnit) {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFormFields on Member {\n    id\n    name\n    gender\n    birthDate\n    idNumber\n    phone\n    status\n    joinedOn\n    category\n    unitId\n    unit {\n      id\n      name\n    }\n    communityId\n    community {\n      id\n      name\n    }\n    roles\n    note\n    departure {\n      on\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment MemberFormFields on Member {\n    id\n    name\n    gender\n    birthDate\n    idNumber\n    phone\n    status\n    joinedOn\n    category\n    unitId\n    unit {\n      id\n      name\n    }\n    communityId\n    community {\n      id\n      name\n    }\n    roles\n    note\n    departure {\n      on\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Member {\n    id\n    name\n    gender\n    idNumber\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    category\n    status\n    joinedOn\n    roles\n  }\n"): (typeof documents)["\n  fragment MemberRow on Member {\n    id\n    name\n    gender\n    idNumber\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    category\n    status\n    joinedOn\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberForEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberFormFields\n    }\n  }\n"): (typeof documents)["\n  query MemberForEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFormFields\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFormFields\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentMemberImports {\n    memberImports(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          toImport\n          processed\n          createdBy\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentMemberImports {\n    memberImports(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          toImport\n          processed\n          createdBy\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberImportFields on MemberImport {\n    id\n    fileName\n    status\n    headerRowNumber\n    columns {\n      index\n      header\n      field\n    }\n    problems\n    summary {\n      totalRows\n      valid\n      withErrors\n      skippedBlank\n      alreadyOnRoster\n    }\n    errors {\n      rowNumber\n      column\n      field\n      message\n    }\n    errorCount\n    toImport\n    processed\n    created\n    skipped\n    failures {\n      rowNumber\n      column\n      field\n      message\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MemberImportFields on MemberImport {\n    id\n    fileName\n    status\n    headerRowNumber\n    columns {\n      index\n      header\n      field\n    }\n    problems\n    summary {\n      totalRows\n      valid\n      withErrors\n      skippedBlank\n      alreadyOnRoster\n    }\n    errors {\n      rowNumber\n      column\n      field\n      message\n    }\n    errorCount\n    toImport\n    processed\n    created\n    skipped\n    failures {\n      rowNumber\n      column\n      field\n      message\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n"): (typeof documents)["\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewMemberImport($input: PreviewMemberImportInput!) {\n    previewMemberImport(input: $input) {\n      ...MemberImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewMemberImport($input: PreviewMemberImportInput!) {\n    previewMemberImport(input: $input) {\n      ...MemberImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContinueMemberImport($id: ID!) {\n    continueMemberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContinueMemberImport($id: ID!) {\n    continueMemberImport(id: $id) {\n      ...MemberImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberImportTemplate {\n    memberImportTemplate {\n      name\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  query MemberImportTemplate {\n    memberImportTemplate {\n      name\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberList($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberList($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      status\n      joinedOn\n      category\n      unitId\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      roles\n      note\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      gender\n      birthDate\n      idNumber\n      phone\n      status\n      joinedOn\n      category\n      unitId\n      unit {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      roles\n      note\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealMemberIdNumber($id: ID!) {\n    revealMemberIdNumber(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevealMemberIdNumber($id: ID!) {\n    revealMemberIdNumber(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      unit {\n        id\n        memberCount\n        fullMemberCount\n      }\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      unitId\n      unit {\n        id\n        name\n        memberCount\n        fullMemberCount\n      }\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      unitId\n      unit {\n        id\n        name\n        memberCount\n        fullMemberCount\n      }\n      departure {\n        on\n        reason\n        destination\n        note\n      }\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberTransferRow on MemberTransfer {\n    id\n    transferredOn\n    fromUnitId\n    fromUnitName\n    fromUnit {\n      id\n      name\n    }\n    toUnitId\n    toUnitName\n    toUnit {\n      id\n      name\n    }\n    destination\n    letterNumber\n    note\n    recordedBy\n    recordedAt\n  }\n"): (typeof documents)["\n  fragment MemberTransferRow on MemberTransfer {\n    id\n    transferredOn\n    fromUnitId\n    fromUnitName\n    fromUnit {\n      id\n      name\n    }\n    toUnitId\n    toUnitName\n    toUnit {\n      id\n      name\n    }\n    destination\n    letterNumber\n    note\n    recordedBy\n    recordedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberTransfers($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      transfers(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MemberTransferRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberTransfers($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      transfers(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...MemberTransferRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {\n    registerPartnerClient(input: $input) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerClientRow on PartnerClient {\n    clientId\n    regionId\n    name\n    scopes\n    state\n    createdAt\n    createdBy\n    secretRotatedAt\n    revokedAt\n    version\n  }\n"): (typeof documents)["\n  fragment PartnerClientRow on PartnerClient {\n    clientId\n    regionId\n    name\n    scopes\n    state\n    createdAt\n    createdBy\n    secretRotatedAt\n    revokedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerClientRegions {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerClientRegions {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerClients($regionId: ID!, $first: Int!, $after: String) {\n    partnerClients(regionId: $regionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerClientRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerClients($regionId: ID!, $first: Int!, $after: String) {\n    partnerClients(regionId: $regionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerClientRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotatePartnerClientSecret($clientId: ID!, $version: Int) {\n    rotatePartnerClientSecret(clientId: $clientId, version: $version) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotatePartnerClientSecret($clientId: ID!, $version: Int) {\n    rotatePartnerClientSecret(clientId: $clientId, version: $version) {\n      clientSecret\n      client {\n        ...PartnerClientRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerClient($clientId: ID!, $version: Int) {\n    revokePartnerClient(clientId: $clientId, version: $version) {\n      ...PartnerClientRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePartnerClient($clientId: ID!, $version: Int) {\n    revokePartnerClient(clientId: $clientId, version: $version) {\n      ...PartnerClientRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointRegionAdmin($input: AppointRegionAdminInput!) {\n    appointRegionAdmin(input: $input) {\n      account {\n        username\n        name\n        role\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AppointRegionAdmin($input: AppointRegionAdminInput!) {\n    appointRegionAdmin(input: $input) {\n      account {\n        username\n        name\n        role\n      }\n      temporaryPassword\n      temporaryPasswordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendRegion($input: SuspendRegionInput!) {\n    suspendRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendRegion($input: SuspendRegionInput!) {\n    suspendRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateRegion($input: RegionChangeInput!) {\n    reinstateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateRegion($input: RegionChangeInput!) {\n    reinstateRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActInRegion($input: ActInRegionInput!) {\n    actInRegion(input: $input) {\n      regionId\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation ActInRegion($input: ActInRegionInput!) {\n    actInRegion(input: $input) {\n      regionId\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      ...RegionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionRow on Region {\n    id\n    name\n    level\n    slug\n    superiorOrganization\n    unitCount\n    memberCount\n    accountCount\n    lastActivityAt\n    adminCount\n    admins {\n      username\n      name\n      phone\n      role\n      state\n      temporaryPasswordSetAt\n      version\n    }\n    state\n    suspendedAt\n    suspendedReason\n    version\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RegionRow on Region {\n    id\n    name\n    level\n    slug\n    superiorOrganization\n    unitCount\n    memberCount\n    accountCount\n    lastActivityAt\n    adminCount\n    admins {\n      username\n      name\n      phone\n      role\n      state\n      temporaryPasswordSetAt\n      version\n    }\n    state\n    suspendedAt\n    suspendedReason\n    version\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionList($first: Int!, $after: String) {\n    regions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RegionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionList($first: Int!, $after: String) {\n    regions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RegionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitPersonFields on UnitPerson {\n    name\n    title\n    phone\n  }\n"): (typeof documents)["\n  fragment UnitPersonFields on UnitPerson {\n    name\n    title\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFormFields on Unit {\n    id\n    name\n    shortName\n    hostKind\n    level\n    allianceRole\n    parentId\n    parent {\n      id\n      name\n    }\n    address\n    grid\n    leader {\n      ...UnitPersonFields\n    }\n    representative {\n      ...UnitPersonFields\n    }\n    liaison {\n      ...UnitPersonFields\n    }\n    partTimeCommitteeMember {\n      ...UnitPersonFields\n    }\n    lockedFields\n    version\n  }\n"): (typeof documents)["\n  fragment UnitFormFields on Unit {\n    id\n    name\n    shortName\n    hostKind\n    level\n    allianceRole\n    parentId\n    parent {\n      id\n      name\n    }\n    address\n    grid\n    leader {\n      ...UnitPersonFields\n    }\n    representative {\n      ...UnitPersonFields\n    }\n    liaison {\n      ...UnitPersonFields\n    }\n    partTimeCommitteeMember {\n      ...UnitPersonFields\n    }\n    lockedFields\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRow on Unit {\n    id\n    name\n    hostKind\n    level\n    allianceRole\n    status\n    childCount\n    needsPairing\n    activePairingCount\n    levelCheck {\n      fits\n      verdict\n      expectedLevel\n    }\n  }\n"): (typeof documents)["\n  fragment UnitRow on Unit {\n    id\n    name\n    hostKind\n    level\n    allianceRole\n    status\n    childCount\n    needsPairing\n    activePairingCount\n    levelCheck {\n      fits\n      verdict\n      expectedLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitForEdit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFormFields\n    }\n  }\n"): (typeof documents)["\n  query UnitForEdit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitList($first: Int!, $after: String, $filter: UnitFilter) {\n    viewer {\n      region {\n        id\n        unitCount\n      }\n    }\n    units(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitList($first: Int!, $after: String, $filter: UnitFilter) {\n    viewer {\n      region {\n        id\n        unitCount\n      }\n    }\n    units(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      shortName\n      hostKind\n      level\n      allianceRole\n      status\n      address\n      grid\n      parent {\n        id\n        name\n      }\n      childCount\n      leader {\n        ...UnitPersonFields\n      }\n      representative {\n        ...UnitPersonFields\n      }\n      liaison {\n        ...UnitPersonFields\n      }\n      partTimeCommitteeMember {\n        ...UnitPersonFields\n      }\n      memberCount\n      fullMemberCount\n      levelCheck {\n        fits\n        verdict\n        expectedLevel\n      }\n      registration {\n        ...UnitRegistration\n      }\n      activePairingCount\n      needsPairing\n      version\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      shortName\n      hostKind\n      level\n      allianceRole\n      status\n      address\n      grid\n      parent {\n        id\n        name\n      }\n      childCount\n      leader {\n        ...UnitPersonFields\n      }\n      representative {\n        ...UnitPersonFields\n      }\n      liaison {\n        ...UnitPersonFields\n      }\n      partTimeCommitteeMember {\n        ...UnitPersonFields\n      }\n      memberCount\n      fullMemberCount\n      levelCheck {\n        fits\n        verdict\n        expectedLevel\n      }\n      registration {\n        ...UnitRegistration\n      }\n      activePairingCount\n      needsPairing\n      version\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...UnitRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...UnitRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairingRow on Pairing {\n    id\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    startsOn\n    endsOn\n    content\n    agreement {\n      ...ArchiveFileFields\n    }\n    status\n    expired\n    endedOn\n    endReason\n    version\n  }\n"): (typeof documents)["\n  fragment PairingRow on Pairing {\n    id\n    unit {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    startsOn\n    endsOn\n    content\n    agreement {\n      ...ArchiveFileFields\n    }\n    status\n    expired\n    endedOn\n    endReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPairings($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      pairings(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PairingRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPairings($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      pairings(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PairingRow\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndPairing($input: EndPairingInput!) {\n    endPairing(input: $input) {\n      ...PairingRow\n      unit {\n        id\n        activePairingCount\n        needsPairing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRegistration on Registration {\n    registeredOn\n    note\n    community {\n      id\n      name\n    }\n    form {\n      ...ArchiveFileFields\n    }\n  }\n"): (typeof documents)["\n  fragment UnitRegistration on Registration {\n    registeredOn\n    note\n    community {\n      id\n      name\n    }\n    form {\n      ...ArchiveFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      status\n      version\n      registration {\n        ...UnitRegistration\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      status\n      version\n      registration {\n        ...UnitRegistration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUnitStatus($input: ChangeUnitStatusInput!) {\n    changeUnitStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUnitStatus($input: ChangeUnitStatusInput!) {\n    changeUnitStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteUnit($id: ID!, $version: Int!) {\n    deleteUnit(id: $id, version: $version) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreeUnit on Unit {\n    id\n    name\n    level\n    status\n    childCount\n  }\n"): (typeof documents)["\n  fragment TreeUnit on Unit {\n    id\n    name\n    level\n    status\n    childCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreeRoots($first: Int!, $after: String) {\n    units(first: $first, after: $after, filter: { rootsOnly: true }) {\n      edges {\n        node {\n          ...TreeUnit\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TreeRoots($first: Int!, $after: String) {\n    units(first: $first, after: $after, filter: { rootsOnly: true }) {\n      edges {\n        node {\n          ...TreeUnit\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreeChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          node {\n            ...TreeUnit\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TreeChildren($id: ID!, $first: Int!, $after: String) {\n    unit(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          node {\n            ...TreeUnit\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;