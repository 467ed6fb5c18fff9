using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Tests.Fixtures;

/// Builds a cluster snapshot; without explicit frameworks it holds one version, <c>v1</c>, in force since <see cref="Dates.Joined"/>.
internal sealed partial class SnapshotBuilder
{
    private readonly List<OrganizationBuilder> _organizations = [];
    private readonly List<WorkingGroup> _groups = [];
    private readonly List<InitiativeBuilder> _initiatives = [];
    private List<FrameworkVersion>? _frameworks;

    public static FrameworkVersion DefaultFramework { get; } =
        new(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined);

    public SnapshotBuilder With(params OrganizationBuilder[] organizations)
    {
        _organizations.AddRange(organizations);
        return this;
    }

    public SnapshotBuilder With(params WorkingGroup[] groups)
    {
        _groups.AddRange(groups);
        return this;
    }

    public SnapshotBuilder With(params InitiativeBuilder[] initiatives)
    {
        _initiatives.AddRange(initiatives);
        return this;
    }

    public SnapshotBuilder WithFrameworks(params FrameworkVersion[] frameworks)
    {
        _frameworks = [.. frameworks];
        return this;
    }

    public ClusterSnapshot Build() => new()
    {
        Organizations = [.. _organizations.Select(o => o.Build())],
        Memberships = [.. _organizations.SelectMany(o => o.BuildTerms())],
        WorkingGroups = [.. _groups],
        Initiatives = [.. _initiatives.Select(i => i.Build())],
        Frameworks = [.. _frameworks ?? [DefaultFramework]],
        WorkingGroupProposals = [.. _proposals],
        ConfidentialityAgreements = [.. _agreements],
    };
}
