using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S2: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S2HighLevelAdviceRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S2HighLevelAdvice, ClusterService.S6EnvironmentalLegislation, "Services.S2.HighLevelAdvice", "S2")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S2HighLevelAdviceRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
