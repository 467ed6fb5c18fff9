using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios;

/// The names the format uses for enumerations, both ways (reading and writing share one table).
internal static class ScenarioVocabulary
{
    internal static readonly Vocabulary<OrganizationKind> OrganizationKinds = Table(
        ("company", OrganizationKind.Company),
        ("university", OrganizationKind.University),
        ("researchInstitute", OrganizationKind.ResearchInstitute),
        ("publicAuthority", OrganizationKind.PublicAuthority),
        ("ngo", OrganizationKind.Ngo));

    internal static readonly Vocabulary<MembershipStatus> MembershipStatuses = Table(
        ("active", MembershipStatus.Active),
        ("suspended", MembershipStatus.Suspended));

    internal static readonly Vocabulary<ThematicArea> Areas = Table(
        ("W1", ThematicArea.W1WaterAndWastewater),
        ("W2", ThematicArea.W2Sludge),
        ("W3", ThematicArea.W3CircularEconomy),
        ("W4", ThematicArea.W4SoilRemediation),
        ("W5", ThematicArea.W5EcoMaterials),
        ("W6", ThematicArea.W6Energy),
        ("W7", ThematicArea.W7Monitoring),
        ("W8", ThematicArea.W8DisasterManagement),
        ("W9", ThematicArea.W9Other));

    internal static readonly Vocabulary<FundingKind> FundingKinds = Table(
        ("memberContribution", FundingKind.MemberContribution),
        ("publicFunds", FundingKind.PublicFunds),
        ("other", FundingKind.Other));

    internal static readonly Vocabulary<InitiativeKind> InitiativeKinds = Table(
        ("other", InitiativeKind.Other),
        ("integratedProject", InitiativeKind.IntegratedProject),
        ("internalBid", InitiativeKind.InternalBid));

    internal static readonly Vocabulary<CompetitionCriterion> Criteria = Table(
        ("preparationCommitment", CompetitionCriterion.PreparationCommitment),
        ("committedAmount", CompetitionCriterion.CommittedAmount),
        ("earlierCommitment", CompetitionCriterion.EarlierCommitment),
        ("involvement", CompetitionCriterion.Involvement),
        ("membershipSeniority", CompetitionCriterion.MembershipSeniority),
        ("lottery", CompetitionCriterion.Lottery));

    internal static readonly Vocabulary<Allocation.CommitmentPhase> Phases = Table(
        ("preparation", Allocation.CommitmentPhase.Preparation),
        ("implementation", Allocation.CommitmentPhase.Implementation));

    internal static readonly Vocabulary<Allocation.LotteryScope> LotteryScopes = Table(
        ("project", Allocation.LotteryScope.Project),
        ("cluster", Allocation.LotteryScope.Cluster));

    private static Vocabulary<T> Table<T>(params (string Name, T Value)[] entries)
        where T : struct, System.Enum
        => new(entries);
}

/// One enumeration's names in the format, in the order the documentation lists them.
internal sealed class Vocabulary<T>
    where T : struct, System.Enum
{
    private readonly (string Name, T Value)[] _entries;

    internal Vocabulary((string Name, T Value)[] entries) => _entries = entries;

    internal IEnumerable<string> Names => _entries.Select(e => e.Name);

    internal bool TryParse(string name, out T value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Name, name, System.StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    internal string NameOf(T value) => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Name;
}
