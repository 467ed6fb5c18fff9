using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S14: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S14AdvertisingRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S14Advertising, ClusterService.S6EnvironmentalLegislation, "Services.S14.Advertising", "S14")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S14AdvertisingRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
