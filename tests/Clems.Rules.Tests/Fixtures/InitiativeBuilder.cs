using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Fixtures;

/// Builds an initiative that satisfies G9–G11 unless a test takes something away: the initiator's default
/// representative proposes it, one activity, a budget of 12,000.00 RON and a member contribution covering it.
internal sealed class InitiativeBuilder
{
    private readonly InitiativeId _id;
    private readonly List<OrganizationId> _beneficiaries = [];
    private readonly List<Participant> _participants = [];
    private List<Activity> _activities = [new Activity("Pilot plant", A.Date(2026, 4, 1), A.Date(2026, 9, 30))];
    private List<BudgetLine> _budget = [new BudgetLine("Equipment", Ron(12_000m))];
    private List<FundingSource>? _funding;
    private Initiator? _initiator;
    private RepresentativeId? _proposedBy;
    private string? _title;
    private InitiativeKind _kind;
    private NodaTime.Instant? _readyAt;
    private bool _confidential;

    public InitiativeBuilder(string id) => _id = new InitiativeId(id);

    /// Replaces the default title, "Initiative {id}".
    public InitiativeBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public InitiativeBuilder OfKind(InitiativeKind kind)
    {
        _kind = kind;
        return this;
    }

    public InitiativeBuilder ReadyAt(NodaTime.Instant? instant)
    {
        _readyAt = instant;
        return this;
    }

    public InitiativeBuilder By(string member)
    {
        _initiator = Initiator.ByMember(new OrganizationId(member));
        _proposedBy = new RepresentativeId(OrganizationBuilder.DefaultRepresentative(member));
        return this;
    }

    public InitiativeBuilder ByWorkingGroup(string group, string proposedBy)
    {
        _initiator = Initiator.ByWorkingGroup(new WorkingGroupId(group));
        _proposedBy = new RepresentativeId(proposedBy);
        return this;
    }

    public InitiativeBuilder WithoutInitiator()
    {
        _initiator = null;
        return this;
    }

    public InitiativeBuilder ProposedBy(string representative)
    {
        _proposedBy = new RepresentativeId(representative);
        return this;
    }

    public InitiativeBuilder WithoutRepresentative()
    {
        _proposedBy = null;
        return this;
    }

    public InitiativeBuilder ForBeneficiaries(params string[] organizations)
    {
        _beneficiaries.AddRange(organizations.Select(o => new OrganizationId(o)));
        return this;
    }

    public InitiativeBuilder WithParticipants(params string[] organizations)
    {
        _participants.AddRange(organizations.Select(o => new Participant(new OrganizationId(o))));
        return this;
    }

    /// Adds a participant whose involvement starts at <paramref name="involvedFrom"/> (null: unknown).
    public InitiativeBuilder WithParticipant(string organization, NodaTime.Instant? involvedFrom)
    {
        _participants.Add(new Participant(new OrganizationId(organization), involvedFrom));
        return this;
    }

    /// Marks the initiative confidential (G3).
    public InitiativeBuilder Confidential()
    {
        _confidential = true;
        return this;
    }

    public InitiativeBuilder WithActivities(params Activity[] activities)
    {
        _activities = [.. activities];
        return this;
    }

    public InitiativeBuilder WithoutActivities() => WithActivities();

    /// Replaces the budget by one line per amount.
    public InitiativeBuilder WithBudget(params Money[] lines)
    {
        _budget = [.. lines.Select((amount, i) => new BudgetLine("Line " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), amount))];
        return this;
    }

    public InitiativeBuilder WithBudgetLines(params BudgetLine[] lines)
    {
        _budget = [.. lines];
        return this;
    }

    public InitiativeBuilder WithoutBudget() => WithBudget();

    /// Replaces the funding by one public-funds source per amount.
    public InitiativeBuilder WithFunding(params Money[] sources)
    {
        _funding = [.. sources.Select(amount => new FundingSource(FundingKind.PublicFunds, amount))];
        return this;
    }

    public InitiativeBuilder WithFundingSources(params FundingSource[] sources)
    {
        _funding = [.. sources];
        return this;
    }

    public InitiativeBuilder WithoutFunding() => WithFunding();

    public Initiative Build() => new()
    {
        Id = _id,
        Title = _title ?? "Initiative " + _id,
        Initiator = _initiator,
        ProposedBy = _proposedBy,
        Beneficiaries = [.. _beneficiaries],
        Participants = [.. _participants],
        Activities = [.. _activities],
        Budget = [.. _budget],
        Funding = [.. _funding ?? DefaultFunding()],
        Kind = _kind,
        ReadyAt = _readyAt,
        Confidential = _confidential,
    };

    // The budget covered exactly, in its currency, by the initiating member (or by public funds for a group).
    private IEnumerable<FundingSource> DefaultFunding()
    {
        if (_budget.Count == 0)
        {
            return [];
        }

        var total = _budget.Skip(1).Aggregate(_budget[0].Amount, (sum, line) => sum.Add(line.Amount));
        return _initiator?.Member is { } member
            ? [new FundingSource(FundingKind.MemberContribution, total, member)]
            : [new FundingSource(FundingKind.PublicFunds, total)];
    }
}
