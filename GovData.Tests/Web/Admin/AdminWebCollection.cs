using GovData.Tests.Support;

namespace GovData.Tests.Web.Admin;

/// <summary>
/// An app of its own for the tests that change accounts (password resets, role changes, deactivations) and sign in
/// with the real cookie, so the read-only collections never meet a changed user.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AdminWebCollection : ICollectionFixture<GovDataWebApplicationFactory>
{
    public const string Name = "Admin web flows";
}
