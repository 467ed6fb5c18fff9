using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using NodaTime;

namespace Clems.Rules.Engine;

/// The single per-evaluation fact: the as-of date and the framework version in force then (G1).
internal sealed class EvaluationContext : IFactSource
{
    public EvaluationContext(LocalDate asOf, FrameworkVersion framework, FrameworkVersion? superseded)
    {
        AsOf = asOf;
        Framework = framework;
        Superseded = superseded;
    }

    public LocalDate AsOf { get; }

    public FrameworkVersion Framework { get; }

    /// The version in force just before <see cref="Framework"/>, if any.
    public FrameworkVersion? Superseded { get; }

    public IEnumerable<FactReference> References
    {
        get { yield return new FactReference(FactKind.Framework, Framework.Id.Value); }
    }
}
