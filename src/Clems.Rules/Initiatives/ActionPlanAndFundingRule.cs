using System.Collections.Generic;
using System.Linq;
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
                i.Initiative.Activities.IsEmpty
                || i.BudgetTotal == null
                || i.BudgetTotal.Value.Amount == 0m
                || i.FundingInBudgetCurrency!.Value.Amount < i.BudgetTotal.Value.Amount);

        Then()
            .Do(ctx => Refuse(ctx, initiative));
    }

    private static void Refuse(IContext ctx, InitiativeFact fact)
    {
        var initiative = fact.Initiative;
        var reasons = new List<Reason>();
        if (initiative.Activities.IsEmpty)
        {
            reasons.Add(new(
                "G11.no-action-plan",
                $"Initiative {initiative.Id} has no action plan: at least one activity with its dates is needed."));
        }

        if (fact.BudgetTotal is not { Amount: > 0m } budget)
        {
            reasons.Add(new(
                "G11.no-budget",
                $"Initiative {initiative.Id} has no budget with amounts: list what the money is for and how much."));
            if (initiative.Funding.IsEmpty)
            {
                reasons.Add(new(
                    "G11.no-funding",
                    $"Initiative {initiative.Id} declares no funding source."));
            }
        }
        else
        {
            var funded = fact.FundingInBudgetCurrency!.Value;
            if (funded.Amount < budget.Amount)
            {
                reasons.Add(new(
                    "G11.funding-short",
                    $"Funding covers {funded} of {budget}; {new Money(budget.Amount - funded.Amount, budget.Currency)} is not covered."));
                if (!fact.FundingInOtherCurrencies.IsEmpty)
                {
                    var other = string.Join(", ", fact.FundingInOtherCurrencies.Select(m => m.ToString()));
                    reasons.Add(new(
                        "G11.funding-other-currency",
                        $"Funding of {other} is in another currency than the budget ({budget.Currency}) and is not counted without an exchange rate."));
                }
            }
        }

        ctx.Decide(fact.Subject, DecisionOutcome.NotRunnable, reasons);
        InitiativeFinding.Stop(ctx, fact);
    }
}
