using System;

namespace Clems.Rules.Cli.Simulation;

/// <summary>One stage of a simulation: how long it took and how many bytes the process allocated during it.</summary>
internal sealed record StageTiming(string Name, TimeSpan Elapsed, long AllocatedBytes);
