using System.Globalization;

namespace Clems.Rules.Tests.Fixtures;

/// How many cases a property suite runs: the environment variable <c>CLEMS_PROPERTY_TESTS</c> when it is a positive
/// integer (a deeper pass: <c>CLEMS_PROPERTY_TESTS=3000 dotnet test …</c>), else the suite's own default.
internal static class PropertyCases
{
    public const string Variable = "CLEMS_PROPERTY_TESTS";

    public static int Configured(int defaultCases)
        => int.TryParse(System.Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : defaultCases;
}
