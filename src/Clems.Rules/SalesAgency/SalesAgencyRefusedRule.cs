using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.SalesAgency;

/// G13: CLEMS is no sales agent for members, except for a project, product or service initiated and funded by members.
/// A request is refused when an initiator is not an active member (or none is named), or when no active member funds
/// the item; each gap is its own reason.
[Name("SalesAgency.Refused")]
[Description("A sales-agency request is refused unless the item was initiated by active members and is funded by an active member; each gap is a reason.")]
[Tag("G13")]
[Priority(RulePriorities.Findings)]
internal sealed class SalesAgencyRefusedRule : Rule
{
    public override void Define()
    {
        SalesAgencyRequestFact request = null!;

        When()
            .Match(() => request, r => !r.InitiatedByMembers || !r.FundedByMembers);

        Then()
            .Do(ctx => Refuse(ctx, request));
    }

    private static void Refuse(IContext ctx, SalesAgencyRequestFact request)
    {
        var reasons = new List<Reason>();
        if (request.Initiators.IsEmpty)
        {
            reasons.Add(new Reason("G13.no-initiator", $"The {request.Item} names no initiator; CLEMS sells only what members initiated."));
        }

        foreach (var initiator in request.Initiators.Where(i => !i.IsActive))
        {
            var via = request.InitiatorsSource is { } source ? $", one of {source}," : string.Empty;
            reasons.Add(new Reason(
                "G13.initiator-" + initiator.ReasonCode,
                $"{initiator.Organization.Name} ({initiator.Organization.Id}){via} initiated the {request.Item} but {initiator.Describe()} (as of {Text.Date(initiator.AsOf)}); CLEMS sells only what members initiated."));
        }

        if (!request.FundedByMembers)
        {
            reasons.Add(new Reason("G13.no-member-funding", NoFunding(request)));
        }

        ctx.Decide(request.Subject, DecisionOutcome.Rejected, reasons);
    }

    private static string NoFunding(SalesAgencyRequestFact request)
    {
        if (request.Funders.IsEmpty)
        {
            return request.Request.Item.Initiative is null
                ? $"The {request.Item} names no funder; CLEMS sells only what members fund."
                : $"The {request.Item} has no member contribution in its funding; CLEMS sells only what members fund.";
        }

        var funders = request.Funders.Select(f => f.Standing.IsActive
            ? $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id}) contributes {f.Contribution}"
            : $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id}) {f.Standing.Describe()}");
        return $"No active member funds the {request.Item}: {Text.List([.. funders])}; CLEMS sells only what members fund.";
    }
}
