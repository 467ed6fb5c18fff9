using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S13: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S13InternationalisationRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S13Internationalisation, ClusterService.S6EnvironmentalLegislation, "Services.S13.Internationalisation", "S13")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S13InternationalisationRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
