using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Initiatives;

namespace Clems.Rules.Tests.Fixtures;

/// Initiatives (G9–G11): built with <see cref="An.Initiative"/>, or made by hand for a validation test.
internal sealed partial class SnapshotBuilder
{
    private readonly List<Func<Initiative>> _initiatives = [];

    public SnapshotBuilder With(params InitiativeBuilder[] initiatives)
    {
        _initiatives.AddRange(initiatives.Select(i => (Func<Initiative>)i.Build));
        return this;
    }

    public SnapshotBuilder With(params Initiative[] initiatives)
    {
        _initiatives.AddRange(initiatives.Select(i => (Func<Initiative>)(() => i)));
        return this;
    }

    private IEnumerable<Initiative> BuildInitiatives() => _initiatives.Select(build => build());
}
