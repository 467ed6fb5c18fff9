using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.SalesAgency;

/// G13: a request for CLEMS to act as sales agent for an item that active members initiated and fund is approved; the
/// reasons name the initiators and the member funders.
[Name("SalesAgency.Approved")]
[Description("A sales-agency request for an item initiated by active members and funded by an active member is approved.")]
[Tag("G13")]
[Priority(RulePriorities.Conclusions)]
internal sealed class SalesAgencyApprovedRule : Rule
{
    public override void Define()
    {
        SalesAgencyRequestFact request = null!;

        When()
            .Match(() => request, r => SalesAgencyClauses.InitiatedByMembers(r) && SalesAgencyClauses.FundedByMembers(r));

        Then()
            .Do(ctx => ctx.Decide(request.Subject, DecisionOutcome.Approved, SalesAgencyReasons.Approved(request)));
    }
}
