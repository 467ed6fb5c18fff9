using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NodaTime.Text;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Tenders;

/// S11: a tender notice is sent to an active member (G10) whose profile matches it — a CPV prefix, the country and the
/// value range — while its deadline has not passed at the as-of instant. Candidates come from the projection's prefix
/// index and reach the network grouped by notice; the rule fires once per notice with an alert and decides each matching
/// candidate, so it never joins notices with profiles.
[Name("Tenders.Alert")]
[Description("A published tender notice whose deadline is after the as-of instant is sent to each active member whose profile matches it by CPV prefix, country and value range.")]
[Tag("G10")]
[Tag("S11")]
[Priority(RulePriorities.Findings)]
internal sealed class TenderAlertRule : Rule
{
    private static readonly ZonedDateTimePattern s_deadline = ZonedDateTimePattern.CreateWithInvariantCulture(
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss o<g> z", NodaTime.DateTimeZoneProviders.Tzdb);

    public override void Define()
    {
        TenderCandidates notice = null!;

        When()
            .Match(() => notice, n => n.Candidates.Any(c => c.Alerted));

        Then()
            .Do(ctx => Alert(ctx, notice));
    }

    private static void Alert(IContext ctx, TenderCandidates notice)
    {
        foreach (var candidate in notice.Candidates)
        {
            if (candidate.Alerted)
            {
                // One per matching pair at scale: the five reasons and the fact references are built when first read.
                ctx.DecideLater(candidate.Subject, DecisionOutcome.Alerted, new AlertDetail(candidate));
            }
        }
    }

    /// Why a notice goes to a member: the shared prefix, the country, the value, the open deadline, the active membership.
    private sealed class AlertDetail(TenderMatchCandidate c) : DecisionDetail
    {
        internal override FactReference[] Facts() => [.. c.References];

        internal override ImmutableArray<Reason> Reasons() =>
        [
            new("S11.cpv-prefix", $"CPV code {c.Code} of tender {c.Tender.Id} ({c.Tender.Title}) starts with {c.Prefix}, a prefix in the profile of {c.Standing.Organization.Name} ({c.Standing.Organization.Id})."),
            new("S11.country", $"The tender is in {c.Tender.Country}, a country in the profile."),
            new("S11.value", $"The estimated value {c.Tender.EstimatedValue} is within the profile's range from {c.Profile.MinValue} to {c.Profile.MaxValue}."),
            new("S11.deadline-open", $"The deadline {s_deadline.Format(c.Tender.Deadline)} ({Text.Instant(c.Tender.Deadline.ToInstant())}) is after the as-of instant {Text.Instant(c.AsOfInstant)} (the start of {Text.Date(c.Standing.AsOf)} in Europe/Bucharest)."),
            new("G10.active-member", $"{c.Standing.Organization.Name} ({c.Standing.Organization.Id}) {c.Standing.Describe()} (as of {Text.Date(c.Standing.AsOf)}); tender monitoring (S11) is for active members."),
        ];
    }
}
