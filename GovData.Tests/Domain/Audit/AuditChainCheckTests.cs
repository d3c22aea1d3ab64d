using GovData.Domain.Audit;

namespace GovData.Tests.Domain.Audit;

public sealed class AuditChainCheckTests
{
    private static readonly DateTime At = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Next_LinkedRows_PassAndEndMatchesHead()
    {
        var rows = Chain(3);
        var check = new AuditChainCheck();

        Assert.All(rows, row => Assert.True(check.Next(row)));
        Assert.True(check.End(3, rows[^1].Hash));
        Assert.Equal(3, check.RowsChecked);
        Assert.Null(check.Fault);
    }

    [Fact]
    public void Next_GapInSequence_BreaksWithRowMissingAtTheFirstMissingNumber()
    {
        var rows = Chain(4);
        var check = new AuditChainCheck();

        check.Next(rows[0]);
        check.Next(rows[1]);

        Assert.False(check.Next(rows[3]));
        Assert.Equal(AuditChainBreak.RowMissing, check.Fault?.Reason);
        Assert.Equal(3, check.Fault?.Sequence);
        Assert.Equal(2, check.RowsChecked);
    }

    [Fact]
    public void Next_RowLinkingToAnotherPredecessor_BreaksWithPredecessorMismatch()
    {
        var first = AuditEntry.Chained(1, At, null, "system", "Insert", "Department", "1", null, AuditHash.Genesis);
        var foreign = AuditEntry.Chained(2, At, null, "system", "Insert", "Department", "2", null, new string('f', 64));
        var check = new AuditChainCheck();

        check.Next(first);

        Assert.False(check.Next(foreign));
        Assert.Equal(AuditChainBreak.PredecessorMismatch, check.Fault?.Reason);
        Assert.Equal(2, check.Fault?.Sequence);
    }

    [Fact]
    public void End_HeadAheadOfRows_BreaksWithRowMissing()
    {
        var rows = Chain(2);
        var check = new AuditChainCheck();
        rows.ForEach(r => check.Next(r));

        Assert.False(check.End(3, new string('a', 64)));
        Assert.Equal(new AuditChainFault(AuditChainBreak.RowMissing, 3, null), check.Fault);
    }

    [Fact]
    public void End_HeadHashDiffers_BreaksWithHeadMismatch()
    {
        var rows = Chain(2);
        var check = new AuditChainCheck();
        rows.ForEach(r => check.Next(r));

        Assert.False(check.End(2, rows[0].Hash));
        Assert.Equal(AuditChainBreak.HeadMismatch, check.Fault?.Reason);
    }

    [Fact]
    public void End_EmptyChainWithGenesisHead_IsIntact()
    {
        Assert.True(new AuditChainCheck().End(0, AuditHash.Genesis));
    }

    private static List<AuditEntry> Chain(int count)
    {
        var rows = new List<AuditEntry>();
        var previous = AuditHash.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var row = AuditEntry.Chained(i, At, null, "system", "Insert", "Department", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, previous);
            previous = row.Hash;
            rows.Add(row);
        }

        return rows;
    }
}
