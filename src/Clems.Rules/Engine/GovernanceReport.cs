using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using NodaTime;

namespace Clems.Rules.Engine;

/// <summary>The result of evaluating a snapshot: the as-of date, the framework version applied (G1) and every decision.</summary>
/// <remarks>Decisions are ordered by subject kind, subject id (ordinal), then rule id: the same snapshot and date always
/// give the same report, whatever the order of the snapshot's collections.</remarks>
public sealed class GovernanceReport
{
    internal GovernanceReport(LocalDate asOf, FrameworkVersion framework, ImmutableArray<Decision> decisions, AllocationResult allocation)
    {
        AsOf = asOf;
        Framework = framework;
        Decisions = decisions;
        Allocation = allocation;
    }

    /// <summary>The date the snapshot was evaluated as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The framework version in force on <see cref="AsOf"/>, which the evaluation applied (G1).</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>Every decision, in a stable order.</summary>
    public ImmutableArray<Decision> Decisions { get; }

    /// <summary>The allocation of project places (G8, G16): each project's key table and cutoff, each member's places.</summary>
    /// <value><see cref="AllocationResult.Empty"/> when the snapshot has no project places.</value>
    public AllocationResult Allocation { get; }

    /// <summary>The decisions about one subject.</summary>
    /// <param name="kind">The subject's kind.</param>
    /// <param name="id">The subject's id.</param>
    /// <returns>The decisions, in report order; empty when there are none.</returns>
    public IEnumerable<Decision> For(SubjectKind kind, string id)
        => Decisions.Where(d => d.Subject.Kind == kind && d.Subject.Id == id);
}
