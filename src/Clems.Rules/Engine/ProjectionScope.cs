using System.Collections.Generic;

namespace Clems.Rules.Engine;

/// What every area's fact building shares: the snapshot, the as-of context, the products of earlier areas, the fact
/// list being filled (in a deterministic order), and the input problems found only once the first firing has run.
internal sealed class ProjectionScope : AreaScope
{
    private readonly List<ValidationProblem> _problems = [];

    internal ProjectionScope(ClusterSnapshot snapshot, EvaluationContext context)
        : base(snapshot)
    {
        Context = context;
        Facts.Add(context);
    }

    internal EvaluationContext Context { get; }

    /// The facts of the first firing.
    internal List<object> Facts { get; } = [];

    /// The input problems reported so far, in the order they were reported.
    internal IReadOnlyList<ValidationProblem> Problems => _problems;

    /// Reports an input problem that shows only after the first firing (e.g. G12: amounts that must be compared because
    /// the runnable initiatives exceed the executive capacity); the pipeline then evaluates nothing and throws them all.
    internal void Report(ValidationProblem problem) => _problems.Add(problem);
}
