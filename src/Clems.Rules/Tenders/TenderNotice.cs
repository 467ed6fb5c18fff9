using System.Collections.Immutable;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Tenders;

/// <summary>A public tender notice from Romania or another EU member state, monitored for members (S11).</summary>
/// <remarks>The deadline is a <see cref="ZonedDateTime"/> in the tender's own time zone, as the contracting authority
/// publishes it; the engine compares its instant with the as-of instant (the start of the as-of date in
/// <c>Europe/Bucharest</c>). The snapshot validator refuses a notice without CPV codes or outside the EU.</remarks>
public sealed class TenderNotice
{
    private readonly string _title = "";
    private readonly ImmutableArray<CpvCode> _cpvCodes = [];

    /// <summary>The identifier, unique across the snapshot.</summary>
    public required TenderId Id { get; init; }

    /// <summary>The notice's title.</summary>
    /// <exception cref="System.ArgumentException">The title is blank.</exception>
    public required string Title { get => _title; init => _title = Preconditions.CheckNotBlank(value); }

    /// <summary>The CPV codes of the notice (at least one).</summary>
    public required ImmutableArray<CpvCode> CpvCodes { get => _cpvCodes; init => _cpvCodes = Preconditions.CheckItems(value); }

    /// <summary>The country of the contracting authority: Romania or another EU member state.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>The estimated value of the contract.</summary>
    public required Money EstimatedValue { get; init; }

    /// <summary>The instant the notice was published; a notice published after the as-of instant is not known yet.</summary>
    public required Instant PublishedAt { get; init; }

    /// <summary>The deadline for submissions, in the tender's own time zone.</summary>
    public required ZonedDateTime Deadline { get; init; }
}
