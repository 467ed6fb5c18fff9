using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

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
            .Match(() => request, r => r.InitiatedByMembers && r.FundedByMembers);

        Then()
            .Do(ctx => Approve(ctx, request));
    }

    private static void Approve(IContext ctx, SalesAgencyRequestFact request)
    {
        var via = request.InitiatorsSource is { } source ? $" ({source})" : string.Empty;
        var initiators = Text.List([.. request.Initiators.Select(i => $"{i.Organization.Name} ({i.Organization.Id})")]);
        var funders = Text.List([.. request.Funders.Where(f => f.Counts).Select(f => f.Contribution is { } amount
            ? $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id}) with {amount}"
            : $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id})")]);
        ctx.Decide(request.Subject, DecisionOutcome.Approved,
        [
            new Reason("G13.initiated-by-members", $"The {request.Item} was initiated by active members: {initiators}{via}."),
            new Reason("G13.funded-by-members", $"Active members fund it: {funders}."),
            new Reason("G13.requested-by", $"{request.Requester.Organization.Name} ({request.Requester.Organization.Id}) asked CLEMS to act as sales agent for it."),
        ]);
    }
}
