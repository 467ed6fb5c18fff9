namespace Clems.Rules.Cli.Rendering;

/// <summary>Where the as-of date of an evaluation came from.</summary>
internal enum AsOfSource
{
    /// <summary>The <c>--as-of</c> option.</summary>
    Option,

    /// <summary>The document's <c>asOf</c>.</summary>
    Document,

    /// <summary>Today in Europe/Bucharest, by the clock.</summary>
    Today,
}
