using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var app = new FrontDeskApp();
        var body = await app.CreateClient().GetStringAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Contains("ok", body, StringComparison.OrdinalIgnoreCase);
    }
}
