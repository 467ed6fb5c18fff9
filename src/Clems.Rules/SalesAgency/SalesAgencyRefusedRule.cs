using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
            .Match(() => request, r => !SalesAgencyClauses.InitiatedByMembers(r) || !SalesAgencyClauses.FundedByMembers(r));

        Then()
            .Do(ctx => Refuse(ctx, request));
    }

    private static void Refuse(IContext ctx, SalesAgencyRequestFact request)
    {
        var reasons = new List<Reason>();
        if (request.Initiators.IsEmpty)
        {
            reasons.Add(SalesAgencyReasons.NoInitiator(request));
        }

        foreach (var initiator in request.Initiators.Where(i => !i.IsActive))
        {
            reasons.Add(SalesAgencyReasons.InitiatorNotAMember(request, initiator));
        }

        if (!SalesAgencyClauses.FundedByMembers(request))
        {
            reasons.Add(SalesAgencyReasons.NoMemberFunding(request));
        }

        ctx.Decide(request.Subject, DecisionOutcome.Rejected, reasons);
    }
}
