using GovData.Domain.Audit;

namespace GovData.Tests.Domain.Audit;

public sealed class AuditHashTests
{
    private static readonly DateTime At = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Compute_KnownRow_MatchesThePinnedHash()
    {
        // Pinned with `sha256sum` over the documented canonical form, so a change of the serialization (which would
        // break every stored chain) cannot pass unnoticed.
        var hash = AuditHash.Compute(1, At, "admin-id", "系统管理员", "Insert", "Department", "1", "{\"Code\":\"SJJ\"}", AuditHash.Genesis);

        Assert.Equal("8aeac1af6fcbad8a3af654f88a2af74d4e924a581a30ceeb049db3bebc504f34", hash);
    }

    [Fact]
    public void Compute_TextMovedBetweenNeighbouringFields_ChangesTheHash()
    {
        var original = AuditHash.Compute(1, At, "ab", "c", "Insert", "Department", "1", null, AuditHash.Genesis);
        var shifted = AuditHash.Compute(1, At, "a", "bc", "Insert", "Department", "1", null, AuditHash.Genesis);

        Assert.NotEqual(original, shifted);
    }

    [Fact]
    public void Compute_NullAndEmptySummary_DifferInHash()
    {
        var withNull = AuditHash.Compute(1, At, null, "system", "Insert", "Department", "1", null, AuditHash.Genesis);
        var withEmpty = AuditHash.Compute(1, At, null, "system", "Insert", "Department", "1", string.Empty, AuditHash.Genesis);

        Assert.NotEqual(withNull, withEmpty);
    }

    [Fact]
    public void Compute_OneTickLater_ChangesTheHash()
    {
        var first = AuditHash.Compute(1, At, null, "system", "Insert", "Department", "1", null, AuditHash.Genesis);
        var later = AuditHash.Compute(1, At.AddTicks(1), null, "system", "Insert", "Department", "1", null, AuditHash.Genesis);

        Assert.NotEqual(first, later);
    }

    [Fact]
    public void Chained_SealsTheRowWithItsHash()
    {
        var row = AuditEntry.Chained(1, At, null, "system", "Insert", "Department", "1", "{}", AuditHash.Genesis);

        Assert.Equal(64, row.Hash.Length);
        Assert.True(row.HasValidHash);
    }
}
