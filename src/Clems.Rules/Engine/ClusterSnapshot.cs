using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Engine;

/// <summary>An immutable description of the cluster at a point: its organisations, memberships, working groups,
/// initiatives and framework versions. The engine evaluates it as of a date.</summary>
/// <remarks>
/// Every collection defaults to empty. Cross-references (an initiative naming an organisation, a membership naming its
/// organisation…) are checked by <see cref="Validate"/>, which <see cref="GovernanceEngine.Evaluate(ClusterSnapshot, NodaTime.LocalDate)"/> calls first.
/// Problems are reported with JSON paths into the scenario format (<c>$.initiatives[2].participants[0].organization</c>),
/// whose arrays mirror these collections index for index.
/// </remarks>
public sealed partial class ClusterSnapshot
{
    private readonly ImmutableArray<Organization> _organizations = [];
    private readonly ImmutableArray<MembershipTerm> _memberships = [];
    private readonly ImmutableArray<WorkingGroup> _workingGroups = [];
    private readonly ImmutableArray<Initiative> _initiatives = [];
    private readonly ImmutableArray<FrameworkVersion> _frameworks = [];

    /// <summary>The organisations known to the cluster, members or not.</summary>
    public ImmutableArray<Organization> Organizations { get => _organizations; init => _organizations = Preconditions.CheckItems(value); }

    /// <summary>The membership terms of the organisations.</summary>
    public ImmutableArray<MembershipTerm> Memberships { get => _memberships; init => _memberships = Preconditions.CheckItems(value); }

    /// <summary>The working groups.</summary>
    public ImmutableArray<WorkingGroup> WorkingGroups { get => _workingGroups; init => _workingGroups = Preconditions.CheckItems(value); }

    /// <summary>The initiatives, from ideas to runnable projects.</summary>
    public ImmutableArray<Initiative> Initiatives { get => _initiatives; init => _initiatives = Preconditions.CheckItems(value); }

    /// <summary>The versions of the governance framework adopted by the General Assembly (G1).</summary>
    public ImmutableArray<FrameworkVersion> Frameworks { get => _frameworks; init => _frameworks = Preconditions.CheckItems(value); }

    /// <summary>Checks the snapshot's cross-references and uniqueness constraints.</summary>
    /// <returns>Every problem found, each with its JSON path; empty when the snapshot is consistent.</returns>
    public IReadOnlyList<ValidationProblem> Validate() => SnapshotValidator.Validate(this);
}
