using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S11: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S11TenderMonitoringRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S11TenderMonitoring, ClusterService.S6EnvironmentalLegislation, "Services.S11.TenderMonitoring", "S11")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S11TenderMonitoringRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
