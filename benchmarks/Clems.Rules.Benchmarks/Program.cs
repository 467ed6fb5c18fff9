namespace Clems.Rules.Benchmarks;

internal static class Program
{
    private static void Main()
    {
    }
}
