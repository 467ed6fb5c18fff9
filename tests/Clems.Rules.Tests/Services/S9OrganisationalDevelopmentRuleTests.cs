using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S9: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S9OrganisationalDevelopmentRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S9OrganisationalDevelopment, ClusterService.S6EnvironmentalLegislation, "Services.S9.OrganisationalDevelopment", "S9")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S9OrganisationalDevelopmentRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
