using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.WorkingGroups;

/// The phrases the working-group rules share in their reasons, so that a group, an area or a member reads the same everywhere.
internal static class WorkingGroupText
{
    internal static string Group(WorkingGroup group) => $"working group {group.Name} ({group.Id})";

    /// The group at the start of a sentence.
    internal static string GroupSubject(WorkingGroup group) => $"Working group {group.Name} ({group.Id})";

    internal static string Organization(Organization organization) => $"{organization.Name} ({organization.Id})";

    internal static string Organizations(IEnumerable<MemberStanding> standings)
        => Text.List([.. standings.Select(s => s.Organization.Id.Value)]);

    /// G6: the area's code and its meaning; W9 with its label.
    internal static string Area(WorkingGroup group) => group.Area switch
    {
        ThematicArea.W1WaterAndWastewater => "W1 (water and wastewater treatment systems)",
        ThematicArea.W2Sludge => "W2 (sludge treatment and recovery)",
        ThematicArea.W3CircularEconomy => "W3 (recyclable materials and waste in a circular economy)",
        ThematicArea.W4SoilRemediation => "W4 (remediation of degraded or contaminated soils and polluted sites)",
        ThematicArea.W5EcoMaterials => "W5 (eco-materials with controlled properties for urban comfort)",
        ThematicArea.W6Energy => "W6 (alternative energy and urban energy efficiency)",
        ThematicArea.W7Monitoring => "W7 (intelligent environmental monitoring and assessment)",
        ThematicArea.W8DisasterManagement => "W8 (disaster management)",
        _ => $"W9 (other areas of interest to members): {group.AreaLabel}",
    };

    /// "framework 2020.1 (in force on the formation date) requires at least 3", the formation's yardstick (G4).
    internal static string FormationMinimum(WorkingGroupFact fact)
        => fact.FormationFrameworkAssumed
            ? Text.Inv($"framework {fact.FormationFramework.Id} (none was in force on the formation date) requires at least {fact.FormationMinimum}")
            : Text.Inv($"framework {fact.FormationFramework.Id} (in force on the formation date) requires at least {fact.FormationMinimum}");

    /// "framework 2026.1 requires at least 4", the quorum on the as-of date (G4).
    internal static string Minimum(WorkingGroupFact fact) => Text.Inv($"framework {fact.Framework.Id} requires at least {fact.Minimum}");

    internal static string Proposal(WorkingGroupProposal proposal)
        => $"proposal {proposal.Id} of {Text.Date(proposal.ProposedOn)} by {Text.List([.. proposal.ProposedBy.Order().Select(o => o.Value)])}";
}
