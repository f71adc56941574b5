using System.Text.Json.Nodes;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Visits.Kiosk;

// A walk-in registers at the kiosk and waits for the host's yes or no.
public sealed class WalkInTests : IAsyncLifetime
{
    private readonly KioskHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _h.DisposeAsync();

    // What Web Chat's linkify would take for an address: a scheme's "//", a dot between letters, an e-mail's "@".
    private const string Linkable = @"//|[\p{L}\p{N}]\\?\.[\p{L}\p{N}]|[\p{L}\p{N}]@[\p{L}\p{N}]";

    private static JsonObject Filled(string name = "Li Lei", string host = "Alice Wang", string purpose = "Interview", bool consent = true) => new()
    {
        ["name"] = name,
        ["company"] = "Tailspin",
        ["host"] = host,
        ["purpose"] = purpose,
        ["consent"] = consent ? "true" : "false",
    };

    private async Task<KioskVisitor> RegisterAsync(JsonObject filled, string locale = "en-US")
    {
        var visitor = await _h.VisitorAsync(locale);
        await visitor.TapAsync("walkin");
        await visitor.SubmitAsync(await visitor.LastCardAsync(), filled);
        return visitor;
    }

    // The host presses a button of the arrival card Teams showed them.
    private async Task AnswerAsync(TeamsUser host, int visitId, string button)
    {
        await _h.DrainAsync();
        await _h.Teams.PressAsync(host, await _h.ArrivalCardAsync(host, visitId), button);
        await _h.DrainAsync();
    }

    [Fact]
    public async Task A_walk_in_the_host_lets_in_is_told_to_go_up()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");

        var visitor = await RegisterAsync(Filled());

        Assert.Equal("Thank you, Li Lei. We've asked Alice Wang to let you in; please take a seat.", await visitor.LastTextAsync());
        var visit = Assert.Single(await _h.VisitsAsync());
        Assert.Equal(VisitStatus.AwaitingHost, visit.Status);
        Assert.Equal(("Li Lei", "Tailspin", "Interview", true), (visit.VisitorName, visit.VisitorCompany, visit.Purpose, visit.ConsentAt is not null));
        await AnswerAsync(host, visit.Id, "Let in");

