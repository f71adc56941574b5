using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Directory;

public class DirectorySearchTests
{
    [Theory]
    [InlineData("Wei Wang", "Member:Wei Wang")]
    [InlineData("wang wei", "Member:Wei Wang")]
    [InlineData("WEI", "Member:Wei Wang")]
    [InlineData("Jonathon Smith", "Member:Jonathan Smith")]
    [InlineData("jonathan smtih", "Member:Jonathan Smith")]
    [InlineData("王伟", "Member:王伟")]
    [InlineData("王", "Member:王伟")]
    [InlineData("José", "Member:Jose Alvarez")]
    [InlineData("contoso", "Company:Contoso")]
    [InlineData("康拓", "Company:Contoso")]
    [InlineData("Fabrikam Ltd.", "Company:Fabrikam Ltd")]
    [InlineData("fabrikm", "Company:Fabrikam Ltd")]
    public async Task Finds_people_and_companies_despite_spelling_order_and_language(string typed, string expectedFirst)
    {
        using var app = new FrontDeskApp();
        var search = await SeedAsync(app);

        var matches = await search.FindAsync(typed);

        Assert.NotEmpty(matches);
        Assert.Equal(expectedFirst, $"{matches[0].Kind}:{matches[0].Name}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zzzz")]
    [InlineData("a")]
    public async Task Nonsense_finds_nothing(string typed)
    {
        using var app = new FrontDeskApp();
        var search = await SeedAsync(app);
        Assert.Empty(await search.FindAsync(typed));
    }

    [Fact]
    public async Task A_member_match_says_which_company_and_floor_but_no_contact_details()
    {
        using var app = new FrontDeskApp();
        var search = await SeedAsync(app);
        var match = (await search.FindAsync("Jonathan"))[0];
        Assert.Equal(("Jonathan Smith", "Contoso", "12"), (match.Name, match.CompanyName, match.Floor));
        Assert.DoesNotContain(typeof(DirectoryMatch).GetProperties(), p => p.Name is "Email" or "Phone");
    }

    private static async Task<DirectorySearch> SeedAsync(FrontDeskApp app)
    {
        var services = app.Services;
        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<FrontDesk.Data.FrontDeskDb>>();
        await using var db = await factory.CreateDbContextAsync();
        var contoso = new Company { Name = "Contoso", Floor = "12", Aliases = "康拓;CTS", CreatedAt = DateTimeOffset.UtcNow };
        var fabrikam = new Company { Name = "Fabrikam Ltd", Floor = "8", CreatedAt = DateTimeOffset.UtcNow };
        db.Companies.AddRange(contoso, fabrikam);
        db.Members.AddRange(
            new Member { Company = contoso, Name = "Wei Wang", Email = "wei@contoso.com", Phone = "123", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = contoso, Name = "Jonathan Smith", Email = "js@contoso.com", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = fabrikam, Name = "王伟", Email = "ww@fabrikam.com", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = fabrikam, Name = "Jose Alvarez", Email = "ja@fabrikam.com", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = fabrikam, Name = "Left Already", Email = "gone@fabrikam.com", Active = false, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return services.GetRequiredService<DirectorySearch>();
    }
}
