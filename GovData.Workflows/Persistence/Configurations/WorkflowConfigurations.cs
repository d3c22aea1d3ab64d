using GovData.Domain.Departments;
using GovData.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.Property(i => i.DefinitionName).HasMaxLength(64).IsRequired();
        builder.Property(i => i.SubjectType).HasMaxLength(64).IsRequired();
        builder.Property(i => i.SubjectId).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Title).HasMaxLength(WorkflowInstance.TitleMaxLength);
        builder.Property(i => i.StartedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(i => i.State).HasMaxLength(64).IsRequired();
        builder.Property(i => i.AssigneeRole).HasMaxLength(64);
        builder.Property(i => i.VisitedStates).HasMaxLength(1024).IsRequired();

        // App-managed token: SQLite has no rowversion. Every change increments it; a stale writer updates no row.
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.Ignore(i => i.IsClosed);

        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.ProviderDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.RequesterDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.AssigneeDepartmentId).OnDelete(DeleteBehavior.Restrict);

        // One instance of a process per subject: a double submit cannot start it twice.
        builder.HasIndex(i => new { i.SubjectType, i.SubjectId, i.DefinitionName }).IsUnique();

        // The inbox: open items of one department and role, by due date, then id (its page order, so a page's ids come
        // from the index alone; decision 0035). The sweep: open items by due date, then id (its keyset order).
        builder.HasIndex(i => new { i.AssigneeDepartmentId, i.AssigneeRole, i.ClosedAtUtc, i.DueOn, i.Id });
        builder.HasIndex(i => new { i.ClosedAtUtc, i.DueOn, i.Id });
    }
}

internal sealed class WorkflowJournalEntryConfiguration : IEntityTypeConfiguration<WorkflowJournalEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalEntry> builder)
    {
        builder.ToTable("WorkflowJournal");
        builder.Property(e => e.FromState).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ToState).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Trigger).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.Property(e => e.ArgumentsJson).HasMaxLength(8000).IsRequired();

        builder.HasOne(e => e.Instance).WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Restrict);

        // The sequence is the instance's revision after the change: unique, so a step is never written twice.
        builder.HasIndex(e => new { e.InstanceId, e.Sequence }).IsUnique();
    }
}
