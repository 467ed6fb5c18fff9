using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.ClusterRoutes;

/// The reasons both cluster-route rules (G15) give, from the same computed fact.
internal static class ClusterRouteText
{
    internal static string Areas(IEnumerable<ThematicArea> areas)
    {
        var codes = areas.Select(a => "W" + ((int)a).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return codes.Count == 0 ? "none" : string.Join(", ", codes);
    }

    internal static string Who(ClusterRouteFact route) => $"{route.Organization.Name} ({route.Organization.Id})";

    internal static string What(ClusterRouteFact route) => $"opportunity {route.Opportunity.Title} ({route.Opportunity.Id})";

    /// The conditions under which the organisation could not take part alone, one reason each.
    internal static IEnumerable<Reason> CannotGoAlone(ClusterRouteFact route)
    {
        var opportunity = route.Opportunity;
        if (opportunity.RequiresConsortium)
        {
            yield return new Reason("G15.consortium-required", $"The {What(route)} admits only consortia, so {Who(route)} cannot apply alone.");
        }

        if (opportunity.MinimumPartners > 1)
        {
            yield return new Reason(
                "G15.partners-required",
                Utility.Text.Inv($"The {What(route)} needs at least {opportunity.MinimumPartners} partners, so {Who(route)} cannot apply alone."));
        }

        if (route.ResourcesShort)
        {
            yield return new Reason("G15.resources-insufficient", $"The resources of {Who(route)}, {Resources(route)}, are below the {opportunity.ResourcesNeeded} the {What(route)} needs.");
        }
    }

    /// Why the organisation could take part alone, one reason per condition checked.
    internal static IEnumerable<Reason> CanGoAlone(ClusterRouteFact route)
    {
        var opportunity = route.Opportunity;
        yield return new Reason("G15.single-applicant", $"The {What(route)} admits a single applicant (no consortium, one partner is enough).");
        if (opportunity.ResourcesNeeded is not { } needed)
        {
            yield return new Reason("G15.no-resources-needed", $"The {What(route)} states no resources needed, so those of {Who(route)} are not short.");
        }
        else if (route.Organization.Resources is null)
        {
            yield return new Reason("G15.resources-not-declared", $"{Who(route)} declares no resources, so they are not known to fall short of the {needed} needed.");
        }
        else
        {
            yield return new Reason("G15.resources-sufficient", $"The resources of {Who(route)}, {Resources(route)}, cover the {needed} the {What(route)} needs.");
        }
    }

    private static string Resources(ClusterRouteFact route)
        => route.Organization.Resources is { } own && own.Currency != route.ResourcesCompared!.Value.Currency
            ? $"{own} ({new Money(decimal.Round(route.ResourcesCompared.Value.Amount, 2), route.ResourcesCompared.Value.Currency)} at the framework's rate)"
            : $"{route.ResourcesCompared}";
}
