using System.IO;
using System.Text;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Reference;
using Clems.Rules.Scenarios;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Differential;

/// Small hand-made snapshots at the edges the fixtures do not reach; each is a disagreement found (or ruled out) by
/// comparing the engine with the reference model.
public sealed class ReferenceModelEdgeCaseTests
{
    private static readonly LocalDate s_asOf = new(2026, 3, 1);

    /// Two runnable initiatives for one place of executive capacity, with member contributions in EUR and RON.
    private static ClusterSnapshot TwoCurrencies(string comparisonCurrency)
    {
        var json = """
            {
              "schemaVersion": 1,
              "organizations": [ { "id": "org-a", "name": "A", "kind": "company", "country": "RO", "representatives": [ { "id": "rep-a", "name": "Ana" } ] } ],
              "memberships": [ { "organization": "org-a", "start": "2020-01-01" } ],
              "frameworks": [ { "id": "2026.1", "adoptedOn": "2026-01-01", "effectiveFrom": "2026-01-01",
                "parameters": { "executiveCapacity": 1, COMPARISON"exchangeRates": [ { "from": "EUR", "to": "RON", "rate": "5" } ] } } ],
              "initiatives": [
                { "id": "init-eur", "title": "E", "initiator": { "member": "org-a" }, "proposedBy": "rep-a",
                  "activities": [ { "name": "x", "start": "2026-01-01", "end": "2026-02-01" } ],
                  "budget": [ { "item": "b", "amount": { "amount": "100", "currency": "EUR" } } ],
                  "funding": [ { "kind": "memberContribution", "contributor": "org-a", "amount": { "amount": "100", "currency": "EUR" } } ] },
                { "id": "init-ron", "title": "R", "initiator": { "member": "org-a" }, "proposedBy": "rep-a",
                  "activities": [ { "name": "x", "start": "2026-01-01", "end": "2026-02-01" } ],
                  "budget": [ { "item": "b", "amount": { "amount": "400", "currency": "RON" } } ],
                  "funding": [ { "kind": "memberContribution", "contributor": "org-a", "amount": { "amount": "400", "currency": "RON" } } ] }
              ]
            }
            """.Replace("COMPARISON", comparisonCurrency, System.StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return ScenarioReader.Read(stream).Snapshot;
    }

    [Fact]
    public void ExecutiveCapacity_ContributionsInTwoCurrenciesWithAComparisonCurrency_EngineDecidesAsTheReference()
        => Differential.AssertSameDecisions(TwoCurrencies("\"comparisonCurrency\": \"RON\", "), s_asOf);

    [Fact]
    public void ExecutiveCapacity_ContributionsInTwoCurrenciesWithAComparisonCurrency_QueueTheSmallerInRon()
    {
        // Act
        var decisions = ReferenceModel.Decide(TwoCurrencies("\"comparisonCurrency\": \"RON\", "), s_asOf);

        // Assert: 100 EUR = 500 RON ranks before 400 RON.
        Assert.Contains(decisions, d => d.SubjectId == "init-eur" && d.Outcome == DecisionOutcome.Supported);
        Assert.Contains(decisions, d => d.SubjectId == "init-ron" && d.Outcome == DecisionOutcome.Queued);
    }

    [Fact]
    public void ExecutiveCapacity_ContributionsInTwoCurrenciesWithoutAComparisonCurrency_IsAnInputErrorInBoth()
        => Differential.AssertSameDecisions(TwoCurrencies(string.Empty), s_asOf);
}
