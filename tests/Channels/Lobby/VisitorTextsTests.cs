using FrontDesk.Bot.Channels.Lobby;
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
    [InlineData("I have an invitation code", VisitorChoice.Invitation)]
    [InlineData("我有邀请码", VisitorChoice.Invitation)]
    [InlineData("I'm a walk-in visitor", VisitorChoice.WalkIn)]
    [InlineData("Leave feedback", VisitorChoice.Feedback)]
    [InlineData("I'm leaving now", VisitorChoice.Leaving)]
    [InlineData("我要离开", VisitorChoice.Leaving)]
    [InlineData("Hello", VisitorChoice.Greeting)]
    [InlineData("中文", VisitorChoice.Language)]
    [InlineData("this is it", VisitorChoice.Unknown)]
    [InlineData("", VisitorChoice.Unknown)]
    public void Typed_text_is_understood_in_either_language(string text, VisitorChoice expected)
    {
        Assert.Equal(expected, VisitorIntent.FromText(text).Choice);
    }

    [Fact]
    public void Asking_for_Chinese_in_English_names_the_language()
    {
        Assert.Equal((VisitorChoice.Language, Catalog.Chinese), VisitorIntent.FromText("Chinese please"));
    }
}
