using GovData.Domain.Time;
using GovData.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Domain.Time;

public sealed class ChinaTimeProviderTests
{
    [Fact]
    public void LocalNow_IsChinaTime_WhateverTheServerZone()
    {
        var provider = ChinaTimeProvider.Instance;

        var local = provider.GetLocalNow();

        Assert.Equal(TimeSpan.FromHours(8), local.Offset);
        Assert.Equal(ChinaTime.Today(provider), DateOnly.FromDateTime(local.DateTime));
    }

    [Fact]
    public void AddGovDataWorkflows_RegistersTheChinaClock_SoDatePickersCircleChinasToday()
    {
        using var services = new ServiceCollection().AddLogging().AddGovDataWorkflows().BuildServiceProvider();

        Assert.Same(ChinaTimeProvider.Instance, services.GetRequiredService<TimeProvider>());
    }
}
