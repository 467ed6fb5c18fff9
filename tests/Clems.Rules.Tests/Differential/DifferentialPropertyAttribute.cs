using System;
using Clems.Rules.Tests.Fixtures;
using FsCheck.Xunit;

namespace Clems.Rules.Tests.Differential;

/// A differential property over <see cref="Arbitraries"/>: its case count scales with CLEMS_PROPERTY_TESTS (default 300)
/// by the scale given.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DifferentialPropertyAttribute : PropertyAttribute
{
    public DifferentialPropertyAttribute(double scale = 1.0)
    {
        Scale = scale;
        MaxTest = Differential.Cases(scale);
        Arbitrary = [typeof(Arbitraries)];
    }

    public double Scale { get; }
}
