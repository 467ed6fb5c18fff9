using NodaTime;

namespace Clems.Rules.Tests.Metamorphic;

/// Two as-of dates strictly between the same two consecutive change dates of a snapshot.
public sealed record DateShiftCase(SnapshotCase Source, LocalDate Before, LocalDate After, LocalDate From, LocalDate To)
{
    public override string ToString()
        => $"{Source.Name}: {From:yyyy-MM-dd} and {To:yyyy-MM-dd}, between change dates {Before:yyyy-MM-dd} and {After:yyyy-MM-dd}";
}
