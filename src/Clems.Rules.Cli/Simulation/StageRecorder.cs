using System;
using System.Collections.Generic;
using System.Diagnostics;
using Clems.Rules.Engine;

namespace Clems.Rules.Cli.Simulation;

/// <summary>Times the stages of a simulation: <see cref="Begin"/> ends the running stage and starts the next; the
/// engine's own stages arrive through <see cref="IProgress{T}"/>, synchronously on the evaluating thread.</summary>
internal sealed class StageRecorder : IProgress<EvaluationStage>
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _watch = new();
    private string? _current;
    private long _allocatedAtStart;

    /// <summary>Called with a stage's name when it starts.</summary>
    public event Action<string>? Started;

    /// <summary>Called with a stage's timing when it ends.</summary>
    public event Action<StageTiming>? Finished;

    public IReadOnlyList<StageTiming> Stages => _stages;

    public static string NameOf(EvaluationStage stage) => stage switch
    {
        EvaluationStage.Validation => "validate",
        EvaluationStage.Rules => "rules",
        EvaluationStage.Allocation => "allocation",
        _ => "report",
    };

    public void Begin(string name)
    {
        End();
        _current = name;
        _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: false);
        _watch.Restart();
        Started?.Invoke(name);
    }

    public void End()
    {
        if (_current is null)
        {
            return;
        }

        var timing = new StageTiming(_current, _watch.Elapsed, GC.GetTotalAllocatedBytes(precise: false) - _allocatedAtStart);
        _current = null;
        _stages.Add(timing);
        Finished?.Invoke(timing);
    }

    public void Report(EvaluationStage value) => Begin(NameOf(value));
}
