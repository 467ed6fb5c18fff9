using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// The reason codes and sentences of the allocation (G3, G8, G10, G11, G16); the rules choose which apply.
internal static class AllocationReasons
{
    /// Every reason code the allocation rules emit, besides the G10 standing codes of <see cref="MembershipReasons"/>.
    internal static class Codes
    {
        internal const string ProjectNotRunnable = "G16.project-not-runnable";
        internal const string NoPreparationCommitment = "G8.no-preparation-commitment";
        internal const string NoAgreement = "G3.no-agreement";
        internal const string BlockedParticipant = "G3.blocked-participant";
        internal const string Oversubscribed = "G16.oversubscribed";
        internal const string NoCompetitionRules = "G16.no-competition-rules";
        internal const string RulesNotAgreed = "G16.rules-not-agreed";
        internal const string ProjectNotAllocated = "G16.project-not-allocated";
        internal const string Places = "G16.places";
        internal const string Key = "G8.key";
        internal const string Cutoff = "G16.cutoff";
        internal const string Admitted = "G16.admitted";
        internal const string NotReached = "G16.not-reached";
        internal const string NoPlaces = "G16.no-places";
        internal const string BelowCutoff = "G16.below-cutoff";
    }

    /// An interest in a project that is not runnable (G16).
    internal static Reason InterestInProjectNotRunnable(InterestFact interest)
        => new(
            Codes.ProjectNotRunnable,
            $"Project {interest.Project.Places.Initiative} is not runnable as of {Text.Date(interest.Standing.AsOf)} (see its G9–G11 decisions), so it allocates no places.");

    /// A project that is not runnable (G11, G16).
    internal static Reason ProjectNotRunnable(ProjectFact project)
        => new(
            Codes.ProjectNotRunnable,
            $"Project {project.Places.Initiative} is not runnable (see the decisions on initiative {project.Places.Initiative}), so its places are not allocated.");

    /// An interest whose member is not an active member (G10).
    internal static Reason NotActiveMember(InterestFact interest)
    {
        var member = interest.Standing.Organization;
        return new(
            MembershipReasons.NotActiveCode(interest.Standing),
            $"{member.Name} ({member.Id}) {interest.Standing.Describe()} (as of {Text.Date(interest.Standing.AsOf)}); only active members take part.");
    }

    /// G8: the project requires a preparation-phase commitment the member did not make.
    internal static Reason NoPreparationCommitment(InterestFact interest)
        => new(
            Codes.NoPreparationCommitment,
            $"Project {interest.Project.Places.Initiative} requires resources committed in the preparation phase, and {interest.Standing.Organization.Id} committed none there.");

    /// G3: the member has not signed the confidential project's agreement.
    internal static Reason NoAgreement(InterestFact interest)
        => new(
            Codes.NoAgreement,
            $"Project {interest.Project.Places.Initiative} is confidential and {interest.Standing.Organization.Id} has not signed its confidentiality agreement; it must sign before it is involved.");

    /// G3: the member participates and is blocked for signing after its involvement started.
    internal static Reason BlockedParticipant(InterestFact interest)
        => new(
            Codes.BlockedParticipant,
            $"{interest.Standing.Organization.Id} already participates in {interest.Project.Places.Initiative} and is blocked under G3: it signed the confidentiality agreement after its involvement started.");

    /// G16 (c): more eligible interests than places.
    internal static Reason Oversubscribed(ProjectDemand demand)
    {
        var places = demand.Project.Places;
        return new(
            Codes.Oversubscribed,
            Text.Inv($"Project {places.Initiative} has {demand.Eligible.Length} eligible interests for {Text.Count(places.Places, "place", "places")}, so an internal competition must decide."));
    }

    /// G16 (c): the project has no competition rules at all.
    internal static Reason NoCompetitionRules(ProjectPlaces places)
        => new(Codes.NoCompetitionRules, $"Project {places.Initiative} has no competition rules; its potential participants must agree on them first.");

