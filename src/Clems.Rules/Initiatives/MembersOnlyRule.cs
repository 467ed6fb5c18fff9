using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Initiatives;

/// G10: CLEMS runs projects for members only. Every organisation involved (initiator, beneficiary, participant) that is
/// not an active member on the as-of date is its own reason for rejecting the initiative.
[Name("Initiatives.MembersOnly")]
[Description("An initiative whose initiator, a beneficiary or a participant is not an active member at the as-of date is rejected; each such organisation is a reason.")]
[Tag("G10")]
[Priority(RulePriorities.Findings)]
internal sealed class MembersOnlyRule : Rule
{
    public override void Define()
    {
        IGrouping<InitiativeFact, InitiativeParty> outsiders = null!;

        When()
            .Query(() => outsiders, q => q
                .Match<InitiativeParty>(p => !p.Standing.IsActive)
                .GroupBy(p => p.Initiative));

        Then()
            .Do(ctx => Reject(ctx, outsiders));
    }

    private static void Reject(IContext ctx, IGrouping<InitiativeFact, InitiativeParty> outsiders)
    {
        var reasons = outsiders
            .OrderBy(p => p.Standing.Organization.Id)
            .Select(InitiativesReasons.NotAMember);
        ctx.Decide(outsiders.Key.Subject, DecisionOutcome.Rejected, reasons, outsiders.Key.References);
        InitiativeFinding.Stop(ctx, outsiders.Key);
    }
}
