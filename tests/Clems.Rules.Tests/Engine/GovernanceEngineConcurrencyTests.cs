using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Engine;

public sealed class GovernanceEngineConcurrencyTests
{
    private const int Threads = 8;
    private const int Rounds = 10;

    [Fact]
    public void Evaluate_FromEightThreadsAtOnce_GivesEachSnapshotItsSingleThreadReport()
    {
        // Arrange
        var engine = new GovernanceEngine();
        var inputs = Inputs();
        var expected = inputs.Select(i => ReportText.Lines(engine.Evaluate(i.Snapshot, i.AsOf))).ToArray();
        var failures = new ConcurrentBag<string>();
        using var start = new Barrier(Threads);

        // Act
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < inputs.Count; k++)
                {
                    // Each thread walks the inputs from its own offset, so different snapshots are in flight together.
                    var index = (k + t) % inputs.Count;
                    try
                    {
                        var actual = ReportText.Lines(engine.Evaluate(inputs[index].Snapshot, inputs[index].AsOf));
                        if (!actual.SequenceEqual(expected[index]))
                        {
                            failures.Add($"thread {t}, round {round}, input {index}: report differs");
                        }
                    }
#pragma warning disable CA1031 // A failure on a worker thread is recorded and asserted on the test thread.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        failures.Add($"thread {t}, round {round}, input {index}: {e.GetType().Name}: {e.Message}");
                    }
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        // Assert
        Assert.Empty(failures);
    }

    private static List<(ClusterSnapshot Snapshot, LocalDate AsOf)> Inputs()
    {
        var inputs = RichSnapshot.AsOfDates.Select(asOf => (RichSnapshot.Build(), asOf)).ToList();
        inputs.Add((A.Snapshot().With(A.Member("org-a")).With(An.Initiative("i-1").By("org-a")).Build(), Dates.AsOf));
        inputs.Add((A.Snapshot().With(A.NonMember("org-x")).With(An.Initiative("i-2").By("org-x").WithoutActivities()).Build(), Dates.AsOf));
        return inputs;
    }
}
