using System.Collections.Generic;
using Clems.Rules.Framework;

namespace Clems.Rules.Tests.Fixtures;

/// The framework versions (G1).
internal sealed partial class SnapshotBuilder
{
    private List<FrameworkVersion>? _frameworks;

    /// The version every snapshot holds unless the test gives its own: <c>v1</c>, adopted on
    /// <see cref="Dates.FrameworkAdopted"/>, in force from <see cref="Dates.Joined"/>, default parameters.
    public static FrameworkVersion DefaultFramework { get; } =
        new(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined);

    /// Replaces the default framework by these versions (none: a snapshot without a framework).
    public SnapshotBuilder WithFrameworks(params FrameworkVersion[] frameworks)
    {
        _frameworks = [.. frameworks];
        return this;
    }
}