        var card = Assert.Single(_h.DeliveredTo(host), c => c.Method == "POST" && c.Card is not null);
        Assert.Contains("A visitor asks to see you", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Li Lei", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Interview", card.CardText, StringComparison.Ordinal);
        Assert.Equal("Alice Wang has confirmed your visit: please go up to floor 12 (Contoso).", await visitor.LastTextAsync());
        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await _h.VisitsAsync()).Status);
    }

    [Fact]
    public async Task A_declined_walk_in_is_told_in_Chinese_and_the_visit_is_denied()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");

        var visitor = await RegisterAsync(Filled(name: "李雷"), "zh-CN");

        Assert.Equal("谢谢您，李雷。我们已请 Alice Wang 允许您进入，请稍坐。", await visitor.LastTextAsync());
        var summary = await visitor.LastCardAsync();
        Assert.Contains("已提交登记", KioskVisitor.RawText(summary), StringComparison.Ordinal);
        Assert.False(KioskVisitor.HasButtons(summary));
        await AnswerAsync(host, Assert.Single(await _h.VisitsAsync()).Id, "Decline");

        Assert.Equal("抱歉，Alice Wang 今天无法见您。如需帮助，请联系前台。", await visitor.LastTextAsync());
        Assert.Equal(VisitStatus.Denied, Assert.Single(await _h.VisitsAsync()).Status);
    }

    [Fact]
    public async Task A_watchlisted_walk_in_is_sent_to_the_desk_without_a_reason_and_only_staff_are_alerted()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        var staff = await _h.StaffInChatAsync("Desk");
        await _h.Get<Watchlist>().AddAsync("Mallory Smith", null, "Banned after an incident", "desk");

        var visitor = await RegisterAsync(Filled(name: "Mallory Smith"));
        await _h.DrainAsync();

        var reply = await visitor.LastTextAsync();
        Assert.Equal("Thank you, Mallory Smith. Please see the front desk staff, who will help you.", reply);
        Assert.DoesNotContain(await visitor.TextsAsync(), t => t.Contains("incident", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(VisitStatus.AwaitingDesk, Assert.Single(await _h.VisitsAsync()).Status);
        Assert.Empty(_h.DeliveredTo(host));
        var alert = Assert.Single(_h.DeliveredTo(staff));
        Assert.Contains("Watchlist: Mallory Smith", alert.Text, StringComparison.Ordinal);
        Assert.Contains("Alice Wang", alert.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_comes_back_with_values_kept_and_errors_beside_the_fields()
    {
        await _h.HostInChatAsync("Alice Wang", "Contoso");
        var longName = new string('x', 10_000);

        var visitor = await RegisterAsync(Filled(name: longName, purpose: "  ", consent: false));

        var card = await visitor.LastCardAsync();
        var text = KioskVisitor.RawText(card);
        Assert.Contains("Please check the fields marked below.", text, StringComparison.Ordinal);
        Assert.Contains("Please keep this under 100 characters.", text, StringComparison.Ordinal);
        Assert.Contains("This field is required.", text, StringComparison.Ordinal);
        Assert.Contains("Please agree to the privacy notice to register.", text, StringComparison.Ordinal);
        Assert.Equal(longName, KioskVisitor.InputValue(card, "name"));
        Assert.Equal("Tailspin", KioskVisitor.InputValue(card, "company"));
        Assert.Equal("Alice Wang", KioskVisitor.InputValue(card, "host"));
        Assert.Empty(await _h.VisitsAsync());

        await visitor.SubmitAsync(card, Filled(name: "", host: "Nobody Atall"));

        card = await visitor.LastCardAsync();
        Assert.Contains("We couldn't find anyone by that name.", KioskVisitor.RawText(card), StringComparison.Ordinal);
        Assert.Contains("This field is required.", KioskVisitor.RawText(card), StringComparison.Ordinal);
        Assert.Equal("Interview", KioskVisitor.InputValue(card, "purpose"));
        Assert.Empty(await _h.VisitsAsync());
        Assert.Single(await visitor.BotActivitiesAsync(), a => KioskVisitor.HasCard(a) && KioskVisitor.RawText(a).Contains("Register as a visitor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Several_hosts_match_and_the_visitor_chooses_one_with_every_other_value_kept()
    {
        await _h.HostInChatAsync("Alice Wang", "Contoso");
        var other = await _h.HostInChatAsync("Alice Li", "Fabrikam");
        var visitor = await RegisterAsync(Filled(host: "alice"));

        var card = await visitor.LastCardAsync();
        var text = KioskVisitor.RawText(card);
        Assert.Contains("Several match \"alice\". Please choose:", text, StringComparison.Ordinal);
        Assert.Contains("Alice Wang (Contoso)", text, StringComparison.Ordinal);
        Assert.Contains("Alice Li (Fabrikam)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.Equal("Li Lei", KioskVisitor.InputValue(card, "name"));
        Assert.Equal("Interview", KioskVisitor.InputValue(card, "purpose"));
        Assert.Empty(await _h.VisitsAsync());

        var filled = Filled(host: "alice", consent: false);
        filled["hostPick"] = $"m:{await _h.MemberIdAsync(other)}";
        await visitor.SubmitAsync(card, filled);
        card = await visitor.LastCardAsync();
        Assert.Contains("Please agree to the privacy notice to register.", KioskVisitor.RawText(card), StringComparison.Ordinal);
        Assert.Equal($"m:{await _h.MemberIdAsync(other)}", KioskVisitor.InputValue(card, "hostPick"));
        Assert.Empty(await _h.VisitsAsync());
        filled["consent"] = "true";
        await visitor.SubmitAsync(card, filled);

        Assert.Equal("Thank you, Li Lei. We've asked Alice Li to let you in; please take a seat.", await visitor.LastTextAsync());
        Assert.Equal(await _h.MemberIdAsync(other), Assert.Single(await _h.VisitsAsync()).HostMemberId);
    }

    // Choice titles are plain text, not markdown: a name with markdown characters shows as typed, no backslashes.
    [Fact]
    public async Task Names_in_the_host_choices_show_as_written()
    {
        await _h.HostInChatAsync("Alice_Wang", "Contoso (HK) Ltd.");
        await _h.HostInChatAsync("Alice Li", "Fabrikam-*East*");
        var visitor = await RegisterAsync(Filled(host: "alice"));

        var choices = Titles(KioskVisitor.Card(await visitor.LastCardAsync()));

        Assert.Contains("Alice_Wang (Contoso (HK) Ltd.)", choices);
        Assert.Contains("Alice Li (Fabrikam-*East*)", choices);
        Assert.DoesNotContain(choices, c => c.Contains('\\', StringComparison.Ordinal));
    }

    private static List<string> Titles(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object when element.TryGetProperty("choices", out var list) =>
            [.. list.EnumerateArray().Select(c => c.GetProperty("title").GetString()!)],
        System.Text.Json.JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => Titles(p.Value))],
        System.Text.Json.JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(Titles)],
        _ => [],
    };

    [Fact]
    public async Task A_company_named_as_the_host_asks_its_member_in_Teams()
    {
        var member = await _h.HostInChatAsync("Bob Chen", "Fabrikam");

        var visitor = await RegisterAsync(Filled(host: "fabrikam"));
        await _h.DrainAsync();

        Assert.Equal("Thank you, Li Lei. We've asked Fabrikam to let you in; please take a seat.", await visitor.LastTextAsync());
        Assert.Equal(await _h.MemberIdAsync(member), Assert.Single(await _h.VisitsAsync()).HostMemberId);
        Assert.Contains("A visitor asks to see you", Assert.Single(_h.DeliveredTo(member)).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_tap_on_register_makes_one_visit_and_one_host_card()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        var visitor = await _h.VisitorAsync();
        await visitor.TapAsync("walkin");
        var form = await visitor.LastCardAsync();

        await Task.WhenAll(visitor.SubmitAsync(form, Filled()), visitor.SubmitAsync(form, Filled()));
        await visitor.SubmitAsync(form, Filled());
        await _h.DrainAsync();

        Assert.Single(await _h.VisitsAsync());
        Assert.Single(await visitor.TextsAsync(), t => t.Contains("please take a seat", StringComparison.Ordinal));
        Assert.Single(_h.DeliveredTo(host));
    }

    [Fact]
    public async Task The_walk_in_form_stops_typing_at_the_servers_limits()
    {
        var visitor = await _h.VisitorAsync();
        await visitor.TapAsync("walkin");

        var form = await visitor.LastCardAsync();
        Assert.Equal(VisitRules.NameLength, KioskVisitor.MaxLength(form, "name"));
        Assert.Equal(VisitRules.NameLength, KioskVisitor.MaxLength(form, "company"));
        Assert.Equal(VisitRules.PurposeLength, KioskVisitor.MaxLength(form, "purpose"));
    }

    [Fact]
    public async Task Markdown_in_a_name_stays_text_for_the_host_and_at_the_kiosk()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        const string name = "[Free](http://evil.example) **Bob** <b>x</b>";
        const string purpose = "See www.evil.com, //evil.example or mail me@evil.com";

        var visitor = await RegisterAsync(Filled(name: name, purpose: purpose));
        await _h.DrainAsync();

        var card = Assert.Single(_h.DeliveredTo(host));
        Assert.Contains(@"\[Free\]\(http://evil\.example\) \*\*Bob\*\* \<b\>x\</b\>", card.RawCardText, StringComparison.Ordinal);
        Assert.Contains(name, card.CardText, StringComparison.Ordinal);
        // Web Chat turns bare addresses into links after the markdown: at the kiosk none is left to find.
        var summary = KioskVisitor.RawText(await visitor.LastCardAsync());
        var thanks = await visitor.LastTextAsync();
        Assert.Contains(name, KioskVisitor.Shown(summary), StringComparison.Ordinal);
        Assert.Contains(purpose, KioskVisitor.Shown(summary), StringComparison.Ordinal);
        Assert.StartsWith($"Thank you, {name}.", KioskVisitor.Shown(thanks), StringComparison.Ordinal);
        Assert.All(summary.Split(" | ").Append(thanks).Where(s => s.Contains("evil", StringComparison.Ordinal)),
            shown => Assert.DoesNotMatch(Linkable, shown));
        Assert.Equal(name, Assert.Single(await _h.VisitsAsync()).VisitorName);
    }
}
