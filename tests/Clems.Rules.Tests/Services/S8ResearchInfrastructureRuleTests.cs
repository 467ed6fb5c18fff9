using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S8: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S8ResearchInfrastructureRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S8ResearchInfrastructure, ClusterService.S6EnvironmentalLegislation, "Services.S8.ResearchInfrastructure", "S8")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S8ResearchInfrastructureRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
