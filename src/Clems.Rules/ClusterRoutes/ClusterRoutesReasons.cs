using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Utility;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.ClusterRoutes;

/// The reason codes and sentences of the cluster-route rules (G15).
internal static class ClusterRoutesReasons
{
    /// Every reason code the ClusterRoutes area emits.
    internal static class Codes
    {
        internal const string ObjectivesMatch = "G15.objectives-match";
        internal const string ObjectivesDiffer = "G15.objectives-differ";
        internal const string ConsortiumRequired = "G15.consortium-required";
        internal const string PartnersRequired = "G15.partners-required";
        internal const string ResourcesInsufficient = "G15.resources-insufficient";
        internal const string SingleApplicant = "G15.single-applicant";
        internal const string NoResourcesNeeded = "G15.no-resources-needed";
        internal const string ResourcesNotDeclared = "G15.resources-not-declared";
        internal const string ResourcesSufficient = "G15.resources-sufficient";
    }

    internal static Reason ObjectivesMatch(ClusterRouteFact route)
        => new(
            Codes.ObjectivesMatch,
            $"The objectives of {Who(route)} ({Areas(route.Organization.ThematicAreas)}) and the {What(route)} ({Areas(route.Opportunity.ThematicAreas)}) share {Areas(route.SharedAreas)}.");

    internal static Reason ObjectivesDiffer(ClusterRouteFact route)
        => new(
            Codes.ObjectivesDiffer,
            $"The objectives of {Who(route)} ({Areas(route.Organization.ThematicAreas)}) share no thematic area with the {What(route)} ({Areas(route.Opportunity.ThematicAreas)}).");

    /// The conditions under which the organisation could not take part alone, one reason each.
    internal static IEnumerable<Reason> CannotTakePartAlone(ClusterRouteFact route)
    {
        var opportunity = route.Opportunity;
        if (opportunity.RequiresConsortium)
        {
            yield return new Reason(Codes.ConsortiumRequired, $"The {What(route)} admits only consortia, so {Who(route)} cannot apply alone.");
        }

        if (ClusterRouteClauses.RequiresPartners(opportunity))
        {
            yield return new Reason(
                Codes.PartnersRequired,
                Text.Inv($"The {What(route)} needs at least {opportunity.MinimumPartners} partners, so {Who(route)} cannot apply alone."));
        }

        if (ClusterRouteClauses.ResourcesInsufficient(route))
        {
            yield return new Reason(Codes.ResourcesInsufficient, $"The resources of {Who(route)}, {Resources(route)}, are below the {opportunity.ResourcesNeeded} the {What(route)} needs.");
        }
    }

    /// Why the organisation could take part alone, one reason per condition checked.
    internal static IEnumerable<Reason> CanTakePartAlone(ClusterRouteFact route)
    {
        var opportunity = route.Opportunity;
        yield return new Reason(Codes.SingleApplicant, $"The {What(route)} admits a single applicant (no consortium, one partner is enough).");
        if (opportunity.ResourcesNeeded is not { } needed)
        {
            yield return new Reason(Codes.NoResourcesNeeded, $"The {What(route)} states no resources needed, so those of {Who(route)} are not short.");
        }
        else if (route.Organization.Resources is null)
        {
            yield return new Reason(Codes.ResourcesNotDeclared, $"{Who(route)} declares no resources, so they are not known to fall short of the {needed} needed.");
        }
        else
        {
            yield return new Reason(Codes.ResourcesSufficient, $"The resources of {Who(route)}, {Resources(route)}, cover the {needed} the {What(route)} needs.");
        }
    }

    private static string Areas(IEnumerable<ThematicArea> areas)
    {
        var codes = areas.Select(a => "W" + ((int)a).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return codes.Count == 0 ? "none" : string.Join(", ", codes);
    }

    private static string Who(ClusterRouteFact route) => $"{route.Organization.Name} ({route.Organization.Id})";

    private static string What(ClusterRouteFact route) => $"opportunity {route.Opportunity.Title} ({route.Opportunity.Id})";

    private static string Resources(ClusterRouteFact route)
        => route.Organization.Resources is { } own && own.Currency != route.ResourcesCompared!.Value.Currency
            ? $"{own} ({new Money(decimal.Round(route.ResourcesCompared.Value.Amount, 2), route.ResourcesCompared.Value.Currency)} at the framework's rate)"
            : $"{route.ResourcesCompared}";
}
