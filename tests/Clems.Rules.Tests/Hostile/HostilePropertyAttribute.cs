using System;
using Clems.Rules.Tests.Fixtures;
using FsCheck.Xunit;

namespace Clems.Rules.Tests.Hostile;

/// An FsCheck property over hostile documents whose number of cases comes from the environment variable
/// <c>CLEMS_PROPERTY_TESTS</c> (like the allocation and differential properties), or <see cref="DefaultCases"/>.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class HostilePropertyAttribute : PropertyAttribute
{
    /// Cases per property when the variable is unset: each case reads the document twice (library and CLI), well under
    /// a minute on 2 cores.
    public const int DefaultCases = 200;

    public HostilePropertyAttribute()
    {
        MaxTest = Cases;
        Arbitrary = [typeof(Arbitraries)];
    }

    /// The configured number of cases: the environment variable when it is a positive integer.
    public static int Cases => PropertyCases.Configured(DefaultCases);
}
