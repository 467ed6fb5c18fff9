using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S10: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S10ProductStrategyRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S10ProductStrategy, ClusterService.S6EnvironmentalLegislation, "Services.S10.ProductStrategy", "S10")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S10ProductStrategyRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
