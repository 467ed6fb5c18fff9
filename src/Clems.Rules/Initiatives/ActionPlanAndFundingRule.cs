using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Initiatives;

/// G11: an idea becomes runnable only with an action plan of at least one activity, a budget with amounts, and funding
/// that covers the budget in the budget's currency. Each gap is its own reason, with the amounts.
[Name("Initiatives.ActionPlanAndFunding")]
[Description("An idea becomes runnable only with an action plan of at least one activity, a budget with amounts, and funding that covers the budget in its currency.")]
[Tag("G11")]
[Priority(RulePriorities.Findings)]
internal sealed class ActionPlanAndFundingRule : Rule
{
    public override void Define()
    {
        InitiativeFact initiative = null!;

        When()
            .Match(() => initiative, i =>
                !InitiativeClauses.HasActionPlan(i)
                || !InitiativeClauses.HasBudget(i)
                || !InitiativeClauses.FundingCoversBudget(i));

        Then()
            .Do(ctx => Refuse(ctx, initiative));
    }

    private static void Refuse(IContext ctx, InitiativeFact fact)
    {
        var initiative = fact.Initiative;
        var reasons = new List<Reason>();
        if (!InitiativeClauses.HasActionPlan(fact))
        {
            reasons.Add(InitiativesReasons.NoActionPlan(initiative));
        }

        if (!InitiativeClauses.HasBudget(fact))
        {
            reasons.Add(InitiativesReasons.NoBudget(initiative));
            if (initiative.Funding.IsEmpty)
            {
                reasons.Add(InitiativesReasons.NoFunding(initiative));
            }
        }
        else if (!InitiativeClauses.FundingCoversBudget(fact))
        {
            var budget = fact.BudgetTotal!.Value;
            reasons.Add(InitiativesReasons.FundingShort(fact.FundingInBudgetCurrency!.Value, budget));
            if (!fact.FundingInOtherCurrencies.IsEmpty)
            {
                reasons.Add(InitiativesReasons.FundingOtherCurrency(fact.FundingInOtherCurrencies, budget));
            }
        }

        ctx.Decide(fact.Subject, DecisionOutcome.NotRunnable, reasons);
        InitiativeFinding.Stop(ctx, fact);
    }
}
