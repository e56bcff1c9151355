/// Every piece of fixed report wording. The words themselves live in ``ReportStrings`` (one
/// table per language), never scattered through the renderers; a test checks that both tables
/// have every key.
public enum ReportKey: String, CaseIterable, Sendable {
    case dryRunBanner, title, asOf, timeZone, windowNote
    case actionDissolve, actionMerge, actionReview, actionKeep
    case verdictZombie, verdictTaskEnded, verdictDuplicate, verdictOverlapping, verdictCheckInOnly, verdictProtected, verdictTooNew
    case reasonMergeInto, reasonAbsorbs, reasonProtectedDormant, reasonProtectedActive, reasonProtectedCheckInOnly, reasonMergeBurden, reasonPlanBurden, reasonTooNew, reasonNoVerdict
    case reasonConflicting, reasonBorderline, reasonMegaGroup, reasonNoDirectSurvivor, reasonPartnersDissolved
    case reasonGracePeriod, reasonRebound, ledgerCertified, ledgerCertificationExpired, ledgerRejectionStands
    case ledgerRejectionReopened, ledgerCarriedOut, ledgerNotCarriedOut
    case sectionTrend, trendNote, chartGroupsOverTime, chartBurdenOverTime, chartProposalsOverTime
    case columnRun, columnDay, columnGroupsAfterPlan, columnDone, columnOpen
    case sectionSummary, sectionCharts, sectionPlan, sectionMerges, sectionBurdened, sectionEvidence, sectionAbout
    case summaryGroups, summaryActions, summaryGroupsPerMember, summaryMessagesPerWeek, summaryCrossPosts, summaryCheckIns, summaryCheckInDemands
    case summaryMembers, summaryMedian, summaryP90, summaryMax, summaryMean, summaryBefore, summaryAfter, summaryMeasure
    case chartGroupsPerMember, chartGroupsPerMemberAxis, chartVerdicts, chartBusiestHours, chartHourAxis, chartActivity
    case columnGroup, columnName, columnOwnerUnit, columnMembers, columnVerdicts, columnAction, columnMergeInto, columnReasons
    case columnPerson, columnUnit, columnGroupsBefore, columnGroupsAfter, columnReadBefore, columnReadAfter
    case columnSurvivor, columnMerged, columnMergedMembers, columnExpectedPerDay, columnSummedPerDay, columnCollapsed, columnWarning
    case columnMessagesPerDay, columnLastSubstantive, columnMembersAffected, columnActivity, columnPlatform
    case columnAddedPerWeek, columnRemovedPerWeek, columnMembershipsRemoved, columnMaxAddedPerPerson
    case burdenWarning, planBurdenWarning, megaWarning, none, never, noGroups, aboutText
}
