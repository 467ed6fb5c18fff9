using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Services;

/// What every service rule (S1–S15) shares: it fires once per request for its service and decides it either way. The
/// requester must be an active member on the request date and on the as-of date (G10), each failure a reason; a service
/// adds its own gaps (S1: two organisations) and grounds (S4: the cluster route, G15). Rejected with every gap, else
/// Approved. Each service has its own rule class so that a decision cites G10 and exactly that service's clause.
internal abstract class ServiceRequestRule : Rule
{
    /// The service this rule decides.
    protected abstract ClusterService Service { get; }

    public override void Define()
    {
        ServiceRequestFact request = null!;
        var service = Service;

        When()
            .Match(() => request, r => r.Request.Service == service);

        Then()
            .Do(ctx => Decide(ctx, request));
    }

    /// The service's own gaps, beyond G10; none by default.
    protected virtual IEnumerable<Reason> Gaps(ServiceRequestFact request) => [];

    /// The service's own grounds for approval, beyond G10: by default, that G10 is its only condition.
    protected virtual IEnumerable<Reason> Grounds(ServiceRequestFact request)
    {
        yield return ServicesReasons.MembersOnlyService(Service);
    }

    private void Decide(IContext ctx, ServiceRequestFact request)
    {
        var gaps = MembershipGaps(request).Concat(Gaps(request)).ToList();
        if (gaps.Count > 0)
        {
            ctx.Decide(request.Subject, DecisionOutcome.Rejected, gaps);
            return;
        }

        ctx.Decide(request.Subject, DecisionOutcome.Approved, [ServicesReasons.ActiveMember(request), .. Grounds(request)]);
    }

    // G10: CLEMS offers its services to active members only, on the day of the request and on the as-of date.
    private static IEnumerable<Reason> MembershipGaps(ServiceRequestFact request)
    {
        // A request made on the as-of date has one standing, which the as-of gap below names.
        if (!ServiceClauses.ActiveWhenRequested(request) && request.StandingWhenRequested.AsOf != request.Standing.AsOf)
        {
            yield return ServicesReasons.NotMemberWhenRequested(request);
        }

        if (!ServiceClauses.ActiveAsOf(request))
        {
            yield return ServicesReasons.NotActiveMember(request);
        }
    }
}
