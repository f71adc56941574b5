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

    [Theory]
    [InlineData("zhang wei")]
    [InlineData("zhangwei")]
    [InlineData("Zhang Wei")]
    [InlineData("ZHANGWEI")]
    [InlineData("Zhāng Wěi")]
    [InlineData("wei zhang")]
    public async Task A_Chinese_name_is_found_by_its_pinyin(string typed)
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);

        var matches = await search.FindAsync(typed);

        Assert.NotEmpty(matches);
        Assert.Equal(("Member:张伟", PinyinMatcher.Full), ($"{matches[0].Kind}:{matches[0].Name}", matches[0].Score));
    }

    [Fact]
    public async Task A_Chinese_name_is_found_by_its_initials()
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);

        var matches = await search.FindAsync("zw");

        Assert.Contains(matches, m => m.Name == "张伟" && m.Score == PinyinMatcher.Initials);
    }

    [Fact]
    public async Task Full_pinyin_is_a_clear_match_when_nobody_else_has_it()
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);

        var match = DirectoryMatch.Clear(await search.FindAsync("zhang wei"));

        Assert.Equal("张伟", match?.Name);
    }

    [Fact]
    public async Task Two_names_read_the_same_are_offered_as_a_choice()
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);
        var factory = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<FrontDesk.Data.FrontDeskDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Members.Add(new Member { CompanyId = db.Companies.Single().Id, Name = "章伟", Email = "zhang@zenith.example", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var matches = await search.FindAsync("zhang wei");

        Assert.Equal(["张伟", "章伟"], matches.Take(2).Select(m => m.Name).Order().ToArray());
        Assert.Null(DirectoryMatch.Clear(matches));
    }

    [Theory]
    [InlineData("zeng xiaoxian", "曾小贤")]
    [InlineData("ceng xiaoxian", "曾小贤")]
    [InlineData("shan tianfang", "单田芳")]
    [InlineData("dan tianfang", "单田芳")]
    [InlineData("lv wei", "吕薇")]
    [InlineData("lu wei", "吕薇")]
    public async Task A_character_with_several_readings_matches_by_any(string typed, string expected)
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);

        var matches = await search.FindAsync(typed);

        Assert.NotEmpty(matches);
        Assert.Equal((expected, PinyinMatcher.Full), (matches[0].Name, matches[0].Score));
    }

    [Fact]
    public async Task Initials_never_outrank_a_better_match()
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);

        var matches = await search.FindAsync("zw");

        // The company called ZW is what was typed; every Z-W name is only a candidate below it.
        Assert.Equal("Company:Zenith Works", $"{matches[0].Kind}:{matches[0].Name}");
        Assert.Equal("Zenith Works", DirectoryMatch.Clear(matches)?.Name);
        Assert.Equal(["张伟", "赵文"], matches.Where(m => m.Kind == MatchKind.Member).Select(m => m.Name).Order().ToArray());
        Assert.All(matches.Skip(1), m => Assert.Equal(PinyinMatcher.Initials, m.Score));
    }

    [Fact]
    public async Task Part_of_the_pinyin_finds_the_name_below_a_full_match()
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);

        var matches = await search.FindAsync("zhang");

        Assert.Equal(["张伟", "张伟华"], matches.Select(m => m.Name).Order().ToArray());
        Assert.Equal("张伟", (await search.FindAsync("zhangwei"))[0].Name);
        Assert.Equal("张伟华", (await search.FindAsync("zhang weih"))[0].Name);
    }

    [Theory]
    [InlineData("z")]
    [InlineData("wz")]
    [InlineData("zhang wen")]
    [InlineData("zhangweihuaxx")]
    public async Task Pinyin_that_does_not_fit_finds_nobody(string typed)
    {
        using var app = new FrontDeskApp();
        var search = await SeedPinyinAsync(app);

        Assert.DoesNotContain(await search.FindAsync(typed), m => m.Name is "张伟" or "张伟华");
    }

    private static async Task<DirectorySearch> SeedPinyinAsync(FrontDeskApp app)
    {
        var services = app.Services;
        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<FrontDesk.Data.FrontDeskDb>>();
        await using var db = await factory.CreateDbContextAsync();
        var zenith = new Company { Name = "Zenith Works", Floor = "3", Aliases = "ZW", CreatedAt = DateTimeOffset.UtcNow };
        db.Companies.Add(zenith);
        db.Members.AddRange(
            new Member { Company = zenith, Name = "张伟", Email = "zw@zenith.example", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = zenith, Name = "张伟华", Email = "zwh@zenith.example", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = zenith, Name = "赵文", Email = "zhao@zenith.example", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = zenith, Name = "曾小贤", Email = "zeng@zenith.example", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = zenith, Name = "单田芳", Email = "shan@zenith.example", CreatedAt = DateTimeOffset.UtcNow },
            new Member { Company = zenith, Name = "吕薇", Email = "lv@zenith.example", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return services.GetRequiredService<DirectorySearch>();
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
