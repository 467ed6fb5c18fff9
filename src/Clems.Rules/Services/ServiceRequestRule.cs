using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Services;

/// What every service rule (S1–S15) shares: it fires once per request for its service and decides it. The requester
/// must be an active member on the request date and on the as-of date (G10), each failure a reason; a service adds its
/// own gaps (S1: two organisations) and grounds (S4: the cluster route, G15). Rejected with every gap, else Approved.
/// Each service has its own rule class so that a decision cites G10 and exactly that service's clause.
internal abstract class ServiceRequestRule : Rule
{
    /// The service this rule decides.
    protected abstract ClusterService Service { get; }

    /// The service's clause id and what it is, e.g. "S6 (environmental legislation advice)".
    protected abstract string Described { get; }

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

    /// The service's own grounds for approval, beyond G10.
    protected virtual IEnumerable<Reason> Grounds(ServiceRequestFact request)
    {
        var code = Described[..Described.IndexOf(' ', System.StringComparison.Ordinal)];
        yield return new Reason(
            code + ".members-only-service",
            $"{Described} is offered to active members only; it has no further condition.");
    }

    private void Decide(IContext ctx, ServiceRequestFact request)
    {
        var gaps = MembershipGaps(request).Concat(Gaps(request)).ToList();
        if (gaps.Count > 0)
        {
            ctx.Decide(request.Subject, DecisionOutcome.Rejected, gaps);
            return;
        }

        var organization = request.Standing.Organization;
        var member = new Reason(
            "G10.active-member",
            $"{organization.Name} ({organization.Id}) requested {Described} on {Text.Date(request.Request.RequestedOn)} and "
            + $"{request.Standing.Describe()} (as of {Text.Date(request.Standing.AsOf)}); CLEMS offers its services to active members.");
        ctx.Decide(request.Subject, DecisionOutcome.Approved, [member, .. Grounds(request)]);
    }

    private IEnumerable<Reason> MembershipGaps(ServiceRequestFact request)
    {
        var organization = request.Standing.Organization;
        var when = request.StandingWhenRequested;
        var now = request.Standing;
        if (when.AsOf != now.AsOf && !when.IsActive)
        {
            yield return new Reason(
                "G10.not-member-when-requested",
                $"{organization.Name} ({organization.Id}) requested {Described} on {Text.Date(when.AsOf)}, when it {when.Describe()}; "
                + "CLEMS offers its services to active members only.");
        }

        if (!now.IsActive)
        {
            yield return new Reason(
                "G10." + now.ReasonCode,
                $"{organization.Name} ({organization.Id}) requested {Described} on {Text.Date(request.Request.RequestedOn)}; it "
                + $"{now.Describe()} (as of {Text.Date(now.AsOf)}); CLEMS offers its services to active members only.");
        }
    }
}
