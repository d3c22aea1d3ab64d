using GovData.Domain.Oversight;
using GovData.Workflows.Disputes;
using GovData.Workflows.Oversight;
using GovData.Workflows.Oversight.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovData.Tests.Workflows.Disputes;

/// <summary>An ordered grant not issued by its date becomes one rectification proposal against the provider (Art. 34
/// (8)); running the job again proposes nothing new. Its own fixture: the clock moves.</summary>
public sealed class OrderedGrantProposalTests : IAsyncLifetime
{
    private readonly DisputeFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task GrantNotIssuedByItsDate_IsProposedOnce_AgainstTheProvider()
    {
        var (filed, _, items) = await _fixture.FiledAsync();
        var instanceId = filed.InstanceId!.Value;
        await _fixture.FireAsync(instanceId, DisputeWorkflowV1.Accept, "bureau@govdata.local");
        var ordered = await _fixture.FireAsync(
            instanceId, DisputeWorkflowV1.OrderSharing, "bureau@govdata.local", "依法应当共享",
            DisputeArguments.OrderedItems.Of([items[0].ToString(System.Globalization.CultureInfo.InvariantCulture)]), DisputeArguments.Purpose.Of("核验"));
        Assert.True(ordered.Succeeded, ordered.MessageKey);

        var onTime = await RunAsync();
        // Due Monday 10 Nov 2025: on Tuesday 11 Nov it is late.
        _fixture.SetChinaTime(new DateTime(2025, 11, 11, 9, 0, 0));
        var late = await RunAsync();
        var again = await RunAsync();

        Assert.Equal(0, onTime.NewEvidence);
        Assert.Equal((1, 1), (late.NewEvidence, late.NewProposals));
        Assert.Equal((0, 0), (again.NewEvidence, again.NewProposals));
        await using var db = _fixture.Database.CreateDbContext();
        var proposal = await db.RectificationProposals.SingleAsync(p => p.Violation == RectificationViolation.OtherSharingViolation);
        Assert.Equal(_fixture.DepartmentIds["GA"], proposal.DepartmentId);
        var evidence = await db.ProposalEvidence.SingleAsync(e => e.ProposalId == proposal.Id);
        Assert.Equal((EvidenceKind.WorkflowInstance, instanceId), (evidence.Kind, evidence.ReferenceId));
    }

    private Task<ProposalRun> RunAsync()
    {
        var detectors = _fixture.Get<IEnumerable<IViolationDetector>>();
        Assert.Contains(detectors, d => d is OrderedGrantNotIssuedDetector);
        return new ProposeRectifications(
            _fixture.Get<GovData.Workflows.Persistence.UnitOfWork>(), detectors.Where(d => d is OrderedGrantNotIssuedDetector),
            ProposalSettings.From(null), _fixture.Time, NullLogger<ProposeRectifications>.Instance).RunAsync(CancellationToken.None);
    }
}
