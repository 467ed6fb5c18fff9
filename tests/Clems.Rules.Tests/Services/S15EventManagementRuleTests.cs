using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S15: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S15EventManagementRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S15EventManagement, ClusterService.S6EnvironmentalLegislation, "Services.S15.EventManagement", "S15")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S15EventManagementRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
