using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Tenders;

/// S11: a tender notice is sent to an active member (G10) whose profile matches it — a CPV prefix, the country and the
/// value range — once it is published and while its deadline is open at the as-of instant. Candidates come from the
/// projection's prefix index and reach the network grouped by notice; the rule fires once per notice with an alert and
/// decides each candidate that passes, so it never joins notices with profiles.
[Name("Tenders.Alert")]
[Description("A published tender notice whose deadline is after the as-of instant is sent to each active member whose profile matches it by CPV prefix, country and value range.")]
[Tag("G10")]
[Tag("S11")]
[Priority(RulePriorities.Findings)]
internal sealed class TenderAlertRule : Rule
{
    public override void Define()
    {
        TenderCandidates notice = null!;
        TenderMatchCandidate[] alerted = null!;

        When()
            .Match(() => notice)
            .Let(() => alerted, () => notice.Candidates
                .Where(c => TenderClauses.SharesCpvPrefix(c.Prefix, c.Code)
                    && TenderClauses.InProfileCountries(c.Profile, c.Tender.Country)
                    && TenderClauses.InProfileValueRange(c.Profile, c.Tender.EstimatedValue)
                    && TenderClauses.PublishedBy(c.Tender, c.AsOfInstant)
                    && TenderClauses.DeadlineOpen(c.Tender, c.AsOfInstant)
                    && c.Standing.IsActive)
                .ToArray())
            .Having(() => alerted.Length > 0);

        Then()
            .Do(ctx => Alert(ctx, alerted));
    }

    private static void Alert(IContext ctx, TenderMatchCandidate[] alerted)
    {
        foreach (var candidate in alerted)
        {
            // One per matching pair at scale: the five reasons and the fact references are built when first read.
            ctx.DecideLater(candidate.Subject, DecisionOutcome.Alerted, new AlertDetail(candidate));
        }
    }

    /// Why a notice goes to a member: the shared prefix, the country, the value, the open deadline, the active membership.
    private sealed class AlertDetail(TenderMatchCandidate candidate) : DecisionDetail
    {
        internal override FactReference[] Facts() => [.. candidate.References];

        internal override ImmutableArray<Reason> Reasons() => TendersReasons.Alerted(candidate);
    }
}
