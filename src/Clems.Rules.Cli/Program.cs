using System;
using System.Text;
using NodaTime;

namespace Clems.Rules.Cli;

/// The composition root: the only place that touches the real console and the system clock.
internal static class Program
{
    private static int Main(string[] args)
    {
        // Organisation and person names carry Romanian and Hungarian diacritics; write UTF-8 whatever the platform default.
        Console.OutputEncoding = Encoding.UTF8;
        var context = new CliContext(
            SystemClock.Instance,
            Console.Out,
            Console.Error,
            new ConsoleStyle(UseColours: !Console.IsOutputRedirected, Width: Console.IsOutputRedirected ? ConsoleStyle.RedirectedWidth : null),
            interactiveError: !Console.IsErrorRedirected);
        return CliApplication.Run(args, context);
    }
}
