using Microsoft.AspNetCore.Mvc.Testing;

namespace FrontDesk.Tests;

public class SmokeTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Healthz_answers_ok()
    {
        var body = await factory.CreateClient().GetStringAsync("/healthz");
        Assert.Equal("ok", body);
    }
}
