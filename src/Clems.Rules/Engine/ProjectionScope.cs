using System.Collections.Generic;

namespace Clems.Rules.Engine;

/// What every area's fact building shares: the snapshot, the as-of context, the products of earlier areas, and the
/// fact list being filled (in a deterministic order).
internal sealed class ProjectionScope : AreaScope
{
    internal ProjectionScope(ClusterSnapshot snapshot, EvaluationContext context)
        : base(snapshot)
    {
        Context = context;
        Facts.Add(context);
    }

    internal EvaluationContext Context { get; }

    /// The facts of the first firing.
    internal List<object> Facts { get; } = [];

    /// The input problems the areas found only after the first firing; the engine throws them together.
    internal List<ValidationProblem> Problems { get; } = [];

    /// Reports an input problem found while following the first firing (it cannot be found by validation alone).
    internal void Report(ValidationProblem problem) => Problems.Add(problem);
}
