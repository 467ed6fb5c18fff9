using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S5: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S5EcoInnovationConsultancyRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S5EcoInnovationConsultancy, ClusterService.S6EnvironmentalLegislation, "Services.S5.EcoInnovationConsultancy", "S5")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S5EcoInnovationConsultancyRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
