using System;
using Clems.Rules.Tests.Fixtures;
using FsCheck.Xunit;

namespace Clems.Rules.Tests.Metamorphic;

/// An FsCheck property of the metamorphic suite whose number of cases comes from the environment variable
/// <c>CLEMS_PROPERTY_TESTS</c> (a deeper pass: <c>CLEMS_PROPERTY_TESTS=500 dotnet test …</c>), or a small default: every
/// case evaluates two snapshots (some of them synthetic S scenarios), so the default keeps the suite to seconds.
/// The scale multiplies that count.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class MetamorphicPropertyAttribute : PropertyAttribute
{
    /// The number of cases per property when the environment variable is not set.
    public const int DefaultCases = 20;

    public MetamorphicPropertyAttribute(double scale = 1.0)
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
