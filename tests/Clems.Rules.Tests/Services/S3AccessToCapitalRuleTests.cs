using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S3: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S3AccessToCapitalRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S3AccessToCapital, ClusterService.S6EnvironmentalLegislation, "Services.S3.AccessToCapital", "S3")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S3AccessToCapitalRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
