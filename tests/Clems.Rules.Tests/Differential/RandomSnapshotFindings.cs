using Clems.Rules.Scenarios;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Differential;

/// Minimal disagreements between the engine and the reference model found by the random snapshots, kept (skipped)
/// until the engine is fixed.
public sealed class RandomSnapshotFindings
{
    private const string CapacityZero = """
        {
          "schemaVersion": 1,
          "organizations": [ { "id": "org-0", "name": "Org 0", "kind": "university", "country": "HU", "representatives": [ { "id": "rep-0", "name": "Rep" } ] } ],
          "memberships": [ { "organization": "org-0", "start": "2020-01-01" } ],
          "frameworks": [ { "id": "2020.1", "adoptedOn": "2019-12-01", "effectiveFrom": "2020-01-01", "parameters": { "executiveCapacity": 0 COMPARISON } } ],
          "initiatives": [ { "id": "i-1", "title": "Initiative 1", "initiator": { "member": "org-0" }, "proposedBy": "rep-0",
            "activities": [ { "name": "Step 0", "start": "2026-03-01", "end": "2026-03-02" } ],
            "budget": [ { "item": "Line 0", "amount": { "amount": "250", "currency": "RON" } } ],
            "funding": [ { "kind": "memberContribution", "contributor": "org-0", "amount": { "amount": "250", "currency": "RON" } } ] } ]
        }
        """;

    private static readonly LocalDate s_asOf = new(2020, 1, 1);

    /// executiveCapacity 0 is valid (integer ≥ 0) and G12 queues every runnable initiative; the engine's
    /// Executive.Capacity rule reads ranking[i - 1] for the first queued initiative, which is ranking[-1] when the
    /// capacity is 0, so evaluation fails with "Rule Executive.Capacity failed … Index was out of range".
    [Fact]
    public void ExecutiveCapacityZero_OneRunnableInitiative_IsQueuedAsInTheReference()
        => Differential.AssertSameDecisions(ScenarioReader.Parse(CapacityZero.Replace("COMPARISON", string.Empty, System.StringComparison.Ordinal)).Snapshot, s_asOf);

    /// The same with comparisonCurrency EUR and no RON rate: the engine refuses the input (it converts the lone
    /// queued initiative's RON contribution to compare it), the reference decides (nothing is compared: with one
    /// initiative its OrderByDescending never evaluates the key). G12 ranks initiatives against each other, so one
    /// initiative needs no comparison; the engine is over-strict here, though only reachable with capacity 0.
    [Fact]
    public void ExecutiveCapacityZero_LoneContributionWithoutARate_IsDecidedAsInTheReference()
        => Differential.AssertSameDecisions(ScenarioReader.Parse(CapacityZero.Replace("COMPARISON", ", \"comparisonCurrency\": \"EUR\"", System.StringComparison.Ordinal)).Snapshot, s_asOf);
}
