using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Services;

/// S7: members only (G10); see <see cref="MembersOnlyServiceRuleTests"/>.
public sealed class S7SupplierCollaborationRuleTests()
    : MembersOnlyServiceRuleTests(ClusterService.S7SupplierCollaboration, ClusterService.S6EnvironmentalLegislation, "Services.S7.SupplierCollaboration", "S7")
{
    protected override IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot)
        => new RuleTestFixture<S7SupplierCollaborationRule>().Given(snapshot, Dates.AsOf).Fire().Decisions;
}
