using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S12: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S12TenderSubmissionsRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S12TenderSubmissions, ClusterService.S6EnvironmentalLegislation, "Services.S12.TenderSubmissions", "S12")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S12TenderSubmissionsRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
