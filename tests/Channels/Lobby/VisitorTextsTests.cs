using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Tests.Channels.Lobby;

public class VisitorTextsTests
{
    [Fact]
    public void Every_lobby_string_exists_in_both_languages()
    {
        var english = Catalog.Default.Entries(Catalog.English).Keys.Where(k => k.StartsWith("lobby.", StringComparison.Ordinal)).Order();
        var chinese = Catalog.Default.Entries(Catalog.Chinese).Keys.Where(k => k.StartsWith("lobby.", StringComparison.Ordinal)).Order();

        Assert.NotEmpty(english);
        Assert.Equal(english, chinese);
    }

    [Theory]
    [InlineData("I have an invitation code", KioskFlow.Invitation)]
    [InlineData("我有邀请码", KioskFlow.Invitation)]
    [InlineData("I'm a walk-in visitor", KioskFlow.WalkIn)]
    [InlineData("Leave feedback", KioskFlow.Feedback)]
    [InlineData("I'm leaving now", KioskFlow.Leaving)]
    [InlineData("我要离开", KioskFlow.Leaving)]
    [InlineData("Hello", KioskFlow.Greeting)]
    [InlineData("中文", KioskFlow.Language)]
    [InlineData("this is it", KioskFlow.Unknown)]
    [InlineData("", KioskFlow.Unknown)]
    public void Typed_text_is_understood_in_either_language(string text, KioskFlow expected)
    {
        Assert.Equal(expected, VisitorIntent.FromText(text).Choice);
    }

    [Fact]
    public void Asking_for_Chinese_in_English_names_the_language()
    {
        Assert.Equal((KioskFlow.Language, Catalog.Chinese), VisitorIntent.FromText("Chinese please"));
    }
}
