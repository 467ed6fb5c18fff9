using System;
using System.CommandLine;
using Clems.Rules.Scenarios;

namespace Clems.Rules.Cli.Commands;

/// <summary>The options that choose a synthetic cluster, shared by <c>generate</c> and <c>simulate</c>: a named size and
/// a seed, and explicit counts that replace the size's own.</summary>
internal sealed class SyntheticOptions
{
    public Option<SyntheticSize> Size { get; } = new("--size")
    {
        Description = "The named size: S (1k interests), M (100k) or L (1M); see docs/simulation.md. Default: S.",
        HelpName = "S|M|L",
        DefaultValueFactory = _ => SyntheticSize.S,
    };

    public Option<ulong> Seed { get; } = new("--seed")
    {
        Description = "The generator's seed: the same seed and counts give the same scenario on every machine. Default: 1.",
        DefaultValueFactory = _ => 1UL,
    };

    public Option<int?> Members { get; } = new("--members") { Description = "The organisations (members, lapsed members and non-members); replaces the size's count." };

    public Option<int?> Projects { get; } = new("--projects") { Description = "The projects with places; replaces the size's count." };

    public Option<int?> Interests { get; } = new("--interests") { Description = "The interests shown in projects; replaces the size's count." };

    public Option<int?> Tenders { get; } = new("--tenders") { Description = "The tender notices; replaces the size's count." };

    public void AddTo(Command command)
    {
        command.Options.Add(Size);
        command.Options.Add(Seed);
        command.Options.Add(Members);
        command.Options.Add(Projects);
        command.Options.Add(Interests);
        command.Options.Add(Tenders);
    }

    /// <summary>The counts: the named size's, with each explicit count in its place.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The counts do not describe a cluster that can exist.</exception>
    public SyntheticCounts Counts(ParseResult parseResult)
    {
        var named = SyntheticCounts.For(parseResult.GetValue(Size));
        return new SyntheticCounts(
            parseResult.GetValue(Members) ?? named.Members,
            parseResult.GetValue(Projects) ?? named.Projects,
            parseResult.GetValue(Interests) ?? named.Interests,
            parseResult.GetValue(Tenders) ?? named.Tenders);
    }

    /// <summary>The size's name, or "custom" when an explicit count replaced one of its counts.</summary>
    public string Describe(ParseResult parseResult)
        => parseResult.GetValue(Members) is null && parseResult.GetValue(Projects) is null
            && parseResult.GetValue(Interests) is null && parseResult.GetValue(Tenders) is null
            ? parseResult.GetValue(Size).ToString()
            : "custom";
}
