using System.Collections.Generic;

namespace Clems.Rules.Decisions;

/// A rule-engine fact that knows which input facts it stands for, so that a decision lists them.
internal interface IFactSource
{
    IEnumerable<FactReference> References { get; }
}
