using System.Net;
using System.Text.Json;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Tests.Web.Admin;
using GovData.Workflows.Catalog;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// The CKAN API's output cache is dropped when the open catalog changes (decision 0036): a search answered from the
/// cache shows an entry the moment its review publishes it, and stops showing it the moment it is retired — not up to
/// ten seconds later.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class OpenCatalogEvictionTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public async Task CachedSearch_ShowsAPublishedEntryAtOnce_AndARetiredOneGoneAtOnce()
    {
        var name = $"缓存更新{Guid.NewGuid():N}"[..16];
        var address = $"/api/3/action/package_search?q={Uri.EscapeDataString(name)}&rows=5";
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(0, await CountAsync(anonymous, address));
        using (var cached = await anonymous.GetAsync(address))
        {
            Assert.NotNull(cached.Headers.Age); // the empty answer is now kept
        }

        var catalog = await AdminWebActors.ContextOfAsync(factory, "catalog.ga@govdata.local");
        var bureau = await AdminWebActors.ContextOfAsync(factory, "bureau@govdata.local");
        var code = $"3.05.{Random.Shared.Next(100, 999):000}/GA-{Random.Shared.Next(7000, 9999):0000}";
        var resourceId = await AdminWebActors.RunAsync(factory, async services =>
        {
            var saved = await services.GetRequiredService<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, TestCatalog.Content(code, name, ShareType.Unconditional, OpenType.Unconditional)));
            Assert.True(saved.Succeeded, saved.ErrorKey);
            var submitted = await services.GetRequiredService<SubmitCatalogDraft>().ExecuteAsync(catalog, saved.ResourceId!.Value);
            Assert.True(submitted.Succeeded, submitted.ErrorKey);
            var published = await services.GetRequiredService<FireTrigger>().ExecuteAsync(new FireTriggerRequest(submitted.InstanceId!.Value, CatalogReviewWorkflowV1.Publish, Comment: "已核对。"), bureau);
            Assert.True(published.Succeeded, published.ToString());
            return saved.ResourceId!.Value;
        });

        using (var afterPublish = await anonymous.GetAsync(address))
        {
            Assert.Null(afterPublish.Headers.Age);
            Assert.Equal(1, Count(await afterPublish.Content.ReadAsStringAsync()));
        }

        using (var cachedAgain = await anonymous.GetAsync(address))
        {
            Assert.NotNull(cachedAgain.Headers.Age);
        }

        var retired = await AdminWebActors.RunAsync(factory, services => services.GetRequiredService<RetireCatalogEntry>().ExecuteAsync(catalog, resourceId));
        Assert.True(retired.Succeeded, retired.ErrorKey);
        Assert.Equal(0, await CountAsync(anonymous, address));
    }

    private static async Task<int> CountAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Count(await response.Content.ReadAsStringAsync());
    }

    private static int Count(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("result").GetProperty("count").GetInt32();
    }
}