    /// G16 (c): the members (ids) that did not agree to the rules before the freeze.
    internal static Reason RulesNotAgreed(CompetitionRules competition, IReadOnlyList<string> missing)
        => new(
            Codes.RulesNotAgreed,
            $"Its competition rules were not agreed before the freeze at {Text.Instant(competition.FreezeAt)} by {Text.List(missing)}; "
            + "every potential participant must agree before the competition.");

    /// G16: the reason every eligible interest of a project without agreed rules shares (it names the project only).
    internal static Reason ProjectNotAllocated(ProjectPlaces places)
        => new(
            Codes.ProjectNotAllocated,
            $"Project {places.Initiative} made no allocation: its competition rules were not agreed by every potential participant before the competition.");

    /// G16: the project's places, its eligible interests and how many were admitted.
    internal static Reason Places(ProjectOutcome outcome)
    {
        var places = outcome.Project.Places;
        return new(
            Codes.Places,
            Text.Inv($"Project {places.Initiative} offers {Text.Count(places.Places, "place", "places")}; {Text.Count(outcome.EligibleCount, "eligible interest", "eligible interests")}; {outcome.Admitted} admitted."));
    }

    /// G8, G16: the criteria members are ranked by, and where they come from.
    internal static Reason Key(ProjectFact project)
        => new(
            Codes.Key,
            $"Members are ranked by {string.Join(", then ", project.Criteria.Select(CriterionNames.Of))}"
            + (project.DefaultCriteria ? " (the framework's default criteria)." : " (the criteria its participants agreed)."));

    /// G16: the cutoff rank and the interest at it, with its key.
    internal static Reason Cutoff(ProjectFact project, int rank, InterestFact last)
        => new(Codes.Cutoff, Text.Inv($"The cutoff is rank {rank}: {last.Interest.Member} with key {Describe(project, last.KeyDisplay)}."));

    /// One eligible interest's end in the allocation, for the code the rule chose: admitted, not reached (its cap),
    /// no places, or below the cutoff.
    internal static Reason InterestOutcome(string code, ProjectOutcome outcome, InterestOutcome interest)
    {
        var project = outcome.Project;
        var places = project.Places.Places;
        var id = project.Places.Initiative;
        var text = code switch
        {
            Codes.Admitted =>
                Text.Inv($"Admitted to {id} at rank {interest.Rank} of {outcome.EligibleCount} for {Text.Count(places, "place", "places")}, with key {Describe(project, interest.Interest.KeyDisplay)}."),
            Codes.NotReached => interest.FilledBy.IsEmpty
                ? Text.Inv($"Its cap is 0 places, so it takes no place and did not compete for {id}.")
                : Text.Inv($"Its cap of {interest.Cap} place{(interest.Cap == 1 ? "" : "s")} was filled by {Text.List([.. interest.FilledBy.Select(p => p.Value)])}, which it ranked higher than {id}; it did not compete here."),
            Codes.NoPlaces => $"Project {id} offers no places.",
            _ => BelowCutoff(project, outcome, interest),
        };
        return new(code, text);
    }

    private static string BelowCutoff(ProjectFact project, ProjectOutcome outcome, InterestOutcome interest)
    {
        var column = interest.LostOnColumn!.Value;
        var criterion = column < project.Criteria.Length ? CriterionNames.Of(project.Criteria[column]) : "member id (a lottery collision)";
        return Text.Inv($"Ranked {interest.Rank} of {outcome.EligibleCount} for {Text.Count(project.Places.Places, "place", "places")} at {project.Places.Initiative}, below the cutoff at rank {outcome.CutoffRank}: it lost on {criterion} with {interest.Interest.KeyDisplay[column]} against the cutoff's {interest.Cutoff!.KeyDisplay[column]}.");
    }

    private static string Describe(ProjectFact project, string[] key)
        => "(" + string.Join("; ", project.Criteria.Select((c, i) => CriterionNames.Of(c) + " " + key[i])) + ")";
}
