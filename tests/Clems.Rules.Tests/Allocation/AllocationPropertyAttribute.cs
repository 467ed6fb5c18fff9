using System;
using Clems.Rules.Tests.Fixtures;
using FsCheck.Xunit;

namespace Clems.Rules.Tests.Allocation;

/// An FsCheck property over the allocation generators whose number of cases comes from the environment variable
/// <c>CLEMS_PROPERTY_TESTS</c> (a deeper pass: <c>CLEMS_PROPERTY_TESTS=5000 dotnet test …</c>), or the CI default.
/// The scale multiplies that count: 10 for the algorithm-level properties (microseconds a case), 1 for engine-level
/// ones (a few milliseconds per evaluation), 0.5 for those that evaluate two or three snapshots per case.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllocationPropertyAttribute : PropertyAttribute
{
    /// The number of cases per property when the environment variable is not set: the allocation suite stays well under
    /// a minute on 2 cores (docs/testing.md, "Allocation properties").
    public const int DefaultCases = 300;

    public AllocationPropertyAttribute(double scale = 1.0)
    {
        Scale = scale;
        MaxTest = Math.Max(1, (int)(Cases * scale));
        Arbitrary = [typeof(Arbitraries)];
    }

    /// The factor applied to <see cref="Cases"/>.
    public double Scale { get; }

    /// The configured number of cases before the scale: the environment variable when it is a positive integer.
    public static int Cases => PropertyCases.Configured(DefaultCases);
}
